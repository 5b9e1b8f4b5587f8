import { EnterpriseSize, Ownership, PriorityCategory } from './enterprise';
import { GuidelinePart } from './guidance';
import {
  compareByFocus,
  defaultPilotQuota,
  defaultPlanMilestones,
  defaultPlanParts,
  type FocusFacts,
  planVariantFor,
  PlanVariant,
  quotaProblem,
} from './pilot-selection';

const base: FocusFacts = {
  name: '乙',
  industrySection: 'F',
  ownership: Ownership.NonPublic,
  size: EnterpriseSize.Small,
  priorityCategories: [],
};

describe('compareByFocus', () => {
  it('puts more priority categories before manufacturing, size and ownership', () => {
    const certified = { ...base, priorityCategories: [PriorityCategory.SkillMasterStudio] };
    const largeStateManufacturer = {
      ...base,
      industrySection: 'C',
      size: EnterpriseSize.Large,
      ownership: Ownership.StateOwned,
    };
    expect([largeStateManufacturer, certified].sort(compareByFocus)).toEqual([
      certified,
      largeStateManufacturer,
    ]);
  });

  it('then manufacturing first, large first, state-owned first, then by name', () => {
    const manufacturing = { ...base, industrySection: 'C' };
    const large = { ...base, size: EnterpriseSize.Large };
    const stateOwned = { ...base, ownership: Ownership.StateOwned };
    const first = { ...base, name: '甲' };
    const sorted = [base, first, stateOwned, large, manufacturing].sort(compareByFocus);
    // 甲 < 乙 in pinyin order (jia, yi)
    expect(sorted).toEqual([manufacturing, large, stateOwned, first, base]);
  });
});

describe('defaultPilotQuota', () => {
  it('gives the city-direct enterprises 3 and each district 2 (Qingdao 三(一): 2–3 and 1–2)', () => {
    expect(defaultPilotQuota('370200', '370200')).toBe(3);
    expect(defaultPilotQuota('370211', '370200')).toBe(2);
  });
});

describe('plan variants', () => {
  it('gives small and medium enterprises the light plan without the leader incentives', () => {
    expect(planVariantFor(EnterpriseSize.Medium)).toBe(PlanVariant.Light);
    expect(planVariantFor(EnterpriseSize.Micro)).toBe(PlanVariant.Light);
    expect(defaultPlanParts(PlanVariant.Light)).not.toContain(GuidelinePart.HighSkillLeaderIncentives);
  });

  it('gives large enterprises the full plan with mid/long-term incentives for high-skill leaders', () => {
    expect(planVariantFor(EnterpriseSize.Large)).toBe(PlanVariant.Full);
    expect(defaultPlanParts(PlanVariant.Full)).toContain(GuidelinePart.HighSkillLeaderIncentives);
    expect(defaultPlanMilestones(PlanVariant.Full)).toHaveLength(4);
    expect(defaultPlanMilestones(PlanVariant.Light)).toHaveLength(3);
  });
});

describe('quotaProblem', () => {
  it('accepts 0–10 not below the approved pilots, and says why otherwise', () => {
    expect(quotaProblem(2, 2)).toBeNull();
    expect(quotaProblem(0, 0)).toBeNull();
    expect(quotaProblem(1, 2)).toEqual({ code: 'below-approved', approved: 2 });
    expect(quotaProblem(11, 0)).toEqual({ code: 'above-max', max: 10 });
    expect(quotaProblem(-1, 0)).toEqual({ code: 'invalid', max: 10 });
    expect(quotaProblem(null, 0)).toEqual({ code: 'invalid', max: 10 });
  });
});
