import { Injectable } from '@nestjs/common';
import { chinaToday } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeStructureRepository } from '../programme-structure/programme-structure.repository';
import { ProgrammeFinder } from '../programmes/programme-finder.service';
import { type ProgrammeEntity } from '../programmes/programme.entity';
import { LedgerTaskException } from './ledger-task.exception';
import { buildLedgerWorkbook, type LedgerView } from './ledger-workbook';
import {
  type CreateTaskDto,
  type RoadmapDto,
  type RoadmapLaneDto,
  type TaskDto,
  type TaskQueryDto,
  toTaskDto,
  toTaskProgressDto,
  type UpdateTaskDto,
} from './ledger-tasks.dto';
import { LedgerTasksRepository } from './ledger-tasks.repository';
import { LedgerProgress } from './ledger-progress.service';
import { type ProgrammeTaskEntity } from './programme-task.entity';
import { FileResponse } from '../../common/http/file-response';
import { XLSX_CONTENT_TYPE } from '../../common/http/file-routes';

/** 404 for a task, naming it only when it exists (in another programme or out of reach). */
export async function taskNotFound(
  repository: LedgerTasksRepository,
  taskId: string,
  tx?: Tx,
): Promise<AppException> {
  return AppException.notFound(
    (await repository.taskExists(taskId, tx))
      ? { entityType: 'programme_task', entityId: taskId }
      : undefined,
  );
}

/** The ledger (工作台账): a programme's tasks, their roadmap and the printable export. */
@Injectable()
export class LedgerTasksService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: LedgerTasksRepository,
    private readonly structure: ProgrammeStructureRepository,
    private readonly finder: ProgrammeFinder,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly progress: LedgerProgress,
  ) {}

  async tasks(caller: Caller, id: string, query: TaskQueryDto): Promise<TaskDto[]> {
    const programme = await this.finder.findForTasks(caller, id);
    const tasks = await this.repository.tasks(programme.id, query.mine ? caller.organisationId : undefined);
    const responsibles = await this.repository.responsibles(tasks.map((t) => t.id));
    const views = await this.progress.of(programme, tasks, responsibles);
    return tasks.map((task) =>
      toTaskDto(task, responsibles.get(task.id) ?? [], caller.organisationId, views.get(task.id)!),
    );
  }

  /** One task as the caller sees it, within `tx` (what an edit returns and audits). */
  private async taskDto(
    programme: ProgrammeEntity,
    task: ProgrammeTaskEntity,
    callerOrganisationId: string,
    tx: Tx,
  ): Promise<TaskDto> {
    const responsibles = await this.repository.responsiblesOf(task.id, tx);
    const views = await this.progress.of(programme, [task], new Map([[task.id, responsibles]]), tx);
    return toTaskDto(task, responsibles, callerOrganisationId, views.get(task.id)!);
  }

  async createTask(caller: Caller, id: string, dto: CreateTaskDto): Promise<TaskDto> {
    return this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      await this.assertPlacement(programme.id, dto.phaseId ?? null, dto.measureId ?? null, tx, true);
      const responsibles = await this.assertResponsibles(programme, dto.responsibleOrganisationIds, tx);
      const task = await this.repository.createTask(programme.id, dto, responsibles, tx);
      const created = await this.taskDto(programme, task, caller.organisationId, tx);
      await this.audit.record(
        { action: 'programme.task.create', entityType: 'programme_task', entityId: task.id, after: created },
        tx,
      );
      return created;
    });
  }

  async updateTask(
    caller: Caller,
    id: string,
    taskId: string,
    dto: UpdateTaskDto,
    precondition?: Precondition,
  ): Promise<TaskDto> {
    return this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      const task = await this.lockTask(programme.id, taskId, precondition, tx);
      const before = await this.taskDto(programme, task, '', tx);
      const phaseId = dto.phaseId !== undefined ? dto.phaseId : task.phaseId;
      const measureId = dto.measureId !== undefined ? dto.measureId : task.measureId;
      if (dto.phaseId !== undefined || dto.measureId !== undefined) {
        await this.assertPlacement(programme.id, phaseId, measureId, tx, false);
      }
      const { responsibleOrganisationIds, ...fields } = dto;
      await this.repository.updateTask(task.id, fields, tx);
      if (responsibleOrganisationIds) {
        const responsibles = await this.assertResponsibles(programme, responsibleOrganisationIds, tx);
        await this.repository.replaceResponsibles(task.id, responsibles, tx);
      }
      const saved = (await this.repository.findTask(programme.id, task.id, tx))!;
      const after = await this.taskDto(programme, saved, caller.organisationId, tx);
      await this.audit.record(
        { action: 'programme.task.update', entityType: 'programme_task', entityId: task.id, before, after },
        tx,
      );
      return after;
    });
  }

  /** Removes a task from the ledger (soft delete; its reports stay for the audit trail). */
  async removeTask(caller: Caller, id: string, taskId: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      const task = await this.lockTask(programme.id, taskId, precondition, tx);
      const before = await this.taskDto(programme, task, '', tx);
      await this.repository.removeTask(task.id, tx);
      await this.audit.record(
        { action: 'programme.task.delete', entityType: 'programme_task', entityId: task.id, before },
        tx,
      );
    });
  }

  /** The task locked for an edit, after its If-Match holds (404 / 412 otherwise). */
  private async lockTask(
    programmeId: string,
    taskId: string,
    precondition: Precondition | undefined,
    tx: Tx,
  ): Promise<ProgrammeTaskEntity> {
    const task = await this.repository.lockTask(programmeId, taskId, tx);
    if (!task) throw await taskNotFound(this.repository, taskId, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'programme_task', key: task.id, version: task.version },
      tx,
    );
    return task;
  }

  async roadmap(caller: Caller, id: string): Promise<RoadmapDto> {
    const programme = await this.finder.findForTasks(caller, id);
    const [phases, measures, tasks] = await Promise.all([
      this.structure.phases(programme.id),
      this.structure.measures(programme.id),
      this.repository.tasks(programme.id),
    ]);
    const today = chinaToday();
    const responsibles = await this.repository.responsibles(tasks.map((t) => t.id));
    const views = await this.progress.of(programme, tasks, responsibles, undefined, today);
    const toRoadmapTask = (task: ProgrammeTaskEntity, startsOn: string | null) => {
      const view = views.get(task.id)!;
      return {
        id: task.id,
        title: task.title,
        startsOn,
        dueOn: task.dueOn,
        status: view.status,
        overdue: view.overdue,
        progress: toTaskProgressDto(view),
      };
    };
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

  /** The printable ledger, limited like the screens: others' notes only for the owner. */
  async ledgerWorkbook(caller: Caller, id: string): Promise<FileResponse> {
    const programme = await this.finder.findForTasks(caller, id);
    const view = await this.ledgerView(caller, programme);
    return new FileResponse(
      `${programme.title}工作台账.xlsx`,
      XLSX_CONTENT_TYPE,
      await buildLedgerWorkbook(view),
      {
        asciiFileName: 'ledger.xlsx',
      },
    );
  }

  /** What one caller may see of a programme's ledger: others' latest reports only for the owner. */
  async ledgerView(caller: Caller, programme: ProgrammeEntity): Promise<LedgerView> {
    const [phases, measures, tasks] = await Promise.all([
      this.structure.phases(programme.id),
      this.structure.measures(programme.id),
      this.repository.tasks(programme.id),
    ]);
    const taskIds = tasks.map((t) => t.id);
    const owner = await this.finder.isOwner(caller, programme);
    const [responsibles, latest] = await Promise.all([
      this.repository.responsibles(taskIds),
      this.repository.latestUpdates(taskIds, owner ? undefined : caller.organisationId),
    ]);
    const progress = await this.progress.of(programme, tasks, responsibles);
    return { programme, phases, measures, tasks, responsibles, latest, progress };
  }

  private async assertResponsibles(
    programme: ProgrammeEntity,
    ids: readonly string[],
    tx: Tx,
  ): Promise<OrganisationEntity[]> {
    const candidates = await this.structure.responsibleCandidates(programme.regionCode, tx);
    const unique = [...new Set(ids)];
    const found = unique.map((id) => candidates.find((o) => o.id === id));
    const problems = unique
      .filter((_, index) => !found[index])
      .map(() => LedgerTaskException.fieldProblem('responsibleOrganisationIds', 'responsible_not_in_city'));
    if (problems.length > 0) throw AppException.validation(problems);
    return found as OrganisationEntity[];
  }

  private async assertPlacement(
    programmeId: string,
    phaseId: string | null,
    measureId: string | null,
    tx: Tx,
    required: boolean,
  ): Promise<void> {
    if ((phaseId && measureId) || (required && !phaseId && !measureId)) {
      throw LedgerTaskException.invalid('phaseId', 'phase_or_measure_required');
    }
    if (phaseId && !(await this.structure.phaseExists(programmeId, phaseId, tx))) {
      throw AppException.validation([{ field: 'phaseId', code: 'validation.unknown' }]);
    }
    if (measureId && !(await this.structure.measureExists(programmeId, measureId, tx))) {
      throw AppException.validation([{ field: 'measureId', code: 'validation.unknown' }]);
    }
  }
}
