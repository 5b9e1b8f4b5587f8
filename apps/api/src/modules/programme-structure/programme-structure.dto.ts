import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { TargetGroup } from '@skillpay/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { type ProgrammeMeasureEntity } from './programme-measure.entity';
import { type ProgrammePhaseEntity } from './programme-phase.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

export class PhaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  position: number;

  @ApiProperty({ example: '部署发动' })
  name: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @VersionProperty()
  version: number;
}

export class MeasureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  position: number;

  @ApiProperty({ enum: TargetGroup, enumName: 'TargetGroup' })
  targetGroup: TargetGroup;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [String] })
  responsibleUnits: string[];
}

// ---- phases and measures ----

export class CreatePhaseDto {
  @ApiProperty({ example: '部署发动' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  startsOn: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  endsOn: string;
}

export class UpdatePhaseDto extends PartialType(CreatePhaseDto, { skipNullProperties: false }) {}

export class CreateMeasureDto {
  @ApiProperty({ enum: TargetGroup, enumName: 'TargetGroup' })
  @IsEnum(TargetGroup)
  targetGroup: TargetGroup;

  @ApiProperty()
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: [String], description: '责任单位 as written' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  responsibleUnits?: string[];
}

// ---- mapping ----

export function toPhaseDto(phase: ProgrammePhaseEntity): PhaseDto {
  return {
    version: phase.version,
    id: phase.id,
    position: phase.position,
    name: phase.name,
    startsOn: phase.startsOn,
    endsOn: phase.endsOn,
  };
}

export function toMeasureDto(measure: ProgrammeMeasureEntity): MeasureDto {
  return {
    id: measure.id,
    position: measure.position,
    targetGroup: measure.targetGroup,
    title: measure.title,
    responsibleUnits: measure.responsibleUnits,
  };
}
