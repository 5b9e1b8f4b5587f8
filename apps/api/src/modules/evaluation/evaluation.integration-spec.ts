import {
  AdoptionStatus,
  DEFAULT_ADOPTION_WEIGHTS,
  emptyAdoption,
  emptyIndicators,
  EvaluationElement,
  GuidanceKind,
  OrganisationType,
  PilotStatus,
  PostCategory,
  Role,
  SkillLevel,
} from '@skillpay/domain';
import {
  newAcceptedReport,
  newActivity,
  newWageYear,
  type WageGroup,
  workedExampleAdoption,
} from '../../../test/evaluation-builders';
import { newEnterprise } from '../../../test/enterprise-builders';
import { chinaDay, newApplication, newProgramme } from '../../../test/programme-builders';
import { newCity } from '../../../test/service-window-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';

interface Cell {
  headcount: number;
  enterprises: number;
  mean: number | null;
  withheld: string | null;
}

/**
 * 总结评估 end to end against PostgreSQL: the index from accepted reports and the programme's
 * weights, outcomes measured from wage rows built here, the disclosure rules, the roles' scopes,
 * 带动一批 and demonstration units. A city of its own (newCity) keeps other suites' wage data out
 * of the roll-ups.
 */
describe('evaluation (总结评估)', () => {
  let t: TestApp;
  let city: Session;
  let district: Session;
  let otherDistrict: Session;
  let reviewer: Session;
  let firm: Session;
  let otherFirm: Session;
  let programmeId: string;
  let region: { cityCode: string; districtCode: string; otherDistrictCode: string };
  let pilotId: string;
  let otherPilotId: string;
  let nonPilotId: string;
  let trainingId: string;
  let visitId: string;
  let otherTrainingId: string;

  const get = (session: Session | null, path: string) => {
    const request = t.http().get(path);
    return session ? request.set(bearer(session)) : request;
  };
  const send = (
    method: 'post' | 'put' | 'patch' | 'delete',
    session: Session,
    path: string,
    body: object,
    language = 'zh-CN',
  ) => t.http()[method](path).set(bearer(session)).set('Accept-Language', language).send(body);

  /**
   * The pilot's wage years. 高级工: six employees, 100,000 each in 2025; in 2026 five at 104,800
   * and one who worked six months for 52,400 (annualised 52,400 × 12 ÷ 6 = 104,800): mean
   * 100,000 → 104,800 = +4.80 %. Management: five, 200,000 → 206,000 = +3.00 %. The rule
   * (high-skill growth ≥ management growth) holds. 中级工: three employees (under 5: withheld
   * beyond the enterprise), 80,000 → 82,000 = +2.50 %. 初级工: six, 60,000 → 62,000. In 2026 60 %
   * of skilled pay is performance pay (case B's ≈ 4 : 6).
   */
  const pilotYears: Record<number, WageGroup[]> = {
    2025: [
      { postCategory: PostCategory.Skilled, skillLevel: SkillLevel.Level3, count: 6, total: 100_000 },
      { postCategory: PostCategory.Skilled, skillLevel: SkillLevel.Level4, count: 3, total: 80_000 },
      { postCategory: PostCategory.Skilled, skillLevel: SkillLevel.Level5, count: 6, total: 60_000 },
      { postCategory: PostCategory.Management, count: 5, total: 200_000 },
    ],
    2026: [
      {
        postCategory: PostCategory.Skilled,
        skillLevel: SkillLevel.Level3,
        count: 5,
        total: 104_800,
        performanceShare: 0.6,
      },
      {
        postCategory: PostCategory.Skilled,
        skillLevel: SkillLevel.Level3,
        count: 1,
        total: 52_400,
        monthsWorked: 6,
        performanceShare: 0.6,
      },
      {
        postCategory: PostCategory.Skilled,
        skillLevel: SkillLevel.Level4,
        count: 3,
        total: 82_000,
        performanceShare: 0.6,
      },
      {
        postCategory: PostCategory.Skilled,
        skillLevel: SkillLevel.Level5,
        count: 6,
        total: 62_000,
        performanceShare: 0.6,
      },
      { postCategory: PostCategory.Management, count: 5, total: 206_000 },
    ],
  };

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    region = await newCity(ds);
    const organisation = (type: OrganisationType, regionCode: string) =>
      newOrganisation(ds, { type, regionCode });
    const session = async (type: OrganisationType, regionCode: string, role: Role) =>
      login(t, (await newUser(ds, await organisation(type, regionCode), role)).username);
    city = await session(OrganisationType.CityBureau, region.cityCode, Role.CityBureau);
    const districtBureau = await organisation(OrganisationType.DistrictBureau, region.districtCode);
    district = await login(t, (await newUser(ds, districtBureau, Role.DistrictBureau)).username);
    otherDistrict = await session(
      OrganisationType.DistrictBureau,
      region.otherDistrictCode,
      Role.DistrictBureau,
    );
    reviewer = await session(OrganisationType.TradeUnion, region.cityCode, Role.Reviewer);

    programmeId = await newProgramme(ds, region.cityCode);
    const otherProgrammeId = await newProgramme(ds, region.cityCode);
    // 甲区: the pilot; 乙区: another pilot; 甲区: a non-pilot enterprise reached by a training
    const pilot = await newEnterprise(ds, { regionCode: region.districtCode, name: '甲区精工机械有限公司' });
    const otherPilot = await newEnterprise(ds, {
      regionCode: region.otherDistrictCode,
      name: '乙区港口装备有限公司',
    });
    const nonPilot = await newEnterprise(ds, { regionCode: region.districtCode, name: '甲区零部件有限公司' });
    const bystander = await newEnterprise(ds, { regionCode: region.districtCode, name: '甲区物流有限公司' });
    [pilotId, otherPilotId, nonPilotId] = [pilot.id, otherPilot.id, nonPilot.id];
    firm = await login(t, (await newUser(ds, pilot, Role.Enterprise)).username);
    otherFirm = await login(t, (await newUser(ds, otherPilot, Role.Enterprise)).username);
    await newApplication(ds, programmeId, pilotId, PilotStatus.Approved);
    await newApplication(ds, programmeId, otherPilotId, PilotStatus.Approved);

    // reports: the pilot's 2026-Q1 (the channel only: 15) and 2026-Q2 (the worked example: 55.5),
    // declaring 高级工 100,000 → 110,000 (+10 %) and management +3 %; the other pilot's 2026-Q2
    await newAcceptedReport(ds, {
      programmeId,
      enterpriseId: pilotId,
      period: '2026-Q1',
      adoption: { ...emptyAdoption(), careerChannel: { status: AdoptionStatus.Adopted, gradeCount: 8 } },
    });
    await newAcceptedReport(ds, {
      programmeId,
      enterpriseId: pilotId,
      period: '2026-Q2',
      adoption: workedExampleAdoption(),
      indicators: {
        ...emptyIndicators(),
        skillLevels: [
          {
            level: SkillLevel.Level3,
            headcount: 6,
            averagePay: 110_000,
            previousHeadcount: 6,
            previousAveragePay: 100_000,
          },
        ],
        managementAveragePay: 206_000,
        managementAveragePayPrevious: 200_000,
      },
    });
    // a report stored before performance pay was asked (no performancePay key): read as not started
    const { performancePay: _, ...older } = workedExampleAdoption();
    await newAcceptedReport(ds, {
      programmeId,
      enterpriseId: otherPilotId,
      period: '2026-Q2',
      adoption: older,
    });

    for (const year of [2025, 2026]) {
      await newWageYear(ds, {
        programmeId,
        enterpriseId: pilotId,
        regionCode: region.districtCode,
        year,
        groups: pilotYears[year],
      });
      await newWageYear(ds, {
        programmeId,
        enterpriseId: otherPilotId,
        regionCode: region.otherDistrictCode,
        year,
        groups: [
          { postCategory: PostCategory.Skilled, skillLevel: SkillLevel.Level3, count: 8, total: 90_000 },
          { postCategory: PostCategory.Management, count: 5, total: 150_000 },
        ],
      });
      // the non-pilot's data, uploaded in another programme of the city
      await newWageYear(ds, {
        programmeId: otherProgrammeId,
        enterpriseId: nonPilotId,
        regionCode: region.districtCode,
        year,
        groups: [
          { postCategory: PostCategory.Skilled, skillLevel: SkillLevel.Level3, count: 7, total: 88_000 },
        ],
      });
    }

    // guidance: a training listing the non-pilot and the pilot, a visit, another training not listing it
    const activity = (kind: GuidanceKind, enterpriseIds: string[]) =>
      newActivity(ds, {
        programmeId,
        organisationId: districtBureau.id,
        regionCode: region.districtCode,
        kind,
        occurredOn: '2026-03-10',
        enterpriseIds,
      });
    trainingId = await activity(GuidanceKind.Training, [nonPilotId, pilotId]);
    visitId = await activity(GuidanceKind.Visit, [nonPilotId]);
    otherTrainingId = await activity(GuidanceKind.DemonstrationClass, [bystander.id]);
  });
  afterAll(() => t.close());

  const enterpriseEvaluation = async (session: Session, enterpriseId = pilotId) =>
    (await get(session, `/api/evaluation/enterprises/${enterpriseId}?programmeId=${programmeId}`).expect(200))
      .body;
  const programmeEvaluation = async (session: Session, query = '') =>
    (await get(session, `/api/evaluation/programmes/${programmeId}${query}`).expect(200)).body;

  it('scores the latest accepted report with the default weights and lists what is missing', async () => {
    const body = await enterpriseEvaluation(district);
    // 15 (channel, 8 grades) + 10 (pay units) + 7.5 (post evaluation under way) + 15 (performance
    // pay by points) + 8 (skill allowance) = 55.5
    expect(body.adoption.period).toBe('2026-Q2');
    expect(body.adoption.index).toBe(55.5);
    expect(body.adoption.missing.map((m: { element: string }) => m.element)).toEqual([
      EvaluationElement.PostEvaluation,
      EvaluationElement.BroadBand,
      EvaluationElement.MentorAllowance,
      EvaluationElement.TeamLeaderAllowance,
      EvaluationElement.NightShiftAllowance,
      EvaluationElement.HighSkillIncentives,
    ]);
    expect(body.adoption.missing[0]).toEqual({
      element: EvaluationElement.PostEvaluation,
      label: '岗位评价',
      articles: '17–19',
    });
    expect(
      body.adoption.elements.find((e: { element: string }) => e.element === EvaluationElement.PostEvaluation),
    ).toMatchObject({ status: AdoptionStatus.InProgress, weight: 15, points: 7.5 });
    // the history over accepted reports, oldest first: 2026-Q1 the channel only (15)
    expect(body.history).toEqual([
      { period: '2026-Q1', index: 15 },
      { period: '2026-Q2', index: 55.5 },
    ]);
    expect(body.pilot).toBe(true);

    // the roll-up: the pilot 55.5, the other pilot's older report (no performance pay) 40.5;
    // mean 48, median 48; change over the one pilot with two periods: 55.5 − 15 = +40.5
    const programme = await programmeEvaluation(city);
    expect(programme.weights).toMatchObject({ isDefault: true, version: 0 });
    expect(programme.city.adoption).toMatchObject({
      pilots: 2,
      reported: 2,
      meanIndex: 48,
      medianIndex: 48,
      change: { pilots: 1, meanIndexChange: 40.5 },
    });
    expect(programme.city.adoption.distribution.map((band: { count: number }) => band.count)).toEqual([
      0, 0, 2, 0, 0,
    ]);
    const share = (element: EvaluationElement) =>
      programme.city.adoption.elementShares.find((s: { element: string }) => s.element === element);
    // performance pay: adopted by the pilot, not by the report that never asked for it → 50 %;
    // in the pilot with two periods it went from 0 % to 100 % (+100 points)
    expect(share(EvaluationElement.PerformancePay)).toEqual({
      element: EvaluationElement.PerformancePay,
      share: 50,
      change: 100,
    });
    expect(share(EvaluationElement.CareerChannel)).toMatchObject({ share: 100, change: 0 });
  });

  it('recomputes the index with the weights the city sets, refusing weights that do not add up', async () => {
    const weights = { ...DEFAULT_ADOPTION_WEIGHTS, careerChannel: 25, postEvaluation: 5 };
    // reviewers and districts do not set weights
    await send('put', district, `/api/evaluation/programmes/${programmeId}/weights`, { weights }).expect(403);
    // 101 points: a 400 naming the total, in the caller's language
    const tooMany = await send('put', city, `/api/evaluation/programmes/${programmeId}/weights`, {
      weights: { ...weights, nightShiftAllowance: 4 },
    }).expect(400);
    expect(tooMany.body.details[0].field).toBe('weights');
    expect(tooMany.body.details[0].message).toContain('101');
    const english = await send(
      'put',
      city,
      `/api/evaluation/programmes/${programmeId}/weights`,
      { weights: { ...weights, nightShiftAllowance: 4 } },
      'en',
    ).expect(400);
    expect(english.body.details[0].message).toContain('add up to 101');
    // an element left out: a 400 naming it
    const { mentorAllowance: _, ...missing } = weights;
    const left = await send('put', city, `/api/evaluation/programmes/${programmeId}/weights`, {
      weights: missing,
    }).expect(400);
    expect(left.body.details.map((d: { field: string }) => d.field)).toContain('weights.mentorAllowance');

    const saved = await send('put', city, `/api/evaluation/programmes/${programmeId}/weights`, { weights })
      .set('If-Match', `"${programmeId}:0"`)
      .expect(200);
    expect(saved.body).toMatchObject({ isDefault: false, version: 1, weights });
    expect(saved.headers.etag).toBe(`"${programmeId}:1"`);
    // a stale tag changes nothing
    await send('put', city, `/api/evaluation/programmes/${programmeId}/weights`, {
      weights: DEFAULT_ADOPTION_WEIGHTS,
    })
      .set('If-Match', `"${programmeId}:0"`)
      .expect(412);
    // 25 (channel) + 10 + 2.5 (post evaluation under way, now 5 points) + 15 + 8 = 60.5
    expect((await enterpriseEvaluation(city)).adoption.index).toBe(60.5);
    const audit = await t.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'evaluation.weights'`,
      [programmeId],
    );
    expect(audit).toHaveLength(1);
  });

  it('measures growth from two years of wage rows and flags what the report declared differently', async () => {
    const { outcomes } = await enterpriseEvaluation(district);
    expect(outcomes).toMatchObject({
      fromYear: 2025,
      toYear: 2026,
      // 100,000 → 104,800 = +4.80 %; management 200,000 → 206,000 = +3.00 %: the rule holds
      highSkillGrowth: 4.8,
      managementGrowth: 3,
      ruleHolds: true,
      // declared 100,000 → 110,000 = +10 %, 5.2 points from the measured +4.80 %
      declared: { period: '2026-Q2', highSkill: 10, management: 3 },
      declaredDiffers: true,
      referenceVariableShare: 60,
    });
    const [y2025, y2026] = outcomes.years;
    const level = (year: typeof y2026, skillLevel: string) =>
      year.levels.find((l: { skillLevel: string }) => l.skillLevel === skillLevel);
    expect(level(y2025, SkillLevel.Level3).cell).toEqual({
      headcount: 6,
      enterprises: 1,
      mean: 100_000,
      withheld: null,
    });
    expect(level(y2026, SkillLevel.Level3)).toMatchObject({ cell: { mean: 104_800 }, growth: 4.8 });
    expect(y2026.management).toMatchObject({ cell: { headcount: 5, mean: 206_000 }, growth: 3 });
    // spread 2026: 高级工 104,800 ÷ 初级工 62,000 = 1.69; variable share 60 % of skilled pay
    expect(y2026.spread).toBe(1.69);
    expect(y2026.variableShare).toBe(60);
    expect(y2025.variableShare).toBe(0);

    // the bureau's table flags it too
    const programme = await programmeEvaluation(city);
    const row = programme.pilots.find((p: { enterpriseId: string }) => p.enterpriseId === pilotId);
    expect(row).toMatchObject({
      index: 60.5,
      highSkillGrowth: 4.8,
      managementGrowth: 3,
      ruleHolds: true,
      declaredDiffers: true,
      regionCode: region.districtCode,
    });
  });

  it('withholds a cell of fewer than five employees beyond the enterprise, and shows it to the enterprise', async () => {
    const level4 = (body: { outcomes: { years: Array<{ levels: Array<{ skillLevel: string }> }> } }) =>
      body.outcomes.years.map((year) => year.levels.find((l) => l.skillLevel === SkillLevel.Level4));
    // 中级工: three employees
    for (const session of [district, city]) {
      const body = await enterpriseEvaluation(session);
      expect(body.fullFigures).toBe(false);
      expect(level4(body)).toEqual([
        {
          skillLevel: SkillLevel.Level4,
          cell: { headcount: 3, enterprises: 1, mean: null, withheld: 'small' },
          growth: null,
        },
        {
          skillLevel: SkillLevel.Level4,
          cell: { headcount: 3, enterprises: 1, mean: null, withheld: 'small' },
          growth: null,
        },
      ]);
      expect(JSON.stringify(body)).not.toContain('82000');
    }
    const own = await enterpriseEvaluation(firm);
    expect(own.fullFigures).toBe(true);
    // 80,000 → 82,000 = +2.50 %
    expect(level4(own)).toEqual([
      {
        skillLevel: SkillLevel.Level4,
        cell: { headcount: 3, enterprises: 1, mean: 80_000, withheld: null },
        growth: null,
      },
      {
        skillLevel: SkillLevel.Level4,
        cell: { headcount: 3, enterprises: 1, mean: 82_000, withheld: null },
        growth: 2.5,
      },
    ]);
  });

  it('withholds roll-up cells with fewer enterprises than the programme minimum (footnote A)', async () => {
    const programme = await programmeEvaluation(city);
    const pilots = programme.city.outcomes.pilots;
    // two pilots with data in both years, the programme's minimum is three: every pilot cell is A
    expect(pilots.enterprises).toBe(2);
    const level3 = pilots.levels.find((l: { skillLevel: string }) => l.skillLevel === SkillLevel.Level3);
    expect(level3.from).toEqual({ headcount: 14, enterprises: 2, mean: null, withheld: 'A' } satisfies Cell);
    expect(level3.growth).toBeNull();
    expect(pilots.highSkill.to.withheld).toBe('A');
    expect(programme.disclosure).toEqual({
      minEnterprises: 3,
      maxEnterpriseSharePercent: 70,
      minOutcomeCell: 5,
    });
    // the non-pilot of the other programme is the other group
    expect(programme.city.outcomes.nonPilots.enterprises).toBe(1);
    expect(programme.city.outcomes).toMatchObject({
      fromYear: 2025,
      toYear: 2026,
      referenceVariableShare: 60,
    });
    // with the minimum lowered to one and the share rule relaxed, the pooled mean appears:
    // (6 × 100,000 + 8 × 90,000) ÷ 14 = 94,286
    await t.dataSource.query(
      `UPDATE programme SET benchmark_min_enterprises = 1, benchmark_max_enterprise_share = 90 WHERE id = $1`,
      [programmeId],
    );
    try {
      const relaxed = await programmeEvaluation(city);
      const cell = relaxed.city.outcomes.pilots.levels.find(
        (l: { skillLevel: string }) => l.skillLevel === SkillLevel.Level3,
      ).from;
      expect(cell).toEqual({ headcount: 14, enterprises: 2, mean: 94_286, withheld: null });
    } finally {
      await t.dataSource.query(
        `UPDATE programme SET benchmark_min_enterprises = 3, benchmark_max_enterprise_share = 70 WHERE id = $1`,
        [programmeId],
      );
    }
  });

  it('scopes the evaluation: a district its own, reviewers roll-ups only, an enterprise itself', async () => {
    const own = await programmeEvaluation(district);
    expect(own.districts.map((d: { regionCode: string }) => d.regionCode)).toEqual([region.districtCode]);
    expect(own.pilots.map((p: { enterpriseId: string }) => p.enterpriseId)).toEqual([pilotId]);
    // the city line stays, for comparison
    expect(own.city.adoption.pilots).toBe(2);
    // a district cannot ask for another district
    const other = await get(
      district,
      `/api/evaluation/programmes/${programmeId}?regionCode=${region.otherDistrictCode}`,
    ).expect(400);
    expect(other.body.details[0].field).toBe('regionCode');
    // the city: 市直 and both districts, or one of them
    const whole = await programmeEvaluation(city);
    expect(whole.districts.map((d: { regionCode: string }) => d.regionCode)).toEqual([
      region.cityCode,
      region.districtCode,
      region.otherDistrictCode,
    ]);
    const one = await programmeEvaluation(city, `?regionCode=${region.otherDistrictCode}`);
    expect(one.districts).toHaveLength(1);
    expect(one.pilots.map((p: { enterpriseId: string }) => p.enterpriseId)).toEqual([otherPilotId]);

    // reviewers: roll-ups, no enterprise list, no enterprise named
    const union = await programmeEvaluation(reviewer);
    expect(union.pilots).toBeNull();
    expect(union.districts).toHaveLength(3);
    for (const id of [pilotId, otherPilotId, nonPilotId]) expect(JSON.stringify(union)).not.toContain(id);
    await get(reviewer, `/api/evaluation/enterprises/${pilotId}?programmeId=${programmeId}`).expect(404);

    // enterprises: their own evaluation only
    await get(firm, `/api/evaluation/programmes/${programmeId}`).expect(403);
    await get(firm, `/api/evaluation/enterprises/${otherPilotId}?programmeId=${programmeId}`).expect(404);
    await get(otherFirm, `/api/evaluation/enterprises/${pilotId}?programmeId=${programmeId}`).expect(404);
    // a district bureau: the enterprises of its district only
    await get(otherDistrict, `/api/evaluation/enterprises/${pilotId}?programmeId=${programmeId}`).expect(404);
    expect((await enterpriseEvaluation(otherDistrict, otherPilotId)).adoption.index).toBeGreaterThan(0);
  });

  it('records influenced enterprises only from the programme’s trainings, never a pilot, once', async () => {
    const body = (overrides: object = {}) => ({
      programmeId,
      enterpriseId: nonPilotId,
      activityId: trainingId,
      reportedOn: '2026-06-01',
      adoption: {
        ...emptyAdoption(),
        payUnits: { status: AdoptionStatus.Adopted, units: ['post', 'performance'] },
      },
      note: '参加培训后调整了工资单元',
      ...overrides,
    });
    const path = '/api/evaluation/influenced-enterprises';
    // a pilot reports itself
    const pilot = await send('post', district, path, body({ enterpriseId: pilotId })).expect(400);
    expect(pilot.body.details[0].field).toBe('enterpriseId');
    // an activity that does not list it, a visit, a date before the activity or in the future
    for (const [activityId, reportedOn, field] of [
      [otherTrainingId, '2026-06-01', 'activityId'],
      [visitId, '2026-06-01', 'activityId'],
      [trainingId, '2026-03-09', 'reportedOn'],
      [trainingId, chinaDay(2), 'reportedOn'],
    ]) {
      const refused = await send('post', district, path, body({ activityId, reportedOn })).expect(400);
      expect(refused.body.details[0].field).toBe(field);
    }
    const english = await send('post', district, path, body({ activityId: otherTrainingId }), 'en').expect(
      400,
    );
    expect(english.body.details[0].message).toContain('does not list the enterprise');
    // the shape is the progress reports': an unknown status is a 400 naming the field
    const bad = await send(
      'post',
      district,
      path,
      body({ adoption: { ...emptyAdoption(), payUnits: { status: 'done', units: [] } } }),
    ).expect(400);
    expect(bad.body.details[0].field).toBe('adoption.payUnits.status');
    // the other district's bureau does not record 甲区's enterprises
    const foreign = await send('post', otherDistrict, path, body()).expect(400);
    expect(foreign.body.details[0].field).toBe('enterpriseId');

    const created = await send('post', district, path, body()).expect(201);
    expect(created.body).toMatchObject({ index: 10, adoptsAnything: true, editable: true, version: 1 });
    await send('post', district, path, body()).expect(409);
    const edited = await send('patch', district, `${path}/${created.body.id}`, {
      activityId: trainingId,
      reportedOn: '2026-06-02',
      adoption: body().adoption,
      note: '',
    })
      .set('If-Match', `"${created.body.id}:1"`)
      .expect(200);
    expect(edited.body).toMatchObject({ reportedOn: '2026-06-02', version: 2 });

    // 带动一批 as a number: reached 2 non-pilots in 甲区 (the pilot listed on the training does not
    // count), 1 recorded and adopting, index 10 under the programme's weights
    const programme = await programmeEvaluation(city);
    expect(programme.city.influence).toMatchObject({ reached: 2, recorded: 1, adopting: 1, meanIndex: 10 });
    const own = programme.districts.find((d: { regionCode: string }) => d.regionCode === region.districtCode);
    expect(own.influence).toMatchObject({ reached: 2, recorded: 1, adopting: 1 });
    expect((await get(otherDistrict, `${path}?programmeId=${programmeId}`).expect(200)).body.total).toBe(0);
    expect((await get(city, `${path}?programmeId=${programmeId}`).expect(200)).body.items[0].editable).toBe(
      false,
    );

    await t.http().delete(`${path}/${created.body.id}`).set(bearer(district)).expect(204);
    expect((await programmeEvaluation(city)).city.influence).toMatchObject({ reached: 2, recorded: 0 });
  });

  it('lets only the city mark demonstration units, with their figures, read by reviewers and the public', async () => {
    const path = '/api/evaluation/demonstration-units';
    const mark = {
      programmeId,
      kind: 'enterprise',
      enterpriseId: pilotId,
      reason: '技能等级与岗位工资挂钩，成效明显',
    };
    await send('post', district, path, mark).expect(403);
    const notPilot = await send('post', city, path, { ...mark, enterpriseId: nonPilotId }).expect(400);
    expect(notPilot.body.details[0].field).toBe('enterpriseId');
    const noReason = await send('post', city, path, { ...mark, reason: '   ' }).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');

    const created = await send('post', city, path, mark).expect(201);
    expect(created.body.snapshot).toMatchObject({
      period: '2026-Q2',
      index: 60.5,
      fromYear: 2025,
      toYear: 2026,
      highSkillGrowth: 4.8,
      managementGrowth: 3,
      ruleHolds: true,
    });
    await send('post', city, path, mark).expect(409);
    const districtUnit = await send('post', city, path, {
      programmeId,
      kind: 'district',
      regionCode: region.otherDistrictCode,
      reason: '试点企业全部建立技能等级通道',
    }).expect(201);
    // 乙区's one pilot, under the programme's weights: 25 + 10 + 2.5 + 8 = 45.5 (no performance pay)
    expect(districtUnit.body.snapshot).toMatchObject({ pilots: 1, reported: 1, index: 45.5 });
    // the city itself is no 典型区市
    const notDistrict = await send('post', city, path, {
      programmeId,
      kind: 'district',
      regionCode: region.cityCode,
      reason: '市直',
    }).expect(400);
    expect(notDistrict.body.details[0].field).toBe('regionCode');

    // the pilot table shows the mark
    const programme = await programmeEvaluation(city);
    expect(
      programme.pilots.find((p: { enterpriseId: string }) => p.enterpriseId === pilotId).demonstration,
    ).toBe(true);

    // reviewers read every unit, an enterprise's growth left out; districts those of their district
    const forReviewer = (await get(reviewer, `${path}?programmeId=${programmeId}`).expect(200)).body.items;
    expect(forReviewer).toHaveLength(2);
    expect(forReviewer.find((u: { id: string }) => u.id === created.body.id).snapshot).toMatchObject({
      index: 60.5,
      ruleHolds: true,
      highSkillGrowth: null,
    });
    const forDistrict = (await get(district, `${path}?programmeId=${programmeId}`).expect(200)).body.items;
    expect(forDistrict.map((u: { id: string }) => u.id)).toEqual([created.body.id]);

    // the public: reason, index and the verdict, no pay or growth of an enterprise
    const published = (
      await get(null, `/api/public/demonstration-units?programmeId=${programmeId}`).expect(200)
    ).body.items;
    const enterprise = published.find((u: { id: string }) => u.id === created.body.id);
    expect(enterprise).toMatchObject({
      kind: 'enterprise',
      name: '甲区精工机械有限公司',
      reason: mark.reason,
      index: 60.5,
      ruleHolds: true,
    });
    const text = JSON.stringify(published);
    for (const figure of ['104800', '206000', 'highSkillGrowth', 'mean', 'snapshot'])
      expect(text).not.toContain(figure);

    // an edit takes the figures again; a withdrawal needs its reason and hides it from everyone
    const edited = await send('patch', city, `${path}/${created.body.id}`, {
      reason: '经验已在全市推广',
    }).expect(200);
    expect(edited.body).toMatchObject({ reason: '经验已在全市推广', version: 2 });
    await send('delete', city, `${path}/${districtUnit.body.id}`, {}).expect(400);
    await send('delete', city, `${path}/${districtUnit.body.id}`, { reason: '重新评选' }).expect(204);
    const after = (await get(null, `/api/public/demonstration-units?programmeId=${programmeId}`).expect(200))
      .body;
    expect(after.items.map((u: { id: string }) => u.id)).toEqual([created.body.id]);
  });
});
