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
      regions: 12,
      occupations: SEED_OCCUPATIONS.length,
      organisations: 23,
      users: 10,
      enterprises: 8,
      programmes: 1,
    });
    expect(await new Seeder(dataSource, config).run()).toEqual({
      regions: 0,
      occupations: 0,
      organisations: 0,
      users: 0,
      enterprises: 0,
      programmes: 0,
    });
    const users = await dataSource.getRepository(UserEntity).find({ relations: { organisation: true } });
    expect(users.map((u) => [u.username, u.role]).sort()).toEqual(
      [
        ['auditor', Role.AuditAdmin],
        ['ent-a', Role.Enterprise],
        ['ent-b', Role.Enterprise],
        ['qd-city', Role.CityBureau],
        ['qd-city-checker', Role.CityBureau],
        ['qd-huangdao', Role.DistrictBureau],
        ['qd-laoshan', Role.DistrictBureau],
        ['reviewer-federation', Role.Reviewer],
        ['reviewer-union', Role.Reviewer],
        ['sysadmin', Role.SystemAdmin],
      ].sort(),
    );
    const huangdao = users.filter((u) => u.organisation!.regionCode === '370211').map((u) => u.username);
    expect(huangdao.sort()).toEqual(['ent-a', 'ent-b', 'qd-huangdao']);
    // the demo programme: active, Qingdao's phases placed around the load date (部署发动 over,
    // 服务指导 under way, 总结评估 ahead), tasks with responsible organisations
    const programmes = await dataSource.getRepository(ProgrammeEntity).find();
    expect(programmes.map((p) => [p.documentNumber, p.year, p.status])).toEqual([
      ['青人社字〔2021〕61号', 2026, 'active'],
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
    const huangdaoTasks = await dataSource
      .getRepository(ProgrammeTaskResponsibleEntity)
      .countBy({ organisationId: users.find((u) => u.username === 'qd-huangdao')!.organisationId });
    expect(huangdaoTasks).toBe(6);
    // the demo enterprises are registered with credit codes that pass the GB 32100 check
    const enterprises = await dataSource.getRepository(EnterpriseEntity).find();
    expect(enterprises.map((e) => checkCreditCode(e.creditCode))).toEqual(enterprises.map(() => null));
    // every demo enterprise is an approved pilot with its 一企一策 plan, within the district quotas
    const pilots: { region_code: string; approved: number; plans: number; quota: number | null }[] =
      await dataSource.query(`
        SELECT o.region_code, count(*)::int AS approved, count(p.id)::int AS plans, q.quota
          FROM pilot_application a
          JOIN organisation o ON o.id = a.enterprise_id
          LEFT JOIN enterprise_plan p ON p.application_id = a.id
          LEFT JOIN programme_quota q ON q.programme_id = a.programme_id AND q.region_code = o.region_code
         WHERE a.status = 'approved'
         GROUP BY o.region_code, q.quota ORDER BY o.region_code`);
    expect(pilots).toEqual([
      { region_code: '370211', approved: 4, plans: 4, quota: 4 },
      { region_code: '370212', approved: 3, plans: 3, quota: 3 },
      { region_code: '370214', approved: 1, plans: 1, quota: null },
    ]);
  });

  it('in production creates only the initial administrator, who must change the password', async () => {
    const config = configFor({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      TWO_FACTOR_KEY: 'y'.repeat(32),
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
      INITIAL_ADMIN_PASSWORD: 'admin123',
    });
    await expect(new Seeder(dataSource, config).run()).rejects.toThrow(
      /INITIAL_ADMIN_PASSWORD breaks the password policy/,
    );
    expect(await dataSource.getRepository(UserEntity).count()).toBe(0);
  });
});
