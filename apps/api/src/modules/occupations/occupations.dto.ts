import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { normaliseOccupationCode, OCCUPATION_CODE_PATTERN } from '@skillpay/domain';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { type OccupationEntity } from './occupation.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

export const OCCUPATION_NAME_MAX = 100;
export const OCCUPATION_NAME_EN_MAX = 150;

/**
 * The constraint has its own message key (`validation.isOccupationCode`) because the generic
 * "format" message would name the field after the region code that shares its name.
 */
function IsOccupationCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isOccupationCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && OCCUPATION_CODE_PATTERN.test(value),
      },
    });
}

/** Trims text fields; other values pass through for the validators to judge. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** One occupation of 《中华人民共和国职业分类大典》 (2022). */
export class OccupationDto {
  @ApiProperty({ example: '6-18-01-01', description: '大类-中类-小类-细类' })
  code: string;

  @ApiProperty({ example: '车工' })
  nameZh: string;

  @ApiProperty({ type: String, nullable: true, example: 'Lathe operator' })
  nameEn: string | null;

  @ApiProperty({ description: 'on the 急需紧缺 (urgently needed) list' })
  urgentlyNeeded: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class OccupationListDto {
  @ApiProperty({ type: [OccupationDto] })
  items: OccupationDto[];

  @ApiProperty()
  total: number;
}

/** Search shared by the signed-in and the public list. */
export class OccupationSearchDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'a code prefix (e.g. `6-18`) or part of the Chinese or English name',
    example: '钳工',
  })
  @IsOptional()
  @IsString()
  @MaxLength(OCCUPATION_NAME_EN_MAX)
  search?: string;

  @ApiPropertyOptional({ description: 'only (true) or none (false) of the urgently needed occupations' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  urgentlyNeeded?: boolean;
}

export class CreateOccupationDto {
  @ApiProperty({ example: '6-18-01-01', description: 'spaces are dropped, full-width dashes accepted' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseOccupationCode(value) : value))
  @IsOccupationCode()
  code: string;

  @ApiProperty({ example: '车工' })
  @Transform(trim)
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(OCCUPATION_NAME_MAX)
  nameZh: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lathe operator' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPrintableText()
  @MaxLength(OCCUPATION_NAME_EN_MAX)
  nameEn?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  urgentlyNeeded?: boolean;
}

/** The code is the key: to change it, delete the entry and create the new one. */
export class UpdateOccupationDto extends PartialType(
  PickType(CreateOccupationDto, ['nameZh', 'nameEn', 'urgentlyNeeded'] as const),
  { skipNullProperties: false },
) {}

export class OccupationImportResultDto {
  @ApiProperty({ description: 'codes new to the catalogue (or restored after a deletion)' })
  created: number;

  @ApiProperty({ description: 'codes whose names or urgency changed' })
  updated: number;

  @ApiProperty({ description: 'rows identical to the catalogue; nothing written' })
  unchanged: number;
}

/** What the public pages need: no timestamps. */
export class PublicOccupationDto extends PickType(OccupationDto, [
  'code',
  'nameZh',
  'nameEn',
  'urgentlyNeeded',
] as const) {}

export class PublicOccupationListDto {
  @ApiProperty({ type: [PublicOccupationDto] })
  items: PublicOccupationDto[];

  @ApiProperty()
  total: number;
}

export function toOccupationDto(occupation: OccupationEntity): OccupationDto {
  return {
    version: occupation.version,
    code: occupation.code,
    nameZh: occupation.nameZh,
    nameEn: occupation.nameEn,
    urgentlyNeeded: occupation.urgentlyNeeded,
    updatedAt: occupation.updatedAt,
  };
}

export function toPublicOccupationDto(occupation: OccupationEntity): PublicOccupationDto {
  return {
    code: occupation.code,
    nameZh: occupation.nameZh,
    nameEn: occupation.nameEn,
    urgentlyNeeded: occupation.urgentlyNeeded,
  };
}
