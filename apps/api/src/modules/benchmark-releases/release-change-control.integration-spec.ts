import { FootnoteCode, OrganisationType, Role } from '@skillpay/domain';
import { newWageUpload, wageRows } from '../../../test/benchmark-builders';
import { newEnterprise, newProgramme } from '../../../test/programme-builders';
import { newOccupation } from '../../../test/release-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { BenchmarkAggregator } from '../benchmarks/aggregation/benchmark-aggregator';

const CITY = '370200';
const HUANGDAO = '370211';
const SHINAN = '370202';
const SHIBEI = '370203';
const LAOSHAN = '370212';
const LEVEL = 'level-3';

interface PublicCell {
  regionCode: string;
  employees: number | null;
  mean: number | null;
  p50: number | null;
  footnote: FootnoteCode | null;
  carriedFrom: string | null;
  releaseLabel: string;
}

/**
 * Issue 13, defect 10: a correction release must not reveal a withheld cell by differencing. One
 * enterprise of 黄岛区's two (withheld, A) corrects its data; without disclosure control across
 * releases the city total of R2 minus that of R1 — every published district being the same — is
 * exactly that enterprise's change. The aggregation job computes the cells; the bureau makes,
 * reviews and publishes the releases through the API; the public API and file show what anyone gets.
 */
describe('disclosure control across releases (a correction cannot be differenced)', () => {
  let t: TestApp;
  let city: Session;
  /** a second officer of the city bureau: reviews and publishes what `city` makes */
  let checker: Session;
  let aggregator: BenchmarkAggregator;

  beforeAll(async () => {
    t = await createTestApp();
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: CITY,
    });
    city = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    checker = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    aggregator = new BenchmarkAggregator(t.dataSource);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object = {}) => t.http().post(path).set(bearer(city)).send(body);
  const get = (path: string) => t.http().get(path).set(bearer(city));

  async function publish(programmeId: string, description: string): Promise<string> {
    await aggregator.aggregate(programmeId, 2026);
    const draft = await post('/api/benchmark-releases', { programmeId, year: 2026, description }).expect(201);
    await t
      .http()
      .post(`/api/benchmark-releases/${draft.body.id}/review`)
      .set(bearer(checker))
      .send({})
      .expect(200);
    await t.http().post(`/api/benchmark-releases/${draft.body.id}/publish`).set(bearer(checker)).expect(200);
    return draft.body.id as string;
  }

  async function publicCells(occupation: string, releaseId?: string): Promise<Map<string, PublicCell>> {
    const query = `occupation=${occupation}&skillLevel=${LEVEL}${releaseId ? `&releaseId=${releaseId}` : ''}`;
    const response = await t.http().get(`/api/public/benchmarks?${query}`).expect(200);
    return new Map((response.body.items as PublicCell[]).map((cell) => [cell.regionCode, cell]));
  }

  /** employees × mean: the total pay a published cell reveals (to within its rounding). */
  const totalPay = (cell: PublicCell) => cell.employees! * cell.mean!;

  it('keeps the city total of R1 when the only change is one enterprise of a withheld district, and says so', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { code } = await newOccupation(t.dataSource, { nameZh: '数控车工', nameEn: 'CNC lathe operator' });
    const enterprise = async (regionCode: string, pays: number[]) => {
      const { id } = await newEnterprise(t.dataSource, regionCode);
      await newWageUpload(t.dataSource, {
        programmeId,
        enterpriseId: id,
        regionCode,
        rows: wageRows(code, LEVEL, pays),
      });
      return id;
    };
    // 黄岛区: two enterprises (A). 市南区: three small ones, withheld (C) so the remainder has five.
    const huangdaoA = await enterprise(HUANGDAO, [80_000, 81_000, 82_000, 83_000, 84_000]);
    const huangdaoB = await enterprise(HUANGDAO, [90_000, 91_000, 92_000, 93_000, 94_000]);
    const shinan = [
      await enterprise(SHINAN, [70_000, 71_000]),
      await enterprise(SHINAN, [72_000, 73_000]),
      await enterprise(SHINAN, [74_000, 75_000]),
    ];
    for (const base of [75_000, 76_000, 77_000])
      await enterprise(SHIBEI, [base, base + 500, base + 1_000, base + 1_500]);
    for (const base of [85_000, 86_000, 87_000])
      await enterprise(LAOSHAN, [base, base + 500, base + 1_000, base + 1_500]);

    const r1 = await publish(programmeId, '2026 年度首次发布');
    const first = await publicCells(code, r1);
    expect(first.get(CITY)).toMatchObject({ footnote: null, employees: 40, carriedFrom: null });
    expect(first.get(HUANGDAO)).toMatchObject({ footnote: FootnoteCode.TooFewEnterprises, mean: null });
    expect(first.get(SHINAN)).toMatchObject({ footnote: FootnoteCode.Secondary, mean: null });
    expect(first.get(SHIBEI)!.footnote).toBeNull();
    expect(first.get(LAOSHAN)!.footnote).toBeNull();

    // 黄岛区's first enterprise corrects: each of its five employees earned 30,000 more
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: huangdaoA,
      regionCode: HUANGDAO,
      rows: wageRows(code, LEVEL, [110_000, 111_000, 112_000, 113_000, 114_000]),
    });
    await aggregator.aggregate(programmeId, 2026);
    // the computed city cell moved by exactly that change: what R2 would have revealed
    const [computed] = await t.dataSource.query<Array<{ employees: number; mean: string }>>(
      `SELECT employees, mean FROM benchmark_cell WHERE programme_id = $1 AND occupation_code = $2 AND region_code = $3`,
      [programmeId, code, CITY],
    );
    expect(computed.employees * Number(computed.mean) - totalPay(first.get(CITY)!)).toBeCloseTo(150_000, -1);

    const r2 = await publish(programmeId, '黄岛区一家企业更正数据');
    const second = await publicCells(code);
    expect(second.get(CITY)).toMatchObject({
      releaseLabel: '2026-R2',
      carriedFrom: '2026-R1',
      employees: first.get(CITY)!.employees,
      mean: first.get(CITY)!.mean,
      p50: first.get(CITY)!.p50,
      footnote: null,
    });
    expect(second.get(HUANGDAO)).toMatchObject({
      footnote: FootnoteCode.TooFewEnterprises,
      mean: null,
      employees: null,
    });
    // differencing R2 and R1 over everything published recovers nothing of the correction
    const published = (cells: Map<string, PublicCell>) =>
      [...cells.values()]
        .filter((cell) => cell.footnote === null)
        .reduce((sum, cell) => sum + totalPay(cell), 0);
    expect(published(second) - published(first)).toBe(0);

    // the bureau sees the mark, the statistics and the audit; the file and the method note say it
    const cells = await get(
      `/api/benchmark-releases/${r2}/cells?occupation=${code}&regionCode=${CITY}`,
    ).expect(200);
    expect(cells.body.items).toEqual([expect.objectContaining({ carriedFrom: '2026-R1', footnote: null })]);
    const detail = await get(`/api/benchmark-releases/${r2}`).expect(200);
    expect(detail.body.statistics.carried).toBe(1);
    expect(detail.body.methodNote.zhCN.join('')).toContain('本次沿用此前数值的统计单元 1 个');
    expect(detail.body.methodNote.en.join(' ')).toContain(
      'Groups carrying earlier figures in this release: 1.',
    );
    const audit = await t.dataSource.getRepository(AuditLogEntity).findOneByOrFail({
      action: 'benchmark_release.create',
      entityId: r2,
    });
    expect(audit.after).toMatchObject({ acrossReleases: { releases: 1, carried: 1, withheld: 0 } });
    const method = await t.http().get(`/api/public/benchmarks/method?releaseId=${r2}`).expect(200);
    expect(method.body.items[0].methodNote.zhCN.join('')).toContain('继续使用此前发布的数值');
    const csv = await t
      .http()
      .get(`/api/public/benchmarks/export.csv?occupation=${code}&releaseId=${r2}`)
      .expect(200);
    const cityLine = csv.text.split('\n').find((line) => line.includes(`,${CITY},`))!;
    expect(cityLine.trim().endsWith(',2026-R1')).toBe(true);
    // bureaus compare with the withheld figures in view: only 黄岛区's own cell moved
    const compare = await get(`/api/benchmark-releases/compare?from=${r1}&to=${r2}`).expect(200);
    const changed = (compare.body.changed as Array<{ occupationCode: string; regionCode: string }>)
      .filter((cell) => cell.occupationCode === code)
      .map((cell) => cell.regionCode);
    expect(changed).toEqual([HUANGDAO]);

    // what a release was built from is as frozen as its cells
    await expect(
      t.dataSource.query(`DELETE FROM benchmark_release_upload WHERE release_id = $1`, [r2]),
    ).rejects.toThrow(/may change only while its release is a draft/);

    // R3: 黄岛区's other enterprise and one of 市南区 correct too — the withheld part changed by three
    // enterprises, which may be published: the city total shows its own figures again
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: huangdaoB,
      regionCode: HUANGDAO,
      rows: wageRows(code, LEVEL, [95_000, 96_000, 97_000, 98_000, 99_000]),
    });
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: shinan[0],
      regionCode: SHINAN,
      rows: wageRows(code, LEVEL, [70_500, 71_500]),
    });
    await publish(programmeId, '黄岛区、市南区企业更正数据');
    const third = await publicCells(code);
    expect(third.get(CITY)).toMatchObject({ releaseLabel: '2026-R3', carriedFrom: null, employees: 40 });
    expect(third.get(CITY)!.mean).not.toBe(first.get(CITY)!.mean);
    expect(third.get(SHIBEI)).toEqual({
      ...first.get(SHIBEI),
      releaseId: expect.any(String),
      releaseNumber: 3,
      releaseLabel: '2026-R3',
    });
  });
});
