import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Gender,
  HonourLevel,
  PayTreatment,
  SkillLevel,
  TALENT_SKILL_LEVELS,
  TalentAction,
  TalentRole,
  TalentStatus,
} from '@skillpay/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { AttachmentDto } from '../attachments/attachments.dto';
import { IsAmount } from '../../common/errors/amount';

const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The first year an honour of the database can carry, and the most honours one record lists. */
export const FIRST_HONOUR_YEAR = 1950;
export const MAX_TALENT_HONOURS = 20;

// ---- input ----

export class TalentHonourInputDto {
  @ApiProperty({ format: 'uuid', description: 'an honour of the reference table' })
  @IsUUID()
  honourId: string;

  @ApiProperty({ example: 2019, description: 'the year it was conferred' })
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_HONOUR_YEAR)
  @Max(2100)
  year: number;
}

export class TalentPayTreatmentInputDto {
  @ApiProperty({ enum: PayTreatment, enumName: 'PayTreatment' })
  @IsEnum(PayTreatment)
  treatment: PayTreatment;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    description: 'yearly amount in yuan; shown to the city bureau only',
  })
  @IsOptional()
  @IsAmount()
  @Min(0)
  @Max(100_000_000)
  annualAmountYuan?: number | null;
}

export class CreateTalentDto {
  @ApiProperty({ example: '王海涛', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(50)
  name: string;

  @ApiProperty({ enum: Gender, enumName: 'Gender' })
  @IsEnum(Gender)
  gender: Gender;

  @ApiProperty({ example: 1978, description: 'must agree with the ID number' })
  @Type(() => Number)
  @IsInt()
  @Min(1920)
  @Max(2100)
  birthYear: number;

  @ApiProperty({
    description: '公民身份号码 (GB 11643); stored encrypted, answered only masked',
    example: '370212197801011234',
    writeOnly: true,
  })
  @IsString()
  @MaxLength(25)
  idNumber: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'a district bureau names an enterprise of its district; an enterprise registers for itself',
  })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiProperty({ example: '6-18-01-01', description: 'a code of the occupation catalogue' })
  @IsString()
  @Matches(/^[1-8]-\d{2}-\d{2}-\d{2}$/)
  occupationCode: string;

  @ApiProperty({ enum: TALENT_SKILL_LEVELS, enumName: 'SkillLevel' })
  @IsIn(TALENT_SKILL_LEVELS)
  skillLevel: SkillLevel;

  @ApiPropertyOptional({ type: [TalentHonourInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TALENT_HONOURS)
  @ArrayUnique((honour: TalentHonourInputDto) => honour?.honourId)
  @ValidateNested({ each: true })
  @Type(() => TalentHonourInputDto)
  honours?: TalentHonourInputDto[];

  @ApiPropertyOptional({ type: [TalentPayTreatmentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(PayTreatment).length)
  @ArrayUnique((treatment: TalentPayTreatmentInputDto) => treatment?.treatment)
  @ValidateNested({ each: true })
  @Type(() => TalentPayTreatmentInputDto)
  payTreatments?: TalentPayTreatmentInputDto[];

  @ApiPropertyOptional({ enum: TalentRole, enumName: 'TalentRole', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(TalentRole, { each: true })
  roles?: TalentRole[];

  @ApiPropertyOptional({ description: 'consents to being named on the public list', default: false })
  @IsOptional()
  @IsBoolean()
  publicConsent?: boolean;
}

export class UpdateTalentDto extends PartialType(CreateTalentDto) {}

export class TalentTransitionRequestDto {
  @ApiPropertyOptional({ description: 'the reason: required to return', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class TalentTransferDto {
  @ApiProperty({ format: 'uuid', description: 'the registered enterprise the talent moves to' })
  @IsUUID()
  enterpriseId: string;

  @ApiProperty({ example: '调入青岛海检集团', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(200)
  note: string;
}

export class TalentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TalentStatus, enumName: 'TalentStatus' })
  @IsOptional()
  @IsEnum(TalentStatus)
  status?: TalentStatus;

  @ApiPropertyOptional({ description: 'GB/T 2260 code; the city includes its districts' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  honourId?: string;

  @ApiPropertyOptional({ description: 'only (true) or none (false) of the stale records' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  stale?: boolean;

  @ApiPropertyOptional({ description: 'only the records of a person also registered in another enterprise' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  duplicate?: boolean;

  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

// ---- output ----

export class HonourOptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'may-day-medal' })
  code: string;

  @ApiProperty({ example: '全国五一劳动奖章' })
  nameZh: string;

  @ApiProperty({ type: String, nullable: true })
  nameEn: string | null;

  @ApiProperty({ enum: HonourLevel, enumName: 'HonourLevel' })
  level: HonourLevel;

  @ApiProperty({ type: String, nullable: true, example: '山东省人民政府' })
  issuer: string | null;

  @ApiProperty({ description: 'counts as the qualifying basis (art. 38)' })
  qualifying: boolean;
}

export class TalentHonourDto {
  @ApiProperty({ format: 'uuid', description: 'this holding of the honour (certificates hang off it)' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  honourId: string;

  @ApiProperty()
  nameZh: string;

  @ApiProperty({ type: String, nullable: true })
  nameEn: string | null;

  @ApiProperty({ enum: HonourLevel, enumName: 'HonourLevel' })
  level: HonourLevel;

  @ApiProperty()
  qualifying: boolean;

  @ApiProperty()
  year: number;

  @ApiProperty({ type: [AttachmentDto], description: 'the certificate(s)' })
  certificates: AttachmentDto[];
}

export class TalentPayTreatmentDto {
  @ApiProperty({ enum: PayTreatment, enumName: 'PayTreatment' })
  treatment: PayTreatment;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'present for the city bureau only',
  })
  annualAmountYuan?: number | null;
}

export class TalentEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty()
  regionNameEn: string;

  @ApiProperty()
  cityDirect: boolean;
}

export class TalentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @VersionProperty()
  version: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: Gender, enumName: 'Gender' })
  gender: Gender;

  @ApiProperty()
  birthYear: number;

  @ApiProperty({ example: '370212********123X', description: 'the only form the ID number leaves in' })
  idNumberMasked: string;

  @ApiProperty({ type: TalentEnterpriseDto })
  enterprise: TalentEnterpriseDto;

  @ApiProperty()
  occupationCode: string;

  @ApiProperty()
  occupationName: string;

  @ApiProperty({ enum: SkillLevel, enumName: 'SkillLevel' })
  skillLevel: SkillLevel;

  @ApiProperty({ type: [TalentHonourDto] })
  honours: TalentHonourDto[];

  @ApiProperty({ description: 'holds a qualifying honour (art. 38)' })
  qualifying: boolean;

  @ApiProperty({ type: [TalentPayTreatmentDto] })
  payTreatments: TalentPayTreatmentDto[];

  @ApiProperty({ enum: TalentRole, enumName: 'TalentRole', isArray: true })
  roles: TalentRole[];

  @ApiProperty()
  publicConsent: boolean;

  @ApiProperty({ enum: TalentStatus, enumName: 'TalentStatus' })
  status: TalentStatus;

  @ApiProperty({ format: 'uuid' })
  authorOrganisationId: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastConfirmedAt: Date | null;

  @ApiProperty({ description: 'confirmed, but not reconfirmed within the stale period' })
  stale: boolean;

  @ApiProperty({ description: 'the same person (by ID number) is registered in another enterprise' })
  registeredElsewhere: boolean;

  @ApiProperty({
    enum: TalentAction,
    enumName: 'TalentAction',
    isArray: true,
    description: 'the workflow steps the caller may take now',
  })
  availableActions: TalentAction[];

  @ApiProperty({ description: 'the caller may change it now' })
  editable: boolean;

  @ApiProperty({ description: 'the caller may reconfirm it now (a confirmed record of its scope)' })
  reconfirmable: boolean;

  @ApiProperty({ description: 'the caller (a bureau) may move it to another enterprise' })
  transferable: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

/** The other record of a person registered in two enterprises, as a bureau sees it. */
export class TalentDuplicateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: TalentStatus, enumName: 'TalentStatus' })
  status: TalentStatus;

  @ApiProperty({ type: TalentEnterpriseDto })
  enterprise: TalentEnterpriseDto;
}

export class TalentDetailDto extends TalentSummaryDto {
  @ApiProperty({
    type: [TalentDuplicateDto],
    description:
      'for a bureau: the records of the same person in other enterprises; an enterprise gets none (only `registeredElsewhere`)',
  })
  duplicates: TalentDuplicateDto[];
}

export class TalentPageDto {
  @ApiProperty({ type: [TalentSummaryDto] })
  items: TalentSummaryDto[];

  @ApiProperty()
  total: number;

  @ApiProperty({ description: 'months after which a confirmed record is stale (TALENT_STALE_MONTHS)' })
  staleMonths: number;
}

export class TalentAffiliationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  enterpriseId: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ type: String, format: 'date-time' })
  startedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;
}

export class TalentStepDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: TalentAction, enumName: 'TalentAction' })
  action: TalentAction;

  @ApiProperty({ enum: TalentStatus, enumName: 'TalentStatus' })
  fromStatus: TalentStatus;

  @ApiProperty({ enum: TalentStatus, enumName: 'TalentStatus' })
  toStatus: TalentStatus;

  @ApiProperty()
  actorName: string;

  @ApiProperty()
  actorOrganisationName: string;

  @ApiProperty({ type: String, nullable: true, description: 'the reason a return carries' })
  reason: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class TalentConfirmationDto {
  @ApiProperty({ enum: ['confirm', 'reconfirm'], description: 'the city taking it in, or a yearly check' })
  kind: 'confirm' | 'reconfirm';

  @ApiProperty()
  actorName: string;

  @ApiProperty()
  actorOrganisationName: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class TalentHistoryDto {
  @ApiProperty({ type: [TalentAffiliationDto], description: 'oldest first; the open one is current' })
  affiliations: TalentAffiliationDto[];

  @ApiProperty({ type: [TalentStepDto], description: 'oldest first' })
  steps: TalentStepDto[];

  @ApiProperty({ type: [TalentConfirmationDto], description: 'oldest first' })
  confirmations: TalentConfirmationDto[];
}
