import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactBody, ContactForm, ServiceCategory } from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The follow-up raised as a service request in the same step. */
export class ContactFollowUpRequestDto {
  @ApiProperty({ enum: ServiceCategory, enumName: 'ServiceCategory' })
  @IsEnum(ServiceCategory)
  category: ServiceCategory;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;
}

export class UpdateTalentContactDto {
  @ApiProperty({ format: 'date', example: '2026-11-12' })
  @Matches(DAY_PATTERN)
  contactedOn: string;

  @ApiProperty({ enum: ContactForm, enumName: 'ContactForm' })
  @IsEnum(ContactForm)
  form: ContactForm;

  @ApiProperty({ enum: ContactBody, enumName: 'ContactBody' })
  @IsEnum(ContactBody)
  contactBody: ContactBody;

  @ApiProperty({ maxLength: 100, example: '崂山区委组织部 王科长' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contactPerson: string;

  @ApiProperty({ maxLength: 2000, description: 'what was heard: needs, suggestions' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  heard: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  followUp?: string | null;
}

export class CreateTalentContactDto extends UpdateTalentContactDto {
  @ApiProperty({ format: 'uuid', description: 'a confirmed talent in the caller’s scope' })
  @IsUUID()
  talentId: string;

  @ApiPropertyOptional({
    type: ContactFollowUpRequestDto,
    description: 'raise a service request from this contact in the same step, linked to it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactFollowUpRequestDto)
  serviceRequest?: ContactFollowUpRequestDto;
}

export class TalentContactQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  talentId?: string;

  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  month?: string;
}

export class CoverageQueryDto {
  @ApiProperty({ example: '2026-11' })
  @Matches(MONTH_PATTERN)
  month: string;
}

export class TalentContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  talentId: string;

  @ApiProperty({ example: '张建国' })
  talentName: string;

  @ApiProperty({ example: '青岛瑞和精密机械有限公司' })
  enterpriseName: string;

  @ApiProperty({ format: 'date' })
  contactedOn: string;

  @ApiProperty({ enum: ContactForm, enumName: 'ContactForm' })
  form: ContactForm;

  @ApiProperty({ enum: ContactBody, enumName: 'ContactBody' })
  contactBody: ContactBody;

  @ApiProperty()
  contactPerson: string;

  @ApiProperty()
  heard: string;

  @ApiProperty({ type: String, nullable: true })
  followUp: string | null;

  @ApiProperty({ example: '崂山区人力资源和社会保障局' })
  recordedBy: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the request raised from it' })
  serviceRequestId: string | null;

  @VersionProperty()
  version: number;
}

export class TalentContactListDto {
  @ApiProperty({ type: [TalentContactDto] })
  items: TalentContactDto[];

  @ApiProperty()
  total: number;
}

export class CoverageTalentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'the latest contact before the month ended',
  })
  lastContactOn: string | null;
}

export class CoverageDto {
  @ApiProperty({ example: '2026-11' })
  month: string;

  @ApiProperty({ description: 'confirmed talents in the scope' })
  talents: number;

  @ApiProperty({ description: 'of them contacted at least once in the month' })
  covered: number;

  @ApiProperty({ description: 'of them not contacted in the month' })
  uncovered: number;

  @ApiProperty({ description: 'contacts recorded in the month' })
  contacts: number;

  @ApiProperty({ type: [CoverageTalentDto], description: 'the talents not contacted in the month' })
  uncoveredTalents: CoverageTalentDto[];
}
