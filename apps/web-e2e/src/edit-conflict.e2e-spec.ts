import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, inFreshPage, launchBrowser, logIn } from './support/portal';

/** The API as a second editor sees it: a session of its own, outside the browser. */
async function apiAs(username: string) {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async (method: string, path: string, body?: object) => {
    const response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.ok).toBe(true);
    return (await response.json()) as Record<string, unknown>;
  };
}

describe('editing a record someone else changed meanwhile', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says who changed it and when, and reloads the form with the current record', async () => {
    const other = await apiAs('sysadmin');
    const created = await other('POST', '/api/organisations', {
      name: `E2E 并发编辑 ${randomBytes(3).toString('hex')}`,
      type: 'enterprise',
      regionCode: '370211',
      contactPerson: '原联系人',
    });
    await inFreshPage(browser, 'edit-conflict', async (page) => {
      await logIn(page, 'sysadmin');
      await page.goto(`/organisations/${created.id as string}/edit`);
      await page.getByLabel('联系人', { exact: true }).fill('我改的联系人');

      // meanwhile the record changes under the open form
      await other('PATCH', `/api/organisations/${created.id as string}`, { contactPerson: '他人改的联系人' });
      await page.getByRole('button', { name: /保\s*存/ }).click();

      const notice = page.locator('.ant-modal-confirm');
      await notice.getByText(/^已被 系统管理员 于 .+ 修改，请刷新后再改$/).waitFor();
      // said once, in the dialog: not also as a toast
      expect(await page.locator('.ant-message-notice').count()).toBe(0);
      await notice.getByRole('button', { name: /刷\s*新/ }).click();
      await notice.waitFor({ state: 'detached' });
      // the form starts again from the current record, and saves against its version
      const contact = page.getByLabel('联系人', { exact: true });
      for (let tries = 0; (await contact.inputValue()) !== '他人改的联系人'; tries++) {
        if (tries === 50) throw new Error(`the form kept "${await contact.inputValue()}"`);
        await page.waitForTimeout(100);
      }
      await page.getByLabel('联系电话', { exact: true }).fill('0532-86668888');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
      await page
        .getByTestId('organisation-descriptions')
        .getByText('0532-86668888', { exact: true })
        .waitFor();
    });
  });
});
