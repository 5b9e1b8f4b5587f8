import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { GuidelinePart, PlanVariant } from '@skillpay/domain';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { type UserEntity } from '../users/user.entity';
import { type PlanMilestoneEntity } from './plan-milestone.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

// ---- 一企一策 (enterprise plan) of an approved pilot ----

export class PlanOfficerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  organisationName: string;
}

export class PlanMilestoneDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-12-31' })
  dueOn: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  doneAt: Date | null;
}

export class EnterprisePlanDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ enum: PlanVariant, enumName: 'PlanVariant' })
  variant: PlanVariant;

  @ApiProperty({ enum: GuidelinePart, enumName: 'GuidelinePart', isArray: true })
  guidelineParts: GuidelinePart[];

  @ApiProperty({ type: PlanOfficerDto, nullable: true })
  officer: PlanOfficerDto | null;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ type: [PlanMilestoneDto] })
  milestones: PlanMilestoneDto[];

  @ApiProperty({ description: 'whether the caller may change the plan' })
  editable: boolean;

  @ApiProperty({ type: [PlanOfficerDto], description: 'accounts that may be put in charge (for editors)' })
  officerOptions: PlanOfficerDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class UpdatePlanDto {
  @ApiPropertyOptional({ enum: PlanVariant, enumName: 'PlanVariant' })
  @IsOptional()
  @IsEnum(PlanVariant)
  variant?: PlanVariant;

  @ApiPropertyOptional({ enum: GuidelinePart, enumName: 'GuidelinePart', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(GuidelinePart, { each: true })
  guidelineParts?: GuidelinePart[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  officerId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

export class CreateMilestoneDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-12-31' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn: string;
}

export class UpdateMilestoneDto extends PartialType(CreateMilestoneDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ description: 'mark done (sets doneAt now) or open again' })
  @IsOptional()
  @IsBoolean()
  done?: boolean;
}

// ---- mappers ----

export function toPlanOfficerDto(user: UserEntity): PlanOfficerDto {
  return { id: user.id, displayName: user.displayName, organisationName: user.organisation?.name ?? '' };
}

export function toPlanMilestoneDto(milestone: PlanMilestoneEntity): PlanMilestoneDto {
  return { id: milestone.id, title: milestone.title, dueOn: milestone.dueOn, doneAt: milestone.doneAt };
}
