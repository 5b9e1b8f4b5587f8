import { Injectable } from '@nestjs/common';
import { type CaseRubric, DEFAULT_CASE_RUBRIC } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type CaseRubricDto, type UpdateCaseRubricDto } from './case-reviews.dto';
import { CaseReviewException } from './case-reviews.exception';
import { CaseReviewsRepository } from './case-reviews.repository';

/**
 * A programme's review rubric (评审细则): criteria with weights summing to 100 and a scale with
 * what each score means. A programme without one reviews with the default rubric. Assignments
 * keep the rubric as it stood when they were made, so an edit never moves a running review.
 */
@Injectable()
export class CaseRubricsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CaseReviewsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  /** The rubric reviews of a programme's cases use (the default for none or an imported case). */
  async rubricOf(programmeId: string | null, tx?: Tx): Promise<CaseRubric> {
    const row = programmeId ? await this.repository.findRubric(programmeId, tx) : null;
    if (!row) return DEFAULT_CASE_RUBRIC;
    return { criteria: row.criteria, disagreementThreshold: Number(row.disagreementThreshold) };
  }

  async get(caller: Caller, programmeId: string): Promise<CaseRubricDto> {
    const programme = await this.repository.findProgramme(
      this.access.programmeScope(caller, 'read'),
      programmeId,
    );
    if (!programme) throw await this.notFound(programmeId);
    const row = await this.repository.findRubric(programmeId);
    const rubric = await this.rubricOf(programmeId);
    return {
      programmeId,
      programmeTitle: programme.title,
      criteria: rubric.criteria,
      disagreementThreshold: rubric.disagreementThreshold,
      isDefault: !row,
      version: row?.version ?? 0,
    };
  }

  async update(
    caller: Caller,
    programmeId: string,
    dto: UpdateCaseRubricDto,
    precondition?: Precondition,
  ): Promise<CaseRubricDto> {
    const programme = await this.repository.findProgramme(
      this.access.programmeScope(caller, 'update'),
      programmeId,
    );
    if (!programme) throw await this.notFound(programmeId);
    const sum = dto.criteria.reduce((total, criterion) => total + criterion.weight, 0);
    if (sum !== 100) throw CaseReviewException.invalid('criteria', 'weights_not_100', { sum });
    const keys = new Set<string>();
    dto.criteria.forEach((criterion, index) => {
      if (keys.has(criterion.key)) {
        throw CaseReviewException.invalid(`criteria.${index}.key`, 'criterion_key_twice');
      }
      keys.add(criterion.key);
      criterion.scale.forEach((step, position) => {
        if (step.score !== position + 1) {
          throw CaseReviewException.invalid(`criteria.${index}.scale`, 'scale_not_consecutive');
        }
      });
    });
    const criteria = dto.criteria.map((criterion) => ({
      key: criterion.key,
      label: { 'zh-CN': criterion.label['zh-CN'].trim(), en: criterion.label.en.trim() },
      weight: criterion.weight,
      scale: criterion.scale.map((step) => ({
        score: step.score,
        description: { 'zh-CN': step.description['zh-CN'].trim(), en: step.description.en.trim() },
      })),
    }));
    const threshold = Math.round(dto.disagreementThreshold * 100) / 100;
    await this.unitOfWork.run(async (tx) => {
      const existing = await this.repository.findRubric(programmeId, tx, true);
      await this.preconditions.assert(
        precondition,
        { entityType: 'case_rubric', key: programmeId, version: existing?.version ?? 0 },
        tx,
      );
      const before = existing
        ? { criteria: existing.criteria, disagreementThreshold: Number(existing.disagreementThreshold) }
        : { default: true };
      const saved = await this.repository.saveRubric(
        {
          ...(existing ? { id: existing.id, version: existing.version } : {}),
          programmeId,
          criteria,
          disagreementThreshold: threshold.toFixed(2),
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'case-rubric.update',
          entityType: 'case_rubric',
          entityId: saved.id,
          before,
          after: { programmeId, criteria, disagreementThreshold: threshold },
        },
        tx,
      );
    });
    return this.get(caller, programmeId);
  }

  private async notFound(programmeId: string): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.programmeExists(programmeId))
        ? { entityType: 'programme', entityId: programmeId }
        : undefined,
    );
  }
}
