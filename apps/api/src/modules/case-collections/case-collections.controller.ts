import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { DOCX_CONTENT_TYPE } from './case-collection.mapping';
import {
  CaseCollectionDetailDto,
  CaseCollectionListDto,
  CaseCollectionQueryDto,
  CollectionCandidateListDto,
  CreateCaseCollectionDto,
  UpdateCaseCollectionDto,
} from './case-collections.dto';
import { CaseCollectionsService } from './case-collections.service';

@ApiTags('case-collections')
@ApiBearerAuth()
@Controller('case-collections')
export class CaseCollectionsController {
  constructor(private readonly service: CaseCollectionsService) {}

  @Get()
  @Allow('caseCollections', 'read')
  @ApiOkResponse({ type: CaseCollectionListDto })
  @ApiOperation({ summary: 'Editions of the caller’s city (drafts first, then newest published)' })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: CaseCollectionQueryDto,
  ): Promise<CaseCollectionListDto> {
    return this.service.list(caller, query);
  }

  @Get('candidates')
  @Allow('caseCollections', 'create')
  @ApiOkResponse({ type: CollectionCandidateListDto })
  @ApiOperation({ summary: 'The city’s selected cases, which an edition may take in' })
  candidates(@CurrentCaller() caller: Caller): Promise<CollectionCandidateListDto> {
    return this.service.candidates(caller);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('caseCollections', 'read')
  @ApiOkResponse({ type: CaseCollectionDetailDto })
  @ApiOperation({ summary: 'One edition with its cases in order (404 outside the city)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<CaseCollectionDetailDto> {
    return this.service.get(caller, id);
  }

  @Post()
  @Allow('caseCollections', 'create')
  @ApiCreatedResponse({ type: CaseCollectionDetailDto })
  @ApiOperation({
    summary:
      'The city bureau starts an edition; with correctsId, a correction of a published one (its cases copied)',
  })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateCaseCollectionDto,
  ): Promise<CaseCollectionDetailDto> {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('caseCollections', 'update')
  @ApiOkResponse({ type: CaseCollectionDetailDto })
  @ApiOperation({
    summary: 'Title, foreword, and the cases in order with editor’s notes, while a draft (published → 409)',
  })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateCaseCollectionDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<CaseCollectionDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @VersionedWrite()
  @Allow('caseCollections', 'delete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft edition (soft); a published one stays (409)' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, precondition);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('caseCollections', 'update')
  @ApiOkResponse({ type: CaseCollectionDetailDto })
  @ApiOperation({
    summary:
      'Publish: the edition becomes immutable and public, its cases are published, their enterprises and districts notified',
  })
  publish(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<CaseCollectionDetailDto> {
    return this.service.publish(caller, id, precondition);
  }

  @Get(':id/docx')
  @Allow('caseCollections', 'read')
  @ApiFileResponse(DOCX_CONTENT_TYPE, '案例汇编: cover, contents, a section per case with its figures')
  @ApiOperation({ summary: 'The edition as a Word document (a draft too, to proofread)' })
  docx(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.docx(caller, id);
  }
}
