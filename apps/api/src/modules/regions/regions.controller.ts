import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse, ApiCreatedResponse } from '@nestjs/swagger';
import { Allow } from '../../common/auth/decorators';
import { CreateRegionDto, RegionDto, RegionListDto, UpdateRegionDto } from './regions.dto';
import { RegionsService } from './regions.service';
import { IfMatch, type Precondition, VersionedWrite } from '../../common/http/concurrency';

@ApiTags('regions')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly service: RegionsService) {}

  @Get()
  @Allow('regions', 'read')
  @ApiOkResponse({ type: RegionListDto })
  @ApiOperation({ summary: 'All regions (GB/T 2260), ordered as a tree' })
  list(): Promise<RegionListDto> {
    return this.service.list();
  }

  @Post()
  @Allow('regions', 'create')
  @ApiCreatedResponse({ type: RegionDto })
  @ApiOperation({ summary: 'Add a region under a parent' })
  create(@Body() dto: CreateRegionDto): Promise<RegionDto> {
    return this.service.create(dto);
  }

  @Patch(':code')
  @VersionedWrite('code')
  @Allow('regions', 'update')
  @ApiOkResponse({ type: RegionDto })
  @ApiOperation({ summary: 'Rename a region' })
  update(
    @Param('code') code: string,
    @Body() dto: UpdateRegionDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<RegionDto> {
    return this.service.update(code, dto, precondition);
  }
}
