import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { RegionLevel } from '@skillpay/domain';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { type RegionEntity } from './region.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

export class RegionDto {
  @ApiProperty({ example: '370211', description: 'GB/T 2260 code' })
  code: string;

  @ApiProperty({ example: '黄岛区' })
  name: string;

  @ApiProperty({ example: 'Huangdao' })
  nameEn: string;

  @ApiProperty({ enum: RegionLevel, enumName: 'RegionLevel' })
  level: RegionLevel;

  @ApiProperty({ type: String, nullable: true, example: '370200' })
  parentCode: string | null;

  @VersionProperty()
  version: number;
}

export class RegionListDto {
  @ApiProperty({ type: [RegionDto] })
  items: RegionDto[];

  @ApiProperty()
  total: number;
}

export class CreateRegionDto {
  @ApiProperty({ example: '370211', description: 'six-digit GB/T 2260 code' })
  @Matches(/^\d{6}$/)
  code: string;

  @ApiProperty({ example: '黄岛区' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(60)
  name: string;

  @ApiProperty({ example: 'Huangdao' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(60)
  nameEn: string;

  @ApiProperty({ example: '370200' })
  @Matches(/^\d{6}$/)
  parentCode: string;
}

export class UpdateRegionDto extends PartialType(PickType(CreateRegionDto, ['name', 'nameEn']), {
  skipNullProperties: false,
}) {}

export function toRegionDto(region: RegionEntity): RegionDto {
  return {
    version: region.version,
    code: region.code,
    name: region.name,
    nameEn: region.nameEn,
    level: region.level,
    parentCode: region.parentCode,
  };
}
