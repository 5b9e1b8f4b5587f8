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
import { PilotAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreatePilotApplicationDto,
  PilotApplicationDetailDto,
  PilotApplicationListDto,
  PilotQueryDto,
  PilotTransitionRequestDto,
  UpdatePilotApplicationDto,
} from './pilots.dto';
import { PilotsService } from './pilots.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { PilotExportQueryDto, pilotExport } from './pilots.export';
import { ApiFileResponse } from '../../common/http/file-routes';
import { type FileResponse } from '../../common/http/file-response';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';

@ApiTags('pilot-applications')
@ApiBearerAuth()
@Controller('pilot-applications')
export class PilotApplicationsController {
  constructor(
    private readonly service: PilotsService,
    private readonly exports: ListExportService,
  ) {}

  @Get('export')
  @Allow('pilotApplications', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The pilot applications of the list, filtered as the list, as xlsx' })
  export(@CurrentCaller() caller: Caller, @Query() query: PilotExportQueryDto): Promise<FileResponse> {
    return this.exports.export(pilotExport(this.service, caller, query));
  }

  @Get()
  @Allow('pilotApplications', 'read')
  @ApiOkResponse({ type: PilotApplicationListDto })
  @ApiOperation({
    summary: 'Pilot applications in the caller’s scope, in priority-focus order unless sorted otherwise',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: PilotQueryDto): Promise<PilotApplicationListDto> {
    return this.service.list(caller, query);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('pilotApplications', 'read')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'One application with its transition history (404 outside the scope)' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.get(caller, id);
  }

  @Post()
  @Allow('pilotApplications', 'create')
  @ApiCreatedResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'The enterprise drafts an application to a programme' })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreatePilotApplicationDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'The enterprise changes its draft or returned application' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdatePilotApplicationDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'The enterprise submits (draft or returned → submitted)' })
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.transition(caller, id, PilotAction.Submit, dto);
  }

  @Post(':id/recommend')
  @HttpCode(200)
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'The district bureau (the city for 市直) recommends (submitted → recommended)' })
  recommend(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.transition(caller, id, PilotAction.Recommend, dto);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({
    summary: 'The district bureau (the city for 市直) returns it with a reason (submitted → returned)',
  })
  return(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.transition(caller, id, PilotAction.Return, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({
    summary:
      'The city bureau approves within the region’s quota (recommended → approved); creates the 一企一策 plan',
  })
  approve(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.transition(caller, id, PilotAction.Approve, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'The city bureau rejects with a reason (recommended → rejected)' })
  reject(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.transition(caller, id, PilotAction.Reject, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({ summary: 'The enterprise withdraws before approval' })
  withdraw(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.transition(caller, id, PilotAction.Withdraw, dto);
  }

  @Post(':id/attachments')
  @Allow('pilotApplications', 'update')
  @AttachmentUpload()
  @ApiCreatedResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({
    summary:
      'The enterprise attaches files (工会意见, 职代会决议 …) while the application is a draft or returned',
  })
  addAttachments(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.addAttachments(caller, id, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @Allow('pilotApplications', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download an attachment of an application the caller may read' })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.attachment(caller, id, attachmentId);
  }

  @Delete(':id/attachments/:attachmentId')
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: PilotApplicationDetailDto })
  @ApiOperation({
    summary: 'The enterprise removes an attachment while the application is a draft or returned',
  })
  removeAttachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<PilotApplicationDetailDto> {
    return this.service.removeAttachment(caller, id, attachmentId);
  }
}
