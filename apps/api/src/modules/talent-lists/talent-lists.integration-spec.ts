import {
  OrganisationType,
  PayTreatment,
  RegionLevel,
  Role,
  SkillLevel,
  TalentRole,
  TalentStatus,
} from '@skillpay/domain';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newTalent } from '../../../test/talent-builders';
import {
  bearer,
  createTestApp,
  login,
  newIp,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { RegionEntity } from '../regions/region.entity';
import { TalentEntity } from '../talents/talent.entity';

/** A binary body (xlsx) as a Buffer. */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Every cell of the workbook's first sheet, row by row, as text. */
async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => (value == null ? '' : String(value))));
  });
  return rows;
}

/**
 * A city of its own (济南市 with 历下区 and 历城区), so the figures are exactly this suite's talents:
 * five confirmed ones, one awaiting verification, one deleted, and one in Qingdao.
 */
describe('talent lists (人才名录), talent statistics and the honours table', () => {
  let t: TestApp;
  let maker: Session;
  let checker: Session;
  let lixia: Session;
  let reviewer: Session;
  let admin: Session;
  let qingdaoCity: Session;
  let enterprise: Session;
  const ids: Record<string, string> = {};
  const idNumbers: string[] = [];
  const masked: string[] = [];

  const get = (session: Session | null, url: string) => {
    const call = t.http().get(url);
    return session ? call.set(bearer(session)) : call.set('X-Forwarded-For', newIp());
  };
  const post = (session: Session, url: string, body: object = {}) =>
    t.http().post(url).set(bearer(session)).send(body);

  async function region(code: string, name: string, nameEn: string, level: RegionLevel, parent: string) {
    const parentPath = parent === '370000' ? '370000/' : `370000/${parent}/`;
    await t.dataSource
      .getRepository(RegionEntity)
      .upsert({ code, name, nameEn, level, parentCode: parent, path: `${parentPath}${code}/` }, ['code']);
  }

  async function session(type: OrganisationType, regionCode: string, role: Role, organisationId?: string) {
    const organisation = organisationId
      ? await t.dataSource
          .query(`SELECT * FROM organisation WHERE id = $1`, [organisationId])
          .then((r) => r[0])
      : await newOrganisation(t.dataSource, { type, regionCode, name: unique('机构') });
    return login(t, (await newUser(t.dataSource, organisation, role)).username);
  }

  async function publishedEdition(year = 2026): Promise<string> {
    const draft = await post(maker, '/api/talent-lists', { year }).expect(201);
    await post(checker, `/api/talent-lists/${draft.body.id}/review`, { comment: '核对无误' }).expect(200);
    await post(checker, `/api/talent-lists/${draft.body.id}/publish`).expect(200);
    return draft.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await region('370100', '济南市', 'Jinan', RegionLevel.City, '370000');
    await region('370102', '历下区', 'Lixia', RegionLevel.District, '370100');
    await region('370112', '历城区', 'Licheng', RegionLevel.District, '370100');
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370100',
      name: unique('济南市人社局'),
    });
    maker = await session(OrganisationType.CityBureau, '370100', Role.CityBureau, bureau.id);
    checker = await session(OrganisationType.CityBureau, '370100', Role.CityBureau, bureau.id);
    lixia = await session(OrganisationType.DistrictBureau, '370102', Role.DistrictBureau);
    reviewer = await session(OrganisationType.TradeUnion, '370100', Role.Reviewer);
    admin = await session(OrganisationType.Platform, '370200', Role.SystemAdmin);
    qingdaoCity = await session(OrganisationType.CityBureau, '370200', Role.CityBureau);

    const boiler = await newEnterprise(t.dataSource, {
      regionCode: '370102',
      name: unique('济南锅炉厂'),
      industrySection: 'C',
    });
    const power = await newEnterprise(t.dataSource, {
      regionCode: '370112',
      name: unique('济南热电公司'),
      industrySection: 'D',
    });
    const qingdao = await newEnterprise(t.dataSource, { regionCode: '370211', name: unique('青岛港') });
    enterprise = await session(OrganisationType.Enterprise, '370102', Role.Enterprise, boiler.id);
    ids.boiler = boiler.id;
    const talents: Array<[string, Parameters<typeof newTalent>[1]]> = [
      [
        'wang',
        {
          enterpriseId: boiler.id,
          regionCode: '370102',
          name: '王海',
          birthYear: 1975,
          skillLevel: SkillLevel.Level1,
          payTreatments: [{ treatment: PayTreatment.AnnualSalary, annualAmountYuan: 386000 }],
          roles: [TalentRole.MasterStudioLead],
          honours: [
            { code: 'may-day-medal', year: 2019 },
            { code: 'national-technical-expert', year: 2016 },
          ],
        },
      ],
      [
        'li',
        {
          enterpriseId: boiler.id,
          regionCode: '370102',
          name: '李静',
          publicConsent: false,
          birthYear: 1990,
          skillLevel: SkillLevel.Special,
          honours: [{ code: 'national-technical-expert', year: 2021 }],
        },
      ],
      [
        'zhao',
        {
          enterpriseId: power.id,
          regionCode: '370112',
          name: '赵强',
          birthYear: 1993,
          skillLevel: SkillLevel.Level2,
          occupationCode: '6-18-01-02',
          honours: [{ code: 'china-skill-award', year: 2023 }],
        },
      ],
      [
        'sun',
        {
          enterpriseId: power.id,
          regionCode: '370112',
          name: '孙伟',
          birthYear: 1965,
          skillLevel: SkillLevel.Chief,
          honours: [{ code: 'national-model-worker', year: 2015 }],
        },
      ],
      [
        'zhou',
        {
          enterpriseId: boiler.id,
          regionCode: '370102',
          name: '周敏',
          birthYear: 1980,
          honours: [{ code: 'may-day-medal', year: 2022 }],
        },
      ],
      [
        'pending',
        { enterpriseId: boiler.id, regionCode: '370102', name: '待核实', status: TalentStatus.Submitted },
      ],
      ['deleted', { enterpriseId: boiler.id, regionCode: '370102', name: '已删除' }],
      ['qingdao', { enterpriseId: qingdao.id, regionCode: '370211', name: '青岛人' }],
    ];
    for (const [key, options] of talents) {
      const { talent, idNumber } = await newTalent(t.dataSource, options);
      ids[key] = talent.id;
      idNumbers.push(idNumber);
      masked.push(talent.idNumberMasked);
    }
    await t.dataSource.getRepository(TalentEntity).softDelete({ id: ids.deleted });
  });

  afterAll(() => t.close());

  it('publishes an edition of the city’s confirmed talents: 某某 in the public edition, the name for the departments', async () => {
    const draft = await post(maker, '/api/talent-lists', { year: 2026 }).expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      editionNumber: null,
      talentCount: 5,
      title: '济南市高技能领军人才名录（2026年待发布）',
      callerIsMaker: true,
      availableActions: ['discard'],
    });
    // one edition under review at a time
    const second = await post(maker, '/api/talent-lists', { year: 2026 }).expect(409);
    expect(second.body.message).toContain('请先发布或作废该稿');
    // the maker may not review their own draft (maker-checker)
    await post(maker, `/api/talent-lists/${draft.body.id}/review`).expect(403);
    const preview = await get(maker, `/api/talent-lists/${draft.body.id}/entries?pageSize=50`).expect(200);
    expect(preview.body.items.map((entry: { name: string }) => entry.name).sort()).toEqual(
      ['周敏', '李静', '王海', '孙伟', '赵强'].sort(),
    );
    expect(preview.body.total).toBe(5);
    // districts do not see drafts
    await get(lixia, `/api/talent-lists/${draft.body.id}`).expect(404);

    await post(checker, `/api/talent-lists/${draft.body.id}/review`, { comment: '已核对' }).expect(200);
    const published = await post(checker, `/api/talent-lists/${draft.body.id}/publish`).expect(200);
    expect(published.body).toMatchObject({
      status: 'published',
      title: '济南市高技能领军人才名录（2026年第1版）',
      titleEn: 'Jinan high-skill leading talents (2026, edition 1)',
      availableActions: [],
    });
    const id = draft.body.id as string;

    // the public edition: 某某 for 李静, who has not consented; names of the others
    const publicRows = await get(null, `/api/public/talent-lists/${id}/entries?pageSize=50`).expect(200);
    const names = publicRows.body.items.map((entry: { name: string }) => entry.name);
    expect(names).toHaveLength(5);
    expect(names).toContain('某某');
    expect(names).not.toContain('李静');
    expect(names).toEqual(expect.arrayContaining(['王海', '赵强', '孙伟', '周敏']));
    const wang = publicRows.body.items.find((entry: { name: string }) => entry.name === '王海');
    expect(Object.keys(wang).sort()).toEqual(
      [
        'enterpriseName',
        'honours',
        'name',
        'occupationCode',
        'occupationName',
        'occupationNameEn',
        'position',
        'skillLevel',
      ].sort(),
    );
    expect(
      wang.honours.map((honour: { nameZh: string; year: number }) => `${honour.nameZh} ${honour.year}`),
    ).toEqual(['全国五一劳动奖章 2019', '全国技术能手 2016']);
    // searching a withheld name finds nothing
    const search = await get(
      null,
      `/api/public/talent-lists/${id}/entries?q=${encodeURIComponent('李静')}`,
    ).expect(200);
    expect(search.body.total).toBe(0);

    // the departments' edition: the name, gender, age band, district, roles, treatments without amounts
    const departments = await get(lixia, `/api/talent-lists/${id}/entries?pageSize=50`).expect(200);
    const li = departments.body.items.find((entry: { name: string }) => entry.name === '李静');
    expect(li).toMatchObject({
      publicConsent: false,
      birthYear: 1990,
      ageBand: '35-44',
      regionName: '历下区',
    });
    const wangDepartments = departments.body.items.find((entry: { name: string }) => entry.name === '王海');
    expect(wangDepartments).toMatchObject({
      payTreatments: ['annual-salary'],
      roles: ['master-studio-lead'],
    });
    expect(JSON.stringify(departments.body)).not.toContain('386000');

    // the xlsx of both audiences
    const publicXlsx = await get(null, `/api/public/talent-lists/${id}/export.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const publicCells = (await sheetRows(publicXlsx.body as Buffer)).flat();
    expect(publicCells).toContain('济南市高技能领军人才名录（2026年第1版）');
    expect(publicCells).toContain('某某');
    expect(publicCells).not.toContain('李静');
    const departmentsXlsx = await get(lixia, `/api/talent-lists/${id}/export.xlsx?audience=departments`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const departmentCells = (await sheetRows(departmentsXlsx.body as Buffer)).flat();
    expect(departmentCells).toContain('李静');
    expect(departmentCells).toContain('年薪制');
    expect(departmentCells.join('|')).not.toContain('386000');

    // never an ID number, clear or masked, in any answer or file
    const everything = [
      JSON.stringify(publicRows.body),
      JSON.stringify(departments.body),
      publicCells.join('|'),
      departmentCells.join('|'),
      JSON.stringify((await get(null, `/api/public/talent-lists/${id}`).expect(200)).body),
    ].join('\n');
    for (const value of [...idNumbers, ...masked]) expect(everything).not.toContain(value);

    // the publication and the exports are audited
    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id });
    expect(audit.map((row) => `${row.action} ${row.outcome}`).sort()).toEqual(
      [
        // the maker's own review refused (maker-checker)
        'access.denied denied',
        'talent_list.create success',
        'talent_list.export success',
        'talent_list.publish success',
        'talent_list.review success',
      ].sort(),
    );
  });

  it('keeps a published edition as it was: later edits and unconfirmations change nothing', async () => {
    const first = await publishedEdition();
    await t.dataSource
      .getRepository(TalentEntity)
      .update({ id: ids.zhou }, { name: '周敏改', status: TalentStatus.Returned });
    await t.dataSource.getRepository(TalentEntity).update({ id: ids.zhao }, { publicConsent: false });
    const before = await get(null, `/api/public/talent-lists/${first}/entries?pageSize=50`).expect(200);
    expect(before.body.items.map((entry: { name: string }) => entry.name)).toContain('周敏');
    expect(before.body.items.map((entry: { name: string }) => entry.name)).toContain('赵强');
    // the database refuses a change of a published edition's rows
    await expect(
      t.dataSource.query(`UPDATE talent_list_entry SET name = 'x' WHERE list_id = $1`, [first]),
    ).rejects.toThrow(/immutable/);
    // the next edition shows the current state; the earlier one stays readable
    const next = await publishedEdition();
    const detail = await get(null, `/api/public/talent-lists/${next}`).expect(200);
    expect(detail.body.title).toMatch(/^济南市高技能领军人才名录（2026年第\d+版）$/);
    expect(detail.body.talentCount).toBe(4);
    const rows = await get(null, `/api/public/talent-lists/${next}/entries?pageSize=50`).expect(200);
    const names = rows.body.items.map((entry: { name: string }) => entry.name);
    expect(names).not.toContain('周敏改');
    expect(names.filter((name: string) => name === '某某')).toHaveLength(2);
    await get(null, `/api/public/talent-lists/${first}`).expect(200);
    const editions = await get(null, '/api/public/talent-lists?pageSize=200').expect(200);
    expect(editions.body.items.map((edition: { id: string }) => edition.id)).toEqual(
      expect.arrayContaining([first, next]),
    );
    await t.dataSource
      .getRepository(TalentEntity)
      .update({ id: ids.zhou }, { name: '周敏', status: TalentStatus.Confirmed });
    await t.dataSource.getRepository(TalentEntity).update({ id: ids.zhao }, { publicConsent: true });
  });

  it('serves published editions only to the public, filters them, and answers 404 outside the city', async () => {
    const id = await publishedEdition();
    const draft = await post(maker, '/api/talent-lists', { year: 2027 }).expect(201);
    await get(null, `/api/public/talent-lists/${draft.body.id}`).expect(404);
    await get(null, `/api/public/talent-lists/${draft.body.id}/entries`).expect(404);
    await get(null, `/api/public/talent-lists/${draft.body.id}/export.xlsx`).expect(404);
    const list = await get(null, '/api/public/talent-lists?pageSize=200').expect(200);
    expect(list.body.items.map((edition: { id: string }) => edition.id)).not.toContain(draft.body.id);
    // the draft waits on the checker's workbench, not on its maker's
    const waiting = async (session: Session) =>
      (
        (await get(session, '/api/workbench').expect(200)).body.groups as Array<{
          kind: string;
          items: Array<{ id: string; link: string }>;
        }>
      ).find((group) => group.kind === 'talent-lists-to-check')?.items ?? [];
    expect((await waiting(checker)).map((item) => item.link)).toContain(`/talent-lists/${draft.body.id}`);
    expect((await waiting(maker)).map((item) => item.id)).not.toContain(draft.body.id);
    await post(maker, `/api/talent-lists/${draft.body.id}/discard`, { reason: '年度有误' }).expect(200);

    const detail = await get(null, `/api/public/talent-lists/${id}`).expect(200);
    const medal = detail.body.honours.find(
      (option: { label: string }) => option.label === '全国五一劳动奖章',
    );
    const byHonour = await get(null, `/api/public/talent-lists/${id}/entries?honourId=${medal.value}`).expect(
      200,
    );
    expect(byHonour.body.items.map((entry: { name: string }) => entry.name).sort()).toEqual(
      ['周敏', '王海'].sort(),
    );
    const byOccupation = await get(
      null,
      `/api/public/talent-lists/${id}/entries?occupationCode=6-18-01-02`,
    ).expect(200);
    expect(byOccupation.body.items.map((entry: { name: string }) => entry.name)).toEqual(['赵强']);
    const paged = await get(null, `/api/public/talent-lists/${id}/entries?page=2&pageSize=2`).expect(200);
    expect(paged.body).toMatchObject({ total: 5 });
    expect(paged.body.items).toHaveLength(2);
    const bad = await get(null, `/api/public/talent-lists/${id}/entries?honourId=abc`).expect(400);
    expect(JSON.stringify(bad.body)).toContain('honourId');

    // another city, an enterprise, a reviewer: nothing of the city's editions
    await get(qingdaoCity, `/api/talent-lists/${id}`).expect(404);
    await get(qingdaoCity, `/api/talent-lists/${id}/entries`).expect(404);
    await post(qingdaoCity, `/api/talent-lists/${id}/discard`).expect(404);
    await get(enterprise, `/api/talent-lists/${id}`).expect(403);
    await get(reviewer, `/api/talent-lists`).expect(403);
    await post(lixia, '/api/talent-lists', { year: 2026 }).expect(403);
    const lixiaList = await get(lixia, '/api/talent-lists?pageSize=200').expect(200);
    expect(lixiaList.body.items.every((edition: { status: string }) => edition.status === 'published')).toBe(
      true,
    );
    const badYear = await post(maker, '/api/talent-lists', { year: 'next' }).expect(400);
    expect(JSON.stringify(badYear.body)).toContain('year');
  });

  it('counts the confirmed talents by honour, industry, district, level and age band; reviewers get figures only', async () => {
    const figures = await get(maker, '/api/talent-statistics?year=2026').expect(200);
    expect(figures.body.total).toBe(5);
    const counts = (rows: Array<{ key: string; count: number }>) =>
      Object.fromEntries(rows.map((row) => [row.key, row.count]));
    expect(counts(figures.body.byHonour)).toEqual({
      'may-day-medal': 2,
      'national-technical-expert': 2,
      'china-skill-award': 1,
      'national-model-worker': 1,
    });
    // ages in 2026: 王海 51, 李静 36, 赵强 33, 孙伟 61, 周敏 46
    expect(counts(figures.body.byAgeBand)).toEqual({ 'under-35': 1, '35-44': 1, '45-54': 2, '55-plus': 1 });
    expect(counts(figures.body.byDistrict)).toEqual({ '370102': 3, '370112': 2 });
    expect(counts(figures.body.byIndustry)).toEqual({ C: 3, D: 2 });
    expect(counts(figures.body.bySkillLevel)).toEqual({ 'level-2': 1, 'level-1': 2, special: 1, chief: 1 });

    const union = await get(reviewer, '/api/talent-statistics?year=2026').expect(200);
    expect(union.body).toEqual(figures.body);
    const text = JSON.stringify(union.body);
    for (const name of ['王海', '李静', '赵强', '孙伟', '周敏']) expect(text).not.toContain(name);

    const district = await get(lixia, '/api/talent-statistics?year=2026').expect(200);
    expect(district.body.total).toBe(3);
    expect(counts(district.body.byDistrict)).toEqual({ '370102': 3 });
    await get(enterprise, '/api/talent-statistics').expect(403);
    const bad = await get(maker, '/api/talent-statistics?year=abc').expect(400);
    expect(JSON.stringify(bad.body)).toContain('year');
  });

  it('lets the system administrator keep the honours table; national honours stay', async () => {
    const list = await get(maker, '/api/honours').expect(200);
    const medal = list.body.items.find((honour: { code: string }) => honour.code === 'may-day-medal');
    expect(medal).toMatchObject({ national: true, qualifying: true, level: 'national' });

    const code = `jinan-craftsman-${Date.now()}`;
    const body = {
      code,
      nameZh: '泉城工匠',
      level: 'municipal',
      issuer: '济南市人民政府',
      qualifying: false,
      sortOrder: 200,
    };
    await post(maker, '/api/honours', body).expect(403);
    const created = await post(admin, '/api/honours', body).expect(201);
    expect(created.body).toMatchObject({ code, national: false, talentCount: 0, version: 1 });
    const duplicate = await post(admin, '/api/honours', body).expect(400);
    expect(JSON.stringify(duplicate.body)).toContain('code');
    const noIssuer = await post(admin, '/api/honours', { ...body, code: `${code}-2`, issuer: '' }).expect(
      400,
    );
    expect(JSON.stringify(noIssuer.body)).toContain('issuer');
    const national = await post(admin, '/api/honours', {
      ...body,
      code: `${code}-3`,
      level: 'national',
    }).expect(400);
    expect(JSON.stringify(national.body)).toContain('level');

    // If-Match: a stale version changes nothing
    const updated = await t
      .http()
      .patch(`/api/honours/${created.body.id}`)
      .set(bearer(admin))
      .set('If-Match', `"${created.body.id}:1"`)
      .send({ qualifying: true })
      .expect(200);
    expect(updated.body).toMatchObject({ qualifying: true, version: 2 });
    await t
      .http()
      .patch(`/api/honours/${created.body.id}`)
      .set(bearer(admin))
      .set('If-Match', `"${created.body.id}:1"`)
      .send({ nameZh: '改名' })
      .expect(412);

    const protectedHonour = await t
      .http()
      .patch(`/api/honours/${medal.id}`)
      .set(bearer(admin))
      .send({ qualifying: false })
      .expect(400);
    expect(JSON.stringify(protectedHonour.body)).toContain('qualifying');
    // its name is the State's: the published lists carry it as conferred
    const renamed = await t
      .http()
      .patch(`/api/honours/${medal.id}`)
      .set(bearer(admin))
      .send({ nameZh: '五一劳动奖章' })
      .expect(400);
    expect(JSON.stringify(renamed.body)).toContain('nameZh');
    await t.http().delete(`/api/honours/${medal.id}`).set(bearer(admin)).expect(409);
    await t.http().delete(`/api/honours/${medal.id}`).set(bearer(maker)).expect(403);

    // an honour a talent holds is kept (soft-deleted) so the record and the editions keep it
    await newTalent(t.dataSource, {
      enterpriseId: ids.boiler,
      regionCode: '370102',
      status: TalentStatus.Draft,
      honours: [],
    });
    await t.dataSource.query(
      `INSERT INTO talent_honour (talent_id, honour_id, awarded_year) VALUES ($1, $2, 2024)`,
      [ids.pending, created.body.id],
    );
    await t.http().delete(`/api/honours/${created.body.id}`).set(bearer(admin)).expect(204);
    const [kept] = await t.dataSource.query(`SELECT deleted_at FROM honour WHERE id = $1`, [created.body.id]);
    expect(kept.deleted_at).not.toBeNull();
    const after = await get(admin, '/api/honours').expect(200);
    expect(after.body.items.map((honour: { id: string }) => honour.id)).not.toContain(created.body.id);
    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: created.body.id });
    expect(audit.map((row) => row.action).sort()).toEqual([
      'honour.create',
      'honour.delete',
      'honour.update',
    ]);
  });
});
