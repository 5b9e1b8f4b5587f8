import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { BASE_URL, chooseOption, DEMO_PASSWORD, inFreshPage, launchBrowser, logIn } from './support/portal';

/** An active programme of its own for this run, set up through the API as the city bureau. */
async function newActiveProgramme(title: string): Promise<void> {
  const call = async (path: string, method: string, body: object, token?: string) => {
    const response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  };
  const { accessToken } = await call('/api/auth/login', 'POST', {
    username: 'qd-city',
    password: DEMO_PASSWORD,
  });
  const { id } = await call('/api/programmes', 'POST', { title, year: 2026 }, accessToken);
  await call(`/api/programmes/${id}`, 'PATCH', { status: 'active' }, accessToken);
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('pilot-status').getByText(status, { exact: true }).first().waitFor();
}

describe('pilot selection (enterprise → district → city)', () => {
  let browser: Browser;
  const programme = `E2E 试点工作方案 ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    await newActiveProgramme(programme);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ent-a applies, 黄岛区 recommends, the city approves and the 一企一策 plan appears', async () => {
    let detailUrl = '';
    await inFreshPage(browser, 'pilot-enterprise', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-pilotApplications').click();
      await page.getByTestId('pilot-apply').click();
      await page.waitForURL('**/pilot-applications/new');
      await chooseOption(page, '工作方案', programme);
      await page.getByTestId('pilot-reasons').fill('船舶装备制造企业，设有大师工作室，技能人才集中');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/pilot-applications\/[0-9a-f-]{36}$/);
      detailUrl = new URL(page.url()).pathname;
      await expectStatus(page, '草稿');
      await page.getByTestId('pilot-submit').click();
      await expectStatus(page, '已申报');
      await page.getByTestId('pilot-history').getByText('提交申报', { exact: true }).waitFor();
    });

    await inFreshPage(browser, 'pilot-district', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-pilotApplications').click();
      // the district's queue lists the submitted application
      await page.getByRole('cell', { name: programme }).first().waitFor();
      await page.goto(detailUrl);
      await expectStatus(page, '已申报');
      await page.getByTestId('pilot-recommend').click();
      await expectStatus(page, '区（市）已推荐');
      expect(await page.getByTestId('pilot-approve').count()).toBe(0);
    });

    await inFreshPage(browser, 'pilot-city', async (page) => {
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-pilotApplications').click();
      await page.getByRole('cell', { name: programme }).first().waitFor();
      await page.goto(detailUrl);
      await expectStatus(page, '区（市）已推荐');
      await page.getByTestId('pilot-approve').click();
      await expectStatus(page, '已批准');
      const plan = page.getByTestId('pilot-plan');
      // ent-a is a large enterprise: the full plan with the leaders' incentives
      await plan.getByText('大型企业完整版').waitFor();
      await plan.getByText('高技能领军人才中长期激励', { exact: true }).waitFor();
      await page.getByTestId('pilot-history').getByText('批准', { exact: true }).waitFor();
    });
  });
});
