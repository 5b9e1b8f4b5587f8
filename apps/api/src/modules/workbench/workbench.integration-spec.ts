import { DEMO_REVIEW_CASE } from '../../database/seed/demo-case-review';
import { randomUUID } from 'node:crypto';
import { PilotStatus, Role } from '@skillpay/domain';
import {
  chinaDay,
  newApplication,
  newEnterprise,
  newPlanMilestone,
  newProgramme,
} from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { OrganisationType } from '@skillpay/domain';

interface Item {
  id: string;
  title: string;
  subtitle: string | null;
  dueOn: string | null;
  overdue: boolean;
  link: string;
}
interface Group {
  kind: string;
  count: number;
  listLink: string;
  items: Item[];
}

/** 待办: the workbench of each demo role, in its scope, every item opening a page its reader can open. */
describe('GET /api/workbench', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  let programmeId: string;
  const names: Record<string, string> = {};
  // unique: other suites give 黄岛 pilots milestones of the same common title
  const laoshanMilestone = `完成岗位评价-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await createTestApp();
    for (const username of ['qd-city', 'qd-huangdao', 'qd-laoshan', 'ent-a', 'reviewer-union', 'sysadmin']) {
      sessions[username] = await login(t, username, DEMO_PASSWORD);
    }
    // applications at every step: submitted in 黄岛 and 崂山 and at the city itself (市直), recommended in 黄岛
    programmeId = await newProgramme(t.dataSource);
    for (const [key, regionCode, status] of [
      ['huangdaoSubmitted', '370211', PilotStatus.Submitted],
      ['laoshanSubmitted', '370212', PilotStatus.Submitted],
      ['cityDirectSubmitted', '370200', PilotStatus.Submitted],
      ['huangdaoRecommended', '370211', PilotStatus.Recommended],
    ] as const) {
      const enterprise = await newEnterprise(t.dataSource, regionCode);
      names[key] = enterprise.name;
      names[`${key}Id`] = await newApplication(t.dataSource, programmeId, enterprise.id, status);
    }
    // a 崂山 pilot's milestone, overdue: the city's and 崂山's, never 黄岛's. Long overdue, so it
    // leads the group's first page (the ten most overdue) whatever other suites left overdue
    // in the shared test database
    const laoshanPilot = await newEnterprise(t.dataSource, '370212');
    const laoshanBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    const application = await newApplication(
      t.dataSource,
      programmeId,
      laoshanPilot.id,
      PilotStatus.Approved,
    );
    await newPlanMilestone(t.dataSource, application, laoshanBureau, {
      title: laoshanMilestone,
      dueOn: chinaDay(-3650),
    });
  });
  afterAll(() => t.close());

  async function workbench(username: string): Promise<Group[]> {
    return (await t.http().get('/api/workbench').set(bearer(sessions[username])).expect(200)).body.groups;
  }
  const group = (groups: Group[], kind: string) => groups.find((g) => g.kind === kind);
  const titles = (groups: Group[], kind: string) =>
    group(groups, kind)?.items.map((item) => item.title) ?? [];

  it('shows a district bureau the applications awaiting its recommendation, in its district only', async () => {
    const groups = await workbench('qd-huangdao');
    expect(titles(groups, 'pilots-to-recommend')).toContain(names.huangdaoSubmitted);
    expect(titles(groups, 'pilots-to-recommend')).not.toContain(names.laoshanSubmitted);
    expect(titles(groups, 'pilots-to-recommend')).not.toContain(names.cityDirectSubmitted);
    const item = group(groups, 'pilots-to-recommend')!.items.find(
      (i) => i.title === names.huangdaoSubmitted,
    )!;
    expect(item.link).toBe(`/pilot-applications/${names.huangdaoSubmittedId}`);
    // the city decides: not a district to-do
    expect(group(groups, 'pilots-to-approve')).toBeUndefined();
    expect(titles(groups, 'milestones-due')).not.toContain(laoshanMilestone);
    expect(titles(await workbench('qd-laoshan'), 'pilots-to-recommend')).toContain(names.laoshanSubmitted);
    expect(titles(await workbench('qd-laoshan'), 'milestones-due')).toContain(laoshanMilestone);
  });

  it('shows the city bureau the applications awaiting approval, and the 市直 ones awaiting its recommendation', async () => {
    const groups = await workbench('qd-city');
    expect(titles(groups, 'pilots-to-approve')).toContain(names.huangdaoRecommended);
    expect(titles(groups, 'pilots-to-recommend')).toEqual([names.cityDirectSubmitted]);
    const milestone = group(groups, 'milestones-due')!.items.find((i) => i.title === laoshanMilestone)!;
    expect(milestone).toMatchObject({ dueOn: chinaDay(-3650), overdue: true, subtitle: expect.any(String) });
    // the count covers the items beyond the first page too
    for (const g of groups) expect(g.count).toBeGreaterThanOrEqual(g.items.length);
  });

  it('shows an enterprise the reports it owes, with their due dates and the page to write them', async () => {
    const schedule = await t
      .http()
      .get('/api/progress-reports/schedule')
      .set(bearer(sessions['ent-a']))
      .expect(200);
    const owed = (
      schedule.body.programmes as Array<{
        programmeId: string;
        periods: Array<{ period: string; dueOn: string; owed: boolean; reportId: string | null }>;
      }>
    ).flatMap((p) =>
      p.periods.filter((period) => period.owed && !period.reportId).map((period) => ({ p, period })),
    );
    expect(owed.length).toBeGreaterThan(0);
    const groups = await workbench('ent-a');
    const due = group(groups, 'reports-due')!;
    expect(due.count).toBe(owed.length);
    const { p, period } = owed[0];
    expect(due.items).toContainEqual(
      expect.objectContaining({
        dueOn: period.dueOn,
        link: `/progress-reports/new?programmeId=${p.programmeId}&period=${period.period}`,
      }),
    );
    // bureaus' work is not the enterprise's
    expect(group(groups, 'pilots-to-recommend')).toBeUndefined();
    expect(group(groups, 'tasks-due')).toBeUndefined();
  });

  it('gives a reviewer its case reviews and its own ledger tasks, opening pages it can open (not the ledger)', async () => {
    const groups = await workbench('reviewer-union');
    expect(new Set(groups.map((g) => g.kind))).toEqual(new Set(['tasks-due', 'case-reviews-due']));
    // the demo union answers for 宣传发动 (overdue) and 专项培训 (due within the week), here and in the
    // Qingdao programmes other specs create
    expect(new Set(titles(groups, 'tasks-due'))).toEqual(new Set(['专项培训', '宣传发动']));
    expect(
      group(groups, 'tasks-due')!.items.every((item) => /^\/my-tasks\/[0-9a-f-]{36}$/.test(item.link)),
    ).toBe(true);
    expect(group(groups, 'case-reviews-due')!.items[0]).toMatchObject({
      title: DEMO_REVIEW_CASE.title,
      subtitle: '青岛海晟船舶装备有限公司',
      overdue: false,
      link: expect.stringMatching(/^\/my-reviews\//),
    });
  });

  it('shows a draft release to whoever may check it, but not to its maker', async () => {
    const city = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM app_user WHERE username = 'qd-city'`,
    );
    const colleague = await newUser(
      t.dataSource,
      (await t.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE username = 'qd-city'`))[0],
      Role.CityBureau,
    );
    const release = async (maker: string) => {
      const programme = await newProgramme(t.dataSource);
      const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO benchmark_release (programme_id, year, status, min_enterprises, max_enterprise_share,
           enterprise_count, employee_count, computed_at, created_by)
         VALUES ($1, 2025, 'draft', 3, 50, 0, 0, now(), $2) RETURNING id`,
        [programme, maker],
      );
      return id;
    };
    const byColleague = await release(colleague.id);
    const byCity = await release(city[0].id);
    const ids = (group(await workbench('qd-city'), 'releases-to-check')?.items ?? []).map((i) => i.id);
    expect(ids).toContain(byColleague);
    expect(ids).not.toContain(byCity);
    expect(group(await workbench('qd-huangdao'), 'releases-to-check')).toBeUndefined();
  });

  it('shows the system administrator the accounts locked after failed logins', async () => {
    const organisation = await newOrganisation(t.dataSource, { regionCode: '370211' });
    const user = await newUser(t.dataSource, organisation, Role.Enterprise);
    await t.dataSource.query(
      `INSERT INTO login_throttle (username, failed_count, last_failed_at, locked_until)
       VALUES ($1, 5, now(), now() + interval '15 minutes')`,
      [user.username],
    );
    const locked = group(await workbench('sysadmin'), 'locked-accounts')!;
    expect(locked.items).toContainEqual(
      expect.objectContaining({ title: user.username, link: `/users/${user.id}` }),
    );
  });

  /** The API read behind each page a to-do opens. */
  function apiReadOf(link: string): { path: string; contains?: string } {
    const url = new URL(link, 'http://portal');
    const [, resource, id, sub] = url.pathname.split('/');
    // the city's review page and the reviewer's scoring page read a case's reviews
    if ((resource === 'cases' && sub === 'review') || resource === 'my-reviews')
      return { path: `/api/cases/${id}/reviews` };
    if (resource === 'programmes')
      return { path: `/api/programmes/${id}/tasks`, contains: url.searchParams.get('task')! };
    if (id === 'new')
      return {
        path: `/api/progress-reports/schedule?programmeId=${url.searchParams.get('programmeId')}`,
        contains: url.searchParams.get('period')!,
      };
    return { path: `/api/${resource}/${id}` };
  }

  it.each(['qd-city', 'qd-huangdao', 'qd-laoshan', 'ent-a', 'sysadmin'])(
    '%s: every to-do opens a page its reader can open (no dead end)',
    async (username) => {
      const groups = await workbench(username);
      expect(groups.length).toBeGreaterThan(0);
      for (const item of groups.flatMap((g) => g.items)) {
        const { path, contains } = apiReadOf(item.link);
        const response = await t.http().get(path).set(bearer(sessions[username]));
        expect({ link: item.link, status: response.status }).toEqual({ link: item.link, status: 200 });
        if (contains) expect(JSON.stringify(response.body)).toContain(contains);
      }
    },
  );
});
