import { Injectable } from '@nestjs/common';
import { placeOfRegion, Role } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type EnterprisePlanEntity } from './enterprise-plan.entity';
import {
  type CreateMilestoneDto,
  type EnterprisePlanDto,
  toPlanMilestoneDto,
  toPlanOfficerDto,
  type UpdateMilestoneDto,
  type UpdatePlanDto,
} from './enterprise-plans.dto';
import { EnterprisePlansRepository } from './enterprise-plans.repository';
import { type PilotApplicationEntity } from './pilot-application.entity';
import { PilotException } from './pilot.exception';
import { type PlanMilestoneEntity } from './plan-milestone.entity';
import { PilotsService } from './pilots.service';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

const placeOf = (application: PilotApplicationEntity) =>
  placeOfRegion(application.enterprise!.organisation!.region!);

/** 一企一策 plans of approved pilots: the bureaus edit them, the enterprise reads its own. */
@Injectable()
export class EnterprisePlansService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: EnterprisePlansRepository,
    private readonly pilots: PilotsService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  async get(caller: Caller, applicationId: string): Promise<EnterprisePlanDto> {
    const application = await this.pilots.findOrFail(caller, applicationId);
    const plan = await this.planOrFail(applicationId);
    return this.toDto(caller, application, plan);
  }

  async update(
    caller: Caller,
    applicationId: string,
    dto: UpdatePlanDto,
    precondition?: Precondition,
  ): Promise<EnterprisePlanDto> {
    const application = await this.editableOrFail(caller, applicationId);
    if (dto.officerId) {
      const place = placeOf(application);
      const officers = await this.repository.officers(place.districtCode, place.cityCode);
      if (!officers.some((officer) => officer.id === dto.officerId)) {
        throw PilotException.invalid('officerId', 'officer_not_eligible');
      }
    }
    return this.unitOfWork.run(async (tx) => {
      const plan = await this.lockPlan(applicationId, precondition, tx);
      const before = {
        variant: plan.variant,
        guidelineParts: plan.guidelineParts,
        officerId: plan.officerId,
        notes: plan.notes,
      };
      const after = {
        variant: dto.variant ?? plan.variant,
        guidelineParts: dto.guidelineParts ?? plan.guidelineParts,
        officerId: dto.officerId === undefined ? plan.officerId : dto.officerId,
        notes: dto.notes === undefined ? plan.notes : dto.notes?.trim() || null,
      };
      await this.repository.update(plan.id, after, tx);
      await this.audit.record(
        { action: 'plan.update', entityType: 'enterprise_plan', entityId: plan.id, before, after },
        tx,
      );
      return this.current(caller, application, tx);
    });
  }

  async addMilestone(
    caller: Caller,
    applicationId: string,
    dto: CreateMilestoneDto,
  ): Promise<EnterprisePlanDto> {
    const application = await this.editableOrFail(caller, applicationId);
    return this.unitOfWork.run(async (tx) => {
      const plan = await this.lockPlan(applicationId, undefined, tx);
      const saved = await this.repository.insertMilestone(
        { planId: plan.id, title: dto.title.trim(), dueOn: dto.dueOn, doneAt: null },
        tx,
      );
      await this.audit.record(
        {
          action: 'plan.milestone.create',
          entityType: 'plan_milestone',
          entityId: saved.id,
          after: toPlanMilestoneDto(saved),
        },
        tx,
      );
      await this.repository.touch(plan.id, tx);
      return this.current(caller, application, tx);
    });
  }

  async updateMilestone(
    caller: Caller,
    applicationId: string,
    milestoneId: string,
    dto: UpdateMilestoneDto,
    precondition?: Precondition,
  ): Promise<EnterprisePlanDto> {
    const application = await this.editableOrFail(caller, applicationId);
    return this.unitOfWork.run(async (tx) => {
      const { plan, milestone } = await this.milestoneOrFail(applicationId, milestoneId, precondition, tx);
      const changes: Partial<PlanMilestoneEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title.trim();
      if (dto.dueOn !== undefined) changes.dueOn = dto.dueOn;
      if (dto.done !== undefined) changes.doneAt = dto.done ? (milestone.doneAt ?? new Date()) : null;
      const updated = await this.repository.updateMilestone(milestoneId, changes, tx);
      await this.audit.record(
        {
          action: 'plan.milestone.update',
          entityType: 'plan_milestone',
          entityId: milestoneId,
          before: toPlanMilestoneDto(milestone),
          after: toPlanMilestoneDto(updated),
        },
        tx,
      );
      await this.repository.touch(plan.id, tx);
      return this.current(caller, application, tx);
    });
  }

  async removeMilestone(
    caller: Caller,
    applicationId: string,
    milestoneId: string,
    precondition?: Precondition,
  ): Promise<EnterprisePlanDto> {
    const application = await this.editableOrFail(caller, applicationId);
    return this.unitOfWork.run(async (tx) => {
      const { plan, milestone } = await this.milestoneOrFail(applicationId, milestoneId, precondition, tx);
      await this.repository.removeMilestone(milestoneId, tx);
      await this.audit.record(
        {
          action: 'plan.milestone.delete',
          entityType: 'plan_milestone',
          entityId: milestoneId,
          before: toPlanMilestoneDto(milestone),
        },
        tx,
      );
      await this.repository.touch(plan.id, tx);
      return this.current(caller, application, tx);
    });
  }

  private async toDto(
    caller: Caller,
    application: PilotApplicationEntity,
    plan: EnterprisePlanEntity,
    tx?: Tx,
  ): Promise<EnterprisePlanDto> {
    const editable = this.canEdit(caller);
    const place = placeOf(application);
    return {
      id: plan.id,
      applicationId: plan.applicationId,
      variant: plan.variant,
      guidelineParts: plan.guidelineParts,
      officer: plan.officer ? toPlanOfficerDto(plan.officer) : null,
      notes: plan.notes,
      milestones: (await this.repository.milestones(plan.id, tx)).map(toPlanMilestoneDto),
      editable,
      officerOptions: editable
        ? (await this.repository.officers(place.districtCode, place.cityCode, tx)).map(toPlanOfficerDto)
        : [],
      version: plan.version,
      updatedAt: plan.updatedAt,
    };
  }

  /** The plan as this write leaves it (read in its transaction, so the version is this write's). */
  private async current(
    caller: Caller,
    application: PilotApplicationEntity,
    tx: Tx,
  ): Promise<EnterprisePlanDto> {
    return this.toDto(caller, application, await this.planOrFail(application.id, tx), tx);
  }

  /** The plan locked for a change of it or of a milestone, once the write's If-Match holds (404, 412). */
  private async lockPlan(
    applicationId: string,
    precondition: Precondition | undefined,
    tx: Tx,
  ): Promise<EnterprisePlanEntity> {
    const plan = await this.repository.lockByApplication(applicationId, tx);
    if (!plan) throw AppException.notFound();
    if (precondition) {
      await this.preconditions.assert(
        precondition,
        {
          entityType: ['enterprise_plan', 'plan_milestone'],
          key: plan.id,
          version: plan.version,
          relatedIds: await this.repository.milestoneIds(plan.id, tx),
        },
        tx,
      );
    }
    return plan;
  }

  /** Bureaus whose scope holds the pilot edit its plan; the enterprise reads it. */
  private canEdit(caller: Caller): boolean {
    return caller.role === Role.CityBureau || caller.role === Role.DistrictBureau;
  }

  private async editableOrFail(caller: Caller, applicationId: string): Promise<PilotApplicationEntity> {
    const application = await this.pilots.findOrFail(caller, applicationId);
    if (!this.canEdit(caller)) throw AppException.forbidden();
    return application;
  }

  private async planOrFail(applicationId: string, tx?: Tx): Promise<EnterprisePlanEntity> {
    const plan = await this.repository.findByApplication(applicationId, tx);
    if (!plan) throw AppException.notFound();
    return plan;
  }

  private async milestoneOrFail(
    applicationId: string,
    milestoneId: string,
    precondition: Precondition | undefined,
    tx: Tx,
  ) {
    const plan = await this.lockPlan(applicationId, precondition, tx);
    const milestone = await this.repository.findMilestone(plan.id, milestoneId, tx);
    if (!milestone) throw AppException.notFound();
    return { plan, milestone };
  }
}
