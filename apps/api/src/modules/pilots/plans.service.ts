import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@skillpay/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { AuditService } from '../audit/audit.service';
import { type UserEntity } from '../users/user.entity';
import { EnterprisePlanEntity } from './enterprise-plan.entity';
import { type PilotApplicationEntity } from './pilot-application.entity';
import { PlanMilestoneEntity } from './plan-milestone.entity';
import {
  type CreateMilestoneDto,
  type EnterprisePlanDto,
  type PlanMilestoneDto,
  type PlanOfficerDto,
  type UpdateMilestoneDto,
  type UpdatePlanDto,
} from './pilots.dto';
import { PilotsRepository } from './pilots.repository';
import { PilotsService, placeOf } from './pilots.service';

const toOfficer = (user: UserEntity): PlanOfficerDto => ({
  id: user.id,
  displayName: user.displayName,
  organisationName: user.organisation?.name ?? '',
});

const toMilestone = (milestone: PlanMilestoneEntity): PlanMilestoneDto => ({
  id: milestone.id,
  title: milestone.title,
  dueOn: milestone.dueOn,
  doneAt: milestone.doneAt,
});

/** 一企一策 plans of approved pilots: the bureaus edit them, the enterprise reads its own. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PilotsRepository,
    private readonly pilots: PilotsService,
    private readonly audit: AuditService,
  ) {}

  async get(caller: Caller, applicationId: string): Promise<EnterprisePlanDto> {
    const application = await this.pilots.findOrFail(caller, applicationId);
    const plan = await this.planOrFail(applicationId);
    return this.toDto(caller, application, plan);
  }

  async update(caller: Caller, applicationId: string, dto: UpdatePlanDto): Promise<EnterprisePlanDto> {
    const application = await this.editableOrFail(caller, applicationId);
    if (dto.officerId) {
      const place = placeOf(application);
      const officers = await this.repository.planOfficers(place.districtCode, place.cityCode);
      if (!officers.some((officer) => officer.id === dto.officerId)) {
        throw AppException.validation([{ field: 'officerId', code: 'errors.officer_not_eligible' }]);
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.planOrFail(applicationId, manager);
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
      await manager.update(EnterprisePlanEntity, { id: plan.id }, after);
      await this.audit.record(
        { action: 'plan.update', entityType: 'enterprise_plan', entityId: plan.id, before, after },
        manager,
      );
    });
    return this.get(caller, applicationId);
  }

  async addMilestone(
    caller: Caller,
    applicationId: string,
    dto: CreateMilestoneDto,
  ): Promise<EnterprisePlanDto> {
    await this.editableOrFail(caller, applicationId);
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.planOrFail(applicationId, manager);
      const saved = await manager.save(
        PlanMilestoneEntity,
        manager.create(PlanMilestoneEntity, {
          planId: plan.id,
          title: dto.title.trim(),
          dueOn: dto.dueOn,
          doneAt: null,
        }),
      );
      await this.audit.record(
        {
          action: 'plan.milestone.create',
          entityType: 'plan_milestone',
          entityId: saved.id,
          after: toMilestone(saved),
        },
        manager,
      );
    });
    return this.get(caller, applicationId);
  }

  async updateMilestone(
    caller: Caller,
    applicationId: string,
    milestoneId: string,
    dto: UpdateMilestoneDto,
  ): Promise<EnterprisePlanDto> {
    await this.editableOrFail(caller, applicationId);
    await this.dataSource.transaction(async (manager) => {
      const milestone = await this.milestoneOrFail(applicationId, milestoneId, manager);
      const before = toMilestone(milestone);
      const changes: Partial<PlanMilestoneEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title.trim();
      if (dto.dueOn !== undefined) changes.dueOn = dto.dueOn;
      if (dto.done !== undefined) changes.doneAt = dto.done ? (milestone.doneAt ?? new Date()) : null;
      await manager.update(PlanMilestoneEntity, { id: milestoneId }, changes);
      const after = toMilestone((await manager.findOneBy(PlanMilestoneEntity, { id: milestoneId }))!);
      await this.audit.record(
        {
          action: 'plan.milestone.update',
          entityType: 'plan_milestone',
          entityId: milestoneId,
          before,
          after,
        },
        manager,
      );
    });
    return this.get(caller, applicationId);
  }

  async removeMilestone(
    caller: Caller,
    applicationId: string,
    milestoneId: string,
  ): Promise<EnterprisePlanDto> {
    await this.editableOrFail(caller, applicationId);
    await this.dataSource.transaction(async (manager) => {
      const milestone = await this.milestoneOrFail(applicationId, milestoneId, manager);
      await manager.softDelete(PlanMilestoneEntity, { id: milestoneId });
      await this.audit.record(
        {
          action: 'plan.milestone.delete',
          entityType: 'plan_milestone',
          entityId: milestoneId,
          before: toMilestone(milestone),
        },
        manager,
      );
    });
    return this.get(caller, applicationId);
  }

  private async toDto(
    caller: Caller,
    application: PilotApplicationEntity,
    plan: EnterprisePlanEntity,
  ): Promise<EnterprisePlanDto> {
    const editable = this.canEdit(caller);
    const place = placeOf(application);
    return {
      id: plan.id,
      applicationId: plan.applicationId,
      variant: plan.variant,
      guidelineParts: plan.guidelineParts,
      officer: plan.officer ? toOfficer(plan.officer) : null,
      notes: plan.notes,
      milestones: (await this.repository.milestones(plan.id)).map(toMilestone),
      editable,
      officerOptions: editable
        ? (await this.repository.planOfficers(place.districtCode, place.cityCode)).map(toOfficer)
        : [],
      updatedAt: plan.updatedAt,
    };
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

  private async planOrFail(applicationId: string, manager: EntityManager = this.dataSource.manager) {
    const plan = await this.repository.findPlan(applicationId, manager);
    if (!plan) throw AppException.notFound();
    return plan;
  }

  private async milestoneOrFail(applicationId: string, milestoneId: string, manager: EntityManager) {
    const plan = await this.planOrFail(applicationId, manager);
    const milestone = await manager.findOneBy(PlanMilestoneEntity, {
      id: milestoneId,
      planId: plan.id,
      deletedAt: IsNull(),
    });
    if (!milestone) throw AppException.notFound();
    return milestone;
  }
}
