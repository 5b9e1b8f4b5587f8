import { type Browser, type Page } from 'playwright-core';
import { screenshotAndCheck } from './support/page-checks';
import { asUser, chooseOption, confirmDialog, launchBrowser } from './support/portal';

/**
 * 服务窗口 at 1366×768, a bureau laptop: an enterprise raises a request for its leading talent,
 * the district's window assigns it to a department, records the reply and resolves it, and the
 * enterprise rates the outcome. Each screen keeps its labels and figures on their lines.
 */
const check = (page: Page, name: string) => screenshotAndCheck(page, 'service-window', name);

describe('service window: raise, route, resolve, rate', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an enterprise raises a request, the district resolves it through a department, the enterprise rates it', async () => {
    const description = `子女秋季入学，希望就近安排（${Date.now()}）`;
    const link = await asUser(browser, 'ent-a', async (page) => {
      await page.goto('/service-requests');
      await page.getByTestId('new-request').click();
      await chooseOption(page, '人才');
      await chooseOption(page, '诉求类别', '子女入学');
      await page.getByText('办理时限：20 个工作日').waitFor();
      await page.getByTestId('request-description').fill(description);
      await check(page, '1-enterprise-raise');
      await page.getByTestId('request-submit').click();
      await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
      await page.getByTestId('request-summary').getByText('已受理').waitFor();
      await check(page, '2-enterprise-detail');
      return new URL(page.url()).pathname;
    });

    await asUser(browser, 'qd-huangdao', async (page) => {
      // the window's list shows the new request to assign
      await page.goto('/service-requests?status=received');
      await page
        .getByText(description)
        .or(page.locator(`a[href="${link}"]`))
        .first()
        .waitFor();
      await check(page, '3-district-list');
      await page.goto(link);
      await page.getByTestId('action-assign').click();
      await chooseOption(page, '责任部门', '黄岛区教育和体育局');
      await confirmDialog(page);
      await page.getByTestId('request-summary').getByText('已转办').waitFor();
      await page.getByTestId('action-start').click();
      await confirmDialog(page);
      await page.getByTestId('request-summary').getByText('办理中').waitFor();
      await page.getByTestId('action-reply').click();
      await page.getByTestId('reply-input').fill('已协调辖区实验小学安排学位。');
      await confirmDialog(page);
      await page.getByTestId('reply-item').getByText('已协调辖区实验小学安排学位。').waitFor();
      await page.getByTestId('action-resolve').click();
      await page.getByTestId('outcome-input').fill('已入读实验小学一年级。');
      await confirmDialog(page);
      await page.getByTestId('request-summary').getByText('已办结').waitFor();
      await check(page, '4-district-resolved');
      // the figures of the window
      await page.goto('/service-requests/dashboard');
      await page.getByTestId('figure-open').waitFor();
      await check(page, '5-district-dashboard');
    });

    await asUser(browser, 'ent-a', async (page) => {
      await page.goto(link);
      await page.getByTestId('action-rate').click();
      await page.locator('.ant-modal .ant-rate-star').nth(4).click();
      await page.getByTestId('rating-comment').fill('办理及时，非常满意。');
      await confirmDialog(page);
      await page.getByTestId('request-rating').getByText('5/5').waitFor();
      expect(await page.getByTestId('action-rate').count()).toBe(0);
      await check(page, '6-enterprise-rated');
    });
  });

  it('the district sees the month’s contact coverage with the talents not yet contacted', async () => {
    await asUser(browser, 'qd-huangdao', async (page) => {
      await page.goto('/talent-contacts/coverage');
      // the demo leaves one talent of 黄岛区 without a contact this month: record one from the list
      const uncovered = page.getByTestId('coverage-uncovered');
      await page.locator('[data-testid^="record-"]').first().waitFor();
      const before = Number(await uncovered.locator('.ant-statistic-content-value').innerText());
      expect(before).toBeGreaterThan(0);
      await check(page, '7-district-coverage');
      await page.locator('[data-testid^="record-"]').first().click();
      await page.getByLabel('联系人', { exact: true }).fill('区委组织部 人才科');
      await page.getByLabel('了解到的情况', { exact: true }).fill('工作室设备更新资金已到位。');
      await page.getByTestId('contact-submit').click();
      await page.locator('.ant-modal').waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (expected) =>
          document.querySelector('[data-testid="coverage-uncovered"] .ant-statistic-content-value')
            ?.textContent === String(expected),
        before - 1,
      );
      await page.goto('/talent-contacts');
      await page.locator('.ant-table-row').first().waitFor();
      await check(page, '8-district-contacts');
    });
  });
});
