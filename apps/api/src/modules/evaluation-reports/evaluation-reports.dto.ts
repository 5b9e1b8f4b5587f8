import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_EVALUATION_SECTION_LENGTH } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';

/** Whose evaluation a report is: the programme's city, or one district's pilots. */
export enum EvaluationReportScope {
  City = 'city',
  District = 'district',
}

/**
 * Where a district's report stands for the city: none yet, being written (nothing submitted), or
 * submitted (the city compiles its latest submitted version; later versions wait for a resubmission).
 */
export enum EvaluationReportState {
  NotStarted = 'not-started',
  Draft = 'draft',
  Submitted = 'submitted',
}

const SECTION_DOC = { maxLength: MAX_EVALUATION_SECTION_LENGTH, description: 'one paragraph per line' };

/** The five narrative sections, in the report's order (EvaluationReportSection). */
export class EvaluationReportSectionsDto {
  @ApiProperty({ ...SECTION_DOC, description: '基本情况; one paragraph per line' })
  overview: string;

  @ApiProperty({ ...SECTION_DOC, description: '主要做法; one paragraph per line' })
  measures: string;

  @ApiProperty({ ...SECTION_DOC, description: '取得成效 (the document adds the measured figures after it)' })
  results: string;

  @ApiProperty({
    ...SECTION_DOC,
    description: '存在的问题 (prefilled from reports, return comments and guidance)',
  })
  problems: string;

  @ApiProperty({ ...SECTION_DOC, description: '下一步工作' })
  nextSteps: string;
}

/** Sections to change; those left out stay as they are. */
export class UpdateEvaluationReportSectionsDto {
  @ApiPropertyOptional(SECTION_DOC)
  @IsOptional()
  @IsString()
  overview?: string;

  @ApiPropertyOptional(SECTION_DOC)
  @IsOptional()
  @IsString()
  measures?: string;

  @ApiPropertyOptional(SECTION_DOC)
  @IsOptional()
  @IsString()
  results?: string;

  @ApiPropertyOptional(SECTION_DOC)
  @IsOptional()
  @IsString()
  problems?: string;

  @ApiPropertyOptional(SECTION_DOC)
  @IsOptional()
  @IsString()
  nextSteps?: string;
}

export class UpdateEvaluationReportDto {
  @ApiProperty({ type: UpdateEvaluationReportSectionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateEvaluationReportSectionsDto)
  sections: UpdateEvaluationReportSectionsDto;
}

export class CreateEvaluationReportDto {
  @ApiProperty({
    format: 'uuid',
    description: 'the programme; the report covers the caller’s region (the city, or the district’s pilots)',
  })
  @IsUUID()
  programmeId: string;
}

export class EvaluationReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

/** More versions than any report will have; within PostgreSQL's int. */
const MAX_REPORT_VERSION = 100_000;

export class EvaluationReportFileQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_REPORT_VERSION,
    description: 'the version to download; the latest by default',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // bounded, so a huge number is a 400 and never reaches PostgreSQL's int
  @Max(MAX_REPORT_VERSION)
  version?: number;
}

/** A report in lists. */
export class EvaluationReportSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ example: '青岛市技能人才薪酬分配指引试点工作方案' })
  programmeTitle: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ example: 'Huangdao' })
  regionNameEn: string;

  @ApiProperty({ enum: EvaluationReportScope, enumName: 'EvaluationReportScope' })
  scope: EvaluationReportScope;

  @ApiProperty({ enum: EvaluationReportState, enumName: 'EvaluationReportState' })
  state: EvaluationReportState;

  @ApiProperty({ type: 'integer', nullable: true, description: 'the newest generated version' })
  latestVersionNo: number | null;

  @ApiProperty({ type: Date, nullable: true })
  latestGeneratedAt: Date | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'a district’s newest version submitted to the city',
  })
  submittedVersionNo: number | null;

  @ApiProperty({ type: Date, nullable: true })
  submittedAt: Date | null;

  @ApiProperty()
  updatedAt: Date;
}

export class EvaluationReportListDto {
  @ApiProperty({ type: EvaluationReportSummaryDto, isArray: true })
  items: EvaluationReportSummaryDto[];

  @ApiProperty()
  total: number;
}

/** One generated version, kept as generated. */
export class EvaluationReportVersionDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  versionNo: number;

  @ApiProperty()
  generatedAt: Date;

  @ApiProperty({ example: '张三' })
  generatedByName: string;

  @ApiProperty({ description: 'bytes of the .docx' })
  size: number;

  @ApiProperty({
    type: Date,
    nullable: true,
    description: 'when a district submitted this version to the city',
  })
  submittedAt: Date | null;
}

/** A district's report as the city sees it in its own report's page. */
export class EvaluationDistrictReportDto {
  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ example: 'Huangdao' })
  regionNameEn: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null when the district has not started one',
  })
  reportId: string | null;

  @ApiProperty({ enum: EvaluationReportState, enumName: 'EvaluationReportState' })
  state: EvaluationReportState;

  @ApiProperty({ type: 'integer', nullable: true })
  latestVersionNo: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  submittedVersionNo: number | null;

  @ApiProperty({ type: Date, nullable: true })
  submittedAt: Date | null;
}

export class EvaluationReportDetailDto extends EvaluationReportSummaryDto {
  @ApiProperty({ type: EvaluationReportSectionsDto })
  sections: EvaluationReportSectionsDto;

  @ApiProperty({ type: 'integer', description: 'longest a section may be' })
  maxSectionLength: number;

  @ApiProperty({ type: EvaluationReportVersionDto, isArray: true, description: 'newest first' })
  versions: EvaluationReportVersionDto[];

  @ApiProperty({
    type: EvaluationDistrictReportDto,
    isArray: true,
    description:
      'the city’s report: the districts with pilots in the programme and their reports; empty otherwise',
  })
  districts: EvaluationDistrictReportDto[];

  @ApiProperty({
    description: 'the caller may submit the latest version to the city (a district, not yet submitted)',
  })
  canSubmit: boolean;

  @VersionProperty()
  editVersion: number;
}
