import { type Browser, type Page } from 'playwright-core';
import { LAPTOP_VIEWPORT, launchBrowser, logIn, newContext } from './support/portal';
import {
  type Finding,
  PageWatch,
  accessibilityFindings,
  layoutFindings,
  routePattern,
  unexpected,
} from './support/page-checks';

/*
 * Every page of every role at 1366×768, a bureau laptop: the pages come from the portal itself —
 * each role's menu (built from the app's route declarations) and the detail pages its lists link
 * to — so a new page is swept without being listed here. Each page must keep figures and labels on
 * their lines, its key columns in view, no horizontal scroll, no console error, no failed request
 * and no request to another origin; the pages for anyone are also checked against WCAG 2.1 AA.
 */

/** One account per role. */
const ROLES = ['qd-city', 'qd-huangdao', 'ent-a', 'reviewer-union', 'sysadmin', 'auditor'];

/** Detail pages followed from each menu page: one of each kind is enough. */
const LINKS_PER_PAGE = 3;

async function newPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await newContext(browser, LAPTOP_VIEWPORT);
  return { page: await context.newPage(), close: () => context.close() };
}

/** Moves inside the single-page app as a click on a link does, without reloading it. */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** In-app links of the page's content (not the menu), for the detail pages. */
async function contentLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.ant-pro-page-container a[href^="/"], .ant-layout-content a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.filter((href) => href && !href.startsWith('/api/') && !href.startsWith('/public/'));
}

function report(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.page}  [${finding.check}]  ${finding.detail}`).join('\n');
}

describe('every page at 1366×768', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the pages for anyone: the public benchmarks, the case collections and search, the policy Q&A, and the login page, with WCAG 2.1 AA', async () => {
    const { page, close } = await newPage(browser);
    const watch = new PageWatch(page);
    const findings: Finding[] = [];
    try {
      for (const path of [
        '/public/benchmarks',
        '/public/case-collections',
        '/public/cases',
        '/public/policy-qa',
        '/login',
      ]) {
        await page.goto(path);
        await watch.settle();
        findings.push(
          ...watch.take(path),
          ...(await layoutFindings(page, path)),
          ...(await accessibilityFindings(page, path)),
        );
      }
    } finally {
      await close();
    }
    expect(report(unexpected(findings))).toBe('');
  });

  it.each(ROLES)('every page of %s', async (username) => {
    const { page, close } = await newPage(browser);
    const watch = new PageWatch(page);
    const findings: Finding[] = [];
    const visited = new Set<string>();
    const check = async (path: string) => {
      visited.add(routePattern(path));
      await openInApp(page, path);
      await watch.settle();
      findings.push(...watch.take(path), ...(await layoutFindings(page, path)));
    };
    try {
      await page.goto('/login');
      await logIn(page, username);
      await watch.settle();
      findings.push(...watch.take('/login'));
      const menu = await page
        .locator('[data-testid^="menu-"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(menu.length).toBeGreaterThan(0);
      for (const path of menu) {
        await check(path);
        const details = (await contentLinks(page)).filter((href) => !visited.has(routePattern(href)));
        const kinds = new Map(details.map((href) => [routePattern(href), href]));
        for (const href of [...kinds.values()].slice(0, LINKS_PER_PAGE)) await check(href);
      }
    } finally {
      await close();
    }
    expect(report(unexpected(findings))).toBe('');
  });
});
