import { randomUUID } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * Smoke test of single-machine mode (docs/embedded-mode.md): the portal started by `npm start`'s
 * code with DATABASE_URL=embedded and REDIS_URL=embedded (scripts/test.mjs runs this file alone
 * against that portal). Login, the dashboard, and a background job that finishes.
 */
describe('embedded mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the dashboard with the queues in PostgreSQL', async () => {
    await inFreshPage(browser, 'embedded-dashboard', async (page) => {
      await logIn(page, 'sysadmin');
      const health = page.getByTestId('dashboard-health');
      await health.getByText('PostgreSQL（单机模式）').waitFor();
      await health.getByText('up').first().waitFor();
    });
  });

  it('runs a wage upload job to the end: ent-a sees its file stored', async () => {
    const run = randomUUID().slice(0, 8).toUpperCase();
    const csv = [
      '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他',
      `${run}-1,6-18-01-01,三级/高级工,技能,12,36000,24000,18000,3600,0`,
      `${run}-2,6-18-01-01,四级/中级工,技能,12,32000,22000,16000,3600,0`,
      `${run}-3,2-02-07-02,,专业技术,12,40000,26000,20000,3600,0`,
    ].join('\r\n');
    await inFreshPage(browser, 'embedded-wage-upload', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-wageUploads').click();
      await page.waitForURL('**/wage-uploads');
      // the drop zone takes files once the programmes have loaded (on a fresh portal, not at once)
      await page
        .locator('input[type="file"]:enabled')
        .setInputFiles({ name: `${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`) });
      await page
        .getByTestId('wage-result')
        .getByText(/校验通过，已保存为 \d{4} 年度第 \d+ 版，共 3 行/)
        .waitFor({ timeout: 60_000 });
      await page
        .locator('tr', { hasText: `${run}.csv` })
        .getByText('当前版本')
        .waitFor();
    });
  });
});
