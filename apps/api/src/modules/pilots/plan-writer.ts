import {
  type EnterpriseSize,
  defaultPlanMilestones,
  defaultPlanParts,
  planVariantFor,
} from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { EnterprisePlanEntity } from './enterprise-plan.entity';
import { PlanMilestoneEntity } from './plan-milestone.entity';

/** The calendar day (China time) `days` after `date`, as YYYY-MM-DD. */
export function dateAfter(date: Date, days: number): string {
  const shifted = new Date(date.getTime() + 8 * 3_600_000 + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Writes the 一企一策 plan an approval creates: the light plan for small and medium enterprises,
 * the full one for large ones, with milestones dated from the approval.
 */
export async function writeEnterprisePlan(
  manager: EntityManager,
  applicationId: string,
  size: EnterpriseSize,
  officerId: string | null,
  approvedAt: Date,
): Promise<{ plan: EnterprisePlanEntity; milestones: PlanMilestoneEntity[] }> {
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
