import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/** 20,000 rows: enough for the worker to take a moment, so the progress bar shows. */
const ROWS = 20_000;

describe('wage-data upload', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets ent-a upload a filled template, watch it being checked, and see the result or the errors', async () => {
    const run = randomUUID().slice(0, 8).toUpperCase();
    await inFreshPage(browser, 'wage-upload', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-wageUploads').click();
      await page.waitForURL('**/wage-uploads');
      await page.getByText('每个文件最多 100,000 行、不超过 20 MB').waitFor();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /Excel 模板/ }).click();
      const template = await download;
      expect(template.suggestedFilename()).toBe('薪酬数据报送模板.xlsx');

      // fill the downloaded template as an HR officer would
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile((await template.path())!)) as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('填写说明');
      const sheet = workbook.getWorksheet('薪酬数据')!;
      // exceljs writes the drop-downs back cell by cell (slowly); Excel keeps them as ranges
      (sheet as unknown as { dataValidations: { model: object } }).dataValidations.model = {};
      for (let i = 1; i <= ROWS; i += 1) {
        const technical = i % 10 === 0;
        sheet.addRow([
          `${run}-${i}`,
          technical ? '2-02-07-02' : i % 3 === 0 ? '6-31-01-03' : '6-18-01-01 车工',
          technical ? '' : ['四级/中级工', '三级/高级工', '二级/技师'][i % 3],
          technical ? '专业技术' : '技能',
          12,
          30_000 + (i % 500) * 20,
          24_000,
          18_000.5,
          3_600,
          0,
        ]);
      }
      const upload = (name: string, mimeType: string, buffer: Buffer) =>
        page.locator('input[type="file"]:enabled').setInputFiles({ name, mimeType, buffer });

      await upload(
        '2025年薪酬数据.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
      await page.getByTestId('wage-progress').waitFor();
      const result = page.getByTestId('wage-result');
      await result
        .getByText(new RegExp(`校验通过，已保存为 2025 年度第 \\d+ 版，共 ${ROWS} 行`))
        .waitFor({ timeout: 60_000 });
      await page.locator('tr', { hasText: '2025年薪酬数据.xlsx' }).getByText('当前版本').waitFor();

      // a file with errors: nothing stored, every error listed by row and column
      const csv = [
        '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他',
        `${run}-A,6-18-01-01,三级/高级工,技能,12,36000,24000,18000,3600,0`,
        '11010519491231002X,6-18-01-01,三级/高级工,技能,12,36000,24000,18000,3600,0',
        `${run}-C,6-18-01-01,三级/高级工,技能,14,36000,24000,18000,3600,0`,
      ].join('\r\n');
      await upload('有错误的文件.csv', 'text/csv', Buffer.from(`\uFEFF${csv}\r\n`));
      await result.getByText('文件有 2 处错误，未保存任何数据').waitFor({ timeout: 30_000 });
      const errors = page.getByTestId('wage-errors');
      await errors.getByText('这是一个有效的居民身份证号码', { exact: false }).waitFor();
      await errors.getByRole('cell', { name: '工作月数', exact: true }).waitFor();
      await errors.getByText('工作月数应为 1–12 的整数').waitFor();
      const errorList = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载错误清单（Excel）' }).click();
      expect((await errorList).suggestedFilename()).toBe('薪酬数据错误清单.xlsx');
    });
  });
});
