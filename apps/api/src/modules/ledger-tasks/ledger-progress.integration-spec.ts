import { GuidanceKind, OrganisationType, PilotStatus, Role, TaskLink } from '@skillpay/domain';
import { newEnterprise } from '../../../test/enterprise-builders';
import { chinaDay, newApplication, newPhase, newProgramme, newTask } from '../../../test/programme-builders';
import { newCell, newCurrentUpload, newOccupation } from '../../../test/release-builders';
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

interface Task {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
  linkedEvent: string | null;
  progress: { responsible: number; reported: number; minPercent: number | null; maxPercent: number | null };
  own: { status: string; percent: number; counted: number | null; of: number | null } | null;
  release: { id: string; label: string; publishedAt: string } | null;
}

/**
 * The ledger shows each bureau its own progress and the task how many bureaus reported and their
 * range (never a mean); linked tasks follow the portal's own records.
 */
describe('ledger progress: own figures, reported count and range, linked tasks', () => {
  let t: TestApp;
  let cityBureau: OrganisationEntity;
  let huangdaoBureau: OrganisationEntity;
  let laoshanBureau: OrganisationEntity;
  let city: Session;
  let cityChecker: Session;
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
    laoshanBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    // a release is made by one person and checked by another
    cityChecker = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    huangdao = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
    laoshan = await login(t, (await newUser(t.dataSource, laoshanBureau, Role.DistrictBureau)).username);
  });
  afterAll(() => t.close());

  async function tasks(session: Session, programmeId: string, mine = false): Promise<Task[]> {
    const response = await t
      .http()
      .get(`/api/programmes/${programmeId}/tasks${mine ? '?mine=true' : ''}`)
      .set(bearer(session))
      .expect(200);
    return response.body as Task[];
  }

  const taskOf = async (session: Session, programmeId: string, taskId: string) =>
    (await tasks(session, programmeId)).find((task) => task.id === taskId)!;

  function report(session: Session, programmeId: string, taskId: string, percent: number) {
    return t
      .http()
      .post(`/api/programmes/${programmeId}/tasks/${taskId}/updates`)
      .set(bearer(session))
      .field('note', `已完成约${percent}%`)
      .field('status', 'in-progress')
      .field('percent', String(percent));
  }

  /** The city declares once that a task follows a portal event. */
  async function link(programmeId: string, taskId: string, linkedEvent: TaskLink) {
    const response = await t
      .http()
      .patch(`/api/programmes/${programmeId}/tasks/${taskId}`)
      .set(bearer(city))
      .send({ linkedEvent })
      .expect(200);
    expect(response.body.linkedEvent).toBe(linkedEvent);
  }

  it('shows each bureau its own figure and the task 2 of 3 reported, 20–60 %', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const phaseId = await newPhase(t.dataSource, programmeId, '服务指导');
    const taskId = await newTask(t.dataSource, {
      programmeId,
      phaseId,
      title: '一企一策指导',
      dueOn: chinaDay(20),
      status: 'not-started',
      responsible: [cityBureau.id, huangdaoBureau.id, laoshanBureau.id],
    });
    await report(huangdao, programmeId, taskId, 60).expect(201);
    await report(laoshan, programmeId, taskId, 20).expect(201);

    // 黄岛区's own tab shows its 60 %, not 60 % spread over three bureaus
    const [huangdaoOwn] = await tasks(huangdao, programmeId, true);
    expect(huangdaoOwn.own).toMatchObject({ status: 'in-progress', percent: 60 });
    const [laoshanOwn] = await tasks(laoshan, programmeId, true);
    expect(laoshanOwn.own).toMatchObject({ status: 'in-progress', percent: 20 });
    // the city has not reported: no figure of its own; the task counts who did and their range
    const ledger = await taskOf(city, programmeId, taskId);
    expect(ledger.own).toBeNull();
    expect(ledger.progress).toEqual({ responsible: 3, reported: 2, minPercent: 20, maxPercent: 60 });
    expect(ledger.status).toBe('in-progress');
    expect(huangdaoOwn.progress).toEqual(ledger.progress);
  });

  it('completes a release-linked task when a release is published, and the overdue mark goes', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const phaseId = await newPhase(t.dataSource, programmeId, '服务指导');
    const taskId = await newTask(t.dataSource, {
      programmeId,
      phaseId,
      title: '发布工资价位',
      dueOn: chinaDay(-1),
      status: 'not-started',
      responsible: [cityBureau.id],
    });
    await link(programmeId, taskId, TaskLink.BenchmarkRelease);
    expect(await taskOf(city, programmeId, taskId)).toMatchObject({
      status: 'not-started',
      overdue: true,
      release: null,
      own: { percent: 0 },
    });
    // a linked task takes no manual report: the release decides
    const refused = await report(city, programmeId, taskId, 90).expect(400);
    expect(refused.body.message).toContain('无需手工报送');

    const occupation = await newOccupation(t.dataSource);
    await newCell(t.dataSource, { programmeId, occupationCode: occupation.code, regionCode: '370200' });
    for (const regionCode of ['370211', '370212', '370213']) {
      const enterprise = await newEnterprise(t.dataSource, { regionCode });
      await newCurrentUpload(t.dataSource, {
        programmeId,
        enterpriseId: enterprise.id,
        regionCode,
        rows: [{ occupationCode: occupation.code, total: 80_000 }],
      });
    }
    const draft = await t
      .http()
      .post('/api/benchmark-releases')
      .set(bearer(city))
      .send({ programmeId, year: 2026 })
      .expect(201);
    await t
      .http()
      .post(`/api/benchmark-releases/${draft.body.id}/review`)
      .set(bearer(cityChecker))
      .send({ comment: '数据已核对' })
      .expect(200);
    await t
      .http()
      .post(`/api/benchmark-releases/${draft.body.id}/publish`)
      .set(bearer(cityChecker))
      .send({})
      .expect(200);

    const done = await taskOf(city, programmeId, taskId);
    expect(done).toMatchObject({
      status: 'done',
      overdue: false,
      own: { status: 'done', percent: 100 },
      progress: { responsible: 1, reported: 1, minPercent: 100, maxPercent: 100 },
      release: { id: draft.body.id, label: '2026-R1' },
    });
    // the dashboard agrees: nothing overdue, the phase's one task done
    const dashboard = await t
      .http()
      .get(`/api/programmes/${programmeId}/dashboard`)
      .set(bearer(city))
      .expect(200);
    expect(dashboard.body.overdue).toEqual([]);
    expect(dashboard.body.taskProgress).toEqual([
      expect.objectContaining({ tasks: 1, done: 1, overdue: 0, percent: 100 }),
    ]);
  });

  it('counts the guidance visits recorded against each bureau’s approved pilots', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const phaseId = await newPhase(t.dataSource, programmeId, '服务指导');
    const taskId = await newTask(t.dataSource, {
      programmeId,
      phaseId,
      title: '一企一策指导',
      dueOn: chinaDay(30),
      status: 'not-started',
      responsible: [cityBureau.id, huangdaoBureau.id, laoshanBureau.id],
    });
    await link(programmeId, taskId, TaskLink.Guidance);
    const pilots = [
      await newEnterprise(t.dataSource, { regionCode: '370211' }),
      await newEnterprise(t.dataSource, { regionCode: '370211' }),
    ];
    for (const pilot of pilots)
      await newApplication(t.dataSource, programmeId, pilot.id, PilotStatus.Approved);

    const before = await taskOf(huangdao, programmeId, taskId);
    expect(before.own).toEqual({
      status: 'not-started',
      percent: 0,
      reportedAt: null,
      counted: 0,
      of: 2,
      overdue: false,
    });
    // 崂山区 has no pilots: nothing to count, so it is not expected to act
    expect(before.progress).toEqual({ responsible: 2, reported: 2, minPercent: 0, maxPercent: 0 });

    await t
      .http()
      .post('/api/guidance-activities')
      .set(bearer(huangdao))
      .send({
        kind: GuidanceKind.Visit,
        occurredOn: chinaDay(-1),
        title: '上门指导岗位工资表',
        programmeId,
        enterpriseIds: [pilots[0].id],
      })
      .expect(201);

    const after = await taskOf(huangdao, programmeId, taskId);
    expect(after.own).toMatchObject({ status: 'in-progress', percent: 50, counted: 1, of: 2 });
    expect(after.status).toBe('in-progress');
    // the city answers for every pilot of the city: one of two guided as well
    expect(after.progress).toEqual({ responsible: 2, reported: 2, minPercent: 50, maxPercent: 50 });
    const laoshanView = await taskOf(laoshan, programmeId, taskId);
    expect(laoshanView.own).toBeNull();
  });

  it('counts the pilots approved against each bureau’s quota', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const phaseId = await newPhase(t.dataSource, programmeId, '部署发动');
    const taskId = await newTask(t.dataSource, {
      programmeId,
      phaseId,
      title: '选取样本企业',
      dueOn: chinaDay(10),
      status: 'not-started',
      responsible: [huangdaoBureau.id, laoshanBureau.id],
    });
    await link(programmeId, taskId, TaskLink.PilotQuotas);
    await t.dataSource.query(
      `INSERT INTO programme_quota (programme_id, region_code, quota) VALUES ($1, '370211', 2), ($1, '370212', 4)`,
      [programmeId],
    );
    for (const regionCode of ['370211', '370211', '370212']) {
      const pilot = await newEnterprise(t.dataSource, { regionCode });
      await newApplication(t.dataSource, programmeId, pilot.id, PilotStatus.Approved);
    }
    // 黄岛区 filled its quota: done with its part, even though the task as a whole is not
    expect((await taskOf(huangdao, programmeId, taskId)).own).toMatchObject({
      status: 'done',
      percent: 100,
      counted: 2,
      of: 2,
      overdue: false,
    });
    expect((await taskOf(laoshan, programmeId, taskId)).own).toMatchObject({
      percent: 25,
      counted: 1,
      of: 4,
    });
    expect(await taskOf(city, programmeId, taskId)).toMatchObject({
      status: 'in-progress',
      progress: { responsible: 2, reported: 2, minPercent: 25, maxPercent: 100 },
    });
  });
});
