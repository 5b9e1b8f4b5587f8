import { OrganisationType, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { validCreditCode as newCreditCode } from '../../../test/programme-builders';
import { sharedStringsBomb } from '../../../test/zip-bomb';

/** Columns of the zh-CN template, in order (see IMPORT_COLUMNS). */
type Row = Partial<
  Record<
    'creditCode' | 'name' | 'region' | 'industry' | 'ownership' | 'size' | 'headcount' | 'level3' | 'studio',
    string | number
  >
>;

describe('enterprise import', () => {
  let t: TestApp;
  let huangdao: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    huangdao = await login(t, (await newUser(t.dataSource, bureau, Role.DistrictBureau)).username);
  });
  afterAll(() => t.close());

  const binary = (res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  };

  async function template(language = 'zh-CN'): Promise<ExcelJS.Workbook> {
    const response = await t
      .http()
      .get('/api/enterprises/import-template')
      .set(bearer(huangdao))
      .set('Accept-Language', language)
      .buffer(true)
      .parse(binary as never) // superagent types the raw response as its Response; at run time it is the stream
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    return workbook;
  }

  async function fileWith(rows: Row[]): Promise<Buffer> {
    const workbook = await template();
    const sheet = workbook.getWorksheet('企业名单')!;
    const header = (sheet.getRow(1).values as string[]).map((value) =>
      String(value ?? '').replace(/ \*$/, ''),
    );
    const col = (title: string) => header.indexOf(title);
    rows.forEach((row, i) => {
      const r = sheet.getRow(i + 2);
      const set = (title: string, value: string | number | undefined) => {
        if (value !== undefined) r.getCell(col(title)).value = value;
      };
      set('统一社会信用代码', row.creditCode);
      set('企业名称', row.name);
      set('所在区（市）', row.region);
      set('行业门类', row.industry);
      set('所有制', row.ownership);
      set('企业规模', row.size);
      set('职工人数', row.headcount);
      set('三级/高级工人数', row.level3);
      set('大师工作室企业', row.studio);
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  const upload = (file: Buffer, language = 'zh-CN', name = 'enterprises.xlsx') =>
    t
      .http()
      .post('/api/enterprises/import')
      .set(bearer(huangdao))
      .set('Accept-Language', language)
      .attach('file', file, name);

  const valid = (overrides: Row = {}): Row => ({
    creditCode: newCreditCode('370211'),
    name: unique('导入测试企业'),
    region: '370211 黄岛区',
    industry: 'C 制造业',
    ownership: '国有',
    size: '大型',
    headcount: 1200,
    level3: 80,
    studio: '是',
    ...overrides,
  });

  it('serves a template with instructions, a header row and drop-downs', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['填写说明', '企业名单', '选项']);
    expect(workbook.getWorksheet('填写说明')!.getCell('A1').value).toBe('企业名单导入说明');
    const sheet = workbook.getWorksheet('企业名单')!;
    expect(sheet.getCell('A1').value).toBe('统一社会信用代码 *');
    // drop-downs: region (the caller's district only), industry, ownership, size
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const lists = Object.values(validations)
      .filter((v) => v.type === 'list')
      .map((v) => v.formulae[0]);
    expect(lists).toEqual(
      expect.arrayContaining([
        `"国有,非公有制"`,
        `"大型,中型,小型,微型"`,
        `'选项'!$A$1:$A$20`,
        `'选项'!$B$1:$B$1`,
      ]),
    );
    expect(workbook.getWorksheet('选项')!.getCell('B1').value).toBe('370211 黄岛区');
    const english = await template('en');
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual(['Instructions', 'Enterprises', 'Options']);
  });

  it('stores every row of a valid file, with one audit record counting them', async () => {
    const rows = [
      valid(),
      valid({ ownership: '非公有制', size: '中型', studio: '否', industry: 'F 批发和零售业' }),
    ];
    const response = await upload(await fileWith(rows)).expect(201);
    expect(response.body.imported).toBe(2);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        name: rows[0].name,
        regionCode: '370211',
        industrySection: 'C',
        ownership: 'state-owned',
        size: 'large',
        headcount: 1200,
        skilledHeadcount: { 'level-3': 80 },
        priorityCategories: ['skill-master-studio'],
      }),
      expect.objectContaining({
        name: rows[1].name,
        industrySection: 'F',
        ownership: 'non-public',
        priorityCategories: [],
      }),
    ]);
    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'enterprise.import' });
    expect(audit.some((row) => (row.after as { count: number }).count === 2)).toBe(true);
  });

  it('answers 400 with every problem by row and column, and stores nothing', async () => {
    const existing = valid();
    await upload(await fileWith([existing])).expect(201);
    const duplicateCode = newCreditCode('370211');
    const rows: Row[] = [
      valid({ creditCode: duplicateCode }), // row 2: fine on its own
      valid({ creditCode: '91440300708461136X' }), // row 3: wrong check character
      valid({ region: '370212 崂山区', creditCode: newCreditCode('370212') }), // row 4: another district
      valid({ name: existing.name, ownership: '集体', size: '' }), // row 5: name taken; not an option; size missing
      valid({ creditCode: duplicateCode, headcount: '很多' }), // row 6: duplicates row 2; not a number
      valid({ creditCode: existing.creditCode }), // row 7: already registered
    ];
    const response = await upload(await fileWith(rows)).expect(400);
    expect(response.body.message).toBe('导入文件有 8 处错误，未导入任何数据');
    expect(response.body.details).toEqual([
      {
        field: 'rows[3].creditCode',
        row: 3,
        column: '统一社会信用代码',
        value: '91440300708461136X',
        message: '统一社会信用代码校验位（第 18 位）应为“T”，当前为“X”',
      },
      {
        field: 'rows[4].regionCode',
        row: 4,
        column: '所在区（市）',
        value: '370212 崂山区',
        message: '不能在本辖区以外的行政区划 370212 登记企业',
      },
      {
        field: 'rows[5].name',
        row: 5,
        column: '企业名称',
        value: existing.name,
        message: `单位名称“${existing.name}”已存在`,
      },
      {
        field: 'rows[5].ownership',
        row: 5,
        column: '所有制',
        value: '集体',
        message: '“集体”不是有效的选项',
      },
      { field: 'rows[5].size', row: 5, column: '企业规模', value: '', message: '企业规模不能为空' },
      {
        field: 'rows[6].creditCode',
        row: 6,
        column: '统一社会信用代码',
        value: duplicateCode,
        message: '与第 2 行重复',
      },
      {
        field: 'rows[6].headcount',
        row: 6,
        column: '职工人数',
        value: '很多',
        message: '“很多”不是有效的人数（应为不小于 0 的整数）',
      },
      {
        field: 'rows[7].creditCode',
        row: 7,
        column: '统一社会信用代码',
        value: existing.creditCode,
        message: `统一社会信用代码 ${existing.creditCode} 已登记`,
      },
    ]);
    const names = rows.map((row) => row.name as string).filter((name) => name !== existing.name);
    expect(
      await t.dataSource.getRepository(OrganisationEntity).countBy(names.map((name) => ({ name }))),
    ).toBe(0);
    expect(await t.dataSource.getRepository(EnterpriseEntity).existsBy({ creditCode: duplicateCode })).toBe(
      false,
    );

    const english = await upload(await fileWith([valid({ creditCode: '9144030070846I136T' })]), 'en').expect(
      400,
    );
    expect(english.body.details[0]).toMatchObject({
      row: 2,
      message:
        'Character 14 of the credit code, "I", is not allowed (digits and capital letters other than I, O, S, V, Z only)',
    });
  });

  it('refuses files that are not xlsx, too large, or without rows', async () => {
    const notXlsx = await upload(Buffer.from('a,b,c\n1,2,3\n'), 'zh-CN', 'list.csv').expect(400);
    expect(notXlsx.body.details).toEqual([
      { field: 'file', message: '无法读取文件，请使用下载的模板（xlsx 格式）' },
    ]);
    const tooLarge = await upload(Buffer.alloc(2 * 1024 * 1024 + 10, 1)).expect(400);
    expect(tooLarge.body.details).toEqual([{ field: 'file', message: '文件不能超过 2 MB' }]);
    const empty = await upload(await fileWith([])).expect(400);
    expect(empty.body.details).toEqual([{ field: 'file', message: '文件中没有企业数据' }]);
    const missing = await t.http().post('/api/enterprises/import').set(bearer(huangdao)).expect(400);
    expect(missing.body.details).toEqual([{ field: 'file', message: '请上传 xlsx 格式的文件' }]);
  });

  it('refuses a zip bomb from its central directory in both languages, the API answering meanwhile', async () => {
    const bomb = await sharedStringsBomb(await fileWith([valid()]));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const [zh, en, health] = await Promise.all([
      upload(bomb, 'zh-CN', '炸弹.xlsx').expect(400),
      upload(bomb, 'en', 'bomb.xlsx').expect(400),
      t.http().get('/api/health').expect(200),
    ]);
    expect(health.status).toBe(200);
    expect(zh.body.details).toEqual([
      {
        field: 'file',
        message:
          '文件“炸弹.xlsx”解压后超出安全上限（解压后不超过 50 MB、不超过 1000 个部件、压缩比不超过 100:1），可能已损坏或被恶意构造，未读取；请使用下载的模板',
      },
    ]);
    expect(en.body.details[0].message).toContain('The file "bomb.xlsx" unpacks beyond the safe limits');

    // the same bomb declaring 1 MB unpacked: caught as it inflates, at its declared size
    const lying = await sharedStringsBomb(await fileWith([valid()]), 20_000_000, 1024 * 1024);
    const refused = await upload(lying, 'en', 'lying.xlsx').expect(400);
    expect(refused.body.details[0].message).toContain('The file "lying.xlsx" unpacks beyond the safe limits');
  });
});
