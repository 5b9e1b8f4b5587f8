import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn, logOut } from './support/portal';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('programmes (工作方案)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the city bureau create a programme from the Qingdao template and see its ledger', async () => {
    const title = `E2E 工作方案 ${randomBytes(3).toString('hex')}`;
    await inFreshPage(browser, 'programme-create', async (page) => {
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-programmes').click();
      await page.getByTestId('programme-create').click();
      await page.getByText('青岛市工作方案（青人社字〔2021〕61号）').click();
      // the preview shows the template's phases with dates moved to the year entered
      await page.getByText('部署发动（2026-07-01 ~ 2026-07-31）').waitFor();
      await page.getByLabel('方案名称', { exact: true }).fill(title);
      await page.getByLabel('文号', { exact: true }).fill('青人社字〔2026〕1号');
      await page.getByRole('button', { name: /创\s*建/ }).click();
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
      await page.getByText(title).first().waitFor();

      await page.getByRole('tab', { name: '工作台账' }).click();
      const ledger = page.getByTestId('ledger-table');
      await ledger.getByText('成立工作小组', { exact: true }).waitFor();
      await ledger.getByText('案例精选', { exact: true }).waitFor();
      expect(await ledger.getByText(/部署发动（2026-07-01/).count()).toBe(1);
      // a city-only task names the city bureau as its responsible organisation
      await ledger
        .locator('tr', { hasText: '发布工资价位' })
        .getByText('青岛市人力资源和社会保障局', { exact: true })
        .waitFor();
    });
  });

  it('lets a district bureau report progress with an attachment on one of its own tasks', async () => {
    const note = `黄岛区已召开部署会 ${randomBytes(3).toString('hex')}`;
    await inFreshPage(browser, 'programme-report', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-programmes').click();
      await page.getByRole('link', { name: '青岛市落实《技能人才薪酬分配指引》工作方案' }).first().click();
      await page.getByRole('tab', { name: '本单位任务' }).click();
      const ledger = page.getByTestId('ledger-table');
      await ledger.getByText('成立工作小组', { exact: true }).waitFor();
      // a city-only task is not among the district's own tasks
      expect(await ledger.getByText('发布工资价位').count()).toBe(0);

      await page.locator('[data-testid^="report-"]').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('进展情况').fill(note);
      await dialog.locator('input[type="file"]').setInputFiles({
        name: '部署会纪要.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await dialog.getByText('部署会纪要.pdf').waitFor();
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await page.getByText('进展已报送').waitFor();

      await ledger.getByRole('button', { name: '报送记录' }).first().click();
      const drawer = page.locator('.ant-drawer-content');
      const item = drawer.locator('.ant-list-item', { hasText: note });
      await item.waitFor();
      await item.getByText('部署会纪要.pdf').waitFor();
    });
  });
  it('lets a district bureau record a training with its attachment, which another district never sees', async () => {
    const subject = `企业经营者专项培训 ${randomBytes(3).toString('hex')}`;
    await inFreshPage(browser, 'guidance-training', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-guidance').click();
      await page.getByRole('button', { name: '登记服务指导' }).click();
      await page.waitForURL('**/guidance/new');
      const openSelect = async (label: string) => {
        const field = page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });
        await field.locator('.ant-select-selector').click();
        return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      };
      await (await openSelect('类别')).getByTitle('专项培训').click();
      await page.getByLabel('日期', { exact: true }).fill('2026-11-10');
      await page.keyboard.press('Enter');
      await page.getByLabel('主题', { exact: true }).fill(subject);
      await (await openSelect('参与企业')).getByTitle('青岛海晟船舶装备有限公司').click();
      await page.keyboard.press('Escape');
      await (await openSelect('培训对象')).getByTitle('企业经营者').click();
      await page.keyboard.press('Escape');
      await page.getByLabel('参训人数', { exact: true }).fill('45');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/guidance\/[0-9a-f-]{36}$/);
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: '签到表.png', mimeType: 'image/png', buffer: PNG });
      await page.getByText('签到表.png').waitFor();
      const url = page.url();

      await logOut(page);
      await logIn(page, 'qd-laoshan');
      const listed = page.waitForResponse((r) => r.url().includes('/api/guidance-activities?') && r.ok());
      await page.getByTestId('menu-guidance').click();
      await listed;
      await page.getByText('服务指导活动', { exact: true }).waitFor();
      expect(await page.getByText(subject).count()).toBe(0);
      await page.goto(url);
      await page.getByText('您访问的页面不存在。').waitFor();
    });
  });
});
