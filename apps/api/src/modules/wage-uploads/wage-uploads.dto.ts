import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PostCategory, WAGE_SKILL_LEVELS, WageUploadStatus } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';

/** Wage years accepted: from 2000 up to the current year. */
export const FIRST_WAGE_YEAR = 2000;

/** The form fields of `POST /api/wage-uploads` besides the file. */
export class CreateWageUploadDto {
  @ApiProperty({ format: 'uuid', description: 'a programme in which the enterprise is an approved pilot' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 2026, description: 'the pay year the data describes' })
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_WAGE_YEAR)
  @Max(2100)
  year: number;
}

export class WageUploadQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_WAGE_YEAR)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ enum: WageUploadStatus, enumName: 'WageUploadStatus' })
  @IsOptional()
  @IsEnum(WageUploadStatus)
  status?: WageUploadStatus;
}

export class WageUploadEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;
}

export class WageUploadDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ type: WageUploadEnterpriseDto })
  enterprise: WageUploadEnterpriseDto;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: 'integer', nullable: true, description: '1, 2, 3 … once stored' })
  versionNumber: number | null;

  @ApiProperty({ enum: WageUploadStatus, enumName: 'WageUploadStatus' })
  status: WageUploadStatus;

  @ApiProperty()
  fileName: string;

  @ApiProperty({ description: 'bytes' })
  size: number;

  @ApiProperty({ description: '0–100 while validating' })
  progress: number;

  @ApiProperty({ type: 'integer', nullable: true })
  rowCount: number | null;

  @ApiProperty()
  errorCount: number;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the version that replaced this one',
  })
  supersededBy: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  supersededByVersion: number | null;

  @ApiProperty({ description: 'the enterprise itself may download the file and read its rows' })
  ownUpload: boolean;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  processedAt: Date | null;
}

export class WageUploadListDto {
  @ApiProperty({ type: [WageUploadDto] })
  items: WageUploadDto[];

  @ApiProperty()
  total: number;
}

export class WageUploadErrorDto {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'row in the file; null for the file as a whole',
  })
  row: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'column key, e.g. employeeRef' })
  column: string | null;

  @ApiProperty({ description: 'the column’s header in the caller’s language' })
  columnLabel: string;

  @ApiProperty()
  value: string;

  @ApiProperty()
  code: string;

  @ApiProperty({ description: 'in the caller’s language' })
  message: string;
}

export class WageUploadErrorListDto {
  @ApiProperty({ type: [WageUploadErrorDto] })
  items: WageUploadErrorDto[];

  @ApiProperty({ description: 'errors in the list' })
  total: number;

  @ApiProperty({ description: 'every error found (the list keeps the first 20,000)' })
  errorCount: number;
}

export class WageRowDto {
  @ApiProperty()
  rowNumber: number;

  @ApiProperty()
  employeeRef: string;

  @ApiProperty({ example: '6-18-01-01' })
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true })
  occupationName: string | null;

  @ApiProperty({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  skillLevel: string;

  @ApiProperty({ enum: PostCategory, enumName: 'PostCategory' })
  postCategory: PostCategory;

  @ApiProperty()
  monthsWorked: number;

  @ApiProperty()
  basePay: number;

  @ApiProperty()
  postPay: number;

  @ApiProperty()
  performancePay: number;

  @ApiProperty()
  allowances: number;

  @ApiProperty()
  otherPay: number;

  @ApiProperty({ description: 'sum of the components' })
  totalPay: number;
}

export class WageRowListDto {
  @ApiProperty({ type: [WageRowDto] })
  items: WageRowDto[];

  @ApiProperty()
  total: number;
}

export class WageSummaryCellDto {
  @ApiProperty({ example: '6-18-01-01' })
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true })
  occupationName: string | null;

  @ApiProperty({ enum: WAGE_SKILL_LEVELS, enumName: 'WageSkillLevel' })
  skillLevel: string;

  @ApiProperty()
  employees: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean annual pay as paid; withheld for bureaus below 3 employees',
  })
  meanPay: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean of pay ÷ months worked × 12, as benchmarks count it; withheld like meanPay',
  })
  meanAnnualisedPay: number | null;
}

export class WageUploadSummaryDto {
  @ApiProperty({ format: 'uuid' })
  uploadId: string;

  @ApiProperty()
  employees: number;

  @ApiProperty({ type: [WageSummaryCellDto] })
  cells: WageSummaryCellDto[];

  @ApiProperty({
    description: 'cells with fewer employees show no pay to bureaus (one person’s pay would be visible)',
  })
  minEmployeesForPay: number;
}
