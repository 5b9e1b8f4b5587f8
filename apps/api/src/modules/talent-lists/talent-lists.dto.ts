import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Gender,
  PayTreatment,
  SkillLevel,
  TalentListAction,
  TalentListAudience,
  TalentListStatus,
  TalentRole,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';

export class TalentListDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ enum: TalentListStatus, enumName: 'TalentListStatus' })
  status: TalentListStatus;

  @ApiProperty({ type: 'integer', nullable: true, example: 1 })
  editionNumber: number | null;

  @ApiProperty({ example: '青岛市高技能领军人才名录（2026年第1版）' })
  title: string;

  @ApiProperty({ example: 'Qingdao high-skill leading talents (2026, edition 1)' })
  titleEn: string;

  @ApiProperty({ type: 'integer' })
  talentCount: number;

  @ApiProperty({ type: String, format: 'date-time', description: 'when the talents were copied' })
  snapshotAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: Date | null;
}

export class TalentListDetailDto extends TalentListDto {
  @ApiProperty({ type: String, nullable: true })
  createdByName: string | null;

  @ApiProperty({ description: 'the caller generated this draft: review and publication fall to another' })
  callerIsMaker: boolean;

  @ApiProperty({ type: String, nullable: true })
  reviewComment: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewedByName: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedByName: string | null;

  @ApiProperty({ type: String, nullable: true })
  discardReason: string | null;

  @ApiProperty({ enum: TalentListAction, enumName: 'TalentListAction', isArray: true })
  availableActions: TalentListAction[];

  @ApiProperty({ type: () => [ListFilterOptionDto], description: 'occupations in the edition' })
  occupations: ListFilterOptionDto[];

  @ApiProperty({ type: () => [ListFilterOptionDto], description: 'honours in the edition' })
  honours: ListFilterOptionDto[];
}

export class ListFilterOptionDto {
  @ApiProperty({ example: '6-18-01-01' })
  value: string;

  @ApiProperty({ example: '车工' })
  label: string;

  @ApiProperty({ type: String, nullable: true })
  labelEn: string | null;
}

export class TalentListListDto {
  @ApiProperty({ type: [TalentListDto] })
  items: TalentListDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

export class ListedHonourDto {
  @ApiProperty({ format: 'uuid' })
  honourId: string;

  @ApiProperty({ example: '全国五一劳动奖章' })
  nameZh: string;

  @ApiProperty({ type: String, nullable: true })
  nameEn: string | null;

  @ApiProperty({ example: 2019 })
  year: number;
}

/** A row of the public edition: name (某某 without consent), enterprise, occupation, level, honours. */
export class PublicTalentListEntryDto {
  @ApiProperty({ type: 'integer', example: 1 })
  position: number;

  @ApiProperty({ example: '某某' })
  name: string;

  @ApiProperty({ example: '青岛海检集团有限公司' })
  enterpriseName: string;

  @ApiProperty({ example: '6-18-01-01' })
  occupationCode: string;

  @ApiProperty({ example: '车工' })
  occupationName: string;

  @ApiProperty({ type: String, nullable: true })
  occupationNameEn: string | null;

  @ApiProperty({ enum: SkillLevel, enumName: 'SkillLevel' })
  skillLevel: SkillLevel;

  @ApiProperty({ type: [ListedHonourDto] })
  honours: ListedHonourDto[];
}

/** A row of the departments' edition: the public one and gender, age, district, roles, treatments (no amounts). */
export class DepartmentTalentListEntryDto extends PublicTalentListEntryDto {
  @ApiProperty({ description: 'consents to being named on the public list' })
  publicConsent: boolean;

  @ApiProperty({ enum: Gender, enumName: 'Gender' })
  gender: Gender;

  @ApiProperty({ example: 1978 })
  birthYear: number;

  @ApiProperty({ example: '45-54', description: 'TALENT_AGE_BANDS key, by age in the edition’s year' })
  ageBand: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ enum: TalentRole, enumName: 'TalentRole', isArray: true })
  roles: TalentRole[];

  @ApiProperty({ enum: PayTreatment, enumName: 'PayTreatment', isArray: true })
  payTreatments: PayTreatment[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastConfirmedAt: Date | null;
}

export class PublicTalentListEntryListDto {
  @ApiProperty({ type: [PublicTalentListEntryDto] })
  items: PublicTalentListEntryDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

export class DepartmentTalentListEntryListDto {
  @ApiProperty({ type: [DepartmentTalentListEntryDto] })
  items: DepartmentTalentListEntryDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

export class TalentListQueryDto extends PageQueryDto {}

/** Search and filters of an edition's rows. */
export class TalentListEntryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'words in the name (named talents only) or the enterprise',
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ example: '6-18-01-01' })
  @IsOptional()
  @Matches(/^[0-9A-Z-]{1,12}$/)
  occupationCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  honourId?: string;
}

export class TalentListExportQueryDto {
  @ApiPropertyOptional({ enum: TalentListAudience, enumName: 'TalentListAudience', default: 'departments' })
  @IsOptional()
  @IsEnum(TalentListAudience)
  audience?: TalentListAudience;
}

export class CreateTalentListDto {
  @ApiProperty({ example: 2026, minimum: 2018, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2018)
  @Max(2100)
  year: number;
}

export class ReviewTalentListDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class DiscardTalentListDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
