import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * The demo programme (Qingdao template) has tasks past or near their due dates, so the worker's
 * reminder job has sent their responsible bureaus their daily digest by the time the portal is up.
 */
describe('deadline reminders and the programme dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a district bureau its daily reminder digest in the bell, leading to its to-dos and on to the task', async () => {
    await inFreshPage(browser, 'reminder-bell', async (page) => {
      await logIn(page, 'qd-laoshan');
      const badge = page
        .locator('.ant-badge', { has: page.getByTestId('notification-bell') })
        .locator('.ant-badge-count');
      // the worker may still be sending: wait for the count to appear
      await badge.waitFor({ timeout: 30_000 });
      await page.getByTestId('notification-bell').click();
      // several items due: one digest a day, naming them, that opens the workbench
      const digest = page.getByTestId('notification-item').filter({ hasText: '今日待办提醒' });
      await digest.waitFor();
      expect(await page.getByTestId('notification-item').filter({ hasText: '今日待办提醒' }).count()).toBe(1);
      expect(await digest.innerText()).toMatch(/今日待办提醒：\d+ 项到期或逾期（\d+ 项已逾期）：“.+”/);
      await digest.click();
      await page.waitForURL(/\/dashboard$/);
      await page.getByTestId('workbench-group-tasks-due').getByTestId('workbench-item').first().click();
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}\?task=/);
    });
  });

  it('shows the city every district against its quota, and a district only itself', async () => {
    await inFreshPage(browser, 'programme-dashboard-city', async (page) => {
      await logIn(page, 'qd-city');
      const dashboard = page.getByTestId('programme-dashboard');
      await dashboard.getByText('黄岛区', { exact: true }).first().waitFor();
      // the city-direct row and ten districts
      const rows = dashboard.locator('.ant-table').first().locator('tbody tr');
      await rows.nth(10).waitFor();
      expect(await rows.count()).toBe(11);
      expect(await rows.first().innerText()).toContain('市直企业');
    });
    await inFreshPage(browser, 'programme-dashboard-district', async (page) => {
      await logIn(page, 'qd-huangdao');
      const rows = page.getByTestId('programme-dashboard').locator('.ant-table').first().locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(await rows.first().innerText()).toContain('黄岛区');
    });
  });
});
