import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'SkillPay#2026';
export const ARTIFACTS = join(__dirname, '..', '..', 'artifacts');

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The smallest laptop screen the portal is checked at (a bureau laptop). */
export const LAPTOP_VIEWPORT = { width: 1366, height: 768 };

/**
 * A fresh browser context (own cookies and storage) in Chinese, asking for reduced motion as some
 * users do: the portal then opens its popups (menus, confirmations) without an animation that a
 * click could land in the middle of.
 */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Runs a scenario in a fresh browser context and saves a screenshot to artifacts/ when it fails.
 */
export async function inFreshPage(
  browser: Browser,
  name: string,
  scenario: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  try {
    await scenario(page);
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** Runs `work` in a fresh laptop-sized context, signed in as `username` (signed out for null). */
export async function asUser<T>(
  browser: Browser,
  username: string | null,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await newContext(browser, LAPTOP_VIEWPORT);
  const page = await context.newPage();
  try {
    if (username) await logIn(page, username);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Confirms the portal's confirmation dialog (data-testid dialog-ok) and waits for it to close. */
export async function confirmDialog(page: Page): Promise<void> {
  await page.getByTestId('dialog-ok').click();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });
}

/** Logs in through the form and waits for the portal shell. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user-name').waitFor();
}

/** The side menu's entries, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = page.locator('[data-testid^="menu-"]');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.trim());
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-logout').click();
  await page.waitForURL('**/login');
}

/**
 * Picks an option of the antd select labelled `label`: the one titled `option`, or the first one.
 * Waits for the dropdown to close again, so the next select's dropdown is unambiguous.
 */
export async function chooseOption(page: Page, label: string, option?: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  const item = option
    ? dropdown.getByTitle(option, { exact: true })
    : dropdown
        .locator('.ant-select-item-option, .ant-select-tree-treenode:not(.ant-select-tree-treenode-disabled)')
        .first();
  await item.click();
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0,
  );
}
