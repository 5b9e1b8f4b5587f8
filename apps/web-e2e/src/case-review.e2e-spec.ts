import { type Browser, type Page } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/** The demo case 崂山区 endorsed, waiting for the city to assign reviewers (seed: demo-case-review.ts). */
const CASE_TITLE = '电子装配岗位推行薪点工资制，技能等级决定薪点';
const KEYS = ['skill-value', 'replicable', 'evidence', 'participation', 'compliance'];

/**
 * Scores the default rubric's criteria and submits. Weighted totals (docs/case-studies.md):
 * 4,5,3,4,5 → (25·4+20·5+25·3+15·4+15·5)/5 = 82; 3,4,3,3,4 → (75+80+75+45+60)/5 = 67.
 */
async function scoreAndSubmit(page: Page, scores: number[], total: string, comment: string): Promise<void> {
  for (const [index, key] of KEYS.entries()) {
    await page.getByTestId(`score-${key}`).locator(`input[value="${scores[index]}"]`).check();
  }
  await page.getByTestId('weighted-total').getByText(total).waitFor();
  await page.getByTestId('recommendation').locator('input[value="select"]').check();
  await page.getByLabel('评审意见').fill(comment);
  await page.getByTestId('review-save').click();
  await page.getByText('已保存').first().waitFor();
  await page.getByTestId('review-submit').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await page.getByTestId('assignment-state').getByText('已提交').waitFor();
}

async function openCase(page: Page, username: string): Promise<void> {
  await logIn(page, username);
  await page.getByTestId('menu-myReviews').click();
  await page.getByTestId('my-reviews').getByRole('link', { name: CASE_TITLE }).click();
  await page.waitForURL(/\/my-reviews\/[0-9a-f-]{36}$/);
  await page.getByTestId('case-content').getByText('调试岗位中高级工人数').waitFor();
}

describe('case review (city assigns → two reviewers score blind → city selects)', () => {
  let browser: Browser;
  let reviewUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the city assigns reviewers of two organisations to the endorsed case', async () => {
    await inFreshPage(browser, 'case-review-assign', async (page) => {
      await logIn(page, 'qd-city');
      // the workbench's to-do opens the case's review page
      await page.getByTestId('workbench').getByText(CASE_TITLE).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/review$/);
      reviewUrl = new URL(page.url()).pathname;
      await page.getByTestId('case-content').getByText('薪点工资').first().waitFor();
      // one reviewer is not enough: the form says why
      const select = page.getByTestId('assign-reviewers');
      await select.click();
      await page.locator('.ant-select-item-option').filter({ hasText: '市总工会评审员' }).click();
      await page.locator('.ant-select-item-option').filter({ hasText: '市工商联评审员' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('assign-submit').click();
      const table = page.getByTestId('assignments-table');
      await table.getByText('市总工会评审员').waitFor();
      await table.getByText('市工商联评审员').waitFor();
      expect(await table.getByText('待评审').count()).toBe(2);
    });
  });

  it('both reviewers score and submit; the second sees no other scores until it submits', async () => {
    await inFreshPage(browser, 'case-review-union', async (page) => {
      await openCase(page, 'reviewer-union');
      await scoreAndSubmit(page, [4, 5, 3, 4, 5], '82.00', '技能等级与薪点挂钩清楚，中小企业可借鉴');
      // blind: the other review is not in yet
      await page.getByText('其他评审专家的意见在全部评审意见提交后可见。').waitFor();
    });
    await inFreshPage(browser, 'case-review-fic', async (page) => {
      await openCase(page, 'reviewer-fic');
      expect(await page.getByTestId('reviews-table').count()).toBe(0);
      await scoreAndSubmit(page, [3, 4, 3, 3, 4], '67.00', '建议补充薪点值测算口径');
      // both in: the union's review shows
      await page.getByTestId('reviews-table').getByText('82.00').waitFor();
    });
  });

  it('the city reads both reviews, their mean and spread, and selects the case', async () => {
    await inFreshPage(browser, 'case-review-decide', async (page) => {
      await logIn(page, 'qd-city');
      await page.goto(reviewUrl);
      const summary = page.getByTestId('review-summary');
      await summary.getByText('已提交 2 / 2 份').waitFor();
      await summary.getByText('74.50').waitFor();
      await summary.getByText('15.00').waitFor();
      expect(await page.getByTestId('disagreement').count()).toBe(0);
      await page.getByTestId('reviews-table').getByText('67.00').waitFor();
      await page.getByTestId('decide-select').click();
      await page.locator('#decision-confirm').click();
      await page.locator('.ant-page-header').getByText('已入选').waitFor();
    });
  });
});
