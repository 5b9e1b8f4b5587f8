import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { type Browser } from 'playwright-core';
import { layoutFindings, unexpected } from './support/page-checks';
import { programmeWithApprovedPilot } from './support/api';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/*
 * Issue 17's browser scenario: a programme of its own with ent-a as its approved pilot; the city
 * opens 评估总览, opens ent-a's evaluation and marks it 示范企业; then it opens 评估报告, starts its
 * report, edits a section, generates it and downloads the docx, which holds the programme's title,
 * 评估报告, the edited text and the demonstration enterprise with its reason.
 */

describe('the evaluation report (评估报告)', () => {
  let browser: Browser;
  const marker = randomBytes(3).toString('hex');
  const programme = `E2E 评估报告工作方案 ${marker}`;
  const reason = `建立八级技能等级序列，示范带动本行业 ${marker}`;
  let pilot = '';

  beforeAll(async () => {
    pilot = (await programmeWithApprovedPilot(programme)).pilot.name;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the city opens the evaluation, marks a demonstration enterprise, generates the report and downloads it', async () => {
    await inFreshPage(browser, 'evaluation-report-city', async (page) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-evaluation').click();
      await page.waitForURL('**/evaluation**');
      const programmeSelect = page.getByTestId('evaluation-programme');
      await programmeSelect.waitFor();
      if (!(await programmeSelect.innerText()).includes(programme)) {
        await programmeSelect.click();
        const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
        await options.getByTitle(programme, { exact: true }).click();
        await programmeSelect.getByText(programme).waitFor();
      }
      await page
        .getByTestId('pilot-table')
        .locator('tr', { hasText: pilot })
        .getByTestId('pilot-link')
        .click();
      await page.waitForURL(/\/evaluation\/[0-9a-f-]{36}\?programmeId=/);
      await page.getByTestId('mark-demonstration').click();
      await page.getByTestId('demonstration-reason').fill(reason);
      await page.getByTestId('demonstration-submit').click();
      await page.getByTestId('enterprise-demonstration').waitFor();

      await page.getByTestId('menu-evaluationReports').click();
      await page.waitForURL('**/evaluation-reports**');
      await page.getByTestId('report-programme').click();
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      await dropdown.getByTitle(programme, { exact: true }).click();
      // the newest programme is chosen already (no change, no new address): the select shows it either way
      await page.getByTestId('report-programme').getByTitle(programme).waitFor();

      await page.getByTestId('report-create').click();
      await page.waitForURL(/\/evaluation-reports\/[0-9a-f-]{36}$/);
      // prefilled: 基本情况 opens with the background, 取得成效 with the measured figures
      await page.getByLabel('基本情况').waitFor();
      expect(await page.getByLabel('基本情况').inputValue()).toContain(
        '青岛市组织开展技能人才薪酬分配指引试点工作',
      );
      expect(unexpected(await layoutFindings(page, '/evaluation-reports/:id'))).toEqual([]);

      const measures = `召开现场推进会，组织示范班 ${marker}。`;
      await page.getByLabel('主要做法').fill(measures);
      await page.getByTestId('report-save').click();
      await page.getByText('已保存').first().waitFor();

      await page.getByTestId('report-generate').click();
      await page.getByTestId('report-versions').getByText('第 1 版').waitFor();

      const download = page.waitForEvent('download');
      await page.getByTestId('report-download-1').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`青岛市${programme}评估报告（第1版）.docx`);
      const bytes = await readFile((await file.path())!);
      // a docx is a zip: PK…
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      const text = (await mammoth.extractRawText({ buffer: bytes })).value;
      expect(text).toContain(programme);
      expect(text).toContain('评估报告');
      expect(text).toContain(measures);
      expect(text).toContain(pilot);
      expect(text).toContain(reason);
    });
  });
});
