import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { DEMO_PASSWORD, inFreshPage, launchBrowser } from './support/portal';

describe('login', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the server's message for wrong credentials", async () => {
    // A username that does not exist, so no demo account ever gets locked by this test.
    const username = `nobody-${randomBytes(4).toString('hex')}`;
    await inFreshPage(browser, 'login-wrong-password', async (page) => {
      await page.goto('/login');
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(`${DEMO_PASSWORD}-wrong`);
      await page.getByTestId('login-submit').click();
      const alert = page.getByTestId('login-error');
      await alert.waitFor();
      expect((await alert.innerText()).trim().length).toBeGreaterThan(0);
      expect(new URL(page.url()).pathname).toBe('/login');
      // The password field is cleared for the next attempt; the username is kept.
      expect(await page.getByTestId('login-password').inputValue()).toBe('');
      expect(await page.getByTestId('login-username').inputValue()).toBe(username);
    });
  });
});
