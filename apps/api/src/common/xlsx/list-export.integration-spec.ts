import { OrganisationType, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { enterpriseInput } from '../../../test/enterprise-builders';
import { validCreditCode } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newSession,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { AuditLogEntity } from '../../modules/audit/audit-log.entity';

type Sheet = { headers: string[]; rows: Array<Record<string, unknown>> };

const CHINESE = /[\u4e00-\u9fff]/;
// internal codes a clerk must never meet in a sheet: enum values and field names
const INTERNAL =
  /^(non-public|state-owned|medium|large|small|micro|submitted|recommended|approved|current|superseded|rejected|active|disabled|district_bureau|city_bureau|enterprise|skill-self-evaluation|level-\d|[a-z]+[A-Z][A-Za-z]+)$/;

describe('list exports (xlsx, as filtered)', () => {
  let t: TestApp;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    city = await login(t, 'qd-city', DEMO_PASSWORD);
    huangdao = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    laoshan = await newSession(t, OrganisationType.DistrictBureau, '370212', Role.DistrictBureau);
    admin = await login(t, 'sysadmin', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  async function exported(session: Session, path: string): Promise<Sheet> {
    const response = await t
      .http()
      .get(path)
      .set(bearer(session))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(response.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, unknown>> = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      rows.push(Object.fromEntries(headers.map((header, index) => [header, row.getCell(index + 1).value])));
    });
    return { headers, rows };
  }

  function expectReadable({ headers, rows }: Sheet) {
    expect(headers.every((header) => CHINESE.test(header))).toBe(true);
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (typeof value === 'string') expect(value).not.toMatch(INTERNAL);
      }
    }
  }

  const list = async (session: Session, path: string) =>
    (await t.http().get(path).set(bearer(session)).expect(200)).body as { items: unknown[]; total: number };

  it('exports the enterprises a district sees for its filter, in its scope, without contacts', async () => {
    const tag = unique('导出测试');
    const create = (session: Session, name: string, regionCode: string) =>
      t
        .http()
        .post('/api/enterprises')
        .set(bearer(session))
        .send(enterpriseInput({ name, regionCode, creditCode: validCreditCode(regionCode) }))
        .expect(201);
    await create(huangdao, `${tag}甲`, '370211');
    // typed by a clerk as a name: must stay text in the sheet
    await create(huangdao, `=HYPERLINK("http://evil.example","${tag}乙")`, '370211');
    await create(laoshan, `${tag}丙`, '370212');

    const sheet = await exported(
      huangdao,
      `/api/enterprises/export?format=xlsx&q=${encodeURIComponent(tag)}`,
    );
    expectReadable(sheet);
    const names = sheet.rows.map((row) => row['企业名称']).sort();
    // 崂山区's 丙 matches the keyword but is not in 黄岛区's scope
    expect(names).toEqual([`${tag}甲`, `=HYPERLINK("http://evil.example","${tag}乙")`].sort());
    expect(sheet.rows[0]).toMatchObject({
      '所属区（市）': '黄岛区',
      所有制: '非公有制',
      企业规模: '中型',
      '职工人数（人）': 320,
    });
    expect(sheet.headers).toContain('登记时间（北京时间）');
    // the list shows no contact person or phone, nor does the export
    expect(JSON.stringify(sheet.rows)).not.toMatch(/王经理|0532-80001234/);
    // the listed total for the same filter
    expect(sheet.rows).toHaveLength(
      (await list(huangdao, `/api/enterprises?q=${encodeURIComponent(tag)}`)).total,
    );

    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'list.export', entityType: 'enterprise' });
    expect(audit.some((record) => JSON.stringify(record.after).includes(tag))).toBe(true);
  });

  it('refuses a format other than xlsx and a filter the list refuses, naming the field', async () => {
    const wrong = await t.http().get('/api/enterprises/export?format=csv').set(bearer(city)).expect(400);
    expect(JSON.stringify(wrong.body)).toContain('format');
    const badSize = await t
      .http()
      .get('/api/enterprises/export?format=xlsx&size=huge')
      .set(bearer(city))
      .expect(400);
    expect(JSON.stringify(badSize.body)).toContain('size');
  });

  it.each([
    ['/api/pilot-applications', 'status=approved', '企业名称'],
    ['/api/progress-reports', '', '企业名称'],
    ['/api/guidance-activities', '', '日期'],
    ['/api/wage-uploads', 'status=current', '企业名称'],
  ])('%s exports what the list lists for the city and for a district', async (path, filter, firstHeader) => {
    const cityList = await list(city, `${path}?${filter}&pageSize=200`);
    const citySheet = await exported(city, `${path}/export?format=xlsx&${filter}`);
    expectReadable(citySheet);
    expect(citySheet.headers[0]).toBe(firstHeader);
    expect(citySheet.rows).toHaveLength(cityList.total);

    const demoDistrict = await login(t, 'qd-huangdao', DEMO_PASSWORD);
    const districtSheet = await exported(demoDistrict, `${path}/export?format=xlsx&${filter}`);
    expect(districtSheet.rows).toHaveLength((await list(demoDistrict, `${path}?${filter}`)).total);
    const regions = new Set(districtSheet.rows.map((row) => row['所属区（市）'] ?? row['区（市）']));
    expect([...regions].every((region) => region === '黄岛区')).toBe(true);
  });

  it('exports the accounts with their labels and never a credential', async () => {
    const sheet = await exported(admin, '/api/users/export?format=xlsx&role=district_bureau');
    expectReadable(sheet);
    expect(sheet.rows.length).toBe((await list(admin, '/api/users?role=district_bureau')).total);
    expect(sheet.rows.every((row) => row['角色'] === '区（市）人社局')).toBe(true);
    expect(sheet.headers.join()).not.toMatch(/password|密码/i);
    // an enterprise, which may not read the accounts, may not export them either
    const enterprise = await newSession(t, OrganisationType.Enterprise, '370211', Role.Enterprise);
    await t.http().get('/api/users/export?format=xlsx').set(bearer(enterprise)).expect(403);
  });
});
