import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { call, type Json, programmeWithApprovedPilot } from './support/api';
import { chooseOption, inFreshPage, launchBrowser, logIn } from './support/portal';

/**
 * An active programme of its own for this run with ent-a as an approved pilot, set up through the
 * API: the city creates and opens it, ent-a applies, 黄岛区 recommends, the city approves.
 */
async function programmeWithPilot(title: string, adoptEducationFund = true): Promise<string> {
  // besides the national rule, the city adopts Lüliang's education-fund rule as an example
  const { programmeId } = await programmeWithApprovedPilot(title, (id, city) =>
    adoptEducationFund ? adoptLvliangEducationFund(id, city) : Promise.resolve(),
  );
  return programmeId;
}

async function adoptLvliangEducationFund(programmeId: string, city: string): Promise<void> {
  const { rules } = await call(`/api/programmes/${programmeId}/check-rules`, 'GET', undefined, city);
  const adopted = rules as { educationFund: Json };
  await call(
    `/api/programmes/${programmeId}/check-rules`,
    'PUT',
    { ...adopted, educationFund: { ...adopted.educationFund, enabled: true } },
    city,
  );
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('report-status').getByText(status, { exact: true }).first().waitFor();
}

describe('progress reports (enterprise → district, with a resubmission)', () => {
  let browser: Browser;
  const programme = `E2E 进展报送工作方案 ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    await programmeWithPilot(programme);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ent-a reports with live checks, 黄岛区 returns it, ent-a resubmits version 2, version 1 stays readable', async () => {
    let reportPath = '';
    await inFreshPage(browser, 'report-enterprise', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-progressReports').click();
      await page.waitForURL('**/progress-reports');
      const card = page.locator('.ant-pro-card').filter({ hasText: programme });
      // the period of the approval (this quarter) is the one owed
      await card.locator('[data-testid="period-write"].ant-btn-primary').first().click();
      await page.waitForURL(/\/progress-reports\/new\?/);

      const careerChannel = page.getByTestId('adoption-careerChannel');
      await careerChannel.getByText('已建立', { exact: true }).click();
      await page.getByTestId('adoption-gradeCount').fill('8');
      // performance pay (arts. 25–27) sits between 一岗多薪 and 津贴补贴, as in the guideline
      const elements = await page
        .locator('[data-testid^="adoption-"][data-testid$="-status"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
      expect(elements.slice(3, 6)).toEqual([
        'adoption-broadBand-status',
        'adoption-performancePay-status',
        'adoption-allowances-status',
      ]);
      await page.getByTestId('adoption-performancePay').getByText('已建立', { exact: true }).click();
      await chooseOption(page, '绩效工资分配方式', '计点（积分）分配');
      await page.getByTestId('skill-0-headcount').fill('139');
      await page.getByTestId('skill-0-averagePay').fill('90000');
      await page.getByTestId('skill-0-previousHeadcount').fill('130');
      await page.getByTestId('skill-0-previousAveragePay').fill('86000');
      // the other suggested levels are not used here
      await page.getByTestId('indicator-skill-levels').getByRole('button', { name: '删除' }).last().click();
      await page.getByTestId('indicator-skill-levels').getByRole('button', { name: '删除' }).last().click();
      await page.getByTestId('indicator-wageBill').fill('9180');
      await page.getByTestId('indicator-wageBillPrevious').fill('8800');
      await page.getByTestId('indicator-educationFund').fill('700');
      await page.getByTestId('indicator-educationFundFrontLine').fill('500');

      // computed in the browser as the figures are typed: 700 / 9,180 = 7.63 % < 8 %
      const liveFund = page.getByTestId('live-checks').getByTestId('check-education-fund');
      await liveFund.getByTestId('figure-educationFundShare').getByText('7.63%').waitFor();
      expect(await liveFund.getByTestId('check-outcome').innerText()).toBe('不符合');
      await liveFund.getByText('吕产改办发〔2023〕6号', { exact: false }).waitFor();
      // another city's rule, adopted by a Qingdao programme, is named as that city's example
      await liveFund.getByTestId('check-example').getByText('吕梁市示例').waitFor();

      await page.getByTestId('report-narrative').fill('已建立八级技能等级通道。');
      await page.getByTestId('report-save').click();
      await page.waitForURL(/\/progress-reports\/[0-9a-f-]{36}$/);
      reportPath = new URL(page.url()).pathname;
      await expectStatus(page, '草稿');
      await page.getByTestId('report-adoption').getByText('计点（积分）分配').waitFor();
      await page.getByTestId('report-submit').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectStatus(page, '已报送');
      // the checks stored by the API show the same result and numbers
      const stored = page.getByTestId('check-education-fund');
      expect(await stored.getByTestId('check-outcome').innerText()).toBe('不符合');
      await stored.getByTestId('figure-educationFundShare').getByText('7.63%').waitFor();
    });

    await inFreshPage(browser, 'report-district', async (page) => {
      await logIn(page, 'qd-huangdao');
      await page.getByTestId('menu-progressReports').click();
      await page.getByTestId(`report-link`).filter({ hasText: '青岛海晟船舶装备有限公司' }).first().waitFor();
      await page.goto(reportPath);
      await page.getByTestId('report-return').click();
      await page.getByTestId('report-comment').fill('请补充管理人员工资增长情况');
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectStatus(page, '已退回');
    });

    await inFreshPage(browser, 'report-resubmit', async (page) => {
      await logIn(page, 'ent-a');
      await page.goto(reportPath);
      await page
        .getByTestId('report-review-comment')
        .getByText('请补充管理人员工资增长情况', { exact: false })
        .waitFor();
      await page.getByTestId('report-revise').click();
      await page.waitForURL(`**${reportPath}/edit`);
      await page.getByTestId('report-narrative').fill('已建立八级技能等级通道；管理人员工资增幅 4%。');
      await page.getByTestId('report-save').click();
      await page.waitForURL(`**${reportPath}`);
      await page.getByTestId('report-current-version').getByText('第 2 版').waitFor();
      await page.getByTestId('report-submit').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expectStatus(page, '已报送');

      // version 1 stays readable as it was returned
      await page.getByTestId('report-version-1').getByText('第 1 版').click();
      await page.getByTestId('report-old-version').waitFor();
      expect(await page.getByTestId('report-narrative-text').innerText()).toBe('已建立八级技能等级通道。');
      await page.getByTestId('report-version-1').getByTestId('report-status').getByText('已退回').waitFor();
    });
  });
});

describe('check rules: a Qingdao programme cites the national texts', () => {
  let browser: Browser;
  let programmeId = '';
  const programme = `E2E 国家依据工作方案 ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    programmeId = await programmeWithPilot(programme, false);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the report form shows the national basis and no other city’s text; the city sees the rules on the programme', async () => {
    await inFreshPage(browser, 'basis-enterprise', async (page) => {
      await logIn(page, 'ent-a');
      await page.getByTestId('menu-progressReports').click();
      await page.waitForURL('**/progress-reports');
      const card = page.locator('.ant-pro-card').filter({ hasText: programme });
      await card.locator('[data-testid="period-write"].ant-btn-primary').first().click();
      await page.waitForURL(/\/progress-reports\/new\?/);
      await page.getByTestId('indicator-educationFund').fill('700');

      const panel = page.getByTestId('live-checks');
      const growth = panel.getByTestId('check-high-skill-wage-growth');
      await growth
        .getByText('依据：中共中央办公厅 国务院办公厅《关于提高技术工人待遇的意见》 四（二）', {
          exact: false,
        })
        .waitFor();
      // the national defaults apply no education-fund rule, and cite no other city
      expect(await panel.getByTestId('check-education-fund').count()).toBe(0);
      expect(await panel.getByTestId('check-example').count()).toBe(0);
      expect(await panel.innerText()).not.toMatch(/曲靖|吕梁|吕产改/);
    });

    await inFreshPage(browser, 'basis-city', async (page) => {
      await logIn(page, 'qd-city');
      await page.goto(`/programmes/${programmeId}`);
      await page.getByRole('tab', { name: '合规检查规则' }).click();
      const growth = page.getByTestId('check-rule-highSkillWageGrowth');
      expect(await growth.getByRole('switch').getAttribute('aria-checked')).toBe('true');
      await growth
        .getByText('国家：中共中央办公厅 国务院办公厅《关于提高技术工人待遇的意见》 四（二）')
        .waitFor();
      // Lüliang's rule is offered, off, as Lüliang's example
      const fund = page.getByTestId('check-rule-educationFund');
      expect(await fund.getByRole('switch').getAttribute('aria-checked')).toBe('false');
      await fund.getByText('吕梁市示例：', { exact: false }).waitFor();
    });
  });
});
