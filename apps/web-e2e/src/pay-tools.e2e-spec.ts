import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { type Browser, type Page } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/** Replaces what an antd InputNumber holds, as a user selecting it and typing would. */
async function typeInto(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value);
}

async function cellText(page: Page, grade: string, step: number): Promise<string> {
  return (await page.getByTestId(`pay-cell-${grade}-${step}`).innerText()).trim();
}

describe('pay-design tools (an enterprise designs a pay table; its district officer opens the plan)', () => {
  let browser: Browser;
  // unique per run: earlier runs leave their plans on the portal
  const title = `E2E 一线技能岗位工资表 ${Date.now()}`;
  let planPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ent-a builds a pay table from key points, exports it to xlsx and saves it as a plan', async () => {
    await inFreshPage(browser, 'pay-tools-enterprise', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-payTools').click();
      await page.getByTestId('pay-tool-pay-table').getByRole('link').first().click();
      await page.waitForURL('**/pay-tools/pay-table');

      // key points: 学徒工 1 (base 3,000 元), 三级/高级工 1.5, 首席技师 4; arithmetic fill, 10 steps of 3 %
      await typeInto(page, 'pay-table-base', '3000');
      await typeInto(page, 'key-point-ratio-1', '1.5');
      // the table follows as the user types: 3,000 × 1.5 = 4,500 for 三级's first step
      await page.waitForFunction(
        () => document.querySelector('[data-testid="pay-cell-level-3-1"]')?.textContent?.trim() === '4,500',
      );
      expect(await cellText(page, 'apprentice', 1)).toBe('3,000');
      // the step increment is 3 % of the grade's first step: 3,000 + 90
      expect(await cellText(page, 'apprentice', 2)).toBe('3,090');
      // 首席技师 at 4 × 3,000
      expect(await cellText(page, 'chief', 1)).toBe('12,000');

      const download = page.waitForEvent('download');
      await page.getByTestId('plan-export').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
      const bytes = await readFile((await file.path())!);
      expect(bytes.length).toBeGreaterThan(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.length).toBeGreaterThan(0);
      const text = workbook.worksheets
        .flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])))
        .map((value) => String(value ?? ''))
        .join(' ');
      // the server ran libs/paycalc on the same input: the same first step
      expect(text).toMatch(/4,?500/);

      await page.getByTestId('plan-save').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('方案名称').fill(title);
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await page.waitForURL(/[?&]plan=[0-9a-f-]{36}/);
      const planId = new URL(page.url()).searchParams.get('plan');
      expect(planId).toBeTruthy();
      planPath = `/pay-tools/plans/${planId}`;

      // the saved plan reads back as version 1 with the server's table
      await page.goto(planPath);
      await page.getByTestId('plan-result').getByTestId('pay-table-result').waitFor();
      expect(await cellText(page, 'level-3', 1)).toBe('4,500');
      await page.getByTestId('plan-versions').getByText('第 1 版').waitFor();

      // the allowances tool opens on the national levels; Qujing's case 4 is a labelled example:
      // 82,400 元 a month, 988,800 元 a year
      await page.goto('/pay-tools/allowances');
      await page.getByTestId('skill-monthly-total').getByText('0.00').waitFor();
      await page.getByTestId('preset-case-d').getByText('示例：曲靖案例4（案例D）').click();
      await page.getByTestId('skill-monthly-total').getByText('82,400.00').waitFor();
      await page.getByTestId('skill-annual-total').getByText('988,800.00').waitFor();
    });
  });

  it("qd-huangdao (ent-a's district) finds the plan in its list and opens it", async () => {
    expect(planPath).not.toBe('');
    await inFreshPage(browser, 'pay-tools-district', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.goto('/pay-tools/plans');
      await page.getByTestId('plan-link').filter({ hasText: title }).click();
      await page.waitForURL(`**${planPath}`);
      await page.getByTestId('plan-facts').getByText('青岛海晟船舶装备有限公司', { exact: true }).waitFor();
      await page.getByTestId('plan-result').getByTestId('pay-table-result').waitFor();
      expect(await cellText(page, 'chief', 1)).toBe('12,000');
      // a bureau reads the plan; only the enterprise revises it
      expect(await page.getByTestId('plan-edit').count()).toBe(0);
    });
  });
});
