import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { sharedStringsBomb, withAbsoluteTargets } from '../../../../test/zip-bomb';
import { readWageRows, type RawWageRow, WageFileProblem } from './read-wage-rows';

const HEADER = '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他';

async function readCsv(content: Buffer | Readable, size?: number): Promise<RawWageRow[]> {
  const rows: RawWageRow[] = [];
  for await (const batch of readWageRows(content, { format: 'csv', maxRows: 1000, size, batchSize: 3 }))
    rows.push(...batch);
  return rows;
}

/** The file as a stream of `size`-byte pieces, so that records and characters are cut mid-way. */
function inPieces(content: Buffer, size: number): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0; at < content.length; at += size) pieces.push(content.subarray(at, at + size));
  return Readable.from(pieces);
}

describe('reading a csv wage file', () => {
  it('hands over every data row with its line number, in the template column order', async () => {
    const file = Buffer.from(
      `${HEADER}\nA-1,6-18-01-01,高级工,技能,12,1,2,3,4,5\nA-2,6-18-01-02,中级工,技能,6,6,7,8,9,10\n`,
    );
    expect(await readCsv(file)).toEqual([
      { row: 2, cells: ['A-1', '6-18-01-01', '高级工', '技能', '12', '1', '2', '3', '4', '5'] },
      { row: 3, cells: ['A-2', '6-18-01-02', '中级工', '技能', '6', '6', '7', '8', '9', '10'] },
    ]);
  });

  it('keeps quoted fields whole (delimiters, doubled quotes, line breaks) across any cut of the input', async () => {
    const file = Buffer.from(
      `${HEADER}\r\n` +
        `"A,1",6-18-01-01,高级工,技能,12,"1,000.50",2,3,4,5\r\n` +
        `"A ""2""",6-18-01-01,高级工,技能,12,1,2,3,4,"line\r\nbreak"\r\n` +
        `A-3,6-18-01-01,高级工,技能,12,1,2,3,4,5\r\n`,
    );
    const expected = [
      { row: 2, cells: ['A,1', '6-18-01-01', '高级工', '技能', '12', '1,000.50', '2', '3', '4', '5'] },
      { row: 3, cells: ['A "2"', '6-18-01-01', '高级工', '技能', '12', '1', '2', '3', '4', 'line\r\nbreak'] },
      { row: 4, cells: ['A-3', '6-18-01-01', '高级工', '技能', '12', '1', '2', '3', '4', '5'] },
    ];
    expect(await readCsv(file)).toEqual(expected);
    for (const size of [1, 2, 7, 64])
      expect(await readCsv(inPieces(file, size), file.length)).toEqual(expected);
  });

  it('reads GB 18030 from Excel on Chinese Windows, a UTF-8 BOM and semicolon-separated files', async () => {
    // the header and `A-1,6-18-01-01,高级工,技能,12,1,2,3,4,5` encoded as GB 18030
    const gb = Buffer.from(
      'd4b1b9a4b1e0bac52cd6b0d2b5b1e0c2eb2cbcbcc4dcb5c8bcb62cb8dacebbc0e0b1f02cb9a4d7f7d4c2cafd2cbbf9b1beb9a4d7ca2c' +
        'b8dacebbb9a4d7ca2cbca8d0a7b9a4d7ca2cbdf2ccf9b2b9ccf92cc6e4cbfb0a412d312c362d31382d30312d30312cb8dfbcb6b9a4' +
        '2cbcbcc4dc2c31322c312c322c332c342c350a',
      'hex',
    );
    expect((await readCsv(gb))[0].cells.slice(0, 4)).toEqual(['A-1', '6-18-01-01', '高级工', '技能']);
    expect((await readCsv(inPieces(gb, 33)))[0].cells.slice(0, 4)).toEqual([
      'A-1',
      '6-18-01-01',
      '高级工',
      '技能',
    ]);

    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${HEADER}\nA-1,6-18-01-01,高级工,技能,12,1,2,3,4,5\n`),
    ]);
    expect(await readCsv(bom)).toHaveLength(1);
    expect(await readCsv(inPieces(bom, 1))).toHaveLength(1);

    const semicolons = Buffer.from(
      `${HEADER.replaceAll(',', ';')}\nA-1;6-18-01-01;高级工;技能;12;1,5;2;3;4;5\n`,
    );
    expect((await readCsv(semicolons))[0].cells).toEqual([
      'A-1',
      '6-18-01-01',
      '高级工',
      '技能',
      '12',
      '1,5',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('finds the header under title rows, maps reordered columns and skips blank rows', async () => {
    const file = Buffer.from(
      '2025 年度薪酬数据\n\n' +
        '职业编码,员工编号,工作月数,技能等级,岗位类别,其他,津贴补贴,绩效工资,岗位工资,基本工资\n' +
        '6-18-01-01,A-1,12,高级工,技能,5,4,3,2,1\n,,,,,,,,,\n6-18-01-02,A-2,6,中级工,技能,10,9,8,7,6\n',
    );
    expect(await readCsv(file)).toEqual([
      { row: 4, cells: ['A-1', '6-18-01-01', '高级工', '技能', '12', '1', '2', '3', '4', '5'] },
      { row: 6, cells: ['A-2', '6-18-01-02', '中级工', '技能', '6', '6', '7', '8', '9', '10'] },
    ]);
  });

  it('refuses a 12 MB line without a break as a file without header (bench:corpus times it)', async () => {
    await expect(readCsv(Buffer.alloc(12 * 1024 * 1024, 0x61))).rejects.toMatchObject({
      errors: [{ code: 'wage_header_not_found', params: { sheet: 'csv' } }],
    });
    // the same line after the header: one data row, read whole
    const long = Buffer.from(
      `${HEADER}\nA-1,6-18-01-01,高级工,技能,12,1,2,3,4,${'9'.repeat(3 * 1024 * 1024)}\n`,
    );
    const [row] = await readCsv(long);
    expect(row.cells[9]).toHaveLength(3 * 1024 * 1024);
  });

  it('refuses a file without the header or with too many rows', async () => {
    await expect(readCsv(Buffer.from('a,b,c\n1,2,3\n'))).rejects.toThrow(WageFileProblem);
    const tooMany = Buffer.from(`${HEADER}\n${'A-1,6-18-01-01,高级工,技能,12,1,2,3,4,5\n'.repeat(1001)}`);
    await expect(readCsv(tooMany)).rejects.toMatchObject({
      errors: [{ code: 'wage_too_many_rows', params: { max: 1000, count: 1001 } }],
    });
  });

  it('refuses an xlsx that unpacks beyond the limits before exceljs reads a byte of it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('薪酬数据').addRow(HEADER.split(','));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const reader = jest.spyOn(ExcelJS.stream.xlsx.WorkbookReader.prototype, 'parse');
    const read = async (bomb: Buffer) => {
      for await (const batch of readWageRows(bomb, { format: 'xlsx', maxRows: 1000 })) void batch;
    };
    // declaring its true size, and lying about it (1 MB declared)
    for (const bomb of [await sharedStringsBomb(xlsx), await sharedStringsBomb(xlsx, 20_000_000, 1 << 20)])
      await expect(read(bomb)).rejects.toMatchObject({
        errors: [{ code: 'wage_file_expands', params: { maxMb: 200, maxEntries: 1000, maxRatio: 100 } }],
      });
    expect(reader).not.toHaveBeenCalled();
    reader.mockRestore();
  });

  it('reads the 薪酬数据 sheet of a workbook whose relationship targets are absolute (openpyxl)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填写说明').addRow(['员工编号', '职业编码', '岗位类别', '说明']);
    const sheet = workbook.addWorksheet('薪酬数据');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['A-1', '6-18-01-01', '高级工', '技能', 12, 1, 2, 3, 4, 5]);
    const file = withAbsoluteTargets(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(file.toString('latin1')).not.toContain('Target="worksheets/');
    const rows: RawWageRow[] = [];
    for await (const batch of readWageRows(file, { format: 'xlsx', maxRows: 1000 })) rows.push(...batch);
    expect(rows).toEqual([{ row: 2, cells: ['A-1', '6-18-01-01', '高级工', '技能', 12, 1, 2, 3, 4, 5] }]);
  });
});
