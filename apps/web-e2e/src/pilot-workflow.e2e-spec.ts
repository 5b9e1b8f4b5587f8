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

const OPINION = '船舶装备制造骨干企业，劳动关系和谐，同意推荐';

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

  it('ent-a applies, 黄岛区 recommends with its opinion seeing its quota, the city approves and the 一企一策 plan appears', async () => {
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
      // no recommendation with one click: the dialog shows the district's quota use and asks for
      // the opinion that goes on record
      await page.getByTestId('pilot-recommend').click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByTestId('pilot-quota-use')
        .getByText(/黄岛区名额.*已批准 0 \/ 2 家，待市局审批 0 家/)
        .waitFor();
      await dialog.getByTestId('pilot-confirm').click();
      await dialog.getByText('请填写推荐意见').waitFor();
      await expectStatus(page, '已申报');
      await dialog.getByTestId('pilot-reason').fill(OPINION);
      await dialog.getByTestId('pilot-confirm').click();
      await expectStatus(page, '区（市）已推荐');
      await page.getByTestId('pilot-history').getByText(`推荐意见：${OPINION}`).waitFor();
      expect(await page.getByTestId('pilot-approve').count()).toBe(0);
    });

    await inFreshPage(browser, 'pilot-city', async (page) => {
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-pilotApplications').click();
      await page.getByRole('cell', { name: programme }).first().waitFor();
      await page.goto(detailUrl);
      await expectStatus(page, '区（市）已推荐');
      // the city reads the district's opinion before deciding, and sees the quota in the dialog
      await page.getByTestId('pilot-history').getByText(`推荐意见：${OPINION}`).waitFor();
      await page.getByTestId('pilot-approve').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('pilot-quota-use').waitFor();
      await dialog.getByTestId('pilot-confirm').click();
      await expectStatus(page, '已批准');
      const plan = page.getByTestId('pilot-plan');
      // ent-a is a large enterprise: the full plan with the leaders' incentives
      await plan.getByText('大型企业完整版').waitFor();
      await plan.getByText('高技能领军人才中长期激励', { exact: true }).waitFor();
      await page.getByTestId('pilot-history').getByText('批准', { exact: true }).waitFor();
    });
    // three roles log in one after another: more than one test's default time on a busy machine
  }, 180_000);
});
