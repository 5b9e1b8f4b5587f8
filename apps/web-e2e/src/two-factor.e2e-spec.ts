import { readFile } from 'node:fs/promises';
import { Secret, TOTP } from 'otpauth';
import { type Browser, type Page } from 'playwright-core';
import { call } from './support/api';
import { BASE_URL, DEMO_PASSWORD, inFreshPage, launchBrowser, logIn, logOut } from './support/portal';

// A demo account that may enrol voluntarily; the demo data enforces two-factor for no role, so the
// other browser tests keep logging in in one step. The account is reset at the end whatever happens.
const USERNAME = 'reviewer-federation';

async function adminToken(): Promise<string> {
  return (await call('/api/auth/login', 'POST', { username: 'sysadmin', password: DEMO_PASSWORD }))
    .accessToken as string;
}

async function userId(token: string): Promise<string> {
  const list = await call(`/api/users?q=${USERNAME}`, 'GET', undefined, token);
  return (list.items as Array<{ id: string; username: string }>).find((u) => u.username === USERNAME)!.id;
}

/** The code of the time step `steps` from now, computed as any authenticator app would. */
function codeAt(secret: string, steps: number): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

async function passwordStep(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(USERNAME);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('second-factor').waitFor();
}

describe('two-factor authentication', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // leave the demo account as it was, even after a failure half-way
    const token = await adminToken();
    const id = await userId(token);
    const user = await call(`/api/users/${id}`, 'GET', undefined, token);
    if (user.twoFactorEnabled) {
      await call(`/api/users/${id}/reset-two-factor`, 'POST', { reason: 'e2e clean-up' }, token);
    }
    await browser?.close();
  });

  it('enrols with a locally drawn QR code, then logs in with a code and with a recovery code', async () => {
    await inFreshPage(browser, 'two-factor', async (page) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(BASE_URL) && !request.url().startsWith('data:'))
          outside.push(request.url());
      });
      await logIn(page, USERNAME);
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-two-factor').click();
      await page.waitForURL('**/account/two-factor');
      await page.getByTestId('two-factor-start').click();
      await page.getByTestId('two-factor-qr').locator('svg').waitFor();
      const secret = (await page.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);

      await page.getByTestId('two-factor-code').fill(codeAt(secret, 0));
      await page.getByTestId('two-factor-confirm').click();
      const codes = page.getByTestId('recovery-code');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);
      const recovery = (await codes.first().innerText()).trim();

      // the codes download as a text file made in the browser
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('recovery-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`skillpay-recovery-codes-${USERNAME}.txt`);
      const text = await readFile((await download.path())!, 'utf8');
      expect(text).toContain(recovery);
      await page.getByTestId('recovery-saved').click();
      await page.getByTestId('two-factor-status').waitFor();
      // the QR code and everything else came from the portal itself
      expect(outside).toEqual([]);
      await logOut(page);

      // password, then the app's code (of the next time step: the enrolment used this one)
      await passwordStep(page);
      await page.getByTestId('second-factor-code').fill('000000');
      await page.getByTestId('second-factor-submit').click();
      await page.getByTestId('second-factor-error').waitFor();
      await page.getByTestId('second-factor-code').fill(codeAt(secret, 1));
      await page.getByTestId('second-factor-submit').click();
      await page.getByTestId('header-user-name').waitFor();
      await logOut(page);

      // password, then a recovery code; it works once
      await passwordStep(page);
      await page.getByTestId('second-factor-toggle').click();
      await page.getByTestId('second-factor-code').fill(recovery);
      await page.getByTestId('second-factor-submit').click();
      await page.getByTestId('header-user-name').waitFor();
      await logOut(page);
    });
  });

  it('lets the system administrator reset it with a reason, and shows the per-role setting', async () => {
    await inFreshPage(browser, 'two-factor-reset', async (page) => {
      await logIn(page, 'sysadmin');
      await page.goto('/security-settings');
      await page.getByTestId('two-factor-defaults-note').waitFor();
      expect(await page.getByTestId('two-factor-enforced-district_bureau').getAttribute('aria-checked')).toBe(
        'false',
      );

      const id = await userId(await adminToken());
      await page.goto(`/users/${id}`);
      expect(await page.getByTestId('user-two-factor').innerText()).toBe('已启用');
      await page.getByTestId('user-reset-two-factor').click();
      await page.getByLabel('原因').fill('E2E：手机遗失，电话核实本人');
      await page.getByRole('button', { name: /确\s*认|确\s*定/ }).click();
      await page.getByTestId('user-two-factor').getByText('未启用').waitFor();
      await logOut(page);
      // one step again
      await logIn(page, USERNAME);
    });
  });
});
