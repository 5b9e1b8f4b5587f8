import { Body, Controller, Get, Param, Post, UploadedFiles } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { AttachmentDownload, AttachmentUpload } from '../attachments/attachment-routes';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import { CreateTaskUpdateDto, TaskUpdateDto } from '../task-progress/task-progress.dto';
import { MyTaskDto } from './my-tasks.dto';
import { MyTasksService } from './my-tasks.service';

/** 我的台账任务: the ledger tasks a reviewer organisation is responsible for, and its reports on them. */
@ApiTags('my-tasks')
@ApiBearerAuth()
@ApiExtraModels(CreateTaskUpdateDto)
@Controller('my-tasks')
export class MyTasksController {
  constructor(private readonly service: MyTasksService) {}

  @Get()
  @Allow('responsibleTasks', 'read')
  @ApiOkResponse({ type: [MyTaskDto] })
  @ApiOperation({
    operationId: 'MyTasks_list',
    summary: 'The ledger tasks the caller’s organisation is responsible for, across live programmes',
  })
  list(@CurrentCaller() caller: Caller): Promise<MyTaskDto[]> {
    return this.service.list(caller);
  }

  @Get(':taskId')
  @Allow('responsibleTasks', 'read')
  @ApiOkResponse({ type: MyTaskDto })
  @ApiOperation({ operationId: 'MyTasks_get', summary: 'One of the caller’s tasks (404 for any other)' })
  get(@CurrentCaller() caller: Caller, @Param('taskId', UuidParam) taskId: string): Promise<MyTaskDto> {
    return this.service.get(caller, taskId);
  }

  @Get(':taskId/updates')
  @Allow('responsibleTasks', 'read')
  @ApiOkResponse({ type: [TaskUpdateDto] })
  @ApiOperation({
    operationId: 'MyTasks_updates',
    summary: 'The caller’s own progress reports on the task, newest first',
  })
  updates(
    @CurrentCaller() caller: Caller,
    @Param('taskId', UuidParam) taskId: string,
  ): Promise<TaskUpdateDto[]> {
    return this.service.updates(caller, taskId);
  }

  @Post(':taskId/updates')
  @Allow('responsibleTasks', 'update')
  @AttachmentUpload(CreateTaskUpdateDto)
  @ApiCreatedResponse({ type: TaskUpdateDto })
  @ApiOperation({
    operationId: 'MyTasks_report',
    summary: 'Report the caller’s progress on the task, with attachments',
  })
  report(
    @CurrentCaller() caller: Caller,
    @Param('taskId', UuidParam) taskId: string,
    @Body() dto: CreateTaskUpdateDto,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<TaskUpdateDto> {
    return this.service.report(caller, taskId, dto, files ?? []);
  }

  @Get(':taskId/attachments/:attachmentId')
  @Allow('responsibleTasks', 'read')
  @AttachmentDownload()
  @ApiOperation({
    operationId: 'MyTasks_attachment',
    summary: 'Download an attachment of one of the caller’s reports on the task',
  })
  attachment(
    @CurrentCaller() caller: Caller,
    @Param('taskId', UuidParam) taskId: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ): Promise<FileResponse> {
    return this.service.attachment(caller, taskId, attachmentId);
  }
}
