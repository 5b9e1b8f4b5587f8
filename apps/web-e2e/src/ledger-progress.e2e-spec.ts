import { type Browser, type Page } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * The demo programme's ledger, placed around the day the demo was loaded: each unit sees its own
 * progress on its tab, the ledger how many units reported and their range, and 发布工资价位
 * follows the demo's published release.
 */
describe('the ledger (工作台账) as the city and a district see it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openLedger(page: Page, tab: string) {
    await page.getByTestId('menu-programmes').click();
    await page.getByRole('link', { name: '青岛市落实《技能人才薪酬分配指引》工作方案' }).first().click();
    await page.getByRole('tab', { name: tab }).click();
    const ledger = page.getByTestId('ledger-table');
    await ledger.getByText('示范班', { exact: true }).waitFor();
    return ledger;
  }

  const row = (page: Page, title: string) =>
    page.getByTestId('ledger-table').locator('tbody tr', { has: page.getByText(title, { exact: true }) });

  it('shows the city the units that reported and their range, and a release-linked task done', async () => {
    await inFreshPage(browser, 'ledger-city', async (page) => {
      await logIn(page, 'qd-city');
      await openLedger(page, '工作台账');
      // 宣传发动: the city 100 %, 黄岛区 60 %, 崂山区 20 %; the other districts have not reported
      const publicity = row(page, '宣传发动');
      const progress = publicity.getByTestId('task-progress');
      await progress.getByText('20%–100%', { exact: true }).waitFor();
      // (4 once the union has reported on it: reviewer-home)
      expect(await progress.innerText()).toMatch(/已报送 [34]\/\d+ 个单位/);

      // 发布工资价位 follows the releases: done by the demo's published release, never overdue
      const release = row(page, '发布工资价位');
      await release.getByText('随价位发布自动完成').waitFor();
      const link = release.getByRole('link', { name: /^\d{4}-R\d+ 于 \d{4}-\d\d-\d\d 发布$/ });
      await link.waitFor();
      await release.getByText('已完成', { exact: true }).waitFor();
      expect(await release.getByText('已逾期').count()).toBe(0);
      await link.click();
      await page.waitForURL(/\/benchmark-releases\/[0-9a-f-]{36}$/);
    });
  });

  it('shows 黄岛区 its own figures on its tab: 60 % reported, guidance visits counted', async () => {
    await inFreshPage(browser, 'ledger-huangdao', async (page) => {
      await logIn(page, 'qd-huangdao');
      await openLedger(page, '本单位任务');
      // its own 60 %, not 60 % spread over the eleven responsible bureaus
      const publicity = row(page, '宣传发动').getByTestId('own-progress');
      expect((await publicity.innerText()).trim()).toBe('60%');

      // 一企一策指导 counts the visits recorded: two of its four pilots; nothing to report by hand
      const guidance = row(page, '一企一策指导');
      await guidance.getByText('按已记录的一企一策指导计算').waitFor();
      expect(await guidance.getByTestId('own-progress').innerText()).toMatch(/50%\s+2\/4/);
      expect(await guidance.locator('[data-testid^="report-"]').count()).toBe(0);
      // a manual task still takes a report
      expect(await row(page, '专项培训').locator('[data-testid^="report-"]').count()).toBe(1);
    });
  });
});
