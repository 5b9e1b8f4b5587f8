import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { TalentOptionDto, TalentOptionQueryDto } from '../service-requests/service-requests.dto';
import {
  CoverageDto,
  CoverageQueryDto,
  CreateTalentContactDto,
  TalentContactDto,
  TalentContactListDto,
  TalentContactQueryDto,
  UpdateTalentContactDto,
} from './talent-contacts.dto';
import { TalentContactsService } from './talent-contacts.service';

@ApiTags('talent-contacts')
@ApiBearerAuth()
@Controller('talent-contacts')
export class TalentContactsController {
  constructor(private readonly service: TalentContactsService) {}

  @Get('talent-options')
  @Allow('talentContacts', 'create')
  @ApiOkResponse({ type: [TalentOptionDto] })
  @ApiOperation({
    summary: 'Confirmed talents in the caller’s scope to record a contact with (ID numbers masked)',
  })
  talentOptions(
    @CurrentCaller() caller: Caller,
    @Query() query: TalentOptionQueryDto,
  ): Promise<TalentOptionDto[]> {
    return this.service.talentOptions(caller, query);
  }

  @Get('coverage')
  @Allow('talentContacts', 'read')
  @ApiOkResponse({ type: CoverageDto })
  @ApiOperation({
    summary: 'Confirmed talents in the scope not contacted in the month (at least monthly), with counts',
  })
  coverage(@CurrentCaller() caller: Caller, @Query() query: CoverageQueryDto): Promise<CoverageDto> {
    return this.service.coverage(caller, query);
  }

  @Get()
  @Allow('talentContacts', 'read')
  @ApiOkResponse({ type: TalentContactListDto })
  @ApiOperation({ summary: 'Contacts with talents in the caller’s scope, newest first' })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: TalentContactQueryDto,
  ): Promise<TalentContactListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('talentContacts', 'create')
  @VersionedRead()
  @ApiCreatedResponse({ type: TalentContactDto })
  @ApiOperation({ summary: 'Record a contact; optionally raise its follow-up as a linked service request' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateTalentContactDto): Promise<TalentContactDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('talentContacts', 'read')
  @ApiOkResponse({ type: TalentContactDto })
  @ApiOperation({ summary: 'A contact record (404 outside the scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<TalentContactDto> {
    return this.service.get(caller, id);
  }

  @Put(':id')
  @VersionedWrite()
  @Allow('talentContacts', 'update')
  @ApiOkResponse({ type: TalentContactDto })
  @ApiOperation({ summary: 'Correct a contact record' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateTalentContactDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<TalentContactDto> {
    return this.service.update(caller, id, dto, precondition);
  }
}
