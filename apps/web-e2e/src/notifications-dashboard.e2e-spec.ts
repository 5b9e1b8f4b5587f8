import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * The demo programme (Qingdao template, 2026) has tasks past their due dates, so the worker's
 * hourly reminder job has notified their responsible bureaus by the time the portal is up.
 */
describe('deadline reminders and the programme dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a district bureau its reminders in the bell and leads from one to the task', async () => {
    await inFreshPage(browser, 'reminder-bell', async (page) => {
      await logIn(page, 'qd-laoshan');
      const badge = page
        .locator('.ant-badge', { has: page.getByTestId('notification-bell') })
        .locator('.ant-badge-count');
      // the worker may still be sending: wait for the count to appear
      await badge.waitFor({ timeout: 30_000 });
      await page.getByTestId('notification-bell').click();
      // other notifications (e.g. a benchmark release) may come first: take the first task reminder
      const reminder = page.getByTestId('notification-item').filter({ hasText: '台账任务' }).first();
      await reminder.waitFor();
      expect(await reminder.innerText()).toMatch(/台账任务“.+”(已逾期（完成时限|将于) \d{4}-\d\d-\d\d/);
      await reminder.click();
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
