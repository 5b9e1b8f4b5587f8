import { type Browser, type Page } from 'playwright-core';
import { accessibilityFindings, screenshotAndCheck, unexpected } from './support/page-checks';
import { asUser, launchBrowser } from './support/portal';

/**
 * 政策问答 at 1366×768: qd-city writes an answer to a hot question, its colleague qd-city-checker
 * publishes it (maker-checker), and a visitor who is not signed in finds it on the public page by
 * a Chinese substring of the answer, opens it and reads its basis. Each screen keeps its labels on
 * their lines; the public page passes WCAG 2.1 AA as the page sweep checks it.
 */
const check = (page: Page, name: string) => screenshotAndCheck(page, 'policy-qa', name);

describe('policy Q&A: write, publish through a second person, find in public', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the city writes an answer, a colleague publishes it, the public finds it by a Chinese substring', async () => {
    const stamp = String(Date.now()).slice(-6);
    const question = `师带徒津贴按什么标准发放？（${stamp}）`;
    const answer = [
      `师带徒津贴按带徒人数和带徒期限确定，按月随工资一并发放，编号 ${stamp}。`,
      '带徒期满经考核合格的，企业可给予师傅一次性奖励。',
    ].join('\n');

    const link = await asUser(browser, 'qd-city', async (page) => {
      await page.goto('/policy-qa');
      await page.getByTestId('policy-qa-new').click();
      await page.getByTestId('policy-qa-question').fill(question);
      await page.getByTestId('policy-qa-answer').fill(answer);
      await page.getByTestId('policy-qa-article').fill('第三十三条');
      await page.getByLabel('主题', { exact: true }).click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
        .getByTitle('津贴补贴', { exact: true })
        .click();
      await page.keyboard.press('Escape');
      await check(page, '1-city-form');
      await page.getByTestId('policy-qa-save').click();
      await page.waitForURL(/\/policy-qa\/[0-9a-f-]{36}$/);
      // the author may not publish it: no button, a note saying a colleague does
      await page.getByText('须由本局另一位工作人员审核发布').waitFor();
      expect(await page.getByTestId('policy-qa-publish').count()).toBe(0);
      await page.getByTestId('policy-qa-versions').getByText('第 1 版').waitFor();
      await check(page, '2-city-draft');
      return new URL(page.url()).pathname;
    });

    await asUser(browser, 'qd-city-checker', async (page) => {
      await page.goto(link);
      await page.getByTestId('policy-qa-publish').click();
      await page.getByTestId('policy-qa-publish-confirm').click();
      await page.getByText('已发布', { exact: true }).first().waitFor();
      await page.getByTestId('policy-qa-withdraw').waitFor();
      await check(page, '3-checker-published');
      await page.goto('/policy-qa');
      await page.getByTestId('policy-qa-link').first().waitFor();
      await check(page, '4-city-list');
    });

    await asUser(browser, null, async (page) => {
      await page.goto('/public/policy-qa');
      await page.getByTestId('public-policy-qa-entry').first().waitFor();
      // 政策问答 sits in the public header beside the other public pages
      await page.getByRole('navigation').getByRole('link', { name: '政策问答' }).waitFor();
      // two Chinese words of the answer (each a substring), and the stamp
      await page.getByTestId('public-policy-qa-search').fill(`随工资一并发放 ${stamp}`);
      await page.getByTestId('public-policy-qa-submit').click();
      await page.getByText('共 1 条问答').waitFor();
      const entry = page.getByTestId('public-policy-qa-entry');
      await entry.getByText(question).click();
      await entry.getByText('带徒期满经考核合格的').waitFor();
      await entry.getByText('人社厅发〔2021〕7号《技能人才薪酬分配指引》 第三十三条').waitFor();
      await entry.getByText('青岛市人社局答复').waitFor();
      await check(page, '5-public-found');
      expect(unexpected(await accessibilityFindings(page, '/public/policy-qa'))).toEqual([]);

      // a topic chip filters; an unknown phrase finds nothing
      await page.getByRole('button', { name: '岗位工资', exact: true }).click();
      await page.getByText('没有找到符合条件的问答').waitFor();
      await page.getByRole('button', { name: '全部', exact: true }).click();
      await page.getByText('共 1 条问答').waitFor();
    });
  });

  it('shows an edited demo answer with its update date, in Chinese and in English', async () => {
    await asUser(browser, null, async (page) => {
      await page.goto('/public/policy-qa?topic=high-skill-leaders');
      const entry = page
        .getByTestId('public-policy-qa-entry')
        .filter({ hasText: '首席技师等高技能领军人才可否实行年薪制？' });
      await entry.getByText('更新日期 2026-11-04').waitFor();
      await entry.getByText('首席技师等高技能领军人才可否实行年薪制？').click();
      await entry.getByText('绩效年薪占比相对较大、按年发放').waitFor();
      await check(page, '6-public-topic');
      await page.getByTestId('language-option-en').click();
      await page.getByRole('heading', { name: 'Policy Q&A' }).waitFor();
      await entry.getByText('Answered by the Qingdao HR bureau').waitFor();
      await check(page, '7-public-english');
      expect(unexpected(await accessibilityFindings(page, '/public/policy-qa'))).toEqual([]);
    });
  });
});
