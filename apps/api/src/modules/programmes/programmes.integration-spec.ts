import { OrganisationType, ProgrammeTemplateKey, RegionLevel, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RegionEntity } from '../regions/region.entity';
import { ProgrammeTaskUpdateEntity } from '../task-progress/programme-task-update.entity';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00');

interface Task {
  id: string;
  title: string;
  phaseId: string | null;
  measureId: string | null;
  dueOn: string | null;
  status: string;
  own: { status: string; percent: number } | null;
  mine: boolean;
  textUnits: string[];
  responsibleOrganisations: Array<{ id: string; name: string; type: string }>;
}

describe('programmes: templates, ledger, progress reporting, roadmap, export, working group', () => {
  let t: TestApp;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let enterprise: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    [city, huangdao, laoshan, enterprise] = await Promise.all([
      login(t, 'qd-city', DEMO_PASSWORD),
      login(t, 'qd-huangdao', DEMO_PASSWORD),
      login(t, 'qd-laoshan', DEMO_PASSWORD),
      login(t, 'ent-a', DEMO_PASSWORD),
    ]);
    const organisations = t.dataSource.getRepository(OrganisationEntity);
    for (const [key, name] of [
      ['city', '青岛市人力资源和社会保障局'],
      ['huangdao', '黄岛区人力资源和社会保障局'],
      ['laoshan', '崂山区人力资源和社会保障局'],
      ['union', '青岛市总工会'],
    ]) {
      ids[key] = (await organisations.findOneByOrFail({ name })).id;
    }
  });
  afterAll(() => t.close());

  /** A programme of the city; active unless asked for a draft (progress is reported on active ones). */
  async function createProgramme(template?: ProgrammeTemplateKey, year = 2026, active = true) {
    const response = await t
      .http()
      .post('/api/programmes')
      .set(bearer(city))
      .send({
        title: '青岛市落实《技能人才薪酬分配指引》工作方案',
        documentNumber: '青人社字〔2021〕61号',
        issuingBodies: ['青岛市人力资源和社会保障局', '青岛市总工会'],
        year,
        ...(template ? { template } : {}),
      })
      .expect(201);
    if (active) {
      await t
        .http()
        .patch(`/api/programmes/${response.body.id as string}`)
        .set(bearer(city))
        .send({ status: 'active' })
        .expect(200);
    }
    return response.body as {
      id: string;
      phases: Array<{ id: string; name: string; startsOn: string; endsOn: string }>;
      measures: Array<{ id: string; targetGroup: string; responsibleUnits: string[] }>;
    };
  }

  async function ledger(session: Session, programmeId: string, mine = false): Promise<Task[]> {
    const response = await t
      .http()
      .get(`/api/programmes/${programmeId}/tasks${mine ? '?mine=true' : ''}`)
      .set(bearer(session))
      .expect(200);
    return response.body as Task[];
  }

  /** GET the ledger export and open it with exceljs. */
  async function exportLedger(session: Session, programmeId: string): Promise<ExcelJS.Worksheet> {
    const response = await t
      .http()
      .get(`/api/programmes/${programmeId}/ledger.xlsx`)
      .set(bearer(session))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    return workbook.getWorksheet('工作台账')!;
  }

  function report(session: Session, programmeId: string, taskId: string, note: string, language = 'zh-CN') {
    return t
      .http()
      .post(`/api/programmes/${programmeId}/tasks/${taskId}/updates`)
      .set(bearer(session))
      .set('Accept-Language', language)
      .field('note', note)
      .field('status', 'in-progress')
      .field('percent', '40');
  }

  it('creates a programme from the Qingdao template: phases moved to its year, tasks with responsible organisations', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Qingdao2021);
    expect(programme.phases.map((p) => [p.name, p.startsOn, p.endsOn])).toEqual([
      ['部署发动', '2026-07-01', '2026-07-31'],
      ['服务指导', '2026-07-01', '2026-10-31'],
      ['总结评估', '2026-11-01', '2027-01-31'],
    ]);
    const tasks = await ledger(city, programme.id);
    expect(tasks.map((task) => task.title)).toEqual([
      '成立工作小组',
      '宣传发动',
      '选取样本企业',
      '一企一策指导',
      '专项培训',
      '发布工资价位',
      '示范班',
      '案例精选',
    ]);
    const workingGroup = tasks[0];
    expect(workingGroup.dueOn).toBe('2026-07-31');
    expect(workingGroup.phaseId).toBe(programme.phases[0].id);
    const responsibleIds = workingGroup.responsibleOrganisations.map((o) => o.id);
    expect(responsibleIds).toEqual(expect.arrayContaining([ids.city, ids.huangdao, ids.laoshan]));
    expect(tasks[1].responsibleOrganisations.map((o) => o.id)).toContain(ids.union);
    // 发布工资价位 is the city bureau's alone (other specs may add bureaus of their own to the city)
    expect(tasks[5].responsibleOrganisations.map((o) => o.id)).toContain(ids.city);
    expect(tasks[5].responsibleOrganisations.every((o) => o.type === OrganisationType.CityBureau)).toBe(true);
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneBy({ action: 'programme.create', entityId: programme.id });
    expect(audit).not.toBeNull();
  });

  it('creates a programme from the Lüliang template: measures by target group, portal units as organisations, others as text', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Lvliang2023, 2026);
    expect(programme.phases).toEqual([]);
    expect(programme.measures.map((m) => m.targetGroup)).toEqual([
      'high-skill-leaders',
      'technical-workers',
      'migrant-workers',
    ]);
    expect(programme.measures[0].responsibleUnits).toContain('市委组织部');
    const tasks = await ledger(city, programme.id);
    expect(tasks).toHaveLength(14);
    const migrantSkills = tasks.find((task) => task.title === '提升农民工技术技能素质、促进稳定就业')!;
    expect(migrantSkills.measureId).toBe(programme.measures[2].id);
    expect(migrantSkills.responsibleOrganisations.map((o) => o.id)).toEqual(
      expect.arrayContaining([ids.city, ids.union]),
    );
    expect(
      migrantSkills.responsibleOrganisations.every((o) =>
        [OrganisationType.CityBureau, OrganisationType.TradeUnion].includes(o.type as OrganisationType),
      ),
    ).toBe(true);
    expect(migrantSkills.textUnits).toEqual([]);
    const innovation = tasks.find((task) => task.title === '发挥高技能领军人才在技术创新等方面的重要作用')!;
    expect(innovation.textUnits).toEqual(expect.arrayContaining(['市委办', '科技局', '试点企业']));
    expect(innovation.dueOn).toBe('2026-12-31');
  });

  it('lets a district report progress only on its own tasks; another task answers 404 and nothing is written', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Qingdao2021);
    const mine = await ledger(huangdao, programme.id, true);
    expect(mine.map((task) => task.title)).not.toContain('发布工资价位');
    expect(mine.every((task) => task.mine)).toBe(true);
    const task = mine.find((x) => x.title === '成立工作小组')!;

    const created = await report(huangdao, programme.id, task.id, '已成立工作小组，分管局长任组长')
      .attach('files', PDF, '黄岛区工作小组通知.pdf')
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'in-progress',
      percent: 40,
      organisation: { id: ids.huangdao },
    });
    expect(created.body.attachments).toEqual([
      expect.objectContaining({ fileName: '黄岛区工作小组通知.pdf', mimeType: 'application/pdf' }),
    ]);

    const cityOnly = (await ledger(city, programme.id)).find((x) => x.title === '发布工资价位')!;
    const before = await t.dataSource
      .getRepository(ProgrammeTaskUpdateEntity)
      .countBy({ taskId: cityOnly.id });
    await report(huangdao, programme.id, cityOnly.id, '越权报送').expect(404);
    expect(await t.dataSource.getRepository(ProgrammeTaskUpdateEntity).countBy({ taskId: cityOnly.id })).toBe(
      before,
    );

    // the task follows its responsible organisations' reports
    const after = (await ledger(city, programme.id)).find((x) => x.id === task.id)!;
    expect(after.status).toBe('in-progress');
  });

  it('shows the city every district side by side, and a district only its own reports', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Qingdao2021);
    const task = (await ledger(city, programme.id)).find((x) => x.title === '宣传发动')!;
    const huangdaoReport = await report(huangdao, programme.id, task.id, '黄岛区已遴选2家样本企业')
      .attach('files', PDF, 'list.pdf')
      .expect(201);
    await report(laoshan, programme.id, task.id, '崂山区正在动员企业申报').expect(201);

    const matrix = await t
      .http()
      .get(`/api/programmes/${programme.id}/progress-matrix`)
      .set(bearer(city))
      .expect(200);
    const row = (
      matrix.body.rows as Array<{
        task: { id: string };
        cells: Array<{ organisationId: string; note: string | null; percent: number | null }>;
      }>
    ).find((r) => r.task.id === task.id)!;
    const cell = (id: string) => row.cells.find((c) => c.organisationId === id)!;
    expect(cell(ids.huangdao)).toMatchObject({ note: '黄岛区已遴选2家样本企业', percent: 40 });
    expect(cell(ids.laoshan)).toMatchObject({ note: '崂山区正在动员企业申报' });
    expect(cell(ids.city)).toMatchObject({ note: null, percent: null });
    expect((matrix.body.organisations as Array<{ id: string }>).map((o) => o.id)).toEqual(
      expect.arrayContaining([ids.city, ids.huangdao, ids.laoshan]),
    );

    // the union takes part in tasks (宣传发动) and reports for itself (我的台账任务): a column of its own,
    // empty until it reports
    expect((matrix.body.organisations as Array<{ id: string }>).map((o) => o.id)).toContain(ids.union);
    expect(cell(ids.union)).toMatchObject({ note: null, percent: null });
    await t.http().get(`/api/programmes/${programme.id}/progress-matrix`).set(bearer(laoshan)).expect(403);

    // a task is done once every responsible bureau reports it done (here the city alone)
    const cityTask = (
      await t
        .http()
        .post(`/api/programmes/${programme.id}/tasks`)
        .set(bearer(city))
        .send({
          title: '发布工资价位',
          phaseId: programme.phases[1].id,
          responsibleOrganisationIds: [ids.city],
        })
        .expect(201)
    ).body as Task;
    await t
      .http()
      .post(`/api/programmes/${programme.id}/tasks/${cityTask.id}/updates`)
      .set(bearer(city))
      .field('note', '已发布2026年急需紧缺职业工资价位')
      .field('status', 'done')
      .field('percent', '90')
      .expect(201);
    const done = (await ledger(city, programme.id)).find((x) => x.id === cityTask.id)!;
    expect(done).toMatchObject({ status: 'done', own: { status: 'done', percent: 100 } });
    const laoshanView = await t
      .http()
      .get(`/api/programmes/${programme.id}/tasks/${task.id}/updates`)
      .set(bearer(laoshan))
      .expect(200);
    expect((laoshanView.body as Array<{ note: string }>).map((u) => u.note)).toEqual([
      '崂山区正在动员企业申报',
    ]);
    const cityView = await t
      .http()
      .get(`/api/programmes/${programme.id}/tasks/${task.id}/updates`)
      .set(bearer(city))
      .expect(200);
    expect(cityView.body).toHaveLength(2);

    // attachments: the reporting district and the city download; the other district gets 404
    const attachmentId = huangdaoReport.body.attachments[0].id as string;
    const url = `/api/programmes/${programme.id}/attachments/${attachmentId}`;
    const download = await t.http().get(url).set(bearer(city)).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(
      Buffer.from(download.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await t.http().get(url).set(bearer(huangdao)).expect(200);
    await t.http().get(url).set(bearer(laoshan)).expect(404);
  });

  it('refuses a too large file and a wrong type with the reason in the caller’s language, storing nothing', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Qingdao2021);
    const task = (await ledger(huangdao, programme.id, true))[0];
    const updates = t.dataSource.getRepository(ProgrammeTaskUpdateEntity);
    const attachments = t.dataSource.getRepository(AttachmentEntity);
    const attachmentsBefore = await attachments.count();

    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    PDF.copy(big);
    const tooLarge = await report(huangdao, programme.id, task.id, '附件过大')
      .attach('files', big, '会议纪要.pdf')
      .expect(400);
    expect(tooLarge.body.details).toEqual([{ field: 'files[0]', message: '文件“会议纪要.pdf”超过 10 MB' }]);

    const wrongType = await report(huangdao, programme.id, task.id, 'exe', 'en')
      .attach('files', EXE, 'setup.exe')
      .expect(400);
    expect(wrongType.body.details[0].field).toBe('files[0]');
    expect(wrongType.body.details[0].message).toContain('not allowed');

    const disguised = await report(huangdao, programme.id, task.id, '伪装')
      .attach('files', PDF, 'ok.pdf')
      .attach('files', EXE, '通知.pdf')
      .expect(400);
    expect(disguised.body.details).toEqual([
      { field: 'files[1]', message: '文件“通知.pdf”的内容与扩展名不符（不是真正的 PDF 文件）' },
    ]);

    expect(await updates.countBy({ taskId: task.id })).toBe(0);
    expect(await attachments.count()).toBe(attachmentsBefore);
  });

  it('exports the ledger as a printable xlsx with title, headers and the tasks grouped by phase', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Qingdao2021);
    const task = (await ledger(huangdao, programme.id, true)).find((x) => x.title === '成立工作小组')!;
    await report(huangdao, programme.id, task.id, '已发文成立工作小组').expect(201);
    const sheet = await exportLedger(city, programme.id);
    expect(sheet.getCell('A1').value).toBe('青岛市落实《技能人才薪酬分配指引》工作方案工作台账');
    expect(String(sheet.getCell('A2').value)).toContain('青人社字〔2021〕61号');
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      '序号',
      '阶段或举措',
      '工作任务',
      '责任单位',
      '完成时限',
      '进展情况',
      '状态',
    ]);
    const first = sheet.getRow(5);
    expect(first.getCell(1).value).toBe(1);
    expect(String(first.getCell(2).value)).toContain('部署发动');
    expect(String(first.getCell(3).value)).toContain('成立工作小组');
    expect(String(first.getCell(4).value)).toContain('黄岛区人力资源和社会保障局');
    expect(first.getCell(5).value).toBe('2026-07-31');
    expect(String(first.getCell(6).value)).toContain('黄岛区人力资源和社会保障局：已发文成立工作小组（40%）');
    expect(first.getCell(3).border?.left?.style).toBe('thin');
    expect(first.getCell(3).alignment?.wrapText).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '4:4' });
    expect(sheet.headerFooter.oddFooter).toContain('&P');
    expect(sheet.rowCount).toBe(4 + 8);

    // another district's export carries the same ledger but not Huangdao's report
    const otherSheet = await exportLedger(laoshan, programme.id);
    expect(String(otherSheet.getRow(5).getCell(3).value)).toContain('成立工作小组');
    expect(otherSheet.getRow(5).getCell(6).value).toBe('');
  });

  it('keeps working-group phones masked in lists and shows them in full to the city bureau only', async () => {
    const programme = await createProgramme();
    const added = await t
      .http()
      .post(`/api/programmes/${programme.id}/working-group`)
      .set(bearer(city))
      .send({ name: '张伟', unit: '劳动关系处', role: 'leader', phone: '13812345678' })
      .expect(201);
    const list = await t
      .http()
      .get(`/api/programmes/${programme.id}/working-group`)
      .set(bearer(city))
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ name: '张伟', phone: '138****5678', role: 'leader' }),
    ]);
    const one = `/api/programmes/${programme.id}/working-group/${added.body.id}`;
    expect((await t.http().get(one).set(bearer(city)).expect(200)).body.phone).toBe('13812345678');
    expect((await t.http().get(one).set(bearer(huangdao)).expect(200)).body.phone).toBe('138****5678');
    await t.http().get(`/api/programmes/${programme.id}/working-group`).set(bearer(enterprise)).expect(403);
    await t
      .http()
      .post(`/api/programmes/${programme.id}/working-group`)
      .set(bearer(huangdao))
      .send({ name: '李四', unit: '劳动关系科', role: 'member' })
      .expect(403);
    await t.http().delete(one).set(bearer(city)).expect(204);
    expect(
      (await t.http().get(`/api/programmes/${programme.id}/working-group`).set(bearer(city))).body,
    ).toEqual([]);
  });

  it('lets districts and enterprises of the city read a programme, only the city change it, and hides it from another city', async () => {
    const programme = await createProgramme(ProgrammeTemplateKey.Qingdao2021, 2026, false);
    await t.http().get(`/api/programmes/${programme.id}`).set(bearer(enterprise)).expect(200);
    await t.http().get(`/api/programmes/${programme.id}/tasks`).set(bearer(enterprise)).expect(403);
    await t
      .http()
      .patch(`/api/programmes/${programme.id}`)
      .set(bearer(huangdao))
      .send({ status: 'active' })
      .expect(403);
    const activated = await t
      .http()
      .patch(`/api/programmes/${programme.id}`)
      .set(bearer(city))
      .send({ status: 'active' })
      .expect(200);
    expect(activated.body).toMatchObject({ status: 'active', editable: true });
    const backwards = await t
      .http()
      .patch(`/api/programmes/${programme.id}`)
      .set(bearer(city))
      .send({ status: 'draft' })
      .expect(400);
    expect(backwards.body.details[0].field).toBe('status');

    await t.dataSource.getRepository(RegionEntity).upsert(
      {
        code: '370100',
        name: '济南市',
        nameEn: 'Jinan',
        level: RegionLevel.City,
        parentCode: '370000',
        path: '370000/370100/',
      },
      ['code'],
    );
    const jinanBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370100',
      name: unique('济南市人社局'),
    });
    const jinan = await login(t, (await newUser(t.dataSource, jinanBureau, Role.CityBureau)).username);
    await t.http().get(`/api/programmes/${programme.id}`).set(bearer(jinan)).expect(404);
    await t.http().get(`/api/programmes/${programme.id}/tasks`).set(bearer(jinan)).expect(404);
    const jinanList = await t.http().get('/api/programmes').set(bearer(jinan)).expect(200);
    expect((jinanList.body.items as Array<{ id: string }>).map((p) => p.id)).not.toContain(programme.id);

    const roadmap = await t
      .http()
      .get(`/api/programmes/${programme.id}/roadmap`)
      .set(bearer(huangdao))
      .expect(200);
    expect(roadmap.body).toMatchObject({ startsOn: '2026-07-01', endsOn: '2027-01-31' });
    expect(roadmap.body.lanes.map((lane: { title: string }) => lane.title)).toEqual([
      '部署发动',
      '服务指导',
      '总结评估',
    ]);
  });
  it('lets the city plan a blank programme: phases, tasks with responsible organisations of its city only', async () => {
    const programme = await createProgramme(undefined, 2026, false);
    const url = `/api/programmes/${programme.id}`;
    const backwards = await t
      .http()
      .post(`${url}/phases`)
      .set(bearer(city))
      .send({ name: '部署发动', startsOn: '2026-07-31', endsOn: '2026-07-01' })
      .expect(400);
    expect(backwards.body.details).toEqual([{ field: 'endsOn', message: '结束日期不能早于开始日期' }]);
    const phase = await t
      .http()
      .post(`${url}/phases`)
      .set(bearer(city))
      .send({ name: '部署发动', startsOn: '2026-07-01', endsOn: '2026-07-31' })
      .expect(201);
    await t
      .http()
      .post(`${url}/phases`)
      .set(bearer(huangdao))
      .send({ name: 'x', startsOn: '2026-07-01', endsOn: '2026-07-02' })
      .expect(403);

    const candidates = await t.http().get(`${url}/responsible-candidates`).set(bearer(city)).expect(200);
    expect((candidates.body as Array<{ id: string }>).map((o) => o.id)).toEqual(
      expect.arrayContaining([ids.city, ids.huangdao, ids.laoshan, ids.union]),
    );
    const enterprise = await t.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ name: '青岛海晟船舶装备有限公司' });
    const refused = await t
      .http()
      .post(`${url}/tasks`)
      .set(bearer(city))
      .send({
        title: '制定工作方案',
        phaseId: phase.body.id,
        responsibleOrganisationIds: [ids.laoshan, enterprise.id],
      })
      .expect(400);
    expect(refused.body.details).toEqual([
      {
        field: 'responsibleOrganisationIds',
        message: '责任单位须为本市的人社局、总工会、企业联合会或工商联',
      },
    ]);
    const neither = await t
      .http()
      .post(`${url}/tasks`)
      .set(bearer(city))
      .send({ title: '制定工作方案', responsibleOrganisationIds: [] })
      .expect(400);
    expect(neither.body.details[0].field).toBe('phaseId');

    const task = await t
      .http()
      .post(`${url}/tasks`)
      .set(bearer(city))
      .send({
        title: '制定工作方案',
        phaseId: phase.body.id,
        dueOn: '2026-07-15',
        responsibleOrganisationIds: [ids.laoshan],
        textUnits: ['市发展改革委'],
      })
      .expect(201);
    expect(task.body).toMatchObject({ status: 'not-started', textUnits: ['市发展改革委'], mine: false });
    await t
      .http()
      .patch(`${url}/tasks/${task.body.id}`)
      .set(bearer(laoshan))
      .send({ title: '改名' })
      .expect(403);

    // a draft takes no progress reports; once active it does
    const early = await report(laoshan, programme.id, task.body.id as string, '提前报送').expect(409);
    expect(early.body.message).toBe('该工作方案不在实施中，不能报送进展');
    await report(huangdao, programme.id, task.body.id as string, '越权').expect(404);
    await t.http().patch(url).set(bearer(city)).send({ status: 'active' }).expect(200);
    await report(laoshan, programme.id, task.body.id as string, '已起草方案').expect(201);

    // removing a task is the city's: soft delete, gone from the ledger, audited
    await t.http().delete(`${url}/tasks/${task.body.id}`).set(bearer(laoshan)).expect(403);
    await t.http().delete(`${url}/tasks/${task.body.id}`).set(bearer(city)).expect(204);
    expect(await ledger(city, programme.id)).toEqual([]);
    const removed = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneBy({ action: 'programme.task.delete', entityId: task.body.id as string });
    expect(removed).not.toBeNull();
  });
});
