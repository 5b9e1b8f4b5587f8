import ExcelJS from 'exceljs';
import { withAbsoluteTargets } from '../../../test/zip-bomb';
import readImportSheetTask, { type ImportSheetTask } from './import-sheet.worker';
import { relativeToXl } from './workbook-reader';

// what the import thread runs, called here in-process (the pool itself is tested with the imports)
const task = (content: Buffer): ImportSheetTask => ({
  content,
  sheetNames: ['企业名单', 'Enterprises'],
  instructionNames: ['填写说明', 'Instructions'],
  columns: [
    { key: 'creditCode', headers: ['统一社会信用代码', 'Credit code'] },
    { key: 'name', headers: ['企业名称', 'Name'] },
  ],
});

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading an import sheet (the import thread)', () => {
  it('maps columns by header and returns the non-blank rows only, however far down a cell sits', async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet('填写说明').addRow(['说明']);
      const sheet = wb.addWorksheet('企业名单');
      sheet.addRow(['企业名称', '备注', '统一社会信用代码 *']);
      sheet.addRow(['甲公司', 'x', '91370211MA00000001']);
      sheet.getCell('A1048576').value = '乙公司';
    });
    const result = await readImportSheetTask(task(file));
    expect(result).toEqual({
      kind: 'sheet',
      positions: new Map([
        ['name', { index: 1, title: '企业名称' }],
        ['creditCode', { index: 3, title: '统一社会信用代码 *' }],
      ]),
      rows: [
        {
          row: 2,
          cells: new Map([
            ['name', '甲公司'],
            ['creditCode', '91370211MA00000001'],
          ]),
        },
        {
          row: 1048576,
          cells: new Map([
            ['name', '乙公司'],
            ['creditCode', ''],
          ]),
        },
      ],
    });
  });

  it('reads a workbook whose relationship targets are absolute (openpyxl), and refuses what is no workbook', async () => {
    const file = withAbsoluteTargets(
      await workbook((wb) => {
        wb.addWorksheet('填写说明').addRow(['说明']);
        wb.addWorksheet('企业名单').addRow(['统一社会信用代码', '企业名称']);
        wb.getWorksheet('企业名单')!.addRow(['91370211MA00000001', '甲公司']);
      }),
    );
    expect(await readImportSheetTask(task(file))).toMatchObject({
      kind: 'sheet',
      rows: [
        {
          row: 2,
          cells: new Map([
            ['creditCode', '91370211MA00000001'],
            ['name', '甲公司'],
          ]),
        },
      ],
    });
    expect(await readImportSheetTask(task(Buffer.from('PK\u0003\u0004 not a zip')))).toEqual({
      kind: 'unreadable',
    });
  });

  it('normalises absolute relationship targets to the form exceljs compares', () => {
    expect(relativeToXl('/xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    expect(relativeToXl(' /xl/./worksheets/../sharedStrings.xml')).toBe('sharedStrings.xml');
    expect(relativeToXl('worksheets/sheet2.xml')).toBe('worksheets/sheet2.xml');
  });
});
