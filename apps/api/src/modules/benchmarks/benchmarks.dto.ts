import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DISCLOSURE_RULE_LIMITS,
  FootnoteCode,
  WAGE_SKILL_LEVELS,
  type WageSkillLevel,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';

const YEAR = { min: 2000, max: 2100 } as const;

/** `?programmeId&year` of one programme's benchmarks for a pay year. */
export class BenchmarkYearDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 2026, description: 'the pay year' })
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  year: number;
}

export class BenchmarkQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiPropertyOptional({ example: 2026, description: 'the pay year; all years when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  year?: number;

  @ApiPropertyOptional({
    example: '6-18-01',
    description: 'an occupation code, or the first levels of one (6-18 = every occupation of that group)',
  })
  @IsOptional()
  @Matches(/^[1-8](-\d{2}){0,3}$/)
  occupation?: string;

  @ApiPropertyOptional({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  @IsOptional()
  @IsIn(WAGE_SKILL_LEVELS)
  skillLevel?: WageSkillLevel;

  @ApiPropertyOptional({ example: '370211', description: 'a district, or the city for its roll-up' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;
}

/** Each pay component's share of the cell's total pay, 0–1. */
export class PayShareDto {
  @ApiProperty({ example: 0.42 })
  base: number;

  @ApiProperty({ example: 0.21 })
  post: number;

  @ApiProperty({ example: 0.25 })
  performance: number;

  @ApiProperty({ example: 0.1 })
  allowances: number;

  @ApiProperty({ example: 0.02 })
  other: number;
}

/** One computed cell: a bureau sees every figure, with the footnote that withholds it from publication. */
export class BenchmarkCellDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ example: '6-18-01-01' })
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true, example: '车工', description: 'null if not in the catalogue' })
  occupationName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Lathe operator' })
  occupationNameEn: string | null;

  @ApiProperty({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  skillLevel: WageSkillLevel;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ example: 'Huangdao District' })
  regionNameEn: string;

  @ApiProperty({ description: 'the city roll-up of every district and the city-direct enterprises' })
  cityRollUp: boolean;

  @ApiProperty({ example: 126 })
  employees: number;

  @ApiProperty({ example: 7 })
  enterprises: number;

  @ApiProperty({ example: 31.75, description: 'the largest enterprise’s share of the employees, 0–100' })
  maxEnterpriseShare: number;

  @ApiProperty({ example: 86500.12, description: 'mean annualised annual pay, yuan' })
  mean: number;

  @ApiProperty({ example: 61000 })
  p10: number;

  @ApiProperty({ example: 72000 })
  p25: number;

  @ApiProperty({ example: 84000 })
  p50: number;

  @ApiProperty({ example: 97000 })
  p75: number;

  @ApiProperty({ example: 112000 })
  p90: number;

  @ApiProperty({ type: PayShareDto })
  shares: PayShareDto;

  @ApiProperty({
    enum: FootnoteCode,
    enumName: 'FootnoteCode',
    nullable: true,
    description: 'A too few enterprises, B one enterprise dominates, C withheld so it cannot be recovered',
  })
  footnote: FootnoteCode | null;

  @ApiProperty()
  computedAt: Date;
}

export class BenchmarkListDto {
  @ApiProperty({ type: [BenchmarkCellDto] })
  items: BenchmarkCellDto[];

  @ApiProperty()
  total: number;
}

export class DisclosureRulesDto {
  @ApiProperty({
    example: 3,
    minimum: DISCLOSURE_RULE_LIMITS.minEnterprises.min,
    maximum: DISCLOSURE_RULE_LIMITS.minEnterprises.max,
    description: 'a cell is published only with at least this many enterprises',
  })
  minEnterprises: number;

  @ApiProperty({
    example: 70,
    minimum: DISCLOSURE_RULE_LIMITS.maxEnterpriseSharePercent.min,
    maximum: DISCLOSURE_RULE_LIMITS.maxEnterpriseSharePercent.max,
    description: 'and only when no enterprise holds more than this percentage of its employees',
  })
  maxEnterpriseSharePercent: number;
}

export class UpdateDisclosureRulesDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({
    example: 3,
    minimum: DISCLOSURE_RULE_LIMITS.minEnterprises.min,
    maximum: DISCLOSURE_RULE_LIMITS.minEnterprises.max,
  })
  @IsInt()
  @Min(DISCLOSURE_RULE_LIMITS.minEnterprises.min)
  @Max(DISCLOSURE_RULE_LIMITS.minEnterprises.max)
  minEnterprises: number;

  @ApiProperty({
    example: 70,
    minimum: DISCLOSURE_RULE_LIMITS.maxEnterpriseSharePercent.min,
    maximum: DISCLOSURE_RULE_LIMITS.maxEnterpriseSharePercent.max,
  })
  @IsInt()
  @Min(DISCLOSURE_RULE_LIMITS.maxEnterpriseSharePercent.min)
  @Max(DISCLOSURE_RULE_LIMITS.maxEnterpriseSharePercent.max)
  maxEnterpriseSharePercent: number;
}

export class BenchmarkRulesDto extends DisclosureRulesDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({
    type: [Number],
    example: [2025, 2026],
    description: 'pay years queued for a full recompute',
  })
  recomputeYears: number[];

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'the programme’s version (its rules are part of it): send `"<programmeId>:<programmeVersion>"` as If-Match when changing the rules',
  })
  programmeVersion: number;
}

export enum AggregationJobState {
  /** no aggregation waiting or running */
  Idle = 'idle',
  /** waiting out the debounce or for the worker */
  Queued = 'queued',
  Running = 'running',
}

export class BenchmarkStatusDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'the programme’s version (its rules are part of it): send `"<programmeId>:<programmeVersion>"` as If-Match when changing the rules',
  })
  programmeVersion: number;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: Date, nullable: true, description: 'the last run that brought the cells up to date' })
  computedAt: Date | null;

  @ApiProperty({ type: Date, nullable: true, description: 'the last run that recomputed every cell' })
  fullComputedAt: Date | null;

  @ApiProperty({ type: Number, nullable: true, description: 'duration of the last run, ms' })
  lastDurationMs: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'occupation × skill level pairs the last run recomputed',
  })
  lastPairs: number | null;

  @ApiProperty({ description: 'uploads (new versions, or superseded ones) the cells do not reflect yet' })
  pendingUploads: number;

  @ApiProperty({
    description: 'a full recompute is owed: asked for, or the rules changed since the last run',
  })
  fullRecomputePending: boolean;

  @ApiProperty({ enum: AggregationJobState, enumName: 'AggregationJobState' })
  job: AggregationJobState;

  @ApiProperty({ description: 'nothing pending and no job waiting or running' })
  upToDate: boolean;

  @ApiProperty({ type: DisclosureRulesDto, description: 'the programme’s rules now' })
  rules: DisclosureRulesDto;

  @ApiProperty({
    type: DisclosureRulesDto,
    nullable: true,
    description: 'the rules the cells were computed with',
  })
  appliedRules: DisclosureRulesDto | null;

  @ApiProperty()
  cells: number;

  @ApiProperty({ description: 'cells withheld from publication (any footnote)' })
  suppressedCells: number;
}
