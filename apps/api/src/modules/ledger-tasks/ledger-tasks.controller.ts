import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { ApiFileResponse, XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { CreateTaskDto, RoadmapDto, TaskDto, TaskQueryDto, UpdateTaskDto } from './ledger-tasks.dto';
import { LedgerTasksService } from './ledger-tasks.service';
import { type FileResponse } from '../../common/http/file-response';
import { IfMatch, type Precondition, VersionedWrite } from '../../common/http/concurrency';

/** The ledger's tasks; operation ids as when they were served by the programmes controller. */
@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class LedgerTasksController {
  constructor(private readonly service: LedgerTasksService) {}

  @Get(':id/tasks')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: [TaskDto] })
  @ApiOperation({
    operationId: 'Programmes_tasks',
    summary: 'The ledger (工作台账); `mine=true` for the caller’s own tasks',
  })
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
  @ApiOperation({ operationId: 'Programmes_createTask', summary: 'Add a task under a phase or a measure' })
  createTask(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateTaskDto,
  ): Promise<TaskDto> {
    return this.service.createTask(caller, id, dto);
  }

  @Patch(':id/tasks/:taskId')
  @VersionedWrite()
  @Allow('tasks', 'create')
  @ApiOkResponse({ type: TaskDto })
  @ApiOperation({ operationId: 'Programmes_updateTask', summary: 'Change a task (the city bureau)' })
  updateTask(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
    @Body() dto: UpdateTaskDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<TaskDto> {
    return this.service.updateTask(caller, id, taskId, dto, precondition);
  }

  @Delete(':id/tasks/:taskId')
  @VersionedWrite()
  @Allow('tasks', 'create')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'Programmes_removeTask',
    summary: 'Remove a task from the ledger (soft delete)',
  })
  removeTask(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.removeTask(caller, id, taskId, precondition);
  }

  @Get(':id/roadmap')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: RoadmapDto })
  @ApiOperation({
    operationId: 'Programmes_roadmap',
    summary: 'The roadmap (路线图): phases or measures and their tasks on a timeline',
  })
  roadmap(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<RoadmapDto> {
    return this.service.roadmap(caller, id);
  }

  @Get(':id/ledger.xlsx')
  @Allow('tasks', 'read')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'the printable ledger')
  @ApiOperation({
    operationId: 'Programmes_ledger',
    summary: 'The ledger as a printable xlsx (A4 landscape)',
  })
  ledger(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.ledgerWorkbook(caller, id);
  }
}
