import { OrganisationType, Role } from '@skillpay/domain';
import { chinaDay, newPhase, newProgramme, newTask } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { type OrganisationEntity } from '../organisations/organisation.entity';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

interface MyTask {
  programme: { id: string; title: string; status: string };
  stage: string | null;
  reportable: boolean;
  task: {
    id: string;
    title: string;
    status: string;
    overdue: boolean;
    mine: boolean;
    own: { status: string; percent: number } | null;
    progress: { responsible: number; reported: number; minPercent: number | null; maxPercent: number | null };
    responsibleOrganisations: Array<{ id: string }>;
  };
}

/**
 * 青人社字〔2021〕61号 四(四): the union and the federations are responsible units of ledger tasks.
 * A reviewer organisation opens the tasks it is named for (and no other: 404), reports its own
 * progress with attachments, and the bureaus' reports on the same task go on as before.
 */
describe('my tasks: a reviewer organisation reports on the ledger tasks it is responsible for', () => {
  let t: TestApp;
  let cityBureau: OrganisationEntity;
  let huangdaoBureau: OrganisationEntity;
  let unionOrganisation: OrganisationEntity;
  let city: Session;
  let huangdao: Session;
  let union: Session;
  let federation: Session;
  let programmeId: string;
  let phaseId: string;
  /** 宣传发动: the city, 黄岛区 and the union; overdue */
  let publicityId: string;
  /** 一企一策指导: the bureaus only */
  let guidanceId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    cityBureau = await newOrganisation(ds, { type: OrganisationType.CityBureau, regionCode: '370200' });
    huangdaoBureau = await newOrganisation(ds, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    unionOrganisation = await newOrganisation(ds, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    const federationOrganisation = await newOrganisation(ds, {
      type: OrganisationType.EnterpriseConfederation,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(ds, cityBureau, Role.CityBureau)).username);
    huangdao = await login(t, (await newUser(ds, huangdaoBureau, Role.DistrictBureau)).username);
    union = await login(t, (await newUser(ds, unionOrganisation, Role.Reviewer)).username);
    federation = await login(t, (await newUser(ds, federationOrganisation, Role.Reviewer)).username);
    programmeId = await newProgramme(ds);
    phaseId = await newPhase(ds, programmeId, '部署发动');
    publicityId = await newTask(ds, {
      programmeId,
      phaseId,
      title: '宣传发动',
      dueOn: chinaDay(-3),
      status: 'not-started',
      responsible: [cityBureau.id, huangdaoBureau.id, unionOrganisation.id],
    });
    guidanceId = await newTask(ds, {
      programmeId,
      phaseId,
      title: '一企一策指导',
      dueOn: chinaDay(20),
      status: 'not-started',
      responsible: [cityBureau.id, huangdaoBureau.id],
    });
  });
  afterAll(() => t.close());

  const myTask = async (session: Session, taskId: string) =>
    (await t.http().get(`/api/my-tasks/${taskId}`).set(bearer(session)).expect(200)).body as MyTask;

  function report(session: Session, path: string, fields: { note: string; status: string; percent: number }) {
    return t
      .http()
      .post(path)
      .set(bearer(session))
      .field('note', fields.note)
      .field('status', fields.status)
      .field('percent', String(fields.percent));
  }

  it('lists and opens only the tasks the organisation is responsible for; any other answers 404, audited', async () => {
    const listed = (await t.http().get('/api/my-tasks').set(bearer(union)).expect(200)).body as MyTask[];
    const ours = listed.filter((item) => item.programme.id === programmeId);
    expect(ours.map((item) => item.task.title)).toEqual(['宣传发动']);
    expect(ours[0]).toMatchObject({
      stage: '部署发动',
      reportable: true,
      programme: { status: 'active' },
      task: { id: publicityId, mine: true, own: null, overdue: true },
    });
    // three units answer for it; nobody has reported yet
    expect(ours[0].task.progress).toEqual({
      responsible: 3,
      reported: 0,
      minPercent: null,
      maxPercent: null,
    });

    const opened = await myTask(union, publicityId);
    expect(opened.task.responsibleOrganisations.map((o) => o.id).sort()).toEqual(
      [cityBureau.id, huangdaoBureau.id, unionOrganisation.id].sort(),
    );

    // the bureaus' own task, and the same task for another reviewer organisation: 404 like a missing one
    const other = await t.http().get(`/api/my-tasks/${guidanceId}`).set(bearer(union)).expect(404);
    expect(other.body.statusCode).toBe(404);
    await t.http().get(`/api/my-tasks/${publicityId}`).set(bearer(federation)).expect(404);
    await t.http().get(`/api/my-tasks/${guidanceId}/updates`).set(bearer(union)).expect(404);
    const denied = await t.dataSource.query<Array<{ entity_id: string }>>(
      `SELECT entity_id FROM audit_log WHERE action = 'access.denied' AND entity_id = $1`,
      [guidanceId],
    );
    expect(denied.length).toBeGreaterThanOrEqual(1);
    // the ledger itself stays the bureaus'
    await t.http().get(`/api/programmes/${programmeId}/tasks`).set(bearer(union)).expect(403);
    // and this page is the reviewer organisations': a bureau works on the ledger
    await t.http().get('/api/my-tasks').set(bearer(huangdao)).expect(403);
  });

  it('reports its own progress with an attachment, and reads back only its own reports', async () => {
    const created = await report(union, `/api/my-tasks/${publicityId}/updates`, {
      note: '在集体协商业务培训中宣讲《指引》，覆盖 12 家企业工会。',
      status: 'in-progress',
      percent: 50,
    })
      .attach('files', PDF, '宣讲材料.pdf')
      .expect(201);
    expect(created.body).toMatchObject({
      taskId: publicityId,
      organisation: { id: unionOrganisation.id },
      status: 'in-progress',
      percent: 50,
    });
    expect(created.body.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['宣讲材料.pdf']);

    // a district reports on the same task through the ledger, as before
    await report(huangdao, `/api/programmes/${programmeId}/tasks/${publicityId}/updates`, {
      note: '区内宣传已完成。',
      status: 'done',
      percent: 100,
    }).expect(201);

    const updates = (
      await t.http().get(`/api/my-tasks/${publicityId}/updates`).set(bearer(union)).expect(200)
    ).body as Array<{ organisation: { id: string }; note: string; attachments: Array<{ id: string }> }>;
    expect(updates.map((u) => u.organisation.id)).toEqual([unionOrganisation.id]);
    const attachmentId = updates[0].attachments[0].id;
    const file = await t
      .http()
      .get(`/api/my-tasks/${publicityId}/attachments/${attachmentId}`)
      .set(bearer(union))
      .buffer(true)
      .expect(200);
    expect(
      Buffer.from(file.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // another organisation's attachment id through its own task: 404
    await t
      .http()
      .get(`/api/my-tasks/${publicityId}/attachments/${attachmentId}`)
      .set(bearer(federation))
      .expect(404);

    // the union's figure is its own; the task counts 2 of 3 reported, 50–100 %, still in progress
    const opened = await myTask(union, publicityId);
    expect(opened.task.own).toMatchObject({ status: 'in-progress', percent: 50 });
    expect(opened.task.progress).toEqual({ responsible: 3, reported: 2, minPercent: 50, maxPercent: 100 });
    expect(opened.task.status).toBe('in-progress');

    // the district's report is unaffected: its own figure on its own tab, its own history
    const districtTasks = (
      await t.http().get(`/api/programmes/${programmeId}/tasks?mine=true`).set(bearer(huangdao)).expect(200)
    ).body as MyTask['task'][];
    expect(districtTasks.find((task) => task.id === publicityId)!.own).toMatchObject({
      status: 'done',
      percent: 100,
    });
    const districtHistory = (
      await t
        .http()
        .get(`/api/programmes/${programmeId}/tasks/${publicityId}/updates`)
        .set(bearer(huangdao))
        .expect(200)
    ).body as Array<{ organisation: { id: string } }>;
    expect(districtHistory.map((u) => u.organisation.id)).toEqual([huangdaoBureau.id]);

    // the city sees the union's report beside the bureaus' in its progress matrix
    const matrix = (
      await t.http().get(`/api/programmes/${programmeId}/progress-matrix`).set(bearer(city)).expect(200)
    ).body as {
      rows: Array<{ task: { id: string }; cells: Array<{ organisationId: string; percent: number | null }> }>;
    };
    const row = matrix.rows.find((r) => r.task.id === publicityId)!;
    expect(row.cells.find((cell) => cell.organisationId === unionOrganisation.id)!.percent).toBe(50);
    // and the city bureau is told of it (the programme's owner: a city bureau of 青岛市; other specs
    // add city bureaus of their own, so not necessarily this one)
    const told = await t.dataSource.query<Array<{ type: string; region_code: string }>>(
      `SELECT o.type, o.region_code FROM notification n JOIN organisation o ON o.id = n.recipient_organisation_id
       WHERE n.kind = 'programme.task-progress' AND n.title_zh = $1`,
      [`${unionOrganisation.name}报送了“宣传发动”的进展`],
    );
    expect(told).toEqual([{ type: OrganisationType.CityBureau, region_code: '370200' }]);
    const audited = await t.dataSource.query<Array<{ entity_id: string }>>(
      `SELECT entity_id FROM audit_log WHERE action = 'programme.task.progress' AND entity_id = $1`,
      [publicityId],
    );
    expect(audited).toHaveLength(2);
  });

  it('refuses a report on another task (404, nothing written) and bad input (400 naming the field)', async () => {
    const before = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM programme_task_update WHERE task_id = $1`,
      [guidanceId],
    );
    await report(union, `/api/my-tasks/${guidanceId}/updates`, {
      note: '越权报送',
      status: 'done',
      percent: 100,
    }).expect(404);
    const after = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM programme_task_update WHERE task_id = $1`,
      [guidanceId],
    );
    expect(after[0].n).toBe(before[0].n);

    const bad = await report(union, `/api/my-tasks/${publicityId}/updates`, {
      note: '进度',
      status: 'in-progress',
      percent: 120,
    }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('percent');
  });

  it('shows the task on the workbench until its own part is done, opening the task page', async () => {
    const items = async () =>
      (
        (await t.http().get('/api/workbench').set(bearer(union)).expect(200)).body as {
          groups: Array<{
            kind: string;
            listLink: string;
            items: Array<{ id: string; link: string; overdue: boolean }>;
          }>;
        }
      ).groups.find((group) => group.kind === 'tasks-due');
    const group = await items();
    expect(group?.listLink).toBe('/my-tasks');
    expect(group?.items.find((item) => item.id === publicityId)).toMatchObject({
      link: `/my-tasks/${publicityId}`,
      overdue: true,
    });

    await report(union, `/api/my-tasks/${publicityId}/updates`, {
      note: '宣传工作已完成。',
      status: 'done',
      percent: 100,
    }).expect(201);
    // the task waits for the city, but nothing waits for the union any more
    expect((await myTask(union, publicityId)).task.status).toBe('in-progress');
    expect((await items())?.items.find((item) => item.id === publicityId)).toBeUndefined();
  });

  it('keeps a draft programme’s tasks out of reach, and a closed one’s readable but not reportable', async () => {
    const draft = await newProgramme(t.dataSource);
    await t.dataSource.query(`UPDATE programme SET status = 'draft' WHERE id = $1`, [draft]);
    const draftTask = await newTask(t.dataSource, {
      programmeId: draft,
      title: '专项培训',
      dueOn: chinaDay(5),
      status: 'not-started',
      responsible: [unionOrganisation.id],
    });
    await t.http().get(`/api/my-tasks/${draftTask}`).set(bearer(union)).expect(404);

    const closed = await newProgramme(t.dataSource);
    await t.dataSource.query(`UPDATE programme SET status = 'closed' WHERE id = $1`, [closed]);
    const closedTask = await newTask(t.dataSource, {
      programmeId: closed,
      title: '专项培训',
      dueOn: chinaDay(-100),
      status: 'not-started',
      responsible: [unionOrganisation.id],
    });
    expect((await myTask(union, closedTask)).reportable).toBe(false);
    await report(union, `/api/my-tasks/${closedTask}/updates`, {
      note: '补报',
      status: 'done',
      percent: 100,
    }).expect(409);
  });
});
