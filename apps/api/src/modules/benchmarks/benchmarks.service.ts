import { Injectable } from '@nestjs/common';
import { type Action } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { AggregationTrigger } from './aggregation-trigger';
import {
  AggregationJobState,
  type BenchmarkCellDto,
  type BenchmarkListDto,
  type BenchmarkQueryDto,
  type BenchmarkRulesDto,
  type BenchmarkStatusDto,
  type BenchmarkYearDto,
  type DisclosureRulesDto,
  type UpdateDisclosureRulesDto,
} from './benchmarks.dto';
import { type BenchmarkCellRow, BenchmarksRepository } from './benchmarks.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

function rulesOf(programme: ProgrammeEntity): DisclosureRulesDto {
  return {
    minEnterprises: programme.benchmarkMinEnterprises,
    maxEnterpriseSharePercent: programme.benchmarkMaxEnterpriseShare,
  };
}

function toCellDto(row: BenchmarkCellRow, cityCode: string): BenchmarkCellDto {
  return {
    programmeId: row.programme_id,
    year: row.year,
    occupationCode: row.occupation_code,
    occupationName: row.occupation_name,
    occupationNameEn: row.occupation_name_en,
    skillLevel: row.skill_level as BenchmarkCellDto['skillLevel'],
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    cityRollUp: row.region_code === cityCode,
    employees: row.employees,
    enterprises: row.enterprises,
    maxEnterpriseShare: Number(row.max_enterprise_share),
    mean: Number(row.mean),
    p10: Number(row.p10),
    p25: Number(row.p25),
    p50: Number(row.p50),
    p75: Number(row.p75),
    p90: Number(row.p90),
    shares: {
      base: Number(row.share_base),
      post: Number(row.share_post),
      performance: Number(row.share_performance),
      allowances: Number(row.share_allowances),
      other: Number(row.share_other),
    },
    footnote: row.footnote,
    computedAt: row.computed_at,
  };
}

/**
 * The bureaus' view of the computed (unpublished) benchmark cells and control of their
 * computation. The computation itself runs in the worker (BenchmarkAggregator).
 */
@Injectable()
export class BenchmarksService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: BenchmarksRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly trigger: AggregationTrigger,
  ) {}

  async list(caller: Caller, query: BenchmarkQueryDto): Promise<BenchmarkListDto> {
    const programme = await this.findProgramme(caller, query.programmeId, 'read');
    const [rows, total] = await this.repository.findCells(
      programme,
      this.access.scope(caller, 'benchmarks', 'read'),
      query,
    );
    return { items: rows.map((row) => toCellDto(row, programme.regionCode)), total };
  }

  async status(caller: Caller, query: BenchmarkYearDto): Promise<BenchmarkStatusDto> {
    const programme = await this.findProgramme(caller, query.programmeId, 'read');
    return this.statusOf(programme, query.year);
  }

  /** The city bureau asks for every cell of a year to be recomputed (e.g. after correcting data). */
  async recompute(caller: Caller, dto: BenchmarkYearDto): Promise<BenchmarkStatusDto> {
    const programme = await this.unitOfWork.run(async (tx) => {
      const found = await this.findProgramme(caller, dto.programmeId, 'update', tx);
      await this.repository.requestFullRecompute(found.id, dto.year, tx);
      await this.audit.record(
        {
          action: 'benchmark.recompute',
          entityType: 'programme',
          entityId: found.id,
          after: { year: dto.year, rules: rulesOf(found) },
        },
        tx,
      );
      return found;
    });
    await this.trigger.request(programme.id, dto.year);
    return this.statusOf(programme, dto.year);
  }

  /** The city bureau sets the programme's disclosure thresholds; every year with data is recomputed. */
  async updateRules(
    caller: Caller,
    dto: UpdateDisclosureRulesDto,
    precondition?: Precondition,
  ): Promise<BenchmarkRulesDto> {
    const { programme, years, version } = await this.unitOfWork.run(async (tx) => {
      const found = await this.findProgramme(caller, dto.programmeId, 'update', tx, true);
      await this.preconditions.assert(
        precondition,
        { entityType: 'programme', key: found.id, version: found.version },
        tx,
      );
      const before = rulesOf(found);
      await this.repository.updateRules(found.id, dto, tx);
      const after = {
        minEnterprises: dto.minEnterprises,
        maxEnterpriseSharePercent: dto.maxEnterpriseSharePercent,
      };
      const recomputeYears = await this.repository.yearsWithData(found.id, tx);
      await this.audit.record(
        {
          action: 'benchmark.rules.update',
          entityType: 'programme',
          entityId: found.id,
          before,
          after: { ...after, recomputeYears },
        },
        tx,
      );
      const saved = (await this.repository.findProgramme({ kind: 'all' }, found.id, tx))!;
      return { programme: found, years: recomputeYears, version: saved.version };
    });
    // the job sees rules differing from those the cells were computed with and recomputes fully
    for (const year of years) await this.trigger.request(programme.id, year);
    return {
      programmeId: programme.id,
      minEnterprises: dto.minEnterprises,
      maxEnterpriseSharePercent: dto.maxEnterpriseSharePercent,
      recomputeYears: years,
      programmeVersion: version,
    };
  }

  private async statusOf(programme: ProgrammeEntity, year: number): Promise<BenchmarkStatusDto> {
    const [state, pendingUploads, counts, job] = await Promise.all([
      this.repository.findState(programme.id, year),
      this.repository.countPending(programme.id, year),
      this.repository.countCells(programme.id, year),
      this.trigger.state(programme.id, year),
    ]);
    const rules = rulesOf(programme);
    const appliedRules =
      state?.minEnterprises != null && state.maxEnterpriseShare != null
        ? { minEnterprises: state.minEnterprises, maxEnterpriseSharePercent: state.maxEnterpriseShare }
        : null;
    const fullRecomputePending =
      (state?.fullRequestedAt ?? null) !== null ||
      (appliedRules !== null &&
        (appliedRules.minEnterprises !== rules.minEnterprises ||
          appliedRules.maxEnterpriseSharePercent !== rules.maxEnterpriseSharePercent));
    const jobState =
      job === 'running'
        ? AggregationJobState.Running
        : job === 'queued'
          ? AggregationJobState.Queued
          : AggregationJobState.Idle;
    return {
      programmeId: programme.id,
      programmeVersion: programme.version,
      year,
      computedAt: state?.computedAt ?? null,
      fullComputedAt: state?.fullComputedAt ?? null,
      lastDurationMs: state?.lastDurationMs ?? null,
      lastPairs: state?.lastPairs ?? null,
      pendingUploads,
      fullRecomputePending,
      job: jobState,
      upToDate: pendingUploads === 0 && !fullRecomputePending && jobState === AggregationJobState.Idle,
      rules,
      appliedRules,
      cells: counts.cells,
      suppressedCells: counts.suppressed,
    };
  }

  /** The programme in the caller's programme scope for `action`, or 404 (audited if it exists). */
  private async findProgramme(
    caller: Caller,
    id: string,
    action: Action,
    tx?: Tx,
    lock = false,
  ): Promise<ProgrammeEntity> {
    const programme = await this.repository.findProgramme(
      this.access.programmeScope(caller, action),
      id,
      tx,
      lock,
    );
    if (programme) return programme;
    throw AppException.notFound(
      (await this.repository.programmeExists(id, tx)) ? { entityType: 'programme', entityId: id } : undefined,
    );
  }
}
