import { FootnoteCode, OrganisationType, Role } from '@skillpay/domain';
import { newProgramme } from '../../../test/programme-builders';
import { newCell, newOccupation } from '../../../test/release-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';

describe('public benchmarks (no login)', () => {
  let t: TestApp;
  let city: Session;
  /** reviews and publishes what `city` makes (maker-checker) */
  let checker: Session;
  let programmeId: string;
  let lathe: { code: string };
  let fitter: { code: string };
  let r1: string;
  let r2: string;

  beforeAll(async () => {
    t = await createTestApp();
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    checker = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);

    // one programme, 2026: 车工 at two levels in the city and 黄岛区, withheld in 崂山区; 钳工 only as a draft later
    programmeId = await newProgramme(t.dataSource);
    lathe = await newOccupation(t.dataSource, {
      nameZh: '数控车工',
      nameEn: 'CNC lathe operator',
      urgentlyNeeded: true,
    });
    fitter = await newOccupation(t.dataSource, { nameZh: '装配钳工', nameEn: 'Assembly fitter' });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370200',
      p50: 80_000,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370211',
      p50: 78_000,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370212',
      employees: 9,
      enterprises: 2,
      p50: 91_000,
      footnote: FootnoteCode.TooFewEnterprises,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      skillLevel: 'level-2',
      regionCode: '370200',
      p50: 95_000,
    });
    r1 = await publish();
    // a correction: the city's level-3 median is revised
    await t.dataSource.query(
      `UPDATE benchmark_cell SET p50 = 82000 WHERE programme_id = $1 AND occupation_code = $2 AND region_code = '370200' AND skill_level = 'level-3'`,
      [programmeId, lathe.code],
    );
    r2 = await publish();
    // later cells under review are not public
    await newCell(t.dataSource, { programmeId, occupationCode: fitter.code, regionCode: '370200' });
    await t
      .http()
      .post('/api/benchmark-releases')
      .set(bearer(city))
      .send({ programmeId, year: 2026 })
      .expect(201);
  });
  afterAll(() => t.close());

  async function publish(): Promise<string> {
    const { body } = await t
      .http()
      .post('/api/benchmark-releases')
      .set(bearer(city))
      .send({ programmeId, year: 2026 })
      .expect(201);
    await t
      .http()
      .post(`/api/benchmark-releases/${body.id}/review`)
      .set(bearer(checker))
      .send({})
      .expect(200);
    await t.http().post(`/api/benchmark-releases/${body.id}/publish`).set(bearer(checker)).expect(200);
    return body.id as string;
  }

  const open = (path: string, language = 'zh-CN') => t.http().get(path).set('Accept-Language', language);

  it('serves the latest release of the programme and year to anyone, with names and the urgent mark', async () => {
    const response = await open(`/api/public/benchmarks?occupation=${lathe.code}`).expect(200);
    expect(response.body.total).toBe(4);
    const cityCell = response.body.items.find(
      (cell: { regionCode: string; skillLevel: string }) =>
        cell.regionCode === '370200' && cell.skillLevel === 'level-3',
    );
    expect(cityCell).toEqual({
      releaseId: r2,
      releaseNumber: 2,
      releaseLabel: '2026-R2',
      year: 2026,
      occupationCode: lathe.code,
      occupationName: '数控车工',
      occupationNameEn: 'CNC lathe operator',
      urgentlyNeeded: true,
      skillLevel: 'level-3',
      regionCode: '370200',
      regionName: '青岛市',
      regionNameEn: 'Qingdao',
      // the correction revised the median only
      p10: 60_000,
      p25: 68_000,
      p50: 82_000,
      p75: 98_000,
      p90: 115_000,
      mean: 81_500,
      employees: 40,
      enterprises: 4,
      footnote: null,
      // the uploads behind it did not change, so neither does anything a comparison could read
      carriedFrom: null,
    });
    // the draft's occupation is not public
    const draft = await open(`/api/public/benchmarks?occupation=${fitter.code}`).expect(200);
    expect(draft.body).toEqual({ items: [], total: 0 });
  });

  it('never sends any figure of a withheld cell, only its footnote', async () => {
    const response = await open(`/api/public/benchmarks?occupation=${lathe.code}&regionCode=370212`).expect(
      200,
    );
    expect(response.body.items).toEqual([
      expect.objectContaining({
        regionCode: '370212',
        footnote: 'A',
        p10: null,
        p25: null,
        p50: null,
        p75: null,
        p90: null,
        mean: null,
        employees: null,
        enterprises: null,
      }),
    ]);
    const csv = await open(
      `/api/public/benchmarks/export.csv?occupation=${lathe.code}&regionCode=370212`,
    ).expect(200);
    expect(csv.text).not.toContain('91000');
    expect(csv.text.trim().endsWith(',,,,,,,,,A,')).toBe(true);
  });

  it('filters by occupation code, code prefix or name, skill level, region and year', async () => {
    const count = async (query: string) =>
      (await open(`/api/public/benchmarks?${query}`).expect(200)).body.total as number;
    expect(await count(`occupation=${lathe.code}&skillLevel=level-2`)).toBe(1);
    expect(await count(`occupation=${lathe.code}&regionCode=370211`)).toBe(1);
    expect(await count(`occupation=${lathe.code}&year=2025`)).toBe(0);
    expect(await count(`occupation=${lathe.code}&year=2026`)).toBe(4);
    expect(
      await count(`occupation=${encodeURIComponent('数控车工')}&regionCode=370200&releaseId=${r2}`),
    ).toBe(2);
    expect(await count(`occupation=${encodeURIComponent('cnc LATHE')}&releaseId=${r2}`)).toBe(4);
    expect(await count(`occupation=${lathe.code.slice(0, 4)}&releaseId=${r2}`)).toBeGreaterThanOrEqual(4);

    const invalid = await open('/api/public/benchmarks?skillLevel=grandmaster&regionCode=37').expect(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'regionCode',
      'skillLevel',
    ]);
    expect(invalid.body.details.find((d: { field: string }) => d.field === 'regionCode').message).toBe(
      '行政区划格式不正确',
    );
    const invalidEn = await open('/api/public/benchmarks?regionCode=37', 'en').expect(400);
    expect(invalidEn.body.details[0].message).toBe('Region has an invalid format');
  });

  it('keeps earlier releases downloadable; drafts and unknown ids are not found', async () => {
    const releases = await open('/api/public/benchmarks/releases').expect(200);
    const ours = releases.body.items.filter(
      (item: { programmeId: string }) => item.programmeId === programmeId,
    );
    expect(ours.map((item: { label: string; latest: boolean }) => [item.label, item.latest])).toEqual([
      ['2026-R2', true],
      ['2026-R1', false],
    ]);
    const old = await open(
      `/api/public/benchmarks?releaseId=${r1}&occupation=${lathe.code}&regionCode=370200&skillLevel=level-3`,
    ).expect(200);
    expect(old.body.items[0]).toMatchObject({ releaseLabel: '2026-R1', p50: 80_000 });
    const oldCsv = await open(`/api/public/benchmarks/export.csv?releaseId=${r1}`).expect(200);
    expect(oldCsv.headers['content-disposition']).toContain(encodeURIComponent('工资价位-2026-R1.csv'));

    const [{ id: draftId }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM benchmark_release WHERE programme_id = $1 AND status = 'draft'`,
      [programmeId],
    );
    await open(`/api/public/benchmarks?releaseId=${draftId}`).expect(404);
    await open(`/api/public/benchmarks/method?releaseId=${draftId}`).expect(404);
    await open(`/api/public/benchmarks/export.xlsx?releaseId=${draftId}`).expect(404);
  });

  it('explains the method and the footnotes, and offers the years and regions that have data', async () => {
    const method = await open(`/api/public/benchmarks/method?releaseId=${r2}`).expect(200);
    expect(method.body.items).toHaveLength(1);
    expect(method.body.items[0].label).toBe('2026-R2');
    expect(method.body.items[0].methodNote.zhCN.join('')).toContain('从低到高排列');
    expect(method.body.footnotes.map((f: { code: string }) => f.code)).toEqual(['A', 'B', 'C']);
    expect(method.body.footnotes[2].label).toEqual({
      zhCN: '为防止反推而隐去',
      en: 'Withheld to prevent recovery',
    });

    const filters = await open('/api/public/benchmarks/filters').expect(200);
    expect(filters.body.years).toContain(2026);
    const codes = filters.body.regions.map((region: { code: string }) => region.code);
    expect(codes).toEqual(expect.arrayContaining(['370200', '370211', '370212']));
    expect(filters.body.regions[0]).toMatchObject({ code: '370200', city: true });
  });
});
