import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationType, REVIEWER_ORGANISATION_TYPES, Role } from '@skillpay/domain';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  type CaseScope,
  caseScopeCondition,
  type OrganisationScope,
  organisationScopeCondition,
  type ProgrammeScope,
  programmeScopeCondition,
} from '../../common/access/scope';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { CaseStudyVersionEntity } from '../cases/case-study-version.entity';
import { CaseStudyEntity } from '../cases/case-study.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { UserEntity, UserStatus } from '../users/user.entity';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CaseReviewEntity } from './case-review.entity';
import { CaseRubricEntity } from './case-rubric.entity';
import { ConflictLinkEntity } from './conflict-link.entity';

/** A reviewer account with its organisation, as the review queries read it. */
export interface ReviewerRow {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
}

/** One of a reviewer's assignments with what its list shows. */
export interface MyAssignmentRow {
  assignment: CaseAssignmentEntity;
  review: CaseReviewEntity | null;
  caseStatus: string;
  currentVersionNo: number;
  title: string;
  enterpriseName: string;
  regionName: string;
  versionNo: number;
}

/** Queries of case reviews: the case in scope, its assignments and reviews, rubrics and conflict links. */
@Injectable()
export class CaseReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The case if it lies in the scope (with its enterprise, region and programme); `lock` locks its row. */
  findCase(scope: CaseScope, id: string, tx?: Tx, lock = false): Promise<CaseStudyEntity | null> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(CaseStudyEntity, 'c')
      .innerJoinAndSelect('c.region', 'r')
      .leftJoinAndSelect('c.enterprise', 'e')
      .leftJoinAndSelect('e.organisation', 'eo')
      .leftJoinAndSelect('c.programme', 'p')
      .where('c.id = :id', { id })
      .andWhere(condition.sql, condition.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    return qb.getOne();
  }

  caseExists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(CaseStudyEntity, { id });
  }

  findVersion(caseId: string, versionNo: number, tx?: Tx): Promise<CaseStudyVersionEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(CaseStudyVersionEntity, { caseId, versionNo });
  }

  versionNumbers(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return Promise.resolve(new Map());
    return this.dataSource.manager
      .findBy(CaseStudyVersionEntity, { id: In(ids) })
      .then((rows) => new Map(rows.map((row) => [row.id, row.versionNo])));
  }

  async updateCase(id: string, changes: Partial<CaseStudyEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(CaseStudyEntity, { id }, changes);
  }

  /** Every assignment of the case (all versions), newest first, with reviewer and organisation. */
  assignments(caseId: string, tx?: Tx): Promise<CaseAssignmentEntity[]> {
    return managerOf(tx, this.dataSource).find(CaseAssignmentEntity, {
      where: { caseId },
      relations: { reviewerUser: true, reviewerOrganisation: true },
      order: { assignedAt: 'DESC', id: 'ASC' },
    });
  }

  /** The reviewer's live assignment of the case (the newest one). */
  liveAssignmentOf(
    caseId: string,
    userId: string,
    tx?: Tx,
    lock = false,
  ): Promise<CaseAssignmentEntity | null> {
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(CaseAssignmentEntity, 'a')
      .innerJoinAndSelect('a.reviewerUser', 'u')
      .innerJoinAndSelect('a.reviewerOrganisation', 'o')
      .where('a.case_id = :caseId AND a.reviewer_user_id = :userId AND a.withdrawn_at IS NULL', {
        caseId,
        userId,
      })
      .orderBy('a.assigned_at', 'DESC')
      .limit(1);
    if (lock) qb.setLock('pessimistic_write', undefined, ['a']);
    return qb.getOne();
  }

  findAssignment(caseId: string, id: string, tx: Tx): Promise<CaseAssignmentEntity | null> {
    return managerOf(tx, this.dataSource).findOne(CaseAssignmentEntity, {
      where: { id, caseId },
      relations: { reviewerUser: true, reviewerOrganisation: true },
      lock: { mode: 'pessimistic_write', tables: ['case_assignment'] },
    });
  }

  async reviewsOf(assignmentIds: string[], tx?: Tx): Promise<Map<string, CaseReviewEntity>> {
    if (assignmentIds.length === 0) return new Map();
    const rows = await managerOf(tx, this.dataSource).findBy(CaseReviewEntity, {
      assignmentId: In(assignmentIds),
    });
    return new Map(rows.map((row) => [row.assignmentId, row]));
  }

  findReview(assignmentId: string, tx: Tx): Promise<CaseReviewEntity | null> {
    return managerOf(tx, this.dataSource).findOne(CaseReviewEntity, {
      where: { assignmentId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insertAssignment(row: Partial<CaseAssignmentEntity>, tx: Tx): Promise<CaseAssignmentEntity> {
    const manager = managerOf(tx, this.dataSource);
    const assignment = await manager.save(CaseAssignmentEntity, manager.create(CaseAssignmentEntity, row));
    await manager.insert(CaseReviewEntity, { assignmentId: assignment.id });
    return assignment;
  }

  async updateAssignment(id: string, changes: Partial<CaseAssignmentEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(CaseAssignmentEntity, { id }, changes);
  }

  /** Saves the review's changes, bumping its version. */
  async saveReview(review: CaseReviewEntity, tx: Tx): Promise<CaseReviewEntity> {
    return managerOf(tx, this.dataSource).save(CaseReviewEntity, review);
  }

  /** Active reviewer accounts of reviewer organisations under the region path. */
  async reviewers(scope: OrganisationScope, userIds?: string[], tx?: Tx): Promise<ReviewerRow[]> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin('u.organisation', 'o')
      .innerJoin('o.region', 'r')
      .select([
        'u.id AS "userId"',
        'u.display_name AS "displayName"',
        'o.id AS "organisationId"',
        'o.name AS "organisationName"',
        'o.type AS "organisationType"',
      ])
      .where('u.role = :role AND u.status = :active', { role: Role.Reviewer, active: UserStatus.Active })
      .andWhere('o.deleted_at IS NULL AND o.type IN (:...types)', { types: [...REVIEWER_ORGANISATION_TYPES] })
      .andWhere(condition.sql, condition.params)
      .orderBy('o.type')
      .addOrderBy('o.name')
      .addOrderBy('u.display_name');
    if (userIds) qb.andWhere('u.id IN (:...userIds)', { userIds: userIds.length ? userIds : [null] });
    return qb.getRawMany<ReviewerRow>();
  }

  /** Reviewer organisations under the region path (for the conflict register). */
  reviewerOrganisation(scope: OrganisationScope, id: string): Promise<OrganisationEntity | null> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .innerJoin('o.region', 'r')
      .where('o.id = :id AND o.type IN (:...types)', { id, types: [...REVIEWER_ORGANISATION_TYPES] })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  /** An enterprise organisation under the region path. */
  enterpriseInScope(scope: OrganisationScope, id: string): Promise<OrganisationEntity | null> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .innerJoin('o.region', 'r')
      .innerJoin('enterprise', 'e', 'e.id = o.id')
      .where('o.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  /** Live conflict links of enterprises under the region path, optionally of one enterprise or organisation. */
  conflictLinks(
    scope: OrganisationScope,
    filter: { enterpriseId?: string; reviewerOrganisationId?: string; id?: string },
    tx?: Tx,
  ): Promise<ConflictLinkEntity[]> {
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(ConflictLinkEntity, 'l')
      .innerJoinAndSelect('l.reviewerOrganisation', 'ro')
      .leftJoinAndSelect('l.reviewerUser', 'ru')
      .innerJoinAndSelect('l.enterprise', 'e')
      .innerJoinAndSelect('e.organisation', 'eo')
      .innerJoin('eo.region', 'er')
      .where(
        organisationScopeCondition(scope, 'eo', 'er').sql,
        organisationScopeCondition(scope, 'eo', 'er').params,
      )
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id');
    if (filter.enterpriseId)
      qb.andWhere('l.enterprise_id = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter.reviewerOrganisationId)
      qb.andWhere('l.reviewer_organisation_id = :ro', { ro: filter.reviewerOrganisationId });
    if (filter.id) qb.andWhere('l.id = :id', { id: filter.id });
    return qb.getMany();
  }

  conflictLinkExists(id: string): Promise<boolean> {
    return this.dataSource.manager.exists(ConflictLinkEntity, { where: { id }, withDeleted: true });
  }

  duplicateLink(
    row: Pick<ConflictLinkEntity, 'reviewerOrganisationId' | 'reviewerUserId' | 'enterpriseId' | 'kind'>,
    tx: Tx,
  ): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ConflictLinkEntity, {
      reviewerOrganisationId: row.reviewerOrganisationId,
      reviewerUserId: row.reviewerUserId ?? IsNull(),
      enterpriseId: row.enterpriseId,
      kind: row.kind,
    });
  }

  async insertLink(row: Partial<ConflictLinkEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(ConflictLinkEntity, manager.create(ConflictLinkEntity, row))).id;
  }

  async softDeleteLink(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(ConflictLinkEntity, { id });
  }

  findProgramme(scope: ProgrammeScope, id: string): Promise<ProgrammeEntity | null> {
    const condition = programmeScopeCondition(scope, 'r');
    return this.dataSource.manager
      .createQueryBuilder(ProgrammeEntity, 'p')
      .innerJoinAndSelect('p.region', 'r')
      .where('p.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  programmeExists(id: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(ProgrammeEntity, { id });
  }

  findRubric(programmeId: string, tx?: Tx, lock = false): Promise<CaseRubricEntity | null> {
    return managerOf(tx, this.dataSource).findOne(CaseRubricEntity, {
      where: { programmeId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async saveRubric(row: Partial<CaseRubricEntity>, tx: Tx): Promise<CaseRubricEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(CaseRubricEntity, manager.create(CaseRubricEntity, row));
  }

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, tx: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .select('o.id', 'id')
      .from('organisation', 'o')
      .where('o.type = :type AND o.region_code = :regionCode AND o.deleted_at IS NULL', { type, regionCode })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** The reviewer's assignments with their cases' titles (of the assigned version), newest first. */
  async myAssignments(userId: string): Promise<MyAssignmentRow[]> {
    const manager: EntityManager = this.dataSource.manager;
    const assignments = await manager
      .createQueryBuilder(CaseAssignmentEntity, 'a')
      .innerJoinAndSelect('a.caseVersion', 'v')
      .innerJoinAndSelect('a.case', 'c')
      .innerJoinAndSelect('c.region', 'r')
      .leftJoinAndSelect('c.enterprise', 'e')
      .leftJoinAndSelect('e.organisation', 'eo')
      .where('a.reviewer_user_id = :userId AND c.deleted_at IS NULL', { userId })
      .orderBy('a.withdrawn_at', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.due_date', 'ASC')
      .addOrderBy('a.id')
      .getMany();
    const reviews = await this.reviewsOf(assignments.map((a) => a.id));
    return assignments.map((assignment) => ({
      assignment,
      review: reviews.get(assignment.id) ?? null,
      caseStatus: assignment.case!.status,
      currentVersionNo: assignment.case!.currentVersionNo,
      title: assignment.caseVersion!.title,
      enterpriseName: enterpriseName(assignment.case!),
      regionName: assignment.case!.region!.name,
      versionNo: assignment.caseVersion!.versionNo,
    }));
  }
}

/** The case's enterprise: a registered one's name, or the imported case's external enterprise. */
export function enterpriseName(caseStudy: CaseStudyEntity): string {
  return caseStudy.enterprise?.organisation?.name ?? caseStudy.externalEnterprise?.name ?? '';
}
