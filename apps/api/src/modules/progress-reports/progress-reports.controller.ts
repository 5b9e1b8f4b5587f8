import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UploadedFiles } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProgressReportAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { UuidParam, VersionParam } from '../../common/http/uuid-param.pipe';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import {
  CreateProgressReportDto,
  ProgressReportDetailDto,
  ProgressReportListDto,
  ProgressReportQueryDto,
  ProgressReportReviewDto,
  UpdateProgressReportDto,
} from './progress-reports.dto';
import { ProgressReportsService } from './progress-reports.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { ProgressReportExportQueryDto, progressReportExport } from './progress-reports.export';
import { ApiFileResponse } from '../../common/http/file-routes';

@ApiTags('progress-reports')
@ApiBearerAuth()
@Controller('progress-reports')
export class ProgressReportsController {
  constructor(
    private readonly service: ProgressReportsService,
    private readonly exports: ListExportService,
  ) {}

  @Get('export')
  @Allow('progressReports', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The progress reports of the list, filtered as the list, as xlsx' })
  export(
    @CurrentCaller() caller: Caller,
    @Query() query: ProgressReportExportQueryDto,
  ): Promise<FileResponse> {
    return this.exports.export(progressReportExport(this.service, caller, query));
  }

  @Get()
  @Allow('progressReports', 'read')
  @ApiOkResponse({ type: ProgressReportListDto })
  @ApiOperation({
    summary: 'Progress reports in the caller’s scope (a district its enterprises, an enterprise its own)',
  })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ProgressReportQueryDto,
  ): Promise<ProgressReportListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('progressReports', 'create')
  @ApiCreatedResponse({ type: ProgressReportDetailDto })
  @ApiOperation({
    summary: 'A pilot enterprise drafts its report for a period; the checks run and are stored',
  })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateProgressReportDto,
  ): Promise<ProgressReportDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead('id', 'editVersion')
  @Allow('progressReports', 'read')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({
    summary: 'A report with its latest version and the list of versions (404 outside the scope)',
  })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<ProgressReportDetailDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/versions/:version')
  @Allow('progressReports', 'read')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({ summary: 'A report with one of its versions: earlier versions stay readable' })
  version(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('version', VersionParam) version: number,
  ): Promise<ProgressReportDetailDto> {
    return this.service.get(caller, id, version);
  }

  @Put(':id')
  @VersionedWrite('id', 'editVersion')
  @Allow('progressReports', 'update')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({ summary: 'The enterprise replaces the content of its draft; the checks run again' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateProgressReportDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ProgressReportDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('progressReports', 'update')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({
    summary: 'The enterprise submits its draft (draft → submitted); the reviewing bureau is told',
  })
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ProgressReportReviewDto,
  ): Promise<ProgressReportDetailDto> {
    return this.service.transition(caller, id, ProgressReportAction.Submit, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Allow('progressReports', 'update')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({
    summary:
      'The district bureau (the city for 市直) accepts, optionally with a comment (submitted → accepted)',
  })
  accept(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ProgressReportReviewDto,
  ): Promise<ProgressReportDetailDto> {
    return this.service.transition(caller, id, ProgressReportAction.Accept, dto);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow('progressReports', 'update')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({
    summary: 'The district bureau (the city for 市直) returns it with a comment (submitted → returned)',
  })
  return(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ProgressReportReviewDto,
  ): Promise<ProgressReportDetailDto> {
    return this.service.transition(caller, id, ProgressReportAction.Return, dto);
  }

  @Post(':id/revise')
  @HttpCode(200)
  @Allow('progressReports', 'update')
  @ApiOkResponse({ type: ProgressReportDetailDto })
  @ApiOperation({
    summary: 'The enterprise starts the next version of a returned report, a draft copied from it',
  })
  revise(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ProgressReportReviewDto,
  ): Promise<ProgressReportDetailDto> {
    return this.service.transition(caller, id, ProgressReportAction.Revise, dto);
  }

  @Post(':id/attachments')
  @Allow('progressReports', 'update')
  @AttachmentUpload()
  @ApiCreatedResponse({ type: ProgressReportDetailDto })
  @ApiOperation({ summary: 'Attach files (pay rules, minutes, photos) to the draft version' })
  addAttachments(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<ProgressReportDetailDto> {
    return this.service.addAttachments(caller, id, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @Allow('progressReports', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download an attachment of any version of a report the caller may read' })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.attachment(caller, id, attachmentId);
  }
}
