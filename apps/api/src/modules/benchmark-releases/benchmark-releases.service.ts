import { Injectable } from '@nestjs/common';
import {
  BENCHMARK_RELEASE_STATUS_LABELS,
  BENCHMARK_RELEASE_WORKFLOW,
  BenchmarkReleaseAction,
  benchmarkReleaseLabel,
  BenchmarkReleaseStatus,
  releaseDisclosureWarning,
  ReleaseDisclosureWarning,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import {
  type AuditChanges,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { BenchmarkException } from '../benchmarks/benchmark.exception';
import { NotificationsService } from '../notifications/notifications.service';
import { BenchmarkReleaseException } from './benchmark-release.exception';
import { type BenchmarkReleaseEntity } from './benchmark-release.entity';
import {
  type BenchmarkReleaseDetailDto,
  type BenchmarkReleaseDto,
  type BenchmarkReleaseListDto,
  type BenchmarkReleaseQueryDto,
  type CreateBenchmarkReleaseDto,
} from './benchmark-releases.dto';
import { BenchmarkReleasesRepository, type ReleaseRow } from './benchmark-releases.repository';
import { buildMethodNote, type MethodNote } from './method-note';
import { ReleaseChangeControl } from './release-change-control';
import { ProgrammeException } from '../programmes/programme.exception';

/** A release as the workflow kernel sees it; `label` is set when the step publishes it. */
type ReleaseSubject = WorkflowSubject<BenchmarkReleaseStatus> & { row: ReleaseRow; label?: string };

function subjectOf(row: ReleaseRow): ReleaseSubject {
  return { id: row.release.id, status: row.release.status, makerId: row.release.createdBy, row };
}

/**
 * 工资价位发布: the city bureau snapshots the computed cells of a programme and year into a draft,
 * reviews it, and publishes it under the next number; the published release is immutable and a
 * correction is a new release. District bureaus read the releases of their city.
 */
@Injectable()
export class BenchmarkReleasesService {
  constructor(
    private readonly repository: BenchmarkReleasesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly workflow: WorkflowTransitions,
    private readonly changeControl: ReleaseChangeControl,
  ) {}

  async list(caller: Caller, query: BenchmarkReleaseQueryDto): Promise<BenchmarkReleaseListDto> {
    const [rows, total] = await this.repository.findPage(
      this.access.programmeScope(caller, 'read'),
      this.access.programmeScope(caller, 'update'),
      query,
    );
    return { items: rows.map((row) => this.toDto(caller, row)), total };
  }

  async get(caller: Caller, id: string): Promise<BenchmarkReleaseDetailDto> {
    const row = await this.findOrFail(caller, id);
    const statistics = await this.repository.statistics(id, row.regionCode);
    return {
      ...this.toDto(caller, row),
      statistics: {
        ...statistics,
        suppressed: statistics.cells - statistics.published,
        suppressedByFootnote: statistics.suppressedByFootnote,
      },
      disclosureWarning: releaseDisclosureWarning(statistics.cells, statistics.published),
      methodNote: await this.methodNote(row),
      outdated: await this.isOutdated(row),
    };
  }

  /** The method note of a release, generated from its data. */
  async methodNote(row: ReleaseRow): Promise<MethodNote> {
    const { release } = row;
    const statistics = await this.repository.statistics(release.id, row.regionCode);
    return buildMethodNote({
      programmeTitle: row.programmeTitle,
      regionName: row.regionName,
      regionNameEn: row.regionNameEn,
      year: release.year,
      label: benchmarkReleaseLabel(release.year, release.releaseNumber),
      publishedAt: release.publishedAt,
      description: release.description,
      enterpriseCount: release.enterpriseCount,
      employeeCount: release.employeeCount,
      minEnterprises: release.minEnterprises,
      maxEnterpriseShare: release.maxEnterpriseShare,
      ...statistics,
    });
  }

  /** Whether an unpublished snapshot lags behind the computed cells or uploads awaiting them. */
  private async isOutdated({ release }: ReleaseRow): Promise<boolean> {
    if (
      release.status !== BenchmarkReleaseStatus.Draft &&
      release.status !== BenchmarkReleaseStatus.Reviewed
    ) {
      return false;
    }
    const { computedAt } = await this.repository.computedCells(release.programmeId, release.year);
    const pending = await this.repository.pendingUploads(release.programmeId, release.year);
    return pending > 0 || (computedAt !== null && computedAt.getTime() > release.computedAt.getTime());
  }

  /**
   * Snapshots the computed cells into a draft. Refused while uploads wait for aggregation (the
   * cells would be out of date), when nothing is computed, or while another release of the
   * programme and year is under review. Check and copy see one snapshot (repeatable read).
   */
  async create(caller: Caller, dto: CreateBenchmarkReleaseDto): Promise<BenchmarkReleaseDetailDto> {
    const id = await this.repository.inSnapshot(async (tx) => {
      const programme = await this.repository.findProgramme(
        this.access.programmeScope(caller, 'update'),
        dto.programmeId,
        tx,
      );
      if (!programme) throw ProgrammeException.invalid('programmeId', 'programme_not_visible');
      const open = await this.repository.findOpen(programme.id, dto.year, tx);
      if (open) {
        throw new BenchmarkReleaseException(
          'benchmark_release_open',
          { year: dto.year, status: BENCHMARK_RELEASE_STATUS_LABELS[open.status] },
          { extra: { releaseId: open.id } },
        );
      }
      const pending = await this.repository.pendingUploads(programme.id, dto.year, tx);
      if (pending > 0) {
        throw new BenchmarkException(
          'benchmark_aggregation_pending',
          { count: pending },
          { extra: { pendingUploads: pending } },
        );
      }
      // the cells must have been computed with the programme's current disclosure rules
      const state = await this.repository.aggregationState(programme.id, dto.year, tx);
      const rules = {
        minEnterprises: state?.minEnterprises ?? programme.benchmarkMinEnterprises,
        maxEnterpriseShare: state?.maxEnterpriseShare ?? programme.benchmarkMaxEnterpriseShare,
      };
      if (
        state?.fullRequested ||
        rules.minEnterprises !== programme.benchmarkMinEnterprises ||
        rules.maxEnterpriseShare !== programme.benchmarkMaxEnterpriseShare
      ) {
        throw new BenchmarkException('benchmark_recompute_pending');
      }
      const computed = await this.repository.computedCells(programme.id, dto.year, tx);
      if (computed.count === 0 || !computed.computedAt) {
        throw new BenchmarkException('benchmark_not_computed', { year: dto.year });
      }
      const totals = await this.repository.currentTotals(programme.id, dto.year, tx);
      const description = dto.description?.trim() ? dto.description.trim() : null;
      const saved = await this.repository.insert(
        {
          programmeId: programme.id,
          year: dto.year,
          status: BenchmarkReleaseStatus.Draft,
          releaseNumber: null,
          description,
          minEnterprises: rules.minEnterprises,
          maxEnterpriseShare: rules.maxEnterpriseShare,
          enterpriseCount: totals.enterprises,
          employeeCount: totals.employees,
          computedAt: computed.computedAt,
          createdBy: caller.userId,
        },
        tx,
      );
      const cells = await this.repository.snapshotCells(saved.id, programme.id, dto.year, tx);
      // a correction: what differencing it with the published releases would reveal
      const acrossReleases = await this.changeControl.apply(
        saved.id,
        programme.id,
        dto.year,
        programme.region!.code,
        { minEnterprises: rules.minEnterprises, maxEnterpriseSharePercent: rules.maxEnterpriseShare },
        tx,
      );
      await this.audit.record(
        {
          action: 'benchmark_release.create',
          entityType: 'benchmark_release',
          entityId: saved.id,
          after: {
            programmeId: programme.id,
            year: dto.year,
            cells,
            enterprises: totals.enterprises,
            employees: totals.employees,
            minEnterprises: saved.minEnterprises,
            maxEnterpriseShare: saved.maxEnterpriseShare,
            computedAt: computed.computedAt,
            description,
            acrossReleases,
          },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  /**
   * One workflow step (review, publish, discard) through the kernel: lock, who-may-act (the city
   * bureau, on a release of its own programme: others get 404 from the change scope), history
   * row, audit `benchmark_release.<action>` and the publication notices, in one transaction.
   * The review comment or discard reason is the step's reason.
   */
  async transition(
    caller: Caller,
    id: string,
    action: BenchmarkReleaseAction,
    text: string | null | undefined,
  ): Promise<BenchmarkReleaseDetailDto> {
    const scope = this.access.programmeScope(caller, 'update');
    await this.workflow.run(caller, {
      workflow: BENCHMARK_RELEASE_WORKFLOW,
      action,
      reason: text,
      entityType: 'benchmark_release',
      lock: async (tx) => {
        await this.repository.lock(id, tx);
        const row = await this.repository.findInScope(scope, scope, id, tx);
        if (!row) throw await this.notFound(id, tx);
        return subjectOf(row);
      },
      apply: (subject, step) => this.applyStep(caller, subject, action, step),
      notify: async (subject, step) => {
        if (subject.label) await this.notifyPublication(subject.row, subject.label, step.tx);
        return null;
      },
    });
    return this.get(caller, id);
  }

  /** The release's own part of a step: who reviewed, published (under the next number) or discarded it. */
  private async applyStep(
    caller: Caller,
    subject: ReleaseSubject,
    action: BenchmarkReleaseAction,
    { to, reason: note, now, tx }: StepContext<BenchmarkReleaseStatus>,
  ): Promise<AuditChanges> {
    const { release } = subject.row;
    const changes: Partial<BenchmarkReleaseEntity> = { status: to };
    switch (action) {
      case BenchmarkReleaseAction.Review:
        Object.assign(changes, { reviewComment: note, reviewedBy: caller.userId, reviewedAt: now });
        break;
      case BenchmarkReleaseAction.Publish: {
        // an all-withheld table tells the public nothing and invites differencing with the next one
        const { cells, published } = await this.repository.statistics(release.id, subject.row.regionCode, tx);
        if (releaseDisclosureWarning(cells, published) === ReleaseDisclosureWarning.NothingPublishable) {
          throw new BenchmarkReleaseException('benchmark_release_nothing_publishable', { cells });
        }
        // numbers follow publication order; one release is open per programme and year, so no race
        const releaseNumber = await this.repository.nextReleaseNumber(release.programmeId, release.year, tx);
        Object.assign(changes, { releaseNumber, publishedBy: caller.userId, publishedAt: now });
        subject.label = benchmarkReleaseLabel(release.year, releaseNumber)!;
        break;
      }
      case BenchmarkReleaseAction.Discard:
        Object.assign(changes, { discardReason: note, discardedBy: caller.userId, discardedAt: now });
        break;
    }
    await this.repository.update(release.id, changes, tx);
    // the check names the maker it checks (the record's actor is the checker)
    const maker =
      action === BenchmarkReleaseAction.Discard
        ? {}
        : { makerId: release.createdBy, makerUsername: subject.row.createdByUsername };
    return {
      after: {
        ...maker,
        ...(changes.releaseNumber ? { releaseNumber: changes.releaseNumber, label: subject.label } : {}),
        ...(note ? { [action === BenchmarkReleaseAction.Review ? 'comment' : 'reason']: note } : {}),
      },
    };
  }

  /** District bureaus learn of a new release; contributing enterprises can now see their position. */
  private async notifyPublication(row: ReleaseRow, label: string, tx: Tx): Promise<void> {
    const { release } = row;
    const cityPath = (await this.repository.findProgramme({ kind: 'all' }, release.programmeId, tx))!.region!
      .path;
    const recipients = await this.repository.publicationRecipients(
      release.programmeId,
      release.year,
      cityPath,
      tx,
    );
    await this.notifications.notify(
      {
        recipientOrganisationIds: recipients.districtBureaus,
        kind: 'benchmark_release.publish',
        title: {
          'zh-CN': `${row.regionName} ${release.year} 年度工资价位已发布（${label}）`,
          en: `${row.regionNameEn} wage benchmarks ${release.year} published (${label})`,
        },
        link: `/benchmark-releases/${release.id}`,
        dedupeKey: `benchmark-release:${release.id}:publish`,
      },
      tx,
    );
    await this.notifications.notify(
      {
        recipientOrganisationIds: recipients.enterprises,
        kind: 'benchmark_release.publish',
        title: {
          'zh-CN': `${release.year} 年度工资价位已发布（${label}），可查看本企业薪酬对标`,
          en: `Wage benchmarks ${release.year} published (${label}): see how your pay compares`,
        },
        link: `/benchmark-position?programmeId=${release.programmeId}&year=${release.year}`,
        dedupeKey: `benchmark-release:${release.id}:publish`,
      },
      tx,
    );
  }

  toDto(caller: Caller, row: ReleaseRow): BenchmarkReleaseDto {
    const { release } = row;
    return {
      id: release.id,
      programmeId: release.programmeId,
      programmeTitle: row.programmeTitle,
      regionCode: row.regionCode,
      regionName: row.regionName,
      year: release.year,
      status: release.status,
      releaseNumber: release.releaseNumber,
      label: benchmarkReleaseLabel(release.year, release.releaseNumber),
      description: release.description,
      enterpriseCount: release.enterpriseCount,
      employeeCount: release.employeeCount,
      minEnterprises: release.minEnterprises,
      maxEnterpriseShare: release.maxEnterpriseShare,
      computedAt: release.computedAt,
      createdAt: release.createdAt,
      createdByName: row.createdByName,
      callerIsMaker: release.createdBy === caller.userId,
      reviewComment: release.reviewComment,
      reviewedByName: row.reviewedByName,
      reviewedAt: release.reviewedAt,
      publishedByName: row.publishedByName,
      publishedAt: release.publishedAt,
      discardedAt: release.discardedAt,
      discardReason: release.discardReason,
      // only the city bureau that owns the programme takes the steps
      availableActions: row.owned
        ? this.access.openActions(caller, BENCHMARK_RELEASE_WORKFLOW, subjectOf(row))
        : [],
    };
  }

  async findOrFail(caller: Caller, id: string): Promise<ReleaseRow> {
    const row = await this.repository.findInScope(
      this.access.programmeScope(caller, 'read'),
      this.access.programmeScope(caller, 'update'),
      id,
    );
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** 404, naming the entity only when it exists but lies outside the scope. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'benchmark_release', entityId: id } : undefined,
    );
  }
}
