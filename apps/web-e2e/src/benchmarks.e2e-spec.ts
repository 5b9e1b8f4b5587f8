import { type Browser, type Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, inFreshPage, launchBrowser, logIn } from './support/portal';

/** The demo programme's wage data describe this pay year (seeded, then aggregated by the worker). */
const WAGE_YEAR = 2025;

interface PublicCell {
  occupationCode: string;
  occupationName: string | null;
  regionCode: string;
  regionName: string;
  skillLevel: string;
  p50: number | null;
  employees: number | null;
  footnote: string | null;
}

async function api<T>(path: string, token?: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function tokenOf(username: string): Promise<string> {
  const { accessToken } = await api<{ accessToken: string }>('/api/auth/login', undefined, {
    method: 'POST',
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return accessToken;
}

/** Drops a release of the demo year left open by an earlier run: one may be open at a time. */
async function discardOpenReleases(programmeId: string): Promise<void> {
  const token = await tokenOf('qd-city');
  for (const status of ['draft', 'reviewed']) {
    const open = await api<{ items: Array<{ id: string }> }>(
      `/api/benchmark-releases?programmeId=${programmeId}&year=${WAGE_YEAR}&status=${status}`,
      token,
    );
    for (const { id } of open.items) {
      await api(`/api/benchmark-releases/${id}/discard`, token, { method: 'POST', body: '{}' });
    }
  }
}

/**
 * The demo programme, once the worker has aggregated its seeded wage data: polls the bureau's
 * aggregation status until the cells are up to date.
 */
async function aggregatedDemoProgramme(): Promise<string> {
  const accessToken = await tokenOf('qd-city');
  const programmes = await api<{ items: Array<{ id: string; documentNumber: string | null }> }>(
    '/api/programmes?status=active',
    accessToken,
  );
  const demo = programmes.items.find((programme) => programme.documentNumber === '青人社字〔2021〕61号');
  if (!demo) throw new Error('The demo programme is missing: is the portal seeded with demo data?');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await api<{ upToDate: boolean; cells: number }>(
      `/api/benchmarks/status?programmeId=${demo.id}&year=${WAGE_YEAR}`,
      accessToken,
    );
    if (status.upToDate && status.cells > 0) return demo.id;
    if (Date.now() > deadline)
      throw new Error(`The demo benchmarks were not aggregated: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function expectReleaseStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('release-status').getByText(status, { exact: true }).waitFor();
}

describe('benchmark publication (one city officer drafts, another publishes; the public reads without login)', () => {
  let browser: Browser;
  let programmeId: string;

  beforeAll(async () => {
    programmeId = await aggregatedDemoProgramme();
    await discardOpenReleases(programmeId);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('one city officer drafts, a second reviews and publishes; releases of one year compare', async () => {
    /** Drafts a release of the demo year as qd-city; the page of the new draft is left open. */
    const draft = async (page: Page) => {
      await page.goto(`/benchmarks?programmeId=${programmeId}&year=${WAGE_YEAR}`);
      // a full load of the page: slower than the default wait while static assets go uncompressed
      await page.getByTestId('benchmarks-create-release').waitFor({ timeout: 60_000 });
      await page.getByTestId('benchmarks-create-release').click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await page.waitForURL(/\/benchmark-releases\/[0-9a-f-]{36}$/);
      await expectReleaseStatus(page, '待审核');
      return page.url().split('/').pop()!;
    };
    let releaseId = '';
    await inFreshPage(browser, 'benchmarks-maker', async (page) => {
      await logIn(page, 'qd-city');
      // a draft dropped at once: a discarded release is offered for no comparison
      await draft(page);
      await page.getByTestId('release-discard').click();
      await page.getByTestId('release-action-text').fill('演示：重新生成');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectReleaseStatus(page, '已作废');

      releaseId = await draft(page);
      // the public method note: percentiles in plain words, the programme's title quoted once
      await page
        .getByTestId('method-note')
        .getByText(/从低到高排列/)
        .waitFor();
      await page
        .getByTestId('method-note')
        .getByText(/《青岛市落实〈技能人才薪酬分配指引〉工作方案》/)
        .waitFor();
      expect(await page.getByTestId('method-note').innerText()).not.toMatch(/percentile_cont|PostgreSQL/);
      // maker-checker: the maker is told that someone else checks, and is offered no check
      await page
        .getByTestId('release-maker-checker')
        .getByText(/本稿由您生成/)
        .waitFor();
      await page
        .getByTestId('release-maker')
        .getByText(/市局业务员/)
        .waitFor();
      expect(await page.getByTestId('release-review').count()).toBe(0);
      await page.getByTestId('release-discard').waitFor();
    });

    await inFreshPage(browser, 'benchmarks-checker', async (page) => {
      await logIn(page, 'qd-city-checker');
      await page.goto(`/benchmark-releases/${releaseId}`);
      await expectReleaseStatus(page, '待审核');
      await page
        .getByTestId('release-maker-checker')
        .getByText(/生成人：市局业务员/)
        .waitFor();

      await page.getByTestId('release-review').click();
      await page.getByTestId('release-action-text').fill('数据已核对，同意发布');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectReleaseStatus(page, '已审核');
      await page
        .getByTestId('release-reviewer')
        .getByText(/市局审核员/)
        .waitFor();

      await page.getByTestId('release-publish').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectReleaseStatus(page, '已发布');
      await page
        .getByTestId('release-publisher')
        .getByText(/市局审核员/)
        .waitFor();
      // numbered on publication: R2 on a fresh portal (R1 is the seed's), the next number after earlier runs
      await page
        .getByText(new RegExp(`${WAGE_YEAR}-R\\d+`))
        .first()
        .waitFor();

      // the comparison offers only releases of the same programme and year, never a discarded one
      await page.goto(`/benchmark-releases/compare?to=${releaseId}`);
      await page.getByTestId('compare-from').click();
      const options = page.locator(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
      );
      await options.first().waitFor();
      const offered = await options.allInnerTexts();
      expect(offered.length).toBeGreaterThan(0);
      for (const option of offered) {
        expect(option).toContain(`${WAGE_YEAR} 年度`);
        expect(option).not.toContain('已作废');
      }
      await options
        .filter({ hasText: `${WAGE_YEAR}-R1` })
        .first()
        .click();
      // the same computed cells as R1: every cell unchanged, counted
      await page
        .getByTestId('comparison')
        .getByText(/个单元格无变化/)
        .waitFor();
    });
    // two people's sessions, each loading the portal: more than a single page's default time
  }, 300_000);

  it('the public page shows the published cells, the chart and the footnotes', async () => {
    // pick, through the public API, a published city cell and a withheld cell to look for
    const served = await api<{ items: PublicCell[] }>(
      `/api/public/benchmarks?year=${WAGE_YEAR}&pageSize=200`,
    );
    const shown = served.items.find((cell) => cell.footnote === null && cell.regionName === '青岛市');
    const withheld = served.items.find((cell) => cell.footnote !== null);
    expect(shown).toBeDefined();
    expect(withheld).toBeDefined();
    // the public never receives a withheld cell's figures
    expect(withheld).toMatchObject({ p50: null, employees: null });

    await inFreshPage(browser, 'benchmarks-public', async (page) => {
      await page.goto('/login');
      await page.getByTestId('login-public-benchmarks').click();
      await page.waitForURL('**/public/benchmarks');
      await page.getByRole('heading', { name: '工资价位查询' }).waitFor();

      // search an occupation, see its published city cell and its P10–P90 chart by skill level
      const occupation = page.getByRole('combobox', { name: '职业', exact: true });
      const chooseOccupation = async (code: string) => {
        await occupation.fill(code);
        await page.getByRole('option').filter({ hasText: code }).first().click();
      };
      await chooseOccupation(shown!.occupationCode);
      // the region is a native select, labelled
      const chooseRegion = (name: string) =>
        page.getByRole('combobox', { name: '区域', exact: true }).selectOption({ label: name });
      await chooseRegion('青岛市');
      const table = page.getByTestId('public-cells');
      const median = shown!.p50!.toLocaleString('zh-CN', { maximumFractionDigits: 0 });
      await table
        .getByRole('row')
        .filter({ hasText: '青岛市' })
        .filter({ hasText: median })
        .first()
        .waitFor();
      await page.getByTestId('public-chart').locator('.recharts-surface').first().waitFor();
      await page.getByTestId('public-chart').locator('.recharts-bar-rectangle').first().waitFor();

      // a withheld cell shows its footnote instead of figures
      await chooseOccupation(withheld!.occupationCode);
      await chooseRegion(withheld!.regionName);
      await table.getByTestId(`footnote-${withheld!.footnote}`).first().waitFor();
      // the footnotes are explained on the page, and the release is downloadable
      await page
        .getByTestId('footnote-list')
        .getByText(/样本企业数不足/)
        .waitFor();
      await page
        .getByTestId('public-releases')
        .getByText(new RegExp(`${WAGE_YEAR}-R\\d+`))
        .first()
        .waitFor();
      const download = await page.getByTestId('public-download-csv').getAttribute('href');
      expect(download).toContain('/api/public/benchmarks/export.csv');

      // a first visit to the public address gets the light public entry: no antd on the page,
      // the same table; its login link hands over to the portal's login page
      await page.goto('/public/benchmarks');
      await table.getByRole('row').nth(1).waitFor();
      expect(await page.locator('[class*="ant-"]').count()).toBe(0);
      await page.getByTestId('public-login').click();
      await page.waitForURL('**/login');
      await page.getByTestId('login-submit').waitFor();
    });
  });
});
