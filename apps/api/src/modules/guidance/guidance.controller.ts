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
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import {
  CreateGuidanceActivityDto,
  GuidanceActivityDto,
  GuidanceActivityListDto,
  GuidanceQueryDto,
  UpdateGuidanceActivityDto,
} from './guidance.dto';
import { GuidanceService } from './guidance.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { GuidanceExportQueryDto, guidanceExport } from './guidance.export';
import { ApiFileResponse } from '../../common/http/file-routes';

@ApiTags('guidance-activities')
@ApiBearerAuth()
@Controller('guidance-activities')
export class GuidanceController {
  constructor(
    private readonly service: GuidanceService,
    private readonly exports: ListExportService,
  ) {}

  @Get('export')
  @Allow('guidance', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The guidance activities of the list, filtered as the list, as xlsx' })
  export(@CurrentCaller() caller: Caller, @Query() query: GuidanceExportQueryDto): Promise<FileResponse> {
    return this.exports.export(guidanceExport(this.service, caller, query));
  }

  @Get()
  @Allow('guidance', 'read')
  @ApiOkResponse({ type: GuidanceActivityListDto })
  @ApiOperation({
    summary: 'Guidance activities: a bureau’s region, or those an enterprise took part in',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: GuidanceQueryDto): Promise<GuidanceActivityListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('guidance', 'create')
  @ApiCreatedResponse({ type: GuidanceActivityDto })
  @ApiOperation({ summary: 'Record a guidance activity of the caller’s bureau' })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateGuidanceActivityDto,
  ): Promise<GuidanceActivityDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('guidance', 'read')
  @ApiOkResponse({ type: GuidanceActivityDto })
  @ApiOperation({ summary: 'One activity with its attachments (404 outside the caller’s scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<GuidanceActivityDto> {
    return this.service.get(caller, id);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('guidance', 'update')
  @ApiOkResponse({ type: GuidanceActivityDto })
  @ApiOperation({ summary: 'Change an activity' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateGuidanceActivityDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<GuidanceActivityDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @VersionedWrite()
  @Allow('guidance', 'update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an activity (soft delete)' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, precondition);
  }

  @Post(':id/attachments')
  @Allow('guidance', 'update')
  @AttachmentUpload()
  @ApiCreatedResponse({ type: GuidanceActivityDto })
  @ApiOperation({ summary: 'Attach files (sign-in sheets, photos, minutes) to an activity' })
  addAttachments(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<GuidanceActivityDto> {
    return this.service.addAttachments(caller, id, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @Allow('guidance', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download an attachment of an activity the caller may read' })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.attachment(caller, id, attachmentId);
  }
}
