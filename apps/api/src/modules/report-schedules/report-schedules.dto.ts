import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProgressReportStatus, ReportCadence } from '@skillpay/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

// ---- requests ----

export class UpdateReportCadenceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ enum: ReportCadence, enumName: 'ReportCadence' })
  @IsEnum(ReportCadence)
  cadence: ReportCadence;
}

export class ReportScheduleQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'one programme; all visible active ones if omitted' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

// ---- responses ----

export class SchedulePeriodDto {
  @ApiProperty({ example: '2026-Q3' })
  period: string;

  @ApiProperty({ type: String, format: 'date' })
  startsOn: string;

  @ApiProperty({ type: String, format: 'date' })
  endsOn: string;

  @ApiProperty({ type: String, format: 'date' })
  dueOn: string;

  @ApiProperty({ description: 'the period has begun: a report may be written' })
  open: boolean;

  @ApiProperty({ description: 'owed by the pilot (ends after its approval) and has begun' })
  owed: boolean;

  @ApiProperty({ description: 'owed, past its due date and never submitted' })
  overdue: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the caller’s own report' })
  reportId: string | null;

  @ApiProperty({ enum: ProgressReportStatus, enumName: 'ProgressReportStatus', nullable: true })
  status: ProgressReportStatus | null;

  @ApiProperty({ type: Number, nullable: true })
  currentVersion: number | null;
}

export class ProgrammeScheduleDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ enum: ReportCadence, enumName: 'ReportCadence' })
  cadence: ReportCadence;

  @ApiProperty({ description: 'the city bureau may change the cadence (no report exists yet)' })
  cadenceEditable: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'the programme’s version (its cadence is part of it): send `"<programmeId>:<programmeVersion>"` as If-Match when changing the cadence',
  })
  programmeVersion: number;

  @ApiProperty({ type: [SchedulePeriodDto] })
  periods: SchedulePeriodDto[];
}

export class ReportScheduleDto {
  @ApiProperty({ type: [ProgrammeScheduleDto] })
  programmes: ProgrammeScheduleDto[];
}
