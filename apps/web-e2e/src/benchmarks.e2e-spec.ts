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

/**
 * The demo programme, once the worker has aggregated its seeded wage data: polls the bureau's
 * aggregation status until the cells are up to date.
 */
async function aggregatedDemoProgramme(): Promise<string> {
  const { accessToken } = await api<{ accessToken: string }>('/api/auth/login', undefined, {
    method: 'POST',
    body: JSON.stringify({ username: 'qd-city', password: DEMO_PASSWORD }),
  });
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

describe('benchmark publication (city reviews and publishes; the public reads without login)', () => {
  let browser: Browser;
  let programmeId: string;

  beforeAll(async () => {
    programmeId = await aggregatedDemoProgramme();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the city drafts, reviews and publishes a release; the public page shows cells, the chart and footnotes', async () => {
    await inFreshPage(browser, 'benchmarks-city', async (page) => {
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-benchmarks').click();
      await page.goto(`/benchmarks?programmeId=${programmeId}&year=${WAGE_YEAR}`);
      await page.getByTestId('benchmarks-create-release').click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await page.waitForURL(/\/benchmark-releases\/[0-9a-f-]{36}$/);
      await expectReleaseStatus(page, '待审核');
      // the generated method note states the rules applied
      await page
        .getByTestId('method-note')
        .getByText(/线性插值/)
        .waitFor();

      await page.getByTestId('release-review').click();
      await page.getByTestId('release-action-text').fill('数据已核对，同意发布');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectReleaseStatus(page, '已审核');

      await page.getByTestId('release-publish').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectReleaseStatus(page, '已发布');
      // numbered on publication: R1 on a fresh portal, the next number after earlier runs
      await page
        .getByText(new RegExp(`${WAGE_YEAR}-R\\d+`))
        .first()
        .waitFor();
    });

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
      await page.getByTestId('public-occupation').click();
      await page.getByRole('combobox', { name: '职业', exact: true }).fill(shown!.occupationCode);
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      const option = dropdown.locator('.ant-select-item-option');
      await option.filter({ hasText: shown!.occupationCode }).first().click();
      const chooseRegion = async (name: string) => {
        await page.getByTestId('public-region').click();
        await dropdown.getByTitle(name, { exact: true }).click();
      };
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
      await page.getByTestId('public-occupation').click();
      await page.getByRole('combobox', { name: '职业', exact: true }).fill(withheld!.occupationCode);
      await option.filter({ hasText: withheld!.occupationCode }).first().click();
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
    });
  });
});
