import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FootnoteCode } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CellFilterDto, CellPlaceDto, MethodNoteDto } from '../benchmark-releases/benchmark-releases.dto';

export class PublicBenchmarkQueryDto extends CellFilterDto {
  @ApiPropertyOptional({ example: 2026, description: 'the pay year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'a published release (an earlier one, too); by default the latest release of each programme and year',
  })
  @IsOptional()
  @IsUUID()
  releaseId?: string;
}

/** The same filters without paging, for the downloads. */
export class PublicExportQueryDto extends PublicBenchmarkQueryDto {}

export class PublicMethodQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'one published release; by default every latest release',
  })
  @IsOptional()
  @IsUUID()
  releaseId?: string;
}

/**
 * A published cell. A withheld cell has `footnote` set and every figure null — pay, employees and
 * enterprises alike — so nothing about it can be read or recovered.
 */
export class PublicBenchmarkCellDto extends CellPlaceDto {
  @ApiProperty({ format: 'uuid' })
  releaseId: string;

  @ApiProperty({ example: 2 })
  releaseNumber: number;

  @ApiProperty({ example: '2026-R2' })
  releaseLabel: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ description: 'on the city’s 急需紧缺 (urgently needed) occupation list' })
  urgentlyNeeded: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'annual pay, yuan' })
  p10: number | null;

  @ApiProperty({ type: Number, nullable: true })
  p25: number | null;

  @ApiProperty({ type: Number, nullable: true })
  p50: number | null;

  @ApiProperty({ type: Number, nullable: true })
  p75: number | null;

  @ApiProperty({ type: Number, nullable: true })
  p90: number | null;

  @ApiProperty({ type: Number, nullable: true })
  mean: number | null;

  @ApiProperty({ type: Number, nullable: true })
  employees: number | null;

  @ApiProperty({ type: Number, nullable: true })
  enterprises: number | null;

  @ApiProperty({ enum: FootnoteCode, enumName: 'FootnoteCode', nullable: true })
  footnote: FootnoteCode | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-R1',
    description:
      'set when the cell shows the figures of that earlier release: publishing its change since then would reveal withheld data',
  })
  carriedFrom: string | null;
}

export class PublicBenchmarkListDto {
  @ApiProperty({ type: [PublicBenchmarkCellDto] })
  items: PublicBenchmarkCellDto[];

  @ApiProperty()
  total: number;
}

export class PublicReleaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-R2' })
  label: string;

  @ApiProperty()
  releaseNumber: number;

  @ApiProperty()
  year: number;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty({ example: 'Qingdao' })
  regionNameEn: string;

  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt: Date;

  @ApiProperty()
  enterpriseCount: number;

  @ApiProperty()
  employeeCount: number;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ description: 'the release the public pages serve for its programme and year' })
  latest: boolean;
}

export class PublicReleaseListDto {
  @ApiProperty({ type: [PublicReleaseDto] })
  items: PublicReleaseDto[];
}

export class LabelsDto {
  @ApiProperty()
  zhCN: string;

  @ApiProperty()
  en: string;
}

export class FootnoteExplanationDto {
  @ApiProperty({ enum: FootnoteCode, enumName: 'FootnoteCode' })
  code: FootnoteCode;

  @ApiProperty({ type: LabelsDto })
  label: LabelsDto;

  @ApiProperty({ type: LabelsDto })
  explanation: LabelsDto;
}

export class PublicMethodNoteDto {
  @ApiProperty({ format: 'uuid' })
  releaseId: string;

  @ApiProperty({ example: '2026-R2' })
  label: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ type: MethodNoteDto })
  methodNote: MethodNoteDto;
}

export class PublicMethodDto {
  @ApiProperty({ type: [PublicMethodNoteDto] })
  items: PublicMethodNoteDto[];

  @ApiProperty({ type: [FootnoteExplanationDto] })
  footnotes: FootnoteExplanationDto[];
}

export class PublicRegionDto {
  @ApiProperty({ example: '370211' })
  code: string;

  @ApiProperty({ example: '黄岛区' })
  name: string;

  @ApiProperty({ example: 'Huangdao' })
  nameEn: string;

  @ApiProperty({ description: 'the city roll-up rather than a district' })
  city: boolean;
}

export class PublicFiltersDto {
  @ApiProperty({ type: [Number], description: 'years with a published release, newest first' })
  years: number[];

  @ApiProperty({ type: [PublicRegionDto], description: 'regions with published cells, the city first' })
  regions: PublicRegionDto[];
}
