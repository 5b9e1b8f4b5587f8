import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OrganisationType, PilotStatus, Role, WageUploadStatus } from '@skillpay/domain';
import { randomUUID } from 'node:crypto';
import { enterpriseInput, newEnterprise } from '../../../test/enterprise-builders';
import { eventually } from '../../../test/fault-proxy';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newSession,
  newUser,
  type Session,
  type TestApp,
  uniqueEmployeeRef,
} from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';

describe('Idempotency-Key on creating POSTs', () => {
  let t: TestApp;
  let huangdao: Session;
  let otherBureau: Session;

  beforeAll(async () => {
    t = await createTestApp();
    huangdao = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    otherBureau = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
  });
  afterAll(() => t.close());

  const create = (session: Session, key: string, body: object) =>
    t.http().post('/api/enterprises').set(bearer(session)).set('Idempotency-Key', key).send(body);
  const enterprisesWith = async (creditCode: string) =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM enterprise WHERE credit_code = $1`,
        [creditCode],
      )
    )[0].n;

  it('answers a repeat with the first answer, and does the work once, also for two at the same time', async () => {
    const key = randomUUID();
    const input = enterpriseInput({ regionCode: '370211' });
    const [first, second] = await Promise.all([create(huangdao, key, input), create(huangdao, key, input)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toEqual(first.body);
    const third = await create(huangdao, key, input);
    expect(third.status).toBe(201);
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(third.body).toEqual(first.body);
    expect(await enterprisesWith(input.creditCode)).toBe(1);
  });

  it('keeps keys per user, refuses a malformed key, and leaves requests without one alone', async () => {
    const key = randomUUID();
    await create(huangdao, key, enterpriseInput({ regionCode: '370211' })).expect(201);
    // another user's same key is another key: their request runs
    const theirs = enterpriseInput({ regionCode: '370211' });
    await create(otherBureau, key, theirs).expect(201);
    expect(await enterprisesWith(theirs.creditCode)).toBe(1);

    const bad = await create(huangdao, 'has spaces', enterpriseInput({ regionCode: '370211' }));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('提交的数据有误，请检查标出的字段');
    expect(bad.body.details).toEqual([
      {
        field: 'Idempotency-Key',
        message: 'Idempotency-Key 请求头应为 1 至 255 个可见 ASCII 字符（建议使用 UUID）',
      },
    ]);

    // without a key a repeat is a new request (here refused by the credit code's uniqueness)
    const input = enterpriseInput({ regionCode: '370211' });
    await t.http().post('/api/enterprises').set(bearer(huangdao)).send(input).expect(201);
    await t.http().post('/api/enterprises').set(bearer(huangdao)).send(input).expect(409);
  });

  it('does not store an error: a repeat after a refused request runs again', async () => {
    const key = randomUUID();
    const input = enterpriseInput({ regionCode: '370211' });
    await create(huangdao, key, { ...input, creditCode: 'not-a-code' }).expect(400);
    // a different body under the same key is fine now: nothing was stored for it
    await create(huangdao, key, input).expect(201);
  });

  describe('on a wage upload (multipart, and a job queued after the commit)', () => {
    let worker: INestApplicationContext;
    let programmeId: string;
    let enterprise: Session;

    beforeAll(async () => {
      worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
      await worker.init();
      await t.dataSource.query(
        `INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
         ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
      );
      programmeId = await newProgramme(t.dataSource);
      const organisation = await newEnterprise(t.dataSource, { regionCode: '370211' });
      await newApplication(t.dataSource, programmeId, organisation.id, PilotStatus.Approved);
      enterprise = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    });
    afterAll(() => worker.close());

    it('stores and validates the file once, and answers the repeat with the first answer', async () => {
      const key = randomUUID();
      const file = Buffer.from(
        `员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他\r\n${uniqueEmployeeRef()},6-18-01-01,三级/高级工,技能,12,36000,24000,18000,3600,0\r\n`,
      );
      const upload = () =>
        t
          .http()
          .post('/api/wage-uploads')
          .set(bearer(enterprise))
          .set('Idempotency-Key', key)
          .field('programmeId', programmeId)
          .field('year', '2025')
          .attach('file', file, 'wages.csv');
      const first = await upload();
      expect(first.status).toBe(201);
      const again = await upload();
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      // the job was queued once the upload was committed: the worker found and stored it
      await eventually(async () => {
        const current = await t.http().get(`/api/wage-uploads/${first.body.id}`).set(bearer(enterprise));
        expect(current.body.status).toBe(WageUploadStatus.Current);
      }, 20_000);
      const [{ n }] = await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM wage_upload WHERE programme_id = $1`,
        [programmeId],
      );
      expect(n).toBe(1);
    });
  });
});
