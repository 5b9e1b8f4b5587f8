import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type FileResponse } from '../../common/http/file-response';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import { toTaskDto } from '../ledger-tasks/ledger-tasks.dto';
import { LedgerProgress } from '../ledger-tasks/ledger-progress.service';
import { LedgerTasksRepository } from '../ledger-tasks/ledger-tasks.repository';
import { taskNotFound } from '../ledger-tasks/ledger-tasks.service';
import { type ProgrammeTaskEntity } from '../ledger-tasks/programme-task.entity';
import { type CreateTaskUpdateDto, type TaskUpdateDto } from '../task-progress/task-progress.dto';
import { TaskProgressService } from '../task-progress/task-progress.service';
import { type MyTaskDto, toMyTaskDto } from './my-tasks.dto';
import { MyTasksRepository } from './my-tasks.repository';

/**
 * 我的台账任务: the union and the federations are responsible units of ledger tasks (青人社字〔2021〕61号
 * 四(四)); they open the tasks they are named for, and only those (any other answers 404), and
 * report their own progress with attachments, as the district bureaus do on the ledger.
 */
@Injectable()
export class MyTasksService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: MyTasksRepository,
    private readonly ledger: LedgerTasksRepository,
    private readonly progress: LedgerProgress,
    private readonly reports: TaskProgressService,
  ) {}

  async list(caller: Caller): Promise<MyTaskDto[]> {
    const tasks = await this.repository.tasks(this.access.responsibleTaskScope(caller, 'read'));
    return this.toDtos(caller, tasks);
  }

  async get(caller: Caller, taskId: string): Promise<MyTaskDto> {
    const [dto] = await this.toDtos(caller, [await this.findOrFail(caller, taskId, 'read')]);
    return dto;
  }

  /** The caller's own reports on the task (never another unit's notes). */
  async updates(caller: Caller, taskId: string): Promise<TaskUpdateDto[]> {
    const task = await this.findOrFail(caller, taskId, 'read');
    return this.reports.updatesOf(task.id, caller.organisationId);
  }

  async report(
    caller: Caller,
    taskId: string,
    dto: CreateTaskUpdateDto,
    files: readonly UploadedAttachment[],
  ): Promise<TaskUpdateDto> {
    const task = await this.findOrFail(caller, taskId, 'update');
    return this.reports.reportOn(caller, task.programme!, task.id, dto, files);
  }

  async attachment(caller: Caller, taskId: string, attachmentId: string): Promise<FileResponse> {
    const task = await this.findOrFail(caller, taskId, 'read');
    return this.reports.ownAttachment(caller, task.id, attachmentId);
  }

  /** The task if the caller's organisation is responsible for it, or 404 (naming it when it exists). */
  private async findOrFail(
    caller: Caller,
    taskId: string,
    action: 'read' | 'update',
  ): Promise<ProgrammeTaskEntity> {
    const task = await this.repository.task(this.access.responsibleTaskScope(caller, action), taskId);
    if (!task) throw await taskNotFound(this.ledger, taskId);
    return task;
  }

  /** Each task as its programme's ledger shows it to the caller (progress from LedgerProgress). */
  private async toDtos(caller: Caller, tasks: readonly ProgrammeTaskEntity[]): Promise<MyTaskDto[]> {
    const responsibles = await this.ledger.responsibles(tasks.map((task) => task.id));
    const views = new Map<string, Awaited<ReturnType<LedgerProgress['of']>>>();
    for (const programme of new Map(tasks.map((task) => [task.programmeId, task.programme!])).values()) {
      const own = tasks.filter((task) => task.programmeId === programme.id);
      views.set(programme.id, await this.progress.of(programme, own, responsibles));
    }
    return tasks.map((task) =>
      toMyTaskDto(
        task,
        toTaskDto(
          task,
          responsibles.get(task.id) ?? [],
          caller.organisationId,
          views.get(task.programmeId)!.get(task.id)!,
        ),
      ),
    );
  }
}
