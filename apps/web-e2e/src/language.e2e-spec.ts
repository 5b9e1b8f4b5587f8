import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn, menuLabels } from './support/portal';

describe('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches menu and antd components to English, keeps it after a reload, and back', async () => {
    await inFreshPage(browser, 'language', async (page) => {
      // A deep link before login comes back after login.
      await page.goto('/organisations');
      await page.waitForURL('**/login');
      await logIn(page, 'qd-city');
      await page.waitForURL('**/organisations');
      expect(await menuLabels(page)).toEqual(['工作台', '组织机构', '用户']);
      // antd's own texts (pagination size changer) follow the language too.
      const sizeChanger = page.locator('.ant-pagination-options .ant-select-selection-item');
      await sizeChanger.waitFor();
      expect(await sizeChanger.innerText()).toContain('条/页');

      await page.getByTestId('language-option-en').click();
      await page.getByText('Dashboard', { exact: true }).waitFor();
      expect(await menuLabels(page)).toEqual(['Dashboard', 'Organisations', 'Users']);
      expect(await sizeChanger.innerText()).toContain('/ page');
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      // The choice is remembered and the session survives the reload (refresh cookie).
      await page.reload();
      expect(await menuLabels(page)).toEqual(['Dashboard', 'Organisations', 'Users']);
      await page
        .locator('.ant-pagination-options .ant-select-selection-item', { hasText: '/ page' })
        .waitFor();

      await page.getByTestId('language-option-zh-CN').click();
      await page.getByText('工作台', { exact: true }).waitFor();
      expect(await menuLabels(page)).toEqual(['工作台', '组织机构', '用户']);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    });
  });
});
