import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { call, programmeWithApprovedPilot, tokenOf } from './support/api';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * A programme of its own for this run: ent-a its approved pilot, and a training of it by 黄岛区
 * that ent-b (no pilot of this programme) attended.
 */
async function programmeWithPilotAndTraining(title: string): Promise<{ pilot: string; attendee: string }> {
  const { programmeId, pilot } = await programmeWithApprovedPilot(title);
  const attendee = (await call('/api/auth/me', 'GET', undefined, await tokenOf('ent-b'))).organisation as {
    id: string;
    name: string;
  };
  await call(
    '/api/guidance-activities',
    'POST',
    {
      kind: 'training',
      occurredOn: '2026-06-18',
      title: '技能人才薪酬分配指引专项培训',
      programmeId,
      enterpriseIds: [attendee.id],
      trainingAudiences: ['hr-managers'],
      attendeeCount: 36,
    },
    await tokenOf('qd-huangdao'),
  );
  return { pilot: pilot.name, attendee: attendee.name };
}

/** Picks the programme of this run in a page's programme select (the newest is shown first). */
async function chooseProgramme(page: Page, title: string): Promise<void> {
  const select = page.getByTestId('evaluation-programme');
  await select.waitFor();
  if ((await select.innerText()).includes(title)) return;
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.getByTitle(title, { exact: true }).click();
  await select.getByText(title).waitFor();
}

describe('evaluation pages (评估总览, 企业评估, 示范单位, 带动企业)', () => {
  let browser: Browser;
  const programme = `E2E 总结评估工作方案 ${randomBytes(3).toString('hex')}`;
  let enterprises: { pilot: string; attendee: string };

  beforeAll(async () => {
    enterprises = await programmeWithPilotAndTraining(programme);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the city opens the evaluation, a pilot’s evaluation, marks it 示范企业 and sees it listed, then withdraws it', async () => {
    await inFreshPage(browser, 'evaluation-city', async (page) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await logIn(page, 'qd-city');
      await page.getByTestId('menu-evaluation').click();
      await page.waitForURL('**/evaluation**');
      await chooseProgramme(page, programme);
      await page.getByTestId('evaluation-summary').waitFor();
      // the weights in force, explained in one line, and the outcomes section even without wage data
      await page.getByTestId('weights-reasoning-link').waitFor();
      await page.getByTestId('evaluation-outcomes').waitFor();

      const pilotRow = page.getByTestId('pilot-table').locator('tr', { hasText: enterprises.pilot });
      await pilotRow.getByTestId('pilot-link').click();
      await page.waitForURL(/\/evaluation\/[0-9a-f-]{36}\?programmeId=/);
      // no accepted report yet: the agenda says so rather than inventing one
      await page.getByTestId('visit-agenda').waitFor();
      await page.getByTestId('declared-vs-measured').waitFor();

      await page.getByTestId('mark-demonstration').click();
      const reason = `建立职业技能等级序列，示范带动本行业 ${randomBytes(2).toString('hex')}`;
      await page.getByTestId('demonstration-reason').fill(reason);
      await page.getByTestId('demonstration-submit').click();
      await page.getByTestId('enterprise-demonstration').waitFor();

      await page.getByTestId('menu-demonstrationUnits').click();
      await page.waitForURL('**/demonstration-units**');
      await chooseProgramme(page, programme);
      const listed = page.getByTestId('demonstration-table').locator('tr', { hasText: enterprises.pilot });
      await listed.getByText(reason).waitFor();
      await listed.getByText('示范企业', { exact: true }).waitFor();

      // withdrawn with a reason, it leaves the list
      await listed.getByText('撤销', { exact: true }).click();
      const dialog = page.locator('.ant-modal:visible');
      await dialog.locator('textarea').fill('测试结束撤销');
      await page.getByTestId('demonstration-remove-submit').click();
      await listed.waitFor({ state: 'detached' });
    });
  });

  it('黄岛区 records the training’s attendee as an influenced enterprise, adopting the career channel', async () => {
    await inFreshPage(browser, 'evaluation-district', async (page) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-influencedEnterprises').click();
      await page.waitForURL('**/influenced-enterprises**');
      await chooseProgramme(page, programme);

      await page.getByTestId('influenced-add').click();
      await page.getByTestId('influenced-enterprise').click();
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      await dropdown.locator('.ant-select-item-option', { hasText: enterprises.attendee }).click();
      // the training that listed the enterprise is picked for it
      await page
        .getByTestId('influenced-activity')
        .getByText('技能人才薪酬分配指引专项培训', { exact: false })
        .waitFor();
      const channel = page.getByTestId('influenced-adoption-careerChannel');
      await channel.getByText('已建立', { exact: true }).click();
      await channel.locator('input').last().fill('8');
      // adopted with eight grades: the form already counts it as influenced
      await page.locator('.ant-modal:visible').getByText('计为带动', { exact: true }).waitFor();
      await page.getByTestId('influenced-submit').click();

      const row = page.getByTestId('influenced-table').locator('tr', { hasText: enterprises.attendee });
      await row.getByText('职业发展通道').waitFor();
      await row.getByText('是', { exact: true }).waitFor();
      // default weights: the career channel is 15 points of 100
      expect(await row.getByTestId('influenced-index').innerText()).toBe('15.0');
    });
  });
});
