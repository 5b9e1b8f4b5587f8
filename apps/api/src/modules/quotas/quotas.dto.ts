import { ApiProperty } from '@nestjs/swagger';
import { MAX_PILOT_QUOTA } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';

export class QuotaDto {
  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ description: 'the city itself: quota of the city-direct enterprises (市直企业)' })
  cityDirect: boolean;

  @ApiProperty()
  quota: number;

  @ApiProperty({ description: 'no row for this region yet: the default applies' })
  isDefault: boolean;

  @ApiProperty({ description: 'approved pilots' })
  used: number;

  @ApiProperty()
  remaining: number;

  @ApiProperty({ description: 'recommended and waiting for the city’s decision' })
  pending: number;
}

export class QuotaListDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'the programme’s version (its quotas are part of it): send `"<programmeId>:<programmeVersion>"` as If-Match when setting quotas',
  })
  programmeVersion: number;

  @ApiProperty({ type: [QuotaDto] })
  items: QuotaDto[];
}

export class QuotaInputDto {
  @ApiProperty({ example: '370211' })
  @Matches(/^\d{6}$/)
  regionCode: string;

  @ApiProperty({ minimum: 0, maximum: MAX_PILOT_QUOTA })
  @IsInt()
  @Min(0)
  @Max(MAX_PILOT_QUOTA)
  quota: number;
}

export class UpdateQuotasDto {
  @ApiProperty({ type: [QuotaInputDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuotaInputDto)
  quotas: QuotaInputDto[];
}
