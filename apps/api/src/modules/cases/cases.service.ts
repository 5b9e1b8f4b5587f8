import { Injectable } from '@nestjs/common';
import {
  CASE_WORKFLOW,
  CaseAction,
  CaseStatus,
  caseWageOutcome,
  chaptersOfArticles,
  type ExternalEnterprise,
  MIN_CASE_WAGE_CELL,
  OrganisationType,
  type Place,
  placeOfRegion,
  Role,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import {
  notEditable,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { type NewNotification } from '../notifications/notifications.service';
import { type PayPlanEntity } from '../pay-plans/pay-plan.entity';
import { type RegionEntity } from '../regions/region.entity';
import { type CaseStudyVersionEntity, type CaseWageOutcome } from './case-study-version.entity';
import { type CaseStudyEntity } from './case-study.entity';
import { CaseException } from './case.exception';
import {
  type CaseContentDto,
  type CaseDetailDto,
  type CaseEnterpriseDto,
  type CaseListDto,
  type CaseQueryDto,
  type CaseSummaryDto,
  type CaseTransitionRequestDto,
  type CaseVersionDto,
  type CreateCaseDto,
  type UpdateCaseDto,
} from './cases.dto';
import { CasesRepository } from './cases.repository';

/**
 * The steps taken on the cases' own routes: the author submits, the district (the city for 市直)
 * endorses or returns. The review and collection services take the others.
 */
export const CASE_ROUTE_ACTIONS = [CaseAction.Submit, CaseAction.Endorse, CaseAction.Return] as const;
export type CaseRouteAction = (typeof CASE_ROUTE_ACTIONS)[number];

/** The content fields of a version, as the author writes them. */
type Content = Pick<
  CaseStudyVersionEntity,
  | 'title'
  | 'articles'
  | 'background'
  | 'measures'
  | 'results'
  | 'resultsNarrative'
  | 'payPlanIds'
  | 'wageOutcome'
>;

const CONTENT_FIELDS = [
  'title',
  'articles',
  'background',
  'measures',
  'results',
  'resultsNarrative',
  'payPlanIds',
  'wageOutcome',
] as const satisfies ReadonlyArray<keyof Content>;

/** Where a case belongs: its region (a district, or the city for 市直) and its city. */
export function placeOfCase(caseStudy: CaseStudyEntity): Place {
  return placeOfRegion(caseStudy.region!);
}

/** A case as the workflow kernel sees it. */
type CaseSubject = WorkflowSubject<CaseStatus> & { caseStudy: CaseStudyEntity };

function subjectOf(caseStudy: CaseStudyEntity, writerId: string | null): CaseSubject {
  return {
    id: caseStudy.id,
    status: caseStudy.status,
    enterpriseId: caseStudy.enterpriseId,
    cityDirect: placeOfCase(caseStudy).cityDirect,
    // a case a district wrote is endorsed by a colleague, not by the one who wrote the version
    makerId: writerId,
    authorOrganisationId: caseStudy.authorOrganisationId,
    caseStudy,
  };
}

function sortedArticles(articles: readonly number[]): number[] {
  return [...articles].sort((a, b) => a - b);
}

@Injectable()
export class CasesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CasesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
    private readonly attachments: AttachmentsService,
  ) {}

  async list(caller: Caller, query: CaseQueryDto): Promise<CaseListDto> {
    const [items, total] = await this.repository.findPage(
      this.access.caseScope(caller, 'read'),
      caller.organisationId,
      query,
    );
    const [versions, regions] = await Promise.all([
      this.repository.currentVersions(items),
      this.externalRegions(items),
    ]);
    return {
      items: items.map((item) => this.toSummary(caller, item, versions.get(item.id)!, regions)),
      total,
    };
  }

  async get(caller: Caller, id: string): Promise<CaseDetailDto> {
    const caseStudy = await this.findOrFail(caller, id);
    const [versions, transitions, attachments] = await Promise.all([
      this.repository.versions(id),
      this.workflow.history(CASE_WORKFLOW, id),
      this.attachments.listFor('case-study', [id]),
    ]);
    const current = versions.find((version) => version.versionNo === caseStudy.currentVersionNo)!;
    const [plans, regions] = await Promise.all([
      this.repository.payPlans(current.payPlanIds),
      this.externalRegions([caseStudy]),
    ]);
    return {
      ...this.toSummary(caller, caseStudy, current, regions),
      current: toVersionDto(current, plans),
      versions: versions.map((version) => ({
        versionNo: version.versionNo,
        title: version.title,
        submittedAt: version.submittedAt,
        createdAt: version.createdAt,
      })),
      transitions: transitions.map((transition) => ({
        id: transition.id,
        action: transition.action as CaseAction,
        fromStatus: transition.fromState as CaseStatus,
        toStatus: transition.toState as CaseStatus,
        actorName: transition.actorName,
        actorOrganisationName: transition.actorOrganisationName,
        reason: transition.reason,
        createdAt: transition.createdAt,
      })),
      attachments: attachments.map(toAttachmentDto),
    };
  }

  /** Every version of a case the caller may read, newest first: earlier versions stay readable. */
  async versions(caller: Caller, id: string): Promise<CaseVersionDto[]> {
    await this.findOrFail(caller, id);
    const versions = await this.repository.versions(id);
    const plans = await this.repository.payPlans([...new Set(versions.flatMap((v) => v.payPlanIds))]);
    return versions.map((version) => toVersionDto(version, plans));
  }

  async create(caller: Caller, dto: CreateCaseDto): Promise<CaseDetailDto> {
    const subject = await this.subjectFor(caller, dto);
    const programmeId = await this.programmeFor(subject.regionPath, dto.programmeId);
    const content = await this.content(dto, emptyContent(), subject.enterpriseId, programmeId);
    const id = await this.unitOfWork.run(async (tx) => {
      const saved = await this.repository.insertCase(
        {
          programmeId,
          regionCode: subject.regionCode,
          enterpriseId: subject.enterpriseId,
          externalEnterprise: subject.externalEnterprise,
          authorOrganisationId: caller.organisationId,
          status: CaseStatus.Draft,
          currentVersionNo: 1,
          createdBy: caller.userId,
        },
        tx,
      );
      await this.repository.insertVersion(
        { caseId: saved.id, versionNo: 1, ...content, createdBy: caller.userId },
        tx,
      );
      await this.audit.record(
        {
          action: 'case.create',
          entityType: 'case_study',
          entityId: saved.id,
          after: {
            programmeId,
            regionCode: subject.regionCode,
            enterpriseId: subject.enterpriseId,
            externalEnterprise: subject.externalEnterprise,
            versionNo: 1,
            ...auditContent(content),
          },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  /**
   * The author changes the case while it is a draft, returned or sent back for revision. The first
   * change after a submission starts a new version copied from the submitted one, which stays as it
   * was submitted.
   */
  async update(
    caller: Caller,
    id: string,
    dto: UpdateCaseDto,
    precondition?: Precondition,
  ): Promise<CaseDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const caseStudy = await this.lockAuthored(caller, id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'case_study', key: id, version: caseStudy.version },
        tx,
      );
      if (!CASE_WORKFLOW.editableIn.includes(caseStudy.status)) {
        throw notEditable(CASE_WORKFLOW, caseStudy.status);
      }
      const current = (await this.repository.version(id, caseStudy.currentVersionNo, tx))!;
      const before = pickContent(current);
      const after = await this.content(dto, before, caseStudy.enterpriseId, caseStudy.programmeId, tx);
      let versionNo = current.versionNo;
      if (current.submittedAt) {
        versionNo += 1;
        await this.repository.insertVersion(
          { caseId: id, versionNo, ...after, createdBy: caller.userId },
          tx,
        );
      } else {
        await this.repository.updateVersion(current.id, after, tx);
      }
      await this.repository.updateCase(caseStudy, { currentVersionNo: versionNo }, tx);
      const changed = CONTENT_FIELDS.filter(
        (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
      );
      await this.audit.record(
        {
          action: 'case.update',
          entityType: 'case_study',
          entityId: id,
          before: {
            versionNo: current.versionNo,
            ...auditContent(Object.fromEntries(changed.map((field) => [field, before[field]]))),
          },
          after: {
            versionNo,
            ...auditContent(Object.fromEntries(changed.map((field) => [field, after[field]]))),
          },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** The author deletes a draft never submitted (softly: it stays in the audit trail). */
  async remove(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const caseStudy = await this.lockAuthored(caller, id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'case_study', key: id, version: caseStudy.version },
        tx,
      );
      if (caseStudy.status !== CaseStatus.Draft || caseStudy.currentVersionNo !== 1) {
        throw new CaseException('case_not_deletable');
      }
      const current = (await this.repository.version(id, 1, tx))!;
      await this.repository.softDelete(id, tx);
      await this.audit.record(
        {
          action: 'case.delete',
          entityType: 'case_study',
          entityId: id,
          before: { status: caseStudy.status, title: current.title },
        },
        tx,
      );
    });
  }

  /**
   * One step through the kernel (lock, who may act, history, audit, notification in one
   * transaction). Submitting freezes the current version: the next edit starts a new one.
   */
  async transition(
    caller: Caller,
    id: string,
    action: CaseRouteAction,
    dto: CaseTransitionRequestDto,
  ): Promise<CaseDetailDto> {
    await this.workflow.run(caller, {
      workflow: CASE_WORKFLOW,
      action,
      reason: dto.reason,
      reasonMissing: () =>
        CaseException.invalid('reason', 'case_opinion_required', {
          action: CASE_WORKFLOW.actions[action].label,
        }),
      entityType: 'case_study',
      lock: async (tx) => {
        const caseStudy = await this.lock(caller, id, tx);
        const current = await this.repository.version(id, caseStudy.currentVersionNo, tx);
        return subjectOf(caseStudy, current?.createdBy ?? null);
      },
      apply: async ({ caseStudy }, step) => {
        const current = (await this.repository.version(id, caseStudy.currentVersionNo, step.tx))!;
        if (action === CaseAction.Submit) {
          assertComplete(current);
          await this.repository.updateVersion(current.id, { submittedAt: step.now }, step.tx);
        }
        await this.repository.updateCase(
          caseStudy,
          { status: step.to, ...(action === CaseAction.Submit ? { submittedAt: step.now } : {}) },
          step.tx,
        );
        return { after: { versionNo: current.versionNo, reason: step.reason } };
      },
      notify: ({ caseStudy }, step) => this.notice(caseStudy, action, step),
    });
    return this.get(caller, id);
  }

  async addAttachments(
    caller: Caller,
    id: string,
    files: readonly UploadedAttachment[],
  ): Promise<CaseDetailDto> {
    if (files.length === 0) {
      throw AppException.validation([{ field: 'files', code: 'validation.isNotEmpty' }]);
    }
    this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      await this.lockEditableFiles(caller, id, tx);
      const stored = await this.attachments.store('case-study', id, files, caller.userId, tx);
      await this.audit.record(
        {
          action: 'case.attach',
          entityType: 'case_study',
          entityId: id,
          after: { attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })) },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  async removeAttachment(caller: Caller, id: string, attachmentId: string): Promise<CaseDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      await this.lockEditableFiles(caller, id, tx);
      const removed = await this.attachments.remove('case-study', id, attachmentId, tx);
      if (!removed) throw AppException.notFound();
      await this.audit.record(
        {
          action: 'case.detach',
          entityType: 'case_study',
          entityId: id,
          before: { attachment: { id: removed.id, fileName: removed.fileName, size: removed.size } },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** An attachment of a case the caller may read. */
  async attachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    await this.findOrFail(caller, id);
    const attachment = await this.attachments.findWithContent('case-study', attachmentId);
    if (!attachment || attachment.ownerId !== id) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  toSummary(
    caller: Caller,
    caseStudy: CaseStudyEntity,
    current: CaseStudyVersionEntity,
    regions: ReadonlyMap<string, RegionEntity>,
  ): CaseSummaryDto {
    const subject = subjectOf(caseStudy, current.createdBy);
    return {
      id: caseStudy.id,
      version: caseStudy.version,
      title: current.title,
      enterprise: enterpriseOf(caseStudy, regions),
      programmeId: caseStudy.programmeId,
      programmeTitle: caseStudy.programme?.title ?? null,
      regionCode: caseStudy.regionCode,
      authorOrganisationId: caseStudy.authorOrganisationId,
      authorOrganisationName: caseStudy.authorOrganisation?.name ?? '',
      status: caseStudy.status,
      currentVersionNo: caseStudy.currentVersionNo,
      articles: current.articles,
      chapters: chaptersOfArticles(current.articles),
      availableActions: CASE_ROUTE_ACTIONS.filter((action) =>
        this.access.canAct(caller, CASE_WORKFLOW, action, subject),
      ),
      editable:
        caller.organisationId === caseStudy.authorOrganisationId &&
        CASE_WORKFLOW.editableIn.includes(caseStudy.status),
      submittedAt: caseStudy.submittedAt,
      createdAt: caseStudy.createdAt,
      updatedAt: caseStudy.updatedAt,
    };
  }

  /** The places of the external enterprises among some cases. */
  private externalRegions(cases: readonly CaseStudyEntity[]): Promise<Map<string, RegionEntity>> {
    return this.repository.regions(
      cases.flatMap((c) => (c.externalEnterprise ? [c.externalEnterprise.regionCode] : [])),
    );
  }

  async findOrFail(caller: Caller, id: string, tx?: Tx): Promise<CaseStudyEntity> {
    const caseStudy = await this.repository.findInScope(
      this.access.caseScope(caller, 'read'),
      caller.organisationId,
      id,
      tx,
    );
    if (!caseStudy) throw await this.notFound(id, tx);
    return caseStudy;
  }

  /** 404, naming the entity only when it exists but lies outside the scope. */
  async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'case_study', entityId: id } : undefined,
    );
  }

  // ---- internals ----

  /** The case in the caller's scope, locked until the transaction ends. */
  private async lock(caller: Caller, id: string, tx: Tx): Promise<CaseStudyEntity> {
    const caseStudy = await this.repository.findInScope(
      this.access.caseScope(caller, 'read'),
      caller.organisationId,
      id,
      tx,
      true,
    );
    if (!caseStudy) throw await this.notFound(id, tx);
    return caseStudy;
  }

  /** The case locked for its author's change: only the organisation that wrote it changes it. */
  private async lockAuthored(caller: Caller, id: string, tx: Tx): Promise<CaseStudyEntity> {
    const caseStudy = await this.lock(caller, id, tx);
    if (caller.organisationId !== caseStudy.authorOrganisationId) throw new CaseException('case_not_author');
    return caseStudy;
  }

  private async lockEditableFiles(caller: Caller, id: string, tx: Tx): Promise<CaseStudyEntity> {
    const caseStudy = await this.lockAuthored(caller, id, tx);
    if (!CASE_WORKFLOW.editableIn.includes(caseStudy.status)) {
      throw new CaseException('case_attachments_not_editable');
    }
    return caseStudy;
  }

  /**
   * Which enterprise a new case is about, and so where it belongs: an enterprise writes about
   * itself; a district bureau about an enterprise of its district, or imports a case of an
   * external enterprise (which then belongs to the bureau's region).
   */
  private async subjectFor(
    caller: Caller,
    dto: CreateCaseDto,
  ): Promise<{
    enterpriseId: string | null;
    externalEnterprise: ExternalEnterprise | null;
    regionCode: string;
    regionPath: string;
  }> {
    if (dto.enterpriseId && dto.externalEnterprise) {
      throw CaseException.invalid('externalEnterprise', 'case_subject_ambiguous');
    }
    if (caller.role === Role.Enterprise) {
      if (dto.externalEnterprise)
        throw CaseException.invalid('externalEnterprise', 'case_external_not_allowed');
      if (dto.enterpriseId && dto.enterpriseId !== caller.organisationId) {
        throw CaseException.invalid('enterpriseId', 'case_enterprise_not_own');
      }
      const enterprise = await this.repository.findEnterprise(caller.organisationId);
      if (!enterprise) throw CaseException.invalid('enterpriseId', 'case_enterprise_missing');
      const region = enterprise.organisation!.region!;
      return {
        enterpriseId: enterprise.id,
        externalEnterprise: null,
        regionCode: region.code,
        regionPath: region.path,
      };
    }
    // a district bureau
    if (dto.externalEnterprise) {
      const external = dto.externalEnterprise;
      if (!(await this.repository.findRegion(external.regionCode))) {
        throw CaseException.invalid('externalEnterprise.regionCode', 'case_region_unknown', {
          code: external.regionCode,
        });
      }
      return {
        enterpriseId: null,
        externalEnterprise: {
          name: external.name.trim(),
          regionCode: external.regionCode,
          industrySection: external.industrySection,
          size: external.size,
          ownership: external.ownership,
        },
        regionCode: caller.regionCode,
        regionPath: caller.regionPath,
      };
    }
    if (!dto.enterpriseId) throw CaseException.invalid('enterpriseId', 'case_subject_required');
    const enterprise = await this.repository.findEnterprise(dto.enterpriseId);
    // an enterprise of another district is as unknown to the bureau as a missing one
    if (!enterprise || !enterprise.organisation!.region!.path.startsWith(caller.regionPath)) {
      throw CaseException.invalid('enterpriseId', 'case_enterprise_outside_region');
    }
    const region = enterprise.organisation!.region!;
    return {
      enterpriseId: enterprise.id,
      externalEnterprise: null,
      regionCode: region.code,
      regionPath: region.path,
    };
  }

  /** The programme a new case is reviewed under: the one named, or the city's active one. */
  private async programmeFor(regionPath: string, programmeId: string | undefined): Promise<string | null> {
    if (!programmeId) return (await this.repository.activeProgrammeFor(regionPath))?.id ?? null;
    const programme = await this.repository.findProgramme(programmeId);
    if (!programme || !regionPath.startsWith(programme.region!.path)) {
      throw CaseException.invalid('programmeId', 'case_programme_unknown');
    }
    return programme.id;
  }

  /** The version content after the author's changes, checked (pay plans, wage years) and computed. */
  private async content(
    dto: CaseContentDto | UpdateCaseDto,
    base: Content,
    enterpriseId: string | null,
    programmeId: string | null,
    tx?: Tx,
  ): Promise<Content> {
    const next: Content = {
      title: dto.title?.trim() ?? base.title,
      articles: dto.articles ? sortedArticles(dto.articles) : base.articles,
      background: dto.background?.trim() ?? base.background,
      measures: dto.measures?.trim() ?? base.measures,
      results:
        dto.results?.map((figure) => ({
          indicator: figure.indicator.trim(),
          before: figure.before,
          after: figure.after,
          unit: figure.unit.trim(),
          period: figure.period.trim(),
        })) ?? base.results,
      resultsNarrative: dto.resultsNarrative?.trim() ?? base.resultsNarrative,
      payPlanIds: dto.payPlanIds ?? base.payPlanIds,
      wageOutcome: base.wageOutcome,
    };
    if (dto.payPlanIds?.length) {
      const plans = await this.repository.payPlans(dto.payPlanIds);
      if (
        plans.length !== dto.payPlanIds.length ||
        plans.some((plan) => plan.enterpriseId !== enterpriseId)
      ) {
        throw CaseException.invalid('payPlanIds', 'case_pay_plan_not_own');
      }
    }
    if (dto.wageYears === null) next.wageOutcome = null;
    if (dto.wageYears) {
      const { fromYear, toYear } = dto.wageYears;
      if (fromYear >= toYear) throw CaseException.invalid('wageYears.fromYear', 'case_wage_years_order');
      if (!enterpriseId) throw CaseException.invalid('wageYears', 'case_wage_years_external');
      const [fromCells, toCells] = await Promise.all([
        this.repository.wageCells(enterpriseId, fromYear, programmeId, tx),
        this.repository.wageCells(enterpriseId, toYear, programmeId, tx),
      ]);
      if (!fromCells)
        throw CaseException.invalid('wageYears.fromYear', 'case_wage_data_missing', { year: fromYear });
      if (!toCells)
        throw CaseException.invalid('wageYears.toYear', 'case_wage_data_missing', { year: toYear });
      next.wageOutcome = caseWageOutcome(fromYear, toYear, fromCells, toCells);
    }
    return next;
  }

  private async notice(
    caseStudy: CaseStudyEntity,
    action: CaseRouteAction,
    step: StepContext<CaseStatus> & { transitionId: string },
  ): Promise<NewNotification> {
    const place = placeOfCase(caseStudy);
    const endorsers = place.cityDirect
      ? await this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, step.tx)
      : await this.repository.bureauIds(OrganisationType.DistrictBureau, place.regionCode, step.tx);
    const current = (await this.repository.version(caseStudy.id, caseStudy.currentVersionNo, step.tx))!;
    const name = caseStudy.externalEnterprise?.name ?? caseStudy.enterprise?.organisation?.name ?? '';
    const title = current.title;
    let recipients: string[] = [];
    switch (action) {
      case CaseAction.Submit:
        recipients = endorsers;
        break;
      case CaseAction.Endorse:
        recipients = [
          ...(await this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, step.tx)),
          caseStudy.authorOrganisationId,
        ];
        break;
      case CaseAction.Return:
        recipients = [caseStudy.authorOrganisationId];
        break;
    }
    const titles: Record<CaseRouteAction, { 'zh-CN': string; en: string }> = {
      [CaseAction.Submit]: {
        'zh-CN': `${name}提交典型案例《${title}》，请审核推荐`,
        en: `${name} submitted the case "${title}"; please review it`,
      },
      [CaseAction.Endorse]: {
        'zh-CN': `${place.regionName}推荐典型案例《${title}》（${name}）`,
        en: `${place.regionNameEn} endorsed the case "${title}" (${name})`,
      },
      [CaseAction.Return]: {
        'zh-CN': `典型案例《${title}》已退回，请修改后重新提交`,
        en: `The case "${title}" was returned; please revise and resubmit`,
      },
    };
    return {
      recipientOrganisationIds: recipients,
      kind: `case.${action}`,
      title: titles[action],
      link: `/cases/${caseStudy.id}`,
      dedupeKey: `case:${caseStudy.id}:${step.transitionId}`,
    };
  }
}

function emptyContent(): Content {
  return {
    title: '',
    articles: [],
    background: '',
    measures: '',
    results: [],
    resultsNarrative: '',
    payPlanIds: [],
    wageOutcome: null,
  };
}

function pickContent(version: CaseStudyVersionEntity): Content {
  return {
    title: version.title,
    articles: version.articles,
    background: version.background,
    measures: version.measures,
    results: version.results,
    resultsNarrative: version.resultsNarrative,
    payPlanIds: version.payPlanIds,
    wageOutcome: version.wageOutcome,
  };
}

/** The audit keeps what changed; long texts by length, so the log stays readable. */
function auditContent(content: Partial<Content>): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...content };
  for (const field of ['background', 'measures', 'resultsNarrative'] as const) {
    if (typeof content[field] === 'string') shown[field] = { length: content[field].length };
  }
  return shown;
}

/** What a case needs before it is submitted: each missing part named (400). */
function assertComplete(version: CaseStudyVersionEntity): void {
  const missing: FieldProblem[] = [];
  if (version.articles.length === 0) missing.push({ field: 'articles', code: 'validation.isNotEmpty' });
  if (!version.background.trim()) missing.push({ field: 'background', code: 'validation.isNotEmpty' });
  if (!version.measures.trim()) missing.push({ field: 'measures', code: 'validation.isNotEmpty' });
  if (version.results.length === 0 && !version.resultsNarrative.trim()) {
    missing.push({ field: 'results', code: 'validation.isNotEmpty' });
  }
  if (missing.length > 0) throw AppException.validation(missing);
}

function enterpriseOf(
  caseStudy: CaseStudyEntity,
  regions: ReadonlyMap<string, RegionEntity>,
): CaseEnterpriseDto {
  const place = placeOfCase(caseStudy);
  if (caseStudy.externalEnterprise) {
    const external = caseStudy.externalEnterprise;
    const region = regions.get(external.regionCode);
    return {
      id: null,
      name: external.name,
      regionCode: external.regionCode,
      regionName: region?.name ?? external.regionCode,
      regionNameEn: region?.nameEn ?? external.regionCode,
      cityDirect: false,
      industrySection: external.industrySection,
      size: external.size,
      ownership: external.ownership,
      external: true,
    };
  }
  const enterprise = caseStudy.enterprise!;
  return {
    id: enterprise.id,
    name: enterprise.organisation?.name ?? '',
    regionCode: place.regionCode,
    regionName: place.regionName,
    regionNameEn: place.regionNameEn,
    cityDirect: place.cityDirect,
    industrySection: enterprise.industrySection,
    size: enterprise.size,
    ownership: enterprise.ownership,
    external: false,
  };
}

function toVersionDto(version: CaseStudyVersionEntity, plans: readonly PayPlanEntity[]): CaseVersionDto {
  return {
    versionNo: version.versionNo,
    title: version.title,
    articles: version.articles,
    chapters: chaptersOfArticles(version.articles),
    background: version.background,
    measures: version.measures,
    results: version.results,
    resultsNarrative: version.resultsNarrative,
    payPlans: version.payPlanIds.flatMap((id) => {
      const plan = plans.find((candidate) => candidate.id === id);
      return plan ? [{ id: plan.id, name: plan.title, calculator: plan.calculator }] : [];
    }),
    wageOutcome: version.wageOutcome ? withMinimum(version.wageOutcome) : null,
    submittedAt: version.submittedAt,
    createdAt: version.createdAt,
    updatedAt: version.updatedAt,
  };
}

function withMinimum(outcome: CaseWageOutcome) {
  return { ...outcome, minHeadcount: MIN_CASE_WAGE_CELL };
}
