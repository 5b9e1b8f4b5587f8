import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TalentListAction, TalentListAudience } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { XLSX_CONTENT_TYPE } from './talent-list-export';
import {
  CreateTalentListDto,
  DepartmentTalentListEntryListDto,
  DiscardTalentListDto,
  ReviewTalentListDto,
  TalentListDetailDto,
  TalentListEntryQueryDto,
  TalentListExportQueryDto,
  TalentListListDto,
  TalentListQueryDto,
} from './talent-lists.dto';
import { TalentListsService } from './talent-lists.service';

@ApiTags('talent-lists')
@ApiBearerAuth()
@Controller('talent-lists')
export class TalentListsController {
  constructor(private readonly service: TalentListsService) {}

  @Get()
  @Allow('talentLists', 'read')
  @ApiOkResponse({ type: TalentListListDto })
  @ApiOperation({
    summary: 'Editions of the caller’s city (the city bureau: drafts too; districts: published)',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: TalentListQueryDto): Promise<TalentListListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('talentLists', 'create')
  @ApiCreatedResponse({ type: TalentListDetailDto })
  @ApiOperation({
    summary:
      'The city bureau snapshots its confirmed talents into a draft edition (one under review at a time)',
  })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateTalentListDto): Promise<TalentListDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @Allow('talentLists', 'read')
  @ApiOkResponse({ type: TalentListDetailDto })
  @ApiOperation({ summary: 'One edition with its filters (occupations, honours) and open steps' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<TalentListDetailDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/entries')
  @Allow('talentLists', 'read')
  @ApiOkResponse({ type: DepartmentTalentListEntryListDto })
  @ApiOperation({
    summary:
      'The departments’ edition: names, gender, age band, district, roles, treatments (no amounts, no ID)',
  })
  entries(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: TalentListEntryQueryDto,
  ): Promise<DepartmentTalentListEntryListDto> {
    return this.service.entries(caller, id, query);
  }

  @Get(':id/export.xlsx')
  @Allow('talentLists', 'read')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'the edition for the chosen audience, printable')
  @ApiOperation({
    summary: 'The edition as xlsx: the departments’ (default) or the public one (某某 without consent)',
  })
  export(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: TalentListExportQueryDto,
  ): Promise<FileResponse> {
    return this.service.export(caller, id, query.audience ?? TalentListAudience.Departments);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Allow('talentLists', 'update')
  @ApiOkResponse({ type: TalentListDetailDto })
  @ApiOperation({ summary: 'A second person of the city bureau reviews the draft (draft → reviewed)' })
  review(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ReviewTalentListDto,
  ): Promise<TalentListDetailDto> {
    return this.service.transition(caller, id, TalentListAction.Review, dto.comment);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Allow('talentLists', 'update')
  @ApiOkResponse({ type: TalentListDetailDto })
  @ApiOperation({ summary: 'Publish a reviewed edition under the year’s next number; immutable afterwards' })
  publish(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<TalentListDetailDto> {
    return this.service.transition(caller, id, TalentListAction.Publish, null);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @Allow('talentLists', 'update')
  @ApiOkResponse({ type: TalentListDetailDto })
  @ApiOperation({ summary: 'Drop an unpublished edition, with an optional reason' })
  discard(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: DiscardTalentListDto,
  ): Promise<TalentListDetailDto> {
    return this.service.transition(caller, id, TalentListAction.Discard, dto.reason);
  }
}
