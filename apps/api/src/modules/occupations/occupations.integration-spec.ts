import { OCCUPATION_CODE_PATTERN, OrganisationType, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { randomInt } from 'node:crypto';
import { IsNull, Not } from 'typeorm';
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
import { sharedStringsBomb } from '../../../test/zip-bomb';
import { SEED_OCCUPATIONS } from '../../database/seed/occupations';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { OccupationEntity } from './occupation.entity';

/** A code no seed or other test uses: major group 8 holds only 8-00-00-00 in the catalogue. */
function newCode(): string {
  const two = () => String(randomInt(10, 100));
  return `8-${two()}-${two()}-${two()}`;
}

const binary = (res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

type Row = Partial<Record<'code' | 'nameZh' | 'nameEn' | 'urgent', string>>;

/** The seeded catalogue's entries only: other suites sharing the database add test occupations (数控车工 …). */
const SEED_CODES = new Set(SEED_OCCUPATIONS.map((occupation) => occupation.code));
const inCatalogue = <T extends { code: string }>(items: T[]): T[] =>
  items.filter((item) => SEED_CODES.has(item.code));

describe('occupation catalogue', () => {
  let t: TestApp;
  let admin: Session;
  let city: Session;
  let enterprise: Session;
  let reviewer: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const platform = await newOrganisation(t.dataSource, {
      type: OrganisationType.Platform,
      regionCode: '370200',
    });
    admin = await login(t, (await newUser(t.dataSource, platform, Role.SystemAdmin)).username);
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    enterprise = await login(
      t,
      (await newUser(t.dataSource, await newOrganisation(t.dataSource), Role.Enterprise)).username,
    );
    const union = await newOrganisation(t.dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    reviewer = await login(t, (await newUser(t.dataSource, union, Role.Reviewer)).username);
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, session = admin, language = 'zh-CN') =>
    t.http().post('/api/occupations').set(bearer(session)).set('Accept-Language', language).send(body);

  async function template(language = 'zh-CN'): Promise<ExcelJS.Workbook> {
    const response = await t
      .http()
      .get('/api/occupations/template.xlsx')
      .set(bearer(admin))
      .set('Accept-Language', language)
      .buffer(true)
      .parse(binary as never) // superagent types the raw response as its Response; at run time it is the stream
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    return workbook;
  }

  /** The zh-CN template filled with `rows`; `dropUrgency` removes the optional 急需紧缺 column. */
  async function fileWith(rows: Row[], dropUrgency = false): Promise<Buffer> {
    const workbook = await template();
    const sheet = workbook.getWorksheet('职业目录')!;
    if (dropUrgency) sheet.spliceColumns(4, 1);
    rows.forEach((row, i) => {
      const r = sheet.getRow(i + 2);
      if (row.code !== undefined) r.getCell(1).value = row.code;
      if (row.nameZh !== undefined) r.getCell(2).value = row.nameZh;
      if (row.nameEn !== undefined) r.getCell(3).value = row.nameEn;
      if (row.urgent !== undefined && !dropUrgency) r.getCell(4).value = row.urgent;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  const upload = (file: Buffer, language = 'zh-CN', session = admin) =>
    t
      .http()
      .post('/api/occupations/import')
      .set(bearer(session))
      .set('Accept-Language', language)
      .attach('file', file, 'occupations.xlsx');

  it('ships a demo catalogue of real 2022 codes, each valid and listed once', async () => {
    const codes = SEED_OCCUPATIONS.map((o) => o.code);
    expect(codes.every((code) => OCCUPATION_CODE_PATTERN.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    const stored = await t.dataSource.getRepository(OccupationEntity).findOneByOrFail({ code: '6-18-01-01' });
    expect(stored).toMatchObject({ nameZh: '车工', nameEn: 'Lathe operator', urgentlyNeeded: true });
  });

  it('lets every signed-in role search by code prefix or name, filter the urgent ones and page', async () => {
    for (const session of [admin, city, enterprise, reviewer]) {
      const byName = await t
        .http()
        .get('/api/occupations')
        .query({ search: '钳工' })
        .set(bearer(session))
        .expect(200);
      expect(byName.body.items.map((o: { nameZh: string }) => o.nameZh)).toEqual(
        expect.arrayContaining(['工具钳工', '装配钳工', '机修钳工']),
      );
    }
    const byPrefix = await t
      .http()
      .get('/api/occupations')
      .query({ search: '6-18-01' })
      .set(bearer(city))
      .expect(200);
    expect(byPrefix.body.items.length).toBeGreaterThan(5);
    expect(byPrefix.body.items.every((o: { code: string }) => o.code.startsWith('6-18-01-'))).toBe(true);
    // catalogue order
    const codes = byPrefix.body.items.map((o: { code: string }) => o.code);
    expect(codes).toEqual([...codes].sort());

    const byEnglish = await t
      .http()
      .get('/api/occupations')
      .query({ search: 'welder' })
      .set(bearer(city))
      .expect(200);
    expect(inCatalogue(byEnglish.body.items)).toEqual([
      expect.objectContaining({ code: '6-18-02-04', nameZh: '焊工' }),
    ]);

    const urgent = await t
      .http()
      .get('/api/occupations')
      .query({ urgentlyNeeded: 'true', pageSize: 200 })
      .set(bearer(enterprise))
      .expect(200);
    expect(urgent.body.items.length).toBeGreaterThan(0);
    expect(urgent.body.items.every((o: { urgentlyNeeded: boolean }) => o.urgentlyNeeded)).toBe(true);

    const page = await t
      .http()
      .get('/api/occupations')
      .query({ page: 2, pageSize: 5 })
      .set(bearer(city))
      .expect(200);
    expect(page.body.items).toHaveLength(5);
    expect(page.body.total).toBeGreaterThanOrEqual(SEED_OCCUPATIONS.length);

    const one = await t.http().get('/api/occupations/6-31-07-01').set(bearer(reviewer)).expect(200);
    expect(one.body).toMatchObject({ code: '6-31-07-01', nameZh: '工业机器人系统运维员' });
    await t.http().get('/api/occupations/6-99-99-99').set(bearer(city)).expect(404);
    await t.http().get('/api/occupations/not-a-code').set(bearer(city)).expect(404);
    await t.http().get('/api/occupations').expect(401);
  });

  it('serves the public list without login, with the four fields the benchmark pages use', async () => {
    const response = await t.http().get('/api/public/occupations').query({ search: '车工' }).expect(200);
    expect(inCatalogue(response.body.items)).toEqual([
      { code: '6-18-01-01', nameZh: '车工', nameEn: 'Lathe operator', urgentlyNeeded: true },
    ]);
    const notUrgent = await t
      .http()
      .get('/api/public/occupations')
      .query({ urgentlyNeeded: 'false', search: '6-31-01' })
      .expect(200);
    expect(notUrgent.body.items.map((o: { code: string }) => o.code)).toEqual(
      expect.arrayContaining(['6-31-01-02', '6-31-01-03']),
    );
    const bad = await t
      .http()
      .get('/api/public/occupations')
      .query({ urgentlyNeeded: 'maybe' })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(bad.body.details).toEqual([
      { field: 'urgentlyNeeded', message: 'Urgently needed must be true or false' },
    ]);
  });

  it('lets the system administrator add, change and softly delete an occupation, each audited', async () => {
    const code = newCode();
    const created = await create({
      code: code.replace(/-/g, '－'),
      nameZh: ' 测试职业 ',
      urgentlyNeeded: true,
    }).expect(201);
    expect(created.body).toMatchObject({ code, nameZh: '测试职业', nameEn: null, urgentlyNeeded: true });
    const duplicate = await create({ code, nameZh: '另一个' }).expect(409);
    expect(duplicate.body.message).toBe(`职业编码 ${code} 已在职业目录中`);

    const changed = await t
      .http()
      .patch(`/api/occupations/${code}`)
      .set(bearer(admin))
      .send({ nameEn: 'Test occupation', urgentlyNeeded: false })
      .expect(200);
    expect(changed.body).toMatchObject({
      code,
      nameZh: '测试职业',
      nameEn: 'Test occupation',
      urgentlyNeeded: false,
    });

    await t.http().delete(`/api/occupations/${code}`).set(bearer(admin)).expect(204);
    await t.http().get(`/api/occupations/${code}`).set(bearer(admin)).expect(404);
    const listed = await t.http().get('/api/public/occupations').query({ search: code }).expect(200);
    expect(listed.body.total).toBe(0);
    // kept, marked deleted: codes in stored wage data still resolve
    expect(
      await t.dataSource
        .getRepository(OccupationEntity)
        .exists({ where: { code, deletedAt: Not(IsNull()) }, withDeleted: true }),
    ).toBe(true);
    await t.http().delete(`/api/occupations/${code}`).set(bearer(admin)).expect(404);

    // adding the code again restores the entry with the new names
    const restored = await create({ code, nameZh: '恢复的职业' }).expect(201);
    expect(restored.body).toMatchObject({ code, nameZh: '恢复的职业', nameEn: null, urgentlyNeeded: false });

    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: { entityType: 'occupation', entityId: code }, order: { id: 'ASC' } });
    expect(audit.map((row) => row.action)).toEqual([
      'occupation.create',
      'occupation.update',
      'occupation.delete',
      'occupation.restore',
    ]);
    expect(audit[1].before).toMatchObject({ nameEn: null, urgentlyNeeded: true });
    expect(audit[1].after).toMatchObject({ nameEn: 'Test occupation', urgentlyNeeded: false });
  });

  it('rejects invalid input field by field in the caller’s language and stores nothing', async () => {
    const zh = await create({ code: '6-18-1-1', nameZh: '', nameEn: 'x'.repeat(151) }).expect(400);
    expect(zh.body.details).toEqual(
      expect.arrayContaining([
        { field: 'code', message: '职业编码应为“大类-中类-小类-细类”格式，如 6-18-01-01' },
        { field: 'nameZh', message: '中文名称不能为空' },
        { field: 'nameEn', message: '英文名称最多 150 个字符' },
      ]),
    );
    const en = await create({ code: '9-18-01-01', nameZh: '车工' }, admin, 'en').expect(400);
    expect(en.body.details).toEqual([
      { field: 'code', message: 'The occupation code must read major-middle-minor-detail, e.g. 6-18-01-01' },
    ]);
    const unknownField = await create({ code: newCode(), nameZh: '车工', level: 3 }).expect(400);
    expect(unknownField.body.details).toEqual([{ field: 'level', message: '不允许提交字段“level”' }]);
    const patchCode = await t
      .http()
      .patch('/api/occupations/6-18-01-01')
      .set(bearer(admin))
      .send({ code: '6-18-01-99' })
      .expect(400);
    expect(patchCode.body.details).toEqual([{ field: 'code', message: '不允许提交字段“code”' }]);
    expect(await t.dataSource.getRepository(OccupationEntity).existsBy({ code: '6-18-01-99' })).toBe(false);
  });

  it('keeps every change to the system administrator', async () => {
    const code = newCode();
    for (const session of [city, enterprise, reviewer]) {
      await create({ code, nameZh: '越权职业' }, session).expect(403);
      await t
        .http()
        .patch('/api/occupations/6-18-01-01')
        .set(bearer(session))
        .send({ urgentlyNeeded: false })
        .expect(403);
      await t.http().delete('/api/occupations/6-18-01-01').set(bearer(session)).expect(403);
      await t.http().get('/api/occupations/template.xlsx').set(bearer(session)).expect(403);
      await upload(await fileWith([{ code, nameZh: '越权职业' }]), 'zh-CN', session).expect(403);
    }
    expect(await t.dataSource.getRepository(OccupationEntity).existsBy({ code })).toBe(false);
    const lathe = await t.dataSource.getRepository(OccupationEntity).findOneByOrFail({ code: '6-18-01-01' });
    expect(lathe.urgentlyNeeded).toBe(true);
  });

  it('serves an import template with instructions, the header and the 是/否 drop-down', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['填写说明', '职业目录']);
    expect(workbook.getWorksheet('填写说明')!.getCell('A1').value).toBe('职业目录导入说明');
    const sheet = workbook.getWorksheet('职业目录')!;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([
      '职业编码 *',
      '职业名称 *',
      '英文名称',
      '急需紧缺',
    ]);
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(new Set(Object.values(validations).map((v) => v.formulae[0]))).toEqual(new Set(['"是,否"']));
    const english = await template('en');
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual(['Instructions', 'Occupations']);
  });

  it('imports by code: adds new codes, updates changed ones, skips identical ones, all audited once', async () => {
    const [fresh, deleted] = [newCode(), newCode()];
    await create({ code: deleted, nameZh: '已删除职业', nameEn: 'Deleted one' }).expect(201);
    await t.http().delete(`/api/occupations/${deleted}`).set(bearer(admin)).expect(204);
    const kept = SEED_OCCUPATIONS.find((o) => o.code === '6-31-01-03')!;

    const response = await upload(
      await fileWith([
        { code: fresh, nameZh: '导入的新职业', nameEn: 'Imported occupation', urgent: '是' },
        { code: deleted, nameZh: '恢复的职业', urgent: '否' },
        // the English name left blank keeps the current one; 是 flags it
        { code: '6-31-01-03', nameZh: kept.nameZh, urgent: '是' },
        { code: '6-18-01-02', nameZh: '铣工', nameEn: 'Milling machine operator', urgent: '否' },
      ]),
    ).expect(201);
    expect(response.body).toEqual({ created: 2, updated: 1, unchanged: 1 });

    const repo = t.dataSource.getRepository(OccupationEntity);
    expect(await repo.findOneByOrFail({ code: fresh })).toMatchObject({
      nameZh: '导入的新职业',
      nameEn: 'Imported occupation',
      urgentlyNeeded: true,
    });
    expect(await repo.findOneByOrFail({ code: deleted })).toMatchObject({
      nameZh: '恢复的职业',
      nameEn: 'Deleted one',
      urgentlyNeeded: false,
      deletedAt: null,
    });
    expect(await repo.findOneByOrFail({ code: '6-31-01-03' })).toMatchObject({
      nameEn: 'Electrician',
      urgentlyNeeded: true,
    });
    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'occupation.import' });
    expect(audit.map((row) => row.after)).toContainEqual({
      file: 'occupations.xlsx',
      created: [fresh, deleted],
      updated: ['6-31-01-03'],
      unchanged: 1,
    });

    // a file without the 急需紧缺 column renames and leaves every flag as it was
    await upload(await fileWith([{ code: '6-31-01-03', nameZh: '电工（维修电工）' }], true)).expect(201);
    expect(await repo.findOneByOrFail({ code: '6-31-01-03' })).toMatchObject({
      nameZh: '电工（维修电工）',
      urgentlyNeeded: true,
    });
    await t
      .http()
      .patch('/api/occupations/6-31-01-03')
      .set(bearer(admin))
      .send({ nameZh: kept.nameZh, urgentlyNeeded: kept.urgentlyNeeded })
      .expect(200);
  });

  it('answers 400 with every problem by row, column and value, in zh-CN or English, and stores nothing', async () => {
    const [first, second] = [newCode(), newCode()];
    const rows: Row[] = [
      { code: first, nameZh: unique('合格职业') }, // row 2: fine on its own
      { code: '6-18-01', nameZh: '缺细类' }, // row 3: not a full code
      { code: second, nameZh: '', urgent: '也许' }, // row 4: name missing; not 是/否
      { code: first, nameZh: '重复', nameEn: 'y'.repeat(151) }, // row 5: duplicates row 2; English name too long
    ];
    const response = await upload(await fileWith(rows)).expect(400);
    expect(response.body.message).toBe('导入文件有 5 处错误，未导入任何数据');
    expect(response.body.details).toEqual([
      {
        field: 'rows[3].code',
        row: 3,
        column: '职业编码',
        value: '6-18-01',
        message: '职业编码应为“大类-中类-小类-细类”格式，如 6-18-01-01',
      },
      { field: 'rows[4].nameZh', row: 4, column: '职业名称', value: '', message: '中文名称不能为空' },
      {
        field: 'rows[4].urgentlyNeeded',
        row: 4,
        column: '急需紧缺',
        value: '也许',
        message: '“也许”不是有效的选项',
      },
      { field: 'rows[5].code', row: 5, column: '职业编码', value: first, message: '与第 2 行重复' },
      {
        field: 'rows[5].nameEn',
        row: 5,
        column: '英文名称',
        value: 'y'.repeat(151),
        message: '英文名称最多 150 个字符',
      },
    ]);
    const repo = t.dataSource.getRepository(OccupationEntity);
    expect(await repo.countBy([{ code: first }, { code: second }])).toBe(0);

    const english = await upload(await fileWith([{ code: '6-18-01', nameZh: '缺细类' }]), 'en').expect(400);
    expect(english.body.message).toBe('The file has 1 problems; nothing was imported');
    expect(english.body.details[0]).toMatchObject({
      row: 2,
      message: 'The occupation code must read major-middle-minor-detail, e.g. 6-18-01-01',
    });
  });

  it('refuses files that are not xlsx, lack the code column or hold no rows', async () => {
    const notXlsx = await upload(Buffer.from('职业编码,职业名称\n6-18-01-01,车工\n')).expect(400);
    expect(notXlsx.body.details).toEqual([
      { field: 'file', message: '无法读取文件，请使用下载的模板（xlsx 格式）' },
    ]);
    const empty = await upload(await fileWith([])).expect(400);
    expect(empty.body.details).toEqual([{ field: 'file', message: '文件中没有职业数据' }]);

    // the header lacks the code column: reported with what the rows show, row and column named
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('职业目录');
    sheet.addRow(['职业名称', '急需紧缺']);
    sheet.addRow(['车工', '是']);
    sheet.addRow(['', '也许']);
    const noCode = await upload(Buffer.from(await workbook.xlsx.writeBuffer())).expect(400);
    expect(noCode.body.details).toEqual([
      { field: 'file', row: 1, column: '职业编码', message: '表头缺少“职业编码”列' },
      expect.objectContaining({ field: 'rows[3].nameZh', row: 3, column: '职业名称' }),
      expect.objectContaining({ field: 'rows[3].urgentlyNeeded', row: 3, column: '急需紧缺', value: '也许' }),
    ]);
    const missing = await t.http().post('/api/occupations/import').set(bearer(admin)).expect(400);
    expect(missing.body.details).toEqual([{ field: 'file', message: '请上传 xlsx 格式的文件' }]);
  });

  it('refuses a zip bomb from its central directory, the API answering meanwhile', async () => {
    const bomb = await sharedStringsBomb(await fileWith([]));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const [refused] = await Promise.all([
      upload(bomb, 'en').expect(400),
      t.http().get('/api/health').expect(200),
    ]);
    expect(refused.body.details).toEqual([
      {
        field: 'file',
        message:
          'The file "occupations.xlsx" unpacks beyond the safe limits (at most 50 MB unpacked, 1000 parts, a compression ratio of 100:1); it may be damaged or crafted and was not read. Please use the downloaded template',
      },
    ]);
  });
});
