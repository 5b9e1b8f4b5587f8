import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { OpinionNoteAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateOpinionNoteDto,
  DeleteOpinionNoteDto,
  OpinionNoteDetailDto,
  OpinionNoteListDto,
  OpinionNoteQueryDto,
  OpinionNoteStepDto,
  OpinionStatisticsDto,
  OpinionStatisticsQueryDto,
  ResponsibleOptionDto,
  UpdateOpinionNoteDto,
} from './opinion-notes.dto';
import { OpinionNotesService } from './opinion-notes.service';

@ApiTags('opinion-notes')
@ApiBearerAuth()
@Controller('opinion-notes')
export class OpinionNotesController {
  constructor(private readonly service: OpinionNotesService) {}

  @Get('statistics')
  @Allow('opinionNotes', 'read')
  @ApiOkResponse({ type: OpinionStatisticsDto })
  @ApiOperation({ summary: 'Counts by topic, sentiment, month and status in the caller’s scope' })
  statistics(
    @CurrentCaller() caller: Caller,
    @Query() query: OpinionStatisticsQueryDto,
  ): Promise<OpinionStatisticsDto> {
    return this.service.statistics(caller, query);
  }

  @Get('responsible-options')
  @Allow('opinionNotes', 'create')
  @ApiOkResponse({ type: [ResponsibleOptionDto] })
  @ApiOperation({ summary: 'Bureaus the caller may name responsible (the city: itself and its districts)' })
  responsibleOptions(@CurrentCaller() caller: Caller): Promise<ResponsibleOptionDto[]> {
    return this.service.responsibleOptions(caller);
  }

  @Get()
  @Allow('opinionNotes', 'read')
  @ApiOkResponse({ type: OpinionNoteListDto })
  @ApiOperation({
    summary: 'Notes in the caller’s scope, newest first (a district: its own and those assigned to it)',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: OpinionNoteQueryDto): Promise<OpinionNoteListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('opinionNotes', 'create')
  @VersionedRead()
  @ApiCreatedResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({
    summary: 'Record a note; the recording bureau is responsible unless the city names a district',
  })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateOpinionNoteDto): Promise<OpinionNoteDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('opinionNotes', 'read')
  @ApiOkResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({ summary: 'A note with its steps and edits (404 outside the scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<OpinionNoteDetailDto> {
    return this.service.get(caller, id);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('opinionNotes', 'update')
  @ApiOkResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({
    summary: 'Edit a monitored or responding note (the earlier content is kept as a revision)',
  })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateOpinionNoteDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OpinionNoteDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @HttpCode(204)
  @VersionedWrite()
  @Allow('opinionNotes', 'delete')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Delete a note softly, with a reason (its recorder or the city bureau)' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: DeleteOpinionNoteDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, dto, precondition);
  }

  @Post(':id/take')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('opinionNotes', 'update')
  @ApiOkResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({
    summary: 'The responsible unit takes the note up with the agreed explanation (→ responding)',
  })
  take(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: OpinionNoteStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OpinionNoteDetailDto> {
    return this.service.transition(caller, id, OpinionNoteAction.Take, dto, precondition);
  }

  @Post(':id/respond')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('opinionNotes', 'update')
  @ApiOkResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({
    summary: 'The responsible unit records the response given: text, date, channel (→ responded)',
  })
  respond(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: OpinionNoteStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OpinionNoteDetailDto> {
    return this.service.transition(caller, id, OpinionNoteAction.Respond, dto, precondition);
  }

  @Post(':id/close')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('opinionNotes', 'update')
  @ApiOkResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({ summary: 'The responsible unit closes a responded note' })
  close(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: OpinionNoteStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OpinionNoteDetailDto> {
    return this.service.transition(caller, id, OpinionNoteAction.Close, dto, precondition);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('opinionNotes', 'update')
  @ApiOkResponse({ type: OpinionNoteDetailDto })
  @ApiOperation({ summary: 'The responsible unit reopens a closed note, with a reason (→ responding)' })
  reopen(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: OpinionNoteStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OpinionNoteDetailDto> {
    return this.service.transition(caller, id, OpinionNoteAction.Reopen, dto, precondition);
  }
}
