import { Injectable } from '@nestjs/common';
import {
  chinaToday,
  isTaskOverdue,
  linkedUnitProgress,
  OrganisationType,
  REVIEWER_ORGANISATION_TYPES,
  summariseTaskProgress,
  TaskLink,
  type TaskProgressSummary,
  TaskStatus,
  type UnitProgress,
} from '@skillpay/domain';
import { type Tx } from '../../database/unit-of-work';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { type LinkedCounts, LedgerTasksRepository, type PublishedRelease } from './ledger-tasks.repository';
import { type ProgrammeTaskEntity } from './programme-task.entity';

/**
 * Responsible organisations that have progress of their own on the portal: the HR bureaus, and
 * the union and the federations, which take part in tasks (四(四)) and report on theirs from
 * their reviewer accounts (我的台账任务).
 */
const REPORTING_TYPES: readonly OrganisationType[] = [
  OrganisationType.CityBureau,
  OrganisationType.DistrictBureau,
  ...REVIEWER_ORGANISATION_TYPES,
];

export function reportsProgress(organisation: OrganisationEntity): boolean {
  return REPORTING_TYPES.includes(organisation.type);
}

/** One bureau's own figure on a task: its latest report, or what the task's link counts for it. */
export interface UnitFigure extends UnitProgress {
  /** when it was reported (for a release: when the release was published) */
  reportedAt: Date | null;
  /** a linked task's count and its base, e.g. 3 of 4 pilots guided */
  counted: number | null;
  of: number | null;
}

/** Where a task stands, from its bureaus' own figures; never a mean over them. */
export interface TaskProgressView {
  status: TaskStatus;
  overdue: boolean;
  summary: TaskProgressSummary;
  /** per responsible bureau; null when it has not reported (or has nothing to count) */
  units: Map<string, UnitFigure | null>;
  /** a release-linked task: the release that completed it */
  release: PublishedRelease | null;
}

/**
 * The ledger's progress in one place: manual tasks from the bureaus' latest reports, linked tasks
 * from the portal's own records (releases, guidance, pilots, reports), read when asked.
 */
@Injectable()
export class LedgerProgress {
  constructor(private readonly repository: LedgerTasksRepository) {}

  /**
   * Which of the given tasks the portal's records complete: for readers that filter on a task's
   * stored status (dashboard, reminders), whose linked tasks are computed here instead.
   */
  async linkedDone(taskIds: readonly string[]): Promise<Set<string>> {
    const linked = await this.repository.linkedTasks(taskIds);
    const responsibles = await this.repository.responsibles(linked.map((task) => task.id));
    const done = new Set<string>();
    for (const programmeId of new Set(linked.map((task) => task.programmeId))) {
      const tasks = linked.filter((task) => task.programmeId === programmeId);
      const views = await this.of(tasks[0].programme!, tasks, responsibles);
      for (const task of tasks) if (views.get(task.id)!.status === TaskStatus.Done) done.add(task.id);
    }
    return done;
  }

  async of(
    programme: { id: string; regionCode: string },
    tasks: readonly ProgrammeTaskEntity[],
    responsibles: ReadonlyMap<string, readonly OrganisationEntity[]>,
    tx?: Tx,
    today: string = chinaToday(),
  ): Promise<Map<string, TaskProgressView>> {
    const reporters = (task: ProgrammeTaskEntity) =>
      (responsibles.get(task.id) ?? []).filter(reportsProgress);
    const manual = tasks.filter((t) => !t.linkedEvent);
    const linked = tasks.filter((t) => t.linkedEvent);
    const linkedUnits = [...new Set(linked.flatMap((t) => reporters(t).map((o) => o.id)))];
    const [latest, counts, release] = await Promise.all([
      this.repository.latestUpdates(
        manual.map((t) => t.id),
        undefined,
        tx,
      ),
      this.repository.linkedCounts(programme.id, programme.regionCode, linkedUnits, tx),
      linked.some((t) => t.linkedEvent === TaskLink.BenchmarkRelease)
        ? this.repository.latestPublishedRelease(programme.id, tx)
        : Promise.resolve(null),
    ]);
    const reports = new Map(latest.map((u) => [`${u.taskId}:${u.organisationId}`, u]));
    const countsOf = new Map(counts.map((c) => [c.organisationId, c]));
    const views = new Map<string, TaskProgressView>();
    for (const task of tasks) {
      const units = new Map<string, UnitFigure | null>();
      for (const organisation of reporters(task)) {
        if (task.linkedEvent) {
          units.set(organisation.id, linkedFigure(task.linkedEvent, countsOf.get(organisation.id), release));
        } else {
          const report = reports.get(`${task.id}:${organisation.id}`);
          units.set(
            organisation.id,
            report
              ? {
                  status: report.status,
                  percent: report.percent,
                  reportedAt: report.createdAt,
                  counted: null,
                  of: null,
                }
              : null,
          );
        }
      }
      // A linked bureau with nothing to count (no pilots in its district) is not expected to act.
      const figures = [...units.values()].filter((f) => !task.linkedEvent || f !== null);
      const summary = summariseTaskProgress(figures);
      // A manual task's status is stored as its reports (or the city) set it; a linked one is computed.
      const status = task.linkedEvent ? summary.status : task.status;
      views.set(task.id, {
        status,
        overdue: isTaskOverdue({ dueOn: task.dueOn, status }, today),
        summary: { ...summary, status },
        units,
        release: task.linkedEvent === TaskLink.BenchmarkRelease ? release : null,
      });
    }
    return views;
  }
}

function linkedFigure(
  link: TaskLink,
  counts: LinkedCounts | undefined,
  release: PublishedRelease | null,
): UnitFigure | null {
  const share = (counted: number, of: number): UnitFigure | null =>
    of > 0 ? { ...linkedUnitProgress((counted * 100) / of), reportedAt: null, counted, of } : null;
  switch (link) {
    case TaskLink.BenchmarkRelease:
      return {
        ...linkedUnitProgress(release ? 100 : 0),
        reportedAt: release?.publishedAt ?? null,
        counted: null,
        of: null,
      };
    case TaskLink.Guidance:
      return counts ? share(counts.guided, counts.approved) : null;
    case TaskLink.PilotQuotas:
      return counts ? share(Math.min(counts.approved, counts.quota), counts.quota) : null;
    case TaskLink.ProgressReports:
      return counts ? share(counts.accepted, counts.approved) : null;
  }
}
