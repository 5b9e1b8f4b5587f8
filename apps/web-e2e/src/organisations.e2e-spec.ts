import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { chooseOption, inFreshPage, launchBrowser, logIn } from './support/portal';

describe('organisations (system administrator)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates, edits and deletes an organisation', async () => {
    const name = `E2E 测试企业 ${randomBytes(3).toString('hex')}`;
    await inFreshPage(browser, 'organisation-crud', async (page) => {
      await logIn(page, 'sysadmin');
      await page.getByTestId('menu-organisations').click();
      await page.getByTestId('organisation-create').click();
      await page.waitForURL('**/organisations/new');

      await page.getByLabel('单位名称', { exact: true }).fill(name);
      await chooseOption(page, '单位类型', '企业');
      await chooseOption(page, '所属地区', '黄岛区 (370211)');
      await page.getByLabel('联系人', { exact: true }).fill('测试联系人');
      await page.getByRole('button', { name: /创\s*建/ }).click();

      // Lands on the new record.
      await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
      const details = page.getByTestId('organisation-descriptions');
      await details.getByText(name, { exact: true }).waitFor();
      await details.getByText('测试联系人', { exact: true }).waitFor();

      await page.getByTestId('organisation-edit').click();
      await page.waitForURL(/\/edit$/);
      await page.getByLabel('联系电话', { exact: true }).fill('0532-88886666');
      await page.getByLabel('联系人', { exact: true }).fill('');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
      await details.getByText('0532-88886666', { exact: true }).waitFor();
      expect(await details.getByText('测试联系人', { exact: true }).count()).toBe(0);

      await page.getByRole('button', { name: /删\s*除/ }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await page.waitForURL('**/organisations');
      await page.getByLabel('关键词', { exact: true }).fill(name);
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await page.locator('.ant-table-placeholder').waitFor();
    });
  });
});
