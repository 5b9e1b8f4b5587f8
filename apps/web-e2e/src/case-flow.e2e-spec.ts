import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { call, tokenOf } from './support/api';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/*
 * The whole life of a case (issue 15): ent-a writes and submits it → 黄岛区 endorses → the city
 * assigns reviewers of two organisations → both score → the city selects → the city puts it in an
 * edition and publishes → anyone finds it in the public search and downloads the 案例汇编.
 * ent-a is a 示范企业 (the demo marks it in the demo programme): its case carries the gold tag in
 * the city's candidates and edition and on the public pages, with the city's reason.
 */

/**
 * The reason ent-a is a 示范企业 of the case's programme. A case goes to the newest active
 * programme, which other browser specs may have opened (ent-a is their approved pilot): ent-a is
 * marked there too when it is not yet.
 */
async function demonstrationReasonOf(caseId: string, marker: string): Promise<string> {
  const city = await tokenOf('qd-city');
  const { programmeId } = await call(`/api/cases/${caseId}`, 'GET', undefined, city);
  const me = await call('/api/auth/me', 'GET', undefined, await tokenOf('ent-a'));
  const enterpriseId = (me.organisation as { id: string }).id;
  const units = await call(
    `/api/evaluation/demonstration-units?programmeId=${programmeId as string}`,
    'GET',
    undefined,
    city,
  );
  const marked = (units.items as Array<{ enterpriseId: string | null; reason: string }>).find(
    (unit) => unit.enterpriseId === enterpriseId,
  );
  if (marked) return marked.reason;
  const reason = `焊工队伍稳定，经验可在全市推广 ${marker}`;
  await call(
    '/api/evaluation/demonstration-units',
    'POST',
    { programmeId, kind: 'enterprise', enterpriseId, reason },
    city,
  );
  return reason;
}

const KEYS = ['skill-value', 'replicable', 'evidence', 'participation', 'compliance'];

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('case-status').getByText(status, { exact: true }).first().waitFor();
}

/** Scores the default rubric and submits (4,4,4,4,4 → a weighted total of 80.00). */
async function scoreAndSubmit(page: Page, title: string, username: string): Promise<void> {
  await logIn(page, username);
  await page.getByTestId('menu-myReviews').click();
  await page.getByTestId('my-reviews').getByRole('link', { name: title }).click();
  await page.waitForURL(/\/my-reviews\/[0-9a-f-]{36}$/);
  for (const key of KEYS) await page.getByTestId(`score-${key}`).locator('input[value="4"]').check();
  await page.getByTestId('weighted-total').getByText('80.00').waitFor();
  await page.getByTestId('recommendation').locator('input[value="select"]').check();
  await page.getByLabel('评审意见').fill('薪点与技能等级挂钩清楚，成效数据完整');
  await page.getByTestId('review-save').click();
  await page.getByText('已保存').first().waitFor();
  await page.getByTestId('review-submit').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await page.getByTestId('assignment-state').getByText('已提交').waitFor();
}

describe('a case from its writing to the public search and the 案例汇编', () => {
  let browser: Browser;
  const marker = randomBytes(3).toString('hex');
  const title = `焊工薪点工资与带徒津贴 ${marker}`;
  const edition = `E2E 第${marker}辑`;
  let caseUrl = '';
  let demonstrationReason = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ent-a writes and submits the case; 黄岛区 endorses it', async () => {
    await inFreshPage(browser, 'flow-enterprise', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-cases').click();
      await page.getByTestId('case-write').click();
      await page.waitForURL('**/cases/new');
      await page.getByTestId('case-title').fill(title);
      const articles = page.getByLabel('涉及指引条款', { exact: true });
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      for (const article of ['第20条 · 岗位工资', '第33条 · 津贴补贴']) {
        await articles.click();
        await articles.fill(article.slice(0, 4));
        await dropdown.getByTitle(article, { exact: true }).click();
      }
      await page.keyboard.press('Escape');
      await page.getByTestId('case-background').fill('船舶焊工流失率高，新员工上岗慢。');
      await page
        .getByTestId('case-measures')
        .fill(
          `推行薪点工资制（${marker}），按岗位价值和技能等级确定薪点；师傅每带1名徒弟发放带徒津贴300元/月。`,
        );
      await page.getByTestId('case-add-figure').click();
      await page.getByTestId('case-figure-indicator-0').fill('焊工年流失率');
      await page.getByTestId('case-figure-before-0').fill('18');
      await page.getByTestId('case-figure-after-0').fill('9');
      await page.getByTestId('case-figure-unit-0').fill('%');
      await page.getByTestId('case-figure-period-0').fill('2025 → 2026');
      await page.getByTestId('case-save').click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      caseUrl = new URL(page.url()).pathname;
      await page.getByTestId('case-submit').click();
      await page.getByTestId('case-submit-confirm').click();
      await expectStatus(page, '已提交');
    });
    await inFreshPage(browser, 'flow-district', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.goto(caseUrl);
      await expectStatus(page, '已提交');
      await page.getByTestId('case-endorse').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('case-reason').fill('做法可复制，同意推荐参评');
      await dialog.getByTestId('case-confirm').click();
      await expectStatus(page, '已推荐');
    });
  });

  it('the city assigns two reviewers, both score, and the city selects the case', async () => {
    await inFreshPage(browser, 'flow-assign', async (page) => {
      await logIn(page, 'qd-city');
      await page.goto(`${caseUrl}/review`);
      await page.getByTestId('case-content').getByText(marker).first().waitFor();
      await page.getByTestId('assign-reviewers').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '市总工会评审员' }).click();
      await page.locator('.ant-select-item-option').filter({ hasText: '市工商联评审员' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('assign-submit').click();
      const table = page.getByTestId('assignments-table');
      await table.getByText('市总工会评审员').waitFor();
      await table.getByText('市工商联评审员').waitFor();
    });
    await inFreshPage(browser, 'flow-union', (page) => scoreAndSubmit(page, title, 'reviewer-union'));
    await inFreshPage(browser, 'flow-fic', (page) => scoreAndSubmit(page, title, 'reviewer-fic'));
    await inFreshPage(browser, 'flow-decide', async (page) => {
      await logIn(page, 'qd-city');
      await page.goto(`${caseUrl}/review`);
      await page.getByTestId('review-summary').getByText('已提交 2 / 2 份').waitFor();
      await page.getByTestId('decide-select').click();
      await page.locator('#decision-confirm').click();
      await page.locator('.ant-page-header').getByText('已入选').waitFor();
    });
  });

  it('the city puts it in an edition with a note and publishes it', async () => {
    demonstrationReason = await demonstrationReasonOf(caseUrl.split('/').pop()!, marker);
    await inFreshPage(browser, 'flow-edition', async (page) => {
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-caseCollections').click();
      await page.getByRole('button', { name: /新建一辑/ }).click();
      await page.getByLabel('辑名').fill(edition);
      await page.getByLabel('前言').fill('指导一个，带动一批，影响一片。');
      await page.getByRole('button', { name: /创\s*建/ }).click();
      await page.waitForURL(/\/case-collections\/[0-9a-f-]{36}$/);
      const candidate = page.getByTestId('collection-candidate').filter({ hasText: title });
      // ent-a's case is a 示范企业's: tagged, with the city's reason, and kept by the filter
      await candidate.getByTestId('case-demonstration').getByText('示范企业').waitFor();
      await candidate.getByTestId('candidate-demonstration-reason').getByText('示范企业认定理由').waitFor();
      await page.getByTestId('only-demonstration').click();
      const shown = await page.getByTestId('collection-candidate').count();
      expect(await page.getByTestId('collection-candidate').getByTestId('case-demonstration').count()).toBe(
        shown,
      );
      await candidate.getByRole('button', { name: /收录/ }).click();
      const entry = page.getByTestId('collection-entry').filter({ hasText: title });
      await entry.getByTestId('case-demonstration').waitFor();
      await entry.getByRole('textbox').fill('船舶企业稳定焊工队伍的可复制做法');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('已保存').first().waitFor();
      await page.getByRole('button', { name: /刊\s*发/ }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await page.getByText('本辑已刊发，内容不可修改').waitFor();
      // published: the case is too
      await page.getByTestId('collection-entry').filter({ hasText: title }).getByText('已刊发').waitFor();
    });
  });

  it('anyone finds it in the public search, reads it and downloads the 案例汇编', async () => {
    await inFreshPage(browser, 'flow-public', async (page) => {
      await page.goto(`/public/cases?q=${encodeURIComponent(marker)}`);
      const hit = page.getByTestId('public-case-hit').filter({ hasText: title });
      await hit.waitFor();
      await hit.getByText('焊工年流失率：18 → 9 %').waitFor();
      await hit.getByTestId('public-case-demonstration').getByText('示范企业').waitFor();
      // the same case by its words and a filter: 带徒津贴 in 津贴补贴 (arts. 28–34)
      await page.goto(`/public/cases?q=${encodeURIComponent('带徒津贴')}&chapter=allowances`);
      await page.getByTestId('public-case-hit').filter({ hasText: title }).waitFor();
      await page
        .getByTestId('public-case-hit')
        .filter({ hasText: title })
        .getByRole('link', { name: title })
        .click();
      await page.waitForURL(/\/public\/case-collections\/[0-9a-f-]{36}\/cases\/[0-9a-f-]{36}$/);
      await page.getByText('船舶企业稳定焊工队伍的可复制做法').waitFor();
      await page.getByTestId('public-case-figures').getByText('焊工年流失率').waitFor();
      // the tag and the city's reason, nothing else of the mark
      await page.getByTestId('public-case-demonstration').waitFor();
      await page.getByTestId('public-case-demonstration-reason').getByText(demonstrationReason).waitFor();
      await page.getByRole('link', { name: new RegExp(edition) }).click();
      await page
        .getByTestId('public-collection-case')
        .filter({ hasText: title })
        .getByTestId('public-case-demonstration')
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('public-docx').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`青岛市典型案例精选-${edition}.docx`);
      const bytes = readFileSync((await download.path())!);
      // a Word document is a zip archive
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.length).toBeGreaterThan(5_000);
    });
  });
});
