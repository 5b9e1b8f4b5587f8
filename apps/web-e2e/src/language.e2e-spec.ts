import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn, menuLabels } from './support/portal';

/** qd-city's menu in both languages. */
const CITY_MENU_ZH = [
  '工作台',
  '工作方案',
  '试点企业申报',
  '进展报送',
  '薪酬数据',
  '服务指导',
  '舆情',
  '评估总览',
  '带动企业',
  '示范单位',
  '评估报告',
  '典型案例',
  '高技能人才库',
  '人才名录',
  '服务窗口',
  '联系服务记录',
  '人才统计',
  '企业名录',
  '案例精选',
  '政策问答',
  '利益冲突登记',
  '案例评审细则',
  '工资价位',
  '价位发布',
  '薪酬设计工具',
  '组织机构',
  '用户',
];
const CITY_MENU_EN = [
  'Dashboard',
  'Programmes',
  'Pilot applications',
  'Progress reports',
  'Wage data',
  'Guidance',
  'Public opinion',
  'Evaluation',
  'Influenced enterprises',
  'Demonstration units',
  'Evaluation reports',
  'Case studies',
  'Talent database',
  'Talent lists',
  'Service window',
  'Talent contacts',
  'Talent statistics',
  'Enterprises',
  'Case collections',
  'Policy Q&A',
  'Conflicts of interest',
  'Case review rubrics',
  'Wage benchmarks',
  'Benchmark releases',
  'Pay-design tools',
  'Organisations',
  'Users',
];

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
      expect(await menuLabels(page)).toEqual(CITY_MENU_ZH);
      // antd's own texts (pagination size changer) follow the language too.
      const sizeChanger = page.locator('.ant-pagination-options .ant-select-selection-item');
      await sizeChanger.waitFor();
      expect(await sizeChanger.innerText()).toContain('条/页');

      await page.getByTestId('language-option-en').click();
      await page.getByText('Dashboard', { exact: true }).waitFor();
      expect(await menuLabels(page)).toEqual(CITY_MENU_EN);
      expect(await sizeChanger.innerText()).toContain('/ page');
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      // The choice is remembered and the session survives the reload (refresh cookie).
      await page.reload();
      expect(await menuLabels(page)).toEqual(CITY_MENU_EN);
      await page
        .locator('.ant-pagination-options .ant-select-selection-item', { hasText: '/ page' })
        .waitFor();

      await page.getByTestId('language-option-zh-CN').click();
      await page.getByText('工作台', { exact: true }).waitFor();
      expect(await menuLabels(page)).toEqual(CITY_MENU_ZH);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    });
  });
});
