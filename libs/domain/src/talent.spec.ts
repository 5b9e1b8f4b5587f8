import { SkillLevel } from './enterprise';
import {
  hasQualifyingBasis,
  NATIONAL_HONOURS,
  PAY_TREATMENT_LABELS,
  PayTreatment,
  publicTalentName,
  TALENT_SKILL_LEVELS,
  TALENT_WORKFLOW,
  TalentAction,
  talentAgeBand,
  TalentStatus,
} from './talent';
import { ActorRelation, makerBarred, nextState } from './workflow';

describe('high-skill leading talents (人社厅发〔2021〕7号 arts. 38–44)', () => {
  it('starts from the six qualifying honours of art. 38, every one a qualifying basis', () => {
    expect(NATIONAL_HONOURS.map((honour) => honour.name['zh-CN'])).toEqual([
      '全国劳动模范',
      '全国五一劳动奖章',
      '中华技能大奖',
      '全国技术能手',
      '享受省级以上政府特殊津贴',
      '省级政府认定"高精尖缺"人才',
    ]);
    expect(NATIONAL_HONOURS.every((honour) => honour.qualifying)).toBe(true);
  });

  it('qualifies a talent by at least one qualifying honour, a municipal title alone is not enough', () => {
    expect(hasQualifyingBasis([{ qualifying: false }, { qualifying: true }])).toBe(true);
    // 青岛市技术能手 only
    expect(hasQualifyingBasis([{ qualifying: false }])).toBe(false);
    expect(hasQualifyingBasis([])).toBe(false);
  });

  it('names the pay treatments of arts. 39–44, one article each', () => {
    expect(Object.values(PayTreatment).map((treatment) => PAY_TREATMENT_LABELS[treatment].article)).toEqual([
      39, 40, 41, 42, 43, 44,
    ]);
    expect(PAY_TREATMENT_LABELS[PayTreatment.AnnualSalary]['zh-CN']).toBe('年薪制');
  });

  it('holds 二级/技师 and above, up to 首席技师', () => {
    expect(TALENT_SKILL_LEVELS).toEqual([
      SkillLevel.Level2,
      SkillLevel.Level1,
      SkillLevel.Special,
      SkillLevel.Chief,
    ]);
  });

  it('counts ages in bands by the year of the count: 34 → under 35, 35 → 35–44, 55 → 55 and over', () => {
    expect(talentAgeBand(1992, 2026)).toBe('under-35');
    expect(talentAgeBand(1991, 2026)).toBe('35-44');
    expect(talentAgeBand(1982, 2026)).toBe('35-44');
    expect(talentAgeBand(1981, 2026)).toBe('45-54');
    expect(talentAgeBand(1971, 2026)).toBe('55-plus');
  });

  it('lists a talent without consent as 某某 on the public list', () => {
    expect(publicTalentName('孙建华', false)).toBe('某某');
    expect(publicTalentName('孙建华', true)).toBe('孙建华');
    expect(publicTalentName('孙建华', false, 'en')).toBe('(name withheld)');
  });

  it('goes register → verify (district, not the one who entered it) → confirm (city), and back on a return', () => {
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Draft, TalentAction.Submit)).toBe(TalentStatus.Submitted);
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Submitted, TalentAction.Verify)).toBe(
      TalentStatus.Verified,
    );
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Verified, TalentAction.Confirm)).toBe(
      TalentStatus.Confirmed,
    );
    // the city never confirms what the district has not verified
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Submitted, TalentAction.Confirm)).toBeNull();
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Submitted, TalentAction.Return)).toBe(
      TalentStatus.Returned,
    );
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Verified, TalentAction.CityReturn)).toBe(
      TalentStatus.Returned,
    );
    expect(nextState(TALENT_WORKFLOW, TalentStatus.Returned, TalentAction.Submit)).toBe(
      TalentStatus.Submitted,
    );
    expect(TALENT_WORKFLOW.actions[TalentAction.Verify].actor).toBe(ActorRelation.DistrictBureau);
    expect(TALENT_WORKFLOW.actions[TalentAction.Confirm].actor).toBe(ActorRelation.CityBureau);
    expect(makerBarred(TALENT_WORKFLOW, TalentAction.Verify, 'u1', 'u1')).toBe(true);
    expect(makerBarred(TALENT_WORKFLOW, TalentAction.Verify, 'u1', 'u2')).toBe(false);
  });
});
