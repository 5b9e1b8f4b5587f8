import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { chooseOption, inFreshPage, launchBrowser, logOut, menuLabels } from './support/portal';

describe('a new account', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is created by the system administrator and must change its password at first login', async () => {
    const username = `e2e-${randomBytes(4).toString('hex')}`;
    let initialPassword = '';
    await inFreshPage(browser, 'first-login', async (page) => {
      // The system administrator creates an enterprise account with a generated password.
      await page.goto('/login');
      await page.getByTestId('login-username').fill('sysadmin');
      await page.getByTestId('login-password').fill(process.env.DEMO_PASSWORD ?? 'SkillPay#2026');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('menu-users').click();
      await page.getByTestId('user-create').click();
      await page.getByLabel('用户名', { exact: true }).fill(username);
      await page.getByLabel('姓名', { exact: true }).fill('E2E 新用户');
      await chooseOption(page, '角色', '企业');
      await chooseOption(page, '所属单位');
      await page.getByRole('button', { name: '随机生成' }).click();
      initialPassword = await page.getByLabel('初始密码', { exact: true }).inputValue();
      expect(initialPassword.length).toBeGreaterThanOrEqual(12);
      await page.getByRole('button', { name: /创\s*建/ }).click();
      await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
      await page.getByTestId('user-descriptions').getByText(username).waitFor();
      await logOut(page);

      // The new user gets nothing but the change-password form.
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(initialPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL('**/account/password');
      await page.getByTestId('must-change-password').waitFor();
      expect(await page.locator('[data-testid^="menu-"]').count()).toBe(0);
      await page.goto('/dashboard');
      await page.waitForURL('**/account/password');

      // The checklist follows the typed password (rules from @skillpay/domain).
      const newPassword = `Qd#${randomBytes(6).toString('hex')}Xy7`;
      await page.getByTestId('password-current').fill(`${initialPassword}-wrong`);
      await page.getByTestId('password-new').fill('short');
      expect(await page.locator('[data-testid="password-rules"] [data-met="true"]').count()).toBe(1);
      await page.getByTestId('password-new').fill(newPassword);
      expect(await page.locator('[data-testid="password-rules"] [data-met="false"]').count()).toBe(0);
      await page.getByTestId('password-confirm').fill(newPassword);

      // A wrong current password comes back as a field error from the server, on that field.
      await page.getByTestId('password-submit').click();
      const currentPasswordError = page.locator('#currentPassword_help');
      await currentPasswordError.waitFor();
      expect((await currentPasswordError.innerText()).trim().length).toBeGreaterThan(0);
      expect(new URL(page.url()).pathname).toBe('/account/password');

      await page.getByTestId('password-current').fill(initialPassword);
      await page.getByTestId('password-submit').click();

      await page.waitForURL('**/dashboard');
      expect(await menuLabels(page)).toEqual([
        '工作台',
        '本单位',
        '试点申报',
        '进展报送',
        '企业评估',
        '薪酬数据',
        '典型案例',
        '高技能人才库',
        '服务窗口',
        '薪酬对标',
        '薪酬设计工具',
      ]);

      // Logging out ends the session: a protected page sends the browser back to /login.
      await logOut(page);
      await page.goto('/dashboard');
      await page.waitForURL('**/login');
      await page.getByTestId('login-username').waitFor();
    });
  });
});
