import { Injectable } from '@nestjs/common';
import {
  chinaToday,
  Role,
  SERVICE_CATEGORY_LABELS,
  SERVICE_REQUEST_WORKFLOW,
  ServiceRequestAction,
  ServiceRequestStatus,
  serviceDueOn,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type TalentScope } from '../../common/access/scope';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import {
  type AuditChanges,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { ServiceRequestException } from './service-request.exception';
import {
  type AssignServiceRequestDto,
  type CreateServiceReplyDto,
  type CreateServiceRequestDto,
  type DashboardFigureDto,
  type DepartmentOptionDto,
  type RateServiceRequestDto,
  type ResolveServiceRequestDto,
  type ServiceDashboardDto,
  type ServiceRequestDetailDto,
  type ServiceRequestDto,
  type ServiceRequestListDto,
  type ServiceRequestQueryDto,
  type ServiceRequestStepDto,
  type ServiceTimelineEntryDto,
  type TalentOptionDto,
  type TalentOptionQueryDto,
} from './service-requests.dto';
import {
  type FigureRow,
  type ServiceRequestRow,
  ServiceRequestsRepository,
} from './service-requests.repository';

type RequestSubject = WorkflowSubject<ServiceRequestStatus> & { row: ServiceRequestRow };

function subjectOf(row: ServiceRequestRow): RequestSubject {
  return {
    id: row.id,
    status: row.status,
    enterpriseId: row.enterprise_id,
    cityDirect: row.region_level === 'city',
    row,
  };
}

/** The states in which the window records a department's reply. */
const REPLY_STATES: readonly ServiceRequestStatus[] = [
  ServiceRequestStatus.Assigned,
  ServiceRequestStatus.InProgress,
];
const RATING_STATES: readonly ServiceRequestStatus[] = [
  ServiceRequestStatus.Resolved,
  ServiceRequestStatus.Closed,
];

/** A new request raised from elsewhere (a contact record) inside its transaction. */
export interface NewServiceRequest {
  talentId: string;
  category: CreateServiceRequestDto['category'];
  description: string;
  contactId?: string | null;
}

/**
 * 服务窗口: requests raised by a talent's enterprise or a bureau, routed by the window officer (the
 * district bureau of the talent's district, the city bureau for 市直) to a government department
 * and moved through SERVICE_REQUEST_WORKFLOW by the shared transition service; replies recorded,
 * outcome rated by the requester. Every read through AccessService.talentScope (404 outside).
 */
@Injectable()
export class ServiceRequestsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ServiceRequestsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly attachments: AttachmentsService,
    private readonly workflow: WorkflowTransitions,
  ) {}

  private scope(caller: Caller, action: 'read' | 'create' | 'update' = 'read'): TalentScope {
    return this.access.talentScope(caller, 'serviceRequests', action);
  }

  async talentOptions(caller: Caller, query: TalentOptionQueryDto): Promise<TalentOptionDto[]> {
    const rows = await this.repository.talentOptions(this.scope(caller, 'create'), query.search);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      idNumberMasked: row.id_number_masked,
      enterpriseName: row.enterprise_name,
      regionName: row.region_name,
    }));
  }

  /** Departments the caller may route to (a bureau's window; none for an enterprise). */
  async departments(caller: Caller): Promise<DepartmentOptionDto[]> {
    if (caller.role !== Role.CityBureau && caller.role !== Role.DistrictBureau) return [];
    return this.repository.departments(caller.regionPath);
  }

  async list(caller: Caller, query: ServiceRequestQueryDto): Promise<ServiceRequestListDto> {
    const [rows, total] = await this.repository.findPage(this.scope(caller), query);
    return { items: rows.map((row) => this.toDto(caller, row)), total };
  }

  async get(caller: Caller, id: string): Promise<ServiceRequestDetailDto> {
    const row = await this.findOrFail(caller, id);
    const [history, replies] = await Promise.all([
      this.workflow.history(SERVICE_REQUEST_WORKFLOW, id),
      this.repository.replies(id),
    ]);
    const [requestFiles, replyFiles] = await Promise.all([
      this.attachments.listFor('service-request', [id]),
      this.attachments.listFor(
        'service-request-reply',
        replies.map((reply) => reply.id),
      ),
    ]);
    const timeline: ServiceTimelineEntryDto[] = [
      {
        kind: 'step' as const,
        at: row.created_at,
        action: null,
        toState: ServiceRequestStatus.Received,
        actor: row.requester_name,
        text: null,
      },
      ...history.map((step) => ({
        kind: 'step' as const,
        at: step.createdAt,
        action: step.action,
        toState: step.toState,
        actor: step.actorOrganisationName,
        text: step.reason,
      })),
      ...replies.map((reply) => ({
        kind: 'reply' as const,
        at: reply.created_at,
        action: null,
        toState: null,
        actor: reply.department_name,
        text: reply.text,
      })),
      ...(row.rated_at
        ? [
            {
              kind: 'rating' as const,
              at: row.rated_at,
              action: null,
              toState: null,
              actor: row.requester_name,
              text: row.rating_comment,
            },
          ]
        : []),
    ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    return {
      ...this.toDto(caller, row),
      attachments: requestFiles.map(toAttachmentDto),
      replies: replies.map((reply) => ({
        id: reply.id,
        departmentName: reply.department_name,
        repliedOn: reply.replied_on,
        text: reply.text,
        attachments: replyFiles.filter((file) => file.ownerId === reply.id).map(toAttachmentDto),
      })),
      timeline,
    };
  }

  async create(caller: Caller, dto: CreateServiceRequestDto): Promise<ServiceRequestDetailDto> {
    const id = await this.unitOfWork.run((tx) => this.createIn(caller, dto, tx));
    return this.get(caller, id);
  }

  /** Creates a request in the caller's transaction (also from a contact record); returns its id. */
  async createIn(caller: Caller, dto: NewServiceRequest, tx: Tx): Promise<string> {
    const talent = await this.repository.confirmedTalent(this.scope(caller, 'create'), dto.talentId, tx);
    if (!talent) throw ServiceRequestException.invalid('talentId', 'service_talent_unknown');
    const receivedOn = chinaToday();
    const dueOn = serviceDueOn(dto.category, receivedOn);
    const id = await this.repository.insert(
      {
        talentId: talent.id,
        category: dto.category,
        description: dto.description.trim(),
        status: ServiceRequestStatus.Received,
        requesterOrganisationId: caller.organisationId,
        createdBy: caller.userId,
        receivedOn,
        dueOn,
        contactId: dto.contactId ?? null,
      },
      tx,
    );
    await this.audit.record(
      {
        action: 'service-request.create',
        entityType: 'service_request',
        entityId: id,
        after: {
          talentId: talent.id,
          category: dto.category,
          receivedOn,
          dueOn,
          contactId: dto.contactId ?? null,
        },
      },
      tx,
    );
    return id;
  }

  /**
   * One workflow step through the kernel (lock, who-may-act, history row, audit
   * `service-request.<action>`, notification to the requester) in one transaction.
   */
  async transition(
    caller: Caller,
    id: string,
    action: ServiceRequestAction,
    dto: ServiceRequestStepDto & Partial<AssignServiceRequestDto> & Partial<ResolveServiceRequestDto>,
    precondition?: Precondition,
  ): Promise<ServiceRequestDetailDto> {
    await this.workflow.run(caller, {
      workflow: SERVICE_REQUEST_WORKFLOW,
      action,
      reason: dto.comment,
      reasonField: 'comment',
      reasonMissing: () => ServiceRequestException.invalid('comment', 'service_reopen_reason_required'),
      entityType: 'service_request',
      lock: async (tx) => subjectOf(await this.lock(caller, id, tx, precondition)),
      apply: ({ row }, step) => this.applyStep(caller, row, action, dto, step),
      notify: async ({ row }, step) => ({
        recipientOrganisationIds: [row.requester_organisation_id].filter(
          (org) => org !== caller.organisationId,
        ),
        kind: `service-request.${action}`,
        title: {
          'zh-CN': `服务诉求“${SERVICE_CATEGORY_LABELS[row.category]['zh-CN']}”：${SERVICE_REQUEST_WORKFLOW.actions[action].label['zh-CN']}`,
          en: `Service request "${SERVICE_CATEGORY_LABELS[row.category].en}": ${SERVICE_REQUEST_WORKFLOW.actions[action].label.en}`,
        },
        link: `/service-requests/${row.id}`,
        dedupeKey: `service-request:${row.id}:${step.transitionId}`,
      }),
    });
    return this.get(caller, id);
  }

  private async applyStep(
    caller: Caller,
    row: ServiceRequestRow,
    action: ServiceRequestAction,
    dto: Partial<AssignServiceRequestDto> & Partial<ResolveServiceRequestDto>,
    { to, now, tx }: StepContext<ServiceRequestStatus>,
  ): Promise<AuditChanges> {
    switch (action) {
      case ServiceRequestAction.Assign: {
        const [department] = dto.departmentId
          ? await this.repository.departments(caller.regionPath, dto.departmentId, tx)
          : [];
        if (!department) throw ServiceRequestException.invalid('departmentId', 'service_department_unknown');
        await this.repository.update(
          row.id,
          { status: to, departmentId: department.id, assignedAt: now },
          tx,
        );
        return { before: { departmentId: row.department_id }, after: { departmentId: department.id } };
      }
      case ServiceRequestAction.Resolve: {
        const outcome = dto.outcome?.trim();
        if (!outcome) throw ServiceRequestException.invalid('outcome', 'service_outcome_required');
        await this.repository.update(row.id, { status: to, outcome, resolvedOn: chinaToday(now) }, tx);
        return { after: { outcome, resolvedOn: chinaToday(now) } };
      }
      case ServiceRequestAction.Close:
        await this.repository.update(row.id, { status: to, closedAt: now }, tx);
        return {};
      case ServiceRequestAction.Reopen:
        // the earlier outcome and rating stay in the audit log; the request is open again
        await this.repository.update(
          row.id,
          {
            status: to,
            resolvedOn: null,
            closedAt: null,
            outcome: null,
            rating: null,
            ratingComment: null,
            ratedAt: null,
          },
          tx,
        );
        return { before: { outcome: row.outcome, rating: row.rating } };
      default:
        await this.repository.update(row.id, { status: to }, tx);
        return {};
    }
  }

  /** The window records a department's reply (date, text, files) while the request is with it. */
  async reply(
    caller: Caller,
    id: string,
    dto: CreateServiceReplyDto,
    files: readonly UploadedAttachment[],
    precondition?: Precondition,
  ): Promise<ServiceRequestDetailDto> {
    if (dto.repliedOn > chinaToday())
      throw ServiceRequestException.invalid('repliedOn', 'service_reply_in_future');
    if (files.length > 0) this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, tx, precondition);
      if (!this.isWindow(caller, row)) throw AppException.forbidden();
      if (!REPLY_STATES.includes(row.status) || !row.department_id) {
        throw new ServiceRequestException('service_reply_not_open');
      }
      const replyId = await this.repository.insertReply(
        {
          requestId: id,
          departmentId: row.department_id,
          repliedOn: dto.repliedOn,
          text: dto.text.trim(),
          recordedBy: caller.userId,
        },
        tx,
      );
      const stored = await this.attachments.store('service-request-reply', replyId, files, caller.userId, tx);
      await this.repository.update(id, {}, tx);
      await this.audit.record(
        {
          action: 'service-request.reply',
          entityType: 'service_request',
          entityId: id,
          after: {
            replyId,
            departmentId: row.department_id,
            repliedOn: dto.repliedOn,
            text: dto.text.trim(),
            attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
          },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** The requester rates the outcome once, after resolution (1–5 with a comment). */
  async rate(
    caller: Caller,
    id: string,
    dto: RateServiceRequestDto,
    precondition?: Precondition,
  ): Promise<ServiceRequestDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, tx, precondition);
      if (caller.organisationId !== row.requester_organisation_id) throw AppException.forbidden();
      if (!RATING_STATES.includes(row.status) || row.rating !== null) {
        throw new ServiceRequestException('service_rating_not_open');
      }
      const ratingComment = dto.comment?.trim() ? dto.comment.trim() : null;
      await this.repository.update(id, { rating: dto.rating, ratingComment, ratedAt: new Date() }, tx);
      await this.audit.record(
        {
          action: 'service-request.rate',
          entityType: 'service_request',
          entityId: id,
          after: { rating: dto.rating, comment: ratingComment },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  async addAttachments(
    caller: Caller,
    id: string,
    files: readonly UploadedAttachment[],
  ): Promise<ServiceRequestDetailDto> {
    if (files.length === 0) {
      throw AppException.validation([{ field: 'files', code: 'validation.isNotEmpty' }]);
    }
    this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      const row = await this.lock(caller, id, tx);
      if (caller.organisationId !== row.requester_organisation_id && !this.isWindow(caller, row)) {
        throw AppException.forbidden();
      }
      const stored = await this.attachments.store('service-request', id, files, caller.userId, tx);
      await this.repository.update(id, {}, tx);
      await this.audit.record(
        {
          action: 'service-request.attach',
          entityType: 'service_request',
          entityId: id,
          after: { attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })) },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** An attachment of the request or of one of its replies. */
  async attachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    await this.findOrFail(caller, id);
    const replies = await this.repository.replies(id);
    const own = await this.attachments.findWithContent('service-request', attachmentId);
    const file = own ?? (await this.attachments.findWithContent('service-request-reply', attachmentId));
    const belongs = file && (file.ownerId === id || replies.some((reply) => reply.id === file.ownerId));
    if (!file || !belongs) throw AppException.notFound();
    return toAttachmentFile(file);
  }

  /** Open, overdue, and median days to resolution, overall, by category and by department. */
  async dashboard(caller: Caller): Promise<ServiceDashboardDto> {
    const scope = this.scope(caller);
    const [all, byCategory, byDepartment] = await Promise.all([
      this.repository.figures(scope, 'all'),
      this.repository.figures(scope, 'category'),
      this.repository.figures(scope, 'department'),
    ]);
    const total = all[0];
    return {
      open: total?.open ?? 0,
      overdue: total?.overdue ?? 0,
      resolved: total?.resolved ?? 0,
      medianDays: total?.median_days ?? null,
      averageRating:
        total?.average_rating === null || !total ? null : Math.round(total.average_rating * 10) / 10,
      byCategory: byCategory.map(toFigure),
      byDepartment: byDepartment.filter((row) => row.key !== '').map(toFigure),
    };
  }

  /** The window of the request's talent: the district bureau, or the city bureau for 市直. */
  private isWindow(caller: Caller, row: ServiceRequestRow): boolean {
    return caller.role === (row.region_level === 'city' ? Role.CityBureau : Role.DistrictBureau);
  }

  private toDto(caller: Caller, row: ServiceRequestRow): ServiceRequestDto {
    return {
      id: row.id,
      talentId: row.talent_id,
      talentName: row.talent_name,
      enterpriseName: row.enterprise_name,
      regionName: row.region_name,
      category: row.category,
      description: row.description,
      status: row.status,
      requesterName: row.requester_name,
      receivedOn: row.received_on,
      dueOn: row.due_on,
      overdue: row.overdue,
      departmentId: row.department_id,
      departmentName: row.department_name,
      resolvedOn: row.resolved_on,
      outcome: row.outcome,
      rating: row.rating,
      ratingComment: row.rating_comment,
      contactId: row.contact_id,
      version: row.version,
      availableActions: this.access.openActions(caller, SERVICE_REQUEST_WORKFLOW, subjectOf(row)),
      canReply: this.isWindow(caller, row) && REPLY_STATES.includes(row.status),
      canRate:
        caller.organisationId === row.requester_organisation_id &&
        RATING_STATES.includes(row.status) &&
        row.rating === null,
      createdAt: row.created_at,
    };
  }

  private async findOrFail(caller: Caller, id: string): Promise<ServiceRequestRow> {
    const row = await this.repository.findInScope(this.scope(caller), id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** The request in the caller's scope, locked, its version checked against If-Match. */
  private async lock(
    caller: Caller,
    id: string,
    tx: Tx,
    precondition?: Precondition,
  ): Promise<ServiceRequestRow> {
    const row = await this.repository.findInScope(this.scope(caller, 'update'), id, tx, true);
    if (!row) throw await this.notFound(id, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'service_request', key: id, version: row.version },
      tx,
    );
    return row;
  }

  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'service_request', entityId: id } : undefined,
    );
  }
}

function toFigure(row: FigureRow): DashboardFigureDto {
  return {
    key: row.key,
    label: row.label,
    open: row.open,
    overdue: row.overdue,
    resolved: row.resolved,
    medianDays: row.median_days,
  };
}
