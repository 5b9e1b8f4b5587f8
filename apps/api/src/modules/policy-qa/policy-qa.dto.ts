import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  POLICY_QA_ANSWER_MAX,
  POLICY_QA_MAX_BASIS,
  POLICY_QA_MAX_TOPICS,
  POLICY_QA_QUESTION_MAX,
  POLICY_TOPIC_KEYS,
  PolicyQaAction,
  PolicyQaStatus,
  type PolicyTopic,
} from '@skillpay/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { IsPrintableText } from '../../common/errors/printable-text';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

const TOPIC_PROPERTY = {
  enum: POLICY_TOPIC_KEYS,
  enumName: 'PolicyTopic',
  description:
    'a chapter of 人社厅发〔2021〕7号 (as the case studies tag them) or a measure of the programme',
};

export class PolicyBasisDto {
  @ApiProperty({ maxLength: 100, example: '人社厅发〔2021〕7号《技能人才薪酬分配指引》' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(100)
  document: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: '第三十九条' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @IsPrintableText()
  @MaxLength(50)
  article?: string | null;
}

/** The wording of an entry: every field is required on creation; an edit sends what changes. */
export class UpdatePolicyQaDto {
  @ApiPropertyOptional({ maxLength: POLICY_QA_QUESTION_MAX, example: '技能津贴能否计入最低工资？' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(POLICY_QA_QUESTION_MAX)
  question?: string;

  @ApiPropertyOptional({
    maxLength: POLICY_QA_ANSWER_MAX,
    description: 'plain text, one paragraph per line; markup is shown as typed, never interpreted',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POLICY_QA_ANSWER_MAX)
  answer?: string;

  @ApiPropertyOptional({ type: [PolicyBasisDto], minItems: 1, maxItems: POLICY_QA_MAX_BASIS })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLICY_QA_MAX_BASIS)
  @ValidateNested({ each: true })
  @Type(() => PolicyBasisDto)
  citations?: PolicyBasisDto[];

  @ApiPropertyOptional({ ...TOPIC_PROPERTY, isArray: true, minItems: 1, maxItems: POLICY_QA_MAX_TOPICS })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLICY_QA_MAX_TOPICS)
  @ArrayUnique()
  @IsIn(POLICY_TOPIC_KEYS, { each: true })
  topics?: PolicyTopic[];
}

export class CreatePolicyQaDto {
  @ApiProperty({ maxLength: POLICY_QA_QUESTION_MAX, example: '技能津贴能否计入最低工资？' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(POLICY_QA_QUESTION_MAX)
  question: string;

  @ApiProperty({
    maxLength: POLICY_QA_ANSWER_MAX,
    description: 'plain text, one paragraph per line; markup is shown as typed, never interpreted',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POLICY_QA_ANSWER_MAX)
  answer: string;

  @ApiProperty({ type: [PolicyBasisDto], minItems: 1, maxItems: POLICY_QA_MAX_BASIS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLICY_QA_MAX_BASIS)
  @ValidateNested({ each: true })
  @Type(() => PolicyBasisDto)
  citations: PolicyBasisDto[];

  @ApiProperty({ ...TOPIC_PROPERTY, isArray: true, minItems: 1, maxItems: POLICY_QA_MAX_TOPICS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLICY_QA_MAX_TOPICS)
  @ArrayUnique()
  @IsIn(POLICY_TOPIC_KEYS, { each: true })
  topics: PolicyTopic[];
}

export class WithdrawPolicyQaDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'why the entry leaves the public page (required)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class PolicyQaQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    maxLength: 100,
    description:
      'words the question, answer or cited documents contain (Chinese substrings; every word must occur)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional(TOPIC_PROPERTY)
  @IsOptional()
  @IsIn(POLICY_TOPIC_KEYS)
  topic?: PolicyTopic;

  @ApiPropertyOptional({ enum: PolicyQaStatus, enumName: 'PolicyQaStatus' })
  @IsOptional()
  @IsEnum(PolicyQaStatus)
  status?: PolicyQaStatus;
}

export class PublicPolicyQaQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    maxLength: 100,
    description:
      'words the question, answer or cited documents contain (Chinese substrings; every word must occur)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional(TOPIC_PROPERTY)
  @IsOptional()
  @IsIn(POLICY_TOPIC_KEYS)
  topic?: PolicyTopic;

  @ApiPropertyOptional({ example: '370200', description: 'one city’s entries (GB/T 2260 code)' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  regionCode?: string;
}

export class PolicyBasisViewDto {
  @ApiProperty()
  document: string;

  @ApiProperty({ type: String, nullable: true })
  article: string | null;
}

/** An entry as the public reads it: the current wording of a published entry. */
export class PublicPolicyQaDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty({ example: 'Qingdao' })
  regionNameEn: string;

  @ApiProperty()
  question: string;

  @ApiProperty({ description: 'plain text, one paragraph per line' })
  answer: string;

  @ApiProperty({ type: [PolicyBasisViewDto] })
  citations: PolicyBasisViewDto[];

  @ApiProperty({ ...TOPIC_PROPERTY, isArray: true })
  topics: PolicyTopic[];

  @ApiProperty({ type: String, format: 'date-time', description: 'first published (发布日期)' })
  publishedAt: Date;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description:
      'when the current wording went public: the first publication unless it was edited since (更新日期)',
  })
  updatedAt: Date;
}

export class PublicPolicyQaListDto {
  @ApiProperty({ type: [PublicPolicyQaDto] })
  items: PublicPolicyQaDto[];

  @ApiProperty()
  total: number;
}

/** An entry as the bureaus read it. */
export class PolicyQaDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ enum: PolicyQaStatus, enumName: 'PolicyQaStatus' })
  status: PolicyQaStatus;

  @ApiProperty()
  question: string;

  @ApiProperty({ description: 'plain text, one paragraph per line' })
  answer: string;

  @ApiProperty({ type: [PolicyBasisViewDto] })
  citations: PolicyBasisViewDto[];

  @ApiProperty({ ...TOPIC_PROPERTY, isArray: true })
  topics: PolicyTopic[];

  @ApiProperty({ description: 'the number of the current version (1, 2 …)' })
  versionNumber: number;

  @ApiProperty({ type: String, nullable: true, description: 'who wrote the current version' })
  versionAuthorName: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  versionCreatedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  firstPublishedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  publishedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  withdrawReason: string | null;

  @VersionProperty()
  version: number;

  @ApiProperty({ enum: PolicyQaAction, enumName: 'PolicyQaAction', isArray: true })
  availableActions: PolicyQaAction[];

  @ApiProperty({ description: 'the caller wrote the current version: someone else must publish it' })
  callerIsMaker: boolean;

  @ApiProperty({ description: 'the caller may edit (a new version) or delete it now' })
  editable: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class PolicyQaListDto {
  @ApiProperty({ type: [PolicyQaDto] })
  items: PolicyQaDto[];

  @ApiProperty()
  total: number;
}

export class PolicyQaVersionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: number;

  @ApiProperty()
  question: string;

  @ApiProperty()
  answer: string;

  @ApiProperty({ type: [PolicyBasisViewDto] })
  citations: PolicyBasisViewDto[];

  @ApiProperty({ ...TOPIC_PROPERTY, isArray: true })
  topics: PolicyTopic[];

  @ApiProperty({ type: String, nullable: true })
  authorName: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty()
  current: boolean;
}
