import { ApiProperty } from '@nestjs/swagger';
import { PilotStatus } from '@skillpay/domain';

export class RegionPilotsDto {
  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ description: 'in the caller’s language' })
  regionName: string;

  @ApiProperty({ description: 'true for the city itself (市直企业)' })
  cityDirect: boolean;

  @ApiProperty()
  quota: number;

  @ApiProperty()
  approved: number;

  @ApiProperty({ description: 'recommended by the district, waiting for the city' })
  recommended: number;

  @ApiProperty({ description: 'submitted, waiting for the district' })
  submitted: number;
}

export class StatusCountDto {
  @ApiProperty({ enum: PilotStatus, enumName: 'PilotStatus' })
  status: PilotStatus;

  @ApiProperty()
  count: number;
}

export class TaskGroupProgressDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['phase', 'measure'] })
  kind: 'phase' | 'measure';

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  startsOn: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  endsOn: string | null;

  @ApiProperty({ description: 'tasks in view (for a district: those it is responsible for)' })
  tasks: number;

  @ApiProperty()
  done: number;

  @ApiProperty()
  overdue: number;

  @ApiProperty({ description: 'share of those tasks done, 0–100' })
  percent: number;
}

export class OverdueItemDto {
  @ApiProperty({ enum: ['task', 'milestone'] })
  kind: 'task' | 'milestone';

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty({
    type: [String],
    description: 'responsible organisations (task) or the enterprise (milestone)',
  })
  responsible: string[];

  @ApiProperty({ description: 'where the web app shows it' })
  link: string;
}

export class RegionCountDto {
  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  count: number;
}

export class MonthCountDto {
  @ApiProperty({ example: '2026-07' })
  month: string;

  @ApiProperty()
  count: number;
}

export class ProgrammeDashboardDto {
  @ApiProperty({ type: [RegionPilotsDto], description: 'pilots per region against quota' })
  pilotsByRegion: RegionPilotsDto[];

  @ApiProperty({ type: [StatusCountDto] })
  applicationsByStatus: StatusCountDto[];

  @ApiProperty({
    type: [TaskGroupProgressDto],
    description: 'phases (or Lüliang measures) with task progress',
  })
  taskProgress: TaskGroupProgressDto[];

  @ApiProperty({ type: [OverdueItemDto] })
  overdue: OverdueItemDto[];

  @ApiProperty({ type: [RegionCountDto] })
  guidanceByRegion: RegionCountDto[];

  @ApiProperty({ type: [MonthCountDto] })
  guidanceByMonth: MonthCountDto[];
}
