import { IMPORT_XLSX_ZIP_LIMITS, WAGE_XLSX_ZIP_LIMITS } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { sharedStringsBomb, unzipParts, zipParts } from '../../../test/zip-bomb';
import { xlsxZipBreach, xlsxZipInflatesAsDeclared, zipEntries } from './xlsx-zip';

async function honestXlsx(rows = 200): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(['统一社会信用代码', '企业名称', '职工人数']);
  for (let i = 0; i < rows; i += 1) sheet.addRow([`91370211MA${String(i).padStart(8, '0')}`, `企业${i}`, i]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('zipEntries', () => {
  it('reads an honest workbook, as written and re-packed', async () => {
    const honest = await honestXlsx();
    const entries = zipEntries(honest)!;
    expect(entries.map((entry) => entry.name)).toContain('xl/workbook.xml');
    expect(zipEntries(zipParts(unzipParts(honest)))).toHaveLength(entries.length);
  });

  it('refuses an archive whose local headers hold an entry its central directory does not list', async () => {
    const parts = unzipParts(await honestXlsx());
    // a streaming reader (exceljs' WorkbookReader) would read this 340 MB entry; the directory hides it
    const hidden = zipParts([
      ...parts.filter((part) => part.name !== 'xl/sharedStrings.xml'),
      { ...unzipParts(await sharedStringsBomb(await honestXlsx(1), 1_000)).at(-1)!, hidden: true },
      parts.find((part) => part.name === 'xl/sharedStrings.xml')!,
    ]);
    expect(zipEntries(hidden)).toBeNull();
    // an entry at the end, before the directory, likewise
    expect(
      zipEntries(zipParts([...parts, { name: 'xl/extra.xml', data: Buffer.from('x'), hidden: true }])),
    ).toBeNull();
  });
});

describe('xlsxZipBreach', () => {
  it('passes an honest workbook under both limits', async () => {
    const entries = zipEntries(await honestXlsx())!;
    expect(entries.length).toBeGreaterThan(5);
    expect(xlsxZipBreach(entries, IMPORT_XLSX_ZIP_LIMITS)).toBeNull();
    expect(xlsxZipBreach(entries, WAGE_XLSX_ZIP_LIMITS)).toBeNull();
  });

  it('refuses a shared-strings bomb under 1 MB from its central directory alone', async () => {
    const bomb = await sharedStringsBomb(await honestXlsx());
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const breach = xlsxZipBreach(zipEntries(bomb)!, IMPORT_XLSX_ZIP_LIMITS);
    expect(breach).toEqual(expect.objectContaining({ limit: 'ratio', entry: 'xl/sharedStrings.xml' }));
  });

  it('refuses a total unpacked size over the limit even at an honest ratio', async () => {
    const parts = unzipParts(await honestXlsx());
    const limits = { ...IMPORT_XLSX_ZIP_LIMITS, maxUncompressedBytes: 64 * 1024 };
    const big = zipParts([...parts, { name: 'xl/media/noise.bin', data: Buffer.alloc(80 * 1024, 7) }]);
    // 80 KB of one byte compresses far beyond 100:1, but is below ratioFromBytes
    expect(xlsxZipBreach(zipEntries(big)!, limits)).toEqual({
      limit: 'uncompressed',
      uncompressedMb: expect.any(Number),
      maxMb: 0.1,
    });
    expect(xlsxZipBreach(zipEntries(big)!, IMPORT_XLSX_ZIP_LIMITS)).toBeNull();
  });

  it('refuses more entries than the limit', async () => {
    const parts = unzipParts(await honestXlsx(1));
    const many = zipParts([
      ...parts,
      ...Array.from({ length: 1_000 }, (_, i) => ({
        name: `xl/media/x${i}.bin`,
        data: Buffer.from([i % 256]),
      })),
    ]);
    expect(xlsxZipBreach(zipEntries(many)!, IMPORT_XLSX_ZIP_LIMITS)).toEqual({
      limit: 'entries',
      entries: parts.length + 1_000,
      maxEntries: 1_000,
    });
  });

  it('refuses an entry compressed beyond the ratio', async () => {
    const parts = unzipParts(await honestXlsx(1));
    const dense = zipParts([...parts, { name: 'xl/media/zeros.bin', data: Buffer.alloc(2 * 1024 * 1024) }]);
    expect(xlsxZipBreach(zipEntries(dense)!, IMPORT_XLSX_ZIP_LIMITS)).toEqual(
      expect.objectContaining({ limit: 'ratio', entry: 'xl/media/zeros.bin', maxRatio: 100 }),
    );
  });

  it('catches an entry that inflates beyond the size its central directory declares', async () => {
    const honest = await honestXlsx();
    expect(await xlsxZipInflatesAsDeclared(honest, zipEntries(honest)!)).toBe(true);
    // declares 1 MB: within every limit, ratio 1.2:1, but inflates to 340 MB
    const lying = await sharedStringsBomb(honest, 20_000_000, 1024 * 1024);
    const entries = zipEntries(lying)!;
    expect(xlsxZipBreach(entries, IMPORT_XLSX_ZIP_LIMITS)).toBeNull();
    expect(await xlsxZipInflatesAsDeclared(lying, entries)).toBe(false);
  });
});
