import { FootnoteCode, OrganisationType, Ownership, PilotStatus, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newApplication, newPlanMilestone, newProgramme } from '../../../test/programme-builders';
import { newCell, newOccupation } from '../../../test/release-builders';
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
import { PayPlanVersionEntity } from './pay-plan-version.entity';
import { PayPlanEntity } from './pay-plan.entity';

/**
 * National eight levels, apprentice 1 → chief 3.8 filled arithmetically from 2,000 元: first steps
 * 2,000 + 800k (2,000 … 7,600); five steps of 3 % of each grade's first step (60 … 228 元).
 */
const payTable = {
  ladder: 'national',
  keyPoints: [
    { grade: 'apprentice', ratio: 1 },
    { grade: 'chief', ratio: '3.8' },
  ],
  fill: 'arithmetic',
  form: 'amount',
  base: 2000,
  steps: 5,
  stepIncrement: { percent: 3 },
};

/** Case D's skill pay (800 / 500 / 300 / 100 元) for 14 / 20 / 139 / 195 people: 82,400 元 a month. */
const caseD = {
  skillAllowance: {
    rows: [
      { level: 'level-1', monthlyAmount: '800', headcount: 14 },
      { level: 'level-2', monthlyAmount: '500', headcount: 20 },
      { level: 'level-3', monthlyAmount: '300', headcount: 139 },
      { level: 'level-4', monthlyAmount: '100', headcount: 195 },
    ],
  },
  nightShift: { nightAllowance: '900', grossPay: '6000' },
};

type Grade = { key: string; steps: Array<{ step: number; value: string; amount: string | null }> };

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(body).buffer);
  return workbook;
}

describe('pay plans and the pay-design tools', () => {
  let t: TestApp;
  let programmeId: string;
  let huangdaoBureau: OrganisationEntity;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let reviewer: Session;
  /** a pilot of 黄岛区 with its approved application, and a second one of the same district */
  let entA: { organisation: OrganisationEntity; session: Session; applicationId: string };
  let entB: { organisation: OrganisationEntity; session: Session; applicationId: string };

  beforeAll(async () => {
    t = await createTestApp();
    const cityBureau = await newOrganisation(t.dataSource, {
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
    const union = await newOrganisation(t.dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    huangdao = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
    laoshan = await login(t, (await newUser(t.dataSource, laoshanBureau, Role.DistrictBureau)).username);
    reviewer = await login(t, (await newUser(t.dataSource, union, Role.Reviewer)).username);
    programmeId = await newProgramme(t.dataSource);
    entA = await pilot({ ownership: Ownership.StateOwned });
    entB = await pilot();
  });
  afterAll(() => t.close());

  async function pilot(
    overrides: Parameters<typeof newEnterprise>[1] = {},
    status = PilotStatus.Approved,
  ): Promise<{ organisation: OrganisationEntity; session: Session; applicationId: string }> {
    const organisation = await newEnterprise(t.dataSource, overrides);
    const applicationId = await newApplication(t.dataSource, programmeId, organisation.id, status);
    const session = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    return { organisation, session, applicationId };
  }

  const post = (session: Session, path: string, body: object, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));
  const binary = (request: ReturnType<typeof get>) =>
    request.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

  async function savePayTable(owner = entA, title = '2026 年一线技能岗位工资表'): Promise<string> {
    const { body } = await post(owner.session, '/api/pay-plans', {
      pilotApplicationId: owner.applicationId,
      calculator: 'pay-table',
      title,
      input: payTable,
    }).expect(201);
    return body.id as string;
  }

  describe('saving and versioning', () => {
    it('stores version 1 with the result libs/paycalc computes on the server, audited and told to the district', async () => {
      const { body } = await post(entA.session, '/api/pay-plans', {
        pilotApplicationId: entA.applicationId,
        calculator: 'pay-table',
        title: '  2026 年一线技能岗位工资表  ',
        input: payTable,
      }).expect(201);
      expect(body).toMatchObject({
        calculator: 'pay-table',
        title: '2026 年一线技能岗位工资表',
        currentVersion: 1,
        pilotApplicationId: entA.applicationId,
        programmeId,
        editable: true,
        enterprise: { id: entA.organisation.id, regionCode: '370211' },
        version: { version: 1, title: '2026 年一线技能岗位工资表', note: null, input: payTable },
      });
      const grades = body.version.result.grades as Grade[];
      // 2,000 + 800 a grade; the apprentice's steps rise by 3 % of 2,000 = 60 元
      expect(grades.map((grade) => grade.steps[0].value)).toEqual([
        '2000',
        '2800',
        '3600',
        '4400',
        '5200',
        '6000',
        '6800',
        '7600',
      ]);
      expect(grades[0].steps.map((step) => step.amount)).toEqual([
        '2000.00',
        '2060.00',
        '2120.00',
        '2180.00',
        '2240.00',
      ]);
      expect(body.versions).toHaveLength(1);
      expect(body.versions[0].createdByName).toContain(entA.organisation.name);

      const audit = await t.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ entityId: body.id, action: 'pay-plan.create' });
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ calculator: 'pay-table', version: 1, input: payTable });
      const notices = await t.dataSource
        .getRepository(NotificationEntity)
        .findBy({ dedupeKey: `pay-plan:${body.id}:v1` });
      // every bureau of 黄岛区 (the demo data has one too), no other district's
      const recipients = await t.dataSource.query<Array<{ region_code: string; type: string }>>(
        `SELECT region_code, type FROM organisation WHERE id = ANY($1)`,
        [notices.map((n) => n.recipientOrganisationId)],
      );
      expect(notices.map((n) => n.recipientOrganisationId)).toContain(huangdaoBureau.id);
      expect(new Set(recipients.map((r) => `${r.region_code} ${r.type}`))).toEqual(
        new Set(['370211 district_bureau']),
      );
      expect(notices[0].titleZh).toContain('2026 年一线技能岗位工资表');
      expect(notices[0].link).toBe(`/pay-tools/plans/${body.id}`);
    });

    it('never stores figures a browser sends: a result in the body is refused, the input is recomputed', async () => {
      const response = await post(entA.session, '/api/pay-plans', {
        pilotApplicationId: entA.applicationId,
        calculator: 'pay-table',
        title: '伪造结果',
        input: payTable,
        result: { grades: [] },
      }).expect(400);
      expect(response.body.details).toEqual([{ field: 'result', message: '不允许提交字段“result”' }]);
    });

    it('adds versions n+1 with a note, keeps the earlier ones readable, and tells the plan’s officer', async () => {
      const id = await savePayTable();
      // the pilot now has a 一企一策 officer: the officer's bureau is told from now on
      const officerBureau = await newOrganisation(t.dataSource, {
        type: OrganisationType.DistrictBureau,
        regionCode: '370211',
      });
      const applicationId = entA.applicationId;
      await t.dataSource.query(
        `DELETE FROM plan_milestone WHERE plan_id IN (SELECT id FROM enterprise_plan WHERE application_id = $1)`,
        [applicationId],
      );
      await t.dataSource.query(`DELETE FROM enterprise_plan WHERE application_id = $1`, [applicationId]);
      await newPlanMilestone(t.dataSource, applicationId, officerBureau, {
        title: '建立岗位工资表',
        dueOn: '2026-12-31',
      });

      const geometric = {
        ...payTable,
        fill: 'geometric',
        keyPoints: [payTable.keyPoints[0], { grade: 'chief', ratio: 3 }],
      };
      const { body } = await post(entA.session, `/api/pay-plans/${id}/versions`, {
        input: geometric,
        note: '改为等比数列，最高等级 3 倍',
      }).expect(201);
      expect(body).toMatchObject({ currentVersion: 2, title: '2026 年一线技能岗位工资表' });
      expect(body.version).toMatchObject({
        version: 2,
        note: '改为等比数列，最高等级 3 倍',
        input: geometric,
      });
      // 2,000 × 3^(k/7): the highest grade is exactly 6,000
      expect((body.version.result.grades as Grade[])[7].steps[0].value).toBe('6000');
      expect(body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

      const renamed = await post(entA.session, `/api/pay-plans/${id}/versions`, {
        title: '2026 年工资表（征求意见稿）',
        input: payTable,
      }).expect(201);
      expect(renamed.body).toMatchObject({ currentVersion: 3, title: '2026 年工资表（征求意见稿）' });

      const first = await get(entA.session, `/api/pay-plans/${id}/versions/1`).expect(200);
      expect(first.body.version).toMatchObject({ version: 1, input: payTable });
      expect((first.body.version.result.grades as Grade[])[7].steps[0].value).toBe('7600');
      expect(first.body.currentVersion).toBe(3);
      await get(entA.session, `/api/pay-plans/${id}/versions/4`).expect(404);

      const stored = await t.dataSource.getRepository(PayPlanVersionEntity).countBy({ planId: id });
      expect(stored).toBe(3);
      const notices = await t.dataSource
        .getRepository(NotificationEntity)
        .findBy({ dedupeKey: `pay-plan:${id}:v2` });
      expect(notices.map((n) => n.recipientOrganisationId)).toEqual([officerBureau.id]);
      const audit = await t.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ entityId: id, action: 'pay-plan.version' });
      expect(audit.map((row) => (row.after as { version: number }).version).sort()).toEqual([2, 3]);
    });

    it('runs composite calculators part by part; checks bind by the enterprise’s recorded ownership', async () => {
      const { body } = await post(entB.session, '/api/pay-plans', {
        pilotApplicationId: entB.applicationId,
        calculator: 'allowances',
        title: '技能津贴测算（案例D口径）',
        input: caseD,
      }).expect(201);
      expect(body.version.result.skillAllowance).toMatchObject({
        monthlyTotal: '82400.00',
        annualTotal: '988800.00',
      });
      // 900 of 6,000 is exactly 15 %: inside the typical range, no note
      expect(body.version.result.nightShift).toMatchObject({ sharePercent: '15.00', note: null });
      expect(Object.keys(body.version.result).sort()).toEqual(['nightShift', 'skillAllowance']);

      const checks = {
        stateOwned: true,
        twoLowerThan: {
          wageBill: { current: 9180, previous: 8800 },
          economicBenefit: { current: 5200, previous: 4600 },
          averagePay: { current: 99400, previous: 94850 },
          labourProductivity: { current: 48, previous: 34 },
        },
      };
      const nonPublic = await post(entB.session, '/api/pay-plans', {
        pilotApplicationId: entB.applicationId,
        calculator: 'checks',
        title: '两个低于自查',
        input: checks,
      }).expect(201);
      // entB is a private enterprise: the SOE rule is advice, whatever the form claimed
      expect(nonPublic.body.version.result.twoLowerThan).toMatchObject({ result: 'pass', binding: false });
      expect(nonPublic.body.version.input.stateOwned).toBe(false);
      const soe = await post(entA.session, '/api/pay-plans', {
        pilotApplicationId: entA.applicationId,
        calculator: 'checks',
        title: '两个低于自查',
        input: { ...checks, stateOwned: false },
      }).expect(201);
      expect(soe.body.version.result.twoLowerThan).toMatchObject({ binding: true });
    });

    it('saves only for the caller’s own approved pilot application', async () => {
      const pending = await pilot({}, PilotStatus.Submitted);
      for (const [session, applicationId] of [
        [pending.session, pending.applicationId],
        // another enterprise's approved application
        [entB.session, entA.applicationId],
      ] as const) {
        const response = await post(session, '/api/pay-plans', {
          pilotApplicationId: applicationId,
          calculator: 'pay-table',
          title: '工资表',
          input: payTable,
        }).expect(400);
        expect(response.body.details).toEqual([
          { field: 'pilotApplicationId', message: '只能为本企业已批准的试点申报保存薪酬设计方案' },
        ]);
      }
      // bureaus read plans but never write them
      await post(huangdao, '/api/pay-plans', {
        pilotApplicationId: entA.applicationId,
        calculator: 'pay-table',
        title: '工资表',
        input: payTable,
      }).expect(403);
      expect(
        await t.dataSource.getRepository(PayPlanEntity).countBy({ enterpriseId: pending.organisation.id }),
      ).toBe(0);
    });
  });

  describe('server-side validation', () => {
    it('maps libs/paycalc’s errors to field-level 400s in zh-CN and English, storing nothing', async () => {
      const before = await t.dataSource.getRepository(PayPlanVersionEntity).count();
      const falling = {
        ...payTable,
        keyPoints: [
          { grade: 'apprentice', ratio: 1 },
          { grade: 'level-3', ratio: 2 },
          { grade: 'chief', ratio: '1.5' },
        ],
      };
      const body = {
        pilotApplicationId: entA.applicationId,
        calculator: 'pay-table',
        title: '工资表',
        input: falling,
      };
      const zh = await post(entA.session, '/api/pay-plans', body).expect(400);
      expect(zh.body.message).toBe('提交的数据有误，请检查标出的字段');
      expect(zh.body.details).toEqual([{ field: 'input.keyPoints.2.ratio', message: '比例必须逐级递增' }]);
      const en = await post(entA.session, '/api/pay-plans', body, 'en').expect(400);
      expect(en.body.details).toEqual([
        { field: 'input.keyPoints.2.ratio', message: 'Ratio must rise from one entry to the next' },
      ]);

      const tooManySteps = await post(entA.session, '/api/pay-plans', {
        ...body,
        input: { ...payTable, steps: 31 },
      }).expect(400);
      expect(tooManySteps.body.details).toEqual([
        { field: 'input.steps', message: '每岗薪档数超出允许范围（界限 30）' },
      ]);
      expect(await t.dataSource.getRepository(PayPlanVersionEntity).count()).toBe(before);
    });

    it('reports every bad part of a composite input at once, and a malformed shape as a 400, never a 500', async () => {
      const response = await post(entB.session, '/api/pay-plans', {
        pilotApplicationId: entB.applicationId,
        calculator: 'allowances',
        title: '津贴',
        input: {
          skillAllowance: { rows: [{ level: 'level-3', monthlyAmount: 300, headcount: -2 }] },
          mentor: { ratePerApprentice: 300, mentors: [] },
          bonus: {},
        },
      }).expect(400);
      expect(response.body.details).toEqual([
        { field: 'input.bonus', message: '该测算工具没有“input.bonus”这一部分' },
        { field: 'input.skillAllowance.rows.0.headcount', message: '职工人数不能为负数' },
        { field: 'input.mentor.mentors', message: '师傅至少需要一项' },
      ]);
      const empty = await post(entB.session, '/api/pay-plans', {
        pilotApplicationId: entB.applicationId,
        calculator: 'performance-pay',
        title: '绩效',
        input: {},
      }).expect(400);
      expect(empty.body.details).toEqual([
        { field: 'input', message: '请至少填写一部分测算内容（distribution, auxiliary）' },
      ]);
      const malformed = await post(entA.session, '/api/pay-plans', {
        pilotApplicationId: entA.applicationId,
        calculator: 'pay-table',
        title: '工资表',
        input: { ...payTable, stepIncrement: 5 },
      }).expect(400);
      expect(malformed.body.details[0].field).toMatch(/^input/);
      const unknownKind = await post(entA.session, '/api/pay-plans', {
        pilotApplicationId: entA.applicationId,
        calculator: 'lottery',
        title: '工资表',
        input: payTable,
      }).expect(400);
      expect(unknownKind.body.details[0]).toMatchObject({ field: 'calculator' });
      expect(unknownKind.body.details[0].message).toContain('pay-table');
    });
  });

  describe('scoping', () => {
    let planA: string;
    let planB: string;
    let planLaoshan: string;

    beforeAll(async () => {
      planA = await savePayTable(entA, '海晟工资表');
      planB = await savePayTable(entB, '瑞和工资表');
      const laoshanPilot = await pilot({ regionCode: '370212' });
      planLaoshan = await savePayTable(laoshanPilot, '崂山工资表');
    });

    const ids = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

    it('lists an enterprise’s own plans, a district’s enterprises’ plans and all plans for the city', async () => {
      const own = await get(entA.session, '/api/pay-plans?pageSize=200').expect(200);
      expect(ids(own.body)).toContain(planA);
      expect(ids(own.body)).not.toContain(planB);
      expect(
        own.body.items.every(
          (item: { enterprise: { id: string } }) => item.enterprise.id === entA.organisation.id,
        ),
      ).toBe(true);

      const district = await get(huangdao, '/api/pay-plans?pageSize=200').expect(200);
      expect(ids(district.body)).toEqual(expect.arrayContaining([planA, planB]));
      expect(ids(district.body)).not.toContain(planLaoshan);
      expect(district.body.items.every((item: { editable: boolean }) => !item.editable)).toBe(true);

      const all = await get(city, '/api/pay-plans?pageSize=200').expect(200);
      expect(ids(all.body)).toEqual(expect.arrayContaining([planA, planB, planLaoshan]));

      const filtered = await get(
        huangdao,
        `/api/pay-plans?enterpriseId=${entB.organisation.id}&calculator=pay-table`,
      ).expect(200);
      expect(ids(filtered.body)).toContain(planB);
      expect(
        filtered.body.items.every(
          (item: { enterprise: { id: string } }) => item.enterprise.id === entB.organisation.id,
        ),
      ).toBe(true);
      const byApplication = await get(
        city,
        `/api/pay-plans?pilotApplicationId=${entB.applicationId}&calculator=pay-table`,
      ).expect(200);
      expect(byApplication.body.total).toBe(filtered.body.total);
    });

    it('opens a plan for its district and the city; another district and another enterprise get 404', async () => {
      await get(huangdao, `/api/pay-plans/${planA}`).expect(200);
      await get(city, `/api/pay-plans/${planLaoshan}`).expect(200);
      await get(laoshan, `/api/pay-plans/${planA}`).expect(404);
      await get(laoshan, `/api/pay-plans/${planA}/versions/1`).expect(404);
      await binary(get(laoshan, `/api/pay-plans/${planA}/versions/1/export.xlsx`)).expect(404);
      await get(entB.session, `/api/pay-plans/${planA}`).expect(404);
      await get(reviewer, '/api/pay-plans').expect(403);

      // another enterprise can never add a version; the probe is audited
      await post(entB.session, `/api/pay-plans/${planA}/versions`, { input: payTable }).expect(404);
      await post(huangdao, `/api/pay-plans/${planA}/versions`, { input: payTable }).expect(403);
      const plan = await t.dataSource.getRepository(PayPlanEntity).findOneByOrFail({ id: planA });
      expect(plan.currentVersion).toBe(1);
      const denied = await t.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ entityId: planA, action: 'access.denied' });
      expect(denied.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('xlsx export', () => {
    it('exports a stored version as the pay-table document, with the enterprise and version under its title', async () => {
      const id = await savePayTable(entA, '导出测试工资表');
      const response = await binary(get(huangdao, `/api/pay-plans/${id}/versions/1/export.xlsx`)).expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toContain(encodeURIComponent('导出测试工资表-v1.xlsx'));
      const workbook = await readWorkbook(response.body as Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['工资表', '级差与档差']);
      const table = workbook.getWorksheet('工资表')!;
      expect(table.getCell('A1').value).toBe('岗位工资表');
      expect(String(table.getCell('A2').value)).toContain(
        `导出测试工资表（岗位工资表）\u3000${entA.organisation.name}\u3000第 1 版（`,
      );
      // the grade × step table: its header row repeats on every printed page
      const headerRow = Number(table.pageSetup.printTitlesRow!.split(':')[0]);
      expect(table.getRow(headerRow).getCell(2).value).toBe('1档\n（元）');
      const apprentice = table.getRow(headerRow + 1);
      expect((apprentice.values as unknown[]).slice(1)).toEqual(['学徒工', 2000, 2060, 2120, 2180, 2240]);
      expect(apprentice.getCell(2).numFmt).toBe('#,##0.00');
      expect(table.getRow(headerRow + 8).getCell(2).value).toBe(7600);
      const audit = await t.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ entityId: id, action: 'pay-plan.export' });
      expect(audit).toHaveLength(1);
    });

    it('exports any calculator’s result without saving, for every role using the tools', async () => {
      const count = await t.dataSource.getRepository(PayPlanEntity).count();
      const response = await binary(
        post(city, '/api/pay-tools/export.xlsx', {
          calculator: 'allowances',
          title: '案例D技能工资',
          input: caseD,
        }),
      ).expect(200);
      const workbook = await readWorkbook(response.body as Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.getCell('A1').value)).toEqual([
        '技能津贴测算表',
        '夜班津贴水平测算表',
      ]);
      const cells = workbook.worksheets[0].getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
      expect(cells).toEqual(expect.arrayContaining(['月度合计', 82400, '年度合计', 988800]));
      expect(await t.dataSource.getRepository(PayPlanEntity).count()).toBe(count);

      const bad = await post(
        entA.session,
        '/api/pay-tools/export.xlsx',
        { calculator: 'pay-table', input: { ...payTable, base: -1 } },
        'en',
      ).expect(400);
      expect(bad.body.details).toEqual([{ field: 'input.base', message: 'Base must not be negative' }]);
      await post(reviewer, '/api/pay-tools/export.xlsx', { calculator: 'allowances', input: caseD }).expect(
        403,
      );
    });
  });

  describe('market benchmarks beside the pay table (art. 22)', () => {
    it('serves the newest published release per skill level; withheld cells give their footnote, drafts never count', async () => {
      const bureau = await newOrganisation(t.dataSource, {
        type: OrganisationType.CityBureau,
        regionCode: '370200',
      });
      const publisher = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
      // the second officer who checks what `publisher` makes (maker-checker)
      const checker = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
      const marketProgramme = await newProgramme(t.dataSource);
      const lathe = await newOccupation(t.dataSource, { nameZh: '数控车工', nameEn: 'CNC lathe operator' });
      const cell = (
        skillLevel: string,
        regionCode: string,
        p50: number,
        footnote: FootnoteCode | null = null,
      ) =>
        newCell(t.dataSource, {
          programmeId: marketProgramme,
          occupationCode: lathe.code,
          skillLevel,
          regionCode,
          p50,
          footnote,
        });
      const release = async () => {
        const { body } = await post(publisher, '/api/benchmark-releases', {
          programmeId: marketProgramme,
          year: 2026,
        }).expect(201);
        return body.id as string;
      };
      const publish = async (id: string) => {
        await post(checker, `/api/benchmark-releases/${id}/review`, {}).expect(200);
        await post(checker, `/api/benchmark-releases/${id}/publish`, {}).expect(200);
      };

      const none = await get(entA.session, `/api/pay-tools/market?occupation=${lathe.code}`).expect(200);
      expect(none.body).toMatchObject({
        occupationCode: lathe.code,
        occupationName: '数控车工',
        release: null,
        levels: [],
      });

      await cell('level-3', '370200', 80_000);
      await cell('level-2', '370200', 95_000);
      await cell('level-3', '370211', 78_000);
      await cell('level-2', '370211', 99_000, FootnoteCode.TooFewEnterprises);
      // a release under review is never served
      const draft = await release();
      const hidden = await get(entA.session, `/api/pay-tools/market?occupation=${lathe.code}`).expect(200);
      expect(hidden.body.release).toBeNull();
      await publish(draft);

      const cityWide = await get(entA.session, `/api/pay-tools/market?occupation=${lathe.code}`).expect(200);
      expect(cityWide.body).toMatchObject({
        regionCode: '370200',
        release: { id: draft, label: '2026-R1', year: 2026 },
      });
      // newCell spreads P25 = P50 − 12,000 and P75 = P50 + 18,000; level-3 before level-2 (ladder order)
      expect(cityWide.body.levels).toEqual([
        { skillLevel: 'level-3', p25: '68000.00', p50: '80000.00', p75: '98000.00', footnote: null },
        { skillLevel: 'level-2', p25: '83000.00', p50: '95000.00', p75: '113000.00', footnote: null },
      ]);
      const district = await get(
        huangdao,
        `/api/pay-tools/market?occupation=${lathe.code}&regionCode=370211`,
      ).expect(200);
      expect(district.body.regionName).toBe('黄岛区');
      expect(district.body.levels).toEqual([
        { skillLevel: 'level-3', p25: '66000.00', p50: '78000.00', p75: '96000.00', footnote: null },
        { skillLevel: 'level-2', p25: null, p50: null, p75: null, footnote: FootnoteCode.TooFewEnterprises },
      ]);

      // a correction computed but not yet published changes nothing
      await t.dataSource.query(
        `UPDATE benchmark_cell SET p50 = 90000 WHERE programme_id = $1 AND occupation_code = $2 AND region_code = '370200' AND skill_level = 'level-3'`,
        [marketProgramme, lathe.code],
      );
      // … in which the district's cells are gone (say, its enterprises' data withdrawn)
      await t.dataSource.query(
        `DELETE FROM benchmark_cell WHERE programme_id = $1 AND occupation_code = $2 AND region_code = '370211'`,
        [marketProgramme, lathe.code],
      );
      const correction = await release();
      const still = await get(city, `/api/pay-tools/market?occupation=${lathe.code}`).expect(200);
      expect(still.body.release.label).toBe('2026-R1');
      expect(still.body.levels[0].p50).toBe('80000.00');

      // once published, the correction is served, and R1's district figures no longer are
      await publish(correction);
      const corrected = await get(city, `/api/pay-tools/market?occupation=${lathe.code}`).expect(200);
      expect(corrected.body.release.label).toBe('2026-R2');
      expect(corrected.body.levels[0].p50).toBe('90000.00');
      const withdrawn = await get(
        huangdao,
        `/api/pay-tools/market?occupation=${lathe.code}&regionCode=370211`,
      ).expect(200);
      expect(withdrawn.body).toMatchObject({ release: null, levels: [] });

      const badCode = await get(city, '/api/pay-tools/market?occupation=lathe').expect(400);
      expect(badCode.body.details[0].field).toBe('occupation');
      await get(reviewer, `/api/pay-tools/market?occupation=${lathe.code}`).expect(403);
    });
  });
});
