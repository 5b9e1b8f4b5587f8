import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { idCardCheckCharacter } from '@skillpay/domain';
import { ARTIFACTS, inFreshPage, LAPTOP_VIEWPORT, launchBrowser, logIn, logOut } from './support/portal';

/** A fresh context at the smallest laptop screen the portal is checked at. */
const inLaptopPage = (browser: Browser, scenario: (page: Page) => Promise<void>) =>
  inFreshPage(browser, 'talents-failure', scenario, LAPTOP_VIEWPORT);

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('talent-status').getByText(status, { exact: true }).first().waitFor();
}

/** A valid ID number of 黄岛区 born in 1982, different on every run. */
function idNumber(): string {
  const sequence = String(Math.floor(Math.random() * 900) + 100);
  // odd sequence digit: male
  const first17 = `37021119820704${sequence.slice(0, 2)}${(Number(sequence[2]) | 1) % 10}`;
  return first17 + idCardCheckCharacter(first17);
}

async function choose(page: Page, testId: string, option: string, search?: string): Promise<void> {
  const select = page.getByTestId(testId).last();
  await select.click();
  if (search) await page.keyboard.type(search);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0,
  );
}

describe('leading-talent database (enterprise registers → district verifies → city confirms → publishes)', () => {
  let browser: Browser;
  const name = `郑${['海', '立', '建', '志'][Math.floor(Math.random() * 4)]}明`;
  const number = idNumber();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('walks the record through the three steps to the public list, the ID number masked all the way', async () => {
    let detailUrl = '';
    await inLaptopPage(browser, async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-talents').click();
      await page.getByTestId('talent-register').click();
      await page.waitForURL('**/talents/new');
      await page.getByTestId('talent-name').fill(name);
      await page.getByLabel('男', { exact: true }).check();
      await page.getByTestId('talent-birth-year').fill('1982');
      await page.getByTestId('talent-id-number').fill(number);
      await choose(page, 'talent-occupation', '6-18-02-04 焊工', '焊工');
      await choose(page, 'talent-skill-level', '一级/高级技师');
      await page.getByTestId('talent-add-honour').click();
      await choose(page, 'talent-honour', '全国技术能手（认定依据）');
      await page.getByTestId('talent-honour-year').fill('2019');
      // consents to being named on the public list
      await page.getByTestId('talent-consent').click();
      await page.getByTestId('talent-save').click();
      await page.waitForURL(/\/talents\/[0-9a-f-]{36}$/);
      detailUrl = new URL(page.url()).pathname;
      await expectStatus(page, '草稿');
      const masked = await page.getByTestId('talent-id-masked').innerText();
      expect(masked).toBe(`${number.slice(0, 6)}********${number.slice(-4)}`);
      expect(await page.content()).not.toContain(number);

      // the certificate of the honour, then submit
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('talent-upload-certificate').click();
      await (
        await chooser
      ).setFiles({
        name: '全国技术能手证书.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      });
      await page.getByText('全国技术能手证书.pdf').waitFor();
      await page.getByTestId('talent-submit').click();
      await page.getByTestId('talent-submit-ok').click();
      await expectStatus(page, '待核实');
    });

    await inLaptopPage(browser, async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-talents').click();
      // the district's queue opens on the records waiting for its step
      await page.getByRole('link', { name }).waitFor();
      await page.goto(detailUrl);
      await expectStatus(page, '待核实');
      await page.getByTestId('talent-verify').click();
      await page.getByTestId('talent-verify-ok').click();
      await expectStatus(page, '待确认');
    });

    await inLaptopPage(browser, async (page) => {
      await logIn(page, 'qd-city');
      await page.goto('/talents');
      await page.getByRole('link', { name }).waitFor();
      await page.getByTestId('talent-link').first().waitFor();
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'talents-list-1366.png') });
      // no column squeezed to one character per line: every name cell is a single line
      const heights = await page
        .locator('[data-testid="talent-link"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLElement).getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThan(30);

      await page.goto(detailUrl);
      await expectStatus(page, '待确认');
      await page.getByTestId('talent-confirm').click();
      await page.getByTestId('talent-confirm-ok').click();
      await expectStatus(page, '已入库');
      await page.getByTestId('talent-history').getByText('确认入库').first().waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'talents-detail-1366.png'), fullPage: true });
      expect(await page.content()).not.toContain(number);
    });

    // the city publishes a new edition of its list (generated by one person, published by another)
    let editionUrl = '';
    await inLaptopPage(browser, async (page) => {
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-talentLists').click();
      await page.getByRole('button', { name: '生成名录稿' }).click();
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: /创\s*建/ })
        .click();
      await page.waitForURL(/\/talent-lists\/[0-9a-f-]{36}$/);
      editionUrl = new URL(page.url()).pathname;
      await page.getByTestId('talent-list-entries').getByText(name).waitFor();
      await logOut(page);
      await logIn(page, 'qd-city-checker');
      await page.goto(editionUrl);
      for (const step of ['审核通过', /发\s*布/]) {
        await page.getByRole('button', { name: step }).click();
        await page.locator('.ant-modal-confirm .ant-btn-primary').click();
        await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
      }
      await page
        .getByText(/青岛市高技能领军人才名录（2026年第\d+版）/)
        .first()
        .waitFor();
    });

    // signed out, the public finds the talent by name on the published list, without the ID number
    await inLaptopPage(browser, async (page) => {
      await page.goto(`/public${editionUrl}`);
      await page.getByTestId('public-talent-search').fill(name);
      await page.getByRole('button', { name: '筛选' }).click();
      const table = page.getByTestId('public-talent-entries');
      await table.getByRole('cell', { name, exact: true }).waitFor();
      expect(await table.innerText()).toContain('全国技术能手（2019年）');
      expect(await page.content()).not.toContain(number.slice(0, 6) + '*');
    });
  });
});
