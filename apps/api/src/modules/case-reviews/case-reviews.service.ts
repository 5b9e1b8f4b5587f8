import { Injectable } from '@nestjs/common';
import {
  CASE_WORKFLOW,
  CaseAction,
  type CaseRubric,
  CaseStatus,
  chinaToday,
  CONFLICT_LINK_KIND_LABELS,
  DEFAULT_CASE_RUBRIC,
  MIN_CASE_REVIEWS,
  OrganisationType,
  placeOfRegion,
  reviewsDisagree,
  Role,
  weightedTotal,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { WorkflowTransitions } from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { type CaseStudyVersionEntity } from '../cases/case-study-version.entity';
import { type CaseStudyEntity } from '../cases/case-study.entity';
import { type CaseAssignmentEntity } from './case-assignment.entity';
import { type CaseReviewEntity } from './case-review.entity';
import { CaseReviewException } from './case-reviews.exception';
import {
  type AssignmentState,
  type AssignReviewersDto,
  type CaseAssignmentDto,
  type CaseAssignmentsDto,
  type CaseDecision,
  type CaseDecisionDto,
  type CaseDecisionResultDto,
  type CaseReviewDto,
  type CaseReviewsDto,
  type MyAssignmentListDto,
  type MyAssignmentQueryDto,
  type MyCaseReviewDto,
  type ReviewerDto,
  type ReviewSummaryDto,
  type UpdateCaseReviewDto,
} from './case-reviews.dto';
import { CaseReviewsRepository, enterpriseName, type ReviewerRow } from './case-reviews.repository';
import { CaseRubricsService } from './case-rubrics.service';
import { ConflictLinksService } from './conflict-links.service';

/** A case as the workflow kernel sees it. */
type CaseSubject = WorkflowSubject<CaseStatus> & { caseStudy: CaseStudyEntity };

function subjectOf(caseStudy: CaseStudyEntity): CaseSubject {
  return {
    id: caseStudy.id,
    status: caseStudy.status,
    enterpriseId: caseStudy.enterpriseId,
    cityDirect: placeOfRegion(caseStudy.region!).cityDirect,
    authorOrganisationId: caseStudy.authorOrganisationId,
    caseStudy,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The review of a case: the city bureau assigns reviewers of at least two kinds of reviewer
 * organisation (never one linked to the enterprise), each reviewer scores the assigned version
 * against the programme's rubric blind to the others, and the city decides once two reviews are in.
 */
@Injectable()
export class CaseReviewsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CaseReviewsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
    private readonly rubrics: CaseRubricsService,
    private readonly links: ConflictLinksService,
  ) {}

  // ---- assignments (the city bureau) ----

  async assignments(caller: Caller, caseId: string): Promise<CaseAssignmentsDto> {
    const caseStudy = await this.findCase(caller, caseId);
    if (caller.role !== Role.CityBureau) throw AppException.forbidden();
    const [assignments, candidates, version] = await Promise.all([
      this.repository.assignments(caseId),
      this.repository.reviewers(this.access.scope(caller, 'conflictLinks', 'read')),
      this.repository.findVersion(caseId, caseStudy.currentVersionNo),
    ]);
    const reviews = await this.repository.reviewsOf(assignments.map((a) => a.id));
    const versionNumbers = await this.repository.versionNumbers([
      ...new Set(assignments.map((a) => a.caseVersionId)),
    ]);
    const links = caseStudy.enterpriseId ? await this.links.linksOf(caller, caseStudy.enterpriseId) : [];
    const liveOnVersion = new Set(
      assignments
        .filter((a) => !a.withdrawnAt && a.caseVersionId === version?.id)
        .map((a) => a.reviewerUserId),
    );
    return {
      caseId,
      status: caseStudy.status,
      currentVersionNo: caseStudy.currentVersionNo,
      items: assignments.map((assignment) =>
        this.toAssignmentDto(
          assignment,
          reviews.get(assignment.id) ?? null,
          caseStudy,
          version,
          versionNumbers.get(assignment.caseVersionId) ?? 0,
        ),
      ),
      candidates: candidates.map((candidate) => {
        const link = links.find((l) => barredBy(l, candidate));
        return {
          ...candidate,
          conflict: link ?? null,
          assigned: liveOnVersion.has(candidate.userId),
        };
      }),
      canAssign: [CaseStatus.Endorsed, CaseStatus.UnderReview].includes(caseStudy.status),
    };
  }

  /**
   * Assigns reviewers to the case's current version, each with a due date. The first assignment
   * starts the review (endorsed → under review). A reviewer linked to the enterprise in the
   * conflict register answers 409 naming the link, and nothing is written.
   */
  async assign(caller: Caller, caseId: string, dto: AssignReviewersDto): Promise<CaseAssignmentsDto> {
    const today = chinaToday();
    const seen = new Set<string>();
    dto.reviewers.forEach((entry, index) => {
      if (seen.has(entry.userId)) {
        throw CaseReviewException.invalid(`reviewers.${index}.userId`, 'reviewer_listed_twice');
      }
      seen.add(entry.userId);
      if (entry.dueDate < today) {
        throw CaseReviewException.invalid(`reviewers.${index}.dueDate`, 'due_date_past');
      }
    });
    const current = await this.findCase(caller, caseId);
    if (caller.role !== Role.CityBureau) throw AppException.forbidden();
    const assignAll = (caseStudy: CaseStudyEntity, tx: Tx) =>
      this.writeAssignments(caller, caseStudy, dto, tx);
    if (current.status === CaseStatus.Endorsed) {
      await this.workflow.run(caller, {
        workflow: CASE_WORKFLOW,
        action: CaseAction.StartReview,
        entityType: 'case_study',
        lock: async (tx) => subjectOf(await this.lock(caller, caseId, tx)),
        apply: async ({ caseStudy }, step) => {
          await this.repository.updateCase(caseId, { status: step.to }, step.tx);
          const assigned = await assignAll(caseStudy, step.tx);
          return { after: { assigned } };
        },
      });
    } else {
      await this.unitOfWork.run(async (tx) => {
        const caseStudy = await this.lock(caller, caseId, tx);
        if (caseStudy.status !== CaseStatus.UnderReview) {
          throw new CaseReviewException('case_not_reviewable', {
            status: CASE_WORKFLOW.states[caseStudy.status],
          });
        }
        await assignAll(caseStudy, tx);
      });
    }
    return this.assignments(caller, caseId);
  }

  private async writeAssignments(
    caller: Caller,
    caseStudy: CaseStudyEntity,
    dto: AssignReviewersDto,
    tx: Tx,
  ): Promise<Array<{ assignmentId: string; reviewer: string; organisation: string; dueDate: string }>> {
    const version = await this.repository.findVersion(caseStudy.id, caseStudy.currentVersionNo, tx);
    if (!version) throw AppException.notFound();
    const reviewers = await this.repository.reviewers(
      this.access.scope(caller, 'conflictLinks', 'read'),
      dto.reviewers.map((r) => r.userId),
      tx,
    );
    const byId = new Map(reviewers.map((r) => [r.userId, r]));
    dto.reviewers.forEach((entry, index) => {
      if (!byId.has(entry.userId)) {
        throw CaseReviewException.invalid(`reviewers.${index}.userId`, 'reviewer_not_eligible');
      }
    });
    const existing = (await this.repository.assignments(caseStudy.id, tx)).filter(
      (a) => !a.withdrawnAt && a.caseVersionId === version.id,
    );
    for (const [index, entry] of dto.reviewers.entries()) {
      const reviewer = byId.get(entry.userId)!;
      if (existing.some((a) => a.reviewerUserId === entry.userId)) {
        throw new CaseReviewException(
          'reviewer_already_assigned',
          { reviewer: reviewerLabel(reviewer) },
          { field: `reviewers.${index}.userId` },
        );
      }
    }
    // the conflict register: a linked organisation or account never reviews the enterprise's cases
    if (caseStudy.enterpriseId) {
      const links = await this.links.linksOf(caller, caseStudy.enterpriseId, tx);
      for (const [index, entry] of dto.reviewers.entries()) {
        const reviewer = byId.get(entry.userId)!;
        const link = links.find((l) => barredBy(l, reviewer));
        if (link) {
          throw new CaseReviewException(
            'reviewer_conflict_of_interest',
            {
              reviewer: reviewerLabel(reviewer),
              enterprise: link.enterpriseName,
              kind: CONFLICT_LINK_KIND_LABELS[link.kind],
              linked: link.reviewerName ?? link.reviewerOrganisationName,
            },
            {
              field: `reviewers.${index}.userId`,
              extra: {
                conflictLink: {
                  id: link.id,
                  kind: link.kind,
                  reviewerOrganisationName: link.reviewerOrganisationName,
                  reviewerName: link.reviewerName,
                  enterpriseName: link.enterpriseName,
                },
              },
            },
          );
        }
      }
    }
    const live = [
      ...existing.map((a) => a.reviewerOrganisation!.type),
      ...reviewers.map((r) => r.organisationType),
    ];
    if (live.length < MIN_CASE_REVIEWS || new Set(live).size < 2) {
      throw CaseReviewException.invalid('reviewers', 'reviewers_too_few', { min: MIN_CASE_REVIEWS });
    }
    const rubric = await this.rubrics.rubricOf(caseStudy.programmeId, tx);
    const title = version.title;
    const written = [];
    for (const entry of dto.reviewers) {
      const reviewer = byId.get(entry.userId)!;
      const assignment = await this.repository.insertAssignment(
        {
          caseId: caseStudy.id,
          caseVersionId: version.id,
          reviewerUserId: reviewer.userId,
          reviewerOrganisationId: reviewer.organisationId,
          dueDate: entry.dueDate,
          rubric,
          assignedBy: caller.userId,
        },
        tx,
      );
      written.push({
        assignmentId: assignment.id,
        reviewer: reviewer.displayName,
        organisation: reviewer.organisationName,
        dueDate: entry.dueDate,
      });
      await this.audit.record(
        {
          action: 'case-review.assign',
          entityType: 'case_assignment',
          entityId: assignment.id,
          after: {
            caseId: caseStudy.id,
            versionNo: version.versionNo,
            reviewerUserId: reviewer.userId,
            reviewerOrganisationId: reviewer.organisationId,
            dueDate: entry.dueDate,
          },
        },
        tx,
      );
      await this.notifications.notify(
        {
          recipientOrganisationIds: [reviewer.organisationId],
          kind: 'case-review.assigned',
          title: {
            'zh-CN': `请评审案例“${title}”（${reviewer.displayName}，截止 ${entry.dueDate}）`,
            en: `Please review the case "${title}" (${reviewer.displayName}, due ${entry.dueDate})`,
          },
          link: `/my-reviews/${caseStudy.id}`,
          dedupeKey: `case-assignment:${assignment.id}`,
        },
        tx,
      );
    }
    return written;
  }

  /** The city withdraws an assignment whose review is not in yet (the reviewer is told). */
  async withdraw(
    caller: Caller,
    caseId: string,
    assignmentId: string,
    reason: string,
  ): Promise<CaseAssignmentsDto> {
    const text = reason.trim();
    if (!text) throw CaseReviewException.invalid('reason', 'reason_required');
    await this.unitOfWork.run(async (tx) => {
      const caseStudy = await this.lock(caller, caseId, tx);
      if (caller.role !== Role.CityBureau) throw AppException.forbidden();
      const assignment = await this.repository.findAssignment(caseId, assignmentId, tx);
      if (!assignment) throw AppException.notFound();
      await this.closeAssignment(caseStudy, assignment, text, 'case-review.withdraw', tx);
      await this.notifications.notify(
        {
          recipientOrganisationIds: [assignment.reviewerOrganisationId],
          kind: 'case-review.withdrawn',
          title: {
            'zh-CN': `案例评审指派已撤回（${assignment.reviewerUser!.displayName}）：${text}`,
            en: `A case review assignment was withdrawn (${assignment.reviewerUser!.displayName}): ${text}`,
          },
          link: '/my-reviews',
          dedupeKey: `case-assignment:${assignment.id}:withdrawn`,
        },
        tx,
      );
    });
    return this.assignments(caller, caseId);
  }

  /**
   * A reviewer declares a conflict of interest with a reason: the assignment is withdrawn, the
   * declaration audited, and the city bureau told to assign another reviewer.
   */
  async declareConflict(caller: Caller, caseId: string, reason: string): Promise<MyAssignmentListDto> {
    const text = reason.trim();
    if (!text) throw CaseReviewException.invalid('reason', 'reason_required');
    await this.unitOfWork.run(async (tx) => {
      const caseStudy = await this.lock(caller, caseId, tx);
      const assignment = await this.repository.liveAssignmentOf(caseId, caller.userId, tx, true);
      if (!assignment) throw await this.notFound(caseId, tx);
      const version = await this.repository.findVersion(caseId, caseStudy.currentVersionNo, tx);
      await this.closeAssignment(caseStudy, assignment, text, 'case-review.declare-conflict', tx);
      const place = placeOfRegion(caseStudy.region!);
      const who = `${assignment.reviewerUser!.displayName}（${assignment.reviewerOrganisation!.name}）`;
      const whoEn = `${assignment.reviewerUser!.displayName} (${assignment.reviewerOrganisation!.name})`;
      const title = version?.title ?? '';
      await this.notifications.notify(
        {
          recipientOrganisationIds: await this.repository.bureauIds(
            OrganisationType.CityBureau,
            place.cityCode,
            tx,
          ),
          kind: 'case-review.conflict-declared',
          title: {
            'zh-CN': `${who}声明与案例“${title}”存在利益冲突，已撤回指派，请另行指派评审专家`,
            en: `${whoEn} declared a conflict of interest with the case "${title}"; the assignment was withdrawn, please assign another reviewer`,
          },
          link: `/cases/${caseId}/review`,
          dedupeKey: `case-assignment:${assignment.id}:conflict`,
        },
        tx,
      );
    });
    return this.myAssignments(caller, { show: 'open' });
  }

  private async closeAssignment(
    caseStudy: CaseStudyEntity,
    assignment: CaseAssignmentEntity,
    reason: string,
    action: 'case-review.withdraw' | 'case-review.declare-conflict',
    tx: Tx,
  ): Promise<void> {
    if (assignment.withdrawnAt || caseStudy.status !== CaseStatus.UnderReview) {
      throw new CaseReviewException('assignment_closed');
    }
    const review = await this.repository.findReview(assignment.id, tx);
    if (review?.submittedAt) throw new CaseReviewException('review_submitted');
    const now = new Date();
    await this.repository.updateAssignment(assignment.id, { withdrawnAt: now, withdrawalReason: reason }, tx);
    await this.audit.record(
      {
        action,
        entityType: 'case_assignment',
        entityId: assignment.id,
        before: { withdrawnAt: null },
        after: {
          caseId: caseStudy.id,
          reviewerUserId: assignment.reviewerUserId,
          reviewerOrganisationId: assignment.reviewerOrganisationId,
          withdrawnAt: now.toISOString(),
          reason,
        },
      },
      tx,
    );
  }

  // ---- reviews ----

  /**
   * A reviewer: the assigned version, the rubric, their own review, and the others' reviews only
   * once every live assignment of the version is submitted. The city: every submitted review
   * with the current version's totals, mean, spread and disagreement flag.
   */
  async reviews(caller: Caller, caseId: string): Promise<CaseReviewsDto> {
    const caseStudy = await this.findCase(caller, caseId);
    const current = await this.repository.findVersion(caseId, caseStudy.currentVersionNo);
    const assignments = await this.repository.assignments(caseId);
    const reviews = await this.repository.reviewsOf(assignments.map((a) => a.id));
    const versionNumbers = await this.repository.versionNumbers([
      ...new Set(assignments.map((a) => a.caseVersionId)),
    ]);
    const dto = (assignment: CaseAssignmentEntity) =>
      this.toReviewDto(
        assignment,
        reviews.get(assignment.id)!,
        caseStudy,
        current,
        versionNumbers.get(assignment.caseVersionId) ?? 0,
      );
    if (caller.role === Role.Reviewer) {
      const mine = assignments.find((a) => a.reviewerUserId === caller.userId && !a.withdrawnAt);
      if (!mine) throw await this.notFound(caseId);
      const version = await this.repository.findVersion(caseId, versionNumbers.get(mine.caseVersionId) ?? 0);
      const sameVersion = assignments.filter((a) => !a.withdrawnAt && a.caseVersionId === mine.caseVersionId);
      // blind until every assigned review of the version is in
      const allIn = sameVersion.every((a) => reviews.get(a.id)?.submittedAt);
      const own = dto(mine);
      const review = reviews.get(mine.id)!;
      return {
        case: this.toCaseDto(caseStudy, version!),
        criteria: mine.rubric.criteria,
        mine: {
          ...own,
          id: review.id,
          version: review.version,
          editable: own.state === 'pending' || own.state === 'in-progress',
        },
        reviews: allIn ? sameVersion.filter((a) => a.id !== mine.id).map(dto) : [],
        summary: null,
        decisions: [],
      };
    }
    const onCurrent = assignments.filter((a) => !a.withdrawnAt && a.caseVersionId === current?.id);
    const rubric: CaseRubric = onCurrent[0]?.rubric ?? (await this.rubrics.rubricOf(caseStudy.programmeId));
    const submitted = assignments.filter((a) => !a.withdrawnAt && reviews.get(a.id)?.submittedAt).map(dto);
    return {
      case: this.toCaseDto(caseStudy, current!),
      criteria: rubric.criteria,
      mine: null,
      reviews: submitted,
      summary: this.summary(onCurrent, reviews, rubric, caseStudy.currentVersionNo),
      decisions:
        caller.role === Role.CityBureau && caseStudy.status === CaseStatus.UnderReview
          ? [CaseAction.Select, CaseAction.RequestRevision, CaseAction.Reject]
          : [],
    };
  }

  private summary(
    onCurrent: CaseAssignmentEntity[],
    reviews: Map<string, CaseReviewEntity>,
    rubric: CaseRubric,
    versionNo: number,
  ): ReviewSummaryDto {
    const done = onCurrent.filter((a) => reviews.get(a.id)?.submittedAt);
    const totals = done.map((a) => Number(reviews.get(a.id)!.weightedTotal));
    const kinds = new Set(done.map((a) => a.reviewerOrganisation!.type));
    return {
      versionNo,
      assigned: onCurrent.length,
      submitted: done.length,
      mean: totals.length ? round2(totals.reduce((a, b) => a + b, 0) / totals.length) : null,
      spread: totals.length ? round2(Math.max(...totals) - Math.min(...totals)) : null,
      disagreement: reviewsDisagree(rubric, totals),
      disagreementThreshold: rubric.disagreementThreshold,
      decidable: done.length >= MIN_CASE_REVIEWS && kinds.size >= 2,
    };
  }

  /** The reviewer changes scores, comment or recommendation until the review is submitted. */
  async updateMine(
    caller: Caller,
    caseId: string,
    dto: UpdateCaseReviewDto,
    precondition?: Precondition,
  ): Promise<MyCaseReviewDto> {
    await this.unitOfWork.run(async (tx) => {
      const { assignment, review } = await this.lockMine(caller, caseId, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'case_review', key: review.id, version: review.version },
        tx,
      );
      const scores = { ...review.scores };
      for (const [key, value] of Object.entries(dto.scores ?? {})) {
        const criterion = assignment.rubric.criteria.find((c) => c.key === key);
        if (!criterion) throw CaseReviewException.invalid(`scores.${key}`, 'criterion_unknown');
        const steps = criterion.scale.map((s) => s.score);
        const [min, max] = [Math.min(...steps), Math.max(...steps)];
        if (value === null) {
          delete scores[key];
          continue;
        }
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
          throw CaseReviewException.invalid(`scores.${key}`, 'score_out_of_scale', { min, max });
        }
        scores[key] = value;
      }
      const before = {
        scores: review.scores,
        comment: review.comment,
        recommendation: review.recommendation,
      };
      review.scores = scores;
      if (dto.comment !== undefined) review.comment = dto.comment.trim();
      if (dto.recommendation !== undefined) review.recommendation = dto.recommendation;
      await this.repository.saveReview(review, tx);
      await this.audit.record(
        {
          action: 'case-review.update',
          entityType: 'case_review',
          entityId: review.id,
          before,
          after: { scores: review.scores, comment: review.comment, recommendation: review.recommendation },
        },
        tx,
      );
    });
    return (await this.reviews(caller, caseId)).mine!;
  }

  /** Submits the review: every criterion scored and a recommendation given; fixed from then on. */
  async submitMine(caller: Caller, caseId: string, precondition?: Precondition): Promise<MyCaseReviewDto> {
    await this.unitOfWork.run(async (tx) => {
      const { caseStudy, assignment, review } = await this.lockMine(caller, caseId, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'case_review', key: review.id, version: review.version },
        tx,
      );
      const total = weightedTotal(assignment.rubric, review.scores);
      const missing = [
        ...assignment.rubric.criteria
          .filter((c) => review.scores[c.key] === undefined)
          .map((c) => CaseReviewException.fieldProblem(`scores.${c.key}`, 'review_incomplete')),
        ...(review.recommendation
          ? []
          : [CaseReviewException.fieldProblem('recommendation', 'review_incomplete')]),
      ];
      if (total === null || missing.length) {
        throw new CaseReviewException('review_incomplete', {}, { fields: missing });
      }
      review.submittedAt = new Date();
      review.weightedTotal = total.toFixed(2);
      await this.repository.saveReview(review, tx);
      await this.audit.record(
        {
          action: 'case-review.submit',
          entityType: 'case_review',
          entityId: review.id,
          after: {
            caseId,
            assignmentId: assignment.id,
            scores: review.scores,
            recommendation: review.recommendation,
            weightedTotal: total,
          },
        },
        tx,
      );
      // the last review of the version in: the city may decide
      const live = (await this.repository.assignments(caseId, tx)).filter(
        (a) => !a.withdrawnAt && a.caseVersionId === assignment.caseVersionId,
      );
      const reviews = await this.repository.reviewsOf(
        live.map((a) => a.id),
        tx,
      );
      if (live.length >= MIN_CASE_REVIEWS && live.every((a) => reviews.get(a.id)?.submittedAt)) {
        const version = await this.repository.findVersion(caseId, caseStudy.currentVersionNo, tx);
        await this.notifications.notify(
          {
            recipientOrganisationIds: await this.repository.bureauIds(
              OrganisationType.CityBureau,
              placeOfRegion(caseStudy.region!).cityCode,
              tx,
            ),
            kind: 'case-review.complete',
            title: {
              'zh-CN': `案例“${version?.title ?? ''}”的 ${live.length} 份评审意见已全部提交，请作出决定`,
              en: `All ${live.length} reviews of the case "${version?.title ?? ''}" are in; please decide`,
            },
            link: `/cases/${caseId}/review`,
            dedupeKey: `case-review:${assignment.caseVersionId}:complete:${live.length}`,
          },
          tx,
        );
      }
    });
    return (await this.reviews(caller, caseId)).mine!;
  }

  private async lockMine(
    caller: Caller,
    caseId: string,
    tx: Tx,
  ): Promise<{ caseStudy: CaseStudyEntity; assignment: CaseAssignmentEntity; review: CaseReviewEntity }> {
    const caseStudy = await this.lock(caller, caseId, tx);
    const assignment = await this.repository.liveAssignmentOf(caseId, caller.userId, tx, true);
    if (!assignment) throw await this.notFound(caseId, tx);
    const review = await this.repository.findReview(assignment.id, tx);
    if (!review) throw await this.notFound(caseId, tx);
    if (review.submittedAt) throw new CaseReviewException('review_submitted');
    const version = await this.repository.findVersion(caseId, caseStudy.currentVersionNo, tx);
    if (caseStudy.status !== CaseStatus.UnderReview || assignment.caseVersionId !== version?.id) {
      throw new CaseReviewException('assignment_closed');
    }
    return { caseStudy, assignment, review };
  }

  // ---- the decision ----

  /** The city selects, requests a revision or does not select; fewer than two reviews in → 409. */
  async decide(caller: Caller, caseId: string, dto: CaseDecisionDto): Promise<CaseDecisionResultDto> {
    const action: CaseDecision = dto.decision;
    await this.workflow.run(caller, {
      workflow: CASE_WORKFLOW,
      action,
      reason: dto.reason,
      reasonMissing: () => CaseReviewException.invalid('reason', 'reason_required'),
      entityType: 'case_study',
      lock: async (tx) => subjectOf(await this.lock(caller, caseId, tx)),
      apply: async ({ caseStudy }, step) => {
        const version = await this.repository.findVersion(caseId, caseStudy.currentVersionNo, step.tx);
        const live = (await this.repository.assignments(caseId, step.tx)).filter(
          (a) => !a.withdrawnAt && a.caseVersionId === version?.id,
        );
        const reviews = await this.repository.reviewsOf(
          live.map((a) => a.id),
          step.tx,
        );
        const rubric = live[0]?.rubric ?? DEFAULT_CASE_RUBRIC;
        const summary = this.summary(live, reviews, rubric, caseStudy.currentVersionNo);
        if (!summary.decidable) {
          throw new CaseReviewException('reviews_missing', {
            min: MIN_CASE_REVIEWS,
            submitted: summary.submitted,
          });
        }
        await this.repository.updateCase(caseId, { status: step.to, decidedAt: step.now }, step.tx);
        return {
          after: {
            reason: step.reason,
            versionNo: caseStudy.currentVersionNo,
            mean: summary.mean,
            spread: summary.spread,
            submittedReviews: summary.submitted,
          },
        };
      },
      notify: async ({ caseStudy }, step) => {
        const version = await this.repository.findVersion(caseId, caseStudy.currentVersionNo, step.tx);
        const label = CASE_WORKFLOW.states[step.to];
        const title = version?.title ?? '';
        const reason = step.reason ? `：${step.reason}` : '';
        return {
          recipientOrganisationIds: [
            caseStudy.authorOrganisationId,
            ...(caseStudy.enterpriseId ? [caseStudy.enterpriseId] : []),
          ],
          kind: `case.${action}`,
          title: {
            'zh-CN': `案例“${title}”评审结果：${label['zh-CN']}${reason}`,
            en: `Review result of the case "${title}": ${label.en}${step.reason ? `: ${step.reason}` : ''}`,
          },
          link: `/cases/${caseId}`,
          dedupeKey: `case:${caseId}:${step.transitionId}`,
        };
      },
    });
    const caseStudy = await this.findCase(caller, caseId);
    return { caseId, status: caseStudy.status };
  }

  // ---- the reviewer's own list ----

  async myAssignments(caller: Caller, query: MyAssignmentQueryDto): Promise<MyAssignmentListDto> {
    if (caller.role !== Role.Reviewer) return { items: [] };
    const today = chinaToday();
    const rows = await this.repository.myAssignments(caller.userId);
    const items = rows.map((row) => {
      const state = assignmentState(
        row.assignment,
        row.review,
        row.caseStatus === CaseStatus.UnderReview && row.versionNo === row.currentVersionNo,
      );
      return {
        id: row.assignment.id,
        caseId: row.assignment.caseId,
        title: row.title,
        enterpriseName: row.enterpriseName,
        regionName: row.regionName,
        versionNo: row.versionNo,
        dueDate: row.assignment.dueDate,
        overdue: (state === 'pending' || state === 'in-progress') && row.assignment.dueDate < today,
        state,
        assignedAt: row.assignment.assignedAt,
        submittedAt: row.review?.submittedAt ?? null,
      };
    });
    // withdrawn assignments are the reviewer's no more: their cases answer 404
    const visible = items.filter((item) => item.state !== 'withdrawn');
    return {
      items:
        (query.show ?? 'open') === 'open'
          ? visible.filter((item) => item.state === 'pending' || item.state === 'in-progress')
          : visible,
    };
  }

  // ---- mapping and access ----

  private toCaseDto(caseStudy: CaseStudyEntity, version: CaseStudyVersionEntity) {
    return {
      id: caseStudy.id,
      status: caseStudy.status,
      versionNo: version.versionNo,
      title: version.title,
      enterpriseName: enterpriseName(caseStudy),
      regionName: caseStudy.region!.name,
      programmeTitle: caseStudy.programme?.title ?? null,
      articles: version.articles,
      background: version.background,
      measures: version.measures,
      results: version.results,
      resultsNarrative: version.resultsNarrative,
    };
  }

  private toAssignmentDto(
    assignment: CaseAssignmentEntity,
    review: CaseReviewEntity | null,
    caseStudy: CaseStudyEntity,
    current: CaseStudyVersionEntity | null,
    versionNo: number,
  ): CaseAssignmentDto {
    return {
      id: assignment.id,
      versionNo,
      reviewer: reviewerOf(assignment),
      dueDate: assignment.dueDate,
      assignedAt: assignment.assignedAt,
      state: assignmentState(
        assignment,
        review,
        caseStudy.status === CaseStatus.UnderReview && assignment.caseVersionId === current?.id,
      ),
      withdrawnAt: assignment.withdrawnAt,
      withdrawalReason: assignment.withdrawalReason,
      submittedAt: review?.submittedAt ?? null,
    };
  }

  private toReviewDto(
    assignment: CaseAssignmentEntity,
    review: CaseReviewEntity,
    caseStudy: CaseStudyEntity,
    current: CaseStudyVersionEntity | null,
    versionNo: number,
  ): CaseReviewDto {
    return {
      assignmentId: assignment.id,
      versionNo,
      reviewer: reviewerOf(assignment),
      scores: review.scores,
      comment: review.comment,
      recommendation: review.recommendation,
      weightedTotal:
        review.weightedTotal !== null
          ? Number(review.weightedTotal)
          : weightedTotal(assignment.rubric, review.scores),
      dueDate: assignment.dueDate,
      state: assignmentState(
        assignment,
        review,
        caseStudy.status === CaseStatus.UnderReview && assignment.caseVersionId === current?.id,
      ),
      submittedAt: review.submittedAt,
    };
  }

  /** The case in the caller's case scope; 404 (audited as a probe when it exists) otherwise. */
  async findCase(caller: Caller, id: string, tx?: Tx): Promise<CaseStudyEntity> {
    const caseStudy = await this.repository.findCase(this.access.caseScope(caller, 'read'), id, tx);
    if (!caseStudy) throw await this.notFound(id, tx);
    return caseStudy;
  }

  private async lock(caller: Caller, id: string, tx: Tx): Promise<CaseStudyEntity> {
    const caseStudy = await this.repository.findCase(this.access.caseScope(caller, 'read'), id, tx, true);
    if (!caseStudy) throw await this.notFound(id, tx);
    return caseStudy;
  }

  /** 404, naming the case only when it exists outside the scope (the filter audits the probe). */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.caseExists(id, tx)) ? { entityType: 'case_study', entityId: id } : undefined,
    );
  }
}

/** Whether a conflict link bars this reviewer (its account, or its whole organisation). */
function barredBy(
  link: { reviewerOrganisationId: string; reviewerUserId: string | null },
  reviewer: Pick<ReviewerRow, 'userId' | 'organisationId'>,
): boolean {
  return link.reviewerUserId
    ? link.reviewerUserId === reviewer.userId
    : link.reviewerOrganisationId === reviewer.organisationId;
}

function reviewerLabel(reviewer: ReviewerRow): string {
  return `${reviewer.displayName}（${reviewer.organisationName}）`;
}

function reviewerOf(assignment: CaseAssignmentEntity): ReviewerDto {
  return {
    userId: assignment.reviewerUserId,
    displayName: assignment.reviewerUser?.displayName ?? '',
    organisationId: assignment.reviewerOrganisationId,
    organisationName: assignment.reviewerOrganisation?.name ?? '',
    organisationType: assignment.reviewerOrganisation!.type,
  };
}

function assignmentState(
  assignment: CaseAssignmentEntity,
  review: CaseReviewEntity | null,
  open: boolean,
): AssignmentState {
  if (assignment.withdrawnAt) return 'withdrawn';
  if (review?.submittedAt) return 'submitted';
  if (!open) return 'closed';
  return review && review.version > 1 ? 'in-progress' : 'pending';
}
