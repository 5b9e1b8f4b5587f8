import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { GuidanceKind, GuidelinePart, TrainingAudience } from '@skillpay/domain';

import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
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
import { AttachmentDto } from '../attachments/attachments.dto';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

export class CreateGuidanceActivityDto {
  @ApiProperty({ enum: GuidanceKind, enumName: 'GuidanceKind' })
  @IsEnum(GuidanceKind)
  kind: GuidanceKind;

  @ApiProperty({ format: 'date', example: '2026-08-12' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  occurredOn: string;

  @ApiProperty({ example: '海晟船舶岗位评价一企一策指导' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  enterpriseIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'accounts of the caller’s bureau' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  officerIds?: string[];

  @ApiPropertyOptional({ enum: GuidelinePart, enumName: 'GuidelinePart', isArray: true })
  @IsOptional()
  @IsArray()
  @IsEnum(GuidelinePart, { each: true })
  guidelineParts?: GuidelinePart[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  outcome?: string;

  @ApiPropertyOptional({
    enum: TrainingAudience,
    enumName: 'TrainingAudience',
    isArray: true,
    description: 'required for trainings',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(TrainingAudience, { each: true })
  trainingAudiences?: TrainingAudience[];

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'required for trainings' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  attendeeCount?: number | null;
}

export class UpdateGuidanceActivityDto extends PartialType(CreateGuidanceActivityDto, {
  skipNullProperties: false,
}) {}

export class GuidanceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: GuidanceKind, enumName: 'GuidanceKind' })
  @IsOptional()
  @IsEnum(GuidanceKind)
  kind?: GuidanceKind;

  @ApiPropertyOptional({ description: 'GB/T 2260 code; includes the regions below it' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-08' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month?: string;
}

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class GuidanceActivityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: GuidanceKind, enumName: 'GuidanceKind' })
  kind: GuidanceKind;

  @ApiProperty({ format: 'date' })
  occurredOn: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: NamedRefDto, nullable: true })
  programme: NamedRefDto | null;

  @ApiProperty({ type: NamedRefDto, description: 'the organising bureau' })
  organisation: NamedRefDto;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ type: [NamedRefDto], description: 'an enterprise sees only itself' })
  enterprises: NamedRefDto[];

  @ApiProperty({ type: [NamedRefDto] })
  officers: NamedRefDto[];

  @ApiProperty({ enum: GuidelinePart, enumName: 'GuidelinePart', isArray: true })
  guidelineParts: GuidelinePart[];

  @ApiProperty()
  outcome: string;

  @ApiProperty({ enum: TrainingAudience, enumName: 'TrainingAudience', isArray: true })
  trainingAudiences: TrainingAudience[];

  @ApiProperty({ type: Number, nullable: true })
  attendeeCount: number | null;

  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];

  @ApiProperty({ description: 'whether the caller may change it' })
  editable: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class GuidanceActivityListDto {
  @ApiProperty({ type: [GuidanceActivityDto] })
  items: GuidanceActivityDto[];

  @ApiProperty()
  total: number;
}

export class GuidanceAttachmentListDto {
  @ApiProperty({ type: [AttachmentDto] })
  items: AttachmentDto[];
}
