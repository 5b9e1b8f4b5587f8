import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { type Browser } from 'playwright-core';
import { BASE_URL, inFreshPage, launchBrowser, logIn } from './support/portal';

/** camelCase or dotted paths of the calculators' input and result (`monthlyTotal`, `skillAllowance.rows.0.level`) */
const INTERNAL_KEY = /^[a-z]+([A-Z.][A-Za-z0-9.]*)+$/;

describe('pay-tool exports (an enterprise clerk exports the allowance tool for the workers’ congress)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ent-a exports case D’s skill pay as a titled, printable document with Chinese headers', async () => {
    await inFreshPage(browser, 'pay-tool-export', async (page) => {
      await logIn(page, 'ent-a');
      await page.goto(`${BASE_URL}/pay-tools/allowances`);
      // the tool opens on case D's skill pay (800 / 500 / 300 / 100 元 for 14 / 20 / 139 / 195 people)
      await page.getByTestId('preset-case-d').click();
      await page.getByText('82,400').first().waitFor();

      const download = page.waitForEvent('download');
      await page.getByTestId('plan-export').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ExcelJS.Buffer);

      const sheet = workbook.worksheets[0];
      expect(sheet.getCell('A1').value).toBe('技能津贴测算表');
      const texts: string[] = [];
      const numbers: number[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value.replace(/\n/g, ''));
          if (typeof cell.value === 'number') numbers.push(cell.value);
        }),
      );
      expect(texts).toEqual(
        expect.arrayContaining([
          '技能等级',
          '人数（人）',
          '月度金额（元）',
          '年度金额（元）',
          '一级/高级技师',
          '合计',
        ]),
      );
      expect(
        texts.some((text) => text.startsWith('人社厅发〔2021〕7号《技能人才薪酬分配指引》第三十一条')),
      ).toBe(true);
      expect(texts.some((text) => text.startsWith('各技能等级月度金额 = 月津贴标准 × 人数'))).toBe(true);
      expect(texts.filter((text) => INTERNAL_KEY.test(text))).toEqual([]);
      // figures stay numbers: 82,400 元 a month, 988,800 元 a year
      expect(numbers).toEqual(expect.arrayContaining([82400, 988800]));
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
      expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(sheet.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
    });
  });
});
