import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn, logOut } from './support/portal';

/*
 * 高技能领军人才名录 (issue 16): qd-city generates an edition from the demo's confirmed talents,
 * qd-city-checker (the second person) reviews and publishes it, and then anyone, signed out, opens
 * it on the public pages and sees 某某 for the talent who has not consented to being named.
 */

const SHOTS = join(__dirname, '..', 'artifacts', 'talent-lists');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Confirms the open antd confirm dialog with its primary button. */
async function confirm(page: Page): Promise<void> {
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
}

/** No short text of the table (a name, a level, a header) breaks over lines: a column squeezed too narrow. */
async function expectNoSqueezedCells(page: Page, selector: string): Promise<void> {
  const squeezed = await page.locator(selector).evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const text = (cell.textContent ?? '').trim();
        if (text.length < 2 || text.length > 8) return false;
        // the tops of the text's line boxes, one cluster per line
        const tops: number[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
        }
        tops.sort((a, b) => a - b);
        return tops.some((top, index) => index > 0 && top - tops[index - 1] > 8);
      })
      .map((cell) => cell.textContent),
  );
  expect(squeezed).toEqual([]);
}

describe('人才名录: the city publishes, the public reads', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('publishes an edition of the confirmed talents and shows it signed out with 某某 for the unnamed', async () => {
    await inFreshPage(browser, 'talent-lists', async (page) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-talentLists').click();
      await page.waitForURL('**/talent-lists');
      // the demo's published edition is listed
      await page
        .getByTestId('talent-list-editions')
        .getByText('青岛市高技能领军人才名录（2026年第1版）')
        .waitFor();
      await page.getByRole('button', { name: '生成名录稿' }).click();
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: /创\s*建/ })
        .click();
      await page.waitForURL(/\/talent-lists\/[0-9a-f-]{36}$/);
      const draftUrl = new URL(page.url()).pathname;
      await page.getByText('青岛市高技能领军人才名录（2026年待发布）').first().waitFor();
      await page.getByText('名录稿由您生成，需由另一位同事审核和发布。').waitFor();
      await page.getByTestId('talent-list-entries').locator('tbody tr.ant-table-row').first().waitFor();
      await shot(page, '1-draft-departments');
      await expectNoSqueezedCells(
        page,
        '[data-testid="talent-list-entries"] td, [data-testid="talent-list-entries"] th',
      );
      // the preview of the public edition names the unconsenting talent 某某
      await page.getByTestId('talent-list-audience').getByText('社会公开版').click();
      await page
        .getByTestId('talent-list-entries')
        .getByRole('cell', { name: '某某', exact: true })
        .first()
        .waitFor();
      await shot(page, '2-draft-public');
      await logOut(page);

      await logIn(page, 'qd-city-checker');
      await page.goto(draftUrl);
      await page.getByRole('button', { name: '审核通过' }).click();
      await confirm(page);
      await page.getByRole('button', { name: /发\s*布/ }).click();
      await confirm(page);
      const title = page.getByText(/青岛市高技能领军人才名录（2026年第\d+版）/).first();
      await title.waitFor();
      const published = (await title.innerText()).trim();
      expect(published).not.toContain('第1版');
      await shot(page, '3-published');
      await logOut(page);

      // signed out: the public pages list the edition and show 某某
      await page.goto('/public/talent-lists');
      await page.getByTestId('public-talent-lists').getByRole('link', { name: published }).click();
      await page.waitForURL(/\/public\/talent-lists\/[0-9a-f-]{36}$/);
      const table = page.getByTestId('public-talent-entries');
      await table.getByRole('cell', { name: '某某', exact: true }).first().waitFor();
      const text = await table.innerText();
      expect(text).not.toMatch(/\d{6}\*+\d{3}[\dX]/);
      await expect(page.getByTestId('public-talent-xlsx').getAttribute('href')).resolves.toMatch(
        /\/api\/public\/talent-lists\/[0-9a-f-]{36}\/export\.xlsx$/,
      );
      await shot(page, '4-public-edition');
      await expectNoSqueezedCells(
        page,
        '[data-testid="public-talent-entries"] td, [data-testid="public-talent-entries"] th',
      );
      // filter by honour: only holders of it remain
      const honour = page.getByLabel('荣誉称号');
      const options = await honour.locator('option').allInnerTexts();
      await honour.selectOption({ label: options[1] });
      await page.getByRole('button', { name: '筛选' }).click();
      // the filtered page replaces the whole one: wait for it rather than for a count already shown
      await page.waitForFunction((held) => {
        const cells = [
          ...document.querySelectorAll('[data-testid="public-talent-entries"] tbody tr td:last-child'),
        ];
        return cells.length > 0 && cells.every((cell) => cell.textContent?.includes(held));
      }, options[1]);
      for (const cell of await table.locator('tbody tr td:last-child').allInnerTexts()) {
        expect(cell).toContain(options[1]);
      }
    });
  });

  it('shows the statistics to the reviewers in figures only', async () => {
    await inFreshPage(browser, 'talent-statistics', async (page) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await logIn(page, 'reviewer-union');
      await page.getByTestId('menu-talentStatistics').click();
      await page.waitForURL('**/talent-statistics');
      await page.getByTestId('talent-statistics-byHonour').locator('svg').first().waitFor();
      await shot(page, '5-statistics');
      const body = await page.locator('main').innerText();
      for (const name of ['王建华', '陈晓燕', '张志强', '刘海涛']) expect(body).not.toContain(name);
    });
  });
});
