import { checkCreditCode, Role, shiftIsoDays } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { AppConfig, parseEnv } from '../../common/config/app-config';
import { freshDatabase } from '../../../test/fresh-database';
import { EnterpriseEntity } from '../../modules/enterprises/enterprise.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { ProgrammePhaseEntity } from '../../modules/programme-structure/programme-phase.entity';
import { ProgrammeTaskResponsibleEntity } from '../../modules/ledger-tasks/programme-task-responsible.entity';
import { ProgrammeTaskEntity } from '../../modules/ledger-tasks/programme-task.entity';
import { ProgrammeEntity } from '../../modules/programmes/programme.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { SEED_OCCUPATIONS } from './occupations';
import { Seeder } from './seeder';

/** Seeding on a database of its own, in both modes. */
describe('seed data', () => {
  const env = { REDIS_PREFIX: 'skillpay-test-seed', LOAD_DEMO_DATA: '' };
  let base: AppConfig;
  const configFor = (overrides: Record<string, string>) =>
    new AppConfig(
      parseEnv({
        ...process.env,
        ...env,
        DATABASE_URL: base.databaseUrl,
        MIGRATION_DATABASE_URL: base.migrationDatabaseUrl,
        ...overrides,
      }),
    );
  let dataSource: DataSource;

  beforeEach(async () => {
    ({ config: base, owner: dataSource } = await freshDatabase('seed', env));
  });
  afterEach(() => dataSource.destroy());

  it('loads the demo accounts for every role once: a second run changes nothing', async () => {
    const config = configFor({ NODE_ENV: 'development' });
    // loaded on 1 September 2026 (China time): the demo plan is placed around that day
    const loadedOn = '2026-09-01';
    expect(await new Seeder(dataSource, config).run(loadedOn)).toEqual({
      regions: 14,
      occupations: SEED_OCCUPATIONS.length,
      organisations: 29,
      users: 18,
      enterprises: 13,
      programmes: 2,
      caseCollections: 1,
      talentLists: 1,
      talents: 7,
    });
    expect(await new Seeder(dataSource, config).run()).toEqual({
      regions: 0,
      occupations: 0,
      organisations: 0,
      users: 0,
      enterprises: 0,
      programmes: 0,
      caseCollections: 0,
      talentLists: 0,
      talents: 0,
    });
    const users = await dataSource.getRepository(UserEntity).find({ relations: { organisation: true } });
    expect(users.map((u) => [u.username, u.role]).sort()).toEqual(
      [
        ['auditor', Role.AuditAdmin],
        ...['ent-a', 'ent-b', 'ent-c', 'ent-d', 'ent-e', 'ent-f', 'ent-g', 'ent-h', 'ent-i'].map(
          (username) => [username, Role.Enterprise],
        ),
        ['qd-city', Role.CityBureau],
        ['qd-city-checker', Role.CityBureau],
        ['qd-huangdao', Role.DistrictBureau],
        ['qd-laoshan', Role.DistrictBureau],
        ['reviewer-federation', Role.Reviewer],
        ['reviewer-fic', Role.Reviewer],
        ['reviewer-union', Role.Reviewer],
        ['sysadmin', Role.SystemAdmin],
      ].sort(),
    );
    const huangdao = users.filter((u) => u.organisation!.regionCode === '370211').map((u) => u.username);
    expect(huangdao.sort()).toEqual(['ent-a', 'ent-b', 'ent-e', 'ent-f', 'qd-huangdao']);
    // the demo programme: active, Qingdao's phases placed around the load date (部署发动 over,
    // 服务指导 under way, 总结评估 ahead), tasks with responsible organisations
    const programmes = await dataSource.getRepository(ProgrammeEntity).find({ order: { year: 'DESC' } });
    expect(programmes.map((p) => [p.documentNumber, p.year, p.status, p.reportCadence])).toEqual([
      ['青人社字〔2021〕61号', 2026, 'active', 'monthly'],
      // the city's earlier survey: the non-pilots' wage data lives there
      ['青人社办字〔2025〕18号', 2025, 'closed', 'quarterly'],
    ]);
    const day = (offset: number) => shiftIsoDays(loadedOn, offset);
    const phases = await dataSource.getRepository(ProgrammePhaseEntity).find({ order: { position: 'ASC' } });
    expect(phases.map((p) => [p.name, p.startsOn, p.endsOn])).toEqual([
      ['部署发动', day(-75), day(-45)],
      ['服务指导', day(-45), day(30)],
      ['总结评估', day(31), day(120)],
    ]);
    expect(phases[0].startsOn).toBe('2026-06-18');
    const tasks = await dataSource.getRepository(ProgrammeTaskEntity).find({ order: { position: 'ASC' } });
    // a live plan: done, in progress, due within the week, overdue, ahead; three tasks follow the portal
    expect(tasks.map((task) => [task.title, task.dueOn, task.status, task.linkedEvent])).toEqual([
      ['成立工作小组', day(-45), 'done', null],
      ['宣传发动', day(-45), 'in-progress', null],
      ['选取样本企业', day(-45), 'not-started', 'pilot-quotas'],
      ['一企一策指导', day(30), 'not-started', 'guidance'],
      ['专项培训', day(5), 'in-progress', null],
      ['发布工资价位', day(30), 'not-started', 'benchmark-release'],
      ['示范班', day(120), 'not-started', null],
      ['案例精选', day(120), 'not-started', null],
    ]);
    // 青人社字〔2021〕61号 四(四) names the union and the federations: they answer for their parts
    const unitsOf = async (title: string) =>
      (
        await dataSource.query<Array<{ name: string }>>(
          `SELECT o.name FROM programme_task t
           JOIN programme_task_responsible r ON r.task_id = t.id
           JOIN organisation o ON o.id = r.organisation_id
           WHERE t.title = $1 AND o.type IN ('trade_union', 'enterprise_confederation', 'industry_commerce_federation')`,
          [title],
        )
      )
        .map((row) => row.name)
        .sort();
    expect(await unitsOf('宣传发动')).toEqual(['青岛市企业联合会', '青岛市工商业联合会', '青岛市总工会']);
    expect(await unitsOf('专项培训')).toEqual(['青岛市企业联合会', '青岛市总工会']);
    expect(await unitsOf('案例精选')).toEqual([]);
    const huangdaoTasks = await dataSource
      .getRepository(ProgrammeTaskResponsibleEntity)
      .countBy({ organisationId: users.find((u) => u.username === 'qd-huangdao')!.organisationId });
    expect(huangdaoTasks).toBe(6);
    // the demo enterprises are registered with credit codes that pass the GB 32100 check
    const enterprises = await dataSource.getRepository(EnterpriseEntity).find();
    expect(enterprises.map((e) => checkCreditCode(e.creditCode))).toEqual(enterprises.map(() => null));
    // every demo enterprise is an approved pilot with its 一企一策 plan, within the district quotas
    const pilots: { region_code: string; approved: number; plans: number; quota: number | null }[] =
      await dataSource.query(
        `
        SELECT o.region_code, count(*)::int AS approved, count(p.id)::int AS plans, q.quota
          FROM pilot_application a
          JOIN organisation o ON o.id = a.enterprise_id
          LEFT JOIN enterprise_plan p ON p.application_id = a.id
          LEFT JOIN programme_quota q ON q.programme_id = a.programme_id AND q.region_code = o.region_code
         WHERE a.status = 'approved' AND a.programme_id = $1
         GROUP BY o.region_code, q.quota ORDER BY o.region_code`,
        [programmes[0].id],
      );
    expect(pilots).toEqual([
      { region_code: '370200', approved: 1, plans: 1, quota: null },
      { region_code: '370211', approved: 4, plans: 4, quota: 4 },
      { region_code: '370212', approved: 3, plans: 3, quota: 3 },
      { region_code: '370214', approved: 1, plans: 1, quota: null },
    ]);

    // the evaluation phase's data: every pilot's monthly reports since its approval (ten weeks
    // before the load date, 2026-06-23) that ended before 1 September — June, July and August —
    // accepted, adoption advancing, performance pay asked of each
    const reports = await dataSource.query<
      Array<{ name: string; period: string; status: string; pay: string; reviewer: string }>
    >(
      `SELECT o.name, r.period, r.status, v.adoption -> 'performancePay' ->> 'status' AS pay,
              a.username AS reviewer
       FROM progress_report r JOIN organisation o ON o.id = r.enterprise_id
       JOIN progress_report_version v ON v.report_id = r.id JOIN app_user a ON a.id = v.reviewed_by
       ORDER BY o.name, r.period`,
    );
    expect(reports).toHaveLength(27);
    expect(new Set(reports.map((report) => report.period))).toEqual(
      new Set(['2026-06', '2026-07', '2026-08']),
    );
    expect(new Set(reports.map((report) => report.status))).toEqual(new Set(['accepted']));
    const haisheng = reports.filter((report) => report.name === '青岛海晟船舶装备有限公司');
    expect(haisheng.map((report) => [report.pay, report.reviewer])).toEqual([
      ['adopted', 'qd-huangdao'],
      ['adopted', 'qd-huangdao'],
      ['adopted', 'qd-huangdao'],
    ]);
    const ruihe = reports.filter((report) => report.name === '青岛瑞和精密机械有限公司');
    // stages 0 → 1: the latest report takes the step, so the evaluation shows a change since the one before
    expect(ruihe.map((report) => report.pay)).toEqual(['not-started', 'not-started', 'in-progress']);
    // the 市直 pilot is reviewed by the city
    expect(
      reports.filter((report) => report.name === '青岛海联重型装备集团有限公司').map((r) => r.reviewer),
    ).toEqual(['qd-city', 'qd-city', 'qd-city']);
    // trainings and 示范班 name non-pilot enterprises among their attendees
    const reached = await dataSource.query<Array<{ kind: string; non_pilots: number }>>(
      `SELECT g.kind::text, count(DISTINCT e)::int AS non_pilots FROM guidance_activity g, unnest(g.enterprise_ids) e
       WHERE g.programme_id = $1 AND e NOT IN (SELECT enterprise_id FROM pilot_application WHERE programme_id = $1)
       GROUP BY g.kind ORDER BY g.kind::text`,
      [programmes[0].id],
    );
    expect(reached).toEqual([
      { kind: 'demonstration-class', non_pilots: 2 },
      { kind: 'training', non_pilots: 3 },
    ]);
  });

  it('in production creates only the initial administrator, who must change the password', async () => {
    const config = configFor({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      TWO_FACTOR_KEY: 'y'.repeat(32),
      PERSONAL_DATA_KEY: 'z'.repeat(32),
      INITIAL_ADMIN_USERNAME: 'root-admin',
      INITIAL_ADMIN_PASSWORD: 'First#Admin2026',
    });
    // the occupation catalogue is reference data: production gets it too
    expect(await new Seeder(dataSource, config).run()).toMatchObject({
      occupations: SEED_OCCUPATIONS.length,
      organisations: 1,
      users: 1,
    });
    const users = await dataSource.getRepository(UserEntity).find();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({
      username: 'root-admin',
      role: Role.SystemAdmin,
      mustChangePassword: true,
    });
    expect(await dataSource.getRepository(OrganisationEntity).count()).toBe(1);
    // a fresh production install enforces two-factor for the bureaus, the administrator and the auditor
    expect(
      await dataSource.query(`SELECT role::text, enforced FROM two_factor_setting ORDER BY role::text`),
    ).toEqual([
      { role: 'auditor', enforced: true },
      { role: 'city_bureau', enforced: true },
      { role: 'district_bureau', enforced: true },
      { role: 'sysadmin', enforced: true },
    ]);
    // restarting never resets the administrator's password
    expect(await new Seeder(dataSource, config).run()).toMatchObject({ users: 0 });
  });

  it('in production refuses an initial password that breaks the policy, naming the variable', async () => {
    const config = configFor({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      TWO_FACTOR_KEY: 'y'.repeat(32),
      PERSONAL_DATA_KEY: 'z'.repeat(32),
      INITIAL_ADMIN_PASSWORD: 'admin123',
    });
    await expect(new Seeder(dataSource, config).run()).rejects.toThrow(
      /INITIAL_ADMIN_PASSWORD breaks the password policy/,
    );
    expect(await dataSource.getRepository(UserEntity).count()).toBe(0);
  });
});
