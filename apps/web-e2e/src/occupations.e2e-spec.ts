import ExcelJS from 'exceljs';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/** A code of major group 8, which the catalogue leaves empty but for 8-00-00-00. */
function newCode(): string {
  const two = () => String(randomInt(10, 100));
  return `8-${two()}-${two()}-${two()}`;
}

describe('occupation catalogue', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the system administrator import occupations from the template and find the new one', async () => {
    const code = newCode();
    const name = `海洋装备调试工（测试${randomInt(1000, 10_000)}）`;
    await inFreshPage(browser, 'occupations-import', async (page) => {
      await logIn(page, 'sysadmin');
      await page.getByTestId('menu-occupations').click();
      await page.getByText('职业目录', { exact: true }).first().waitFor();
      // the demo catalogue, searchable by name
      await page.getByLabel('关键词').fill('钳工');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await page.getByText('装配钳工', { exact: true }).waitFor();

      await page.getByTestId('occupation-import').click();
      await page.waitForURL('**/occupations/import');
      const download = page.waitForEvent('download');
      await page.getByTestId('occupation-template').click();
      const template = await download;
      expect(template.suggestedFilename()).toBe('职业目录导入模板.xlsx');

      // fill the downloaded template: one good row, then one with a bad code
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile((await template.path())!)) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('职业目录')!;
      sheet.getRow(2).values = [code, name, 'Marine equipment commissioning worker', '是'];
      sheet.getRow(3).values = ['6-18-01', '缺细类的职业'];
      const upload = async (buffer: Buffer) =>
        page.locator('input[type="file"]').setInputFiles({
          name: '职业目录.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer,
        });

      await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
      await page
        .getByTestId('occupation-import-failed')
        .getByText('文件有 1 处错误，未导入任何数据')
        .waitFor();
      const problems = page.getByTestId('occupation-import-problems');
      await problems.getByText('职业编码应为“大类-中类-小类-细类”格式，如 6-18-01-01').waitFor();
      await problems.getByRole('cell', { name: '6-18-01', exact: true }).waitFor();

      sheet.spliceRows(3, 1);
      await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
      await page
        .getByTestId('occupation-import-result')
        .getByText('导入完成：新增 1 个，更新 0 个，未变化 0 个')
        .waitFor();

      await page.getByRole('button', { name: '返回职业目录' }).click();
      await page.waitForURL(/\/occupations$/);
      await page.getByLabel('关键词').fill(code);
      await page.getByRole('button', { name: /查\s*询/ }).click();
      const row = page.locator('tr', { hasText: name });
      await row.waitFor();
      await row.getByText('Marine equipment commissioning worker').waitFor();
      const urgent = page.getByTestId(`occupation-urgent-${code}`);
      expect(await urgent.getAttribute('aria-checked')).toBe('true');

      // the urgent flag is one switch away
      await urgent.click();
      await page.getByText(`已取消“${name}”的急需紧缺标记`).waitFor();
      await page.locator(`[data-testid="occupation-urgent-${code}"][aria-checked="false"]`).waitFor();
    });
  });
});
