import { Body, Controller, Get, HttpCode, Param, Post, Query, UploadedFiles } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ServiceRequestAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import {
  AssignServiceRequestDto,
  CreateServiceReplyDto,
  CreateServiceRequestDto,
  DepartmentOptionDto,
  RateServiceRequestDto,
  ResolveServiceRequestDto,
  ServiceDashboardDto,
  ServiceRequestDetailDto,
  ServiceRequestListDto,
  ServiceRequestQueryDto,
  ServiceRequestStepDto,
  TalentOptionDto,
  TalentOptionQueryDto,
} from './service-requests.dto';
import { ServiceRequestsService } from './service-requests.service';

@ApiTags('service-requests')
@ApiExtraModels(CreateServiceReplyDto)
@ApiBearerAuth()
@Controller('service-requests')
export class ServiceRequestsController {
  constructor(private readonly service: ServiceRequestsService) {}

  @Get('talent-options')
  @Allow('serviceRequests', 'create')
  @ApiOkResponse({ type: [TalentOptionDto] })
  @ApiOperation({
    summary: 'Confirmed talents in the caller’s scope to raise a request for (ID numbers masked)',
  })
  talentOptions(
    @CurrentCaller() caller: Caller,
    @Query() query: TalentOptionQueryDto,
  ): Promise<TalentOptionDto[]> {
    return this.service.talentOptions(caller, query);
  }

  @Get('departments')
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: [DepartmentOptionDto] })
  @ApiOperation({ summary: 'Government departments the window may assign requests to' })
  departments(@CurrentCaller() caller: Caller): Promise<DepartmentOptionDto[]> {
    return this.service.departments(caller);
  }

  @Get('dashboard')
  @Allow('serviceRequests', 'read')
  @ApiOkResponse({ type: ServiceDashboardDto })
  @ApiOperation({ summary: 'Open, overdue, median days to resolution by category and by department' })
  dashboard(@CurrentCaller() caller: Caller): Promise<ServiceDashboardDto> {
    return this.service.dashboard(caller);
  }

  @Get()
  @Allow('serviceRequests', 'read')
  @ApiOkResponse({ type: ServiceRequestListDto })
  @ApiOperation({
    summary: 'Requests in the caller’s scope (an enterprise its talents’, a district its district’s)',
  })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ServiceRequestQueryDto,
  ): Promise<ServiceRequestListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('serviceRequests', 'create')
  @VersionedRead()
  @ApiCreatedResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({
    summary: 'Raise a request for a confirmed talent; due date from the category’s service level',
  })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateServiceRequestDto,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('serviceRequests', 'read')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'A request with its replies and timeline (404 outside the scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<ServiceRequestDetailDto> {
    return this.service.get(caller, id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'The window assigns (or reassigns) the request to a government department' })
  assign(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: AssignServiceRequestDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.transition(caller, id, ServiceRequestAction.Assign, dto, precondition);
  }

  @Post(':id/start')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'The department has taken it up (assigned → in progress)' })
  start(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ServiceRequestStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.transition(caller, id, ServiceRequestAction.Start, dto, precondition);
  }

  @Post(':id/replies')
  @Allow('serviceRequests', 'update')
  @VersionedWrite()
  @AttachmentUpload(CreateServiceReplyDto)
  @ApiCreatedResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'The window records a department’s reply (date, text, files)' })
  reply(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateServiceReplyDto,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.reply(caller, id, dto, files ?? [], precondition);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({
    summary: 'The window records the outcome (in progress → resolved); the requester may rate it',
  })
  resolve(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ResolveServiceRequestDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.transition(caller, id, ServiceRequestAction.Resolve, dto, precondition);
  }

  @Post(':id/close')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'The window closes a resolved request' })
  close(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ServiceRequestStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.transition(caller, id, ServiceRequestAction.Close, dto, precondition);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'The window reopens a resolved or closed request, with a reason (→ in progress)' })
  reopen(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ServiceRequestStepDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.transition(caller, id, ServiceRequestAction.Reopen, dto, precondition);
  }

  @Post(':id/rating')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('serviceRequests', 'update')
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'The requester rates the outcome 1–5 with a comment, once, after resolution' })
  rate(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: RateServiceRequestDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.rate(caller, id, dto, precondition);
  }

  @Post(':id/attachments')
  @Allow('serviceRequests', 'update')
  @AttachmentUpload()
  @ApiCreatedResponse({ type: ServiceRequestDetailDto })
  @ApiOperation({ summary: 'Attach files to the request (the requester or the window)' })
  addAttachments(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<ServiceRequestDetailDto> {
    return this.service.addAttachments(caller, id, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @Allow('serviceRequests', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download an attachment of the request or of a department reply' })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.attachment(caller, id, attachmentId);
  }
}
