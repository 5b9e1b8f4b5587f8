import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  idCardCheckCharacter,
  OrganisationType,
  PilotStatus,
  Role,
  WAGE_UPLOAD_LIMITS,
  WageUploadStatus,
} from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { newEnterprise } from '../../../test/enterprise-builders';
import { sharedStringsBomb } from '../../../test/zip-bomb';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { WageImportService } from './wage-import.service';

const HEADER = [
  '员工编号',
  '职业编码',
  '技能等级',
  '岗位类别',
  '工作月数',
  '基本工资',
  '岗位工资',
  '绩效工资',
  '津贴补贴',
  '其他',
];
type Row = Array<string | number | null | ExcelJS.CellFormulaValue>;
const valid = (ref: string, base = 36000): Row => [
  ref,
  '6-18-01-01',
  '三级/高级工',
  '技能',
  12,
  base,
  24000,
  18000,
  3600,
  0,
];

function csv(rows: Row[], header: string[] = HEADER): Buffer {
  return Buffer.from(
    `\uFEFF${[header, ...rows].map((row) => row.map((cell) => cell ?? '').join(',')).join('\r\n')}\r\n`,
  );
}

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('wage-data uploads (real API, real worker job, PostgreSQL and Redis)', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let programmeId: string;
  let enterpriseA: OrganisationEntity;
  let enterpriseB: OrganisationEntity;
  let entA: Session;
  let entB: Session;
  let huangdao: Session;
  let laoshan: Session;
  let city: Session;

  beforeAll(async () => {
    testApp = await createTestApp();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    const { dataSource } = testApp;
    await dataSource.query(
      `INSERT INTO occupation (code, name_zh, name_en) VALUES
         ('6-18-01-01', '车工', 'Lathe operator'), ('6-18-02-01', '铣工', 'Milling machine operator'),
         ('6-31-01-03', '电工', 'Electrician'), ('2-02-07-04', '机械设计工程技术人员', 'Mechanical design engineer'),
         ('1-06-01-00', '企业负责人', 'Enterprise head')
       ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
    );
    programmeId = await newProgramme(dataSource);
    enterpriseA = await newEnterprise(dataSource, { regionCode: '370211' });
    enterpriseB = await newEnterprise(dataSource, { regionCode: '370211' });
    for (const enterprise of [enterpriseA, enterpriseB]) {
      await newApplication(dataSource, programmeId, enterprise.id, PilotStatus.Approved);
    }
    const account = async (organisation: OrganisationEntity, role: Role) =>
      login(testApp, (await newUser(dataSource, organisation, role)).username);
    entA = await account(enterpriseA, Role.Enterprise);
    entB = await account(enterpriseB, Role.Enterprise);
    const bureau = async (type: OrganisationType, regionCode: string, role: Role) =>
      account(await newOrganisation(dataSource, { type, regionCode }), role);
    huangdao = await bureau(OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    laoshan = await bureau(OrganisationType.DistrictBureau, '370212', Role.DistrictBureau);
    city = await bureau(OrganisationType.CityBureau, '370200', Role.CityBureau);
  });
  afterAll(async () => {
    await worker.close();
    await testApp.close();
  });

  function upload(
    session: Session,
    file: Buffer,
    name: string,
    fields: { year?: number; programme?: string } = {},
  ) {
    return testApp
      .http()
      .post('/api/wage-uploads')
      .set(bearer(session))
      .field('programmeId', fields.programme ?? programmeId)
      .field('year', String(fields.year ?? 2025))
      .attach('file', file, name);
  }

  /** Uploads and waits for the worker's verdict. */
  async function uploadAndWait(session: Session, file: Buffer, name: string, year = 2025) {
    const response = await upload(session, file, name, { year }).expect(201);
    // accepted for the worker, which may already have picked it up by the time the API answers
    expect([WageUploadStatus.Queued, WageUploadStatus.Validating, WageUploadStatus.Current]).toContain(
      response.body.status,
    );
    return waitFor(session, response.body.id as string);
  }

  async function waitFor(session: Session, id: string) {
    const deadline = Date.now() + 25_000;
    for (;;) {
      const { body } = await testApp.http().get(`/api/wage-uploads/${id}`).set(bearer(session)).expect(200);
      if (![WageUploadStatus.Queued, WageUploadStatus.Validating].includes(body.status)) return body;
      if (Date.now() > deadline) throw new Error(`upload ${id} still ${body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async function errorsOf(session: Session, id: string, language = 'zh-CN') {
    const { body } = await testApp
      .http()
      .get(`/api/wage-uploads/${id}/errors?pageSize=200`)
      .set(bearer(session))
      .set('Accept-Language', language)
      .expect(200);
    return body as {
      items: Array<{
        row: number | null;
        column: string | null;
        code: string;
        value: string;
        message: string;
      }>;
      errorCount: number;
    };
  }

  async function storedRows(id: string): Promise<number> {
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      `SELECT COUNT(*)::int AS count FROM wage_row WHERE upload_id = $1`,
      [id],
    );
    return count;
  }

  it('round-trips the xlsx template: download, fill in, upload, stored as version 1', async () => {
    const response = await testApp
      .http()
      .get('/api/wage-uploads/template.xlsx')
      .set(bearer(entA))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['薪酬数据', '职业目录', '填写说明']);
    const sheet = workbook.getWorksheet('薪酬数据')!;
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations;
    // the occupation drop-down covers every row up to the limit
    expect(validations.model.B2).toMatchObject({ type: 'list' });
    expect(validations.model.B100001).toMatchObject({ type: 'list' });
    // exceljs expands the drop-downs' 100,000-row ranges cell by cell and takes long to write them
    // back; Excel does not. Filling in the rows is what this test is about.
    validations.model = {};
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '员工编号 *',
      '职业编码 *',
      '技能等级',
      '岗位类别 *',
      '工作月数 *',
      '基本工资 *',
      '岗位工资 *',
      '绩效工资 *',
      '津贴补贴 *',
      '其他 *',
    ]);
    const occupations = workbook.getWorksheet('职业目录')!;
    expect(occupations.getColumn(1).values).toContain('6-18-01-01 车工');
    const instructions = workbook.getWorksheet('填写说明')!.getColumn(1).values.join('\n');
    expect(instructions).toContain(`最多 ${WAGE_UPLOAD_LIMITS.maxRows.toLocaleString('en')} 行`);
    expect(instructions).toContain('不得填写姓名或身份证号码');

    sheet.addRow(['HS-0001', '6-18-01-01 车工', '三级/高级工', '技能', 12, 36000, 24000.5, 18000, 3600, 0]);
    sheet.addRow(['HS-0002', '2-02-07-04', null, '专业技术', 10, 60000, 20000, 30000, 0, 1500]);
    sheet.addRow(['HS-0003', '1-06-01-00', '', '管理', 12, 120000, 60000, 80000, 12000, 0]);
    const done = await uploadAndWait(
      entA,
      Buffer.from(await workbook.xlsx.writeBuffer()),
      '薪酬数据2025.xlsx',
    );
    expect(done).toMatchObject({
      status: 'current',
      versionNumber: 1,
      rowCount: 3,
      errorCount: 0,
      progress: 100,
      fileName: '薪酬数据2025.xlsx',
      ownUpload: true,
    });

    const rows = await testApp.http().get(`/api/wage-uploads/${done.id}/rows`).set(bearer(entA)).expect(200);
    expect(rows.body.total).toBe(3);
    expect(rows.body.items[0]).toMatchObject({
      employeeRef: 'HS-0001',
      occupationCode: '6-18-01-01',
      occupationName: '车工',
      skillLevel: 'level-3',
      postCategory: 'skilled',
      postPay: 24000.5,
      totalPay: 81600.5,
    });
    expect(rows.body.items.slice(1).map((row: { skillLevel: string }) => row.skillLevel)).toEqual([
      'unrated',
      'unrated',
    ]);

    // the worker audited the new version on the uploader's behalf and told the enterprise
    const [audit] = await testApp.dataSource.query(
      `SELECT actor_role, after FROM audit_log WHERE action = 'wage-upload.store' AND entity_id = $1`,
      [done.id],
    );
    expect(audit).toMatchObject({ actor_role: 'enterprise', after: { versionNumber: 1, rowCount: 3 } });
    const notes = await testApp.dataSource.query(
      `SELECT title_zh FROM notification WHERE recipient_organisation_id = $1 AND kind = 'wage-upload.stored'`,
      [enterpriseA.id],
    );
    expect(notes[0].title_zh).toContain('2025 年度薪酬数据已保存为第 1 版（3 行');

    const csvTemplate = await testApp
      .http()
      .get('/api/wage-uploads/template.csv')
      .set(bearer(entA))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(
      csvTemplate.text.startsWith('\uFEFFEmployee ref *,Occupation code *,Skill level,Post category *'),
    ).toBe(true);
  });

  it('reports every error with row, column and value, stores nothing, in Chinese or English', async () => {
    const first17 = '37021119900307123';
    const idNumber = first17 + idCardCheckCharacter(first17);
    const done = await uploadAndWait(
      entA,
      csv([
        valid('E001'),
        [idNumber, '6-18-01-01', '三级/高级工', '技能', 12, 36000, 0, 0, 0, 0],
        ['张伟', '6-18-01-01', '三级/高级工', '技能', 12, 36000, 0, 0, 0, 0],
        ['E001', '6-99-99-99', '九级', '技能', 13, -5, '1.234', 'abc', '', 0],
        ['E004', '618-01-01', '技师', '管理', 0, 0, 0, 0, 0, 0],
        ['E005', '6-18-01-01', '', '技能', 12, 0, 0, 0, 0, 0],
        ['', '', '', '', '', '', '', '', '', ''], // blank: skipped
        ['E006', '6-18-01-01', '高级工', '工人', 12, 1000, 0, 0, 0, 0],
      ]),
      'errors.csv',
    );
    expect(done).toMatchObject({ status: 'rejected', rowCount: null, versionNumber: null });
    expect(await storedRows(done.id)).toBe(0);
    const { items, errorCount } = await errorsOf(entA, done.id);
    expect(items.map(({ row, column, code }) => [row, column, code])).toEqual([
      [3, 'employeeRef', 'wage_ref_id_number'],
      [4, 'employeeRef', 'wage_ref_name_like'],
      [5, 'employeeRef', 'wage_ref_duplicate'],
      [5, 'occupationCode', 'wage_occupation_unknown'],
      [5, 'skillLevel', 'wage_skill_level_invalid'],
      [5, 'monthsWorked', 'wage_months_invalid'],
      [5, 'basePay', 'wage_amount_negative'],
      [5, 'postPay', 'wage_amount_decimals'],
      [5, 'performancePay', 'wage_amount_invalid'],
      [5, 'allowances', 'wage_required'],
      [6, 'occupationCode', 'wage_occupation_format'],
      [6, 'skillLevel', 'wage_skill_level_not_rated'],
      [6, 'monthsWorked', 'wage_months_invalid'],
      [6, 'totalPay', 'wage_total_not_positive'],
      [7, 'skillLevel', 'wage_skill_level_required'],
      [7, 'totalPay', 'wage_total_not_positive'],
      [9, 'postCategory', 'wage_post_category_invalid'],
    ]);
    expect(errorCount).toBe(17);
    // the refused ID number is kept only masked: the first 6 and the last 4 characters
    const maskedId = `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
    expect(items[0]).toMatchObject({
      value: maskedId,
      message: expect.stringContaining('有效的居民身份证号码'),
    });
    expect(items[1].value).toBe('张*');
    expect(items[2].message).toBe('员工编号与第 2 行重复');
    expect(items[9].message).toBe('“津贴补贴”不能为空');
    expect(items[11].message).toBe('管理岗位不评定技能等级，此列请留空');
    const english = await errorsOf(entA, done.id, 'en');
    expect(english.items[1].message).toContain('looks like a name');
    expect(english.items[9].message).toBe('"Allowances" must not be empty');

    const file = await testApp
      .http()
      .get(`/api/wage-uploads/${done.id}/errors.csv`)
      .set(bearer(entA))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(file.text.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFRow,Column,Value,Problem',
      `3,Employee ref,${maskedId},"This is a valid resident ID number. Enter your own employee number, never an ID-card number (personal-information protection)"`,
    ]);
    await testApp
      .http()
      .get(`/api/wage-uploads/${done.id}/errors.xlsx`)
      .set(bearer(entA))
      .expect(200)
      .expect('Content-Type', /spreadsheetml/);
  });

  it('shows personal data only masked and formula-like refs as inert text, in every error output', async () => {
    const refused = (ref: string): Row => [ref, '6-18-01-01', '三级/高级工', '技能', 12, 36000, 0, 0, 0, 0];
    const formulas = ['=1+2', "+cmd|' /c calc'!A0", '-2+3', '@SUM(A1)'];
    const done = await uploadAndWait(
      entA,
      csv([refused('11010519491231002X'), refused('张三丰'), ...formulas.map(refused)]),
      'personal.csv',
    );
    expect(done).toMatchObject({ status: 'rejected' });
    const masked = ['110105********002X', '张**', ...formulas];
    const clear = ['19491231', '三丰'];

    // stored masked: the database never holds the values in clear
    const stored = async () => {
      const [{ errors }] = await testApp.dataSource.query<Array<{ errors: Array<{ value: string }> }>>(
        `SELECT errors FROM wage_upload WHERE id = $1`,
        [done.id],
      );
      return errors;
    };
    expect((await stored()).map((error) => error.value)).toEqual(masked);
    // nor the audit rows of the refused upload
    const audit = await testApp.dataSource.query<Array<{ row: string }>>(
      `SELECT row_to_json(a)::text AS row FROM audit_log a WHERE entity_id = $1`,
      [done.id],
    );
    expect(audit.length).toBeGreaterThan(0);
    for (const { row } of audit) for (const text of clear) expect(row).not.toContain(text);

    const outputs = async () => {
      const list = await errorsOf(city, done.id);
      const csvFile = await testApp
        .http()
        .get(`/api/wage-uploads/${done.id}/errors.csv`)
        .set(bearer(city))
        .expect(200);
      const xlsxFile = await testApp
        .http()
        .get(`/api/wage-uploads/${done.id}/errors.xlsx`)
        .set(bearer(city))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Uint8Array.from(xlsxFile.body as Buffer).buffer);
      const sheet = workbook.worksheets[0];
      const xlsxValues = masked.map((_, index) => sheet.getRow(index + 2).getCell(3).value);
      return { list: list.items.map((item) => item.value), csv: csvFile.text, xlsxValues };
    };
    const check = async () => {
      const { list, csv: text, xlsxValues } = await outputs();
      expect(list).toEqual(masked);
      // xlsx cells are strings, never formulas
      expect(xlsxValues).toEqual(masked);
      const lines = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines.slice(1, 3).map((line) => line.split(',')[2])).toEqual(['110105********002X', '张**']);
      // every ref that could start a formula is prefixed with a single quote
      expect(lines.slice(3, 7).map((line) => line.split(',')[2])).toEqual(formulas.map((ref) => `'${ref}`));
      for (const output of [JSON.stringify(list), text, JSON.stringify(xlsxValues)])
        for (const value of clear) expect(output).not.toContain(value);
    };
    await check();

    // errors stored in clear before masking existed are shown masked all the same
    const old = (await stored()).map((error, index) =>
      index === 0
        ? { ...error, value: '11010519491231002X' }
        : index === 1
          ? { ...error, value: '张三丰' }
          : error,
    );
    await testApp.dataSource.query(`UPDATE wage_upload SET errors = $2::jsonb WHERE id = $1`, [
      done.id,
      JSON.stringify(old),
    ]);
    await check();
  });

  it('makes a resubmission the new version, keeps the old one readable, and recognises a duplicate', async () => {
    const first = await uploadAndWait(entB, csv([valid('B-1'), valid('B-2')]), 'v1.csv', 2024);
    expect(first).toMatchObject({ status: 'current', versionNumber: 1, rowCount: 2 });
    const second = await uploadAndWait(
      entB,
      csv([valid('B-1', 40000), valid('B-2'), valid('B-3')]),
      'v2.csv',
      2024,
    );
    expect(second).toMatchObject({ status: 'current', versionNumber: 2, rowCount: 3 });

    const old = await testApp.http().get(`/api/wage-uploads/${first.id}`).set(bearer(entB)).expect(200);
    expect(old.body).toMatchObject({ status: 'superseded', supersededBy: second.id, supersededByVersion: 2 });
    const oldRows = await testApp
      .http()
      .get(`/api/wage-uploads/${first.id}/rows`)
      .set(bearer(entB))
      .expect(200);
    expect(oldRows.body.total).toBe(2);
    const [{ aggregated }] = await testApp.dataSource.query(
      `SELECT aggregated_at IS NULL AS aggregated FROM wage_upload WHERE id = $1`,
      [first.id],
    );
    expect(aggregated).toBe(true); // the aggregation will see the supersession

    // the first file again: recognised by its hash, named by its version, nothing stored
    const duplicate = await upload(entB, csv([valid('B-1'), valid('B-2')]), 'again.csv', {
      year: 2024,
    }).expect(409);
    expect(duplicate.body).toMatchObject({
      code: 'wage_upload_duplicate',
      message: '该文件与已保存的第 1 版内容完全相同，未重复保存',
      versionNumber: 1,
    });
    const english = await upload(entB, csv([valid('B-1'), valid('B-2')]), 'again.csv', { year: 2024 })
      .set('Accept-Language', 'en')
      .expect(409);
    expect(english.body.message).toBe(
      'This file is identical to the stored version 1; it was not stored again',
    );
    const list = await testApp
      .http()
      .get(`/api/wage-uploads?year=2024&enterpriseId=${enterpriseB.id}`)
      .set(bearer(entB))
      .expect(200);
    expect(list.body.total).toBe(2);

    // a retried job finds the upload done and changes nothing
    const imports = worker.get(WageImportService);
    expect(await imports.validateAndStore(second.id)).toMatchObject({
      outcome: 'unchanged',
      status: 'current',
      versionNumber: 2,
    });
    expect(await storedRows(second.id)).toBe(3);
  });

  it('reads formula results, merged two-row headers under a title, and a data sheet by another name', async () => {
    const file = await xlsx((workbook) => {
      workbook.addWorksheet('填写说明').getCell('A1').value = '说明';
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = '2025 年度职工薪酬明细';
      sheet.mergeCells('A1:J1');
      ['员工编号', '职业编码', '技能等级', '岗位类别', '工作月数'].forEach((title, i) => {
        sheet.getCell(2, i + 1).value = title;
        sheet.mergeCells(2, i + 1, 3, i + 1);
      });
      sheet.getCell('F2').value = '年度应发工资（元）';
      sheet.mergeCells('F2:J2');
      ['基本工资', '岗位工资', '绩效工资', '津贴补贴', '其他'].forEach(
        (title, i) => (sheet.getCell(3, i + 6).value = title),
      );
      sheet.addRow([
        'F-01',
        '6-18-02-01',
        '二级/技师',
        '技能',
        12,
        48000,
        { formula: 'F4/2', result: 24000 },
        20000,
        { formula: 'SUM(F4:H4)*0.05', result: 4600 },
        0,
      ]);
      sheet.addRow([]);
      sheet.addRow([10023, '6-31-01-03', 'level-4', 'skilled', '12', '36,000.00', '12000', 9000, 1200, 0]);
    });
    const done = await uploadAndWait(entA, file, 'merged.xlsx', 2023);
    expect(done).toMatchObject({ status: 'current', rowCount: 2 });
    const rows = await testApp.http().get(`/api/wage-uploads/${done.id}/rows`).set(bearer(entA)).expect(200);
    expect(rows.body.items).toMatchObject([
      { rowNumber: 4, employeeRef: 'F-01', skillLevel: 'level-2', postPay: 24000, allowances: 4600 },
      { rowNumber: 6, employeeRef: '10023', skillLevel: 'level-4', basePay: 36000 },
    ]);

    const noResult = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('薪酬数据');
      sheet.addRow(HEADER);
      sheet.addRow(['G-1', '6-18-01-01', '技师', '技能', 12, 30000, { formula: 'F2*0.5' }, 0, 0, 0]);
    });
    const rejected = await uploadAndWait(entA, noResult, 'formula.xlsx', 2023);
    expect((await errorsOf(entA, rejected.id)).items).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'postPay',
        code: 'wage_formula_no_result',
        value: '=F2*0.5',
      }),
    ]);

    const wrongSheet = await xlsx((workbook) => {
      workbook.addWorksheet('人员名单').addRow(['姓名', '部门']);
      workbook.addWorksheet('Sheet2').addRow(['a', 'b']);
    });
    const noSheet = await uploadAndWait(entA, wrongSheet, 'wrong.xlsx', 2023);
    expect((await errorsOf(entA, noSheet.id)).items).toEqual([
      expect.objectContaining({
        row: null,
        code: 'wage_sheet_missing',
        message: expect.stringContaining('人员名单、Sheet2'),
      }),
    ]);

    // a header lacking a column: reported with the errors the rows still show, in one round
    const missingColumn = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('薪酬数据');
      sheet.addRow(HEADER.filter((title) => title !== '工作月数'));
      sheet.addRow(['H-1', '6-18-01-01', '技师', '技能', 1, 2, 3, 4, 5]);
      sheet.addRow(['H-2', '6-99-99-99', '技师', '技能', -1, 2, 3, 4, 5]);
    });
    const incomplete = await uploadAndWait(entA, missingColumn, 'missing.xlsx', 2023);
    const expected = [
      { row: 1, column: 'monthsWorked', message: '表头缺少“工作月数”列' },
      { row: 3, column: 'occupationCode', message: '职业编码 6-99-99-99 不在职业目录中' },
      { row: 3, column: 'basePay', message: '金额不能为负数' },
    ];
    expect((await errorsOf(entA, incomplete.id)).items).toEqual(
      expected.map((error) => expect.objectContaining(error)),
    );
    expect(incomplete).toMatchObject({ status: 'rejected', errorCount: 3 });
    // the same in a csv with its columns reordered
    const reordered = HEADER.filter((title) => title !== '工作月数').reverse();
    const missingInCsv = await uploadAndWait(
      entA,
      csv(
        [
          ['H-1', '6-18-01-01', '技师', '技能', 1, 2, 3, 4, 5].reverse(),
          ['H-2', '6-99-99-99', '技师', '技能', -1, 2, 3, 4, 5].reverse(),
        ],
        reordered,
      ),
      'missing.csv',
      2023,
    );
    expect((await errorsOf(entA, missingInCsv.id)).items).toEqual(
      expected.map((error) => expect.objectContaining(error)),
    );
  });

  it('keeps rows to the enterprise itself and uploads to the bureaus in scope', async () => {
    const done = await uploadAndWait(
      entA,
      csv([
        valid('S-1'),
        valid('S-2', 50000),
        valid('S-3', 40000),
        ['S-4', '6-31-01-03', '技师', '技能', 6, 30000, 0, 0, 0, 0],
      ]),
      'scope.csv',
      2022,
    );
    const path = `/api/wage-uploads/${done.id}`;

    // another enterprise: as if it did not exist, and the probe is audited
    for (const suffix of ['', '/rows', '/summary', '/file', '/errors']) {
      await testApp
        .http()
        .get(path + suffix)
        .set(bearer(entB))
        .expect(404);
    }
    const denied = await testApp.dataSource.query(
      `SELECT 1 FROM audit_log WHERE action = 'access.denied' AND entity_id = $1`,
      [done.id],
    );
    expect(denied.length).toBeGreaterThan(0);
    const listB = await testApp.http().get('/api/wage-uploads?year=2022').set(bearer(entB)).expect(200);
    expect(listB.body.items.map((item: { id: string }) => item.id)).not.toContain(done.id);

    // another district: 404; the enterprise's district and the city: the upload and its summary, never rows
    await testApp.http().get(path).set(bearer(laoshan)).expect(404);
    const laoshanList = await testApp
      .http()
      .get('/api/wage-uploads?year=2022')
      .set(bearer(laoshan))
      .expect(200);
    expect(laoshanList.body.items.map((item: { id: string }) => item.id)).not.toContain(done.id);
    for (const bureau of [huangdao, city]) {
      const list = await testApp
        .http()
        .get(`/api/wage-uploads?programmeId=${programmeId}&year=2022`)
        .set(bearer(bureau))
        .expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(done.id);
      await testApp.http().get(`${path}/rows`).set(bearer(bureau)).expect(403);
      await testApp.http().get(`${path}/file`).set(bearer(bureau)).expect(403);
      const summary = await testApp.http().get(`${path}/summary`).set(bearer(bureau)).expect(200);
      expect(summary.body).toMatchObject({
        employees: 4,
        minEmployeesForPay: 3,
        cells: [
          {
            occupationCode: '6-18-01-01',
            occupationName: '车工',
            skillLevel: 'level-3',
            employees: 3,
            meanPay: 87600,
          },
          // one person's pay is not shown to bureaus
          {
            occupationCode: '6-31-01-03',
            skillLevel: 'level-2',
            employees: 1,
            meanPay: null,
            meanAnnualisedPay: null,
          },
        ],
      });
    }
    const own = await testApp.http().get(`${path}/summary`).set(bearer(entA)).expect(200);
    expect(own.body.cells[1]).toMatchObject({ meanPay: 30000, meanAnnualisedPay: 60000 });
    const original = await testApp.http().get(`${path}/file`).set(bearer(entA)).expect(200);
    expect(original.text).toContain('S-4,6-31-01-03');
  });

  it('enforces the limits and the pilot rule at once with a clear 400', async () => {
    const problem = async (
      response: Promise<{ body: { details: Array<{ field: string; message: string }> } }>,
    ) => (await response).body.details[0];
    expect(
      await problem(
        upload(entA, Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\u0000'), 'scan.pdf').expect(400),
      ),
    ).toMatchObject({
      field: 'file',
      message: '文件“scan.pdf”既不是 xlsx 也不是 csv 文件，请使用下载的模板',
    });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await problem(upload(entA, xls, 'old.xls').expect(400))).message).toContain('另存为 xlsx');
    const large = Buffer.alloc(WAGE_UPLOAD_LIMITS.maxBytes + 1, 0x41);
    expect((await problem(upload(entA, large, 'large.csv').expect(400))).message).toBe('文件不能超过 20 MB');
    const other = await newProgramme(testApp.dataSource);
    expect(
      await problem(upload(entA, csv([valid('P-1')]), 'p.csv', { programme: other }).expect(400)),
    ).toMatchObject({
      field: 'programmeId',
      message: '本企业不是该工作方案已批准的试点企业，不能报送薪酬数据',
    });
    expect(
      (await problem(upload(entA, csv([valid('P-1')]), 'p.csv', { year: 2999 }).expect(400))).field,
    ).toBe('year');
    await upload(huangdao, csv([valid('P-1')]), 'p.csv').expect(403);

    // one row beyond the limit: refused with the count, nothing stored
    const lines = [`\uFEFF${HEADER.join(',')}`];
    for (let i = 1; i <= WAGE_UPLOAD_LIMITS.maxRows + 1; i += 1)
      lines.push(`R${i},6-18-01-01,三级/高级工,技能,12,36000,0,0,0,0`);
    const tooMany = await uploadAndWait(entA, Buffer.from(lines.join('\n')), 'big.csv', 2021);
    expect(tooMany).toMatchObject({ status: 'rejected', errorCount: 1 });
    expect((await errorsOf(entA, tooMany.id)).items[0].message).toBe(
      `文件有 ${WAGE_UPLOAD_LIMITS.maxRows + 1} 行数据，超过每个文件 ${WAGE_UPLOAD_LIMITS.maxRows} 行的上限，请拆分后分别报送`,
    );
    expect(await storedRows(tooMany.id)).toBe(0);
  });

  it('refuses an xlsx zip bomb at upload, naming the file, before anything is stored or queued', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('薪酬数据').addRow(HEADER);
    const bomb = await sharedStringsBomb(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const count = async () =>
      (
        await testApp.dataSource.query<Array<{ count: number }>>(
          `SELECT COUNT(*)::int AS count FROM wage_upload WHERE file_name = 'bomb.xlsx'`,
        )
      )[0].count;
    const refused = await upload(entA, bomb, 'bomb.xlsx').expect(400);
    expect(refused.body.details).toEqual([
      {
        field: 'file',
        message:
          '文件“bomb.xlsx”解压后超出安全上限（解压后不超过 200 MB、不超过 1000 个部件、压缩比不超过 100:1），可能已损坏或被恶意构造，未读取；请使用下载的模板',
      },
    ]);
    expect(await count()).toBe(0);
  });
});
