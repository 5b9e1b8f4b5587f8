import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type ConflictLinkEntity } from './conflict-link.entity';
import {
  type ConflictLinkDto,
  type ConflictLinkListDto,
  type ConflictLinkQueryDto,
  type CreateConflictLinkDto,
  type ReviewerListDto,
} from './case-reviews.dto';
import { CaseReviewException } from './case-reviews.exception';
import { CaseReviewsRepository } from './case-reviews.repository';

/**
 * 利益冲突登记: the city bureau's register of links between reviewer organisations (or one of
 * their accounts) and enterprises. A linked reviewer is never assigned the enterprise's cases.
 */
@Injectable()
export class ConflictLinksService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CaseReviewsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, query: ConflictLinkQueryDto): Promise<ConflictLinkListDto> {
    const rows = await this.repository.conflictLinks(
      this.access.scope(caller, 'conflictLinks', 'read'),
      query,
    );
    return { items: rows.map(toConflictLinkDto) };
  }

  /** The links of one enterprise (for the assignment check). */
  async linksOf(caller: Caller, enterpriseId: string, tx?: Tx): Promise<ConflictLinkDto[]> {
    // the register is the city's: the check reads it whoever assigns
    const rows = await this.repository.conflictLinks(
      this.access.scope(caller, 'conflictLinks', 'read'),
      { enterpriseId },
      tx,
    );
    return rows.map(toConflictLinkDto);
  }

  /** Reviewer accounts of the city's reviewer organisations (to link or assign). */
  async reviewers(caller: Caller): Promise<ReviewerListDto> {
    return { items: await this.repository.reviewers(this.access.scope(caller, 'conflictLinks', 'read')) };
  }

  async create(caller: Caller, dto: CreateConflictLinkDto): Promise<ConflictLinkDto> {
    const scope = this.access.scope(caller, 'conflictLinks', 'create');
    const organisation = await this.repository.reviewerOrganisation(scope, dto.reviewerOrganisationId);
    if (!organisation) {
      throw CaseReviewException.invalid('reviewerOrganisationId', 'not_reviewer_organisation');
    }
    if (dto.reviewerUserId) {
      const [reviewer] = await this.repository.reviewers(scope, [dto.reviewerUserId]);
      if (!reviewer || reviewer.organisationId !== organisation.id) {
        throw CaseReviewException.invalid('reviewerUserId', 'conflict_reviewer_not_member');
      }
    }
    const enterprise = await this.repository.enterpriseInScope(scope, dto.enterpriseId);
    if (!enterprise) {
      throw AppException.validation([{ field: 'enterpriseId', code: 'errors.not_found' }]);
    }
    const id = await this.unitOfWork.run(async (tx) => {
      const row = {
        reviewerOrganisationId: organisation.id,
        reviewerUserId: dto.reviewerUserId ?? null,
        enterpriseId: enterprise.id,
        kind: dto.kind,
      };
      if (await this.repository.duplicateLink(row, tx)) {
        throw new CaseReviewException('conflict_link_exists', {}, { field: 'enterpriseId' });
      }
      const linkId = await this.repository.insertLink(
        { ...row, note: dto.note?.trim() ?? '', createdBy: caller.userId },
        tx,
      );
      await this.audit.record(
        {
          action: 'conflict-link.create',
          entityType: 'conflict_link',
          entityId: linkId,
          after: { ...row, note: dto.note?.trim() ?? '' },
        },
        tx,
      );
      return linkId;
    });
    const [created] = await this.repository.conflictLinks(scope, { id });
    return toConflictLinkDto(created);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const scope = this.access.scope(caller, 'conflictLinks', 'delete');
    await this.unitOfWork.run(async (tx) => {
      const [link] = await this.repository.conflictLinks(scope, { id }, tx);
      if (!link) {
        throw AppException.notFound(
          (await this.repository.conflictLinkExists(id))
            ? { entityType: 'conflict_link', entityId: id }
            : undefined,
        );
      }
      await this.repository.softDeleteLink(id, tx);
      await this.audit.record(
        {
          action: 'conflict-link.delete',
          entityType: 'conflict_link',
          entityId: id,
          before: {
            reviewerOrganisationId: link.reviewerOrganisationId,
            reviewerUserId: link.reviewerUserId,
            enterpriseId: link.enterpriseId,
            kind: link.kind,
            note: link.note,
          },
        },
        tx,
      );
    });
  }
}

export function toConflictLinkDto(link: ConflictLinkEntity): ConflictLinkDto {
  return {
    id: link.id,
    reviewerOrganisationId: link.reviewerOrganisationId,
    reviewerOrganisationName: link.reviewerOrganisation?.name ?? '',
    reviewerOrganisationType: link.reviewerOrganisation!.type,
    reviewerUserId: link.reviewerUserId,
    reviewerName: link.reviewerUser?.displayName ?? null,
    enterpriseId: link.enterpriseId,
    enterpriseName: link.enterprise?.organisation?.name ?? '',
    kind: link.kind,
    note: link.note,
    createdAt: link.createdAt,
  };
}
