import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CaseCollectionStatus,
  CaseStatus,
  EnterpriseSize,
  GuidelineChapter,
  INDUSTRY_SECTION_CODES,
  type IndustrySection,
  LAST_CASE_ARTICLE,
  FIRST_CASE_ARTICLE,
  Ownership,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  ValidateNested,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';

/** The most cases one edition holds. */
export const MAX_COLLECTION_ENTRIES = 100;

/** One measured result of a case as printed (indicator, before → after, unit, period). */
export class CollectionCaseFigureDto {
  @ApiProperty({ example: '新员工月度绩效工资' })
  indicator: string;

  @ApiProperty({ type: Number, nullable: true, example: 495 })
  before: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 1420 })
  after: number | null;

  @ApiProperty({ example: '元' })
  unit: string;

  @ApiProperty({ example: '2021 → 2022' })
  period: string;
}

/** The enterprise of a case as a collection prints it: registered or named (imported cases). */
export class CollectionCaseEnterpriseDto {
  @ApiProperty({ example: 'A公司' })
  name: string;

  @ApiProperty({ example: '530300' })
  regionCode: string;

  @ApiProperty({ example: '曲靖市' })
  regionName: string;

  @ApiProperty({ example: 'Qujing' })
  regionNameEn: string;

  @ApiProperty({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  industrySection: IndustrySection;

  @ApiProperty({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  size: EnterpriseSize;

  @ApiProperty({ enum: Ownership, enumName: 'Ownership' })
  ownership: Ownership;
}

/** A case of an edition, as its table of contents lists it. */
export class CollectionCaseSummaryDto {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ format: 'uuid' })
  caseVersionId: string;

  @ApiProperty({ description: 'the version of the case the edition prints' })
  versionNo: number;

  @ApiProperty({ description: 'place in the edition, from 1' })
  position: number;

  @ApiProperty({ description: '编者按' })
  editorNote: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: CollectionCaseEnterpriseDto })
  enterprise: CollectionCaseEnterpriseDto;

  @ApiProperty({ type: Number, isArray: true, description: 'articles of 人社厅发〔2021〕7号' })
  articles: number[];

  @ApiProperty({ enum: GuidelineChapter, enumName: 'GuidelineChapter', isArray: true })
  chapters: GuidelineChapter[];

  @ApiProperty({
    description:
      '示范企业: the case’s enterprise is marked by the city in the case’s programme (a live mark); never for an external enterprise',
  })
  demonstration: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'the city’s reason for the 示范企业 mark' })
  demonstrationReason: string | null;
}

/** A case of an edition for the city's editor: with the case's state. */
export class CollectionEntryDto extends CollectionCaseSummaryDto {
  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  caseStatus: CaseStatus;
}

export class CaseCollectionRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: Date | null;
}

export class CaseCollectionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty({ example: 'Qingdao' })
  regionNameEn: string;

  @ApiProperty({ example: '2026年第1辑' })
  title: string;

  @ApiProperty({ enum: CaseCollectionStatus, enumName: 'CaseCollectionStatus' })
  status: CaseCollectionStatus;

  @ApiProperty()
  caseCount: number;

  @ApiProperty({ type: CaseCollectionRefDto, nullable: true, description: 'the edition this one corrects' })
  corrects: CaseCollectionRefDto | null;

  @ApiProperty({
    type: CaseCollectionRefDto,
    nullable: true,
    description: 'the published correction of this edition, if any',
  })
  correctedBy: CaseCollectionRefDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class CaseCollectionListDto {
  @ApiProperty({ type: CaseCollectionDto, isArray: true })
  items: CaseCollectionDto[];

  @ApiProperty()
  total: number;
}

export class CaseCollectionDetailDto extends CaseCollectionDto {
  @ApiProperty({ description: '前言' })
  foreword: string;

  @ApiProperty({ description: 'whether the caller may change it now (a draft, the city bureau)' })
  editable: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'who published it' })
  publishedByName: string | null;

  @ApiProperty({ type: CollectionEntryDto, isArray: true })
  entries: CollectionEntryDto[];
}

export class CaseCollectionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CaseCollectionStatus, enumName: 'CaseCollectionStatus' })
  @IsOptional()
  @IsEnum(CaseCollectionStatus)
  status?: CaseCollectionStatus;
}

export class CreateCaseCollectionDto {
  @ApiProperty({ example: '2026年第1辑', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @ApiPropertyOptional({ description: '前言', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  foreword?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'a published edition this one corrects; its foreword and cases are copied in',
  })
  @IsOptional()
  @IsUUID()
  correctsId?: string;
}

export class CollectionEntryInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId: string;

  @ApiPropertyOptional({ description: '编者按', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  editorNote?: string;
}

export class UpdateCaseCollectionDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @ApiPropertyOptional({ description: '前言', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  foreword?: string;

  @ApiPropertyOptional({
    type: CollectionEntryInputDto,
    isArray: true,
    description: 'the cases of the edition in their order, with the editor’s notes (replaces the list)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COLLECTION_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => CollectionEntryInputDto)
  entries?: CollectionEntryInputDto[];
}

/** A selected case the city may put into an edition (those of 示范企业 come first). */
export class CollectionCandidateDto {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: CollectionCaseEnterpriseDto })
  enterprise: CollectionCaseEnterpriseDto;

  @ApiProperty({ type: Number, isArray: true })
  articles: number[];

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: CaseStatus;

  @ApiProperty({
    description:
      '示范企业: the case’s enterprise is marked by the city in the case’s programme (a live mark); never for an external enterprise',
  })
  demonstration: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'the city’s reason for the 示范企业 mark' })
  demonstrationReason: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when it was selected' })
  decidedAt: Date | null;

  @ApiProperty({
    type: CaseCollectionRefDto,
    isArray: true,
    description: 'draft editions that hold it already',
  })
  inDrafts: CaseCollectionRefDto[];
}

export class CollectionCandidateListDto {
  @ApiProperty({ type: CollectionCandidateDto, isArray: true })
  items: CollectionCandidateDto[];
}

// ——— public ———

export class PublicCaseCollectionDto extends CaseCollectionRefDto {
  @ApiProperty({ example: '530300' })
  regionCode: string;

  @ApiProperty({ example: '曲靖市' })
  regionName: string;

  @ApiProperty({ example: 'Qujing' })
  regionNameEn: string;

  @ApiProperty()
  caseCount: number;

  @ApiProperty({ type: CaseCollectionRefDto, nullable: true })
  corrects: CaseCollectionRefDto | null;

  @ApiProperty({ type: CaseCollectionRefDto, nullable: true })
  correctedBy: CaseCollectionRefDto | null;
}

export class PublicCaseCollectionListDto {
  @ApiProperty({ type: PublicCaseCollectionDto, isArray: true })
  items: PublicCaseCollectionDto[];
}

export class PublicCaseCollectionDetailDto extends PublicCaseCollectionDto {
  @ApiProperty()
  foreword: string;

  @ApiProperty({ type: CollectionCaseSummaryDto, isArray: true })
  cases: CollectionCaseSummaryDto[];
}

/** Skilled employees' mean annualised pay per skill level in two years (aggregates only). */
export class CollectionWageOutcomeLevelDto {
  @ApiProperty()
  skillLevel: string;

  @ApiProperty()
  fromHeadcount: number;

  @ApiProperty()
  toHeadcount: number;

  @ApiProperty({ type: Number, nullable: true })
  fromMeanAnnual: number | null;

  @ApiProperty({ type: Number, nullable: true })
  toMeanAnnual: number | null;

  @ApiProperty({ type: Number, nullable: true })
  changePercent: number | null;
}

export class CollectionWageOutcomeDto {
  @ApiProperty()
  fromYear: number;

  @ApiProperty()
  toYear: number;

  @ApiProperty({ type: CollectionWageOutcomeLevelDto, isArray: true })
  levels: CollectionWageOutcomeLevelDto[];
}

/** One case as an edition prints it. */
export class PublicCaseDto extends CollectionCaseSummaryDto {
  @ApiProperty({ type: CaseCollectionRefDto })
  collection: CaseCollectionRefDto;

  @ApiProperty({ description: '背景与问题' })
  background: string;

  @ApiProperty({ description: '主要做法' })
  measures: string;

  @ApiProperty({ type: CollectionCaseFigureDto, isArray: true })
  results: CollectionCaseFigureDto[];

  @ApiProperty({ description: '成效' })
  resultsNarrative: string;

  @ApiProperty({ type: CollectionWageOutcomeDto, nullable: true })
  wageOutcome: CollectionWageOutcomeDto | null;
}

export class PublicCaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'words in the title, measures or results (a substring, Chinese included)',
    example: '薪点',
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ enum: GuidelineChapter, enumName: 'GuidelineChapter' })
  @IsOptional()
  @IsEnum(GuidelineChapter)
  chapter?: GuidelineChapter;

  @ApiPropertyOptional({ minimum: FIRST_CASE_ARTICLE, maximum: LAST_CASE_ARTICLE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_CASE_ARTICLE)
  @Max(LAST_CASE_ARTICLE)
  article?: number;

  @ApiPropertyOptional({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  @IsOptional()
  @IsIn(INDUSTRY_SECTION_CODES)
  industry?: IndustrySection;

  @ApiPropertyOptional({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  @IsOptional()
  @IsEnum(EnterpriseSize)
  size?: EnterpriseSize;

  @ApiPropertyOptional({ enum: Ownership, enumName: 'Ownership' })
  @IsOptional()
  @IsEnum(Ownership)
  ownership?: Ownership;

  @ApiPropertyOptional({ example: '530300', description: 'a region and everything under it' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;
}

/** A search hit: the case in the current edition that prints it, with a passage around the words. */
export class PublicCaseHitDto extends CollectionCaseSummaryDto {
  @ApiProperty({ type: CaseCollectionRefDto })
  collection: CaseCollectionRefDto;

  @ApiProperty({ description: 'a passage of the measures or results around the words searched for' })
  excerpt: string;

  @ApiProperty({ type: CollectionCaseFigureDto, isArray: true })
  results: CollectionCaseFigureDto[];
}

export class PublicCaseListDto {
  @ApiProperty({ type: PublicCaseHitDto, isArray: true })
  items: PublicCaseHitDto[];

  @ApiProperty()
  total: number;
}

export class PublicCaseRegionDto {
  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  nameEn: string;
}

export class PublicCaseFiltersDto {
  @ApiProperty({ type: PublicCaseRegionDto, isArray: true, description: 'regions with published cases' })
  regions: PublicCaseRegionDto[];

  @ApiProperty({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection', isArray: true })
  industries: IndustrySection[];
}
