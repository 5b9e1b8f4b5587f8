import { type Browser, type Page } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * 我的待办 on every role's home page: the demo leaves each bureau and pilot enterprise something
 * to do (ledger tasks, a report to write); a click on a to-do lands on its page, never on a 404.
 */
describe('the workbench (我的待办) on the home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the first to-do of a group and checks the page it lands on is the one it points to. */
  async function openFirst(page: Page, kind: string): Promise<string> {
    const item = page.getByTestId(`workbench-group-${kind}`).getByTestId('workbench-item').first();
    const href = (await item.getAttribute('href'))!;
    await item.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
    await page.locator('.ant-page-header, .ant-pro-page-container').first().waitFor();
    expect(await page.getByTestId('result-404').count()).toBe(0);
    expect(await page.getByTestId('result-403').count()).toBe(0);
    return href;
  }

  it.each([
    ['qd-city', 'tasks-due', /^\/programmes\/[0-9a-f-]{36}\?task=[0-9a-f-]{36}$/],
    ['qd-huangdao', 'tasks-due', /^\/programmes\/[0-9a-f-]{36}\?task=[0-9a-f-]{36}$/],
    [
      'ent-a',
      'reports-due',
      /^\/progress-reports\/(new\?programmeId=[0-9a-f-]{36}&period=[\dQ-]+|[0-9a-f-]{36})$/,
    ],
  ])('%s sees its to-dos first and a click on one (%s) opens its page', async (username, kind, link) => {
    await inFreshPage(browser, `workbench-${username}`, async (page) => {
      await logIn(page, username);
      const workbench = page.getByTestId('workbench');
      await workbench.getByTestId(`workbench-group-${kind}`).waitFor();
      // the to-do list comes before the figures, the dashboard and the tiles
      const order = await page
        .locator('[data-testid="workbench"], [data-testid^="dashboard-shortcut-"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
      expect(order[0]).toBe('workbench');
      expect(await workbench.innerText()).toMatch(/\d{4}-\d\d-\d\d/);
      expect(await openFirst(page, kind)).toMatch(link);
    });
  });

  it('shows a reviewer organisation the ledger tasks it answers for, opening its own task page', async () => {
    await inFreshPage(browser, 'workbench-reviewer', async (page) => {
      await logIn(page, 'reviewer-federation');
      const group = page.getByTestId('workbench').getByTestId('workbench-group-tasks-due');
      await group.getByText('专项培训').waitFor();
      expect(await openFirst(page, 'tasks-due')).toMatch(/^\/my-tasks\/[0-9a-f-]{36}$/);
    });
  });

  it('shows a reviewer the case it is to review, above its tiles', async () => {
    await inFreshPage(browser, 'workbench-reviewer-case', async (page) => {
      await logIn(page, 'reviewer-union');
      await page.getByTestId('workbench').getByText('待完成的案例评审').waitFor();
    });
  });
});
