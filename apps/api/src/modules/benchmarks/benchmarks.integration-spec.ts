import { getQueueToken } from '@nestjs/bullmq';
import { OrganisationType, QueueName, RegionLevel, Role } from '@skillpay/domain';
import { type Queue } from 'bullmq';
import { newWageUpload, wageRows } from '../../../test/benchmark-builders';
import { newEnterprise, newProgramme } from '../../../test/programme-builders';
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
import { AuditLogEntity } from '../audit/audit-log.entity';
import { RegionEntity } from '../regions/region.entity';
import { BenchmarkAggregator } from './aggregation/benchmark-aggregator';

const TURNER = '6-18-01-01'; // 车工, in the catalogue
const MILLER = '6-18-01-02'; // 铣工

describe('benchmarks API (bureau view of the computed cells)', () => {
  let t: TestApp;
  let aggregator: BenchmarkAggregator;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let enterprise: Session;

  beforeAll(async () => {
    t = await createTestApp();
    aggregator = new BenchmarkAggregator(t.dataSource);
    const bureau = async (type: OrganisationType, regionCode: string, role: Role) =>
      login(
        t,
        (await newUser(t.dataSource, await newOrganisation(t.dataSource, { type, regionCode }), role))
          .username,
      );
    city = await bureau(OrganisationType.CityBureau, '370200', Role.CityBureau);
    huangdao = await bureau(OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    laoshan = await bureau(OrganisationType.DistrictBureau, '370212', Role.DistrictBureau);
    const organisation = await newEnterprise(t.dataSource, '370211');
    enterprise = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
  });
  afterAll(async () => {
    // nothing runs these here: leave no delayed aggregation behind for other suites' workers
    await t.app.get<Queue>(getQueueToken(QueueName.Benchmarks)).drain(true);
    await t.close();
  });

  const get = (session: Session, path: string, query: object = {}, language = 'zh-CN') =>
    t.http().get(path).query(query).set(bearer(session)).set('Accept-Language', language);
  const send = (method: 'post' | 'put', session: Session, path: string, body: object, language = 'zh-CN') =>
    t.http()[method](path).set(bearer(session)).set('Accept-Language', language).send(body);

  /** Three turner employers in each of 黄岛 and 崂山, one miller employer in 黄岛; aggregated. */
  async function computedProgramme(): Promise<string> {
    const programmeId = await newProgramme(t.dataSource);
    for (const regionCode of ['370211', '370211', '370211', '370212', '370212', '370212']) {
      const organisation = await newEnterprise(t.dataSource, regionCode);
      await newWageUpload(t.dataSource, {
        programmeId,
        enterpriseId: organisation.id,
        regionCode,
        rows: wageRows(TURNER, 'level-3', [60_000, 72_000, 84_000]),
      });
    }
    const miller = await newEnterprise(t.dataSource, '370211');
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: miller.id,
      regionCode: '370211',
      rows: wageRows(MILLER, 'level-4', [55_000, 58_000]),
    });
    await aggregator.aggregate(programmeId, 2026);
    return programmeId;
  }

  it('shows the city every cell, suppressed ones with their footnote, filtered and paginated', async () => {
    const programmeId = await computedProgramme();
    const all = await get(city, '/api/benchmarks', { programmeId, year: 2026 }).expect(200);
    expect(all.body.total).toBe(5);
    expect(
      all.body.items.map((c: Record<string, unknown>) => [
        c.occupationCode,
        c.skillLevel,
        c.regionCode,
        c.footnote,
      ]),
    ).toEqual([
      // occupation, then skill level, the city roll-up before its districts
      [TURNER, 'level-3', '370200', null],
      [TURNER, 'level-3', '370211', null],
      [TURNER, 'level-3', '370212', null],
      [MILLER, 'level-4', '370200', 'A'],
      [MILLER, 'level-4', '370211', 'A'],
    ]);
    expect(all.body.items[0]).toMatchObject({
      programmeId,
      year: 2026,
      occupationName: '车工',
      regionName: '青岛市',
      cityRollUp: true,
      employees: 18,
      enterprises: 6,
      maxEnterpriseShare: 16.67,
      mean: 72_000,
      p10: 60_000,
      p50: 72_000,
      p90: 84_000,
      shares: { base: 1, post: 0, performance: 0, allowances: 0, other: 0 },
    });
    // the miller cell is a bureau's to see, with its figures, though it will not be published
    expect(all.body.items[4]).toMatchObject({ employees: 2, enterprises: 1, p50: 56_500, footnote: 'A' });

    const filtered = await get(city, '/api/benchmarks', {
      programmeId,
      occupation: '6-18-01',
      skillLevel: 'level-3',
      regionCode: '370212',
    }).expect(200);
    expect(filtered.body.items.map((c: { regionCode: string }) => c.regionCode)).toEqual(['370212']);
    const page = await get(city, '/api/benchmarks', { programmeId, page: 2, pageSize: 2 }).expect(200);
    expect(page.body.total).toBe(5);
    expect(page.body.items.map((c: { regionCode: string }) => c.regionCode)).toEqual(['370212', '370200']);
  });

  it('shows a district its own cells and the city roll-up, never another district’s', async () => {
    const programmeId = await computedProgramme();
    const regions = async (session: Session) =>
      (await get(session, '/api/benchmarks', { programmeId }).expect(200)).body.items.map(
        (c: { occupationCode: string; regionCode: string }) => `${c.occupationCode} ${c.regionCode}`,
      );
    expect(await regions(huangdao)).toEqual([
      `${TURNER} 370200`,
      `${TURNER} 370211`,
      `${MILLER} 370200`,
      `${MILLER} 370211`,
    ]);
    expect(await regions(laoshan)).toEqual([`${TURNER} 370200`, `${TURNER} 370212`, `${MILLER} 370200`]);
    // asking for another district's cells finds nothing
    const other = await get(laoshan, '/api/benchmarks', { programmeId, regionCode: '370211' }).expect(200);
    expect(other.body).toEqual({ items: [], total: 0 });
  });

  it('refuses enterprises, and answers 404 for a programme outside the caller’s city', async () => {
    const programmeId = await computedProgramme();
    await get(enterprise, '/api/benchmarks', { programmeId }).expect(403);
    await get(enterprise, '/api/benchmarks/status', { programmeId, year: 2026 }).expect(403);

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
    const jinan = await login(
      t,
      (
        await newUser(
          t.dataSource,
          await newOrganisation(t.dataSource, {
            type: OrganisationType.CityBureau,
            regionCode: '370100',
            name: unique('济南市人社局'),
          }),
          Role.CityBureau,
        )
      ).username,
    );
    await get(jinan, '/api/benchmarks', { programmeId }).expect(404);
    await send('post', jinan, '/api/benchmarks/recompute', { programmeId, year: 2026 }).expect(404);
    const probes = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: programmeId, action: 'access.denied' });
    expect(probes.length).toBeGreaterThanOrEqual(1);
  });

  it('reports the status: when computed, what is pending, and a queued full recompute', async () => {
    const programmeId = await computedProgramme();
    const fresh = await get(huangdao, '/api/benchmarks/status', { programmeId, year: 2026 }).expect(200);
    expect(fresh.body).toMatchObject({
      programmeId,
      year: 2026,
      pendingUploads: 0,
      fullRecomputePending: false,
      job: 'idle',
      upToDate: true,
      rules: { minEnterprises: 3, maxEnterpriseSharePercent: 70 },
      appliedRules: { minEnterprises: 3, maxEnterpriseSharePercent: 70 },
      cells: 5,
      suppressedCells: 2,
      lastPairs: 2,
    });
    expect(new Date(fresh.body.computedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // a new version arrives: pending until the next run
    const newcomer = await newEnterprise(t.dataSource, '370212');
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: newcomer.id,
      regionCode: '370212',
      rows: wageRows(MILLER, 'level-4', [57_000]),
    });
    const pending = await get(city, '/api/benchmarks/status', { programmeId, year: 2026 }).expect(200);
    expect(pending.body).toMatchObject({ pendingUploads: 1, upToDate: false });

    // districts may look but not ask for a recompute; the city may
    await send('post', huangdao, '/api/benchmarks/recompute', { programmeId, year: 2026 }).expect(403);
    const queued = await send('post', city, '/api/benchmarks/recompute', { programmeId, year: 2026 }).expect(
      202,
    );
    expect(queued.body).toMatchObject({ fullRecomputePending: true, job: 'queued', upToDate: false });
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: programmeId, action: 'benchmark.recompute' });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ year: 2026 });

    // the run the worker would do now: full, and it clears the request
    expect(await aggregator.aggregate(programmeId, 2026)).toMatchObject({ full: true, uploads: 1 });
    const done = await get(city, '/api/benchmarks/status', { programmeId, year: 2026 }).expect(200);
    expect(done.body).toMatchObject({ pendingUploads: 0, fullRecomputePending: false, cells: 6 });
  });

  it('lets the city set the disclosure thresholds, validated and audited, and recomputes with them', async () => {
    const programmeId = await computedProgramme();
    const invalid = await send('put', city, '/api/benchmarks/rules', {
      programmeId,
      minEnterprises: 2,
      maxEnterpriseSharePercent: 95,
    }).expect(400);
    expect(invalid.body.details).toEqual([
      { field: 'minEnterprises', message: '最少企业数不能小于 3' },
      { field: 'maxEnterpriseSharePercent', message: '单一企业最大占比（%）不能大于 90' },
    ]);
    const english = await send(
      'put',
      city,
      '/api/benchmarks/rules',
      { programmeId, minEnterprises: 'three' },
      'en',
    ).expect(400);
    expect(english.body.details).toContainEqual({
      field: 'minEnterprises',
      message: 'Minimum enterprises must be a whole number',
    });
    await send('put', huangdao, '/api/benchmarks/rules', {
      programmeId,
      minEnterprises: 4,
      maxEnterpriseSharePercent: 60,
    }).expect(403);
    const unchanged = await t.dataSource.query(
      `SELECT benchmark_min_enterprises FROM programme WHERE id = $1`,
      [programmeId],
    );
    expect(unchanged).toEqual([{ benchmark_min_enterprises: 3 }]);

    const updated = await send('put', city, '/api/benchmarks/rules', {
      programmeId,
      minEnterprises: 4,
      maxEnterpriseSharePercent: 60,
    }).expect(200);
    expect(updated.body).toEqual({
      programmeId,
      minEnterprises: 4,
      maxEnterpriseSharePercent: 60,
      recomputeYears: [2026],
      programmeVersion: expect.any(Number),
    });
    expect(updated.headers.etag).toBe(`"${programmeId}:${updated.body.programmeVersion}"`);
    const [audit] = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: programmeId, action: 'benchmark.rules.update' });
    expect(audit.before).toEqual({ minEnterprises: 3, maxEnterpriseSharePercent: 70 });
    expect(audit.after).toEqual({ minEnterprises: 4, maxEnterpriseSharePercent: 60, recomputeYears: [2026] });
    const status = await get(city, '/api/benchmarks/status', { programmeId, year: 2026 }).expect(200);
    expect(status.body).toMatchObject({ fullRecomputePending: true, job: 'queued' });

    expect(await aggregator.aggregate(programmeId, 2026)).toMatchObject({ full: true });
    const cells = await get(city, '/api/benchmarks', { programmeId, occupation: TURNER }).expect(200);
    // three turner employers per district are now too few
    expect(
      cells.body.items.map((c: { regionCode: string; footnote: string | null }) => [
        c.regionCode,
        c.footnote,
      ]),
    ).toEqual([
      ['370200', null],
      ['370211', 'A'],
      ['370212', 'A'],
    ]);
  });
});
