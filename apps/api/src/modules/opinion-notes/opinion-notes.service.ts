import { Injectable } from '@nestjs/common';
import {
  chinaToday,
  monthsFromTo,
  OPINION_NOTE_WORKFLOW,
  OpinionNoteAction,
  type OpinionNoteStatus,
  opinionNoteProblems,
  respondedOnProblem,
  Role,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type OpinionNoteScope } from '../../common/access/scope';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import {
  type AuditChanges,
  notEditable,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type OpinionNoteEntity } from './opinion-note.entity';
import { OpinionNoteException } from './opinion-note.exception';
import {
  type CreateOpinionNoteDto,
  type DeleteOpinionNoteDto,
  type OpinionCountDto,
  type OpinionNoteDetailDto,
  type OpinionNoteDto,
  type OpinionNoteListDto,
  type OpinionNoteQueryDto,
  type OpinionNoteStepDto,
  type OpinionStatisticsDto,
  type OpinionStatisticsQueryDto,
  type ResponsibleOptionDto,
  type UpdateOpinionNoteDto,
} from './opinion-notes.dto';
import { OPEN_OPINION_STATES, type OpinionNoteRow, OpinionNotesRepository } from './opinion-notes.repository';

type NoteSubject = WorkflowSubject<OpinionNoteStatus> & { row: OpinionNoteRow };

function subjectOf(row: OpinionNoteRow): NoteSubject {
  return { id: row.id, status: row.status, responsibleOrganisationId: row.responsible_organisation_id, row };
}

/** The content fields of a note an edit may change, in the order the revision lists them. */
const CONTENT_FIELDS = [
  'source',
  'sourceDetail',
  'notedOn',
  'summary',
  'topics',
  'sentiment',
  'heat',
  'responsibleOrganisationId',
] as const;
type ContentField = (typeof CONTENT_FIELDS)[number];
type Content = Pick<OpinionNoteEntity, ContentField>;

function contentOf(row: OpinionNoteRow): Content {
  return {
    source: row.source,
    sourceDetail: row.source_detail,
    notedOn: row.noted_on,
    summary: row.summary,
    topics: row.topics,
    sentiment: row.sentiment,
    heat: row.heat,
    responsibleOrganisationId: row.responsible_organisation_id,
  };
}

/** What the audit keeps of a note's content: no summary text (it may quote a caller), its length. */
function auditContent(content: Content): Record<string, unknown> {
  const { summary, ...rest } = content;
  return { ...rest, summaryLength: summary.length };
}

/**
 * 舆情 (Qingdao 四(三)): city and district bureaus record public-opinion notes; the responsible unit
 * (the recording bureau, or the district the city assigned) moves them through
 * OPINION_NOTE_WORKFLOW by the shared transition service. Reads go through
 * AccessService.opinionNoteScope (404 outside); every change is audited in its transaction.
 */
@Injectable()
export class OpinionNotesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: OpinionNotesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
  ) {}

  private scope(caller: Caller, action: 'read' | 'create' | 'update' | 'delete' = 'read'): OpinionNoteScope {
    return this.access.opinionNoteScope(caller, action);
  }

  /** Bureaus the caller may name responsible: the city its own bureau and its districts'; a district itself. */
  async responsibleOptions(caller: Caller): Promise<ResponsibleOptionDto[]> {
    if (caller.role === Role.CityBureau) return this.repository.responsibleOptions(caller.regionPath);
    return this.repository.responsibleOptions(caller.regionPath, caller.organisationId);
  }

  async list(caller: Caller, query: OpinionNoteQueryDto): Promise<OpinionNoteListDto> {
    this.checkRange(query.from, query.to);
    const [rows, total] = await this.repository.findPage(this.scope(caller), query);
    return { items: rows.map((row) => this.toDto(caller, row)), total };
  }

  async get(caller: Caller, id: string): Promise<OpinionNoteDetailDto> {
    const row = await this.findOrFail(caller, id);
    const history = await this.workflow.history(OPINION_NOTE_WORKFLOW, id);
    const revisions = await this.repository.revisions(id);
    return {
      ...this.toDto(caller, row),
      history: history.map((step) => ({
        action: step.action as OpinionNoteAction,
        fromState: step.fromState as OpinionNoteStatus,
        toState: step.toState as OpinionNoteStatus,
        actor: step.actorOrganisationName,
        comment: step.reason,
        at: step.createdAt,
      })),
      revisions: revisions.map((revision) => ({
        version: revision.version,
        changedFields: revision.changed_fields,
        editor: revision.editor,
        at: revision.created_at,
      })),
    };
  }

  async create(caller: Caller, dto: CreateOpinionNoteDto): Promise<OpinionNoteDetailDto> {
    const id = await this.unitOfWork.run(async (tx) => {
      const content: Content = {
        source: dto.source,
        sourceDetail: dto.sourceDetail?.trim() ? dto.sourceDetail.trim() : null,
        notedOn: dto.notedOn,
        summary: dto.summary.trim(),
        topics: [...new Set(dto.topics)],
        sentiment: dto.sentiment,
        heat: dto.heat,
        responsibleOrganisationId: await this.responsibleFor(caller, dto.responsibleOrganisationId, tx),
      };
      this.checkContent(content);
      const programmeScope = this.access.programmeScope(caller, 'read');
      if (!(await this.repository.programmeVisible(programmeScope, dto.programmeId, tx))) {
        throw OpinionNoteException.invalid('programmeId', 'opinion_programme_unknown');
      }
      const noteId = await this.repository.insert(
        {
          ...content,
          programmeId: dto.programmeId,
          recorderOrganisationId: caller.organisationId,
          createdBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'opinion-note.create',
          entityType: 'opinion_note',
          entityId: noteId,
          after: { programmeId: dto.programmeId, ...auditContent(content) },
        },
        tx,
      );
      return noteId;
    });
    return this.get(caller, id);
  }

  /**
   * Edits the content while the note is monitored or being responded to (409 after): the recorder,
   * the responsible unit or the city bureau; only the city changes the responsible unit. The
   * content it replaces is kept as a revision.
   */
  async update(
    caller: Caller,
    id: string,
    dto: UpdateOpinionNoteDto,
    precondition?: Precondition,
  ): Promise<OpinionNoteDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, tx, precondition);
      if (!this.mayEdit(caller, row)) throw AppException.forbidden();
      if (!OPINION_NOTE_WORKFLOW.editableIn.includes(row.status))
        throw notEditable(OPINION_NOTE_WORKFLOW, row.status);
      const before = contentOf(row);
      const after: Content = {
        source: dto.source ?? before.source,
        sourceDetail:
          dto.sourceDetail === undefined
            ? before.sourceDetail
            : dto.sourceDetail?.trim()
              ? dto.sourceDetail.trim()
              : null,
        notedOn: dto.notedOn ?? before.notedOn,
        summary: dto.summary?.trim() ?? before.summary,
        topics: dto.topics ? [...new Set(dto.topics)] : before.topics,
        sentiment: dto.sentiment ?? before.sentiment,
        heat: dto.heat ?? before.heat,
        responsibleOrganisationId: before.responsibleOrganisationId,
      };
      if (
        dto.responsibleOrganisationId &&
        dto.responsibleOrganisationId !== before.responsibleOrganisationId
      ) {
        if (caller.role !== Role.CityBureau) {
          throw OpinionNoteException.invalid('responsibleOrganisationId', 'opinion_responsible_city_only');
        }
        after.responsibleOrganisationId = await this.responsibleFor(
          caller,
          dto.responsibleOrganisationId,
          tx,
        );
      }
      this.checkContent(after);
      const changed = CONTENT_FIELDS.filter(
        (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
      );
      if (changed.length === 0) return;
      await this.repository.insertRevision(
        {
          noteId: id,
          version: row.version,
          content: before as unknown as Record<string, unknown>,
          changedFields: [...changed],
          editedBy: caller.userId,
          editorOrganisationId: caller.organisationId,
        },
        tx,
      );
      const changes = Object.fromEntries(changed.map((field) => [field, after[field]])) as Partial<Content>;
      await this.repository.update(id, changes, tx);
      const pick = (content: Content) =>
        Object.fromEntries(
          changed.map((field) =>
            field === 'summary' ? ['summaryLength', content.summary.length] : [field, content[field]],
          ),
        );
      await this.audit.record(
        {
          action: 'opinion-note.update',
          entityType: 'opinion_note',
          entityId: id,
          before: pick(before),
          after: { ...pick(after), revisionOf: row.version },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** Soft delete with a reason, by the recording bureau or the city bureau. */
  async remove(
    caller: Caller,
    id: string,
    dto: DeleteOpinionNoteDto,
    precondition?: Precondition,
  ): Promise<void> {
    const reason = dto.reason.trim();
    if (!reason) throw OpinionNoteException.invalid('reason', 'opinion_delete_reason_required');
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, tx, precondition, 'delete');
      if (!this.mayDelete(caller, row)) throw AppException.forbidden();
      await this.repository.update(id, { deletedAt: new Date(), deleteReason: reason }, tx);
      await this.audit.record(
        {
          action: 'opinion-note.delete',
          entityType: 'opinion_note',
          entityId: id,
          before: { status: row.status },
          after: { deleteReason: reason },
        },
        tx,
      );
    });
  }

  /**
   * One workflow step through the kernel (lock, who-may-act: the responsible unit, history row,
   * audit `opinion-note.<action>`, notification to the recorder when another unit acts).
   */
  async transition(
    caller: Caller,
    id: string,
    action: OpinionNoteAction,
    dto: OpinionNoteStepDto,
    precondition?: Precondition,
  ): Promise<OpinionNoteDetailDto> {
    await this.workflow.run(caller, {
      workflow: OPINION_NOTE_WORKFLOW,
      action,
      reason: dto.comment,
      reasonField: 'comment',
      reasonMissing: () => OpinionNoteException.invalid('comment', 'opinion_reopen_reason_required'),
      entityType: 'opinion_note',
      lock: async (tx) => subjectOf(await this.lock(caller, id, tx, precondition)),
      apply: ({ row }, step) => this.applyStep(row, action, dto, step),
      notify: async ({ row }, step) => {
        if (row.recorder_organisation_id === caller.organisationId) return null;
        const label = OPINION_NOTE_WORKFLOW.actions[action].label;
        const summary = row.summary.length > 20 ? `${row.summary.slice(0, 20)}…` : row.summary;
        return {
          recipientOrganisationIds: [row.recorder_organisation_id],
          kind: `opinion-note.${action}`,
          title: {
            'zh-CN': `舆情“${summary}”：${label['zh-CN']}`,
            en: `Public-opinion note "${summary}": ${label.en}`,
          },
          link: `/opinion-notes/${row.id}`,
          dedupeKey: `opinion-note:${row.id}:${step.transitionId}`,
        };
      },
    });
    return this.get(caller, id);
  }

  private async applyStep(
    row: OpinionNoteRow,
    action: OpinionNoteAction,
    dto: OpinionNoteStepDto,
    { to, now, tx }: StepContext<OpinionNoteStatus>,
  ): Promise<AuditChanges> {
    switch (action) {
      case OpinionNoteAction.Take: {
        const explanation = dto.explanation?.trim();
        if (!explanation) throw OpinionNoteException.invalid('explanation', 'opinion_explanation_required');
        await this.repository.update(row.id, { status: to, explanation }, tx);
        return { before: { explanation: row.explanation }, after: { explanation } };
      }
      case OpinionNoteAction.Respond: {
        const response = dto.response?.trim();
        const problems = [
          !response ? OpinionNoteException.fieldProblem('response', 'opinion_response_required') : null,
          !dto.respondedOn
            ? OpinionNoteException.fieldProblem('respondedOn', 'opinion_responded_on_required')
            : null,
          dto.respondedOn && respondedOnProblem(dto.respondedOn, row.noted_on, chinaToday(now))
            ? OpinionNoteException.fieldProblem(
                'respondedOn',
                respondedOnProblem(dto.respondedOn, row.noted_on, chinaToday(now))!,
              )
            : null,
          !dto.responseChannel
            ? OpinionNoteException.fieldProblem('responseChannel', 'opinion_channel_required')
            : null,
        ].filter((problem) => problem !== null);
        if (problems.length > 0) throw AppException.validation(problems);
        const after = {
          response: response!,
          respondedOn: dto.respondedOn!,
          responseChannel: dto.responseChannel!,
        };
        await this.repository.update(row.id, { status: to, ...after }, tx);
        return { after };
      }
      case OpinionNoteAction.Close:
        await this.repository.update(row.id, { status: to, closedAt: now }, tx);
        return {};
      case OpinionNoteAction.Reopen:
        // the earlier response stays in the audit log and on the note until a new one replaces it
        await this.repository.update(row.id, { status: to, closedAt: null }, tx);
        return { before: { response: row.response, respondedOn: row.responded_on } };
    }
  }

  /** Counts by topic, sentiment, month and status in the caller's scope, programme and months. */
  async statistics(caller: Caller, query: OpinionStatisticsQueryDto): Promise<OpinionStatisticsDto> {
    this.checkRange(query.from, query.to);
    const scope = this.scope(caller);
    const byTopic = await this.repository.counts(scope, query, 'topic');
    const bySentiment = await this.repository.counts(scope, query, 'sentiment');
    const byMonthRows = await this.repository.counts(scope, query, 'month');
    const byStatus = await this.repository.counts(scope, query, 'status');
    const total = byStatus.reduce((sum, row) => sum + row.count, 0);
    const open = byStatus
      .filter((row) => (OPEN_OPINION_STATES as readonly string[]).includes(row.key))
      .reduce((sum, row) => sum + row.count, 0);
    const seen = byMonthRows.map((row) => row.key).sort();
    const from = query.from ?? seen[0];
    const to = query.to ?? seen[seen.length - 1];
    const counted = new Map(byMonthRows.map((row) => [row.key, row.count]));
    const byMonth: OpinionCountDto[] =
      from && to ? monthsFromTo(from, to).map((key) => ({ key, count: counted.get(key) ?? 0 })) : [];
    return { total, open, byTopic, bySentiment, byMonth, byStatus };
  }

  private checkRange(from?: string, to?: string): void {
    if (from && to && from > to) throw OpinionNoteException.invalid('from', 'opinion_month_range');
  }

  private checkContent(content: Content): void {
    const problems = opinionNoteProblems(content, chinaToday()).map((problem) =>
      OpinionNoteException.fieldProblem(problem.field, problem.code),
    );
    // blank after trimming (class-validator lets "   " through)
    if (!content.summary)
      problems.push(OpinionNoteException.fieldProblem('summary', 'opinion_summary_required'));
    if (problems.length > 0) throw AppException.validation(problems);
  }

  /** The responsible unit of a new or reassigned note: the caller by default; another only by the city. */
  private async responsibleFor(caller: Caller, requested: string | undefined, tx: Tx): Promise<string> {
    if (!requested || requested === caller.organisationId) return caller.organisationId;
    if (caller.role !== Role.CityBureau) {
      throw OpinionNoteException.invalid('responsibleOrganisationId', 'opinion_responsible_city_only');
    }
    const [unit] = await this.repository.responsibleOptions(caller.regionPath, requested, tx);
    if (!unit) throw OpinionNoteException.invalid('responsibleOrganisationId', 'opinion_responsible_unknown');
    return unit.id;
  }

  private mayEdit(caller: Caller, row: OpinionNoteRow): boolean {
    return (
      caller.role === Role.CityBureau ||
      caller.organisationId === row.recorder_organisation_id ||
      caller.organisationId === row.responsible_organisation_id
    );
  }

  private mayDelete(caller: Caller, row: OpinionNoteRow): boolean {
    return caller.role === Role.CityBureau || caller.organisationId === row.recorder_organisation_id;
  }

  private toDto(caller: Caller, row: OpinionNoteRow): OpinionNoteDto {
    const writes = this.scope(caller, 'update').kind !== 'none';
    const editable = OPINION_NOTE_WORKFLOW.editableIn.includes(row.status);
    return {
      id: row.id,
      programmeId: row.programme_id,
      programmeTitle: row.programme_title,
      source: row.source,
      sourceDetail: row.source_detail,
      notedOn: row.noted_on,
      summary: row.summary,
      topics: row.topics,
      sentiment: row.sentiment,
      heat: row.heat,
      status: row.status,
      recorderOrganisationId: row.recorder_organisation_id,
      recorderName: row.recorder_name,
      responsibleOrganisationId: row.responsible_organisation_id,
      responsibleName: row.responsible_name,
      explanation: row.explanation,
      response: row.response,
      respondedOn: row.responded_on,
      responseChannel: row.response_channel,
      version: row.version,
      availableActions: writes ? this.access.openActions(caller, OPINION_NOTE_WORKFLOW, subjectOf(row)) : [],
      canEdit: writes && editable && this.mayEdit(caller, row),
      canAssign: writes && editable && caller.role === Role.CityBureau,
      canDelete: this.scope(caller, 'delete').kind !== 'none' && this.mayDelete(caller, row),
      createdAt: row.created_at,
    };
  }

  private async findOrFail(caller: Caller, id: string): Promise<OpinionNoteRow> {
    const row = await this.repository.findInScope(this.scope(caller), id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** The note in the caller's scope, locked, its version checked against If-Match. */
  private async lock(
    caller: Caller,
    id: string,
    tx: Tx,
    precondition?: Precondition,
    action: 'update' | 'delete' = 'update',
  ): Promise<OpinionNoteRow> {
    const row = await this.repository.findInScope(this.scope(caller, action), id, tx, true);
    if (!row) throw await this.notFound(id, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'opinion_note', key: id, version: row.version },
      tx,
    );
    return row;
  }

  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'opinion_note', entityId: id } : undefined,
    );
  }
}
