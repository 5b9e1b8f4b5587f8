import { type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { OrganisationType, PilotStatus, Role, WageUploadStatus } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppConfig } from '../src/common/config/app-config';
import { AppException } from '../src/common/errors/app.exception';
import { ImportSheetReader } from '../src/common/xlsx/xlsx-import';
import { zipEntries } from '../src/common/xlsx/xlsx-zip';
import { WorkerModule } from '../src/worker.module';
import { newEnterprise } from './enterprise-builders';
import { newApplication, newProgramme, validCreditCode } from './programme-builders';
import {
  bearer,
  configWith,
  createTestApp,
  login,
  newSession,
  newUser,
  type Session,
  type TestApp,
  unique,
} from './test-app';
import { sharedStringsBomb, unzipParts, withAbsoluteTargets, zipParts } from './zip-bomb';

/**
 * The bomb and odd-file corpus (issue 13): every upload and import route gets the two
 * shared-strings bombs of the probe, zero bytes, a wrong magic number, a huge single line, many
 * columns, a GB 18030 csv, an xlsx converted by LibreOffice and one with absolute relationship
 * targets (openpyxl). Each answers with its own message, or is accepted when it is a valid file,
 * and /api/health answers 200 all the while. Times and memory: `npm run bench:corpus`.
 */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

const WAGE_HEADER = [
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
const wageRow = (ref: string) => [ref, '6-18-01-01', '三级/高级工', '技能', 12, 36000, 24000, 18000, 3600, 0];
const ENTERPRISE_HEADER = [
  '统一社会信用代码',
  '企业名称',
  '所在区（市）',
  '行业门类',
  '所有制',
  '企业规模',
  '职工人数',
  '三级/高级工人数',
  '大师工作室企业',
];
const enterpriseRow = () => [
  validCreditCode('370211'),
  unique('语料测试企业'),
  '370211 黄岛区',
  'C 制造业',
  '国有',
  '大型',
  300,
  20,
  '否',
];
const OCCUPATION_HEADER = ['职业编码', '职业名称', '英文名称', '急需紧缺'];
// a code of its own each time: the catalogue's real codes are other tests' data
const occupationRow = () => [
  `6-99-${String(randomInt(10, 99))}-${String(randomInt(10, 99))}`,
  unique('语料职业'),
  'Corpus occupation',
  '否',
];

// `员工编号,…,其他` and `A-1,6-18-01-01,高级工,技能,12,1,2,3,4,5` as Excel on Chinese Windows saves them
const GB18030_WAGE_CSV = Buffer.from(
  'd4b1b9a4b1e0bac52cd6b0d2b5b1e0c2eb2cbcbcc4dcb5c8bcb62cb8dacebbc0e0b1f02cb9a4d7f7d4c2cafd2cbbf9b1beb9a4d7ca2c' +
    'b8dacebbb9a4d7ca2cbca8d0a7b9a4d7ca2cbdf2ccf9b2b9ccf92cc6e4cbfb0a412d312c362d31382d30312d30312cb8dfbcb6b9a4' +
    '2cbcbcc4dc2c31322c312c322c332c342c350a',
  'hex',
);
// an image's magic number, whatever the file's name says
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function xlsxOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvOf = (rows: unknown[][]) => Buffer.from(`${rows.map((row) => row.join(',')).join('\r\n')}\r\n`);

/** `rows` as a csv converted to xlsx by LibreOffice, headless (Debian: libreoffice-calc-nogui). */
function libreOfficeXlsx(rows: unknown[][]): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'skillpay-soffice-'));
  try {
    writeFileSync(path.join(dir, 'data.csv'), csvOf(rows));
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        // comma, double quote, UTF-8, from line 1
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        path.join(dir, 'data.csv'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(path.join(dir, 'data.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Polls /api/health until stopped: every answer's status. */
function pollHealth(t: TestApp): { stop: () => Promise<number[]> } {
  const statuses: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      statuses.push((await t.http().get('/api/health')).status);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return statuses;
    },
  };
}

describe('bomb and odd-file corpus on every upload and import route', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let huangdao: Session;
  let admin: Session;
  let enterprise: Session;
  let programmeId: string;
  let guidanceId: string;
  let bomb20: Buffer;
  let bomb60: Buffer;
  const hugeLine = Buffer.alloc(12 * 1024 * 1024, 0x61);

  beforeAll(async () => {
    if (!existsSync(SOFFICE)) {
      throw new Error(
        `The corpus converts files with LibreOffice at ${SOFFICE}: apt-get install -y libreoffice-calc-nogui (or set SOFFICE_PATH)`,
      );
    }
    t = await createTestApp();
    // a small heap for each file's thread: the pathological file below exceeds it, honest ones do not
    worker = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(AppConfig)
      .useValue(configWith({ WAGE_PARSE_MAX_HEAP_MB: '32', WAGE_PARSE_TIMEOUT_MS: '29000' }))
      .compile();
    await worker.init();
    huangdao = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    admin = await newSession(t, OrganisationType.Platform, '370200', Role.SystemAdmin);
    programmeId = await newProgramme(t.dataSource);
    const organisation = await newEnterprise(t.dataSource, { regionCode: '370211' });
    await newApplication(t.dataSource, programmeId, organisation.id, PilotStatus.Approved);
    enterprise = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    await t.dataSource.query(
      `INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
       ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
    );
    const activity = await t
      .http()
      .post('/api/guidance-activities')
      .set(bearer(huangdao))
      .send({
        kind: 'training',
        occurredOn: '2026-08-12',
        title: '语料测试培训',
        trainingAudiences: ['owners'],
        attendeeCount: 10,
      })
      .expect(201);
    guidanceId = activity.body.id as string;
    // the probe's bombs: 20,000,000 and 60,000,000 `<si><t>a</t></si>`, built streaming
    const honest = await xlsxOf({ 薪酬数据: [WAGE_HEADER] });
    bomb20 = await sharedStringsBomb(honest, 20_000_000);
    bomb60 = await sharedStringsBomb(honest, 60_000_000);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const details = (response: { body: { details: Array<{ field: string; message: string }> } }) =>
    response.body.details;

  describe('the bombs', () => {
    it('are the probe files: under 1 MB and 2.5 MB, unpacking to 340 MB and 1 GB', () => {
      expect(bomb20.length).toBeLessThan(1024 * 1024);
      expect(bomb60.length).toBeLessThan(2.6 * 1024 * 1024);
      const unpacked = (bomb: Buffer) => zipEntries(bomb)!.reduce((sum, e) => sum + e.uncompressedSize, 0);
      expect(unpacked(bomb20)).toBeGreaterThan(340_000_000);
      expect(unpacked(bomb60)).toBeGreaterThan(1_000_000_000);
    });

    it('are refused by every route, naming the file, while /api/health stays green', async () => {
      const health = pollHealth(t);
      const expands = (file: string, maxMb: number) =>
        `文件“${file}”解压后超出安全上限（解压后不超过 ${maxMb} MB、不超过 1000 个部件、压缩比不超过 100:1），可能已损坏或被恶意构造，未读取；请使用下载的模板`;
      const [
        enterprises20,
        enterprises60,
        occupations20,
        occupations60,
        wage20,
        wage60,
        attachment20,
        attachment60,
      ] = await Promise.all([
        t.http().post('/api/enterprises/import').set(bearer(huangdao)).attach('file', bomb20, 'bomb20.xlsx'),
        t.http().post('/api/enterprises/import').set(bearer(huangdao)).attach('file', bomb60, 'bomb60.xlsx'),
        t.http().post('/api/occupations/import').set(bearer(admin)).attach('file', bomb20, 'bomb20.xlsx'),
        t.http().post('/api/occupations/import').set(bearer(admin)).attach('file', bomb60, 'bomb60.xlsx'),
        wageUpload(bomb20, 'bomb20.xlsx'),
        wageUpload(bomb60, 'bomb60.xlsx'),
        attach(bomb20, 'bomb20.xlsx'),
        attach(bomb60, 'bomb60.xlsx'),
      ]);
      const statuses = await health.stop();

      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((status) => status === 200)).toBe(true);
      for (const response of [enterprises20, occupations20]) {
        expect(response.status).toBe(400);
        expect(details(response)).toEqual([{ field: 'file', message: expands('bomb20.xlsx', 50) }]);
      }
      // the imports take 2 MB: the larger bomb is refused by its size alone
      for (const response of [enterprises60, occupations60]) {
        expect(response.status).toBe(400);
        expect(details(response)).toEqual([{ field: 'file', message: '文件不能超过 2 MB' }]);
      }
      expect(wage20.status).toBe(400);
      expect(details(wage20)).toEqual([{ field: 'file', message: expands('bomb20.xlsx', 200) }]);
      expect(details(wage60)).toEqual([{ field: 'file', message: expands('bomb60.xlsx', 200) }]);
      for (const [response, file] of [
        [attachment20, 'bomb20.xlsx'],
        [attachment60, 'bomb60.xlsx'],
      ] as const) {
        expect(response.status).toBe(400);
        expect(details(response)).toEqual([
          {
            field: 'files[0]',
            message: `文件“${file}”解压后超出安全上限（解压后不超过 50 MB、不超过 1000 个部件、压缩比不超过 100:1），可能已损坏或被恶意构造，未保存`,
          },
        ]);
      }
      expect(await storedWageUploads(['bomb20.xlsx', 'bomb60.xlsx'])).toBe(0);
    });
  });

  function wageUpload(file: Buffer, name: string, year = 2025) {
    return t
      .http()
      .post('/api/wage-uploads')
      .set(bearer(enterprise))
      .field('programmeId', programmeId)
      .field('year', String(year))
      .attach('file', file, name);
  }

  function attach(file: Buffer, name: string) {
    return t
      .http()
      .post(`/api/guidance-activities/${guidanceId}/attachments`)
      .set(bearer(huangdao))
      .attach('files', file, name);
  }

  async function storedWageUploads(names: string[]): Promise<number> {
    const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT COUNT(*)::int AS count FROM wage_upload WHERE file_name = ANY($1)`,
      [names],
    );
    return count;
  }

  /** Uploads a wage file the API accepts and waits for the worker's verdict. */
  async function wageVerdict(file: Buffer, name: string, year: number) {
    const accepted = await wageUpload(file, name, year).expect(201);
    const id = accepted.body.id as string;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { body } = await t.http().get(`/api/wage-uploads/${id}`).set(bearer(enterprise)).expect(200);
      if (![WageUploadStatus.Queued, WageUploadStatus.Validating].includes(body.status)) {
        const errors = await t
          .http()
          .get(`/api/wage-uploads/${id}/errors?pageSize=20`)
          .set(bearer(enterprise))
          .expect(200);
        return {
          status: body.status as WageUploadStatus,
          rowCount: body.rowCount as number | null,
          messages: (errors.body.items as Array<{ message: string }>).map((item) => item.message),
        };
      }
      if (Date.now() > deadline) throw new Error(`wage upload ${name} still ${body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  describe('odd files', () => {
    it('the enterprise and occupation imports answer each with its own 400, or import the valid ones', async () => {
      const routes = [
        {
          url: '/api/enterprises/import',
          session: () => huangdao,
          header: ENTERPRISE_HEADER,
          sheet: '企业名单',
          row: enterpriseRow,
          rows: (body: { imported: number }) => body.imported,
        },
        {
          url: '/api/occupations/import',
          session: () => admin,
          header: OCCUPATION_HEADER,
          sheet: '职业目录',
          row: occupationRow,
          rows: (body: { created: number; updated: number; unchanged: number }) =>
            body.created + body.updated + body.unchanged,
        },
      ];
      for (const route of routes) {
        const send = (file: Buffer, name: string) =>
          t.http().post(route.url).set(bearer(route.session())).attach('file', file, name);
        const refused = async (file: Buffer, name: string) => details(await send(file, name).expect(400));

        expect(await refused(Buffer.alloc(0), 'empty.xlsx')).toEqual([
          { field: 'file', message: '请上传 xlsx 格式的文件' },
        ]);
        const unreadable = [{ field: 'file', message: '无法读取文件，请使用下载的模板（xlsx 格式）' }];
        expect(await refused(PNG, 'scan.xlsx')).toEqual(unreadable);
        expect(await refused(GB18030_WAGE_CSV, 'gb18030.csv')).toEqual(unreadable);
        expect(await refused(hugeLine, 'line.xlsx')).toEqual([
          { field: 'file', message: '文件不能超过 2 MB' },
        ]);

        // 16,384 columns, the most an xlsx sheet has: the known ones are found among them
        const filler = Array.from({ length: 16_384 - route.header.length }, (_, i) => `备注${i}`);
        const wide = await xlsxOf({ [route.sheet]: [[...route.header, ...filler], route.row()] });
        expect(route.rows((await send(wide, 'wide.xlsx').expect(201)).body)).toBe(1);

        const converted = libreOfficeXlsx([route.header, route.row()]);
        expect(route.rows((await send(converted, 'libreoffice.xlsx').expect(201)).body)).toBe(1);

        const absolute = withAbsoluteTargets(
          await xlsxOf({ 填写说明: [['说明']], [route.sheet]: [route.header, route.row()] }),
        );
        expect(route.rows((await send(absolute, 'openpyxl.xlsx').expect(201)).body)).toBe(1);
      }
    }, 240_000);

    it('the wage upload refuses what is no wage file at once and the worker rejects or stores the rest', async () => {
      const refused = async (file: Buffer, name: string) => details(await wageUpload(file, name).expect(400));
      expect(await refused(Buffer.alloc(0), 'empty.csv')).toEqual([
        { field: 'file', message: '请上传 xlsx 或 csv 格式的薪酬数据文件' },
      ]);
      expect(await refused(PNG, 'scan.xlsx')).toEqual([
        { field: 'file', message: '文件“scan.xlsx”既不是 xlsx 也不是 csv 文件，请使用下载的模板' },
      ]);
      // a zip whose local headers hold an entry its directory does not list: no workbook to us
      const hidden = zipParts([
        ...unzipParts(await xlsxOf({ 薪酬数据: [WAGE_HEADER, wageRow('H-1')] })),
        { name: 'xl/hidden.xml', data: Buffer.from('<x/>'), hidden: true },
      ]);
      expect(await refused(hidden, 'hidden.xlsx')).toEqual([
        { field: 'file', message: '文件“hidden.xlsx”既不是 xlsx 也不是 csv 文件，请使用下载的模板' },
      ]);

      // 12 MB without a line break: accepted as csv, then refused by the worker for its missing header
      expect(await wageVerdict(hugeLine, 'line.csv', 2019)).toEqual({
        status: WageUploadStatus.Rejected,
        rowCount: null,
        messages: ['“csv”的前 10 行中找不到表头（员工编号、职业编码、岗位类别等列名），请使用下载的模板'],
      });

      const filler = (n: number) => Array.from({ length: n }, (_, i) => `备注${i}`);
      const valid: Array<[Buffer, string]> = [
        // 20,000 columns in a csv, 16,384 (the most) in an xlsx
        [
          csvOf([
            [...WAGE_HEADER, ...filler(19_990)],
            [...wageRow('W-1'), ...filler(19_990)],
          ]),
          'wide.csv',
        ],
        [await xlsxOf({ 薪酬数据: [[...WAGE_HEADER, ...filler(16_374)], wageRow('W-2')] }), 'wide.xlsx'],
        [GB18030_WAGE_CSV, 'gb18030.csv'],
        [libreOfficeXlsx([WAGE_HEADER, wageRow('L-1'), wageRow('L-2')]), 'libreoffice.xlsx'],
        [
          withAbsoluteTargets(
            await xlsxOf({ 填写说明: [['说明']], 薪酬数据: [WAGE_HEADER, wageRow('O-1')] }),
          ),
          'openpyxl.xlsx',
        ],
      ];
      // 1.5 million distinct shared strings (~45 MB unpacked, ~10:1): within every zip limit,
      // far beyond the 32 MB heap of its thread whatever the garbage collector does (on a machine
      // too busy to reach that within the thread's 29 s, its time limit refuses it instead)
      const dense = await wageVerdict(await denseWorkbook({ strings: 1_500_000 }), 'dense.xlsx', 2018);
      expect(dense).toMatchObject({ status: WageUploadStatus.Rejected, rowCount: null });
      expect([
        [
          '文件内容过多，读取时超出 32 MB 内存上限，未保存任何数据；请删去多余的工作表、格式和空行，或拆分后分别报送',
        ],
        ['文件未能在 29 秒内读完，未保存任何数据；请删去多余的工作表、格式和空行，或拆分后分别报送'],
      ]).toContainEqual(dense.messages);

      // the worker carries on: every valid file is stored
      let year = 2020;
      for (const [file, name] of valid) {
        const verdict = await wageVerdict(file, name, year++);
        expect({ name, ...verdict }).toMatchObject({ name, status: WageUploadStatus.Current, messages: [] });
      }
    }, 240_000);

    it('attachments refuse empty, mislabelled and oversized files and keep valid workbooks', async () => {
      const refused = async (file: Buffer, name: string) => details(await attach(file, name).expect(400))[0];
      expect(await refused(Buffer.alloc(0), 'empty.xlsx')).toEqual({
        field: 'files[0]',
        message: '文件“empty.xlsx”是空文件',
      });
      expect(await refused(PNG, 'scan.xlsx')).toEqual({
        field: 'files[0]',
        message: '文件“scan.xlsx”的内容与扩展名不符（不是真正的 XLSX 文件）',
      });
      expect((await refused(GB18030_WAGE_CSV, 'gb18030.csv')).message).toBe(
        '文件“gb18030.csv”的类型不允许，只能上传 PDF、Word、Excel、JPG、PNG 或 ZIP 文件',
      );
      expect((await refused(hugeLine, 'line.xlsx')).field).toBe('files[0]');
      const wide = await xlsxOf({ 薪酬数据: [Array.from({ length: 16_384 }, (_, i) => `列${i}`)] });
      for (const [file, name] of [
        [wide, 'wide.xlsx'],
        [libreOfficeXlsx([WAGE_HEADER, wageRow('A-1')]), 'libreoffice.xlsx'],
        [withAbsoluteTargets(await xlsxOf({ 薪酬数据: [WAGE_HEADER] })), 'openpyxl.xlsx'],
      ] as const) {
        const response = await attach(file, name).expect(201);
        expect(response.body.attachments.map((a: { fileName: string }) => a.fileName)).toContain(name);
      }
    }, 120_000);
  });
});

/**
 * A workbook within every zip limit that is still too much to read: `cells` numeric cells
 * (imports load them all), or one shared string of `bytes` random bytes in base64.
 */
async function denseWorkbook(options: { cells?: number; strings?: number }): Promise<Buffer> {
  const parts = unzipParts(await xlsxOf({ 薪酬数据: [WAGE_HEADER] }));
  const replace = new Map<string, Buffer>();
  if (options.cells) {
    const rows: string[] = [];
    for (let r = 2; r * 10 <= options.cells; r += 1) {
      const cells = Array.from(
        { length: 10 },
        (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r}</v></c>`,
      );
      rows.push(`<row r="${r}">${cells.join('')}</row>`);
    }
    replace.set(
      'xl/worksheets/sheet1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
      ),
    );
  }
  if (options.strings) {
    const items = Array.from({ length: options.strings }, (_, i) => `<si><t>${i.toString(36)}-${i}</t></si>`);
    replace.set(
      'xl/sharedStrings.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${options.strings}" uniqueCount="${options.strings}">${items.join('')}</sst>`,
      ),
    );
  }
  return zipParts(parts.map((part) => ({ ...part, data: replace.get(part.name) ?? part.data })));
}

describe('reading threads bounded in heap and time', () => {
  const file = (buffer: Buffer) => ({ originalname: 'dense.xlsx', size: buffer.length, buffer });
  const sheetOptions = {
    maxBytes: 2 * 1024 * 1024,
    sheetNames: { 'zh-CN': '薪酬数据', en: 'Wage data' },
    instructionNames: { 'zh-CN': '填写说明', en: 'Instructions' },
    columns: [{ key: 'ref', header: { 'zh-CN': '员工编号', en: 'Employee ref' }, width: 10 }],
    language: 'zh-CN' as const,
    empty: AppException.validation([{ field: 'file', code: 'errors.import_empty' }]),
  };
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppException);
    return (error as AppException).fields;
  };

  it('refuses an import workbook needing more heap or time than its thread has, and reads the next', async () => {
    const dense = await denseWorkbook({ cells: 300_000 });
    expect(dense.length).toBeLessThan(2 * 1024 * 1024);
    const small = new ImportSheetReader(configWith({ IMPORT_PARSE_MAX_HEAP_MB: '48' }));
    const slow = new ImportSheetReader(configWith({ IMPORT_PARSE_TIMEOUT_MS: '100' }));
    try {
      expect(await refusal(small.read(file(dense), sheetOptions))).toEqual([
        { field: 'file', code: 'errors.import_file_too_complex', params: { file: 'dense.xlsx', maxMb: 48 } },
      ]);
      expect(await refusal(slow.read(file(dense), sheetOptions))).toEqual([
        { field: 'file', code: 'errors.import_file_too_slow', params: { file: 'dense.xlsx', seconds: 1 } },
      ]);
      // the pool replaced the thread it ended
      const honest = await xlsxOf({ 薪酬数据: [['员工编号'], ['A-1']] });
      expect((await small.read(file(honest), sheetOptions)).rows).toHaveLength(1);
    } finally {
      await small.onModuleDestroy();
      await slow.onModuleDestroy();
    }
  }, 120_000);
});
