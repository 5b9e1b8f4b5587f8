import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('case-status').getByText(status, { exact: true }).first().waitFor();
}

describe('case studies (enterprise writes and submits → district endorses)', () => {
  let browser: Browser;
  const title = `以薪点工资制提升新员工绩效工资 ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ent-a writes a case with its figures and submits it; 黄岛区 endorses it with its opinion', async () => {
    let detailUrl = '';
    await inFreshPage(browser, 'case-enterprise', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-cases').click();
      await page.getByTestId('case-write').click();
      await page.waitForURL('**/cases/new');
      await page.getByTestId('case-title').fill(title);
      // the guideline articles it illustrates: 第20条 (post pay) and 第25条 (performance pay)
      const articles = page.getByLabel('涉及指引条款', { exact: true });
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      for (const article of ['第20条 · 岗位工资', '第25条 · 绩效工资']) {
        await articles.click();
        await articles.fill(article.slice(0, 4));
        await dropdown.getByTitle(article, { exact: true }).click();
      }
      await page.keyboard.press('Escape');
      await page.getByTestId('case-background').fill('新员工绩效工资偏低，一年内流失率高。');
      await page
        .getByTestId('case-measures')
        .fill('推行薪点工资制，绩效工资随技能等级晋升提高，设立带徒津贴。');
      await page.getByTestId('case-add-figure').click();
      await page.getByTestId('case-figure-indicator-0').fill('新员工月度绩效工资');
      await page.getByTestId('case-figure-before-0').fill('495');
      await page.getByTestId('case-figure-after-0').fill('1420');
      await page.getByTestId('case-figure-unit-0').fill('元');
      await page.getByTestId('case-figure-period-0').fill('2021 → 2022');
      await page.getByTestId('case-save').click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      detailUrl = new URL(page.url()).pathname;
      await expectStatus(page, '草稿');
      // the figure reads as written, grouped: 495 → 1,420 元
      const figures = page.getByTestId('case-figures');
      await figures.getByText('新员工月度绩效工资').waitFor();
      await figures.getByText('1,420 元').waitFor();

      await page.getByTestId('case-submit').click();
      await page.getByTestId('case-submit-confirm').click();
      await expectStatus(page, '已提交');
      await page.getByTestId('case-history').getByText('提交', { exact: true }).waitFor();
      // submitted: no more editing until the district returns it
      expect(await page.getByTestId('case-edit').count()).toBe(0);
    });

    await inFreshPage(browser, 'case-district', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-cases').click();
      // the district's queue opens on the submitted cases
      await page.getByRole('link', { name: title }).waitFor();
      await page.goto(detailUrl);
      await expectStatus(page, '已提交');
      await page.getByTestId('case-endorse').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('case-reason').fill('做法可复制，成效数据完整，同意推荐参评');
      await dialog.getByTestId('case-confirm').click();
      await expectStatus(page, '已推荐');
      const history = page.getByTestId('case-history');
      await history.getByText('推荐', { exact: true }).waitFor();
      await history.getByText('做法可复制，成效数据完整，同意推荐参评').waitFor();
    });
  });
});
