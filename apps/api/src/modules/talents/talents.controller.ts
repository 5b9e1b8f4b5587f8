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
import { TalentAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import {
  CreateTalentDto,
  HonourOptionDto,
  TalentDetailDto,
  TalentHistoryDto,
  TalentPageDto,
  TalentQueryDto,
  TalentTransferDto,
  TalentTransitionRequestDto,
  UpdateTalentDto,
} from './talents.dto';
import { TalentsService } from './talents.service';

/** 高技能领军人才库: the records, their workflow, their yearly reconfirmation and their moves. */
@ApiTags('talents')
@ApiBearerAuth()
@Controller('talents')
export class TalentsController {
  constructor(private readonly service: TalentsService) {}

  @Get('honour-options')
  @Allow('talents', 'read')
  @ApiOkResponse({ type: [HonourOptionDto] })
  @ApiOperation({ summary: 'The honours a record can name (the reference table), qualifying ones marked' })
  honourOptions(): Promise<HonourOptionDto[]> {
    return this.service.honourOptions();
  }

  @Get()
  @Allow('talents', 'read')
  @ApiOkResponse({ type: TalentPageDto })
  @ApiOperation({
    summary:
      'Talent records in the caller’s scope (bureaus: their region; an enterprise: its own), newest change first; ID numbers masked',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: TalentQueryDto): Promise<TalentPageDto> {
    return this.service.list(caller, query);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('talents', 'read')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({ summary: 'One record (every read is audited; 404 outside the scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<TalentDetailDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/history')
  @Allow('talents', 'read')
  @ApiOkResponse({ type: TalentHistoryDto })
  @ApiOperation({
    summary: 'Where the talent worked, the workflow steps with their reasons, the confirmations',
  })
  history(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<TalentHistoryDto> {
    return this.service.history(caller, id);
  }

  @Post()
  @Allow('talents', 'create')
  @ApiCreatedResponse({ type: TalentDetailDto })
  @ApiOperation({
    summary:
      'An enterprise registers its own employee; a district bureau one of an enterprise of its district',
  })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateTalentDto): Promise<TalentDetailDto> {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({ summary: 'The registering organisation changes a draft or returned record' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateTalentDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<TalentDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @HttpCode(204)
  @VersionedWrite()
  @Allow('talents', 'delete')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'The registering organisation deletes a draft (softly)' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, precondition);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({
    summary:
      'The registering organisation submits (draft or returned → submitted); each honour needs its certificate',
  })
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: TalentTransitionRequestDto,
  ): Promise<TalentDetailDto> {
    return this.service.transition(caller, id, TalentAction.Submit, dto);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({
    summary:
      'The district bureau (the city for 市直) verifies against the certificates (submitted → verified)',
  })
  verify(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: TalentTransitionRequestDto,
  ): Promise<TalentDetailDto> {
    return this.service.transition(caller, id, TalentAction.Verify, dto);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({ summary: 'The district bureau returns it with a reason (submitted → returned)' })
  return(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: TalentTransitionRequestDto,
  ): Promise<TalentDetailDto> {
    return this.service.transition(caller, id, TalentAction.Return, dto);
  }

  @Post(':id/city-return')
  @HttpCode(200)
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({ summary: 'The city bureau returns a verified record with a reason (verified → returned)' })
  cityReturn(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: TalentTransitionRequestDto,
  ): Promise<TalentDetailDto> {
    return this.service.transition(caller, id, TalentAction.CityReturn, dto);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({
    summary:
      'The city confirms a verified record into the database (needs a qualifying honour: 400 naming `honours`); a record already in it is reconfirmed by its enterprise or district bureau (yearly check)',
  })
  confirm(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<TalentDetailDto> {
    return this.service.confirm(caller, id);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({
    summary: 'A bureau records a move to another enterprise of its region: the affiliation history is kept',
  })
  transfer(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: TalentTransferDto,
  ): Promise<TalentDetailDto> {
    return this.service.transfer(caller, id, dto);
  }

  @Post(':id/honours/:honourEntryId/certificates')
  @Allow('talents', 'update')
  @AttachmentUpload()
  @ApiCreatedResponse({ type: TalentDetailDto })
  @ApiOperation({ summary: 'The registering organisation uploads the certificate of one honour' })
  addCertificates(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('honourEntryId', UuidParam) honourEntryId: string,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<TalentDetailDto> {
    return this.service.addCertificates(caller, id, honourEntryId, files ?? []);
  }

  @Get(':id/certificates/:attachmentId')
  @Allow('talents', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download a certificate of a record the caller may read' })
  certificate(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.certificate(caller, id, attachmentId);
  }

  @Delete(':id/certificates/:attachmentId')
  @Allow('talents', 'update')
  @ApiOkResponse({ type: TalentDetailDto })
  @ApiOperation({
    summary: 'The registering organisation removes a certificate while it may edit the record',
  })
  removeCertificate(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<TalentDetailDto> {
    return this.service.removeCertificate(caller, id, attachmentId);
  }
}
