import { Injectable } from '@nestjs/common';
import {
  chinaToday,
  isTaskOverdue,
  OrganisationType,
  summariseTaskProgress,
  TaskStatus,
} from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { toTaskDto } from '../ledger-tasks/ledger-tasks.dto';
import { LedgerTasksRepository } from '../ledger-tasks/ledger-tasks.repository';
import { LedgerTasksService, taskNotFound } from '../ledger-tasks/ledger-tasks.service';
import { reportsProgress } from '../ledger-tasks/ledger-progress.service';
import { LedgerTaskException } from '../ledger-tasks/ledger-task.exception';
import { type ProgrammeTaskEntity } from '../ledger-tasks/programme-task.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { toOrganisationSummaryDto } from '../organisations/organisations.dto';
import { ProgrammeStructureRepository } from '../programme-structure/programme-structure.repository';
import { ProgrammeFinder } from '../programmes/programme-finder.service';
import { type ProgrammeEntity, ProgrammeStatus } from '../programmes/programme.entity';
import {
  type CreateTaskUpdateDto,
  type ProgressMatrixDto,
  type TaskUpdateDto,
  toTaskUpdateDto,
} from './task-progress.dto';
import { TaskProgressRepository } from './task-progress.repository';
import { ProgrammeException } from '../programmes/programme.exception';
import { type FileResponse } from '../../common/http/file-response';
import { toAttachmentFile } from '../attachments/attachments.dto';

/** Progress reports on ledger tasks (with attachments) and the city's progress matrix. */
@Injectable()
export class TaskProgressService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: TaskProgressRepository,
    private readonly tasks: LedgerTasksRepository,
    private readonly ledger: LedgerTasksService,
    private readonly structure: ProgrammeStructureRepository,
    private readonly finder: ProgrammeFinder,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A responsible organisation reports progress on its task; others get 404. */
  async reportProgress(
    caller: Caller,
    id: string,
    taskId: string,
    dto: CreateTaskUpdateDto,
    files: readonly UploadedAttachment[],
  ): Promise<TaskUpdateDto> {
    const programme = await this.finder.findForTasks(caller, id, 'update');
    return this.reportOn(caller, programme, taskId, dto, files);
  }

  /**
   * The report of a responsible organisation on a task of a programme it has found in its scope
   * (the ledger for a bureau, its own tasks for a reviewer organisation): 404 unless the caller's
   * organisation is responsible for the task, 409 once the programme is no longer active.
   */
  async reportOn(
    caller: Caller,
    programme: ProgrammeEntity,
    taskId: string,
    dto: CreateTaskUpdateDto,
    files: readonly UploadedAttachment[],
  ): Promise<TaskUpdateDto> {
    this.attachments.assertAcceptable(files);
    if (programme.status !== ProgrammeStatus.Active) {
      // Scope first: a task the caller does not own stays a 404 whatever the programme's state.
      const task = await this.tasks.findTask(programme.id, taskId);
      const responsibles = task ? await this.tasks.responsiblesOf(task.id) : [];
      if (!task || !responsibles.some((o) => o.id === caller.organisationId))
        throw await taskNotFound(this.tasks, taskId);
      throw new ProgrammeException('programme_not_active');
    }
    return this.unitOfWork.run(async (tx) => {
      const task = await this.tasks.findTask(programme.id, taskId, tx);
      const responsibles = task ? await this.tasks.responsiblesOf(task.id, tx) : [];
      const organisation = responsibles.find((o) => o.id === caller.organisationId);
      if (!task || !organisation) throw await taskNotFound(this.tasks, taskId, tx);
      // A linked task follows the portal's records; a report could only contradict them.
      if (task.linkedEvent) throw new LedgerTaskException('task_linked');
      const update = await this.repository.createUpdate(task.id, organisation.id, caller.userId, dto, tx);
      const stored = await this.attachments.store('task-update', update.id, files, caller.userId, tx);
      await this.recomputeTask(task, responsibles, tx);
      const result = toTaskUpdateDto(update, organisation, stored);
      await this.audit.record(
        {
          action: 'programme.task.progress',
          entityType: 'programme_task',
          entityId: task.id,
          after: {
            ...result,
            attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
          },
        },
        tx,
      );
      const owner = await this.ownerOrganisationId(programme, tx);
      if (caller.organisationId !== owner) {
        await this.notifications.notify(
          {
            recipientOrganisationIds: [owner].filter((value): value is string => value !== null),
            kind: 'programme.task-progress',
            title: {
              'zh-CN': `${organisation.name}报送了“${task.title}”的进展`,
              en: `${organisation.name} reported progress on “${task.title}”`,
            },
            link: `/programmes/${programme.id}?tab=matrix`,
            dedupeKey: `task-update:${update.id}`,
          },
          tx,
        );
      }
      return result;
    });
  }

  /** Progress history of a task: the programme's owner sees all, a responsible organisation its own. */
  async taskUpdates(caller: Caller, id: string, taskId: string): Promise<TaskUpdateDto[]> {
    const programme = await this.finder.findForTasks(caller, id);
    const task = await this.tasks.findTask(programme.id, taskId);
    if (!task) throw await taskNotFound(this.tasks, taskId);
    const ownerView = await this.finder.isOwner(caller, programme);
    if (!ownerView) {
      const responsibles = await this.tasks.responsiblesOf(task.id);
      if (!responsibles.some((o) => o.id === caller.organisationId))
        throw await taskNotFound(this.tasks, taskId);
    }
    return this.updatesOf(task.id, ownerView ? undefined : caller.organisationId);
  }

  /** A task's reports with their attachments, newest first (optionally of one organisation only). */
  async updatesOf(taskId: string, organisationId?: string): Promise<TaskUpdateDto[]> {
    const updates = await this.repository.updates(taskId, organisationId);
    const attachments = await this.attachments.listFor(
      'task-update',
      updates.map((u) => u.id),
    );
    return updates.map((update) =>
      toTaskUpdateDto(
        update,
        update.organisation!,
        attachments.filter((a) => a.ownerId === update.id),
      ),
    );
  }

  /** An attachment of a progress update, for those who may read that update. */
  async taskAttachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    const programme = await this.finder.findForTasks(caller, id);
    const attachment = await this.attachments.findWithContent('task-update', attachmentId);
    const update = attachment ? await this.repository.findUpdateWithTask(attachment.ownerId) : null;
    const visible =
      update &&
      update.task?.programmeId === programme.id &&
      (update.organisationId === caller.organisationId || (await this.finder.isOwner(caller, programme)));
    if (!attachment || !visible) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  /** An attachment of one of the caller's organisation's own reports on the task, or 404. */
  async ownAttachment(caller: Caller, taskId: string, attachmentId: string): Promise<FileResponse> {
    const attachment = await this.attachments.findWithContent('task-update', attachmentId);
    const update = attachment ? await this.repository.findUpdateWithTask(attachment.ownerId) : null;
    if (!attachment || update?.taskId !== taskId || update.organisationId !== caller.organisationId) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  /** Per task, each responsible organisation's latest report: the city's side-by-side view. */
  async progressMatrix(caller: Caller, id: string): Promise<ProgressMatrixDto> {
    const programme = await this.finder.findOrFail(caller, id, 'update');
    const view = await this.ledger.ledgerView(caller, programme);
    const columns = new Map<string, OrganisationEntity>();
    for (const organisations of view.responsibles.values())
      for (const o of organisations.filter(reportsProgress)) columns.set(o.id, o);
    const latest = new Map(view.latest.map((u) => [`${u.taskId}:${u.organisationId}`, u]));
    return {
      organisations: [...columns.values()]
        .sort((a, b) => a.type.localeCompare(b.type) || a.regionCode.localeCompare(b.regionCode))
        .map(toOrganisationSummaryDto),
      rows: view.tasks.map((task) => {
        const responsibles = view.responsibles.get(task.id) ?? [];
        const progress = view.progress.get(task.id)!;
        return {
          task: toTaskDto(task, responsibles, caller.organisationId, progress),
          cells: responsibles.filter(reportsProgress).map((organisation) => {
            // a bureau's own figure: its latest report, or what the task's link counts for it
            const figure = progress.units.get(organisation.id) ?? null;
            const update = latest.get(`${task.id}:${organisation.id}`);
            return {
              organisationId: organisation.id,
              status: figure?.status ?? null,
              percent: figure?.percent ?? null,
              note: update?.note ?? null,
              reportedAt: figure?.reportedAt ?? null,
              overdue: isTaskOverdue(
                { dueOn: task.dueOn, status: figure?.status ?? TaskStatus.NotStarted },
                chinaToday(),
              ),
            };
          }),
        };
      }),
    };
  }

  /** The city bureau that runs the programme: told of every report but its own. */
  private async ownerOrganisationId(programme: ProgrammeEntity, tx: Tx): Promise<string | null> {
    const candidates = await this.structure.responsibleCandidates(programme.regionCode, tx);
    return (
      candidates.find((o) => o.type === OrganisationType.CityBureau && o.regionCode === programme.regionCode)
        ?.id ?? null
    );
  }

  /** A manual task's status follows the latest reports of all its responsible bureaus. */
  private async recomputeTask(
    task: ProgrammeTaskEntity,
    responsibles: readonly OrganisationEntity[],
    tx: Tx,
  ): Promise<void> {
    const latest = await this.tasks.latestUpdates([task.id], undefined, tx);
    const byOrganisation = new Map(latest.map((u) => [u.organisationId, u]));
    const reporters = responsibles.filter(reportsProgress);
    if (reporters.length === 0) return;
    const { status } = summariseTaskProgress(reporters.map((o) => byOrganisation.get(o.id) ?? null));
    await this.tasks.setStatus(task.id, status, tx);
  }
}
