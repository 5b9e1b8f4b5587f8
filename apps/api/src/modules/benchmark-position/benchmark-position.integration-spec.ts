import { FootnoteCode, OrganisationType, Role } from '@skillpay/domain';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newProgramme } from '../../../test/programme-builders';
import { newCell, newCurrentUpload, newOccupation } from '../../../test/release-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';

describe('benchmark position (薪酬对标: an enterprise against the published benchmarks)', () => {
  let t: TestApp;
  let city: Session;
  /** reviews and publishes what `city` makes (maker-checker) */
  let checker: Session;
  let district: Session;
  let enterpriseA: Session;
  let enterpriseB: Session;
  let programmeId: string;
  let lathe: { code: string };
  let welder: { code: string };
  let designer: { code: string };

  beforeAll(async () => {
    t = await createTestApp();
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    checker = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    const huangdao = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    district = await login(t, (await newUser(t.dataSource, huangdao, Role.DistrictBureau)).username);

    programmeId = await newProgramme(t.dataSource);
    lathe = await newOccupation(t.dataSource, {
      nameZh: '车工',
      nameEn: 'Lathe operator',
      urgentlyNeeded: true,
    });
    welder = await newOccupation(t.dataSource, { nameZh: '焊工', nameEn: 'Welder' });
    designer = await newOccupation(t.dataSource, {
      nameZh: '机械工程技术人员',
      nameEn: 'Mechanical engineer',
    });

    // enterprise A in 黄岛区; enterprise B in 崂山区 with pay that must never show up in A's view
    const a = await newEnterprise(t.dataSource, { regionCode: '370211' });
    const b = await newEnterprise(t.dataSource, { regionCode: '370212' });
    enterpriseA = await login(t, (await newUser(t.dataSource, a, Role.Enterprise)).username);
    enterpriseB = await login(t, (await newUser(t.dataSource, b, Role.Enterprise)).username);
    await newCurrentUpload(t.dataSource, {
      programmeId,
      enterpriseId: a.id,
      regionCode: '370211',
      rows: [
        { occupationCode: lathe.code, total: 72_000 },
        // 66,000 for 11 months is 72,000 a year
        { occupationCode: lathe.code, total: 66_000, monthsWorked: 11 },
        { occupationCode: lathe.code, total: 84_000 },
        // 60,000 for six months is 120,000 a year
        { occupationCode: welder.code, total: 60_000, monthsWorked: 6 },
        { occupationCode: designer.code, skillLevel: 'unrated', total: 150_000 },
      ],
    });
    await newCurrentUpload(t.dataSource, {
      programmeId,
      enterpriseId: b.id,
      regionCode: '370212',
      rows: [{ occupationCode: lathe.code, total: 999_999 }],
    });

    // computed cells: 车工 published in 黄岛区; 焊工 withheld in 黄岛区 but published city-wide
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370211',
      p50: 78_000,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370200',
      p50: 81_000,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: welder.code,
      regionCode: '370211',
      p50: 10_000,
      footnote: FootnoteCode.Dominance,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: welder.code,
      regionCode: '370200',
      p50: 90_000,
    });
  });
  afterAll(() => t.close());

  const position = (session: Session, query = `programmeId=${programmeId}&year=2026`) =>
    t.http().get(`/api/benchmark-position?${query}`).set(bearer(session));

  it('shows the own mean pay without benchmarks until a release is published', async () => {
    const response = await position(enterpriseA).expect(200);
    expect(response.body.release).toBeNull();
    expect(response.body.upload).toMatchObject({ versionNumber: 1, rowCount: 5 });
    // items come in catalogue order; read them by occupation
    const byCode = new Map(
      (response.body.items as Array<{ occupationCode: string; mean: number; benchmark: unknown }>).map(
        (item) => [item.occupationCode, [item.mean, item.benchmark]],
      ),
    );
    expect(byCode.get(lathe.code)).toEqual([76_000, null]);
    expect(byCode.get(welder.code)).toEqual([120_000, null]);
    expect(byCode.get(designer.code)).toEqual([150_000, null]);
  });

  it('places each occupation and level against the district’s cell, else the city’s, with compa-ratio and band', async () => {
    const draft = await t
      .http()
      .post('/api/benchmark-releases')
      .set(bearer(city))
      .send({ programmeId, year: 2026 })
      .expect(201);
    await t
      .http()
      .post(`/api/benchmark-releases/${draft.body.id}/review`)
      .set(bearer(checker))
      .send({})
      .expect(200);
    await t.http().post(`/api/benchmark-releases/${draft.body.id}/publish`).set(bearer(checker)).expect(200);

    const response = await position(enterpriseA).expect(200);
    expect(response.body.release).toMatchObject({ id: draft.body.id, label: '2026-R1' });
    const item = (code: string) =>
      (response.body.items as Array<{ occupationCode: string }>).find(
        (entry) => entry.occupationCode === code,
      );
    const [latheItem, welderItem, designerItem] = [item(lathe.code), item(welder.code), item(designer.code)];
    // (72,000 + 72,000 + 84,000) ÷ 3 = 76,000 against 黄岛区 P25 66,000 / P50 78,000 / P75 96,000
    expect(latheItem).toEqual({
      occupationCode: lathe.code,
      occupationName: '车工',
      occupationNameEn: 'Lathe operator',
      urgentlyNeeded: true,
      skillLevel: 'level-3',
      employees: 3,
      mean: 76_000,
      benchmark: {
        source: 'district',
        regionCode: '370211',
        regionName: '黄岛区',
        regionNameEn: 'Huangdao',
        p25: 66_000,
        p50: 78_000,
        p75: 96_000,
      },
      // 76,000 ÷ 78,000 = 0.974
      compaRatio: 0.97,
      band: 'p25-p50',
    });
    // 黄岛区's 焊工 cell is withheld: the city's (P75 108,000) is used; 120,000 ÷ 90,000 = 1.33
    expect(welderItem).toMatchObject({
      employees: 1,
      mean: 120_000,
      benchmark: { source: 'city', regionCode: '370200', p50: 90_000, p75: 108_000 },
      compaRatio: 1.33,
      band: 'above-p75',
    });
    // no published cell at all for the engineers
    expect(designerItem).toMatchObject({
      skillLevel: 'unrated',
      benchmark: null,
      compaRatio: null,
      band: null,
    });

    const options = await t
      .http()
      .get('/api/benchmark-position/options')
      .set(bearer(enterpriseA))
      .expect(200);
    expect(options.body.items).toContainEqual({
      programmeId,
      programmeTitle: expect.any(String),
      year: 2026,
      releaseLabel: '2026-R1',
    });
  });

  it('only ever shows the caller’s own data, and only to enterprises', async () => {
    const own = await position(enterpriseB).expect(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({ occupationCode: lathe.code, employees: 1, mean: 999_999 }),
    ]);
    const a = await position(enterpriseA).expect(200);
    expect(JSON.stringify(a.body)).not.toContain('999999');

    const stranger = await newEnterprise(t.dataSource, { regionCode: '370211' });
    const session = await login(t, (await newUser(t.dataSource, stranger, Role.Enterprise)).username);
    const none = await position(session).expect(200);
    expect(none.body).toMatchObject({ upload: null, items: [] });

    await position(district).expect(403);
    await position(city).expect(403);
    const invalid = await position(enterpriseA, 'programmeId=x').expect(400);
    expect([...new Set(invalid.body.details.map((d: { field: string }) => d.field))].sort()).toEqual([
      'programmeId',
      'year',
    ]);
    const unknown = await position(enterpriseA, `programmeId=${crypto.randomUUID()}&year=2026`).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'programmeId', message: '工作方案不存在或不在本辖区' }]);
  });
});
