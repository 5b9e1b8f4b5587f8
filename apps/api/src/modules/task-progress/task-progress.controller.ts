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
import { CreateTaskUpdateDto, ProgressMatrixDto, TaskUpdateDto } from './task-progress.dto';
import { TaskProgressService } from './task-progress.service';

/** Progress reports on ledger tasks; operation ids as when they were served by the programmes controller. */
@ApiTags('programmes')
@ApiBearerAuth()
@ApiExtraModels(CreateTaskUpdateDto)
@Controller('programmes')
export class TaskProgressController {
  constructor(private readonly service: TaskProgressService) {}

  @Get(':id/tasks/:taskId/updates')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: [TaskUpdateDto] })
  @ApiOperation({
    operationId: 'Programmes_taskUpdates',
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
  @ApiOperation({
    operationId: 'Programmes_reportProgress',
    summary: 'Report progress on a task the caller’s organisation is responsible for',
  })
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
  @ApiOperation({
    operationId: 'Programmes_attachment',
    summary: 'Download an attachment of a progress report the caller may read',
  })
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
    operationId: 'Programmes_progressMatrix',
    summary: 'Per task, each responsible organisation’s latest report side by side (city bureau)',
  })
  progressMatrix(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<ProgressMatrixDto> {
    return this.service.progressMatrix(caller, id);
  }
}
