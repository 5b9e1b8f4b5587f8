import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { call, tokenOf } from './support/api';
import { inFreshPage, launchBrowser, logIn } from './support/portal';

const OPINION = '船舶装备制造骨干企业，劳动关系和谐，同意推荐';
const DECISION = '同意列为本年度试点企业';
const NARRATIVE = '已建立八级技能等级通道，技能津贴每月 300 元。';

/**
 * A programme of its own with ent-a as an approved pilot (recommended and approved with opinions)
 * and a submitted progress report, set up through the API.
 */
async function approvedPilotWithReport(title: string): Promise<{ application: string; report: string }> {
  const city = await tokenOf('qd-city');
  const { id: programmeId } = await call('/api/programmes', 'POST', { title, year: 2026 }, city);
  await call(`/api/programmes/${programmeId as string}`, 'PATCH', { status: 'active' }, city);
  const enterprise = await tokenOf('ent-a');
  const { id } = await call(
    '/api/pilot-applications',
    'POST',
    { programmeId, reasons: '船舶装备制造企业，技能人才集中' },
    enterprise,
  );
  const application = id as string;
  const path = `/api/pilot-applications/${application}`;
  await call(`${path}/submit`, 'POST', {}, enterprise);
  await call(`${path}/recommend`, 'POST', { reason: OPINION }, await tokenOf('qd-huangdao'));
  await call(`${path}/approve`, 'POST', { reason: DECISION }, city);

  const schedule = (await call(
    `/api/progress-reports/schedule?programmeId=${programmeId as string}`,
    'GET',
    {},
    enterprise,
  )) as { programmes: Array<{ periods: Array<{ period: string; owed: boolean }> }> };
  const period = schedule.programmes[0]!.periods.find((candidate) => candidate.owed)!.period;
  const { id: report } = await call(
    '/api/progress-reports',
    'POST',
    {
      programmeId,
      period,
      adoption: {
        careerChannel: { status: 'adopted', gradeCount: 8 },
        payUnits: { status: 'adopted', units: ['post', 'performance'] },
        postEvaluation: { status: 'in-progress', method: null },
        broadBand: { status: 'not-started', steps: null },
        performancePay: { status: 'not-started', method: null },
        allowances: { status: 'adopted', items: [{ type: 'skill', amount: 300 }] },
        highSkillIncentives: { status: 'not-started', incentives: [] },
      },
      indicators: {
        skillLevels: [
          {
            level: 'level-3',
            headcount: 139,
            averagePay: 90000,
            previousHeadcount: 130,
            previousAveragePay: 86000,
          },
        ],
        averagePay: 99400,
        averagePayPrevious: 94850,
        managementAveragePay: 130000,
        managementAveragePayPrevious: 125000,
        technicalAveragePay: null,
        technicalAveragePayPrevious: null,
        wageBill: 9180,
        wageBillPrevious: 8800,
        economicBenefit: 5200,
        economicBenefitPrevious: 4600,
        labourProductivity: 48,
        labourProductivityPrevious: 34,
        educationFund: 900,
        educationFundFrontLine: 600,
        fixedPay: 4000,
        variablePay: 6000,
      },
      narrative: NARRATIVE,
    },
    enterprise,
  );
  await call(`/api/progress-reports/${report as string}/submit`, 'POST', {}, enterprise);
  return { application, report: report as string };
}

const A4 = { width: 595.28, height: 841.89 };

/**
 * The print view as paper: no portal chrome, the key content present, nothing wider than the A4
 * text column under print media, and a PDF of A4 pages with their count.
 */
async function checkPrintView(page: Page, title: string, content: readonly string[]): Promise<void> {
  const view = page.getByTestId('print-view');
  await view.getByRole('heading', { name: title }).waitFor();
  for (const text of content) await view.getByText(text, { exact: false }).first().waitFor();
  expect(await page.locator('.ant-layout-sider, .ant-pro-global-header').count()).toBe(0);

  await page.emulateMedia({ media: 'print' });
  // 210 mm minus the 15 mm margins at 96 dpi: the width the page's content gets on paper
  await page.setViewportSize({ width: Math.floor(((210 - 30) / 25.4) * 96), height: 1000 });
  const overflow = await page.evaluate(() => {
    const sheet = document.querySelector('.print-sheet')!;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      sheet: sheet.scrollWidth - sheet.clientWidth,
      toolbar: getComputedStyle(document.querySelector('.print-toolbar')!).display,
    };
  });
  expect(overflow).toEqual({ page: 0, sheet: 0, toolbar: 'none' });

  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - A4.width)).toBeLessThan(1);
    expect(Math.abs(Number(height) - A4.height)).toBeLessThan(1);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('print views (A4)', () => {
  let browser: Browser;
  let ids: { application: string; report: string };

  beforeAll(async () => {
    ids = await approvedPilotWithReport(`E2E 打印工作方案 ${randomBytes(3).toString('hex')}`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the application with every opinion, the 一企一策 plan and the progress report', async () => {
    await inFreshPage(browser, 'print-views', async (page) => {
      await logIn(page, 'qd-huangdao');

      await page.goto(`/pilot-applications/${ids.application}`);
      await page.getByTestId('pilot-print').click();
      await page.waitForURL(`**/pilot-applications/${ids.application}/print`);
      await checkPrintView(page, '试点企业申报表', [
        '技能人才薪酬分配指引实施服务平台',
        '黄岛区人力资源和社会保障局',
        '青岛海晟船舶装备有限公司',
        OPINION,
        DECISION,
      ]);
      const history = page.getByTestId('print-history');
      expect(await history.locator('tbody tr').count()).toBe(3);
      await history.getByText('推荐', { exact: true }).waitFor();

      await page.getByRole('button', { name: /返\s*回/ }).click();
      await page.getByTestId('plan-print').click();
      await page.waitForURL(`**/pilot-applications/${ids.application}/plan/print`);
      await checkPrintView(page, '一企一策工作方案', ['大型企业完整版', '方案经职代会审议并实施']);

      await page.goto(`/progress-reports/${ids.report}`);
      await page.getByTestId('report-print').click();
      await page.waitForURL(`**/progress-reports/${ids.report}/print`);
      await checkPrintView(page, '试点企业进展情况报告', ['青岛海晟船舶装备有限公司', NARRATIVE]);
    });
  });
});
