import { OrganisationType, PilotStatus, Role, WageUploadStatus } from '@skillpay/domain';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../src/common/config/app-config';
import { enterpriseInput, newEnterprise } from './enterprise-builders';
import { eventually, FaultProxy, timed } from './fault-proxy';
import { newApplication, newProgramme } from './programme-builders';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newIp,
  newSession,
  newUser,
  type Session,
  type TestApp,
  uniqueEmployeeRef,
} from './test-app';

/**
 * The API with PostgreSQL or Redis behind a TCP proxy that refuses, hangs or cuts: every request
 * answers within seconds — 503 in the shared error shape when it needs what is missing — and all
 * works again without a restart once the proxy passes. The bound (10 s) only catches hangs.
 */
const ANSWERS_WITHIN_MS = 10_000;

/** The app built with `env` on top of the test environment (AppConfig reads it once, at start). */
async function appWith(env: Record<string, string>): Promise<TestApp> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await createTestApp();
  } finally {
    process.env = saved;
  }
}

const unavailable = (service: 'redis' | 'database', message: string) => ({
  statusCode: 503,
  error: 'Service Unavailable',
  message,
  details: [],
  requestId: expect.any(String),
  service,
});

const HEADER = '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他';
const wageCsv = () =>
  Buffer.from(
    `\uFEFF${HEADER}\r\n${uniqueEmployeeRef()},6-18-01-01,三级/高级工,技能,12,36000,24000,18000,3600,0\r\n`,
  );

describe('Redis refusing or hanging (through a TCP proxy)', () => {
  const config = new AppConfig();
  let proxy: FaultProxy;
  let t: TestApp;
  let enterprise: Session;
  let programmeId: string;
  const uploads: string[] = [];

  beforeAll(async () => {
    proxy = await FaultProxy.start(config.redisUrl, 6379);
    t = await appWith({ REDIS_URL: proxy.proxied(config.redisUrl) });
    await t.dataSource.query(
      `INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
       ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
    );
    programmeId = await newProgramme(t.dataSource);
    const organisation = await newEnterprise(t.dataSource, { regionCode: '370211' });
    await newApplication(t.dataSource, programmeId, organisation.id, PilotStatus.Approved);
    enterprise = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
  });
  afterAll(async () => {
    await t.dataSource.query(`DELETE FROM wage_upload WHERE id = ANY($1)`, [uploads]);
    await t.close();
    await proxy.close();
    await new Promise((resolve) => setTimeout(resolve, 3000));
  });

  const signIn = (language = 'zh-CN') =>
    t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .set('Accept-Language', language)
      .send({ username: 'qd-huangdao', password: DEMO_PASSWORD });

  it.each(['refuses', 'hangs'] as const)(
    'while Redis %s: login answers 503 within seconds, lists and uploads go on, and all recovers without a restart',
    async (fault) => {
      if (fault === 'refuses') await proxy.refuse();
      else proxy.hang();
      try {
        // the login rate limit fails closed (docs/operations.md)
        const refused = await timed(() => signIn());
        expect(refused.result.status).toBe(503);
        expect(refused.result.body).toEqual(
          unavailable('redis', '请求限流与任务队列服务暂时无法访问，请稍后再试'),
        );
        expect(refused.ms).toBeLessThan(ANSWERS_WITHIN_MS);
        expect((await signIn('en')).body.message).toBe(
          'The rate-limit and job queue service is temporarily unavailable; please try again later',
        );

        // a list needs no Redis
        const list = await timed(() => t.http().get('/api/wage-uploads').set(bearer(enterprise)));
        expect(list.result.status).toBe(200);
        expect(list.ms).toBeLessThan(ANSWERS_WITHIN_MS);

        // an upload is stored in PostgreSQL and answered as queued: the recovery job queues it
        // once Redis answers (a 503 after the commit would invite a duplicate)
        const upload = await timed(() =>
          t
            .http()
            .post('/api/wage-uploads')
            .set(bearer(enterprise))
            .field('programmeId', programmeId)
            .field('year', fault === 'refuses' ? '2024' : '2023')
            .attach('file', wageCsv(), 'wages.csv'),
        );
        expect(upload.result.status).toBe(201);
        expect(upload.result.body.status).toBe(WageUploadStatus.Queued);
        expect(upload.ms).toBeLessThan(ANSWERS_WITHIN_MS);
        uploads.push(upload.result.body.id as string);

        const health = await timed(() => t.http().get('/api/health'));
        expect(health.result.status).toBe(503);
        expect(health.result.body).toMatchObject({ status: 'error', db: 'up', redis: 'down' });
        expect(health.ms).toBeLessThan(ANSWERS_WITHIN_MS);
      } finally {
        await proxy.pass();
      }
      await eventually(async () => expect((await signIn()).status).toBe(200));
      await eventually(async () =>
        expect((await t.http().get('/api/health')).body).toMatchObject({ redis: 'up' }),
      );
    },
  );
});

describe('PostgreSQL refusing, hanging or dropping connections (through a TCP proxy)', () => {
  const config = new AppConfig();
  let proxy: FaultProxy;
  let t: TestApp;
  let direct: Client;
  let bureau: Session;

  beforeAll(async () => {
    proxy = await FaultProxy.start(config.databaseUrl, 5432);
    t = await appWith({
      DATABASE_URL: proxy.proxied(config.databaseUrl),
      DB_CONNECT_TIMEOUT_MS: '1500',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      // the wage reader's time bound must stay below the statement timeout
      WAGE_PARSE_TIMEOUT_MS: '1500',
      // set-up as the owner is not what is tested here: the app alone goes through the proxy
      MIGRATION_DATABASE_URL: '',
    });
    // the test's own view of the database, not through the proxy
    direct = new Client({ connectionString: config.databaseUrl });
    await direct.connect();
    bureau = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
  });
  afterAll(async () => {
    await proxy.pass();
    await direct.end();
    await t.close();
    await proxy.close();
  });

  const list = () => t.http().get('/api/enterprises').set(bearer(bureau));
  const signIn = () =>
    t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .send({ username: 'qd-huangdao', password: DEMO_PASSWORD });
  const DATABASE = unavailable('database', '数据库暂时无法访问，请稍后再试');

  it.each(['refuses', 'hangs'] as const)(
    'while PostgreSQL %s: requests answer 503 within seconds and all recovers without a restart',
    async (fault) => {
      if (fault === 'refuses') await proxy.refuse();
      else proxy.hang();
      try {
        for (const send of [list, signIn, list]) {
          const answer = await timed(() => send());
          expect(answer.result.status).toBe(503);
          expect(answer.result.body).toEqual(DATABASE);
          expect(answer.ms).toBeLessThan(ANSWERS_WITHIN_MS);
        }
        expect((await t.http().get('/api/health')).body).toMatchObject({ db: 'down' });
      } finally {
        await proxy.pass();
      }
      await eventually(async () => expect((await list()).status).toBe(200));
      await eventually(async () => expect((await signIn()).status).toBe(200));
    },
  );

  it('when connections are cut, requests answer 200 or 503 (never 500) and the next ones succeed', async () => {
    proxy.cut();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await list()).status);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(statuses.at(-1)).toBe(200);
  });

  it('a create whose answer was lost after its commit, repeated with the same Idempotency-Key, returns the first answer and creates one row', async () => {
    const key = randomUUID();
    const input = enterpriseInput({ regionCode: '370211' });
    const create = (body: object = input) =>
      t.http().post('/api/enterprises').set(bearer(bureau)).set('Idempotency-Key', key).send(body);

    // PostgreSQL commits, and the connection drops before the API hears so
    proxy.cutWhenServerSends(Buffer.from('COMMIT\0'));
    const lost = await create();
    expect(lost.status).toBe(503);
    expect(lost.body).toEqual(DATABASE);

    const repeated = await eventually(async () => {
      const answer = await create();
      expect(answer.status).toBe(201);
      return answer;
    });
    expect(repeated.headers['idempotent-replayed']).toBe('true');
    expect(repeated.body).toMatchObject({ name: input.name, creditCode: input.creditCode });
    const again = await create();
    expect(again.status).toBe(201);
    expect(again.body).toEqual(repeated.body);
    const { rows } = await direct.query(`SELECT count(*)::int AS n FROM enterprise WHERE credit_code = $1`, [
      input.creditCode,
    ]);
    expect(rows[0].n).toBe(1);

    // the same key with another request is refused, and does nothing
    const other = enterpriseInput({ regionCode: '370211' });
    const reused = await create(other);
    expect(reused.status).toBe(422);
    expect(reused.body.message).toBe(
      '此 Idempotency-Key 已用于另一个请求（POST /api/enterprises），新的提交请使用新的键',
    );
    const { rows: none } = await direct.query(
      `SELECT count(*)::int AS n FROM enterprise WHERE credit_code = $1`,
      [other.creditCode],
    );
    expect(none[0].n).toBe(0);
  });
});
