import { ApiProperty, ApiPropertyOptional, PartialType, IntersectionType } from '@nestjs/swagger';
import {
  EnterpriseSize,
  INDUSTRY_SECTION_CODES,
  type IndustrySection,
  Ownership,
  PriorityCategory,
  RegionLevel,
  SkillLevel,
  type SkilledHeadcount,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { OrganisationProfileDto } from '../organisations/organisations.dto';
import { type EnterpriseEntity } from './enterprise.entity';
import { IsPrintableText } from '../../common/errors/printable-text';

/** Skilled workers per level of the national "new eight levels" ladder. */
export class SkilledHeadcountDto {
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Apprentice]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Level5]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Level4]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Level3]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Level2]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Level1]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Special]?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  [SkillLevel.Chief]?: number;
}

export class EnterpriseDto {
  @ApiProperty({ format: 'uuid', description: 'also the id of the enterprise’s organisation' })
  id: string;

  @ApiProperty({ example: '91370211MA3C1234XY', description: '统一社会信用代码 (GB 32100-2015)' })
  creditCode: string;

  @ApiProperty({ example: '青岛海晟船舶装备有限公司' })
  name: string;

  @ApiProperty({ example: '370211', description: 'GB/T 2260: a district, or the city for 市直企业' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ description: 'a city-direct enterprise (市直企业): its region is the city itself' })
  cityDirect: boolean;

  @ApiProperty({
    enum: INDUSTRY_SECTION_CODES,
    enumName: 'IndustrySection',
    description: 'GB/T 4754 section',
  })
  industrySection: IndustrySection;

  @ApiProperty({ enum: Ownership, enumName: 'Ownership' })
  ownership: Ownership;

  @ApiProperty({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  size: EnterpriseSize;

  @ApiProperty({ minimum: 0 })
  headcount: number;

  @ApiProperty({ type: SkilledHeadcountDto })
  skilledHeadcount: SkilledHeadcount;

  @ApiProperty({ enum: PriorityCategory, enumName: 'PriorityCategory', isArray: true })
  priorityCategories: PriorityCategory[];

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPerson: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPhone: string | null;

  @VersionProperty()
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class EnterpriseListDto {
  @ApiProperty({ type: [EnterpriseDto] })
  items: EnterpriseDto[];

  @ApiProperty()
  total: number;
}

export enum EnterpriseSort {
  /** more priority categories, manufacturing, large, state-owned first, then name (三(一), 三(三)) */
  Focus = 'focus',
  Name = 'name',
  Newest = 'newest',
  Headcount = 'headcount',
}

/** Filters shared by the enterprise list and the pilot-application list (they focus on the same traits). */
export class EnterpriseFilterDto {
  @ApiPropertyOptional({ description: 'GB/T 2260 code; the city includes its districts' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;

  @ApiPropertyOptional({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  @IsOptional()
  @IsIn(INDUSTRY_SECTION_CODES)
  industrySection?: IndustrySection;

  @ApiPropertyOptional({ enum: Ownership, enumName: 'Ownership' })
  @IsOptional()
  @IsEnum(Ownership)
  ownership?: Ownership;

  @ApiPropertyOptional({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  @IsOptional()
  @IsEnum(EnterpriseSize)
  size?: EnterpriseSize;

  @ApiPropertyOptional({ enum: PriorityCategory, enumName: 'PriorityCategory' })
  @IsOptional()
  @IsEnum(PriorityCategory)
  priorityCategory?: PriorityCategory;
}

export class EnterpriseQueryDto extends IntersectionType(PageQueryDto, EnterpriseFilterDto) {
  @ApiPropertyOptional({ description: 'part of the name, or of the credit code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: EnterpriseSort, enumName: 'EnterpriseSort', default: EnterpriseSort.Focus })
  @IsOptional()
  @IsEnum(EnterpriseSort)
  sort?: EnterpriseSort;
}

/** Fields an enterprise keeps current itself; the rest of the record is the bureaus’. */
export const ENTERPRISE_SELF_EDITABLE = [
  'headcount',
  'skilledHeadcount',
  'address',
  'contactPerson',
  'contactPhone',
] as const;

export class CreateEnterpriseDto extends OrganisationProfileDto {
  @ApiProperty({
    example: '91440300708461136T',
    description: '18 characters; spaces and lower case are normalised; the check character is verified',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  creditCode: string;

  @ApiProperty()
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '370211' })
  @Matches(/^\d{6}$/)
  regionCode: string;

  @ApiProperty({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  @IsIn(INDUSTRY_SECTION_CODES)
  industrySection: IndustrySection;

  @ApiProperty({ enum: Ownership, enumName: 'Ownership' })
  @IsEnum(Ownership)
  ownership: Ownership;

  @ApiProperty({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  @IsEnum(EnterpriseSize)
  size: EnterpriseSize;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  headcount?: number;

  @ApiPropertyOptional({ type: SkilledHeadcountDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SkilledHeadcountDto)
  skilledHeadcount?: SkilledHeadcountDto;

  @ApiPropertyOptional({ enum: PriorityCategory, enumName: 'PriorityCategory', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(PriorityCategory, { each: true })
  priorityCategories?: PriorityCategory[];
}

/** Bureaus change any field within their scope; an enterprise only ENTERPRISE_SELF_EDITABLE. */
export class UpdateEnterpriseDto extends PartialType(CreateEnterpriseDto, { skipNullProperties: false }) {}

export class EnterpriseImportResultDto {
  @ApiProperty({ description: 'how many enterprises were registered' })
  imported: number;

  @ApiProperty({ type: [EnterpriseDto] })
  items: EnterpriseDto[];
}

export function toEnterpriseDto(enterprise: EnterpriseEntity): EnterpriseDto {
  const organisation = enterprise.organisation!;
  return {
    id: enterprise.id,
    creditCode: enterprise.creditCode,
    name: organisation.name,
    regionCode: organisation.regionCode,
    regionName: organisation.region?.name ?? '',
    cityDirect: organisation.region?.level === RegionLevel.City,
    industrySection: enterprise.industrySection,
    ownership: enterprise.ownership,
    size: enterprise.size,
    headcount: enterprise.headcount,
    skilledHeadcount: enterprise.skilledHeadcount,
    priorityCategories: enterprise.priorityCategories,
    address: organisation.address,
    contactPerson: organisation.contactPerson,
    contactPhone: organisation.contactPhone,
    // the record spans two rows; each change raises one of them or both
    version: enterprise.version + organisation.version,
    createdAt: enterprise.createdAt,
    updatedAt: enterprise.updatedAt,
  };
}
