import { OrganisationType, PilotStatus, Role } from '@skillpay/domain';
import { randomInt } from 'node:crypto';
import { newEnterprise } from '../../../test/enterprise-builders';
import {
  chinaDay,
  newApplication,
  newPhase,
  newPlanMilestone,
  newProgramme,
  newTask,
} from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';

interface AuditRow {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Lost updates (issue 13, defect 5): every edit carries the version it was opened with, a stale
 * one answers 412 naming who changed the record and when, and concurrent edits without If-Match
 * queue on the row lock, so each audit record's "before" is the previous record's "after".
 */
describe('editing: versions and If-Match', () => {
  let t: TestApp;
  let admin: Session;
  let city: Session;
  let huangdao: Session;

  /** A session of a new account named `displayName`, so a 412 can be checked for the editor's name. */
  async function sessionOf(type: OrganisationType, regionCode: string, role: Role, displayName: string) {
    const organisation = await newOrganisation(t.dataSource, { type, regionCode });
    return login(t, (await newUser(t.dataSource, organisation, role, { displayName })).username);
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await sessionOf(OrganisationType.Platform, '370200', Role.SystemAdmin, '管理员甲');
    city = await sessionOf(OrganisationType.CityBureau, '370200', Role.CityBureau, '市局李四');
    huangdao = await sessionOf(OrganisationType.DistrictBureau, '370211', Role.DistrictBureau, '黄岛张三');
  });
  afterAll(() => t.close());

  const updates = (entityType: string, entityId: string, action: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT before, after FROM audit_log
        WHERE entity_type = $1 AND entity_id = $2 AND action = $3 ORDER BY id`,
      [entityType, entityId, action],
    );

  /** Each record's "before" is the previous record's "after"; the versions climb with them. */
  function expectChained(rows: AuditRow[]) {
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].before).toEqual(rows[i - 1].after);
    }
    for (const row of rows) {
      expect(row.after.version as number).toBeGreaterThan(row.before.version as number);
    }
  }

  describe('an enterprise', () => {
    let id: string;
    beforeEach(async () => {
      id = (await newEnterprise(t.dataSource, { regionCode: '370211' })).id;
    });

    it('answers its version in the body and as a strong ETag', async () => {
      const response = await t.http().get(`/api/enterprises/${id}`).set(bearer(huangdao)).expect(200);
      expect(response.body.version).toEqual(expect.any(Number));
      expect(response.headers.etag).toBe(`"${id}:${response.body.version}"`);
      // derived fields may change under the same version: no cache keeps it to revalidate
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('takes exactly one of 100 concurrent PATCHes with the same If-Match; the 99 others answer 412 and change nothing', async () => {
      const opened = await t.http().get(`/api/enterprises/${id}`).set(bearer(huangdao)).expect(200);
      const etag = opened.headers.etag as string;
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          t
            .http()
            .patch(`/api/enterprises/${id}`)
            .set(bearer(huangdao))
            .set('If-Match', etag)
            .send({ contactPerson: `联系人${i}` }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 412)).toHaveLength(99);

      const winner = responses.find((response) => response.status === 200)!;
      expect(winner.headers.etag).toBe(`"${id}:${winner.body.version}"`);
      expect(winner.body.version).toBeGreaterThan(opened.body.version);
      const refused = responses.find((response) => response.status === 412)!;
      expect(refused.body).toMatchObject({
        statusCode: 412,
        version: winner.body.version,
        changedBy: '黄岛张三',
        details: [],
      });
      expect(refused.body.message).toMatch(/^已被 黄岛张三 于 .+ 修改，请刷新后再改$/);

      const rows = await updates('enterprise', id, 'enterprise.update');
      expect(rows).toHaveLength(1);
      expect(rows[0].after).toMatchObject({ contactPerson: winner.body.contactPerson });
      const now = await t.http().get(`/api/enterprises/${id}`).set(bearer(huangdao)).expect(200);
      expect(now.body).toEqual(winner.body);
    });

    it('serialises concurrent PATCHes without If-Match: all applied, each audit "before" the previous "after"', async () => {
      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          t
            .http()
            .patch(`/api/enterprises/${id}`)
            .set(bearer(huangdao))
            .send({ headcount: 100 + i }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(40).fill(200));
      const rows = await updates('enterprise', id, 'enterprise.update');
      expect(rows).toHaveLength(40);
      expectChained(rows);
      const now = await t.http().get(`/api/enterprises/${id}`).set(bearer(huangdao)).expect(200);
      expect(rows[rows.length - 1].after).toMatchObject({
        headcount: now.body.headcount,
        version: now.body.version,
      });
    });

    it('answers 412 in English naming the editor, and refuses weak or foreign tags', async () => {
      const opened = await t.http().get(`/api/enterprises/${id}`).set(bearer(huangdao)).expect(200);
      await t
        .http()
        .patch(`/api/enterprises/${id}`)
        .set(bearer(huangdao))
        .set('If-Match', opened.headers.etag as string)
        .send({ address: '青岛市测试路 2 号' })
        .expect(200);
      const stale = await t
        .http()
        .patch(`/api/enterprises/${id}`)
        .set(bearer(huangdao))
        .set('Accept-Language', 'en')
        .set('If-Match', opened.headers.etag as string)
        .send({ address: '青岛市测试路 3 号' })
        .expect(412);
      expect(stale.body.message).toMatch(/^Changed by 黄岛张三 at .+; please reload before editing$/);

      const current = await t.http().get(`/api/enterprises/${id}`).set(bearer(huangdao)).expect(200);
      for (const tag of [
        `W/${current.headers.etag as string}`,
        `"${unique('other')}:${current.body.version}"`,
      ]) {
        await t
          .http()
          .patch(`/api/enterprises/${id}`)
          .set(bearer(huangdao))
          .set('If-Match', tag)
          .send({ address: '青岛市测试路 4 号' })
          .expect(412);
      }
      // `*` and a list holding the current tag both match
      await t
        .http()
        .patch(`/api/enterprises/${id}`)
        .set(bearer(huangdao))
        .set('If-Match', `"${id}:0", ${current.headers.etag as string}`)
        .send({ address: '青岛市测试路 5 号' })
        .expect(200);
      await t
        .http()
        .patch(`/api/enterprises/${id}`)
        .set(bearer(huangdao))
        .set('If-Match', '*')
        .send({ address: '青岛市测试路 6 号' })
        .expect(200);
      const rows = await updates('enterprise', id, 'enterprise.update');
      expect(rows.map((row) => row.after.address)).toEqual([
        '青岛市测试路 2 号',
        '青岛市测试路 5 号',
        '青岛市测试路 6 号',
      ]);
    });

    it('still answers 404 outside the scope, whatever the If-Match', async () => {
      const laoshan = await sessionOf(OrganisationType.DistrictBureau, '370212', Role.DistrictBureau, '崂山');
      await t
        .http()
        .patch(`/api/enterprises/${id}`)
        .set(bearer(laoshan))
        .set('If-Match', `"${id}:1"`)
        .send({ address: 'x' })
        .expect(404);
    });
  });

  describe('a programme task', () => {
    let programmeId: string;
    let taskId: string;
    let url: string;
    beforeEach(async () => {
      programmeId = await newProgramme(t.dataSource);
      const phaseId = await newPhase(t.dataSource, programmeId, unique('阶段'));
      taskId = await newTask(t.dataSource, {
        programmeId,
        phaseId,
        title: unique('任务'),
        dueOn: chinaDay(30),
        status: 'not-started',
        responsible: [],
      });
      url = `/api/programmes/${programmeId}/tasks/${taskId}`;
    });

    const taskOf = async () => {
      const list = await t.http().get(`/api/programmes/${programmeId}/tasks`).set(bearer(city)).expect(200);
      return (list.body as Array<{ id: string; version: number; title: string }>).find(
        (task) => task.id === taskId,
      )!;
    };

    it('takes one of 100 concurrent PATCHes with the same If-Match; the others answer 412', async () => {
      const task = await taskOf();
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          t
            .http()
            .patch(url)
            .set(bearer(city))
            .set('If-Match', `"${taskId}:${task.version}"`)
            .send({ title: `任务 ${i}` }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 412)).toHaveLength(99);
      const winner = responses.find((response) => response.status === 200)!;
      expect(winner.headers.etag).toBe(`"${taskId}:${task.version + 1}"`);
      expect(responses.find((response) => response.status === 412)!.body.message).toContain('市局李四');
      expect(await updates('programme_task', taskId, 'programme.task.update')).toHaveLength(1);
      expect((await taskOf()).title).toBe(winner.body.title);
    });

    it('serialises concurrent PATCHes without If-Match with a consistent audit chain', async () => {
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          t
            .http()
            .patch(url)
            .set(bearer(city))
            .send({ title: `任务 ${i}` }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(30).fill(200));
      const rows = await updates('programme_task', taskId, 'programme.task.update');
      expect(rows).toHaveLength(30);
      expectChained(rows);
      expect(rows[29].after).toMatchObject({
        title: (await taskOf()).title,
        version: (await taskOf()).version,
      });
    });

    it('refuses a DELETE with a stale If-Match and keeps the task', async () => {
      const task = await taskOf();
      await t.http().patch(url).set(bearer(city)).send({ title: '改过' }).expect(200);
      await t.http().delete(url).set(bearer(city)).set('If-Match', `"${taskId}:${task.version}"`).expect(412);
      expect(await taskOf()).toBeDefined();
      await t
        .http()
        .delete(url)
        .set(bearer(city))
        .set('If-Match', `"${taskId}:${task.version + 1}"`)
        .expect(204);
    });
  });

  describe('the ETag round trip', () => {
    /** GET's ETag lets one write through, which answers the next ETag; the old one is then stale. */
    async function roundTrip(session: Session, url: string, body: object): Promise<void> {
      const opened = await t.http().get(url).set(bearer(session)).expect(200);
      const etag = opened.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+:\d+"$/);
      const written = await t
        .http()
        .patch(url)
        .set(bearer(session))
        .set('If-Match', etag)
        .send(body)
        .expect(200);
      expect(written.headers.etag).not.toBe(etag);
      const again = await t.http().get(url).set(bearer(session)).expect(200);
      expect(again.headers.etag).toBe(written.headers.etag);
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
      await t.http().patch(url).set(bearer(session)).set('If-Match', etag).send(body).expect(412);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    }

    it('of a programme', async () => {
      const id = await newProgramme(t.dataSource);
      await roundTrip(city, `/api/programmes/${id}`, { title: unique('工作方案') });
    });

    it('of an organisation', async () => {
      const organisation = await newOrganisation(t.dataSource, {
        type: OrganisationType.Enterprise,
        regionCode: '370211',
      });
      await roundTrip(admin, `/api/organisations/${organisation.id}`, { address: unique('地址') });
    });

    it('of a user', async () => {
      const organisation = await newOrganisation(t.dataSource, {
        type: OrganisationType.DistrictBureau,
        regionCode: '370211',
      });
      const user = await newUser(t.dataSource, organisation, Role.DistrictBureau);
      await roundTrip(admin, `/api/users/${user.id}`, { displayName: unique('用户').slice(0, 20) });
    });

    it('of a working-group member', async () => {
      const programmeId = await newProgramme(t.dataSource);
      const member = await t
        .http()
        .post(`/api/programmes/${programmeId}/working-group`)
        .set(bearer(city))
        .send({ name: '王五', unit: '人社局', role: 'member', phone: '13800000000' });
      expect(member.status).toBe(201);
      await roundTrip(city, `/api/programmes/${programmeId}/working-group/${member.body.id}`, {
        unit: '劳动关系处',
      });
    });
  });
  describe('a plan and its milestones', () => {
    it('raises the plan’s version with a milestone, so an edit opened before it is stale and names its editor', async () => {
      const programmeId = await newProgramme(t.dataSource);
      const enterprise = await newEnterprise(t.dataSource, { regionCode: '370211' });
      const applicationId = await newApplication(
        t.dataSource,
        programmeId,
        enterprise.id,
        PilotStatus.Approved,
      );
      const bureau = await newOrganisation(t.dataSource, {
        type: OrganisationType.DistrictBureau,
        regionCode: '370211',
      });
      await newPlanMilestone(t.dataSource, applicationId, bureau, { title: '制度建立', dueOn: chinaDay(30) });
      const url = `/api/pilot-applications/${applicationId}/plan`;
      const opened = await t.http().get(url).set(bearer(huangdao)).expect(200);
      expect(opened.headers.etag).toBe(`"${opened.body.id}:${opened.body.version}"`);
      const milestoneId = opened.body.milestones[0].id as string;

      const done = await t
        .http()
        .patch(`${url}/milestones/${milestoneId}`)
        .set(bearer(huangdao))
        .set('If-Match', opened.headers.etag as string)
        .send({ done: true })
        .expect(200);
      expect(done.body.version).toBeGreaterThan(opened.body.version);
      expect(done.headers.etag).toBe(`"${opened.body.id}:${done.body.version}"`);

      const stale = await t
        .http()
        .patch(url)
        .set(bearer(huangdao))
        .set('If-Match', opened.headers.etag as string)
        .send({ notes: '晚了一步' })
        .expect(412);
      expect(stale.body).toMatchObject({ changedBy: '黄岛张三', version: done.body.version });
      await t
        .http()
        .delete(`${url}/milestones/${milestoneId}`)
        .set(bearer(huangdao))
        .set('If-Match', opened.headers.etag as string)
        .expect(412);
      expect((await t.http().get(url).set(bearer(huangdao)).expect(200)).body.milestones).toHaveLength(1);
    });
  });

  describe('a programme’s settings', () => {
    it('share the programme’s version: a quota change makes an open programme edit stale', async () => {
      const programmeId = await newProgramme(t.dataSource);
      const quotasUrl = `/api/programmes/${programmeId}/quotas`;
      const quotas = await t.http().get(quotasUrl).set(bearer(city)).expect(200);
      expect(quotas.headers.etag).toBe(`"${programmeId}:${quotas.body.programmeVersion}"`);
      const programme = await t.http().get(`/api/programmes/${programmeId}`).set(bearer(city)).expect(200);
      expect(programme.headers.etag).toBe(quotas.headers.etag);

      const saved = await t
        .http()
        .put(quotasUrl)
        .set(bearer(city))
        .set('If-Match', quotas.headers.etag as string)
        .send({ quotas: [{ regionCode: '370211', quota: 7 }] })
        .expect(200);
      expect(saved.body.programmeVersion).toBe(quotas.body.programmeVersion + 1);
      await t
        .http()
        .put(quotasUrl)
        .set(bearer(city))
        .set('If-Match', quotas.headers.etag as string)
        .send({ quotas: [{ regionCode: '370211', quota: 3 }] })
        .expect(412);
      const stale = await t
        .http()
        .patch(`/api/programmes/${programmeId}`)
        .set(bearer(city))
        .set('If-Match', programme.headers.etag as string)
        .send({ title: unique('工作方案') })
        .expect(412);
      expect(stale.body.changedBy).toBe('市局李四');
    });
  });

  it('keys an occupation’s ETag by its code, and refuses a stale DELETE', async () => {
    const code = `8-99-${String(randomInt(10, 99))}-${String(randomInt(10, 99))}`;
    await t
      .http()
      .post('/api/occupations')
      .set(bearer(admin))
      .send({ code, nameZh: unique('职业') })
      .expect(201);
    const opened = await t.http().get(`/api/occupations/${code}`).set(bearer(admin)).expect(200);
    expect(opened.headers.etag).toBe(`"${code}:${opened.body.version}"`);
    await t
      .http()
      .patch(`/api/occupations/${code}`)
      .set(bearer(admin))
      .set('If-Match', opened.headers.etag as string)
      .send({ urgentlyNeeded: true })
      .expect(200);
    await t
      .http()
      .delete(`/api/occupations/${code}`)
      .set(bearer(admin))
      .set('If-Match', opened.headers.etag as string)
      .expect(412);
    await t.http().get(`/api/occupations/${code}`).set(bearer(admin)).expect(200);
  });
});
