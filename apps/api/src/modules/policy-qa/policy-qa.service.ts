import { Injectable } from '@nestjs/common';
import {
  normaliseAnswer,
  POLICY_QA_EDITABLE_STATES,
  POLICY_QA_STATUS_LABELS,
  POLICY_QA_WORKFLOW,
  type PolicyBasis,
  PolicyQaAction,
  PolicyQaStatus,
  policyQaSearchText,
  type PolicyTopic,
  Role,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import {
  type AuditChanges,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { PolicyQaException } from './policy-qa.exception';
import {
  type CreatePolicyQaDto,
  type PolicyBasisDto,
  type PolicyQaDto,
  type PolicyQaListDto,
  type PolicyQaQueryDto,
  type PolicyQaVersionDto,
  type PublicPolicyQaDto,
  type PublicPolicyQaListDto,
  type PublicPolicyQaQueryDto,
  type UpdatePolicyQaDto,
} from './policy-qa.dto';
import { type PolicyQaRow, PolicyQaRepository, type PolicyQaVisibility } from './policy-qa.repository';

type QaSubject = WorkflowSubject<PolicyQaStatus> & { row: PolicyQaRow };

/** The maker publishing checks is whoever wrote the current wording. */
function subjectOf(row: PolicyQaRow): QaSubject {
  return { id: row.id, status: row.status, makerId: row.version_created_by, row };
}

/** The public's view: published entries of every city. */
const PUBLIC_VISIBILITY: PolicyQaVisibility = { scope: { kind: 'all' }, publishedOnly: true };

/** The wording of a version as stored: trimmed, an answer's paragraphs one per line, blank articles none. */
interface Wording {
  question: string;
  answer: string;
  basis: PolicyBasis[];
  topics: PolicyTopic[];
}

function basisOf(dto: readonly PolicyBasisDto[]): PolicyBasis[] {
  return dto.map((item) => ({ document: item.document.trim(), article: item.article?.trim() || null }));
}

function sameWording(a: Wording, b: Wording): boolean {
  return (
    a.question === b.question &&
    a.answer === b.answer &&
    JSON.stringify(a.basis) === JSON.stringify(b.basis) &&
    [...a.topics].sort().join() === [...b.topics].sort().join()
  );
}

/**
 * 政策问答 (青人社字〔2021〕61号 四(三)): the city bureau writes entries; every edit of the wording is
 * a new version; a second person of the bureau publishes (POLICY_QA_WORKFLOW through the shared
 * transition service), and a published entry is withdrawn before it is edited again. Districts read
 * their city's published entries; the public reads every city's published ones without logging in.
 */
@Injectable()
export class PolicyQaService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: PolicyQaRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
  ) {}

  /** The city bureau reads all its city's entries; the districts the published ones of their city. */
  private visibility(caller: Caller): PolicyQaVisibility {
    return {
      scope: this.access.policyQaScope(caller, 'read'),
      publishedOnly: this.access.policyQaScope(caller, 'update').kind === 'none',
    };
  }

  private writeVisibility(caller: Caller, action: 'update' | 'delete'): PolicyQaVisibility {
    return { scope: this.access.policyQaScope(caller, action), publishedOnly: false };
  }

  async list(caller: Caller, query: PolicyQaQueryDto): Promise<PolicyQaListDto> {
    const [rows, total] = await this.repository.findPage(this.visibility(caller), query);
    return { items: rows.map((row) => this.toDto(caller, row)), total };
  }

  async get(caller: Caller, id: string): Promise<PolicyQaDto> {
    return this.toDto(caller, await this.findOrFail(this.visibility(caller), id));
  }

  async versions(caller: Caller, id: string): Promise<PolicyQaVersionDto[]> {
    const row = await this.findOrFail(this.visibility(caller), id);
    const versions = await this.repository.versions(id);
    // a district reads the published wording only, not the drafts that led to it
    const visible = this.visibility(caller).publishedOnly
      ? versions.filter((version) => version.id === row.version_id)
      : versions;
    return visible.map((version) => ({
      id: version.id,
      number: version.number,
      question: version.question,
      answer: version.answer,
      citations: version.basis,
      topics: version.topics,
      authorName: version.author_name,
      createdAt: version.created_at,
      current: version.id === row.version_id,
    }));
  }

  async listPublic(query: PublicPolicyQaQueryDto): Promise<PublicPolicyQaListDto> {
    const [rows, total] = await this.repository.findPage(PUBLIC_VISIBILITY, query);
    return { items: rows.map(publicDtoOf), total };
  }

  async getPublic(id: string): Promise<PublicPolicyQaDto> {
    return publicDtoOf(await this.findOrFail(PUBLIC_VISIBILITY, id));
  }

  /** A draft of the caller's city, version 1, written by the caller (who may not publish it). */
  async create(caller: Caller, dto: CreatePolicyQaDto): Promise<PolicyQaDto> {
    if (caller.role !== Role.CityBureau) throw AppException.forbidden();
    const wording: Wording = {
      question: dto.question.trim(),
      answer: normaliseAnswer(dto.answer),
      basis: basisOf(dto.citations),
      topics: dto.topics,
    };
    const id = await this.unitOfWork.run(async (tx) => {
      const qaId = await this.repository.insert(
        { regionCode: caller.regionCode, createdBy: caller.userId },
        { ...wording, searchText: policyQaSearchText(wording), createdBy: caller.userId },
        tx,
      );
      await this.audit.record(
        {
          action: 'policy_qa.create',
          entityType: 'policy_qa',
          entityId: qaId,
          after: {
            versionNumber: 1,
            question: wording.question,
            topics: wording.topics,
            basis: wording.basis,
          },
        },
        tx,
      );
      return qaId;
    });
    return this.get(caller, id);
  }

  /**
   * An edit of a draft or withdrawn entry: the changed wording becomes the next version (the
   * earlier ones stay); an edit that changes nothing adds none.
   */
  async update(
    caller: Caller,
    id: string,
    dto: UpdatePolicyQaDto,
    precondition?: Precondition,
  ): Promise<PolicyQaDto> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, 'update', tx, precondition);
      this.assertEditable(row);
      const before: Wording = {
        question: row.question,
        answer: row.answer,
        basis: row.basis,
        topics: row.topics,
      };
      const after: Wording = {
        question: dto.question?.trim() ?? before.question,
        answer: dto.answer !== undefined ? normaliseAnswer(dto.answer) : before.answer,
        basis: dto.citations ? basisOf(dto.citations) : before.basis,
        topics: dto.topics ?? before.topics,
      };
      if (sameWording(before, after)) return;
      const number = row.version_number + 1;
      await this.repository.addVersion(
        id,
        number,
        { ...after, searchText: policyQaSearchText(after), createdBy: caller.userId },
        tx,
      );
      // named as the request names them (the basis is `citations`)
      const changed = (Object.keys(after) as (keyof Wording)[])
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        .map((key) => (key === 'basis' ? 'citations' : key));
      await this.audit.record(
        {
          action: 'policy_qa.update',
          entityType: 'policy_qa',
          entityId: id,
          before: { versionNumber: row.version_number },
          after: { versionNumber: number, changed },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** Deletes a draft or withdrawn entry (softly: its versions stay for the audit trail). */
  async remove(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, 'delete', tx, precondition);
      this.assertEditable(row);
      await this.repository.softDelete(id, tx);
      await this.audit.record(
        {
          action: 'policy_qa.delete',
          entityType: 'policy_qa',
          entityId: id,
          before: { status: row.status, versionNumber: row.version_number, question: row.question },
        },
        tx,
      );
    });
  }

  /** Publish (a second person) or withdraw (with a reason), through the workflow kernel. */
  async transition(
    caller: Caller,
    id: string,
    action: PolicyQaAction,
    reason: string | undefined,
    precondition?: Precondition,
  ): Promise<PolicyQaDto> {
    await this.workflow.run(caller, {
      workflow: POLICY_QA_WORKFLOW,
      action,
      reason,
      reasonField: 'reason',
      reasonMissing: () => PolicyQaException.invalid('reason', 'policy_qa_withdraw_reason_required'),
      entityType: 'policy_qa',
      lock: async (tx) => subjectOf(await this.lock(caller, id, 'update', tx, precondition)),
      apply: ({ row }, step) => this.applyStep(caller, row, action, step),
    });
    return this.get(caller, id);
  }

  private async applyStep(
    caller: Caller,
    row: PolicyQaRow,
    action: PolicyQaAction,
    { to, now, reason, tx }: StepContext<PolicyQaStatus>,
  ): Promise<AuditChanges> {
    if (action === PolicyQaAction.Publish) {
      await this.repository.update(
        row.id,
        {
          status: to,
          publishedAt: now,
          publishedBy: caller.userId,
          firstPublishedAt: row.first_published_at ?? now,
          withdrawnAt: null,
          withdrawReason: null,
        },
        tx,
      );
      return { after: { versionNumber: row.version_number, makerId: row.version_created_by } };
    }
    await this.repository.update(row.id, { status: to, withdrawnAt: now, withdrawReason: reason }, tx);
    return { after: { reason } };
  }

  private assertEditable(row: PolicyQaRow): void {
    if (!(POLICY_QA_EDITABLE_STATES as readonly PolicyQaStatus[]).includes(row.status)) {
      throw new PolicyQaException('policy_qa_not_editable', { status: POLICY_QA_STATUS_LABELS[row.status] });
    }
  }

  private toDto(caller: Caller, row: PolicyQaRow): PolicyQaDto {
    const canWrite = this.access.policyQaScope(caller, 'update').kind !== 'none';
    return {
      id: row.id,
      regionCode: row.region_code,
      regionName: row.region_name,
      status: row.status,
      question: row.question,
      answer: row.answer,
      citations: row.basis,
      topics: row.topics,
      versionNumber: row.version_number,
      versionAuthorName: row.version_author_name,
      versionCreatedAt: row.version_created_at,
      firstPublishedAt: row.first_published_at,
      publishedAt: row.published_at,
      publishedByName: row.published_by_name,
      withdrawnAt: row.withdrawn_at,
      withdrawReason: row.withdraw_reason,
      version: row.version,
      availableActions: this.access.openActions(caller, POLICY_QA_WORKFLOW, subjectOf(row)),
      callerIsMaker: row.version_created_by === caller.userId,
      editable: canWrite && (POLICY_QA_EDITABLE_STATES as readonly PolicyQaStatus[]).includes(row.status),
      createdAt: row.created_at,
    };
  }

  private async findOrFail(visibility: PolicyQaVisibility, id: string): Promise<PolicyQaRow> {
    const row = await this.repository.findVisible(visibility, id);
    if (!row) throw await this.notFound(visibility, id);
    return row;
  }

  /** The entry in the caller's write scope, locked, its version checked against If-Match. */
  private async lock(
    caller: Caller,
    id: string,
    action: 'update' | 'delete',
    tx: Tx,
    precondition?: Precondition,
  ): Promise<PolicyQaRow> {
    const visibility = this.writeVisibility(caller, action);
    const row = await this.repository.findVisible(visibility, id, tx, true);
    if (!row) throw await this.notFound(visibility, id, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'policy_qa', key: id, version: row.version },
      tx,
    );
    return row;
  }

  /** 404 alike for a missing entry and one outside the scope; the latter is audited as a denial. */
  private async notFound(visibility: PolicyQaVisibility, id: string, tx?: Tx): Promise<AppException> {
    const known = visibility !== PUBLIC_VISIBILITY && (await this.repository.exists(id, tx));
    return AppException.notFound(known ? { entityType: 'policy_qa', entityId: id } : undefined);
  }
}

/**
 * The public's view of a published entry: the current wording, its city and dates, nothing internal.
 * `publishedAt` is the first publication; `updatedAt` the publication of the current wording when it
 * was written after that (an edit goes public only when published again), else the first one.
 */
function publicDtoOf(row: PolicyQaRow): PublicPolicyQaDto {
  const publishedAt = row.first_published_at ?? row.published_at ?? row.version_created_at;
  const revised = new Date(row.version_created_at).getTime() > new Date(publishedAt).getTime();
  return {
    id: row.id,
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    question: row.question,
    answer: row.answer,
    citations: row.basis,
    topics: row.topics,
    publishedAt,
    updatedAt: revised ? (row.published_at ?? row.version_created_at) : publishedAt,
  };
}
