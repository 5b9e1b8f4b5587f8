import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  chinaToday,
  isTaskOverdue,
  maskPhone,
  OrganisationType,
  PROGRAMME_TEMPLATES,
  TaskStatus,
} from '@skillpay/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type FileResponse } from '../../common/http/file-response';
import { ErrorCode } from '../../common/errors/error-code';
import { type AttachmentEntity } from '../attachments/attachment.entity';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeMeasureEntity } from './programme-measure.entity';
import { ProgrammePhaseEntity } from './programme-phase.entity';
import { ProgrammeTaskResponsibleEntity } from './programme-task-responsible.entity';
import { ProgrammeTaskUpdateEntity } from './programme-task-update.entity';
import { ProgrammeTaskEntity } from './programme-task.entity';
import { ProgrammeEntity, ProgrammeStatus } from './programme.entity';
import {
  type CreateMeasureDto,
  type CreatePhaseDto,
  type CreateProgrammeDto,
  type CreateTaskDto,
  type CreateTaskUpdateDto,
  type CreateWorkingGroupMemberDto,
  type ProgrammeDto,
  type ProgrammeListDto,
  type ProgrammeQueryDto,
  type ProgressMatrixDto,
  type RoadmapDto,
  type RoadmapLaneDto,
  type TaskDto,
  type TaskQueryDto,
  type TaskUpdateDto,
  type MeasureDto,
  type PhaseDto,
  type UpdatePhaseDto,
  type UpdateProgrammeDto,
  type UpdateTaskDto,
  type UpdateWorkingGroupMemberDto,
  type WorkingGroupMemberDto,
} from './programmes.dto';
import { toMeasureDto, toPhaseDto, toProgrammeSummaryDto, toTaskDto } from './programmes.mapper';
import { ProgrammesRepository } from './programmes.repository';
import { writeTemplate } from './programme-template.writer';
import { WorkingGroupMemberEntity } from './working-group-member.entity';
import { type OrganisationSummaryDto, toOrganisationSummaryDto } from '../organisations/organisations.dto';

/**
 * Responsible organisations that report progress on the portal: the HR bureaus. The union and the
 * federations take part in tasks (四(四)) but hold reviewer accounts, so the city reports for them.
 */
const REPORTING_TYPES: readonly OrganisationType[] = [
  OrganisationType.CityBureau,
  OrganisationType.DistrictBureau,
];

function reportsProgress(organisation: OrganisationEntity): boolean {
  return REPORTING_TYPES.includes(organisation.type);
}

const STATUS_ORDER = [ProgrammeStatus.Draft, ProgrammeStatus.Active, ProgrammeStatus.Closed];

/** What one caller may see of a programme's ledger. */
export interface LedgerView {
  programme: ProgrammeEntity;
  phases: ProgrammePhaseEntity[];
  measures: ProgrammeMeasureEntity[];
  tasks: ProgrammeTaskEntity[];
  responsibles: Map<string, OrganisationEntity[]>;
  /** latest update per task and organisation, limited to what the caller may read */
  latest: ProgrammeTaskUpdateEntity[];
}

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProgrammesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- programmes ----

  async list(caller: Caller, query: ProgrammeQueryDto): Promise<ProgrammeListDto> {
    const [items, total] = await this.repository.findPage(this.access.programmeScope(caller, 'read'), query);
    return { items: items.map(toProgrammeSummaryDto), total };
  }

  async get(caller: Caller, id: string): Promise<ProgrammeDto> {
    return this.detail(await this.findOrFail(caller, id, 'read'), caller);
  }

  async create(caller: Caller, dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.dataSource.transaction(async (manager) => {
      const template = dto.template ? PROGRAMME_TEMPLATES[dto.template] : null;
      const saved = await manager.save(
        ProgrammeEntity,
        manager.create(ProgrammeEntity, {
          title: dto.title,
          documentNumber: dto.documentNumber ?? null,
          issuingBodies: dto.issuingBodies ?? [],
          regionCode: caller.regionCode,
          year: dto.year,
          principles: dto.principles ?? template?.principles ?? null,
          status: ProgrammeStatus.Draft,
          template: dto.template ?? null,
          createdBy: caller.userId,
        }),
      );
      if (dto.template) await writeTemplate(manager, saved, dto.template);
      const programme = (await this.repository.findInScope({ kind: 'all' }, saved.id, manager))!;
      const created = await this.detail(programme, caller, manager);
      await this.audit.record(
        {
          action: 'programme.create',
          entityType: 'programme',
          entityId: saved.id,
          after: { ...toProgrammeSummaryDto(programme), template: dto.template ?? null },
        },
        manager,
      );
      return created;
    });
  }

  async update(caller: Caller, id: string, dto: UpdateProgrammeDto): Promise<ProgrammeDto> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.findOrFail(caller, id, 'update', manager);
      if (dto.status && dto.status !== existing.status) {
        if (STATUS_ORDER.indexOf(dto.status) < STATUS_ORDER.indexOf(existing.status)) {
          throw AppException.validation([
            {
              field: 'status',
              code: 'errors.programme_status_not_allowed',
              params: { from: existing.status, to: dto.status },
            },
          ]);
        }
      }
      const before = toProgrammeSummaryDto(existing);
      await manager.update(ProgrammeEntity, { id }, dto);
      const programme = (await this.repository.findInScope({ kind: 'all' }, id, manager))!;
      await this.audit.record(
        {
          action: 'programme.update',
          entityType: 'programme',
          entityId: id,
          before: { ...before, principles: existing.principles },
          after: { ...toProgrammeSummaryDto(programme), principles: programme.principles },
        },
        manager,
      );
      return this.detail(programme, caller, manager);
    });
  }

  // ---- ledger ----

  async tasks(caller: Caller, id: string, query: TaskQueryDto): Promise<TaskDto[]> {
    const programme = await this.findForTasks(caller, id);
    const tasks = await this.repository.tasks(programme.id, query.mine ? caller.organisationId : undefined);
    const responsibles = await this.repository.responsibles(tasks.map((t) => t.id));
    const today = chinaToday();
    return tasks.map((task) =>
      toTaskDto(task, responsibles.get(task.id) ?? [], caller.organisationId, today),
    );
  }

  async createTask(caller: Caller, id: string, dto: CreateTaskDto): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      await this.assertPlacement(programme.id, dto.phaseId ?? null, dto.measureId ?? null, manager, true);
      const responsibles = await this.assertResponsibles(programme, dto.responsibleOrganisationIds, manager);
      const position = (await manager.countBy(ProgrammeTaskEntity, { programmeId: programme.id })) + 1;
      const task = await manager.save(
        ProgrammeTaskEntity,
        manager.create(ProgrammeTaskEntity, {
          programmeId: programme.id,
          phaseId: dto.phaseId ?? null,
          measureId: dto.measureId ?? null,
          position,
          title: dto.title,
          description: dto.description ?? '',
          dueOn: dto.dueOn ?? null,
          textUnits: dto.textUnits ?? [],
        }),
      );
      await this.setResponsibles(task.id, responsibles, manager);
      const created = toTaskDto(task, responsibles, caller.organisationId);
      await this.audit.record(
        { action: 'programme.task.create', entityType: 'programme_task', entityId: task.id, after: created },
        manager,
      );
      return created;
    });
  }

  async updateTask(caller: Caller, id: string, taskId: string, dto: UpdateTaskDto): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      const task = await this.repository.findTask(programme.id, taskId, manager);
      if (!task) throw await this.taskNotFound(taskId, manager);
      const before = toTaskDto(
        task,
        (await this.repository.responsibles([task.id], manager)).get(task.id) ?? [],
        '',
      );
      const phaseId = dto.phaseId !== undefined ? dto.phaseId : task.phaseId;
      const measureId = dto.measureId !== undefined ? dto.measureId : task.measureId;
      if (dto.phaseId !== undefined || dto.measureId !== undefined) {
        await this.assertPlacement(programme.id, phaseId, measureId, manager, false);
      }
      const { responsibleOrganisationIds, ...fields } = dto;
      await manager.update(ProgrammeTaskEntity, { id: task.id }, fields);
      if (responsibleOrganisationIds) {
        const responsibles = await this.assertResponsibles(programme, responsibleOrganisationIds, manager);
        await manager.delete(ProgrammeTaskResponsibleEntity, { taskId: task.id });
        await this.setResponsibles(task.id, responsibles, manager);
      }
      const saved = (await this.repository.findTask(programme.id, task.id, manager))!;
      const after = toTaskDto(
        saved,
        (await this.repository.responsibles([task.id], manager)).get(task.id) ?? [],
        caller.organisationId,
      );
      await this.audit.record(
        { action: 'programme.task.update', entityType: 'programme_task', entityId: task.id, before, after },
        manager,
      );
      return after;
    });
  }

  /** Removes a task from the ledger (soft delete; its reports stay for the audit trail). */
  async removeTask(caller: Caller, id: string, taskId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      const task = await this.repository.findTask(programme.id, taskId, manager);
      if (!task) throw await this.taskNotFound(taskId, manager);
      const before = toTaskDto(
        task,
        (await this.repository.responsibles([task.id], manager)).get(task.id) ?? [],
        '',
      );
      await manager.softDelete(ProgrammeTaskEntity, { id: task.id });
      await this.audit.record(
        { action: 'programme.task.delete', entityType: 'programme_task', entityId: task.id, before },
        manager,
      );
    });
  }

  /** A responsible organisation reports progress on its task; others get 404. */
  async reportProgress(
    caller: Caller,
    id: string,
    taskId: string,
    dto: CreateTaskUpdateDto,
    files: readonly UploadedAttachment[],
  ): Promise<TaskUpdateDto> {
    const programme = await this.findForTasks(caller, id, 'update');
    this.attachments.assertAcceptable(files);
    if (programme.status !== ProgrammeStatus.Active) {
      // Scope first: a task the caller does not own stays a 404 whatever the programme's state.
      const task = await this.repository.findTask(programme.id, taskId);
      const responsibles = task ? ((await this.repository.responsibles([task.id])).get(task.id) ?? []) : [];
      if (!task || !responsibles.some((o) => o.id === caller.organisationId))
        throw await this.taskNotFound(taskId);
      throw AppException.conflict(ErrorCode.ProgrammeNotActive);
    }
    return this.dataSource.transaction(async (manager) => {
      const task = await this.repository.findTask(programme.id, taskId, manager);
      const responsibles = task
        ? ((await this.repository.responsibles([task.id], manager)).get(task.id) ?? [])
        : [];
      const organisation = responsibles.find((o) => o.id === caller.organisationId);
      if (!task || !organisation) throw await this.taskNotFound(taskId, manager);
      const update = await manager.save(
        ProgrammeTaskUpdateEntity,
        manager.create(ProgrammeTaskUpdateEntity, {
          taskId: task.id,
          organisationId: organisation.id,
          authorId: caller.userId,
          note: dto.note,
          status: dto.status,
          percent: dto.status === TaskStatus.Done ? 100 : dto.percent,
        }),
      );
      const stored = await this.attachments.store('task-update', update.id, files, caller.userId, manager);
      await this.recomputeTask(task, responsibles, manager);
      const result = this.toUpdateDto(update, organisation, stored);
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
        manager,
      );
      if (caller.organisationId !== (await this.ownerOrganisationId(programme, manager))) {
        await this.notifications.notify(
          {
            recipientOrganisationIds: [await this.ownerOrganisationId(programme, manager)].filter(
              (value): value is string => value !== null,
            ),
            kind: 'programme.task-progress',
            title: {
              'zh-CN': `${organisation.name}报送了“${task.title}”的进展`,
              en: `${organisation.name} reported progress on “${task.title}”`,
            },
            link: `/programmes/${programme.id}?tab=matrix`,
            dedupeKey: `task-update:${update.id}`,
          },
          manager,
        );
      }
      return result;
    });
  }

  /** Progress history of a task: the programme's owner sees all, a responsible organisation its own. */
  async taskUpdates(caller: Caller, id: string, taskId: string): Promise<TaskUpdateDto[]> {
    const programme = await this.findForTasks(caller, id);
    const task = await this.repository.findTask(programme.id, taskId);
    if (!task) throw await this.taskNotFound(taskId);
    const ownerView = await this.isOwner(caller, programme);
    if (!ownerView) {
      const responsibles = (await this.repository.responsibles([task.id])).get(task.id) ?? [];
      if (!responsibles.some((o) => o.id === caller.organisationId)) throw await this.taskNotFound(taskId);
    }
    const updates = await this.repository.updates(task.id, ownerView ? undefined : caller.organisationId);
    const attachments = await this.attachments.listFor(
      'task-update',
      updates.map((u) => u.id),
    );
    return updates.map((update) =>
      this.toUpdateDto(
        update,
        update.organisation!,
        attachments.filter((a) => a.ownerId === update.id),
      ),
    );
  }

  /** An attachment of a progress update, for those who may read that update. */
  async taskAttachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    const programme = await this.findForTasks(caller, id);
    const attachment = await this.attachments.findWithContent('task-update', attachmentId);
    const update = attachment
      ? await this.dataSource.manager.findOne(ProgrammeTaskUpdateEntity, {
          where: { id: attachment.ownerId },
          relations: { task: true },
        })
      : null;
    const visible =
      update &&
      update.task?.programmeId === programme.id &&
      (update.organisationId === caller.organisationId || (await this.isOwner(caller, programme)));
    if (!attachment || !visible) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  /** Per task, each responsible organisation's latest report: the city's side-by-side view. */
  async progressMatrix(caller: Caller, id: string): Promise<ProgressMatrixDto> {
    const programme = await this.findOrFail(caller, id, 'update');
    const view = await this.ledgerView(caller, programme);
    const today = chinaToday();
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
        return {
          task: toTaskDto(task, responsibles, caller.organisationId, today),
          cells: responsibles.filter(reportsProgress).map((organisation) => {
            const update = latest.get(`${task.id}:${organisation.id}`);
            const status = update?.status ?? null;
            return {
              organisationId: organisation.id,
              status,
              percent: update?.percent ?? null,
              note: update?.note ?? null,
              reportedAt: update?.createdAt ?? null,
              overdue: isTaskOverdue({ dueOn: task.dueOn, status: status ?? TaskStatus.NotStarted }, today),
            };
          }),
        };
      }),
    };
  }

  async roadmap(caller: Caller, id: string): Promise<RoadmapDto> {
    const programme = await this.findForTasks(caller, id);
    const [phases, measures, tasks] = await Promise.all([
      this.repository.phases(programme.id),
      this.repository.measures(programme.id),
      this.repository.tasks(programme.id),
    ]);
    const today = chinaToday();
    const toRoadmapTask = (task: ProgrammeTaskEntity, startsOn: string | null) => ({
      id: task.id,
      title: task.title,
      startsOn,
      dueOn: task.dueOn,
      status: task.status,
      overdue: isTaskOverdue(task, today),
      percent: task.percent,
    });
    const yearStart = `${programme.year}-01-01`;
    const lanes: RoadmapLaneDto[] = [
      ...phases.map((phase) => ({
        kind: 'phase' as const,
        id: phase.id,
        title: phase.name,
        startsOn: phase.startsOn,
        endsOn: phase.endsOn,
        tasks: tasks.filter((t) => t.phaseId === phase.id).map((t) => toRoadmapTask(t, phase.startsOn)),
      })),
      ...measures.map((measure) => {
        const own = tasks.filter((t) => t.measureId === measure.id);
        const dues = own.map((t) => t.dueOn).filter((d): d is string => d !== null);
        return {
          kind: 'measure' as const,
          id: measure.id,
          title: measure.title,
          startsOn: yearStart,
          endsOn: dues.length ? dues.sort().at(-1)! : null,
          tasks: own.map((t) => toRoadmapTask(t, yearStart)),
        };
      }),
    ];
    const unassigned = tasks.filter((t) => !t.phaseId && !t.measureId);
    if (unassigned.length > 0) {
      lanes.push({
        kind: 'unassigned',
        id: null,
        title: '',
        startsOn: null,
        endsOn: null,
        tasks: unassigned.map((t) => toRoadmapTask(t, null)),
      });
    }
    const dates = lanes
      .flatMap((lane) => [lane.startsOn, lane.endsOn, ...lane.tasks.flatMap((t) => [t.startsOn, t.dueOn])])
      .filter((d): d is string => d !== null)
      .sort();
    return {
      programmeId: programme.id,
      startsOn: dates[0] ?? null,
      endsOn: dates.at(-1) ?? null,
      today,
      lanes,
    };
  }

  /** Everything the xlsx export needs, limited like the screens: others' notes only for the owner. */
  async ledgerFor(caller: Caller, id: string): Promise<LedgerView> {
    const programme = await this.findForTasks(caller, id);
    return this.ledgerView(caller, programme);
  }

  // ---- phases and measures ----

  async addPhase(caller: Caller, id: string, dto: CreatePhaseDto): Promise<PhaseDto> {
    this.assertDateRange(dto.startsOn, dto.endsOn);
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      const position = (await manager.countBy(ProgrammePhaseEntity, { programmeId: programme.id })) + 1;
      const phase = await manager.save(
        ProgrammePhaseEntity,
        manager.create(ProgrammePhaseEntity, { ...dto, programmeId: programme.id, position }),
      );
      const after = toPhaseDto(phase);
      await this.audit.record(
        { action: 'programme.phase.create', entityType: 'programme_phase', entityId: phase.id, after },
        manager,
      );
      return after;
    });
  }

  async updatePhase(caller: Caller, id: string, phaseId: string, dto: UpdatePhaseDto): Promise<PhaseDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      const phase = await manager.findOneBy(ProgrammePhaseEntity, { id: phaseId, programmeId: programme.id });
      if (!phase) throw AppException.notFound();
      this.assertDateRange(dto.startsOn ?? phase.startsOn, dto.endsOn ?? phase.endsOn);
      const before = toPhaseDto(phase);
      await manager.update(ProgrammePhaseEntity, { id: phase.id }, dto);
      const after = toPhaseDto((await manager.findOneBy(ProgrammePhaseEntity, { id: phase.id }))!);
      await this.audit.record(
        {
          action: 'programme.phase.update',
          entityType: 'programme_phase',
          entityId: phase.id,
          before,
          after,
        },
        manager,
      );
      return after;
    });
  }

  async addMeasure(caller: Caller, id: string, dto: CreateMeasureDto): Promise<MeasureDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      const position = (await manager.countBy(ProgrammeMeasureEntity, { programmeId: programme.id })) + 1;
      const measure = await manager.save(
        ProgrammeMeasureEntity,
        manager.create(ProgrammeMeasureEntity, {
          ...dto,
          responsibleUnits: dto.responsibleUnits ?? [],
          programmeId: programme.id,
          position,
        }),
      );
      const after = toMeasureDto(measure);
      await this.audit.record(
        { action: 'programme.measure.create', entityType: 'programme_measure', entityId: measure.id, after },
        manager,
      );
      return after;
    });
  }

  /** The organisations the city bureau may make responsible for tasks of this programme. */
  async responsibleCandidates(caller: Caller, id: string): Promise<OrganisationSummaryDto[]> {
    const programme = await this.findOrFail(caller, id, 'update');
    return (await this.repository.responsibleCandidates(programme.regionCode)).map(toOrganisationSummaryDto);
  }

  // ---- working group ----

  async workingGroup(caller: Caller, id: string): Promise<WorkingGroupMemberDto[]> {
    const programme = await this.findForTasks(caller, id);
    return (await this.repository.workingGroup(programme.id)).map((member) => this.toMemberDto(member, true));
  }

  async workingGroupMember(caller: Caller, id: string, memberId: string): Promise<WorkingGroupMemberDto> {
    const programme = await this.findForTasks(caller, id);
    const member = await this.dataSource.manager.findOneBy(WorkingGroupMemberEntity, {
      id: memberId,
      programmeId: programme.id,
    });
    if (!member) throw AppException.notFound();
    // The full phone number only for the bureau that runs the programme.
    return this.toMemberDto(member, !(await this.isOwner(caller, programme)));
  }

  async addMember(
    caller: Caller,
    id: string,
    dto: CreateWorkingGroupMemberDto,
  ): Promise<WorkingGroupMemberDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findOrFail(caller, id, 'update', manager);
      const member = await manager.save(
        WorkingGroupMemberEntity,
        manager.create(WorkingGroupMemberEntity, {
          ...dto,
          phone: dto.phone ?? null,
          programmeId: programme.id,
        }),
      );
      const after = this.toMemberDto(member, false);
      await this.audit.record(
        {
          action: 'programme.working-group.create',
          entityType: 'working_group_member',
          entityId: member.id,
          after,
        },
        manager,
      );
      return after;
    });
  }

  async updateMember(
    caller: Caller,
    id: string,
    memberId: string,
    dto: UpdateWorkingGroupMemberDto,
  ): Promise<WorkingGroupMemberDto> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.memberForChange(caller, id, memberId, manager);
      const before = this.toMemberDto(member, false);
      await manager.update(WorkingGroupMemberEntity, { id: member.id }, dto);
      const after = this.toMemberDto(
        (await manager.findOneBy(WorkingGroupMemberEntity, { id: member.id }))!,
        false,
      );
      await this.audit.record(
        {
          action: 'programme.working-group.update',
          entityType: 'working_group_member',
          entityId: member.id,
          before,
          after,
        },
        manager,
      );
      return after;
    });
  }

  async removeMember(caller: Caller, id: string, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const member = await this.memberForChange(caller, id, memberId, manager);
      await manager.softDelete(WorkingGroupMemberEntity, { id: member.id });
      await this.audit.record(
        {
          action: 'programme.working-group.delete',
          entityType: 'working_group_member',
          entityId: member.id,
          before: this.toMemberDto(member, false),
        },
        manager,
      );
    });
  }

  // ---- helpers ----

  private async detail(
    programme: ProgrammeEntity,
    caller: Caller,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeDto> {
    const [phases, measures] = await Promise.all([
      this.repository.phases(programme.id, manager),
      this.repository.measures(programme.id, manager),
    ]);
    return {
      ...toProgrammeSummaryDto(programme),
      principles: programme.principles,
      phases: phases.map(toPhaseDto),
      measures: measures.map(toMeasureDto),
      editable: await this.isOwner(caller, programme, manager),
    };
  }

  private async ledgerView(caller: Caller, programme: ProgrammeEntity): Promise<LedgerView> {
    const [phases, measures, tasks] = await Promise.all([
      this.repository.phases(programme.id),
      this.repository.measures(programme.id),
      this.repository.tasks(programme.id),
    ]);
    const taskIds = tasks.map((t) => t.id);
    const owner = await this.isOwner(caller, programme);
    const [responsibles, latest] = await Promise.all([
      this.repository.responsibles(taskIds),
      this.repository.latestUpdates(taskIds, owner ? undefined : caller.organisationId),
    ]);
    return { programme, phases, measures, tasks, responsibles, latest };
  }

  /** Whether the caller may change the programme (its city bureau). */
  private async isOwner(
    caller: Caller,
    programme: ProgrammeEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const scope = this.access.programmeScope(caller, 'update');
    if (scope.kind === 'none') return false;
    return (await this.repository.findInScope(scope, programme.id, manager)) !== null;
  }

  private async ownerOrganisationId(
    programme: ProgrammeEntity,
    manager: EntityManager,
  ): Promise<string | null> {
    const candidates = await this.repository.responsibleCandidates(programme.regionCode, manager);
    return (
      candidates.find((o) => o.type === OrganisationType.CityBureau && o.regionCode === programme.regionCode)
        ?.id ?? null
    );
  }

  /** The programme in the caller's scope for `action` (row-read in `manager`'s transaction), or 404. */
  private async findOrFail(
    caller: Caller,
    id: string,
    action: 'read' | 'update',
    manager?: EntityManager,
  ): Promise<ProgrammeEntity> {
    const programme = await this.repository.findInScope(
      this.access.programmeScope(caller, action),
      id,
      manager,
    );
    if (!programme) throw await this.notFound(id, manager);
    return programme;
  }

  /** The programme, for callers who may work with its ledger (bureaus, not enterprises). */
  private async findForTasks(
    caller: Caller,
    id: string,
    action: 'read' | 'update' = 'read',
  ): Promise<ProgrammeEntity> {
    const scope = this.access.scope(caller, 'tasks', action);
    if (scope.kind === 'none') throw await this.notFound(id);
    return this.findOrFail(caller, id, 'read');
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `manager` inside a transaction. */
  private async notFound(id: string, manager?: EntityManager): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, manager)) ? { entityType: 'programme', entityId: id } : undefined,
    );
  }

  private async taskNotFound(taskId: string, manager?: EntityManager): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.taskExists(taskId, manager))
        ? { entityType: 'programme_task', entityId: taskId }
        : undefined,
    );
  }

  private async memberForChange(
    caller: Caller,
    id: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<WorkingGroupMemberEntity> {
    const programme = await this.findOrFail(caller, id, 'update', manager);
    const member = await manager.findOneBy(WorkingGroupMemberEntity, {
      id: memberId,
      programmeId: programme.id,
    });
    if (!member) throw AppException.notFound();
    return member;
  }

  private toMemberDto(member: WorkingGroupMemberEntity, masked: boolean): WorkingGroupMemberDto {
    return {
      id: member.id,
      name: member.name,
      unit: member.unit,
      role: member.role,
      phone: masked ? maskPhone(member.phone) : member.phone,
    };
  }

  private toUpdateDto(
    update: ProgrammeTaskUpdateEntity,
    organisation: OrganisationEntity,
    attachments: readonly AttachmentEntity[],
  ): TaskUpdateDto {
    return {
      id: update.id,
      taskId: update.taskId,
      organisation: toOrganisationSummaryDto(organisation),
      note: update.note,
      status: update.status,
      percent: update.percent,
      attachments: attachments.map(toAttachmentDto),
      createdAt: update.createdAt,
    };
  }

  /** Task status and percent follow the latest reports of all its responsible organisations. */
  private async recomputeTask(
    task: ProgrammeTaskEntity,
    responsibles: readonly OrganisationEntity[],
    manager: EntityManager,
  ): Promise<void> {
    const latest = await this.repository.latestUpdates([task.id], undefined, manager);
    const byOrganisation = new Map(latest.map((u) => [u.organisationId, u]));
    const reporters = responsibles.filter(reportsProgress);
    if (reporters.length === 0) return;
    const reports = reporters.map((o) => byOrganisation.get(o.id));
    const status = reports.every((r) => r?.status === TaskStatus.Done)
      ? TaskStatus.Done
      : reports.some((r) => r && r.status !== TaskStatus.NotStarted)
        ? TaskStatus.InProgress
        : TaskStatus.NotStarted;
    const percent = Math.round(
      reports.reduce((sum, r) => sum + (r?.percent ?? 0), 0) / Math.max(reports.length, 1),
    );
    await manager.update(ProgrammeTaskEntity, { id: task.id }, { status, percent });
  }

  private async setResponsibles(
    taskId: string,
    organisations: readonly OrganisationEntity[],
    manager: EntityManager,
  ): Promise<void> {
    if (organisations.length === 0) return;
    await manager.insert(
      ProgrammeTaskResponsibleEntity,
      organisations.map((o) => ({ taskId, organisationId: o.id })),
    );
  }

  private assertDateRange(startsOn: string, endsOn: string): void {
    if (endsOn < startsOn) {
      throw AppException.validation([{ field: 'endsOn', code: 'errors.date_range_invalid' }]);
    }
  }

  private async assertResponsibles(
    programme: ProgrammeEntity,
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<OrganisationEntity[]> {
    const candidates = await this.repository.responsibleCandidates(programme.regionCode, manager);
    const unique = [...new Set(ids)];
    const found = unique.map((id) => candidates.find((o) => o.id === id));
    const problems = unique
      .map((id, index) => ({ id, index }))
      .filter(({ index }) => !found[index])
      .map(({ id }) => ({
        field: 'responsibleOrganisationIds',
        code: 'errors.responsible_not_in_city',
        params: { id },
      }));
    if (problems.length > 0) throw AppException.validation(problems);
    return found as OrganisationEntity[];
  }

  private async assertPlacement(
    programmeId: string,
    phaseId: string | null,
    measureId: string | null,
    manager: EntityManager,
    required: boolean,
  ): Promise<void> {
    if ((phaseId && measureId) || (required && !phaseId && !measureId)) {
      throw AppException.validation([{ field: 'phaseId', code: 'errors.phase_or_measure_required' }]);
    }
    if (phaseId && !(await manager.existsBy(ProgrammePhaseEntity, { id: phaseId, programmeId }))) {
      throw AppException.validation([{ field: 'phaseId', code: 'validation.unknown' }]);
    }
    if (measureId && !(await manager.existsBy(ProgrammeMeasureEntity, { id: measureId, programmeId }))) {
      throw AppException.validation([{ field: 'measureId', code: 'validation.unknown' }]);
    }
  }
}
