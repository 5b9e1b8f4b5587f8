import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  BenchmarkReleaseAction,
  BenchmarkReleaseStatus,
  FootnoteCode,
  ReleaseDisclosureWarning,
  WAGE_SKILL_LEVELS,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';

// ---- requests ----

export class CreateBenchmarkReleaseDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 2026, description: 'the pay year whose computed cells are snapshotted' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'why this release is made, e.g. what it corrects',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class ReviewBenchmarkReleaseDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '数据已核对，同意发布' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class DiscardBenchmarkReleaseDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class BenchmarkReleaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: BenchmarkReleaseStatus, enumName: 'BenchmarkReleaseStatus' })
  @IsOptional()
  @IsEnum(BenchmarkReleaseStatus)
  status?: BenchmarkReleaseStatus;
}

/** Filters shared by the cells of a release and the public benchmarks. */
export class CellFilterDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'occupation code (or its beginning, e.g. `6-18`) or part of the occupation name',
    example: '6-18-01-01',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  occupation?: string;

  @ApiPropertyOptional({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  @IsOptional()
  @IsIn(WAGE_SKILL_LEVELS)
  skillLevel?: string;

  @ApiPropertyOptional({ example: '370211', description: 'GB/T 2260 code of a district or of the city' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;
}

export class ReleaseCellQueryDto extends CellFilterDto {
  @ApiPropertyOptional({
    enum: FootnoteCode,
    enumName: 'FootnoteCode',
    description: 'only cells withheld for this reason',
  })
  @IsOptional()
  @IsEnum(FootnoteCode)
  footnote?: FootnoteCode;

  @ApiPropertyOptional({ description: 'only published (true) or only withheld (false) cells' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  suppressed?: 'true' | 'false';
}

export class ReleaseExportQueryDto {
  @ApiPropertyOptional({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  @IsOptional()
  @IsIn(WAGE_SKILL_LEVELS)
  skillLevel?: string;
}

export class CompareQueryDto {
  @ApiProperty({ format: 'uuid', description: 'the earlier release' })
  @IsUUID()
  from: string;

  @ApiProperty({ format: 'uuid', description: 'the later release' })
  @IsUUID()
  to: string;
}

// ---- responses ----

export class MethodNoteDto {
  @ApiProperty({ type: [String], description: 'paragraphs in Chinese' })
  zhCN: string[];

  @ApiProperty({ type: [String], description: 'the same paragraphs in English' })
  en: string[];
}

export class SuppressedCountsDto {
  @ApiProperty({ description: 'footnote A: too few enterprises' })
  A: number;

  @ApiProperty({ description: 'footnote B: one enterprise dominates' })
  B: number;

  @ApiProperty({ description: 'footnote C: secondary suppression' })
  C: number;
}

export class ReleaseStatisticsDto {
  @ApiProperty()
  cells: number;

  @ApiProperty()
  published: number;

  @ApiProperty()
  suppressed: number;

  @ApiProperty({ type: SuppressedCountsDto })
  suppressedByFootnote: SuppressedCountsDto;

  @ApiProperty({
    description:
      'published cells showing an earlier release’s figures, because their change would reveal withheld data',
  })
  carried: number;

  @ApiProperty()
  occupations: number;

  @ApiProperty({ description: 'districts with at least one cell (the city roll-up not counted)' })
  districts: number;
}

export class BenchmarkReleaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ enum: BenchmarkReleaseStatus, enumName: 'BenchmarkReleaseStatus' })
  status: BenchmarkReleaseStatus;

  @ApiProperty({ type: Number, nullable: true })
  releaseNumber: number | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-R2', description: 'set once published' })
  label: string | null;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty()
  enterpriseCount: number;

  @ApiProperty()
  employeeCount: number;

  @ApiProperty()
  minEnterprises: number;

  @ApiProperty({ description: 'percent' })
  maxEnterpriseShare: number;

  @ApiProperty({ type: String, format: 'date-time' })
  computedAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, nullable: true, description: 'who generated the draft (the maker)' })
  createdByName: string | null;

  @ApiProperty({
    description:
      'the caller generated this release: review and publication fall to another person (maker-checker)',
  })
  callerIsMaker: boolean;

  @ApiProperty({ type: String, nullable: true })
  reviewComment: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewedAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  publishedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  discardedAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  discardReason: string | null;

  @ApiProperty({ enum: BenchmarkReleaseAction, enumName: 'BenchmarkReleaseAction', isArray: true })
  availableActions: BenchmarkReleaseAction[];
}

export class BenchmarkReleaseListDto {
  @ApiProperty({ type: [BenchmarkReleaseDto] })
  items: BenchmarkReleaseDto[];

  @ApiProperty()
  total: number;
}

export class BenchmarkReleaseDetailDto extends BenchmarkReleaseDto {
  @ApiProperty({ type: ReleaseStatisticsDto })
  statistics: ReleaseStatisticsDto;

  @ApiProperty({ type: MethodNoteDto })
  methodNote: MethodNoteDto;

  @ApiProperty({
    enum: ReleaseDisclosureWarning,
    enumName: 'ReleaseDisclosureWarning',
    nullable: true,
    description:
      '`nothing-publishable`: every cell withheld (publication refused); `mostly-withheld`: more than half withheld',
  })
  disclosureWarning: ReleaseDisclosureWarning | null;

  @ApiProperty({
    description:
      'an unpublished release whose programme and year have been recomputed since (or await recomputation): a new draft would differ',
  })
  outdated: boolean;
}

/** A cell's region, with its names. */
export class CellRegionDto {
  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ example: 'Huangdao' })
  regionNameEn: string;
}

/** Where a cell stands: occupation × skill level × region, with their names. */
export class CellPlaceDto extends CellRegionDto {
  @ApiProperty({ example: '6-18-01-01' })
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true, example: '车工' })
  occupationName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Lathe operator' })
  occupationNameEn: string | null;

  @ApiProperty({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  skillLevel: string;
}

export class CellFiguresDto {
  @ApiProperty()
  employees: number;

  @ApiProperty()
  enterprises: number;

  @ApiProperty()
  mean: number;

  @ApiProperty()
  p10: number;

  @ApiProperty()
  p25: number;

  @ApiProperty()
  p50: number;

  @ApiProperty()
  p75: number;

  @ApiProperty()
  p90: number;

  @ApiProperty({ enum: FootnoteCode, enumName: 'FootnoteCode', nullable: true })
  footnote: FootnoteCode | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-R1',
    description:
      'the earlier release whose figures the cell shows (carried forward): its change since then would reveal withheld data',
  })
  carriedFrom: string | null;
}

/** A cell as the bureaus see it in a release: suppressed cells keep their figures, with the footnote. */
export class ReleaseCellDto extends IntersectionType(CellPlaceDto, CellFiguresDto) {
  @ApiProperty()
  urgentlyNeeded: boolean;

  @ApiProperty({ description: 'largest share of the employees held by one enterprise, percent' })
  maxEnterpriseShare: number;
}

export class ReleaseCellListDto {
  @ApiProperty({ type: [ReleaseCellDto] })
  items: ReleaseCellDto[];

  @ApiProperty()
  total: number;
}

export class CellDifferenceDto {
  @ApiProperty({ example: 'p50' })
  field: string;

  @ApiProperty({ type: String, nullable: true, description: 'number, or footnote code' })
  from: string | null;

  @ApiProperty({ type: String, nullable: true })
  to: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'to − from, for figures' })
  delta: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '(to − from) ÷ from in percent, for figures' })
  deltaPercent: number | null;
}

export class ComparedCellDto {
  @ApiProperty()
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true })
  occupationName: string | null;

  @ApiProperty({ type: String, nullable: true })
  occupationNameEn: string | null;

  @ApiProperty({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  skillLevel: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  regionNameEn: string;

  @ApiProperty({ type: CellFiguresDto, nullable: true })
  from: CellFiguresDto | null;

  @ApiProperty({ type: CellFiguresDto, nullable: true })
  to: CellFiguresDto | null;

  @ApiProperty({ type: [CellDifferenceDto] })
  differences: CellDifferenceDto[];
}

export class ReleaseComparisonDto {
  @ApiProperty({ type: BenchmarkReleaseDto })
  from: BenchmarkReleaseDto;

  @ApiProperty({ type: BenchmarkReleaseDto })
  to: BenchmarkReleaseDto;

  @ApiProperty({ type: [ComparedCellDto], description: 'cells only in `to`' })
  added: ComparedCellDto[];

  @ApiProperty({ type: [ComparedCellDto], description: 'cells only in `from`' })
  removed: ComparedCellDto[];

  @ApiProperty({ type: [ComparedCellDto], description: 'cells in both whose figures or footnote differ' })
  changed: ComparedCellDto[];

  @ApiProperty()
  unchanged: number;
}
