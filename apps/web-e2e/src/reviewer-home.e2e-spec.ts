import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { inFreshPage, launchBrowser, logIn, menuLabels } from './support/portal';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

/**
 * The union's home (青人社字〔2021〕61号 四(四)): the programme in aggregate figures, never a person,
 * and the ledger tasks it is responsible for, which its reminders and its workbench open and on
 * which it reports its own progress.
 */
describe('a reviewer organisation’s home and its ledger tasks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows reviewer-union the programme in figures and its tasks, and takes its progress report', async () => {
    const note = `市总工会在集体协商业务培训中宣讲《指引》 ${randomBytes(3).toString('hex')}`;
    await inFreshPage(browser, 'reviewer-home', async (page) => {
      await logIn(page, 'reviewer-union');
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      expect(await menuLabels(page)).toContain('我的台账任务');

      // the programme in aggregate: pilots per district, reports, releases, cases
      const statistics = page.getByTestId('programme-statistics');
      await statistics.getByTestId('statistics-pilots').waitFor();
      // other suites add programmes of their own, newer than the demo's: pick the demo's when offered
      const programmeSelect = statistics.locator('.ant-select');
      if (await programmeSelect.count()) {
        await programmeSelect.first().click();
        await page
          .locator('.ant-select-item-option', { hasText: '青岛市落实《技能人才薪酬分配指引》工作方案' })
          .first()
          .click();
      }
      // the visible one: antd's select also keeps a hidden copy of its value for screen readers
      await statistics
        .getByText('青岛市落实《技能人才薪酬分配指引》工作方案')
        .filter({ visible: true })
        .first()
        .waitFor();
      const pilots = Number(
        (
          await statistics
            .getByTestId('statistics-pilots')
            .locator('.ant-statistic-content-value')
            .innerText()
        ).trim(),
      );
      expect(pilots).toBeGreaterThan(0);
      await statistics
        .getByTestId('statistics-pilots-by-region')
        .getByText('黄岛区', { exact: true })
        .waitFor();
      await statistics
        .getByTestId('statistics-releases')
        .getByText(/^最新 \d{4}-R\d+/)
        .waitFor();
      await statistics.getByText('典型案例（按状态）').waitFor();
      // counts only: no enterprise, no person in the figures (the workbench names the cases it reviews)
      const text = await statistics.innerText();
      for (const name of ['青岛海晟船舶装备有限公司', '青岛瑞和精密机械有限公司', '王建国'])
        expect(text).not.toContain(name);

      // its workbench lists its own tasks due or overdue; 宣传发动 is overdue
      const group = page.getByTestId('workbench').getByTestId('workbench-group-tasks-due');
      const item = group.getByTestId('workbench-item').filter({ hasText: '宣传发动' });
      await item.click();
      await page.waitForURL(/\/my-tasks\/[0-9a-f-]{36}$/);
      const details = page.getByTestId('my-task-details');
      await details.getByText('青人社字〔2021〕61号').waitFor();
      await details.getByText('青岛市总工会', { exact: false }).waitFor();

      // report its own progress with an attachment, as the district bureaus do
      await page.locator('[data-testid^="report-"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('进展情况').fill(note);
      await dialog.getByLabel('完成百分比').fill('50');
      await dialog.locator('input[type="file"]').setInputFiles({
        name: '宣讲材料.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await dialog.getByText('宣讲材料.pdf').waitFor();
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await page.getByText('进展已报送').waitFor();

      // its own report, with the file, and its own figure
      const report = page.locator('.ant-list-item', { hasText: note });
      await report.getByText('宣讲材料.pdf').waitFor();
      await report.getByText('青岛市总工会').waitFor();
      await details.getByTestId('own-progress').getByText('50%').waitFor();

      // its task list holds its tasks only (宣传发动, 专项培训), not the bureaus' 选取样本企业
      await page.getByTestId('menu-myTasks').click();
      const table = page.getByTestId('my-tasks-table');
      await table.getByText('专项培训', { exact: true }).waitFor();
      await table.getByText('宣传发动', { exact: true }).waitFor();
      expect(await table.getByText('选取样本企业').count()).toBe(0);

      // any other task is not found, and the ledger stays the bureaus'
      await page.goto('/my-tasks/00000000-0000-4000-8000-000000000000');
      await page.getByTestId('result-404').waitFor();
      await page.goto('/programmes');
      await page.getByTestId('result-403').waitFor();
    });
  });
});
