import { SkillLevel } from './enterprise';
import {
  ADOPTION_INDEX_BANDS,
  ADOPTION_WEIGHT_TOTAL,
  adoptionIndex,
  adoptionIndexBand,
  adoptionWeightsProblem,
  adoptsAnything,
  declaredDiffers,
  declaredGrowth,
  DEFAULT_ADOPTION_WEIGHTS,
  EVALUATION_ELEMENTS,
  EvaluationElement,
  elementStatus,
  growthPercent,
  highSkillRuleHolds,
  isHighSkillRow,
  payLadderSpread,
  variableSharePercent,
} from './evaluation';
import {
  AdoptionStatus,
  AllowanceType,
  emptyAdoption,
  emptyIndicators,
  PayUnit,
  PerformancePayMethod,
  PostEvaluationMethod,
  type ProgressReportAdoption,
  withAdoptionDefaults,
} from './progress-report';
import { PostCategory } from './wage-data';

/** The worked example of adoptionIndex's doc comment. */
function workedExample(): ProgressReportAdoption {
  return {
    ...emptyAdoption(),
    careerChannel: { status: AdoptionStatus.Adopted, gradeCount: 8 },
    payUnits: { status: AdoptionStatus.Adopted, units: [PayUnit.Post, PayUnit.Performance] },
    postEvaluation: { status: AdoptionStatus.InProgress, method: PostEvaluationMethod.Ranking },
    performancePay: { status: AdoptionStatus.Adopted, method: PerformancePayMethod.Points },
    allowances: { status: AdoptionStatus.Adopted, items: [{ type: AllowanceType.Skill, amount: 300 }] },
  };
}

describe('the adoption index', () => {
  it('defaults to weights that add up to 100', () => {
    const total = EVALUATION_ELEMENTS.reduce((sum, element) => sum + DEFAULT_ADOPTION_WEIGHTS[element], 0);
    expect(total).toBe(ADOPTION_WEIGHT_TOTAL);
    expect(adoptionWeightsProblem({ ...DEFAULT_ADOPTION_WEIGHTS })).toBeNull();
  });

  it('scores the worked example 55.5 and lists the next visit’s agenda', () => {
    // channel 15 + pay units 10 + post evaluation under way 15 × ½ = 7.5 + performance pay 15
    // + skill allowance 8 = 55.5
    const result = adoptionIndex(workedExample());
    expect(result.index).toBe(55.5);
    expect(result.missing).toEqual([
      EvaluationElement.PostEvaluation,
      EvaluationElement.BroadBand,
      EvaluationElement.MentorAllowance,
      EvaluationElement.TeamLeaderAllowance,
      EvaluationElement.NightShiftAllowance,
      EvaluationElement.HighSkillIncentives,
    ]);
    expect(result.elements.find((score) => score.element === EvaluationElement.PostEvaluation)).toEqual({
      element: EvaluationElement.PostEvaluation,
      status: AdoptionStatus.InProgress,
      weight: 15,
      points: 7.5,
    });
  });

  it('follows the programme’s weights', () => {
    // channel 25, post evaluation 5: 25 + 10 + 2.5 + 15 + 8 = 60.5
    const weights = { ...DEFAULT_ADOPTION_WEIGHTS, careerChannel: 25, postEvaluation: 5 };
    expect(adoptionWeightsProblem(weights)).toBeNull();
    expect(adoptionIndex(workedExample(), weights).index).toBe(60.5);
    // an element weighing nothing is never on the agenda
    const noNightShifts = { ...DEFAULT_ADOPTION_WEIGHTS, nightShiftAllowance: 0, highSkillIncentives: 13 };
    expect(adoptionIndex(workedExample(), noNightShifts).missing).not.toContain(
      EvaluationElement.NightShiftAllowance,
    );
  });

  it('names the element or the total that makes weights invalid', () => {
    expect(adoptionWeightsProblem({ ...DEFAULT_ADOPTION_WEIGHTS, payUnits: 10.5 })).toBe('payUnits');
    expect(adoptionWeightsProblem({ ...DEFAULT_ADOPTION_WEIGHTS, payUnits: -1 })).toBe('payUnits');
    const { mentorAllowance: _, ...missing } = DEFAULT_ADOPTION_WEIGHTS;
    expect(adoptionWeightsProblem(missing)).toBe('mentorAllowance');
    expect(adoptionWeightsProblem({ ...DEFAULT_ADOPTION_WEIGHTS, bonus: 0 })).toBe('bonus');
    expect(adoptionWeightsProblem({ ...DEFAULT_ADOPTION_WEIGHTS, payUnits: 11 })).toBe('total');
  });

  it('counts a one-grade channel and a one-step band as under way, an allowance by its items', () => {
    const adoption: ProgressReportAdoption = {
      ...emptyAdoption(),
      careerChannel: { status: AdoptionStatus.Adopted, gradeCount: 1 },
      broadBand: { status: AdoptionStatus.Adopted, steps: 1 },
      allowances: { status: AdoptionStatus.Adopted, items: [{ type: AllowanceType.Mentor, amount: 300 }] },
    };
    expect(elementStatus(adoption, EvaluationElement.CareerChannel)).toBe(AdoptionStatus.InProgress);
    expect(elementStatus(adoption, EvaluationElement.BroadBand)).toBe(AdoptionStatus.InProgress);
    expect(elementStatus(adoption, EvaluationElement.MentorAllowance)).toBe(AdoptionStatus.Adopted);
    expect(elementStatus(adoption, EvaluationElement.SkillAllowance)).toBe(AdoptionStatus.NotStarted);
    expect(adoptsAnything(adoption)).toBe(true);
    expect(adoptsAnything(emptyAdoption())).toBe(false);
  });

  it('reads a report stored before performance pay was asked as not started on it', () => {
    const { performancePay: _, ...older } = workedExample();
    // 55.5 − 15 = 40.5
    expect(adoptionIndex(withAdoptionDefaults(older)).index).toBe(40.5);
  });

  it('bands the index in twenties, 100 in the top band', () => {
    expect(ADOPTION_INDEX_BANDS).toEqual([0, 20, 40, 60, 80]);
    expect([0, 19.9, 20, 55.5, 60, 79.9, 80, 100].map(adoptionIndexBand)).toEqual([0, 0, 1, 2, 3, 3, 4, 4]);
  });
});

describe('wage outcomes', () => {
  it('takes 高级工 and above on skilled posts as high-skill', () => {
    expect(isHighSkillRow(PostCategory.Skilled, SkillLevel.Level3)).toBe(true);
    expect(isHighSkillRow(PostCategory.Skilled, SkillLevel.Level4)).toBe(false);
    expect(isHighSkillRow(PostCategory.Management, SkillLevel.Level3)).toBe(false);
  });

  it('measures growth in percent with two decimals, and the central opinions’ rule', () => {
    // 100,000 → 104,800 = +4.80 %; management 200,000 → 206,000 = +3.00 %: the rule holds
    const highSkill = growthPercent(100_000, 104_800);
    const management = growthPercent(200_000, 206_000);
    expect(highSkill).toBe(4.8);
    expect(management).toBe(3);
    expect(highSkillRuleHolds(highSkill, management)).toBe(true);
    // management growing faster breaks it; an unknown growth gives no verdict
    expect(highSkillRuleHolds(2.5, 3)).toBe(false);
    expect(highSkillRuleHolds(null, 3)).toBeNull();
    expect(growthPercent(0, 1000)).toBeNull();
    expect(growthPercent(80_000, 78_000)).toBe(-2.5);
  });

  it('derives declared growth from a report’s indicators, headcount-weighted over high-skill levels', () => {
    // 高级工 10 × (90,000 → 93,000) and 技师 5 × (120,000 → 126,000):
    // weighted 100,000 → 104,000 = +4.00 %; management 200,000 → 206,000 = +3.00 %
    const declared = declaredGrowth({
      ...emptyIndicators(),
      skillLevels: [
        {
          level: SkillLevel.Level3,
          headcount: 10,
          averagePay: 93_000,
          previousHeadcount: 10,
          previousAveragePay: 90_000,
        },
        {
          level: SkillLevel.Level2,
          headcount: 5,
          averagePay: 126_000,
          previousHeadcount: 5,
          previousAveragePay: 120_000,
        },
        // not high-skill: left out
        {
          level: SkillLevel.Level4,
          headcount: 40,
          averagePay: 70_000,
          previousHeadcount: 40,
          previousAveragePay: 50_000,
        },
      ],
      managementAveragePay: 206_000,
      managementAveragePayPrevious: 200_000,
    });
    expect(declared).toEqual({ highSkill: 4, management: 3 });
  });

  it('flags declared growth more than one point from the measured, or with another verdict', () => {
    const measured = { highSkill: 4.8, management: 3 };
    // declared +10 %: 5.2 points apart
    expect(declaredDiffers({ highSkill: 10, management: 3 }, measured)).toBe(true);
    // within a point, same verdict
    expect(declaredDiffers({ highSkill: 4, management: 3.5 }, measured)).toBe(false);
    // within a point each, but the declared figures break the rule the measured ones keep
    expect(declaredDiffers({ highSkill: 3.9, management: 3.95 }, { highSkill: 4.2, management: 3.1 })).toBe(
      true,
    );
    // nothing declared: nothing to compare
    expect(declaredDiffers({ highSkill: null, management: null }, measured)).toBe(false);
  });

  it('divides the top level’s mean by 初级工’s for the spread', () => {
    // 高级工 104,800 ÷ 初级工 62,000 = 1.69 (中级工 in between does not matter)
    const means = new Map<string, number>([
      [SkillLevel.Level5, 62_000],
      [SkillLevel.Level4, 82_000],
      [SkillLevel.Level3, 104_800],
    ]);
    expect(payLadderSpread(means)).toBe(1.69);
    expect(payLadderSpread(new Map([[SkillLevel.Level3, 104_800]]))).toBeNull();
    expect(payLadderSpread(new Map([[SkillLevel.Level5, 62_000]]))).toBeNull();
  });

  it('gives the variable share against case B’s 60 %', () => {
    // performance 6,000 of 10,000 = 60 %
    expect(variableSharePercent(6_000, 10_000)).toBe(60);
    expect(variableSharePercent(1, 3)).toBe(33.3);
    expect(variableSharePercent(0, 0)).toBeNull();
  });
});
