import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ProgrammeTemplateKey,
  TargetGroup,
  PROGRAMME_TEMPLATES,
  type ProgrammeTemplate,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProgrammeStatus, type ProgrammeEntity } from './programme.entity';

import {
  MeasureDto,
  PhaseDto,
  toMeasureDto,
  toPhaseDto,
} from '../programme-structure/programme-structure.dto';
import { type ProgrammeMeasureEntity } from '../programme-structure/programme-measure.entity';
import { type ProgrammePhaseEntity } from '../programme-structure/programme-phase.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

// ---- templates ----

export class TemplatePhaseDto {
  @ApiProperty({ example: '部署发动' })
  name: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty({ type: [String] })
  tasks: string[];
}

export class TemplateMeasureDto {
  @ApiProperty({ enum: TargetGroup, enumName: 'TargetGroup' })
  targetGroup: TargetGroup;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [String] })
  responsibleUnits: string[];

  @ApiProperty({ type: [String] })
  tasks: string[];
}

export class ProgrammeTemplateDto {
  @ApiProperty({ enum: ProgrammeTemplateKey, enumName: 'ProgrammeTemplateKey' })
  key: ProgrammeTemplateKey;

  @ApiProperty()
  nameZh: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ example: '青人社字〔2021〕61号' })
  source: string;

  @ApiProperty({ example: 2021 })
  baseYear: number;

  @ApiProperty()
  principles: string;

  @ApiProperty({ type: [TemplatePhaseDto] })
  phases: TemplatePhaseDto[];

  @ApiProperty({ type: [TemplateMeasureDto] })
  measures: TemplateMeasureDto[];
}

// ---- programmes ----

export class CreateProgrammeDto {
  @ApiProperty({ example: '青岛市落实《技能人才薪酬分配指引》工作方案' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '青人社字〔2021〕61号' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  documentNumber?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['青岛市人力资源和社会保障局', '青岛市总工会'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  issuingBodies?: string[];

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  principles?: string | null;

  @ApiPropertyOptional({
    enum: ProgrammeTemplateKey,
    enumName: 'ProgrammeTemplateKey',
    description: 'start from a template: its phases, measures and tasks, dates moved to `year`',
  })
  @IsOptional()
  @IsEnum(ProgrammeTemplateKey)
  template?: ProgrammeTemplateKey;
}

export class UpdateProgrammeDto extends PartialType(OmitType(CreateProgrammeDto, ['template'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({
    enum: ProgrammeStatus,
    enumName: 'ProgrammeStatus',
    description: 'draft → active → closed',
  })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}

export class ProgrammeQueryDto {
  @ApiPropertyOptional({ enum: ProgrammeStatus, enumName: 'ProgrammeStatus' })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;

  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class ProgrammeSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  documentNumber: string | null;

  @ApiProperty({ type: [String] })
  issuingBodies: string[];

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ enum: ProgrammeStatus, enumName: 'ProgrammeStatus' })
  status: ProgrammeStatus;

  @ApiProperty({ type: String, nullable: true })
  template: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class ProgrammeListDto {
  @ApiProperty({ type: [ProgrammeSummaryDto] })
  items: ProgrammeSummaryDto[];

  @ApiProperty()
  total: number;
}

export class ProgrammeDto extends ProgrammeSummaryDto {
  @ApiProperty({ type: String, nullable: true })
  principles: string | null;

  @ApiProperty({ type: [PhaseDto] })
  phases: PhaseDto[];

  @ApiProperty({ type: [MeasureDto] })
  measures: MeasureDto[];

  @ApiProperty({ description: 'whether the caller may change the programme' })
  editable: boolean;
}

// ---- mapping ----

export function toTemplateDto(template: ProgrammeTemplate): ProgrammeTemplateDto {
  return {
    key: template.key,
    nameZh: template.name['zh-CN'],
    nameEn: template.name.en,
    source: template.source,
    baseYear: template.baseYear,
    principles: template.principles,
    phases: template.phases.map((phase) => ({
      name: phase.name,
      startsOn: phase.startsOn,
      endsOn: phase.endsOn,
      tasks: phase.tasks.map((task) => task.title),
    })),
    measures: template.measures.map((measure) => ({
      targetGroup: measure.targetGroup,
      title: measure.title,
      responsibleUnits: [...measure.responsibleUnits],
      tasks: measure.tasks.map((task) => task.title),
    })),
  };
}

export const TEMPLATE_DTOS = (): ProgrammeTemplateDto[] =>
  Object.values(PROGRAMME_TEMPLATES).map(toTemplateDto);

export function toProgrammeSummaryDto(programme: ProgrammeEntity): ProgrammeSummaryDto {
  return {
    version: programme.version,
    id: programme.id,
    title: programme.title,
    documentNumber: programme.documentNumber,
    issuingBodies: programme.issuingBodies,
    regionCode: programme.regionCode,
    regionName: programme.region?.name ?? '',
    year: programme.year,
    status: programme.status,
    template: programme.template,
    createdAt: programme.createdAt,
    updatedAt: programme.updatedAt,
  };
}

/** A programme with its phases and measures; `editable` when the caller runs it. */
export function toProgrammeDto(
  programme: ProgrammeEntity,
  phases: readonly ProgrammePhaseEntity[],
  measures: readonly ProgrammeMeasureEntity[],
  editable: boolean,
): ProgrammeDto {
  return {
    ...toProgrammeSummaryDto(programme),
    principles: programme.principles,
    phases: phases.map(toPhaseDto),
    measures: measures.map(toMeasureDto),
    editable,
  };
}
