import { OrganisationType, Ownership, PilotStatus, ReportCadence, Role } from '@skillpay/domain';
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
import { NotificationEntity } from '../notifications/notification.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgressReportReminders } from '../report-schedules/progress-report-reminders';
import { ProgressReportVersionEntity } from './progress-report-version.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { ReportScheduleJobRepository } from '../report-schedules/report-schedule-job.repository';

/** A complete report: case D's productivity and pay figures, an education fund of 9.8 % of the wage bill. */
function reportBody(overrides: { indicators?: object; adoption?: object; narrative?: string } = {}) {
  return {
    adoption: {
      careerChannel: { status: 'adopted', gradeCount: 8 },
      payUnits: { status: 'adopted', units: ['post', 'performance', 'allowances'] },
      postEvaluation: { status: 'in-progress', method: null },
      broadBand: { status: 'adopted', steps: 12 },
      performancePay: { status: 'adopted', method: 'points' },
      allowances: {
        status: 'adopted',
        items: [
          { type: 'skill', amount: 300 },
          { type: 'mentor', amount: 300 },
        ],
      },
      highSkillIncentives: { status: 'not-started', incentives: [] },
      ...overrides.adoption,
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
      educationFund: 900,
      educationFundFrontLine: 600,
      fixedPay: 4000,
      variablePay: 6000,
      ...overrides.indicators,
    },
    narrative:
      overrides.narrative ?? '已建立八级技能等级通道，岗位工资按岗位评价结果套级，技能津贴每月 300 元。',
  };
}

describe('progress reports', () => {
  let t: TestApp;
  let cityBureau: OrganisationEntity;
  let huangdaoBureau: OrganisationEntity;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;

  beforeAll(async () => {
    t = await createTestApp();
    cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    huangdaoBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const laoshanBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    huangdao = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
    laoshan = await login(t, (await newUser(t.dataSource, laoshanBureau, Role.DistrictBureau)).username);
  });
  afterAll(() => t.close());

  /** An enterprise of a region, an approved pilot of the programme, and a session of its account. */
  async function pilot(
    programmeId: string,
    overrides: Parameters<typeof newEnterprise>[1] = {},
  ): Promise<{ organisation: OrganisationEntity; session: Session }> {
    const organisation = await newEnterprise(t.dataSource, overrides);
    await newApplication(t.dataSource, programmeId, organisation.id, PilotStatus.Approved);
    const session = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    return { organisation, session };
  }

  const send = (
    method: 'post' | 'put',
    session: Session,
    path: string,
    body: object = {},
    language = 'zh-CN',
  ) => t.http()[method](path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));

  async function draft(session: Session, programmeId: string, period = '2026-Q1', body = reportBody()) {
    const response = await send('post', session, '/api/progress-reports', {
      programmeId,
      period,
      ...body,
    }).expect(201);
    return response.body.id as string;
  }

  const notified = (reportId: string, organisationId: string) =>
    t.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.dedupe_key LIKE :key AND n.recipient_organisation_id = :organisationId', {
        key: `progress-report:${reportId}:%`,
        organisationId,
      })
      .getMany()
      .then((rows) => rows.map((row) => row.kind).sort());

  it('stores each check with its figures and source article when a draft is saved', async () => {
    const programmeId = await newProgramme(t.dataSource);
    // the city adopts every check the portal knows (the national default applies one)
    const rules = NATIONAL_CHECK_RULES;
    await send('put', city, `/api/programmes/${programmeId}/check-rules`, {
      twoLowerThan: { ...rules.twoLowerThan, enabled: true },
      highSkillWageGrowth: rules.highSkillWageGrowth,
      educationFund: { ...rules.educationFund, enabled: true },
      fixedVariableRatio: { ...rules.fixedVariableRatio, enabled: true },
    }).expect(200);
    const { session } = await pilot(programmeId, { ownership: Ownership.StateOwned });
    const id = await draft(session, programmeId);

    const report = await get(session, `/api/progress-reports/${id}`).expect(200);
    expect(report.body).toMatchObject({
      status: 'draft',
      currentVersion: 1,
      period: '2026-Q1',
      dueOn: '2026-04-15',
      editable: true,
      availableActions: ['submit'],
      enterprise: { stateOwned: true, regionCode: '370211' },
      failedChecks: 0,
    });
    const checks = report.body.version.checks as Array<{
      check: string;
      result: string;
      binding: boolean;
      figures: Array<{ key: string; value: string }>;
      source: { article: { 'zh-CN': string } };
    }>;
    expect(checks.map((c) => [c.check, c.result, c.binding])).toEqual([
      ['two-lower-than', 'pass', true],
      ['high-skill-wage-growth', 'pass', true],
      ['education-fund', 'pass', true],
      ['fixed-variable-ratio', 'info', false],
    ]);
    const figure = (check: number, key: string) => checks[check].figures.find((f) => f.key === key)?.value;
    // 380 / 8,800 = 4.32 % < 600 / 4,600 = 13.04 %; 4,550 / 94,850 = 4.80 % < 14 / 34 = 41.18 %
    expect(
      ['wageBillGrowth', 'economicBenefitGrowth', 'averagePayGrowth', 'labourProductivityGrowth'].map((k) =>
        figure(0, k),
      ),
    ).toEqual(['4.32', '13.04', '4.80', '41.18']);
    expect(checks[0].source.article['zh-CN']).toBe('第五条');
    expect(figure(2, 'educationFundShare')).toBe('9.80');
    expect(checks[2].source.article['zh-CN']).toBe('二（二）2');

    // a fund of 700 on a wage bill of 9,180 is 7.63 %: saved again, the check fails and the list shows it
    const updated = await send(
      'put',
      session,
      `/api/progress-reports/${id}`,
      reportBody({ indicators: { educationFund: 700, educationFundFrontLine: 500 } }),
    ).expect(200);
    const fund = updated.body.version.checks.find((c: { check: string }) => c.check === 'education-fund');
    expect(fund.result).toBe('fail');
    expect(fund.figures.find((f: { key: string }) => f.key === 'educationFundShare').value).toBe('7.63');
    const list = await get(session, `/api/progress-reports?programmeId=${programmeId}`).expect(200);
    expect(
      list.body.items.map((item: { id: string; failedChecks: number }) => [item.id, item.failedChecks]),
    ).toEqual([[id, 1]]);
  });

  it('submit → return with comment → a new version → submit → accept; the returned version stays readable', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { organisation, session } = await pilot(programmeId);
    const id = await draft(session, programmeId, '2026-Q2');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await t
      .http()
      .post(`/api/progress-reports/${id}/attachments`)
      .set(bearer(session))
      .attach('files', pdf, '岗位工资标准表.pdf')
      .expect(201);

    await send('post', session, `/api/progress-reports/${id}/submit`).expect(200);
    expect(await notified(id, huangdaoBureau.id)).toEqual(['progress-report.submit']);

    // another district does not see it; the city sees it but reviews only city-direct enterprises
    await send('post', laoshan, `/api/progress-reports/${id}/return`, { comment: '请补充' }).expect(404);
    const cityTry = await send('post', city, `/api/progress-reports/${id}/accept`).expect(409);
    expect(cityTry.body.message).toBe('进展报告当前状态为“已报送”，不能执行“通过”');
    // the enterprise can no longer change what it submitted
    const locked = await send('put', session, `/api/progress-reports/${id}`, reportBody(), 'en').expect(409);
    expect(locked.body.message).toBe('The report is "Submitted" and can no longer be changed');

    const noComment = await send('post', huangdao, `/api/progress-reports/${id}/return`, {
      comment: ' ',
    }).expect(400);
    expect(noComment.body.details).toEqual([{ field: 'comment', message: '退回时请填写审核意见' }]);
    const returned = await send('post', huangdao, `/api/progress-reports/${id}/return`, {
      comment: '请补充管理人员工资构成',
    }).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', currentVersion: 1, availableActions: [] });
    expect(await notified(id, organisation.id)).toEqual(['progress-report.return']);

    const revised = await send('post', session, `/api/progress-reports/${id}/revise`).expect(200);
    expect(revised.body).toMatchObject({ status: 'draft', currentVersion: 2, editable: true });
    // the new version starts from the returned one, files included
    expect(revised.body.version.narrative).toBe(reportBody().narrative);
    expect(revised.body.version.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      '岗位工资标准表.pdf',
    ]);
    await send(
      'put',
      session,
      `/api/progress-reports/${id}`,
      reportBody({ narrative: '已补充：管理人员工资由岗位工资和绩效工资构成。' }),
    ).expect(200);
    await send('post', session, `/api/progress-reports/${id}/submit`).expect(200);
    const accepted = await send('post', huangdao, `/api/progress-reports/${id}/accept`, {
      comment: '同意',
    }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', currentVersion: 2 });
    expect(
      accepted.body.versions.map((v: { version: number; status: string; reviewComment: string }) => [
        v.version,
        v.status,
        v.reviewComment,
      ]),
    ).toEqual([
      [1, 'returned', '请补充管理人员工资构成'],
      [2, 'accepted', '同意'],
    ]);

    const first = await get(huangdao, `/api/progress-reports/${id}/versions/1`).expect(200);
    expect(first.body.version).toMatchObject({
      version: 1,
      status: 'returned',
      narrative: reportBody().narrative,
    });
    const file = first.body.version.attachments[0].id as string;
    const download = await get(huangdao, `/api/progress-reports/${id}/attachments/${file}`).expect(200);
    expect(
      Buffer.from(download.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await get(huangdao, `/api/progress-reports/${id}/versions/3`).expect(404);

    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id });
    expect(audit.map((row) => row.action).sort()).toEqual([
      'access.denied',
      'progress-report.accept',
      'progress-report.attach',
      'progress-report.create',
      'progress-report.return',
      'progress-report.revise',
      'progress-report.submit',
      'progress-report.submit',
      'progress-report.update',
    ]);
    const versions = await t.dataSource.getRepository(ProgressReportVersionEntity).findBy({ reportId: id });
    expect(versions).toHaveLength(2);
  });

  it('a city-direct enterprise is reviewed by the city bureau', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await pilot(programmeId, { regionCode: '370200' });
    const id = await draft(session, programmeId);
    await send('post', session, `/api/progress-reports/${id}/submit`).expect(200);
    expect(await notified(id, cityBureau.id)).toEqual(['progress-report.submit']);
    await send('post', huangdao, `/api/progress-reports/${id}/accept`).expect(404);
    await send('post', city, `/api/progress-reports/${id}/accept`).expect(200);
  });

  it('keeps each enterprise to its own reports and each district to its own enterprises', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const a = await pilot(programmeId);
    const b = await pilot(programmeId);
    const c = await pilot(programmeId, { regionCode: '370212' });
    const aReport = await draft(a.session, programmeId);
    const cReport = await draft(c.session, programmeId);

    await get(b.session, `/api/progress-reports/${aReport}`).expect(404);
    await send('put', b.session, `/api/progress-reports/${aReport}`, reportBody()).expect(404);
    expect(
      (await get(b.session, `/api/progress-reports?programmeId=${programmeId}`).expect(200)).body.total,
    ).toBe(0);

    const ids = async (session: Session) =>
      (
        await get(session, `/api/progress-reports?programmeId=${programmeId}&pageSize=200`).expect(200)
      ).body.items
        .map((item: { id: string }) => item.id)
        .sort();
    expect(await ids(huangdao)).toEqual([aReport]);
    expect(await ids(laoshan)).toEqual([cReport]);
    expect(await ids(city)).toEqual([aReport, cReport].sort());
    await get(huangdao, `/api/progress-reports/${cReport}`).expect(404);
    // bureaus do not write reports
    await send('post', huangdao, '/api/progress-reports', {
      programmeId,
      period: '2026-Q1',
      ...reportBody(),
    }).expect(403);
  });

  it('refuses bad input field by field in the user’s language and stores nothing', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { organisation, session } = await pilot(programmeId);
    const count = () =>
      t.dataSource.getRepository(ProgressReportEntity).countBy({ enterpriseId: organisation.id });

    const bad = await send('post', session, '/api/progress-reports', {
      programmeId,
      period: '2026-Q1',
      ...reportBody({ indicators: { wageBill: -5, educationFund: 12.345 } }),
    }).expect(400);
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        { field: 'indicators.wageBill', message: '工资总额不能小于 0' },
        { field: 'indicators.educationFund', message: '职工教育经费必须是有效的数字（金额最多两位小数）' },
      ]),
    );
    const english = await send(
      'post',
      session,
      '/api/progress-reports',
      { programmeId, period: '2026-03', ...reportBody() },
      'en',
    ).expect(400);
    expect(english.body.details).toEqual([
      {
        field: 'period',
        message:
          'The period must be one of 2026 in the programme’s cadence (Quarterly, e.g. 2026-Q1 or 2026-01)',
      },
    ]);
    const duplicateLevel = await send('post', session, '/api/progress-reports', {
      programmeId,
      period: '2026-Q1',
      ...reportBody({
        indicators: {
          skillLevels: [
            {
              level: 'level-3',
              headcount: 1,
              averagePay: 1,
              previousHeadcount: null,
              previousAveragePay: null,
            },
            {
              level: 'level-3',
              headcount: 2,
              averagePay: 2,
              previousHeadcount: null,
              previousAveragePay: null,
            },
          ],
        },
      }),
    }).expect(400);
    expect(duplicateLevel.body.details).toEqual([
      { field: 'indicators.skillLevels.1.level', message: '同一技能等级只能填写一行' },
    ]);
    // not a pilot of this programme
    const other = await newProgramme(t.dataSource);
    const notPilot = await send('post', session, '/api/progress-reports', {
      programmeId: other,
      period: '2026-Q1',
      ...reportBody(),
    }).expect(400);
    expect(notPilot.body.details).toEqual([
      { field: 'programmeId', message: '本企业不是该工作方案已批准的试点企业' },
    ]);
    expect(await count()).toBe(0);

    // a draft may be incomplete; submitting it names what is missing
    const id = await draft(
      session,
      programmeId,
      '2026-Q1',
      reportBody({
        adoption: { postEvaluation: { status: 'adopted', method: null } },
        indicators: { wageBill: null },
        narrative: '',
      }),
    );
    const incomplete = await send('post', session, `/api/progress-reports/${id}/submit`).expect(400);
    expect(incomplete.body.details).toEqual([
      { field: 'adoption.postEvaluation.method', message: '已建立的指引内容须填写岗位评价方法' },
      { field: 'narrative', message: '请填写进展情况说明' },
      { field: 'indicators.wageBill', message: '报送前须填写工资总额' },
    ]);
    // performance pay (arts. 25–27) adopted needs its method, named as the element's own method
    await send(
      'put',
      session,
      `/api/progress-reports/${id}`,
      reportBody({ adoption: { performancePay: { status: 'adopted', method: null } } }),
    ).expect(200);
    const noMethod = await send('post', session, `/api/progress-reports/${id}/submit`).expect(400);
    expect(noMethod.body.details).toEqual([
      { field: 'adoption.performancePay.method', message: '已建立的指引内容须填写绩效工资分配方式' },
    ]);
    const noMethodEn = await send('post', session, `/api/progress-reports/${id}/submit`, {}, 'en').expect(
      400,
    );
    expect(noMethodEn.body.details).toEqual([
      {
        field: 'adoption.performancePay.method',
        message: 'An adopted element needs its Performance-pay method',
      },
    ]);
    // a method the guideline does not know, and a report without the element at all
    const unknownMethod = await send(
      'put',
      session,
      `/api/progress-reports/${id}`,
      reportBody({ adoption: { performancePay: { status: 'adopted', method: 'bonus' } } }),
    ).expect(400);
    expect(unknownMethod.body.details).toEqual([
      {
        field: 'adoption.performancePay.method',
        message: '绩效工资分配方式的取值无效，可选值：points, pieces, team-allocation, appraisal',
      },
    ]);
    const { performancePay: _omitted, ...withoutPerformancePay } = reportBody().adoption;
    const missing = await send('put', session, `/api/progress-reports/${id}`, {
      ...reportBody(),
      adoption: withoutPerformancePay,
    }).expect(400);
    expect(missing.body.details[0]).toEqual({
      field: 'adoption.performancePay',
      message: '绩效工资不能为空',
    });

    const twice = await send('post', session, '/api/progress-reports', {
      programmeId,
      period: '2026-Q1',
      ...reportBody(),
    }).expect(409);
    expect(twice.body.message).toBe('本企业2026年第1季度的进展报告已存在，请在原报告上修改');
    expect(await count()).toBe(1);
  });

  it('reads a version stored before performance pay was asked for as not started, and carries it on', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await pilot(programmeId);
    const id = await draft(session, programmeId, '2026-Q3');
    await send('post', session, `/api/progress-reports/${id}/submit`).expect(200);
    await send('post', huangdao, `/api/progress-reports/${id}/return`, { comment: '请补充' }).expect(200);
    // as stored before arts. 25–27 were asked: no performancePay in the jsonb
    await t.dataSource.query(
      `UPDATE progress_report_version SET adoption = adoption - 'performancePay' WHERE report_id = $1`,
      [id],
    );
    const [stored] = await t.dataSource.query<Array<{ adoption: object }>>(
      `SELECT adoption FROM progress_report_version WHERE report_id = $1`,
      [id],
    );
    expect(stored.adoption).not.toHaveProperty('performancePay');

    const read = await get(huangdao, `/api/progress-reports/${id}`).expect(200);
    expect(read.body.version.adoption.performancePay).toEqual({ status: 'not-started', method: null });
    expect(read.body.version.adoption.careerChannel).toEqual({ status: 'adopted', gradeCount: 8 });
    // revising copies it with the element present; the new version submits as it is
    const revised = await send('post', session, `/api/progress-reports/${id}/revise`).expect(200);
    expect(revised.body.version.adoption.performancePay).toEqual({ status: 'not-started', method: null });
    await send('post', session, `/api/progress-reports/${id}/submit`).expect(200);
    const versions = await t.dataSource.query<Array<{ version: number; pay: object | null }>>(
      `SELECT version, adoption -> 'performancePay' AS pay FROM progress_report_version
       WHERE report_id = $1 ORDER BY version`,
      [id],
    );
    expect(versions).toEqual([
      { version: 1, pay: null },
      { version: 2, pay: { status: 'not-started', method: null } },
    ]);
  });

  it('lets the city bureau set the cadence until the first report exists', async () => {
    const programmeId = await newProgramme(t.dataSource);
    await send('put', huangdao, '/api/progress-reports/cadence', { programmeId, cadence: 'monthly' }).expect(
      403,
    );
    const monthly = await send('put', city, '/api/progress-reports/cadence', {
      programmeId,
      cadence: ReportCadence.Monthly,
    }).expect(200);
    expect(monthly.body.programmes[0]).toMatchObject({ cadence: 'monthly', cadenceEditable: true });
    expect(monthly.body.programmes[0].periods).toHaveLength(12);
    expect(monthly.body.programmes[0].periods[0]).toMatchObject({ period: '2026-01', dueOn: '2026-02-10' });
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: programmeId, action: 'programme.report-cadence' });
    expect(audit.map((row) => row.after)).toEqual([{ reportCadence: 'monthly' }]);

    const { session } = await pilot(programmeId);
    const schedule = await get(session, `/api/progress-reports/schedule?programmeId=${programmeId}`).expect(
      200,
    );
    expect(schedule.body.programmes[0].periods.map((p: { period: string }) => p.period)[0]).toBe('2026-01');
    await draft(session, programmeId, '2026-01');
    const locked = await send('put', city, '/api/progress-reports/cadence', {
      programmeId,
      cadence: ReportCadence.Quarterly,
    }).expect(409);
    expect(locked.body.message).toBe('该工作方案已有进展报告，不能再更改报送周期');
  });

  it('reminds the enterprise and its district of periods past due without a submitted report', async () => {
    // a district of its own (莱西市), so no other spec's reminders meet this pilot
    const laixiBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370285',
    });
    const programmeId = await newProgramme(t.dataSource);
    const { organisation, session } = await pilot(programmeId, { regionCode: '370285' });
    await t.dataSource.query(
      `UPDATE pilot_application SET decided_at = '2026-01-05T10:00:00+08:00' WHERE enterprise_id = $1`,
      [organisation.id],
    );
    // Q2 submitted in time; Q1 never
    const q2 = await draft(session, programmeId, '2026-Q2');
    await send('post', session, `/api/progress-reports/${q2}/submit`).expect(200);
    const reminders = new ProgressReportReminders(new ReportScheduleJobRepository(t.dataSource));
    const titles = async (organisationId: string) =>
      (await reminders.overdueReminders('2026-07-20'))
        .filter((r) => r.recipientOrganisationId === organisationId)
        .map((r) => r.title['zh-CN']);
    expect(await titles(organisation.id)).toEqual([
      expect.stringMatching(/^2026年第1季度进展报告（.+）已逾期未报送（截止 2026-04-15）$/),
    ]);
    expect(await titles(laixiBureau.id)).toEqual([
      `${organisation.name}2026年第1季度进展报告已逾期未报送（截止 2026-04-15）`,
    ]);
    // leave no overdue pilot behind for the hourly job of other specs
    await t.dataSource.query(`UPDATE pilot_application SET decided_at = now() WHERE enterprise_id = $1`, [
      organisation.id,
    ]);
  });
});
