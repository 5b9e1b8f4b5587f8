import { ApiProperty } from '@nestjs/swagger';
import { CaseStatus } from '@skillpay/domain';
import { ProgrammeStatus } from '../programmes/programme.entity';

/** Pilots of one region of a programme: 市直 (the programme's own region) or a district. */
export class PilotRegionCountDto {
  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ description: 'the programme’s own region (市直企业)' })
  cityDirect: boolean;

  @ApiProperty({ description: 'approved pilot enterprises' })
  approved: number;

  @ApiProperty({ description: 'applications on their way (submitted or recommended)' })
  pending: number;
}

/** 进展报送 received from the pilots (submitted at least once), by state. */
export class ReportCountsDto {
  @ApiProperty()
  received: number;

  @ApiProperty({ description: 'waiting for the bureau’s review' })
  submitted: number;

  @ApiProperty()
  accepted: number;

  @ApiProperty({ description: 'returned for correction' })
  returned: number;

  @ApiProperty({ description: 'how many enterprises reported' })
  enterprises: number;
}

/** 工资价位 releases published (each a versioned, immutable release). */
export class ReleaseCountsDto {
  @ApiProperty()
  published: number;

  @ApiProperty({ type: Number, nullable: true, description: 'pay year of the latest release' })
  latestYear: number | null;

  @ApiProperty({ type: Number, nullable: true })
  latestReleaseNumber: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  latestPublishedAt: Date | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'enterprises the latest release is computed from',
  })
  latestEnterpriseCount: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'employees the latest release is computed from' })
  latestEmployeeCount: number | null;
}

export class ProgrammeFiguresDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  documentNumber: string | null;

  @ApiProperty({ enum: ProgrammeStatus, enumName: 'ProgrammeStatus' })
  status: ProgrammeStatus;

  @ApiProperty()
  year: number;

  @ApiProperty({ type: [PilotRegionCountDto], description: '市直 first, then each district' })
  pilotsByRegion: PilotRegionCountDto[];

  @ApiProperty({ type: ReportCountsDto })
  progressReports: ReportCountsDto;

  @ApiProperty({ type: ReleaseCountsDto })
  benchmarkReleases: ReleaseCountsDto;
}

export class CaseStatusCountDto {
  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: CaseStatus;

  @ApiProperty()
  count: number;
}

/**
 * The programme in aggregate, as the union and the federations see it (统计概览): counts only,
 * never an individual's wage or identity.
 */
export class ProgrammeStatisticsDto {
  @ApiProperty({ type: [ProgrammeFiguresDto], description: 'live programmes of the caller’s region' })
  programmes: ProgrammeFiguresDto[];

  @ApiProperty({
    type: [CaseStatusCountDto],
    description: 'case studies of the caller’s region by state, from submission on (every state, 0 included)',
  })
  casesByStatus: CaseStatusCountDto[];
}
