import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  defaultPilotQuota,
  OrganisationType,
  PILOT_ACTION_LABELS,
  PILOT_STATUS_LABELS,
  PILOT_TRANSITIONS,
  PilotAction,
  pilotActionsFrom,
  PilotStatus,
  RegionLevel,
  Role,
} from '@skillpay/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AuditService } from '../audit/audit.service';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ProgrammeStatus } from '../programmes/programme.entity';
import { PilotApplicationEntity } from './pilot-application.entity';
import { PilotTransitionEntity } from './pilot-transition.entity';
import { writeEnterprisePlan } from './plan-writer';
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

/** Where an application's enterprise sits: its district (null for 市直) and its city. */
export function placeOf(application: PilotApplicationEntity): {
  cityDirect: boolean;
  districtCode: string | null;
  cityCode: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
} {
  const region = application.enterprise!.organisation!.region!;
  const cityDirect = region.level === RegionLevel.City;
  return {
    cityDirect,
    districtCode: cityDirect ? null : region.code,
    cityCode: cityDirect ? region.code : region.parentCode!,
    regionCode: region.code,
    regionName: region.name,
    regionNameEn: region.nameEn,
  };
}

/**
 * Whether the caller is the one to take `action` on an application it can see: the enterprise
 * itself, the district bureau of its district (the city bureau for 市直企业), the city bureau.
 */
export function actorFits(caller: Caller, action: PilotAction, application: PilotApplicationEntity): boolean {
  switch (PILOT_TRANSITIONS[action].actor) {
    case Role.Enterprise:
      return caller.role === Role.Enterprise && caller.organisationId === application.enterpriseId;
    case Role.DistrictBureau:
      return placeOf(application).cityDirect
        ? caller.role === Role.CityBureau
        : caller.role === Role.DistrictBureau;
    case Role.CityBureau:
      return caller.role === Role.CityBureau;
    default:
      return false;
  }
}

const EDITABLE_STATUSES: readonly PilotStatus[] = [PilotStatus.Draft, PilotStatus.Returned];

function labelParams(status: PilotStatus, action?: PilotAction): Record<string, string> {
  return {
    statusZh: PILOT_STATUS_LABELS[status]['zh-CN'],
    statusEn: PILOT_STATUS_LABELS[status].en,
    ...(action
      ? { actionZh: PILOT_ACTION_LABELS[action]['zh-CN'], actionEn: PILOT_ACTION_LABELS[action].en }
      : {}),
  };
}

@Injectable()
export class PilotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PilotsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
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
    const transitions = await this.repository.transitions(id);
    const plan = await this.repository.findPlan(id);
    return {
      ...this.toDto(caller, application),
      transitions: transitions.map(({ transition, actorName, actorOrganisationName }) => ({
        id: transition.id,
        action: transition.action,
        fromStatus: transition.fromStatus,
        toStatus: transition.toStatus,
        actorName,
        actorOrganisationName,
        reason: transition.reason,
        createdAt: transition.createdAt,
      })),
      hasPlan: Boolean(plan),
    };
  }

  async create(caller: Caller, dto: CreatePilotApplicationDto): Promise<PilotApplicationDetailDto> {
    const enterprise = await this.dataSource.manager.findOne(EnterpriseEntity, {
      where: { id: caller.organisationId },
      relations: { organisation: { region: true } },
    });
    if (!enterprise) {
      throw new AppException(ErrorCode.EnterpriseProfileMissing, HttpStatus.CONFLICT);
    }
    const programme = await this.repository.findProgramme(dto.programmeId);
    // a programme of another city is as unknown to the enterprise as a missing one
    if (!programme || !enterprise.organisation!.region!.path.startsWith(programme.region!.path)) {
      throw AppException.validation([{ field: 'programmeId', code: `errors.${ErrorCode.NotFound}` }]);
    }
    if (programme.status !== ProgrammeStatus.Active) {
      throw AppException.validation([{ field: 'programmeId', code: 'errors.programme_not_open' }]);
    }
    if (await this.repository.liveApplicationExists(programme.id, enterprise.id)) {
      throw AppException.conflict(ErrorCode.PilotApplicationExists, 'programmeId');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        PilotApplicationEntity,
        manager.create(PilotApplicationEntity, {
          programmeId: programme.id,
          enterpriseId: enterprise.id,
          status: PilotStatus.Draft,
          reasons: dto.reasons.trim(),
          priorityCategories: dto.priorityCategories ?? [],
        }),
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
        manager,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdatePilotApplicationDto,
  ): Promise<PilotApplicationDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.repository.findInScope(
        this.access.scope(caller, 'pilotApplications', 'read'),
        id,
        manager,
        true,
      );
      if (!application) throw await this.notFound(id, manager);
      if (caller.role !== Role.Enterprise || caller.organisationId !== application.enterpriseId) {
        throw AppException.forbidden();
      }
      if (!EDITABLE_STATUSES.includes(application.status)) {
        throw new AppException(
          ErrorCode.PilotNotEditable,
          HttpStatus.CONFLICT,
          labelParams(application.status),
        );
      }
      const before = { reasons: application.reasons, priorityCategories: application.priorityCategories };
      const after = {
        reasons: dto.reasons?.trim() ?? application.reasons,
        priorityCategories: dto.priorityCategories ?? application.priorityCategories,
      };
      await manager.update(PilotApplicationEntity, { id }, after);
      await this.audit.record(
        { action: 'pilot.update', entityType: 'pilot_application', entityId: id, before, after },
        manager,
      );
    });
    return this.get(caller, id);
  }

  /**
   * One step of the workflow, with its history row, audit record and the notification of the
   * next actor in one transaction; approval also checks the region's quota and creates the plan.
   */
  async transition(
    caller: Caller,
    id: string,
    action: PilotAction,
    dto: PilotTransitionRequestDto,
  ): Promise<PilotApplicationDetailDto> {
    const step = PILOT_TRANSITIONS[action];
    const reason = dto.reason?.trim() ? dto.reason.trim() : null;
    await this.dataSource.transaction(async (manager) => {
      const application = await this.repository.findInScope(
        this.access.scope(caller, 'pilotApplications', 'read'),
        id,
        manager,
        true,
      );
      if (!application) throw await this.notFound(id, manager);
      if (!step.from.includes(application.status) || !actorFits(caller, action, application)) {
        throw new AppException(
          ErrorCode.PilotTransitionNotAllowed,
          HttpStatus.CONFLICT,
          labelParams(application.status, action),
          [],
          { status: application.status, action },
        );
      }
      if (step.reasonRequired && !reason) {
        throw AppException.validation([{ field: 'reason', code: 'errors.reason_required' }]);
      }
      const place = placeOf(application);
      if (action === PilotAction.Approve) await this.assertQuota(application, manager);

      const now = new Date();
      const from = application.status;
      await manager.update(
        PilotApplicationEntity,
        { id },
        {
          status: step.to,
          ...(action === PilotAction.Submit ? { submittedAt: now } : {}),
          ...(action === PilotAction.Approve || action === PilotAction.Reject ? { decidedAt: now } : {}),
        },
      );
      const transition = await manager.save(
        PilotTransitionEntity,
        manager.create(PilotTransitionEntity, {
          applicationId: id,
          action,
          fromStatus: from,
          toStatus: step.to,
          actorId: caller.userId,
          actorOrganisationId: caller.organisationId,
          reason,
        }),
      );
      await this.audit.record(
        {
          action: `pilot.${action}`,
          entityType: 'pilot_application',
          entityId: id,
          before: { status: from },
          after: { status: step.to, reason },
        },
        manager,
      );
      if (action === PilotAction.Approve) await this.createPlan(application, now, manager);
      await this.notifyNextActor(application, action, from, transition.id, place, manager);
    });
    return this.get(caller, id);
  }

  /** The city cannot approve beyond a region's quota, even when two officials approve at once. */
  private async assertQuota(application: PilotApplicationEntity, manager: EntityManager): Promise<void> {
    const place = placeOf(application);
    const quota = await this.repository.lockQuota(
      application.programmeId,
      place.regionCode,
      defaultPilotQuota(place.regionCode, place.cityCode),
      manager,
    );
    const used =
      (
        await this.repository.countByRegion(
          application.programmeId,
          PilotStatus.Approved,
          manager,
          place.regionCode,
        )
      ).get(place.regionCode) ?? 0;
    if (used >= quota) {
      throw new AppException(
        ErrorCode.QuotaExhausted,
        HttpStatus.CONFLICT,
        { regionZh: place.regionName, regionEn: place.regionNameEn, quota, used },
        [],
        { quota, used, regionCode: place.regionCode },
      );
    }
  }

  /** 一企一策: the plan an approval creates, audited with it. */
  private async createPlan(application: PilotApplicationEntity, approvedAt: Date, manager: EntityManager) {
    // the district officer who recommended the pilot stays in charge unless a bureau changes it
    const officerId = await this.repository.lastActorOf(application.id, PilotAction.Recommend, manager);
    const { plan, milestones } = await writeEnterprisePlan(
      manager,
      application.id,
      application.enterprise!.size,
      officerId,
      approvedAt,
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
      manager,
    );
  }

  private async notifyNextActor(
    application: PilotApplicationEntity,
    action: PilotAction,
    from: PilotStatus,
    transitionId: string,
    place: ReturnType<typeof placeOf>,
    manager: EntityManager,
  ): Promise<void> {
    const districtStep = () =>
      place.cityDirect
        ? this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, manager)
        : this.repository.bureauIds(OrganisationType.DistrictBureau, place.regionCode, manager);
    const cityStep = () => this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, manager);
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
        if (from === PilotStatus.Submitted) recipients = await districtStep();
        if (from === PilotStatus.Recommended) recipients = await cityStep();
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
    await this.notifications.notify(
      {
        recipientOrganisationIds: recipients,
        kind: `pilot.${action}`,
        title: titles[action],
        link: `/pilot-applications/${application.id}`,
        dedupeKey: `pilot:${application.id}:${transitionId}`,
      },
      manager,
    );
  }

  toDto(caller: Caller, application: PilotApplicationEntity): PilotApplicationDto {
    const enterprise = application.enterprise!;
    const organisation = enterprise.organisation!;
    const place = placeOf(application);
    const own = caller.role === Role.Enterprise && caller.organisationId === application.enterpriseId;
    return {
      id: application.id,
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
      availableActions: pilotActionsFrom(application.status).filter((action) =>
        actorFits(caller, action, application),
      ),
      editable: own && EDITABLE_STATUSES.includes(application.status),
      submittedAt: application.submittedAt,
      decidedAt: application.decidedAt,
      createdAt: application.createdAt,
      updatedAt: application.updatedAt,
    };
  }

  async findOrFail(caller: Caller, id: string, manager?: EntityManager): Promise<PilotApplicationEntity> {
    const application = await this.repository.findInScope(
      this.access.scope(caller, 'pilotApplications', 'read'),
      id,
      manager,
    );
    if (!application) throw await this.notFound(id, manager);
    return application;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `manager` inside a transaction. */
  async notFound(id: string, manager?: EntityManager): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, manager))
        ? { entityType: 'pilot_application', entityId: id }
        : undefined,
    );
  }
}
