import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  defaultPlanMilestones,
  defaultPlanParts,
  type EnterpriseSize,
  OrganisationType,
  planVariantFor,
  Role,
} from '@skillpay/domain';
import { DataSource, IsNull } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { UserEntity, UserStatus } from '../users/user.entity';
import { EnterprisePlanEntity } from './enterprise-plan.entity';
import { PlanMilestoneEntity } from './plan-milestone.entity';

/** The calendar day (China time) `days` after `date`, as YYYY-MM-DD. */
export function dateAfter(date: Date, days: number): string {
  const shifted = new Date(date.getTime() + 8 * 3_600_000 + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/** Queries of 一企一策 plans (one per approved pilot) and their milestones. */
@Injectable()
export class EnterprisePlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes the plan an approval creates: the light plan for small and medium enterprises, the
   * full one for large ones, with milestones dated from the approval. Also used by the demo seed.
   */
  async create(
    applicationId: string,
    size: EnterpriseSize,
    officerId: string | null,
    approvedAt: Date,
    tx: Tx,
  ): Promise<{ plan: EnterprisePlanEntity; milestones: PlanMilestoneEntity[] }> {
    const manager = managerOf(tx, this.dataSource);
    const variant = planVariantFor(size);
    const plan = await manager.save(
      EnterprisePlanEntity,
      manager.create(EnterprisePlanEntity, {
        applicationId,
        variant,
        guidelineParts: defaultPlanParts(variant),
        officerId,
        notes: null,
      }),
    );
    const milestones = defaultPlanMilestones(variant).map((milestone) =>
      manager.create(PlanMilestoneEntity, {
        planId: plan.id,
        title: milestone.title['zh-CN'],
        dueOn: dateAfter(approvedAt, milestone.dueInDays),
        doneAt: null,
      }),
    );
    await manager.save(PlanMilestoneEntity, milestones);
    return { plan, milestones };
  }

  findByApplication(applicationId: string, tx?: Tx): Promise<EnterprisePlanEntity | null> {
    return managerOf(tx, this.dataSource).findOne(EnterprisePlanEntity, {
      where: { applicationId },
      relations: { officer: { organisation: true } },
    });
  }

  /**
   * The plan's row locked until `tx` ends: every change of the plan or of one of its milestones
   * takes it first and raises the plan's version (see `touch`).
   */
  async lockByApplication(applicationId: string, tx: Tx): Promise<EnterprisePlanEntity | null> {
    const manager = managerOf(tx, this.dataSource);
    const locked = await manager.findOne(EnterprisePlanEntity, {
      where: { applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    return locked && this.findByApplication(applicationId, tx);
  }

  /** Raises the plan's version (and updatedAt) after a change of one of its milestones. */
  async touch(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(EnterprisePlanEntity, { id }, { updatedAt: new Date() });
  }

  /** Every milestone id the plan ever had: their audit records are changes of the plan too. */
  async milestoneIds(planId: string, tx: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource).find(PlanMilestoneEntity, {
      select: { id: true },
      where: { planId },
      withDeleted: true,
    });
    return rows.map((row) => row.id);
  }

  existsFor(applicationId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(EnterprisePlanEntity, { applicationId });
  }

  async update(id: string, changes: Partial<EnterprisePlanEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(EnterprisePlanEntity, { id }, changes);
  }

  milestones(planId: string, tx?: Tx): Promise<PlanMilestoneEntity[]> {
    return managerOf(tx, this.dataSource).find(PlanMilestoneEntity, {
      where: { planId },
      order: { dueOn: 'ASC', createdAt: 'ASC' },
    });
  }

  /** A live milestone of the plan. */
  findMilestone(planId: string, id: string, tx: Tx): Promise<PlanMilestoneEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(PlanMilestoneEntity, {
      id,
      planId,
      deletedAt: IsNull(),
    });
  }

  insertMilestone(milestone: Partial<PlanMilestoneEntity>, tx: Tx): Promise<PlanMilestoneEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(PlanMilestoneEntity, manager.create(PlanMilestoneEntity, milestone));
  }

  /** Changes a milestone; returns it as it is now. */
  async updateMilestone(
    id: string,
    changes: Partial<PlanMilestoneEntity>,
    tx: Tx,
  ): Promise<PlanMilestoneEntity> {
    const manager = managerOf(tx, this.dataSource);
    await manager.update(PlanMilestoneEntity, { id }, changes);
    return (await manager.findOneBy(PlanMilestoneEntity, { id }))!;
  }

  async removeMilestone(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(PlanMilestoneEntity, { id });
  }

  /** Active accounts that may be put in charge of a plan: the district bureau’s, or the city bureau’s. */
  officers(districtCode: string | null, cityCode: string, tx?: Tx): Promise<UserEntity[]> {
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(UserEntity, 'u')
      .innerJoinAndSelect('u.organisation', 'uo')
      .where('u.status = :active', { active: UserStatus.Active })
      .andWhere('uo.deleted_at IS NULL')
      .andWhere(
        `((u.role = :city AND uo.type = :cityType AND uo.region_code = :cityCode)${
          districtCode
            ? ' OR (u.role = :district AND uo.type = :districtType AND uo.region_code = :districtCode)'
            : ''
        })`,
        {
          city: Role.CityBureau,
          cityType: OrganisationType.CityBureau,
          cityCode,
          district: Role.DistrictBureau,
          districtType: OrganisationType.DistrictBureau,
          districtCode,
        },
      )
      .orderBy('uo.type', 'DESC')
      .addOrderBy('u.display_name')
      .getMany();
  }
}
