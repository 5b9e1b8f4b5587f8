import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SkillLevel } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class TalentStatisticsQueryDto {
  @ApiPropertyOptional({ description: 'the year ages are counted in (default: this year)', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2018)
  @Max(2100)
  year?: number;
}

/** One bar of a breakdown: a key, its label in both languages and the number of talents. */
export class TalentCountDto {
  @ApiProperty({ example: 'may-day-medal' })
  key: string;

  @ApiProperty({ example: '全国五一劳动奖章' })
  label: string;

  @ApiProperty({ type: String, nullable: true, example: 'National May Day Labour Medal' })
  labelEn: string | null;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export class TalentStatisticsDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty({ type: 'integer', description: 'confirmed talents in the caller’s region' })
  total: number;

  @ApiProperty({ type: [TalentCountDto], description: 'a talent with two honours counts under each' })
  byHonour: TalentCountDto[];

  @ApiProperty({
    type: [TalentCountDto],
    description: 'by the industry section (GB/T 4754) of the enterprise',
  })
  byIndustry: TalentCountDto[];

  @ApiProperty({ type: [TalentCountDto] })
  byDistrict: TalentCountDto[];

  @ApiProperty({ type: [TalentCountDto], description: `keys: ${Object.values(SkillLevel).join(', ')}` })
  bySkillLevel: TalentCountDto[];

  @ApiProperty({ type: [TalentCountDto], description: 'TALENT_AGE_BANDS, every band listed' })
  byAgeBand: TalentCountDto[];
}
