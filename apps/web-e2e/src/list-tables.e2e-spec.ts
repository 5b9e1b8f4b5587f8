import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { chooseOption, inFreshPage, launchBrowser, logIn } from './support/portal';

/** The number a ProTable's pagination shows as its total (`第 1-20 条/总共 57 条`). */
async function tableTotal(page: Page): Promise<number> {
  const text = await page.locator('.ant-pagination-total-text').first().innerText();
  return Number(/(\d+)\s*条\s*$/.exec(text)?.[1] ?? Number.NaN);
}

describe('list tables', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a filtered view and its page in the address, so a reload shows the same rows', async () => {
    await inFreshPage(browser, 'list-url-state', async (page) => {
      await logIn(page, 'auditor');
      await page.goto('/audit-logs');
      await page.getByTestId('audit-verify').waitFor();
      // 结果 = 成功, then the second page
      await chooseOption(page, '结果', '成功');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await page.waitForURL(/outcome=success/);
      await page.locator('.ant-pagination-item-2').click();
      await page.waitForURL(/page=2/);

      await page.reload();
      await page.locator('.ant-pagination-item-2.ant-pagination-item-active').waitFor();
      expect(page.url()).toMatch(/outcome=success/);
      await page.getByText('成功', { exact: true }).first().waitFor();
      // the log grows while we read it, so the rows are checked by the filter, not one by one
      const outcomes = await page.locator('.ant-table-tbody tr.ant-table-row td:last-child').allInnerTexts();
      expect(outcomes.length).toBeGreaterThan(0);
      expect(outcomes.every((text) => text.trim() === '成功')).toBe(true);
      // labels, not codes
      await expect(page.getByText('auth.login', { exact: true }).count()).resolves.toBe(0);
    });
  });

  it('remembers the columns a user hides, and keeps key columns in view', async () => {
    await inFreshPage(browser, 'list-column-settings', async (page) => {
      await logIn(page, 'qd-city');
      await page.goto('/enterprises');
      const header = page.locator('.ant-table-thead th', { hasText: '所有制' });
      await header.waitFor();
      await page.locator('.ant-pro-table-list-toolbar-setting-item .anticon-setting').click();
      const popover = page.locator('.ant-popover:not(.ant-popover-hidden)');
      await popover.getByText('所有制', { exact: true }).click();
      await header.waitFor({ state: 'detached' });

      await page.reload();
      await page.locator('.ant-table-thead th', { hasText: '企业名称' }).first().waitFor();
      expect(await header.count()).toBe(0);

      // the benchmark cells: 平均数 and 脚注 fixed within the viewport however wide the table is
      await page.goto('/benchmarks');
      const keyColumns = page.locator('th.key-column');
      await keyColumns.first().waitFor();
      const width = page.viewportSize()!.width;
      for (const box of await keyColumns.evaluateAll((cells) =>
        cells.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect),
      )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
      }
    });
  });

  it('exports the filtered list to xlsx with Chinese headers', async () => {
    await inFreshPage(browser, 'list-export', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.goto('/enterprises');
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      const total = await tableTotal(page);
      const download = page.waitForEvent('download');
      await page.getByTestId('table-export').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^企业名录-\d{8}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(1).value).toBe('企业名称');
      expect(sheet.actualRowCount - 1).toBe(total);
      sheet.eachRow((row, number) => {
        if (number > 1) expect(row.getCell(3).value).toBe('黄岛区');
      });
    });
  });
});
