import { Injectable } from '@nestjs/common';
import {
  OrganisationType,
  PILOT_WORKFLOW,
  PilotAction,
  PilotStatus,
  type Place,
  placeOfRegion,
  Role,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import {
  notEditable,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type NewNotification } from '../notifications/notifications.service';
import { ProgrammeStatus } from '../programmes/programme.entity';
import { QuotasService } from '../quotas/quotas.service';
import { EnterprisePlansRepository } from './enterprise-plans.repository';
import { PilotApplicationEntity } from './pilot-application.entity';
import { PilotException } from './pilot.exception';
import {
  type CreatePilotApplicationDto,
  type PilotApplicationDetailDto,
  type PilotApplicationDto,
  type PilotApplicationListDto,
  type PilotQueryDto,
  type PilotTransitionRequestDto,
  type UpdatePilotApplicationDto,
} from './pilots.dto';
import { PilotsRepository } from './pilots.repository';
import { EnterpriseException } from '../enterprises/enterprises.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';

/** Where an application's enterprise sits: its district (null for 市直) and its city. */
export function placeOf(application: PilotApplicationEntity): Place {
  return placeOfRegion(application.enterprise!.organisation!.region!);
}

/** An application as the workflow kernel sees it. */
type PilotSubject = WorkflowSubject<PilotStatus> & { application: PilotApplicationEntity };

function subjectOf(application: PilotApplicationEntity): PilotSubject {
  return {
    id: application.id,
    status: application.status,
    enterpriseId: application.enterpriseId,
    cityDirect: placeOf(application).cityDirect,
    application,
  };
}

@Injectable()
export class PilotsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: PilotsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
    private readonly plans: EnterprisePlansRepository,
    private readonly quotas: QuotasService,
    private readonly attachments: AttachmentsService,
  ) {}

  async list(caller: Caller, query: PilotQueryDto): Promise<PilotApplicationListDto> {
    const [items, total] = await this.repository.findPage(
      this.access.scope(caller, 'pilotApplications', 'read'),
      query,
    );
    return { items: items.map((item) => this.toDto(caller, item)), total };
  }

  async get(caller: Caller, id: string): Promise<PilotApplicationDetailDto> {
    const application = await this.findOrFail(caller, id);
    const transitions = await this.workflow.history(PILOT_WORKFLOW, id);
    return {
      ...this.toDto(caller, application),
      transitions: transitions.map((transition) => ({
        id: transition.id,
        action: transition.action as PilotAction,
        fromStatus: transition.fromState as PilotStatus,
        toStatus: transition.toState as PilotStatus,
        actorName: transition.actorName,
        actorOrganisationName: transition.actorOrganisationName,
        reason: transition.reason,
        createdAt: transition.createdAt,
      })),
      hasPlan: await this.plans.existsFor(id),
      attachments: (await this.attachments.listFor('pilot-application', [id])).map(toAttachmentDto),
    };
  }

  async create(caller: Caller, dto: CreatePilotApplicationDto): Promise<PilotApplicationDetailDto> {
    const enterprise = await this.repository.findEnterprise(caller.organisationId);
    if (!enterprise) throw new EnterpriseException('enterprise_profile_missing');
    const programme = await this.repository.findProgramme(dto.programmeId);
    // a programme of another city is as unknown to the enterprise as a missing one
    if (!programme || !enterprise.organisation!.region!.path.startsWith(programme.region!.path)) {
      throw AppException.validation([{ field: 'programmeId', code: `errors.${ErrorCode.NotFound}` }]);
    }
    if (programme.status !== ProgrammeStatus.Active) {
      throw PilotException.invalid('programmeId', 'programme_not_open');
    }
    if (await this.repository.liveApplicationExists(programme.id, enterprise.id)) {
      throw new PilotException('pilot_application_exists', {}, { field: 'programmeId' });
    }
    const id = await this.unitOfWork.run(async (tx) => {
      const saved = await this.repository.insert(
        {
          programmeId: programme.id,
          enterpriseId: enterprise.id,
          status: PilotStatus.Draft,
          reasons: dto.reasons.trim(),
          priorityCategories: dto.priorityCategories ?? [],
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'pilot.create',
          entityType: 'pilot_application',
          entityId: saved.id,
          after: {
            programmeId: programme.id,
            reasons: saved.reasons,
            priorityCategories: saved.priorityCategories,
          },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdatePilotApplicationDto,
    precondition?: Precondition,
  ): Promise<PilotApplicationDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const application = await this.lock(caller, id, tx);
      if (caller.role !== Role.Enterprise || caller.organisationId !== application.enterpriseId) {
        throw AppException.forbidden();
      }
      await this.preconditions.assert(
        precondition,
        { entityType: 'pilot_application', key: id, version: application.version },
        tx,
      );
      if (!PILOT_WORKFLOW.editableIn.includes(application.status)) {
        throw notEditable(PILOT_WORKFLOW, application.status);
      }
      const before = { reasons: application.reasons, priorityCategories: application.priorityCategories };
      const after = {
        reasons: dto.reasons?.trim() ?? application.reasons,
        priorityCategories: dto.priorityCategories ?? application.priorityCategories,
      };
      await this.repository.update(id, after, tx);
      await this.audit.record(
        { action: 'pilot.update', entityType: 'pilot_application', entityId: id, before, after },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /**
   * One step of the workflow through the kernel (lock, who-may-act, history row, audit,
   * notification in one transaction); approval also checks the region's quota and creates the plan.
   */
  async transition(
    caller: Caller,
    id: string,
    action: PilotAction,
    dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    await this.workflow.run(caller, {
      workflow: PILOT_WORKFLOW,
      action,
      reason: dto.reason,
      reasonMissing: () =>
        PilotException.invalid('reason', 'opinion_required', {
          action: PILOT_WORKFLOW.actions[action].label,
        }),
      entityType: 'pilot_application',
      lock: async (tx) => subjectOf(await this.lock(caller, id, tx)),
      apply: async ({ application }, step) => {
        // a district recommends only while its region has a place left (各区市分别选择1-2家):
        // a recommendation the city could not approve is refused where it is made
        if (action === PilotAction.Approve || action === PilotAction.Recommend) {
          await this.quotas.assertRoomFor(application.programmeId, placeOf(application), step.tx);
        }
        await this.repository.update(
          id,
          {
            status: step.to,
            ...(action === PilotAction.Submit ? { submittedAt: step.now } : {}),
            ...(action === PilotAction.Approve || action === PilotAction.Reject
              ? { decidedAt: step.now }
              : {}),
          },
          step.tx,
        );
        if (action === PilotAction.Approve) await this.createPlan(application, step.now, step.tx);
        return { after: { reason: step.reason } };
      },
      notify: ({ application }, step) => this.nextActorNotice(application, action, step),
    });
    return this.get(caller, id);
  }

  /** The enterprise attaches files (工会意见, 职代会决议 …) while it may still edit the application. */
  async addAttachments(
    caller: Caller,
    id: string,
    files: readonly UploadedAttachment[],
  ): Promise<PilotApplicationDetailDto> {
    if (files.length === 0) {
      throw AppException.validation([{ field: 'files', code: 'validation.isNotEmpty' }]);
    }
    this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      await this.lockEditable(caller, id, tx);
      const stored = await this.attachments.store('pilot-application', id, files, caller.userId, tx);
      await this.audit.record(
        {
          action: 'pilot.attach',
          entityType: 'pilot_application',
          entityId: id,
          after: { attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })) },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  async removeAttachment(
    caller: Caller,
    id: string,
    attachmentId: string,
  ): Promise<PilotApplicationDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      await this.lockEditable(caller, id, tx);
      const removed = await this.attachments.remove('pilot-application', id, attachmentId, tx);
      if (!removed) throw AppException.notFound();
      await this.audit.record(
        {
          action: 'pilot.detach',
          entityType: 'pilot_application',
          entityId: id,
          before: { attachment: { id: removed.id, fileName: removed.fileName, size: removed.size } },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** An attachment of an application the caller may read. */
  async attachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    await this.findOrFail(caller, id);
    const attachment = await this.attachments.findWithContent('pilot-application', attachmentId);
    if (!attachment || attachment.ownerId !== id) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  /** The application locked for a change of its files: its own enterprise, while draft or returned. */
  private async lockEditable(caller: Caller, id: string, tx: Tx): Promise<PilotApplicationEntity> {
    const application = await this.lock(caller, id, tx);
    if (caller.role !== Role.Enterprise || caller.organisationId !== application.enterpriseId) {
      throw AppException.forbidden();
    }
    if (!PILOT_WORKFLOW.editableIn.includes(application.status)) {
      throw new PilotException('attachments_not_editable');
    }
    return application;
  }

  /** 一企一策: the plan an approval creates, audited with it. */
  private async createPlan(application: PilotApplicationEntity, approvedAt: Date, tx: Tx) {
    // the district officer who recommended the pilot stays in charge unless a bureau changes it
    const officerId = await this.workflow.lastActor(
      PILOT_WORKFLOW,
      application.id,
      PilotAction.Recommend,
      tx,
    );
    const { plan, milestones } = await this.plans.create(
      application.id,
      application.enterprise!.size,
      officerId,
      approvedAt,
      tx,
    );
    await this.audit.record(
      {
        action: 'plan.create',
        entityType: 'enterprise_plan',
        entityId: plan.id,
        after: {
          applicationId: application.id,
          variant: plan.variant,
          guidelineParts: plan.guidelineParts,
          officerId,
          milestones: milestones.map(({ title, dueOn }) => ({ title, dueOn })),
        },
      },
      tx,
    );
  }

  private async nextActorNotice(
    application: PilotApplicationEntity,
    action: PilotAction,
    step: StepContext<PilotStatus> & { transitionId: string },
  ): Promise<NewNotification> {
    const place = placeOf(application);
    const districtStep = () =>
      place.cityDirect
        ? this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, step.tx)
        : this.repository.bureauIds(OrganisationType.DistrictBureau, place.regionCode, step.tx);
    const cityStep = () => this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, step.tx);
    let recipients: string[] = [];
    switch (action) {
      case PilotAction.Submit:
        recipients = await districtStep();
        break;
      case PilotAction.Recommend:
        recipients = await cityStep();
        break;
      case PilotAction.Return:
      case PilotAction.Approve:
      case PilotAction.Reject:
        recipients = [application.enterpriseId];
        break;
      case PilotAction.Withdraw:
        // whoever held it learns that it is gone
        if (step.from === PilotStatus.Submitted) recipients = await districtStep();
        if (step.from === PilotStatus.Recommended) recipients = await cityStep();
        break;
    }
    const name = application.enterprise!.organisation!.name;
    const programme = application.programme!.title;
    const titles: Record<PilotAction, { 'zh-CN': string; en: string }> = {
      [PilotAction.Submit]: {
        'zh-CN': `${name}申报试点企业（${programme}），请审核推荐`,
        en: `${name} applied as a pilot (${programme}); please review`,
      },
      [PilotAction.Recommend]: {
        'zh-CN': `${place.regionName}推荐${name}为试点企业（${programme}），请审批`,
        en: `${place.regionNameEn} recommends ${name} as a pilot (${programme}); please decide`,
      },
      [PilotAction.Return]: {
        'zh-CN': `试点企业申报（${programme}）已退回，请修改后重新提交`,
        en: `Your pilot application (${programme}) was returned; please revise and resubmit`,
      },
      [PilotAction.Approve]: {
        'zh-CN': `试点企业申报（${programme}）已批准`,
        en: `Your pilot application (${programme}) was approved`,
      },
      [PilotAction.Reject]: {
        'zh-CN': `试点企业申报（${programme}）未获批准`,
        en: `Your pilot application (${programme}) was not approved`,
      },
      [PilotAction.Withdraw]: {
        'zh-CN': `${name}已撤回试点企业申报（${programme}）`,
        en: `${name} withdrew its pilot application (${programme})`,
      },
    };
    return {
      recipientOrganisationIds: recipients,
      kind: `pilot.${action}`,
      title: titles[action],
      link: `/pilot-applications/${application.id}`,
      dedupeKey: `pilot:${application.id}:${step.transitionId}`,
    };
  }

  toDto(caller: Caller, application: PilotApplicationEntity): PilotApplicationDto {
    const enterprise = application.enterprise!;
    const organisation = enterprise.organisation!;
    const place = placeOf(application);
    const own = caller.role === Role.Enterprise && caller.organisationId === application.enterpriseId;
    return {
      id: application.id,
      version: application.version,
      programmeId: application.programmeId,
      programmeTitle: application.programme?.title ?? '',
      enterprise: {
        id: enterprise.id,
        name: organisation.name,
        creditCode: enterprise.creditCode,
        regionCode: place.regionCode,
        regionName: place.regionName,
        cityDirect: place.cityDirect,
        industrySection: enterprise.industrySection,
        ownership: enterprise.ownership,
        size: enterprise.size,
        headcount: enterprise.headcount,
      },
      status: application.status,
      reasons: application.reasons,
      priorityCategories: application.priorityCategories,
      availableActions: this.access.openActions(caller, PILOT_WORKFLOW, subjectOf(application)),
      editable: own && PILOT_WORKFLOW.editableIn.includes(application.status),
      submittedAt: application.submittedAt,
      decidedAt: application.decidedAt,
      createdAt: application.createdAt,
      updatedAt: application.updatedAt,
    };
  }

  async findOrFail(caller: Caller, id: string, tx?: Tx): Promise<PilotApplicationEntity> {
    const application = await this.repository.findInScope(
      this.access.scope(caller, 'pilotApplications', 'read'),
      id,
      tx,
    );
    if (!application) throw await this.notFound(id, tx);
    return application;
  }

  /** The application in the caller's scope, locked until the transaction ends. */
  private async lock(caller: Caller, id: string, tx: Tx): Promise<PilotApplicationEntity> {
    const application = await this.repository.findInScope(
      this.access.scope(caller, 'pilotApplications', 'read'),
      id,
      tx,
      true,
    );
    if (!application) throw await this.notFound(id, tx);
    return application;
  }

  /** 404, naming the entity only when it exists but lies outside the scope. */
  async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'pilot_application', entityId: id } : undefined,
    );
  }
}
