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
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiExtraModels,
} from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { FileResponse } from '../../common/http/file-response';
import { ApiFileResponse, XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import { buildLedgerWorkbook } from './ledger-workbook';
import {
  CreateMeasureDto,
  CreatePhaseDto,
  CreateProgrammeDto,
  CreateTaskDto,
  CreateTaskUpdateDto,
  CreateWorkingGroupMemberDto,
  MeasureDto,
  PhaseDto,
  ProgrammeDto,
  ProgrammeListDto,
  ProgrammeQueryDto,
  ProgrammeTemplateDto,
  ProgressMatrixDto,
  RoadmapDto,
  TaskDto,
  TaskQueryDto,
  TaskUpdateDto,
  UpdatePhaseDto,
  UpdateProgrammeDto,
  UpdateTaskDto,
  UpdateWorkingGroupMemberDto,
  WorkingGroupMemberDto,
} from './programmes.dto';
import { TEMPLATE_DTOS } from './programmes.mapper';
import { ProgrammesService } from './programmes.service';
import { OrganisationSummaryDto } from '../organisations/organisations.dto';

@ApiTags('programmes')
@ApiBearerAuth()
@ApiExtraModels(CreateTaskUpdateDto)
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly service: ProgrammesService) {}

  @Get('templates')
  @Allow('programmes', 'create')
  @ApiOkResponse({ type: [ProgrammeTemplateDto] })
  @ApiOperation({ summary: 'Templates a programme can start from (Qingdao 2021, Lüliang 2023)' })
  templates(): ProgrammeTemplateDto[] {
    return TEMPLATE_DTOS();
  }

  @Get()
  @Allow('programmes', 'read')
  @ApiOkResponse({ type: ProgrammeListDto })
  @ApiOperation({ summary: 'Programmes on the caller’s branch of the region tree' })
  list(@CurrentCaller() caller: Caller, @Query() query: ProgrammeQueryDto): Promise<ProgrammeListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('programmes', 'create')
  @ApiCreatedResponse({ type: ProgrammeDto })
  @ApiOperation({ summary: 'Create a programme for the caller’s city, blank or from a template' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @Allow('programmes', 'read')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiOperation({ summary: 'One programme with its phases and measures (404 outside the caller’s scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<ProgrammeDto> {
    return this.service.get(caller, id);
  }

  @Patch(':id')
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiOperation({ summary: 'Change document information or status (draft → active → closed)' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateProgrammeDto,
  ): Promise<ProgrammeDto> {
    return this.service.update(caller, id, dto);
  }

  @Post(':id/phases')
  @Allow('programmes', 'update')
  @ApiCreatedResponse({ type: PhaseDto })
  @ApiOperation({ summary: 'Add a phase (dates may overlap other phases)' })
  addPhase(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreatePhaseDto,
  ): Promise<PhaseDto> {
    return this.service.addPhase(caller, id, dto);
  }

  @Patch(':id/phases/:phaseId')
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: PhaseDto })
  @ApiOperation({ summary: 'Rename a phase or move its dates' })
  updatePhase(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('phaseId', UuidParam) phaseId: string,
    @Body() dto: UpdatePhaseDto,
  ): Promise<PhaseDto> {
    return this.service.updatePhase(caller, id, phaseId, dto);
  }

  @Post(':id/measures')
  @Allow('programmes', 'update')
  @ApiCreatedResponse({ type: MeasureDto })
  @ApiOperation({ summary: 'Add a measure for a target group' })
  addMeasure(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateMeasureDto,
  ): Promise<MeasureDto> {
    return this.service.addMeasure(caller, id, dto);
  }

  @Get(':id/responsible-candidates')
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: [OrganisationSummaryDto] })
  @ApiOperation({ summary: 'Organisations of the programme’s city that can be responsible for tasks' })
  responsibleCandidates(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<OrganisationSummaryDto[]> {
    return this.service.responsibleCandidates(caller, id);
  }

  @Get(':id/tasks')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: [TaskDto] })
  @ApiOperation({ summary: 'The ledger (工作台账); `mine=true` for the caller’s own tasks' })
  tasks(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: TaskQueryDto,
  ): Promise<TaskDto[]> {
    return this.service.tasks(caller, id, query);
  }

  @Post(':id/tasks')
  @Allow('tasks', 'create')
  @ApiCreatedResponse({ type: TaskDto })
  @ApiOperation({ summary: 'Add a task under a phase or a measure' })
  createTask(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateTaskDto,
  ): Promise<TaskDto> {
    return this.service.createTask(caller, id, dto);
  }

  @Patch(':id/tasks/:taskId')
  @Allow('tasks', 'create')
  @ApiOkResponse({ type: TaskDto })
  @ApiOperation({ summary: 'Change a task (the city bureau)' })
  updateTask(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskDto> {
    return this.service.updateTask(caller, id, taskId, dto);
  }

  @Delete(':id/tasks/:taskId')
  @Allow('tasks', 'create')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a task from the ledger (soft delete)' })
  removeTask(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
  ): Promise<void> {
    return this.service.removeTask(caller, id, taskId);
  }

  @Get(':id/tasks/:taskId/updates')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: [TaskUpdateDto] })
  @ApiOperation({
    summary: 'Progress reports on a task: all for the city bureau, its own for a responsible bureau',
  })
  taskUpdates(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
  ): Promise<TaskUpdateDto[]> {
    return this.service.taskUpdates(caller, id, taskId);
  }

  @Post(':id/tasks/:taskId/updates')
  @Allow('tasks', 'update')
  @AttachmentUpload(CreateTaskUpdateDto)
  @ApiCreatedResponse({ type: TaskUpdateDto })
  @ApiOperation({ summary: 'Report progress on a task the caller’s organisation is responsible for' })
  reportProgress(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
    @Body() dto: CreateTaskUpdateDto,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<TaskUpdateDto> {
    return this.service.reportProgress(caller, id, taskId, dto, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @Allow('tasks', 'read')
  @AttachmentDownload()
  @ApiOperation({ summary: 'Download an attachment of a progress report the caller may read' })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.taskAttachment(caller, id, attachmentId);
  }

  @Get(':id/progress-matrix')
  @Allow('tasks', 'create')
  @ApiOkResponse({ type: ProgressMatrixDto })
  @ApiOperation({
    summary: 'Per task, each responsible organisation’s latest report side by side (city bureau)',
  })
  progressMatrix(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<ProgressMatrixDto> {
    return this.service.progressMatrix(caller, id);
  }

  @Get(':id/roadmap')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: RoadmapDto })
  @ApiOperation({ summary: 'The roadmap (路线图): phases or measures and their tasks on a timeline' })
  roadmap(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<RoadmapDto> {
    return this.service.roadmap(caller, id);
  }

  @Get(':id/ledger.xlsx')
  @Allow('tasks', 'read')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'the printable ledger')
  @ApiOperation({ summary: 'The ledger as a printable xlsx (A4 landscape)' })
  async ledger(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<FileResponse> {
    const view = await this.service.ledgerFor(caller, id);
    const buffer = await buildLedgerWorkbook(view);
    const name = `${view.programme.title}工作台账.xlsx`;
    return new FileResponse(name, XLSX_CONTENT_TYPE, buffer, { asciiFileName: 'ledger.xlsx' });
  }

  @Get(':id/working-group')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: [WorkingGroupMemberDto] })
  @ApiOperation({ summary: 'Working group (工作小组), phones masked; bureau users only' })
  workingGroup(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<WorkingGroupMemberDto[]> {
    return this.service.workingGroup(caller, id);
  }

  @Get(':id/working-group/:memberId')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: WorkingGroupMemberDto })
  @ApiOperation({ summary: 'One member; the full phone number for the city bureau only' })
  workingGroupMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
  ): Promise<WorkingGroupMemberDto> {
    return this.service.workingGroupMember(caller, id, memberId);
  }

  @Post(':id/working-group')
  @Allow('programmes', 'update')
  @ApiCreatedResponse({ type: WorkingGroupMemberDto })
  @ApiOperation({ summary: 'Add a working-group member' })
  addMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateWorkingGroupMemberDto,
  ): Promise<WorkingGroupMemberDto> {
    return this.service.addMember(caller, id, dto);
  }

  @Patch(':id/working-group/:memberId')
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: WorkingGroupMemberDto })
  @ApiOperation({ summary: 'Change a working-group member' })
  updateMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
    @Body() dto: UpdateWorkingGroupMemberDto,
  ): Promise<WorkingGroupMemberDto> {
    return this.service.updateMember(caller, id, memberId, dto);
  }

  @Delete(':id/working-group/:memberId')
  @Allow('programmes', 'update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a working-group member (soft delete)' })
  removeMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
  ): Promise<void> {
    return this.service.removeMember(caller, id, memberId);
  }
}
