import { type Browser } from 'playwright-core';
import { ROLE_LABELS, Role } from '@skillpay/domain';
import { inFreshPage, launchBrowser, logIn, logOut, menuLabels } from './support/portal';

/** City and district bureaus: the same entries, each scoped to the bureau's area by the API. */
const BUREAU_MENU = [
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
  '工资价位',
  '价位发布',
  '薪酬设计工具',
  '组织机构',
  '用户',
];
const ENTERPRISE_MENU = [
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
];
/** The city bureau keeps the case review's conflict register and rubrics as well (after 案例精选 and 政策问答). */
const CITY_MENU = [...BUREAU_MENU.slice(0, 20), '利益冲突登记', '案例评审细则', ...BUREAU_MENU.slice(20)];
/** Unions and federations: the cases they review, the ledger tasks they answer for, the roll-ups they read. */
const REVIEWER_MENU = ['工作台', '我的评审', '我的台账任务', '人才统计', '评估总览', '示范单位'];

/** Each demo account sees exactly its role's menu (zh-CN, the default language). */
const ACCOUNTS: { username: string; role: Role; landing: string; menu: string[]; organisation?: string }[] = [
  {
    username: 'qd-city',
    role: Role.CityBureau,
    landing: '/dashboard',
    menu: CITY_MENU,
    organisation: '青岛市人力资源和社会保障局',
  },
  {
    username: 'qd-huangdao',
    role: Role.DistrictBureau,
    landing: '/dashboard',
    menu: BUREAU_MENU,
  },
  {
    username: 'qd-laoshan',
    role: Role.DistrictBureau,
    landing: '/dashboard',
    menu: BUREAU_MENU,
  },
  { username: 'ent-a', role: Role.Enterprise, landing: '/dashboard', menu: ENTERPRISE_MENU },
  { username: 'ent-b', role: Role.Enterprise, landing: '/dashboard', menu: ENTERPRISE_MENU },
  {
    username: 'reviewer-union',
    role: Role.Reviewer,
    landing: '/dashboard',
    menu: REVIEWER_MENU,
    organisation: '青岛市总工会',
  },
  {
    username: 'reviewer-federation',
    role: Role.Reviewer,
    landing: '/dashboard',
    menu: REVIEWER_MENU,
  },
  {
    username: 'sysadmin',
    role: Role.SystemAdmin,
    landing: '/dashboard',
    menu: ['工作台', '用户管理', '组织机构', '行政区划', '职业目录', '任务队列', '安全设置', '荣誉称号目录'],
  },
  { username: 'auditor', role: Role.AuditAdmin, landing: '/dashboard', menu: ['工作台', '审计日志'] },
];

describe('role menus', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(ACCOUNTS)(
    '$username ($role) sees exactly its menu',
    async ({ username, role, landing, menu, organisation }) => {
      await inFreshPage(browser, `menu-${username}`, async (page) => {
        await logIn(page, username);
        expect(new URL(page.url()).pathname).toBe(landing);
        expect(await menuLabels(page)).toEqual(menu);
        expect(await page.getByTestId('header-role').innerText()).toBe(ROLE_LABELS[role]['zh-CN']);
        if (organisation)
          expect(await page.getByTestId('header-organisation').innerText()).toBe(organisation);

        if (role === Role.AuditAdmin) {
          // Screens outside the role are refused, unknown paths are not found.
          await page.goto('/users');
          await page.getByTestId('result-403').waitFor();
          await page.goto('/no-such-page');
          await page.getByTestId('result-404').waitFor();
          expect(await menuLabels(page)).toEqual(menu);
        }
      });
    },
  );

  it('logs out and the session is gone after a reload', async () => {
    await inFreshPage(browser, 'logout', async (page) => {
      await logIn(page, 'reviewer-union');
      await logOut(page);
      await page.getByTestId('login-submit').waitFor();
      // The refresh cookie was revoked: a protected page sends the browser back to /login.
      await page.goto('/dashboard');
      await page.waitForURL('**/login');
      await page.getByTestId('login-username').waitFor();
    });
  });
});
