import { ApiProperty } from '@nestjs/swagger';
import { PayBand, WAGE_SKILL_LEVELS } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { CellRegionDto } from '../benchmark-releases/benchmark-releases.dto';

export class PositionQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class PositionBenchmarkDto extends CellRegionDto {
  @ApiProperty({
    enum: ['district', 'city'],
    description: 'the district’s own cell when published, else the city’s',
  })
  source: 'district' | 'city';

  @ApiProperty()
  p25: number;

  @ApiProperty()
  p50: number;

  @ApiProperty()
  p75: number;
}

export class PositionItemDto {
  @ApiProperty({ example: '6-18-01-01' })
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true })
  occupationName: string | null;

  @ApiProperty({ type: String, nullable: true })
  occupationNameEn: string | null;

  @ApiProperty()
  urgentlyNeeded: boolean;

  @ApiProperty({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  skillLevel: string;

  @ApiProperty({ description: 'the enterprise’s own employees in this occupation and level' })
  employees: number;

  @ApiProperty({ description: 'their mean annualised pay (total ÷ months worked × 12), yuan' })
  mean: number;

  @ApiProperty({
    type: PositionBenchmarkDto,
    nullable: true,
    description: 'null when neither cell is published',
  })
  benchmark: PositionBenchmarkDto | null;

  @ApiProperty({ type: Number, nullable: true, description: 'own mean ÷ P50' })
  compaRatio: number | null;

  @ApiProperty({ enum: PayBand, enumName: 'PayBand', nullable: true })
  band: PayBand | null;
}

export class PositionUploadDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: Number, nullable: true })
  versionNumber: number | null;

  @ApiProperty({ type: Number, nullable: true })
  rowCount: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  processedAt: Date | null;
}

export class PositionReleaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-R2' })
  label: string;

  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt: Date;
}

export class BenchmarkPositionDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  year: number;

  @ApiProperty({
    type: PositionUploadDto,
    nullable: true,
    description: 'the enterprise’s current wage data, if any',
  })
  upload: PositionUploadDto | null;

  @ApiProperty({
    type: PositionReleaseDto,
    nullable: true,
    description: 'the latest published release, if any',
  })
  release: PositionReleaseDto | null;

  @ApiProperty({ type: [PositionItemDto] })
  items: PositionItemDto[];
}

export class PositionOptionDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ type: String, nullable: true, example: '2026-R2' })
  releaseLabel: string | null;
}

export class PositionOptionListDto {
  @ApiProperty({ type: [PositionOptionDto] })
  items: PositionOptionDto[];
}
