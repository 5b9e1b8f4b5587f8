import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HonourLevel } from '@skillpay/domain';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';

export class HonourDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'qingdao-craftsman' })
  code: string;

  @ApiProperty({ example: '青岛市首席技师' })
  nameZh: string;

  @ApiProperty({ type: String, nullable: true, example: 'Qingdao Chief Technician' })
  nameEn: string | null;

  @ApiProperty({ enum: HonourLevel, enumName: 'HonourLevel' })
  level: HonourLevel;

  @ApiProperty({ type: String, nullable: true, example: '青岛市人民政府' })
  issuer: string | null;

  @ApiProperty({ description: 'counts as the qualifying basis of a leading talent (art. 38)' })
  qualifying: boolean;

  @ApiProperty({ type: 'integer' })
  sortOrder: number;

  @ApiProperty({ description: 'a seeded national honour: never deleted, always qualifying' })
  national: boolean;

  @ApiProperty({ type: 'integer', description: 'talents holding it (confirmed or not)' })
  talentCount: number;

  @VersionProperty()
  version: number;
}

export class HonourListDto {
  @ApiProperty({ type: [HonourDto] })
  items: HonourDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

/** A provincial or municipal honour the system administrator adds (national ones are seeded). */
export class CreateHonourDto {
  @ApiProperty({ example: 'qingdao-chief-technician', maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]*$' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]*$/)
  @MaxLength(60)
  code: string;

  @ApiProperty({ example: '青岛市首席技师', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  nameZh: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 150 })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  nameEn?: string | null;

  @ApiProperty({ enum: [HonourLevel.Provincial, HonourLevel.Municipal], enumName: 'HonourLevel' })
  @IsEnum(HonourLevel)
  level: HonourLevel;

  @ApiProperty({ example: '青岛市人民政府', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  issuer: string;

  @ApiProperty()
  @IsBoolean()
  qualifying: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 9999 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9999)
  sortOrder?: number;
}

export class UpdateHonourDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  nameZh?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 150 })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  nameEn?: string | null;

  @ApiPropertyOptional({ enum: [HonourLevel.Provincial, HonourLevel.Municipal], enumName: 'HonourLevel' })
  @IsOptional()
  @IsEnum(HonourLevel)
  level?: HonourLevel;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  issuer?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  qualifying?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 9999 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9999)
  sortOrder?: number;
}
