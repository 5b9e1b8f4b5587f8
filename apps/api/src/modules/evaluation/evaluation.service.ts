import { Injectable } from '@nestjs/common';
import {
  type AdoptionWeights,
  adoptionIndex,
  adoptionWeightsProblem,
  adoptsAnything,
  chinaToday,
  DEFAULT_ADOPTION_WEIGHTS,
  declaredDiffers,
  declaredGrowth,
  DEMONSTRATION_UNIT_KIND_LABELS,
  DemonstrationUnitKind,
  EVALUATION_ELEMENT_LABELS,
  EVALUATION_ELEMENTS,
  type EvaluationElement,
  GuidanceKind,
  MIN_OUTCOME_CELL,
  type ProgressReportAdoption,
  REFERENCE_VARIABLE_SHARE_PERCENT,
  withAdoptionDefaults,
} from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { AccessService } from '../../common/access/access.service';
import { type EvaluationScope } from '../../common/access/scope';
import { type Caller } from '../../common/auth/caller';
import { type RequestContext } from '../../common/context/request-context';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { pageOffset } from '../../common/http/pagination.dto';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import {
  type CreateDemonstrationUnitDto,
  type CreateInfluencedEnterpriseDto,
  type DeleteDemonstrationUnitDto,
  type DemonstrationUnitDto,
  type DemonstrationUnitListDto,
  type EnterpriseEvaluationDto,
  type EvaluationPilotDto,
  type EvaluationRegionRollupDto,
  type EvaluationWeightsDto,
  type InfluencedCandidateDto,
  type InfluencedEnterpriseDto,
  type InfluencedEnterpriseListDto,
  type InfluencedEnterpriseQueryDto,
  type ProgrammeEvaluationDto,
  type PublicDemonstrationUnitListDto,
  type UpdateDemonstrationUnitDto,
  type UpdateEvaluationWeightsDto,
  type UpdateInfluencedEnterpriseDto,
} from './evaluation.dto';
import { type AdoptionDto } from '../progress-reports/progress-reports.dto';
import { EvaluationException } from './evaluation.exception';
import {
  adoptionRollup,
  type AdoptionRollup,
  type DemonstrationSnapshot,
  enterpriseOutcome,
  type EnterpriseWages,
  influenceRollup,
  type InfluenceRollup,
  measuredGrowth,
  type OutcomeRollup,
  outcomeRollups,
  wagesByEnterprise,
} from './evaluation.figures';
import {
  type AcceptedReportRow,
  type DemonstrationRow,
  type EvaluationProgrammeRow,
  EvaluationRepository,
  type InfluencedRow,
  type PilotRow,
  type UnitRow,
} from './evaluation.repository';

/** Everything the programme's roll-ups are computed from, read in one pass of set-based queries. */
interface ProgrammeData {
  programme: EvaluationProgrammeRow;
  weights: AdoptionWeights;
  units: UnitRow[];
  pilots: PilotRow[];
  reports: Map<string, AcceptedReportRow[]>;
  wages: Map<string, EnterpriseWages>;
  rollups: Map<string, { adoption: AdoptionRollup; influence: InfluenceRollup; outcomes: OutcomeRollup }>;
  demonstration: Set<string>;
}

const INFLUENCING_KINDS: readonly GuidanceKind[] = [GuidanceKind.Training, GuidanceKind.DemonstrationClass];

/**
 * 总结评估 (青人社字〔2021〕61号 三(三)): what the programme changed, measured from the data the
 * portal holds. Adoption from each pilot's latest accepted progress report, scored with the
 * programme's weights; 带动一批 from the enterprises its trainings and 示范班 reached; wage
 * outcomes from stored uploads, with the benchmarks' disclosure rules beyond the enterprise;
 * demonstration units marked by the city with their figures attached.
 *
 * Scope (AccessService.evaluationScope): bureaus their region (a district its own district plus
 * the city line for comparison), an enterprise itself (the enterprise route only), reviewer
 * organisations the roll-ups only — never an enterprise's row.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: EvaluationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private get english(): boolean {
    return this.cls.get('language') === 'en';
  }

  private label(labels: { 'zh-CN': string; en: string }): string {
    return this.english ? labels.en : labels['zh-CN'];
  }

  /** The programme on the caller's branch of the region tree, or 404. */
  private async programmeOrFail(
    scope: EvaluationScope,
    programmeId: string,
    tx?: Tx,
    lock = false,
  ): Promise<EvaluationProgrammeRow> {
    if (scope.kind === 'none') throw AppException.notFound();
    const programme = await this.repository.programme(programmeId, scope.regionPath, this.english, tx, lock);
    if (!programme) throw AppException.notFound();
    return programme;
  }

  /** The programme if the caller's region contains it (the city bureau running it), or 404. */
  private async ownProgrammeOrFail(
    scope: EvaluationScope,
    programmeId: string,
    tx?: Tx,
    lock = false,
  ): Promise<EvaluationProgrammeRow> {
    const programme = await this.programmeOrFail(scope, programmeId, tx, lock);
    if (scope.kind !== 'region' || !programme.region_path.startsWith(scope.regionPath)) {
      throw AppException.notFound();
    }
    return programme;
  }

  private async weightsOf(
    programmeId: string,
    tx?: Tx,
  ): Promise<{ weights: AdoptionWeights; version: number }> {
    const setting = await this.repository.setting(programmeId, tx);
    return { weights: setting?.adoptionWeights ?? DEFAULT_ADOPTION_WEIGHTS, version: setting?.version ?? 0 };
  }

  private weightsDto(programmeId: string, weights: AdoptionWeights, version: number): EvaluationWeightsDto {
    return {
      programmeId,
      weights: { ...weights },
      isDefault: EVALUATION_ELEMENTS.every(
        (element) => weights[element] === DEFAULT_ADOPTION_WEIGHTS[element],
      ),
      version,
    };
  }

  // ---- the programme's roll-ups ----

  private async programmeData(programme: EvaluationProgrammeRow): Promise<ProgrammeData> {
    const cityCode = programme.region_code;
    const [{ weights }, units, pilots, reached, figures, demonstration] = await Promise.all([
      this.weightsOf(programme.id),
      this.repository.units(cityCode, this.english),
      this.repository.pilots(programme.id, cityCode),
      this.repository.reached(programme.id, cityCode),
      this.repository.wageFigures(programme.id, cityCode, null),
      this.repository.demonstrationEnterpriseIds(programme.id),
    ]);
    const reportRows = await this.repository.acceptedReports(
      programme.id,
      pilots.map((pilot) => pilot.enterprise_id),
      2,
    );
    const reports = new Map<string, AcceptedReportRow[]>();
    for (const row of reportRows)
      reports.set(row.enterprise_id, [...(reports.get(row.enterprise_id) ?? []), row]);
    const adoptionOf = (enterpriseId: string, rank: number) => {
      const row = reports.get(enterpriseId)?.find((report) => report.rank === rank);
      return row ? withAdoptionDefaults(row.adoption) : null;
    };
    const wages = wagesByEnterprise(figures.rows);
    const unitCodes = units.map((unit) => unit.code);
    const outcomes = outcomeRollups(
      figures.members.map((m) => ({ enterpriseId: m.enterprise_id, pilot: m.pilot, unitCode: m.unit_code })),
      wages,
      unitCodes,
      { minEnterprises: programme.min_enterprises, maxEnterpriseSharePercent: programme.max_share },
    );
    const rollups: ProgrammeData['rollups'] = new Map();
    const rollupOf = (inUnit: (unitCode: string) => boolean, outcome: OutcomeRollup) => ({
      adoption: adoptionRollup(
        pilots
          .filter((pilot) => inUnit(pilot.unit_code))
          .map((pilot) => ({
            latest: adoptionOf(pilot.enterprise_id, 1),
            previous: adoptionOf(pilot.enterprise_id, 2),
          })),
        weights,
      ),
      influence: influenceRollup(
        reached.filter((row) => inUnit(row.unit_code)).length,
        reached
          .filter((row) => inUnit(row.unit_code) && row.adoption !== null)
          .map((row) => withAdoptionDefaults(row.adoption!)),
        weights,
      ),
      outcomes: outcome,
    });
    // the city line, then each part: 市直 (the city's own enterprises) and the districts
    rollups.set(
      'city',
      rollupOf(() => true, outcomes.city),
    );
    for (const unit of units) {
      rollups.set(
        unit.code,
        rollupOf((code) => code === unit.code, outcomes.parts.get(unit.code)!),
      );
    }
    return { programme, weights, units, pilots, reports, wages, rollups, demonstration };
  }

  private regionRollupDto(
    data: ProgrammeData,
    key: string,
    regionCode: string,
    regionName: string,
    level: 'city' | 'district',
    cityDirect: boolean,
  ): EvaluationRegionRollupDto {
    const rollup = data.rollups.get(key)!;
    return {
      regionCode,
      regionName,
      level,
      cityDirect,
      adoption: rollup.adoption,
      influence: rollup.influence,
      outcomes: { ...rollup.outcomes, referenceVariableShare: REFERENCE_VARIABLE_SHARE_PERCENT },
    };
  }

  private pilotDto(data: ProgrammeData, pilot: PilotRow, unit: UnitRow): EvaluationPilotDto {
    const latest = data.reports.get(pilot.enterprise_id)?.find((report) => report.rank === 1) ?? null;
    const index = latest ? adoptionIndex(withAdoptionDefaults(latest.adoption), data.weights) : null;
    const wages = data.wages.get(pilot.enterprise_id);
    const outcome = enterpriseOutcome(wages, false);
    const measured = measuredGrowth(wages);
    return {
      enterpriseId: pilot.enterprise_id,
      enterpriseName: pilot.name,
      regionCode: unit.code,
      regionName: unit.name,
      period: latest?.period ?? null,
      index: index?.index ?? null,
      missing: index?.missing ?? [...EVALUATION_ELEMENTS],
      highSkillGrowth: outcome.highSkillGrowth,
      managementGrowth: outcome.managementGrowth,
      ruleHolds: outcome.ruleHolds,
      declaredDiffers:
        latest && outcome.fromYear !== null
          ? declaredDiffers(declaredGrowth(latest.indicators), measured)
          : null,
      demonstration: data.demonstration.has(pilot.enterprise_id),
    };
  }

  /**
   * The programme's evaluation for the caller (stable: the evaluation report calls it too). The
   * city: the whole programme and every part (市直 and each district), or the one `regionCode`
   * names; a district: its own district and the city line; reviewer organisations: the roll-ups
   * only (`pilots` null). An enterprise is refused (403): it reads its own evaluation.
   */
  async programmeEvaluation(
    caller: Caller,
    programmeId: string,
    regionCode?: string,
  ): Promise<ProgrammeEvaluationDto> {
    const scope = this.access.evaluationScope(caller, 'evaluation', 'read');
    if (scope.kind === 'organisation') throw new EvaluationException('evaluation_enterprise_route');
    const programme = await this.programmeOrFail(scope, programmeId);
    if (scope.kind === 'none') throw AppException.notFound();
    const data = await this.programmeData(programme);
    const callerPath = scope.regionPath;
    const visible = data.units.filter((unit) =>
      unit.city_direct
        ? unit.path.startsWith(callerPath)
        : unit.path.startsWith(callerPath) || callerPath.startsWith(unit.path),
    );
    const shown = regionCode === undefined ? visible : visible.filter((unit) => unit.code === regionCode);
    if (regionCode !== undefined && shown.length === 0) {
      throw EvaluationException.invalid('regionCode', 'evaluation_region_unknown');
    }
    const unitByCode = new Map(data.units.map((unit) => [unit.code, unit]));
    const shownCodes = new Set(shown.map((unit) => unit.code));
    const { weights, version } = await this.weightsOf(programme.id);
    return {
      programme: {
        id: programme.id,
        title: programme.title,
        documentNumber: programme.document_number,
        status: programme.status,
        regionCode: programme.region_code,
        regionName: programme.region_name,
      },
      weights: this.weightsDto(programme.id, weights, version),
      disclosure: {
        minEnterprises: programme.min_enterprises,
        maxEnterpriseSharePercent: programme.max_share,
        minOutcomeCell: MIN_OUTCOME_CELL,
      },
      city: this.regionRollupDto(data, 'city', programme.region_code, programme.region_name, 'city', false),
      districts: shown.map((unit) =>
        this.regionRollupDto(data, unit.code, unit.code, unit.name, 'district', unit.city_direct),
      ),
      pilots:
        scope.kind === 'region'
          ? data.pilots
              .filter((pilot) => shownCodes.has(pilot.unit_code))
              .map((pilot) => this.pilotDto(data, pilot, unitByCode.get(pilot.unit_code)!))
          : null,
    };
  }

  // ---- one enterprise ----

  /**
   * One enterprise's evaluation in a programme: the enterprise itself (every figure), the bureau
   * of its district (the city for 市直) and the city (small cells withheld). Reviewers and any
   * other enterprise get 404.
   */
  async enterpriseEvaluation(
    caller: Caller,
    enterpriseId: string,
    programmeId: string,
  ): Promise<EnterpriseEvaluationDto> {
    const scope = this.access.evaluationScope(caller, 'evaluation', 'read');
    if (scope.kind === 'aggregate' || scope.kind === 'none') throw AppException.notFound();
    if (scope.kind === 'organisation' && scope.organisationId !== enterpriseId) throw AppException.notFound();
    const programme = await this.programmeOrFail(scope, programmeId);
    const enterprise = await this.repository.enterprise(enterpriseId, programme.region_code, this.english);
    if (!enterprise) throw AppException.notFound();
    if (scope.kind === 'region' && !enterprise.region_path.startsWith(scope.regionPath)) {
      throw AppException.notFound();
    }
    const full = scope.kind === 'organisation';
    const [{ weights }, reports, figures, pilot, demonstration] = await Promise.all([
      this.weightsOf(programme.id),
      this.repository.acceptedReports(programme.id, [enterpriseId], null),
      this.repository.wageFigures(programme.id, programme.region_code, [enterpriseId]),
      this.repository.isApprovedPilot(programme.id, enterpriseId),
      this.repository.demonstrationEnterpriseIds(programme.id),
    ]);
    const wages = wagesByEnterprise(figures.rows).get(enterpriseId);
    const outcome = enterpriseOutcome(wages, full);
    const latest = reports.find((report) => report.rank === 1) ?? null;
    const index = latest ? adoptionIndex(withAdoptionDefaults(latest.adoption), weights) : null;
    const element = (e: EvaluationElement) => ({
      element: e,
      label: this.label(EVALUATION_ELEMENT_LABELS[e]),
      articles: EVALUATION_ELEMENT_LABELS[e].articles,
    });
    const declared = latest ? declaredGrowth(latest.indicators) : null;
    return {
      enterpriseId,
      enterpriseName: enterprise.name,
      regionCode: enterprise.region_code,
      regionName: enterprise.region_name,
      programmeId: programme.id,
      pilot,
      demonstration: demonstration.has(enterpriseId),
      fullFigures: full,
      weights: { ...weights },
      adoption:
        latest && index
          ? {
              period: latest.period,
              index: index.index,
              elements: index.elements.map((score) => ({ ...element(score.element), ...score })),
              missing: index.missing.map(element),
            }
          : null,
      history: [...reports]
        .sort((a, b) => b.rank - a.rank)
        .map((report) => ({
          period: report.period,
          index: adoptionIndex(withAdoptionDefaults(report.adoption), weights).index,
        })),
      outcomes: {
        ...outcome,
        declared: latest && declared ? { period: latest.period, ...declared } : null,
        declaredDiffers:
          declared && outcome.fromYear !== null ? declaredDiffers(declared, measuredGrowth(wages)) : null,
        referenceVariableShare: REFERENCE_VARIABLE_SHARE_PERCENT,
      },
    };
  }

  // ---- weights ----

  async weights(caller: Caller, programmeId: string): Promise<EvaluationWeightsDto> {
    const programme = await this.programmeOrFail(
      this.access.evaluationScope(caller, 'evaluation', 'read'),
      programmeId,
    );
    const { weights, version } = await this.weightsOf(programme.id);
    return this.weightsDto(programme.id, weights, version);
  }

  /** The city bureau sets the programme's weights (whole points adding up to 100); audited. */
  async updateWeights(
    caller: Caller,
    programmeId: string,
    dto: UpdateEvaluationWeightsDto,
    precondition?: Precondition,
  ): Promise<EvaluationWeightsDto> {
    const scope = this.access.evaluationScope(caller, 'evaluation', 'update');
    const weights = Object.fromEntries(
      EVALUATION_ELEMENTS.map((element) => [element, dto.weights[element]]),
    ) as AdoptionWeights;
    const problem = adoptionWeightsProblem(dto.weights as unknown as Record<string, unknown>);
    if (problem === 'total') {
      const total = EVALUATION_ELEMENTS.reduce((sum, element) => sum + weights[element], 0);
      throw EvaluationException.invalid('weights', 'evaluation_weight_total', { total });
    }
    if (problem !== null) {
      const labels = EVALUATION_ELEMENT_LABELS[problem as EvaluationElement];
      throw labels
        ? EvaluationException.invalid(`weights.${problem}`, 'evaluation_weight_invalid', {
            element: { 'zh-CN': labels['zh-CN'], en: labels.en },
          })
        : EvaluationException.invalid(`weights.${problem}`, 'evaluation_weight_unknown', {
            element: problem,
          });
    }
    await this.unitOfWork.run(async (tx) => {
      const programme = await this.ownProgrammeOrFail(scope, programmeId, tx, true);
      const current = await this.weightsOf(programme.id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'evaluation_setting', key: programme.id, version: current.version },
        tx,
      );
      if (JSON.stringify(current.weights) === JSON.stringify(weights) && current.version > 0) return;
      await this.repository.saveWeights(programme.id, weights, caller.userId, tx);
      await this.audit.record(
        {
          action: 'evaluation.weights',
          entityType: 'evaluation_setting',
          entityId: programme.id,
          before: { weights: current.weights },
          after: { weights },
        },
        tx,
      );
    });
    return this.weights(caller, programmeId);
  }

  // ---- influenced enterprises (带动一批) ----

  private influencedScope(caller: Caller, action: 'read' | 'create' | 'update' | 'delete') {
    const scope = this.access.evaluationScope(caller, 'influencedEnterprises', action);
    return scope.kind === 'region' ? scope : null;
  }

  private influencedDto(
    row: InfluencedRow,
    weights: AdoptionWeights,
    caller: Caller,
  ): InfluencedEnterpriseDto {
    const adoption = withAdoptionDefaults(row.adoption);
    return {
      id: row.id,
      programmeId: row.programme_id,
      enterpriseId: row.enterprise_id,
      enterpriseName: row.enterprise_name,
      regionCode: row.region_code,
      regionName: row.region_name,
      activityId: row.activity_id,
      activityTitle: row.activity_title,
      activityKind: row.activity_kind,
      activityOn: row.activity_on,
      reportedOn: row.reported_on,
      adoption: adoption as AdoptionDto,
      note: row.note,
      index: adoptionIndex(adoption, weights).index,
      adoptsAnything: adoptsAnything(adoption),
      recordedBy: row.recorded_by,
      editable: row.unit_code === caller.regionCode,
      version: row.version,
    };
  }

  async influencedEnterprises(
    caller: Caller,
    query: InfluencedEnterpriseQueryDto,
  ): Promise<InfluencedEnterpriseListDto> {
    const scope = this.influencedScope(caller, 'read');
    if (!scope) throw AppException.notFound();
    const programme = await this.programmeOrFail(scope, query.programmeId);
    const { weights } = await this.weightsOf(programme.id);
    const { skip, take } = pageOffset(query);
    const [rows, total] = await this.repository.influencedPage(
      scope.regionPath,
      programme.id,
      query.regionCode ?? null,
      this.english,
      skip,
      take,
    );
    return { items: rows.map((row) => this.influencedDto(row, weights, caller)), total };
  }

  /** Enterprises the caller's bureau may record: reached by the programme, not pilots, not recorded. */
  async influencedCandidates(caller: Caller, programmeId: string): Promise<InfluencedCandidateDto[]> {
    const scope = this.influencedScope(caller, 'create');
    if (!scope) throw AppException.notFound();
    const programme = await this.programmeOrFail(scope, programmeId);
    const rows = await this.repository.candidates(
      programme.id,
      programme.region_code,
      scope.regionCode,
      this.english,
    );
    return rows.map((row) => ({
      enterpriseId: row.enterprise_id,
      name: row.name,
      regionCode: row.region_code,
      regionName: row.region_name,
      activities: row.activities,
    }));
  }

  private async influencedOrFail(caller: Caller, id: string, action: 'read' | 'update' | 'delete', tx?: Tx) {
    const scope = this.influencedScope(caller, action);
    const row = scope
      ? await this.repository.influenced(id, scope.regionPath, this.english, tx, tx !== undefined)
      : null;
    if (!row) {
      throw AppException.notFound(
        (await this.repository.influencedExists(id, tx))
          ? { entityType: 'influenced_enterprise', entityId: id }
          : undefined,
      );
    }
    return row;
  }

  async influencedEnterprise(caller: Caller, id: string): Promise<InfluencedEnterpriseDto> {
    const row = await this.influencedOrFail(caller, id, 'read');
    const { weights } = await this.weightsOf(row.programme_id);
    return this.influencedDto(row, weights, caller);
  }

  /** The activity is the programme's training or 示范班 that listed the enterprise, the date after it. */
  private async checkInfluence(
    programmeId: string,
    enterpriseId: string,
    dto: UpdateInfluencedEnterpriseDto,
    tx: Tx,
  ): Promise<void> {
    const activity = await this.repository.activity(dto.activityId, tx);
    if (!activity || activity.programme_id !== programmeId) {
      throw EvaluationException.invalid('activityId', 'influenced_activity_unknown');
    }
    if (!INFLUENCING_KINDS.includes(activity.kind)) {
      throw EvaluationException.invalid('activityId', 'influenced_activity_kind');
    }
    if (!activity.enterprise_ids.includes(enterpriseId)) {
      throw EvaluationException.invalid('activityId', 'influenced_activity_not_listed');
    }
    if (dto.reportedOn < activity.occurred_on) {
      throw EvaluationException.invalid('reportedOn', 'influenced_reported_before_activity', {
        date: activity.occurred_on,
      });
    }
    if (dto.reportedOn > chinaToday())
      throw EvaluationException.invalid('reportedOn', 'influenced_reported_in_future');
    const types = new Set<string>();
    dto.adoption.allowances.items.forEach((item, index) => {
      if (types.has(item.type)) {
        throw EvaluationException.invalid(
          `adoption.allowances.items.${index}.type`,
          'influenced_duplicate_allowance',
        );
      }
      types.add(item.type);
    });
  }

  private static contentOf(dto: UpdateInfluencedEnterpriseDto) {
    return {
      activityId: dto.activityId,
      reportedOn: dto.reportedOn,
      adoption: JSON.parse(JSON.stringify(dto.adoption)) as ProgressReportAdoption,
      note: dto.note?.trim() ?? '',
    };
  }

  async createInfluenced(
    caller: Caller,
    dto: CreateInfluencedEnterpriseDto,
  ): Promise<InfluencedEnterpriseDto> {
    const scope = this.influencedScope(caller, 'create');
    if (!scope) throw AppException.notFound();
    const id = await this.unitOfWork.run(async (tx) => {
      const programme = await this.programmeOrFail(scope, dto.programmeId, tx);
      const enterprise = await this.repository.enterprise(
        dto.enterpriseId,
        programme.region_code,
        this.english,
        tx,
      );
      if (!enterprise || !enterprise.region_path.startsWith(scope.regionPath)) {
        throw EvaluationException.invalid('enterpriseId', 'influenced_enterprise_unknown');
      }
      if (enterprise.unit_code !== scope.regionCode) {
        throw EvaluationException.invalid('enterpriseId', 'influenced_enterprise_other_district');
      }
      if (await this.repository.isApprovedPilot(programme.id, enterprise.id, tx)) {
        throw EvaluationException.invalid('enterpriseId', 'influenced_enterprise_pilot');
      }
      await this.checkInfluence(programme.id, enterprise.id, dto, tx);
      if (await this.repository.liveInfluencedId(programme.id, enterprise.id, tx)) {
        throw new EvaluationException('influenced_enterprise_duplicate');
      }
      const content = EvaluationService.contentOf(dto);
      const recordId = await this.repository.insertInfluenced(
        {
          programmeId: programme.id,
          enterpriseId: enterprise.id,
          ...content,
          organisationId: caller.organisationId,
          createdBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'influenced-enterprise.create',
          entityType: 'influenced_enterprise',
          entityId: recordId,
          after: { programmeId: programme.id, enterpriseId: enterprise.id, ...content },
        },
        tx,
      );
      return recordId;
    });
    return this.influencedEnterprise(caller, id);
  }

  async updateInfluenced(
    caller: Caller,
    id: string,
    dto: UpdateInfluencedEnterpriseDto,
    precondition?: Precondition,
  ): Promise<InfluencedEnterpriseDto> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.influencedOrFail(caller, id, 'update', tx);
      if (row.unit_code !== caller.regionCode) throw new EvaluationException('influenced_not_own');
      await this.preconditions.assert(
        precondition,
        { entityType: 'influenced_enterprise', key: id, version: row.version },
        tx,
      );
      await this.checkInfluence(row.programme_id, row.enterprise_id, dto, tx);
      const content = EvaluationService.contentOf(dto);
      await this.repository.updateInfluenced(id, content, tx);
      await this.audit.record(
        {
          action: 'influenced-enterprise.update',
          entityType: 'influenced_enterprise',
          entityId: id,
          before: {
            activityId: row.activity_id,
            reportedOn: row.reported_on,
            adoption: row.adoption,
            note: row.note,
          },
          after: content,
        },
        tx,
      );
    });
    return this.influencedEnterprise(caller, id);
  }

  async removeInfluenced(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.influencedOrFail(caller, id, 'delete', tx);
      if (row.unit_code !== caller.regionCode) throw new EvaluationException('influenced_not_own');
      await this.preconditions.assert(
        precondition,
        { entityType: 'influenced_enterprise', key: id, version: row.version },
        tx,
      );
      await this.repository.softDeleteInfluenced(id, tx);
      await this.audit.record(
        {
          action: 'influenced-enterprise.delete',
          entityType: 'influenced_enterprise',
          entityId: id,
          before: {
            programmeId: row.programme_id,
            enterpriseId: row.enterprise_id,
            activityId: row.activity_id,
            reportedOn: row.reported_on,
            adoption: row.adoption,
            note: row.note,
          },
        },
        tx,
      );
    });
  }

  // ---- demonstration units (示范企业, 典型区市) ----

  private demonstrationDto(row: DemonstrationRow, reduced: boolean): DemonstrationUnitDto {
    const snapshot =
      reduced && row.kind === DemonstrationUnitKind.Enterprise
        ? { ...row.snapshot, highSkillGrowth: null, managementGrowth: null }
        : row.snapshot;
    return {
      id: row.id,
      programmeId: row.programme_id,
      kind: row.kind,
      enterpriseId: row.enterprise_id,
      regionCode: row.region_code,
      name: row.name,
      placeName: row.place_name,
      reason: row.reason,
      snapshot,
      snapshotAt: row.snapshot_at,
      markedBy: row.marked_by,
      createdAt: row.created_at,
      version: row.version,
    };
  }

  /**
   * The programme's demonstration units for the caller (stable: the evaluation report calls it):
   * the city every one, a district those of its district, reviewer organisations every one with an
   * enterprise's figures reduced to its index and the rule's verdict.
   */
  async demonstrationUnits(caller: Caller, programmeId: string): Promise<DemonstrationUnitListDto> {
    const scope = this.access.evaluationScope(caller, 'demonstrationUnits', 'read');
    const programme = await this.programmeOrFail(scope, programmeId);
    const rows = await this.repository.demonstrationUnits(
      programme.id,
      scope.kind === 'region' ? scope.regionPath : null,
      this.english,
    );
    return { items: rows.map((row) => this.demonstrationDto(row, scope.kind !== 'region')) };
  }

  /** The figures a unit has now: an enterprise's as a bureau sees them, a district's roll-up. */
  private async snapshotOf(
    programme: EvaluationProgrammeRow,
    kind: DemonstrationUnitKind,
    enterpriseId: string | null,
    regionCode: string | null,
  ): Promise<DemonstrationSnapshot> {
    if (kind === DemonstrationUnitKind.Enterprise) {
      const [{ weights }, reports, figures] = await Promise.all([
        this.weightsOf(programme.id),
        this.repository.acceptedReports(programme.id, [enterpriseId!], 1),
        this.repository.wageFigures(programme.id, programme.region_code, [enterpriseId!]),
      ]);
      const outcome = enterpriseOutcome(wagesByEnterprise(figures.rows).get(enterpriseId!), false);
      const latest = reports[0] ?? null;
      return {
        period: latest?.period ?? null,
        index: latest ? adoptionIndex(withAdoptionDefaults(latest.adoption), weights).index : null,
        pilots: null,
        reported: null,
        fromYear: outcome.fromYear,
        toYear: outcome.toYear,
        highSkillGrowth: outcome.highSkillGrowth,
        managementGrowth: outcome.managementGrowth,
        ruleHolds: outcome.ruleHolds,
        elementShares: null,
      };
    }
    const data = await this.programmeData(programme);
    const rollup = data.rollups.get(regionCode!)!;
    const pilots = rollup.outcomes.pilots;
    return {
      period: null,
      index: rollup.adoption.meanIndex,
      pilots: rollup.adoption.pilots,
      reported: rollup.adoption.reported,
      fromYear: rollup.outcomes.fromYear,
      toYear: rollup.outcomes.toYear,
      highSkillGrowth: pilots?.highSkill.growth ?? null,
      managementGrowth: pilots?.management.growth ?? null,
      ruleHolds: pilots?.ruleHolds ?? null,
      elementShares: rollup.adoption.elementShares.map(({ element, share }) => ({ element, share })),
    };
  }

  private demonstrationScope(caller: Caller, action: 'create' | 'update' | 'delete') {
    return this.access.evaluationScope(caller, 'demonstrationUnits', action);
  }

  async createDemonstration(caller: Caller, dto: CreateDemonstrationUnitDto): Promise<DemonstrationUnitDto> {
    const scope = this.demonstrationScope(caller, 'create');
    const reason = dto.reason.trim();
    if (!reason) throw EvaluationException.invalid('reason', 'demonstration_reason_required');
    const kindLabel = DEMONSTRATION_UNIT_KIND_LABELS[dto.kind];
    const enterprise = dto.kind === DemonstrationUnitKind.Enterprise;
    const [needed, extra] = enterprise ? ['enterpriseId', 'regionCode'] : ['regionCode', 'enterpriseId'];
    if (!dto[needed as 'enterpriseId' | 'regionCode']) {
      throw EvaluationException.invalid(needed, 'demonstration_unit_required', { kind: kindLabel });
    }
    if (dto[extra as 'enterpriseId' | 'regionCode'] !== undefined) {
      throw EvaluationException.invalid(extra, 'demonstration_unit_extra', { kind: kindLabel });
    }
    const programme = await this.ownProgrammeOrFail(scope, dto.programmeId);
    if (enterprise) {
      if (!(await this.repository.isApprovedPilot(programme.id, dto.enterpriseId!))) {
        throw EvaluationException.invalid('enterpriseId', 'demonstration_enterprise_not_pilot');
      }
    } else {
      const units = await this.repository.units(programme.region_code, this.english);
      if (!units.some((unit) => unit.code === dto.regionCode && !unit.city_direct)) {
        throw EvaluationException.invalid('regionCode', 'demonstration_region_not_district');
      }
    }
    // The figures are read before the write, not inside it: they take several reads at once, and a
    // transaction holds one connection (the embedded database has no other).
    const snapshot = await this.snapshotOf(
      programme,
      dto.kind,
      dto.enterpriseId ?? null,
      dto.regionCode ?? null,
    );
    const id = await this.unitOfWork.run(async (tx) => {
      if (
        await this.repository.liveDemonstrationId(
          programme.id,
          dto.enterpriseId ?? null,
          dto.regionCode ?? null,
          tx,
        )
      ) {
        throw new EvaluationException('demonstration_duplicate');
      }
      const unitId = await this.repository.insertDemonstration(
        {
          programmeId: programme.id,
          kind: dto.kind,
          enterpriseId: dto.enterpriseId ?? null,
          regionCode: dto.regionCode ?? null,
          reason,
          snapshot,
          snapshotAt: new Date(),
          createdBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'demonstration-unit.create',
          entityType: 'demonstration_unit',
          entityId: unitId,
          after: {
            programmeId: programme.id,
            kind: dto.kind,
            enterpriseId: dto.enterpriseId ?? null,
            regionCode: dto.regionCode ?? null,
            reason,
            snapshot,
          },
        },
        tx,
      );
      return unitId;
    });
    return this.demonstrationDto((await this.repository.demonstrationUnit(id, this.english))!, false);
  }

  private async demonstrationOrFail(
    caller: Caller,
    id: string,
    action: 'update' | 'delete',
    tx?: Tx,
  ): Promise<{ row: DemonstrationRow; programme: EvaluationProgrammeRow }> {
    const scope = this.demonstrationScope(caller, action);
    const row =
      scope.kind === 'region'
        ? await this.repository.demonstrationUnit(id, this.english, tx, tx !== undefined)
        : null;
    const programme =
      row && scope.kind === 'region'
        ? await this.repository.programme(row.programme_id, scope.regionPath, this.english, tx)
        : null;
    if (
      !row ||
      !programme ||
      scope.kind !== 'region' ||
      !programme.region_path.startsWith(scope.regionPath)
    ) {
      throw AppException.notFound(
        (await this.repository.demonstrationExists(id, tx))
          ? { entityType: 'demonstration_unit', entityId: id }
          : undefined,
      );
    }
    return { row, programme };
  }

  /** A new reason; the figures are taken again. */
  async updateDemonstration(
    caller: Caller,
    id: string,
    dto: UpdateDemonstrationUnitDto,
    precondition?: Precondition,
  ): Promise<DemonstrationUnitDto> {
    const reason = dto.reason.trim();
    if (!reason) throw EvaluationException.invalid('reason', 'demonstration_reason_required');
    // the figures before the write (see createDemonstration); the unit's kind and target never change
    const current = await this.demonstrationOrFail(caller, id, 'update');
    const snapshot = await this.snapshotOf(
      current.programme,
      current.row.kind,
      current.row.enterprise_id,
      current.row.region_code,
    );
    await this.unitOfWork.run(async (tx) => {
      const { row } = await this.demonstrationOrFail(caller, id, 'update', tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'demonstration_unit', key: id, version: row.version },
        tx,
      );
      await this.repository.updateDemonstration(id, { reason, snapshot, snapshotAt: new Date() }, tx);
      await this.audit.record(
        {
          action: 'demonstration-unit.update',
          entityType: 'demonstration_unit',
          entityId: id,
          before: { reason: row.reason, snapshot: row.snapshot },
          after: { reason, snapshot },
        },
        tx,
      );
    });
    return this.demonstrationDto((await this.repository.demonstrationUnit(id, this.english))!, false);
  }

  async removeDemonstration(
    caller: Caller,
    id: string,
    dto: DeleteDemonstrationUnitDto,
    precondition?: Precondition,
  ): Promise<void> {
    const reason = dto.reason.trim();
    if (!reason) throw EvaluationException.invalid('reason', 'demonstration_reason_required');
    await this.unitOfWork.run(async (tx) => {
      const { row } = await this.demonstrationOrFail(caller, id, 'delete', tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'demonstration_unit', key: id, version: row.version },
        tx,
      );
      await this.repository.updateDemonstration(id, { deletedAt: new Date(), deleteReason: reason }, tx);
      await this.audit.record(
        {
          action: 'demonstration-unit.delete',
          entityType: 'demonstration_unit',
          entityId: id,
          before: { reason: row.reason, snapshot: row.snapshot },
          after: { deleteReason: reason },
        },
        tx,
      );
    });
  }

  /**
   * For the public pages: the units of active and closed programmes with their reason and
   * disclosure-safe figures only — an index and the rule's verdict, never an enterprise's pay or
   * growth.
   */
  async publicDemonstrationUnits(programmeId: string | undefined): Promise<PublicDemonstrationUnitListDto> {
    const rows = await this.repository.publicDemonstrationUnits(programmeId ?? null, this.english);
    return {
      items: rows.map((row) => ({
        id: row.id,
        programmeId: row.programme_id,
        programmeTitle: row.programme_title,
        kind: row.kind,
        name: row.name,
        placeName: row.place_name,
        reason: row.reason,
        index: row.snapshot.index,
        pilots: row.snapshot.pilots,
        ruleHolds: row.snapshot.ruleHolds,
        markedAt: row.created_at,
      })),
    };
  }
}
