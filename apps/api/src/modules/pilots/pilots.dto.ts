import { ApiProperty, ApiPropertyOptional, PartialType, PickType, IntersectionType } from '@nestjs/swagger';
import {
  EnterpriseSize,
  INDUSTRY_SECTION_CODES,
  type IndustrySection,
  Ownership,
  PilotAction,
  PilotStatus,
  PriorityCategory,
} from '@skillpay/domain';
import {
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { EnterpriseFilterDto } from '../enterprises/enterprises.dto';
import { AttachmentDto } from '../attachments/attachments.dto';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { VersionProperty } from '../../common/http/concurrency';

/** The enterprise as an application shows it. */
export class PilotEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  creditCode: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty()
  cityDirect: boolean;

  @ApiProperty({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  industrySection: IndustrySection;

  @ApiProperty({ enum: Ownership, enumName: 'Ownership' })
  ownership: Ownership;

  @ApiProperty({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  size: EnterpriseSize;

  @ApiProperty()
  headcount: number;
}

export class PilotApplicationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ type: PilotEnterpriseDto })
  enterprise: PilotEnterpriseDto;

  @ApiProperty({ enum: PilotStatus, enumName: 'PilotStatus' })
  status: PilotStatus;

  @ApiProperty({ description: '申报理由' })
  reasons: string;

  @ApiProperty({ enum: PriorityCategory, enumName: 'PriorityCategory', isArray: true })
  priorityCategories: PriorityCategory[];

  @ApiProperty({
    enum: PilotAction,
    enumName: 'PilotAction',
    isArray: true,
    description: 'the steps the caller may take now (plus edit while a draft or returned)',
  })
  availableActions: PilotAction[];

  @ApiProperty({ description: 'whether the caller may change reasons and categories now' })
  editable: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class PilotTransitionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PilotAction, enumName: 'PilotAction' })
  action: PilotAction;

  @ApiProperty({ enum: PilotStatus, enumName: 'PilotStatus' })
  fromStatus: PilotStatus;

  @ApiProperty({ enum: PilotStatus, enumName: 'PilotStatus' })
  toStatus: PilotStatus;

  @ApiProperty()
  actorName: string;

  @ApiProperty()
  actorOrganisationName: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the opinion or reason given with the step (推荐意见, 退回意见, 审批意见)',
  })
  reason: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class PilotApplicationDetailDto extends PilotApplicationDto {
  @ApiProperty({ type: [PilotTransitionDto] })
  transitions: PilotTransitionDto[];

  @ApiProperty({ description: 'an approved pilot has its 一企一策 plan' })
  hasPlan: boolean;

  @ApiProperty({ type: [AttachmentDto], description: 'e.g. 工会意见, 职代会决议; oldest first' })
  attachments: AttachmentDto[];
}

export class PilotApplicationListDto {
  @ApiProperty({ type: [PilotApplicationDto] })
  items: PilotApplicationDto[];

  @ApiProperty()
  total: number;
}

export enum PilotSort {
  Focus = 'focus',
  Newest = 'newest',
  Submitted = 'submitted',
  Name = 'name',
}

export class PilotQueryDto extends IntersectionType(PageQueryDto, EnterpriseFilterDto) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: PilotStatus, enumName: 'PilotStatus' })
  @IsOptional()
  @IsEnum(PilotStatus)
  status?: PilotStatus;

  @ApiPropertyOptional({ description: 'part of the enterprise name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PilotSort, enumName: 'PilotSort', default: PilotSort.Focus })
  @IsOptional()
  @IsEnum(PilotSort)
  sort?: PilotSort;
}

export class CreatePilotApplicationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ description: '申报理由', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reasons: string;

  @ApiPropertyOptional({ enum: PriorityCategory, enumName: 'PriorityCategory', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(PriorityCategory, { each: true })
  priorityCategories?: PriorityCategory[];
}

export class UpdatePilotApplicationDto extends PartialType(
  PickType(CreatePilotApplicationDto, ['reasons', 'priorityCategories'] as const),
  { skipNullProperties: false },
) {}

export class PilotTransitionRequestDto {
  @ApiPropertyOptional({
    description: 'the opinion: required to recommend, return or reject; optional otherwise',
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
