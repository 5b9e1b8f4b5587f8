import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { OrganisationType } from '@skillpay/domain';
import { IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { type OrganisationEntity } from './organisation.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

export class OrganisationSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '青岛市人力资源和社会保障局' })
  name: string;

  @ApiProperty({ enum: OrganisationType, enumName: 'OrganisationType' })
  type: OrganisationType;

  @ApiProperty({ example: '370200', description: 'GB/T 2260 code' })
  regionCode: string;
}

export class OrganisationDto extends OrganisationSummaryDto {
  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPerson: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPhone: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class OrganisationListDto {
  @ApiProperty({ type: [OrganisationDto] })
  items: OrganisationDto[];

  @ApiProperty()
  total: number;
}

export class OrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: OrganisationType, enumName: 'OrganisationType' })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @ApiPropertyOptional({ description: 'GB/T 2260 code; includes the regions below it' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;
}

/** Profile fields any organisation in scope may have changed by its bureau or by itself. */
export class OrganisationProfileDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contactPerson?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '0532-12345678' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/)
  contactPhone?: string | null;
}

export class CreateOrganisationDto extends OrganisationProfileDto {
  @ApiProperty()
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: OrganisationType, enumName: 'OrganisationType' })
  @IsEnum(OrganisationType)
  type: OrganisationType;

  @ApiProperty({ example: '370211' })
  @Matches(/^\d{6}$/)
  regionCode: string;
}

/** name, type and region may be changed by the system administrator only (the service enforces it) */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto, {
  skipNullProperties: false,
}) {}

export function toOrganisationSummaryDto(organisation: OrganisationEntity): OrganisationSummaryDto {
  return {
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    regionCode: organisation.regionCode,
  };
}

export function toOrganisationDto(organisation: OrganisationEntity): OrganisationDto {
  return {
    version: organisation.version,
    ...toOrganisationSummaryDto(organisation),
    regionName: organisation.region?.name ?? '',
    address: organisation.address,
    contactPerson: organisation.contactPerson,
    contactPhone: organisation.contactPhone,
    createdAt: organisation.createdAt,
    updatedAt: organisation.updatedAt,
  };
}
