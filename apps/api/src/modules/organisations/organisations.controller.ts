import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse, ApiCreatedResponse } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateOrganisationDto,
  OrganisationDto,
  OrganisationListDto,
  OrganisationQueryDto,
  UpdateOrganisationDto,
} from './organisations.dto';
import { OrganisationsService } from './organisations.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly service: OrganisationsService) {}

  @Get()
  @Allow('organisations', 'read')
  @ApiOkResponse({ type: OrganisationListDto })
  @ApiOperation({ summary: 'Organisations in the caller’s scope' })
  list(@CurrentCaller() caller: Caller, @Query() query: OrganisationQueryDto): Promise<OrganisationListDto> {
    return this.service.list(caller, query);
  }

  @Get(':id')
  @VersionedRead()
  @ApiOkResponse({ type: OrganisationDto })
  @ApiOperation({ summary: 'One organisation (404 outside the caller’s scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<OrganisationDto> {
    return this.service.get(caller, id);
  }

  @Post()
  @Allow('organisations', 'create')
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiOperation({ summary: 'Create an organisation' })
  create(@Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @ApiOkResponse({ type: OrganisationDto })
  @ApiOperation({
    summary:
      'Change an organisation (profile fields in scope; name, type and region by the system administrator)',
  })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateOrganisationDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OrganisationDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @VersionedWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Soft-delete an organisation without accounts' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, precondition);
  }
}
