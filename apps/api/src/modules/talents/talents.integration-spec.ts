import { type LoggerService } from '@nestjs/common';
import { HonourLevel, OrganisationType, Role, SkillLevel, TalentStatus } from '@skillpay/domain';
import { Redis } from 'ioredis';
import { newEnterprise } from '../../../test/enterprise-builders';
import { honourByCode, newTalent, validIdNumber } from '../../../test/talent-builders';
import {
  bearer,
  configWith,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { AppConfig } from '../../common/config/app-config';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { NotificationEntity } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { HonourEntity } from './honour.entity';
import { TalentReconfirmation } from './talent-reconfirmation';
import { TalentsRepository } from './talents.repository';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const MONTH = 30 * 86_400_000;

/** Every log line the app writes while the spec runs. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private keep = (...parts: unknown[]) =>
    this.lines.push(parts.map((p) => JSON.stringify(p) ?? '').join(' '));
  log = this.keep;
  error = this.keep;
  warn = this.keep;
  debug = this.keep;
  verbose = this.keep;
  fatal = this.keep;
}

describe('high-skill leading-talent database', () => {
  let t: TestApp;
  const logger = new CapturingLogger();
  const written: string[] = [];
  let restoreWrites: () => void;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let reviewer: Session;
  let entA: OrganisationEntity;
  let entB: OrganisationEntity;
  let hrA: Session;
  let hrB: Session;
  let technicalExpert: HonourEntity;
  let municipal: HonourEntity;

  beforeAll(async () => {
    t = await createTestApp();
    t.app.useLogger(logger);
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: unknown, ...rest: never[]) => {
      written.push(String(chunk));
      return out(chunk as string, ...rest);
    }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown, ...rest: never[]) => {
      written.push(String(chunk));
      return err(chunk as string, ...rest);
    }) as typeof process.stderr.write;
    restoreWrites = () => {
      process.stdout.write = out;
      process.stderr.write = err;
    };
    const ds = t.dataSource;
    const cityBureau = await newOrganisation(ds, { type: OrganisationType.CityBureau, regionCode: '370200' });
    const huangdaoBureau = await newOrganisation(ds, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const laoshanBureau = await newOrganisation(ds, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    const union = await newOrganisation(ds, { type: OrganisationType.TradeUnion, regionCode: '370200' });
    city = await login(t, (await newUser(ds, cityBureau, Role.CityBureau)).username);
    huangdao = await login(t, (await newUser(ds, huangdaoBureau, Role.DistrictBureau)).username);
    laoshan = await login(t, (await newUser(ds, laoshanBureau, Role.DistrictBureau)).username);
    reviewer = await login(t, (await newUser(ds, union, Role.Reviewer)).username);
    entA = await newEnterprise(ds, { regionCode: '370211', name: unique('青岛海晟船舶装备有限公司') });
    entB = await newEnterprise(ds, { regionCode: '370211', name: unique('青岛海检集团有限公司') });
    hrA = await login(t, (await newUser(ds, entA, Role.Enterprise)).username);
    hrB = await login(t, (await newUser(ds, entB, Role.Enterprise)).username);
    technicalExpert = await honourByCode(ds, 'national-technical-expert');
    municipal =
      (await ds.getRepository(HonourEntity).findOneBy({ code: 'test-qingdao-technical-expert' })) ??
      (await ds.getRepository(HonourEntity).save({
        code: 'test-qingdao-technical-expert',
        nameZh: '青岛市技术能手（测试）',
        nameEn: 'Qingdao Technical Expert (test)',
        level: HonourLevel.Municipal,
        issuer: '青岛市人力资源和社会保障局',
        qualifying: false,
      }));
  });
  afterAll(async () => {
    restoreWrites();
    await t.close();
  });

  const post = (session: Session, path: string, body: object = {}, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));

  function registration(idNumber: string, overrides: Record<string, unknown> = {}) {
    return {
      name: '王海涛',
      gender: 'male',
      birthYear: Number(idNumber.slice(6, 10)),
      idNumber,
      occupationCode: '6-18-01-01',
      skillLevel: SkillLevel.Level1,
      honours: [{ honourId: technicalExpert.id, year: 2019 }],
      payTreatments: [
        { treatment: 'annual-salary', annualAmountYuan: 260000 },
        { treatment: 'special-award', annualAmountYuan: 30000 },
      ],
      roles: ['master-studio-lead'],
      publicConsent: true,
      ...overrides,
    };
  }

  /** Registers, uploads a certificate for every honour and submits; returns the record's id. */
  async function submitted(session: Session, body: object): Promise<string> {
    const created = await post(session, '/api/talents', body).expect(201);
    for (const honour of created.body.honours as { id: string }[]) {
      await t
        .http()
        .post(`/api/talents/${created.body.id}/honours/${honour.id}/certificates`)
        .set(bearer(session))
        .attach('files', PDF, { filename: '证书.pdf', contentType: 'application/pdf' })
        .expect(201);
    }
    await post(session, `/api/talents/${created.body.id}/submit`).expect(200);
    return created.body.id as string;
  }

  it('walks enterprise → district → city, and the ID number never leaves unmasked', async () => {
    const idNumber = validIdNumber(1981, '370211');
    const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
    const created = await post(hrA, '/api/talents', registration(idNumber)).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      status: 'draft',
      idNumberMasked: masked,
      enterprise: { id: entA.id, regionCode: '370211', regionName: '黄岛区' },
      qualifying: true,
      editable: true,
      registeredElsewhere: false,
    });
    expect(created.body.authorOrganisationId).toBe(entA.id);

    // a submission needs the certificate of each honour
    const early = await post(hrA, `/api/talents/${id}/submit`).expect(400);
    expect(early.body.details[0].field).toBe('honours');
    const honourEntry = created.body.honours[0].id as string;
    await t
      .http()
      .post(`/api/talents/${id}/honours/${honourEntry}/certificates`)
      .set(bearer(hrA))
      .attach('files', PDF, { filename: '全国技术能手证书.pdf', contentType: 'application/pdf' })
      .expect(201);
    await post(hrA, `/api/talents/${id}/submit`).expect(200);

    // the district returns with a reason, the enterprise resubmits, the district verifies, the city confirms
    await post(huangdao, `/api/talents/${id}/return`).expect(400);
    await post(huangdao, `/api/talents/${id}/return`, { reason: '证书年份与获奖文件不符，请核对' }).expect(
      200,
    );
    await t
      .http()
      .patch(`/api/talents/${id}`)
      .set(bearer(hrA))
      .send({ honours: [{ honourId: technicalExpert.id, year: 2018 }] })
      .expect(200);
    await post(hrA, `/api/talents/${id}/submit`).expect(200);
    await post(city, `/api/talents/${id}/confirm`).expect(409);
    const verified = await post(huangdao, `/api/talents/${id}/verify`).expect(200);
    expect(verified.body.status).toBe('verified');
    expect((await get(city, `/api/talents/${id}`).expect(200)).body.availableActions).toEqual([
      'city-return',
      'confirm',
    ]);
    const confirmed = await post(city, `/api/talents/${id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', stale: false });
    expect(confirmed.body.lastConfirmedAt).not.toBeNull();

    const history = await get(hrA, `/api/talents/${id}/history`).expect(200);
    expect(history.body.steps.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'return',
      'submit',
      'verify',
      'confirm',
    ]);
    expect(history.body.steps[1].reason).toBe('证书年份与获奖文件不符，请核对');
    expect(history.body.confirmations.map((c: { kind: string }) => c.kind)).toEqual(['confirm']);
    expect(history.body.affiliations).toHaveLength(1);
    expect(history.body.affiliations[0]).toMatchObject({ enterpriseId: entA.id, endedAt: null });

    // every detail read is audited
    const reads = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'talent.read' AND entity_id = $1`,
      [id],
    );
    expect(reads[0].n).toBeGreaterThanOrEqual(1);

    // answers: list, detail, history, errors
    const answers = [
      JSON.stringify(created.body),
      JSON.stringify((await get(huangdao, '/api/talents?pageSize=200').expect(200)).body),
      JSON.stringify((await get(city, `/api/talents/${id}`).expect(200)).body),
      JSON.stringify(history.body),
      JSON.stringify(
        (await post(hrA, '/api/talents', registration(idNumber, { birthYear: 1990 })).expect(400)).body,
      ),
      JSON.stringify(
        (
          await post(
            hrA,
            '/api/talents',
            registration(`${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`),
          ).expect(400)
        ).body,
      ),
    ].join('\n');
    expect(answers).toContain(masked);
    expect(answers).not.toContain(idNumber);
    expect(answers).not.toContain(idNumber.slice(6, 14) + idNumber.slice(14, 17));

    // the database: the cipher and every column of the row
    const [row] = await t.dataSource.query(`SELECT * FROM talent WHERE id = $1`, [id]);
    expect(row.id_number_cipher).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(idNumber);
    // the audit log holds the masked form only
    const audit = await t.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'talent' AND entity_id = $1`,
      [id],
    );
    expect(JSON.stringify(audit)).not.toContain(idNumber);
    expect(JSON.stringify(audit)).toContain(masked);
    // the application log
    expect([...logger.lines, ...written].join('\n')).not.toContain(idNumber);
    // Redis: every key and value under the test prefix
    const config = t.app.get(AppConfig);
    if (!config.queuesEmbedded) {
      const redis = new Redis(config.redisUrl);
      try {
        let cursor = '0';
        const seen: string[] = [];
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `*${config.redisPrefix}*`, 'COUNT', 500);
          cursor = next;
          for (const key of keys) {
            seen.push(key);
            const type = await redis.type(key);
            if (type === 'string') seen.push((await redis.get(key)) ?? '');
            if (type === 'hash') seen.push(JSON.stringify(await redis.hgetall(key)));
            if (type === 'list') seen.push(JSON.stringify(await redis.lrange(key, 0, -1)));
            if (type === 'set') seen.push(JSON.stringify(await redis.smembers(key)));
            if (type === 'zset') seen.push(JSON.stringify(await redis.zrange(key, 0, -1)));
            if (type === 'stream') seen.push(JSON.stringify(await redis.xrange(key, '-', '+')));
          }
        } while (cursor !== '0');
        expect(seen.join('\n')).not.toContain(idNumber);
      } finally {
        redis.disconnect();
      }
    }
  });

  it('refuses an invalid ID number, or a birth year that disagrees, naming the field', async () => {
    const idNumber = validIdNumber(1975, '370211');
    const invalid = await post(
      hrA,
      '/api/talents',
      registration(`${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}`),
    ).expect(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field)).toEqual(['idNumber']);
    expect(JSON.stringify(invalid.body)).toContain('公民身份号码无效');
    const mismatch = await post(
      hrA,
      '/api/talents',
      registration(idNumber, { birthYear: 1976 }),
      'en',
    ).expect(400);
    expect(mismatch.body.details.map((d: { field: string }) => d.field)).toEqual(['birthYear']);
    expect(JSON.stringify(mismatch.body)).toContain('The birth year does not agree with the ID number');
  });

  it('finds the same person registered in a second enterprise by the hash, never decrypting', async () => {
    const idNumber = validIdNumber(1972, '370211');
    const first = await post(hrA, '/api/talents', registration(idNumber, { name: '李志强' })).expect(201);
    const second = await post(hrB, '/api/talents', registration(idNumber, { name: '李志强' })).expect(201);
    // kept, but flagged: the enterprise learns only that the person is registered elsewhere
    expect(second.body.registeredElsewhere).toBe(true);
    expect(second.body.duplicates).toEqual([]);
    expect(JSON.stringify(second.body)).not.toContain(entA.id);
    // the bureau sees the pair with both enterprises and can filter for them
    const detail = await get(huangdao, `/api/talents/${second.body.id}`).expect(200);
    expect(detail.body.duplicates).toEqual([
      expect.objectContaining({ id: first.body.id, enterprise: expect.objectContaining({ id: entA.id }) }),
    ]);
    expect(detail.body.enterprise.id).toBe(entB.id);
    const flagged = await get(huangdao, '/api/talents?duplicate=true&pageSize=200').expect(200);
    const ids = flagged.body.items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([first.body.id, second.body.id]));
  });

  it('confirms only a record with a qualifying honour: 400 naming honours', async () => {
    const id = await submitted(
      hrA,
      registration(validIdNumber(1980, '370211'), { honours: [{ honourId: municipal.id, year: 2021 }] }),
    );
    await post(huangdao, `/api/talents/${id}/verify`).expect(200);
    const refused = await post(city, `/api/talents/${id}/confirm`).expect(400);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['honours']);
    expect((await get(city, `/api/talents/${id}`).expect(200)).body.status).toBe('verified');
  });

  it('keeps each role to its scope (404 outside) and shows pay amounts to the city bureau only', async () => {
    const { talent } = await newTalent(t.dataSource, {
      enterpriseId: entA.id,
      regionCode: '370211',
      payTreatments: [{ treatment: 'annual-salary' as never, annualAmountYuan: 320000 }],
    });
    await get(hrA, `/api/talents/${talent.id}`).expect(200);
    await get(huangdao, `/api/talents/${talent.id}`).expect(200);
    await get(hrB, `/api/talents/${talent.id}`).expect(404);
    await get(laoshan, `/api/talents/${talent.id}`).expect(404);
    await get(reviewer, `/api/talents/${talent.id}`).expect(403);
    await get(laoshan, `/api/talents/${talent.id}/history`).expect(404);
    const laoshanList = await get(laoshan, '/api/talents?pageSize=200').expect(200);
    expect(laoshanList.body.items.map((i: { id: string }) => i.id)).not.toContain(talent.id);

    const cityView = await get(city, `/api/talents/${talent.id}`).expect(200);
    expect(cityView.body.payTreatments).toEqual([{ treatment: 'annual-salary', annualAmountYuan: 320000 }]);
    for (const session of [huangdao, hrA]) {
      const view = await get(session, `/api/talents/${talent.id}`).expect(200);
      expect(view.body.payTreatments).toEqual([{ treatment: 'annual-salary' }]);
      const list = await get(session, '/api/talents?pageSize=200').expect(200);
      expect(JSON.stringify(list.body)).not.toContain('320000');
    }
  });

  it('reconfirms a record in the database by its enterprise, and keeps the history on a transfer', async () => {
    const { talent } = await newTalent(t.dataSource, {
      enterpriseId: entA.id,
      regionCode: '370211',
      lastConfirmedAt: new Date(Date.now() - 15 * MONTH),
    });
    const before = await get(hrA, `/api/talents/${talent.id}`).expect(200);
    expect(before.body).toMatchObject({ stale: true, reconfirmable: true });
    const staleList = await get(huangdao, '/api/talents?stale=true&pageSize=200').expect(200);
    expect(staleList.body.items.map((i: { id: string }) => i.id)).toContain(talent.id);
    const workbench = await get(huangdao, '/api/workbench').expect(200);
    expect(
      workbench.body.groups
        .find((g: { kind: string }) => g.kind === 'talents-stale')
        .items.map((i: { id: string }) => i.id),
    ).toContain(talent.id);

    const reconfirmed = await post(hrA, `/api/talents/${talent.id}/confirm`).expect(200);
    expect(reconfirmed.body.stale).toBe(false);
    await post(hrB, `/api/talents/${talent.id}/confirm`).expect(404);

    // a district moves the talent to another enterprise of its district
    await post(hrA, `/api/talents/${talent.id}/transfer`, { enterpriseId: entB.id, note: '调入' }).expect(
      409,
    );
    const moved = await post(huangdao, `/api/talents/${talent.id}/transfer`, {
      enterpriseId: entB.id,
      note: '调入青岛海检集团',
    }).expect(200);
    expect(moved.body.enterprise.id).toBe(entB.id);
    await get(hrA, `/api/talents/${talent.id}`).expect(404);
    const history = await get(hrB, `/api/talents/${talent.id}/history`).expect(200);
    expect(history.body.affiliations).toEqual([
      expect.objectContaining({ enterpriseId: entA.id, endedAt: expect.any(String) }),
      expect.objectContaining({ enterpriseId: entB.id, endedAt: null, note: '调入青岛海检集团' }),
    ]);
    expect(history.body.confirmations.map((c: { kind: string }) => c.kind)).toEqual(['reconfirm']);
  });

  it('keeps a record in the database current: its district adds a new honour, the enterprise is sent to the district', async () => {
    const { talent } = await newTalent(t.dataSource, { enterpriseId: entA.id, regionCode: '370211' });
    const shown = await get(hrA, `/api/talents/${talent.id}`).expect(200);
    expect(shown.body.editable).toBe(false);
    const refused = await t
      .http()
      .patch(`/api/talents/${talent.id}`)
      .set(bearer(hrA))
      .send({ publicConsent: false })
      .expect(409);
    expect(JSON.stringify(refused.body)).toContain('区（市）人社局');

    const asDistrict = await get(huangdao, `/api/talents/${talent.id}`).expect(200);
    expect(asDistrict.body).toMatchObject({ editable: true, status: 'confirmed' });
    const honours = [
      ...asDistrict.body.honours.map((h: { honourId: string; year: number }) => ({
        honourId: h.honourId,
        year: h.year,
      })),
      { honourId: technicalExpert.id, year: 2025 },
    ];
    const updated = await t
      .http()
      .patch(`/api/talents/${talent.id}`)
      .set(bearer(huangdao))
      .set('If-Match', `"${talent.id}:${asDistrict.body.version}"`)
      .send({ honours })
      .expect(200);
    // still in the database while it changes, with the new honour
    expect(updated.body.status).toBe('confirmed');
    expect(updated.body.honours.map((h: { year: number }) => h.year)).toEqual(expect.arrayContaining([2025]));
    // another district's bureau does not see it at all
    await t.http().patch(`/api/talents/${talent.id}`).set(bearer(laoshan)).send({ honours }).expect(404);
  });

  it('asks for the yearly reconfirmation once per record, and the stale flag follows the configured period', async () => {
    const { talent } = await newTalent(t.dataSource, {
      enterpriseId: entA.id,
      regionCode: '370211',
      lastConfirmedAt: new Date(Date.now() - 8 * MONTH),
    });
    const job = (months: string) =>
      new TalentReconfirmation(
        t.app.get(UnitOfWork),
        t.app.get(TalentsRepository),
        t.app.get(NotificationsService),
        t.app.get(AuditService),
        configWith({ TALENT_STALE_MONTHS: months }),
      );
    const asked = () =>
      t.dataSource
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .where('n.dedupe_key LIKE :key', { key: `talent:${talent.id}:reconfirm:%` })
        .getMany();
    // 12 months: not due yet (8 months since the last confirmation)
    await job('12').requestReconfirmations();
    expect(await asked()).toHaveLength(0);
    expect((await get(hrA, `/api/talents/${talent.id}`).expect(200)).body.stale).toBe(false);
    // 6 months: due; run twice, asked once (the enterprise and the district bureau)
    await job('6').requestReconfirmations();
    await job('6').requestReconfirmations();
    const notices = await asked();
    expect(notices.map((n) => n.recipientOrganisationId)).toEqual(expect.arrayContaining([entA.id]));
    expect(new Set(notices.map((n) => n.recipientOrganisationId)).size).toBe(notices.length);
    const [row] = await t.dataSource.query(`SELECT reconfirm_requested_at FROM talent WHERE id = $1`, [
      talent.id,
    ]);
    expect(row.reconfirm_requested_at).not.toBeNull();

    const sixMonths = await createTestApp({ TALENT_STALE_MONTHS: '6' });
    try {
      const session = await login(
        sixMonths,
        (await newUser(sixMonths.dataSource, entA, Role.Enterprise)).username,
      );
      const view = await sixMonths.http().get(`/api/talents/${talent.id}`).set(bearer(session)).expect(200);
      expect(view.body.stale).toBe(true);
      const list = await sixMonths
        .http()
        .get('/api/talents?stale=true&pageSize=200')
        .set(bearer(session))
        .expect(200);
      expect(list.body.staleMonths).toBe(6);
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(talent.id);
    } finally {
      await sixMonths.close();
    }
  });

  it('lets the author delete a draft only, softly', async () => {
    const created = await post(hrA, '/api/talents', registration(validIdNumber(1983, '370211'))).expect(201);
    await t.http().delete(`/api/talents/${created.body.id}`).set(bearer(huangdao)).expect(403);
    await t.http().delete(`/api/talents/${created.body.id}`).set(bearer(hrA)).expect(204);
    await get(hrA, `/api/talents/${created.body.id}`).expect(404);
    const [row] = await t.dataSource.query(`SELECT deleted_at FROM talent WHERE id = $1`, [created.body.id]);
    expect(row.deleted_at).not.toBeNull();
    expect(TalentStatus.Draft).toBe('draft');
  });
});
