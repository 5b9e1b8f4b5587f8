import { type Browser, type Page } from 'playwright-core';
import { screenshotAndCheck } from './support/page-checks';
import { asUser, chooseOption, confirmDialog, launchBrowser } from './support/portal';

/**
 * 舆情 at 1366×768, a bureau laptop: 黄岛区 records a 12333 call, the city sees it in its list,
 * the district takes it up with the agreed explanation, records the response and closes it, and
 * the district's home page counts it. Each screen keeps its labels and figures on their lines.
 */
const check = (page: Page, name: string) => screenshotAndCheck(page, 'opinion-notes', name);

/** The 总数 of the statistics card, once it has loaded. */
async function totalOf(page: Page): Promise<number> {
  const value = page.getByTestId('opinion-statistics-total').locator('.ant-statistic-content-value');
  await value.waitFor();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

describe('public opinion (舆情): record, respond, close, count', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a district records a note, the city sees it, the district responds and closes it, the home page counts it', async () => {
    const summary = `12333 来电：技能津贴能否计入最低工资（${Date.now()}）`;
    const before = await asUser(browser, 'qd-huangdao', async (page) => {
      await page.goto('/dashboard');
      return totalOf(page);
    });

    const link = await asUser(browser, 'qd-huangdao', async (page) => {
      await page.goto('/opinion-notes');
      await page.getByTestId('opinion-link').first().waitFor();
      await check(page, '1-district-list');
      await page.getByTestId('new-opinion').click();
      await page.getByTestId('opinion-source').getByText('12333 热线').click();
      await page.getByTestId('opinion-summary').fill(summary);
      // a multiple select stays open after a choice: close it with Escape
      await page.getByLabel('涉及主题', { exact: true }).click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
        .last()
        .getByTitle('津贴补贴', { exact: true })
        .click();
      await page.keyboard.press('Escape');
      await page.getByTestId('opinion-heat-input').getByText('3 · 一般').click();
      await check(page, '2-district-new');
      await page.getByTestId('opinion-submit').click();
      await page.waitForURL(/\/opinion-notes\/[0-9a-f-]{36}$/);
      await page.getByTestId('opinion-status').getByText('监测中').waitFor();
      await page.getByTestId('opinion-responsible-name').getByText('黄岛区').waitFor();
      await check(page, '3-district-detail');
      return new URL(page.url()).pathname;
    });

    await asUser(browser, 'qd-city', async (page) => {
      // the city finds it by a word of the summary; it reads it but the district answers for it
      await page.goto(`/opinion-notes?search=${encodeURIComponent(summary.slice(-14, -1))}`);
      await page.locator(`a[href="${link}"]`).waitFor();
      await check(page, '4-city-list');
      await page.goto(link);
      await page.getByTestId('opinion-status').getByText('监测中').waitFor();
      expect(await page.getByTestId('action-take').count()).toBe(0);
    });

    await asUser(browser, 'qd-huangdao', async (page) => {
      await page.goto(link);
      await page.getByTestId('action-take').click();
      await page
        .getByTestId('explanation-input')
        .fill(
          '技能津贴是工资的组成部分；最低工资不含加班工资和特殊工作环境津贴，企业不得以津贴替代基本工资。',
        );
      await confirmDialog(page);
      await page.getByTestId('opinion-status').getByText('回应中').waitFor();
      await page.getByTestId('action-respond').click();
      await page.getByTestId('response-input').fill('已由 12333 回访来电人并说明口径。');
      await chooseOption(page, '回应渠道', '12333 回复');
      await confirmDialog(page);
      await page.getByTestId('opinion-status').getByText('已回应').waitFor();
      await page.getByTestId('action-close').click();
      await confirmDialog(page);
      await page.getByTestId('opinion-status').getByText('已关闭').waitFor();
      expect(await page.getByTestId('opinion-step').count()).toBe(3);
      await check(page, '5-district-closed');

      // the home page's card counts the new note
      await page.goto('/dashboard');
      expect(await totalOf(page)).toBe(before + 1);
      await page.getByTestId('opinion-statistics').getByText('按主题').waitFor();
      await check(page, '6-district-home');
    });
  }, 240_000);
});
