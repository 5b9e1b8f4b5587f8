import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UploadedFiles,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CaseAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import {
  CaseDetailDto,
  CaseListDto,
  CaseQueryDto,
  CaseTransitionRequestDto,
  CaseVersionDto,
  CreateCaseDto,
  UpdateCaseDto,
} from './cases.dto';
import { CaseExportQueryDto, caseExport } from './cases.export';
import { CasesService } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly service: CasesService,
    private readonly exports: ListExportService,
  ) {}

  @Get('export')
  @Allow('cases', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The cases of the list, filtered as the list, as xlsx' })
  export(@CurrentCaller() caller: Caller, @Query() query: CaseExportQueryDto): Promise<FileResponse> {
    return this.exports.export(caseExport(this.service, caller, query));
  }

  @Get()
  @Allow('cases', 'read')
  @ApiOkResponse({ type: CaseListDto })
  @ApiOperation({
    summary:
      'Case studies in the caller’s scope (bureaus: their region; an enterprise: its own; a reviewer: those assigned), newest change first',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: CaseQueryDto): Promise<CaseListDto> {
    return this.service.list(caller, query);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('cases', 'read')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiOperation({
    summary: 'One case: its current version, its versions and its history (404 outside the scope)',
  })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<CaseDetailDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/versions')
  @Allow('cases', 'read')
  @ApiOkResponse({ type: [CaseVersionDto] })
  @ApiOperation({ summary: 'Every version of a case, newest first: earlier versions stay readable' })
  versions(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<CaseVersionDto[]> {
    return this.service.versions(caller, id);
  }

  @Post()
  @Allow('cases', 'create')
  @ApiCreatedResponse({ type: CaseDetailDto })
  @ApiOperation({
    summary: 'An enterprise drafts its own case; a district bureau one about an enterprise of its district',
  })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateCaseDto): Promise<CaseDetailDto> {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('cases', 'update')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiOperation({
    summary:
      'The author changes a draft, returned or revision-requested case; the first change after a submission is a new version',
  })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateCaseDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<CaseDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @HttpCode(204)
  @VersionedWrite()
  @Allow('cases', 'delete')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'The author deletes a draft never submitted (softly)' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, precondition);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('cases', 'update')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiOperation({ summary: 'The author submits (draft, returned or revision requested → submitted)' })
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CaseTransitionRequestDto,
  ): Promise<CaseDetailDto> {
    return this.service.transition(caller, id, CaseAction.Submit, dto);
  }

  @Post(':id/endorse')
  @HttpCode(200)
  @Allow('cases', 'update')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiOperation({
    summary:
      'The district bureau (the city for 市直) endorses (推荐; submitted → endorsed); a case the district wrote is endorsed by a colleague',
  })
  endorse(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CaseTransitionRequestDto,
  ): Promise<CaseDetailDto> {
    return this.service.transition(caller, id, CaseAction.Endorse, dto);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow('cases', 'update')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiOperation({
    summary: 'The district bureau (the city for 市直) returns it with a reason (submitted → returned)',
  })
  return(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CaseTransitionRequestDto,
  ): Promise<CaseDetailDto> {
    return this.service.transition(caller, id, CaseAction.Return, dto);
  }

  @Post(':id/attachments')
  @Allow('cases', 'update')
  @AttachmentUpload()
  @ApiCreatedResponse({ type: CaseDetailDto })
  @ApiOperation({
    summary: 'The author attaches files (制度文件, 职代会决议, 照片 …) while it may edit the case',
  })
  addAttachments(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<CaseDetailDto> {
    return this.service.addAttachments(caller, id, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @Allow('cases', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download an attachment of a case the caller may read' })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.attachment(caller, id, attachmentId);
  }

  @Delete(':id/attachments/:attachmentId')
  @Allow('cases', 'update')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiOperation({ summary: 'The author removes an attachment while it may edit the case' })
  removeAttachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<CaseDetailDto> {
    return this.service.removeAttachment(caller, id, attachmentId);
  }
}
