import { OrganisationType, Ownership, PilotStatus, Role } from '@skillpay/domain';
import { NATIONAL_CHECK_RULES } from '@skillpay/paycalc';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';

/** Indicators of a report: a wage bill of 9,180 万元, an education fund of 700 (7.63 %), 500 of it front-line. */
const REPORT = {
  adoption: {
    careerChannel: { status: 'adopted', gradeCount: 8 },
    payUnits: { status: 'adopted', units: ['post', 'performance'] },
    postEvaluation: { status: 'in-progress', method: null },
    broadBand: { status: 'adopted', steps: 12 },
    performancePay: { status: 'in-progress', method: null },
    allowances: { status: 'adopted', items: [{ type: 'skill', amount: 300 }] },
    highSkillIncentives: { status: 'not-started', incentives: [] },
  },
  indicators: {
    skillLevels: [
      {
        level: 'level-3',
        headcount: 139,
        averagePay: 90000,
        previousHeadcount: 130,
        previousAveragePay: 86000,
      },
      {
        level: 'level-2',
        headcount: 20,
        averagePay: 120000,
        previousHeadcount: 18,
        previousAveragePay: 115000,
      },
    ],
    averagePay: 99400,
    averagePayPrevious: 94850,
    managementAveragePay: 130000,
    managementAveragePayPrevious: 125000,
    technicalAveragePay: null,
    technicalAveragePayPrevious: null,
    wageBill: 9180,
    wageBillPrevious: 8800,
    economicBenefit: 5200,
    economicBenefitPrevious: 4600,
    labourProductivity: 48,
    labourProductivityPrevious: 34,
    educationFund: 700,
    educationFundFrontLine: 500,
    fixedPay: 4000,
    variablePay: 6000,
  },
  narrative: '已建立八级技能等级通道，技能津贴每月 300 元。',
};

interface CheckView {
  check: string;
  result: string;
  figures: Array<{ key: string; value: string }>;
  source: { document: { 'zh-CN': string }; article: { 'zh-CN': string }; exampleOf: object | null };
}

describe('a programme’s check rules (which checks apply, thresholds, basis)', () => {
  let t: TestApp;
  let city: Session;
  let district: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    const huangdaoBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    district = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
  });
  afterAll(() => t.close());

  async function pilotSession(programmeId: string): Promise<Session> {
    const organisation = await newEnterprise(t.dataSource, { ownership: Ownership.StateOwned });
    await newApplication(t.dataSource, programmeId, organisation.id, PilotStatus.Approved);
    return login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
  }

  const rulesPath = (programmeId: string) => `/api/programmes/${programmeId}/check-rules`;

  it('a Qingdao programme starts on the national rules, and its reports never cite Qujing’s or Lüliang’s texts', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const enterprise = await pilotSession(programmeId);

    // the enterprise reads the rules its form runs
    const rules = await t.http().get(rulesPath(programmeId)).set(bearer(enterprise)).expect(200);
    expect(rules.body).toMatchObject({ id: programmeId, regionCode: '370200', editable: false });
    expect(rules.body.rules).toEqual(NATIONAL_CHECK_RULES);
    // the other cities' texts are offered as their examples
    expect(
      (rules.body.bases as Array<{ id: string; example: boolean; city: { 'zh-CN': string } | null }>).map(
        (b) => [b.id, b.example, b.city?.['zh-CN'] ?? null],
      ),
    ).toEqual([
      ['qujing-art-5', true, '曲靖市'],
      ['central-2018-4-2', false, null],
      ['lvliang-2023-6-2-2-2', true, '吕梁市'],
      ['qujing-case-2', true, '曲靖市'],
    ]);

    const report = await t
      .http()
      .post('/api/progress-reports')
      .set(bearer(enterprise))
      .send({ programmeId, period: '2026-Q1', ...REPORT })
      .expect(201);
    const checks = report.body.version.checks as CheckView[];
    // (139 × 90,000 + 20 × 120,000) / 159 = 93,773.58 against 89,527.03: +4.74 % ≥ management +4.00 %
    expect(checks.map((c) => [c.check, c.result])).toEqual([['high-skill-wage-growth', 'pass']]);
    expect(checks[0].source).toMatchObject({
      document: { 'zh-CN': '中共中央办公厅 国务院办公厅《关于提高技术工人待遇的意见》' },
      article: { 'zh-CN': '四（二）' },
      exampleOf: null,
    });
    expect(JSON.stringify(report.body)).not.toMatch(/曲靖|吕梁|吕产改/);
  });

  it('the city’s settings change which checks a report is evaluated against, their thresholds and the basis cited', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const enterprise = await pilotSession(programmeId);
    const created = await t
      .http()
      .post('/api/progress-reports')
      .set(bearer(enterprise))
      .send({ programmeId, period: '2026-Q1', ...REPORT })
      .expect(201);
    const reportId = created.body.id as string;

    const opened = await t.http().get(rulesPath(programmeId)).set(bearer(city)).expect(200);
    expect(opened.body.editable).toBe(true);
    const etag = opened.headers.etag as string;
    // the bureau adopts an education-fund rule of 7.5 % / 65 % on a local document of its own
    const adopted = {
      ...NATIONAL_CHECK_RULES,
      educationFund: {
        enabled: true,
        minShareOfWageBill: '7.5',
        minFrontLineShare: '65',
        basis: {
          source: 'custom',
          document: '青岛市技能人才薪酬分配试点企业评价办法',
          article: '第三条',
          excerpt: '试点企业职工教育经费不低于工资总额的 7.5%，其中 65% 以上用于一线职工。',
        },
      },
    };
    const saved = await t
      .http()
      .put(rulesPath(programmeId))
      .set(bearer(city))
      .set('If-Match', etag)
      .send(adopted)
      .expect(200);
    expect(saved.body.version).toBe(opened.body.version + 1);
    expect(saved.body.rules.educationFund).toEqual(adopted.educationFund);

    // a stale tag changes nothing
    await t
      .http()
      .put(rulesPath(programmeId))
      .set(bearer(city))
      .set('If-Match', etag)
      .send(NATIONAL_CHECK_RULES)
      .expect(412);

    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: 'programme.check-rules', entityId: programmeId });
    expect(audit.before).toEqual({ checkRules: NATIONAL_CHECK_RULES });
    expect((audit.after as { checkRules: typeof adopted }).checkRules.educationFund.minShareOfWageBill).toBe(
      '7.5',
    );

    // the draft saved again is checked against the new rules: 700 / 9,180 = 7.63 % ≥ 7.5 %;
    // 500 / 700 = 71.43 % ≥ 65 %
    const updated = await t
      .http()
      .put(`/api/progress-reports/${reportId}`)
      .set(bearer(enterprise))
      .send(REPORT)
      .expect(200);
    const checks = updated.body.version.checks as CheckView[];
    expect(checks.map((c) => [c.check, c.result])).toEqual([
      ['high-skill-wage-growth', 'pass'],
      ['education-fund', 'pass'],
    ]);
    const fund = checks[1];
    expect(
      ['educationFundShare', 'educationFundShareMin', 'frontLineShare', 'frontLineShareMin'].map(
        (key) => fund.figures.find((f) => f.key === key)?.value,
      ),
    ).toEqual(['7.63', '7.50', '71.43', '65.00']);
    expect(fund.source).toMatchObject({
      document: { 'zh-CN': '青岛市技能人才薪酬分配试点企业评价办法' },
      article: { 'zh-CN': '第三条' },
      exampleOf: null,
    });

    // adopting Qujing's "two lower than" cites it as Qujing's example
    const current = await t.http().get(rulesPath(programmeId)).set(bearer(city)).expect(200);
    await t
      .http()
      .put(rulesPath(programmeId))
      .set(bearer(city))
      .set('If-Match', current.headers.etag as string)
      .send({ ...current.body.rules, twoLowerThan: { ...NATIONAL_CHECK_RULES.twoLowerThan, enabled: true } })
      .expect(200);
    const again = await t
      .http()
      .put(`/api/progress-reports/${reportId}`)
      .set(bearer(enterprise))
      .send(REPORT)
      .expect(200);
    const two = (again.body.version.checks as CheckView[])[0];
    expect([two.check, two.result, two.source.article['zh-CN'], two.source.exampleOf]).toEqual([
      'two-lower-than',
      'pass',
      '第五条',
      { 'zh-CN': '曲靖市', en: 'Qujing' },
    ]);
  });

  it('refuses bad settings with a 400 naming each field, in the reader’s language, and changes nothing', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const bad = {
      ...NATIONAL_CHECK_RULES,
      twoLowerThan: { enabled: true, basis: { source: 'lvliang-2023-6-2-2-2' } },
      educationFund: {
        ...NATIONAL_CHECK_RULES.educationFund,
        minShareOfWageBill: '120',
        basis: { source: 'custom', document: '', article: '第三条', excerpt: '……' },
      },
    };
    const zh = await t.http().put(rulesPath(programmeId)).set(bearer(city)).send(bad).expect(400);
    expect(zh.body.details).toEqual([
      {
        field: 'twoLowerThan.basis.source',
        message: '该文件不是这项检查的依据，请选择所列依据或填写本地文件',
      },
      {
        field: 'educationFund.minShareOfWageBill',
        message: '职工教育经费占工资总额的最低比例应为 0 到 100 之间的百分数，最多两位小数',
      },
      { field: 'educationFund.basis.document', message: '引用本地文件时，依据文件不能为空' },
    ]);
    const en = await t
      .http()
      .put(rulesPath(programmeId))
      .set(bearer(city))
      .set('Accept-Language', 'en')
      .send({
        ...NATIONAL_CHECK_RULES,
        fixedVariableRatio: { ...NATIONAL_CHECK_RULES.fixedVariableRatio, referenceFixedShare: 40 },
      })
      .expect(400);
    expect(en.body.details).toEqual([
      expect.objectContaining({ field: 'fixedVariableRatio.referenceFixedShare' }),
    ]);
    expect(en.body.details[0].message).toMatch(/Reference share of fixed pay/);

    const unchanged = await t.http().get(rulesPath(programmeId)).set(bearer(city)).expect(200);
    expect(unchanged.body.rules).toEqual(NATIONAL_CHECK_RULES);
    // a district bureau reads them but may not change them
    await t.http().get(rulesPath(programmeId)).set(bearer(district)).expect(200);
    await t.http().put(rulesPath(programmeId)).set(bearer(district)).send(NATIONAL_CHECK_RULES).expect(403);
  });
});
