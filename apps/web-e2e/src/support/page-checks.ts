import AxeBuilder from '@axe-core/playwright';
import { type Page, type Request } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, BASE_URL } from './portal';

/** What the sweep reports about one page, check by check; an empty list passes. */
export type CheckName =
  | 'wrapped-per-character'
  | 'key-column-out-of-view'
  | 'horizontal-overflow'
  | 'console-error'
  | 'failed-request'
  | 'outside-request'
  | 'accessibility';

export interface Finding {
  check: CheckName;
  page: string;
  detail: string;
}

interface KnownException {
  check: CheckName;
  /** What the finding says. */
  detail: RegExp;
  /** Route patterns (":id" for ids); any page when absent. */
  pages?: readonly string[];
  reason: string;
}

/**
 * Findings the sweep knows of and leaves to their owners, each with its reason. Keep it short:
 * an entry here is a defect still open, not a rule.
 */
export const KNOWN_EXCEPTIONS: readonly KnownException[] = [
  {
    check: 'console-error',
    // printed once a session, on whichever page first renders the component: not tied to a page
    detail:
      /^Warning: \[antd: (TreeSelect|InputNumber|Descriptions)\] (`\w+` is deprecated|Sum of column `span` in a line not match)/,
    reason:
      'antd 5.29 notices printed by development builds only: ProComponents 2.8 still passes ' +
      'TreeSelect its old props (onDropdownVisibleChange, bordered) and lays out ProDescriptions ' +
      'with spans antd complains of; the computed cells’ year box uses addonBefore and a pilot ' +
      'section Descriptions’ contentStyle; to clear with the move to antd 6',
  },
];

const ORIGIN = new URL(BASE_URL).origin;

/** Requests that end in 4xx by design on the pages the sweep opens. */
const EXPECTED_FAILURES: readonly RegExp[] = [];

/**
 * Watches a page for the whole sweep: console errors, uncaught errors, failed requests and any
 * request leaving the portal's origin, and the requests in flight (to know when a page settled).
 */
export class PageWatch {
  private readonly found: Omit<Finding, 'page'>[] = [];
  private inFlight = new Set<Request>();
  private lastActivity = Date.now();

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.found.push({ check: 'console-error', detail: message.text() });
    });
    page.on('pageerror', (error) => this.found.push({ check: 'console-error', detail: error.message }));
    page.on('request', (request) => {
      this.lastActivity = Date.now();
      const url = request.url();
      if (/^(data|blob):/.test(url)) return;
      if (new URL(url).origin !== ORIGIN) {
        this.found.push({ check: 'outside-request', detail: url });
        return;
      }
      this.inFlight.add(request);
    });
    const done = (request: Request) => {
      this.inFlight.delete(request);
      this.lastActivity = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', (request) => {
      done(request);
      // a navigation cancels what the previous page was still fetching: not a failure
      if (request.failure()?.errorText.includes('ERR_ABORTED')) return;
      this.found.push({
        check: 'failed-request',
        detail: `${request.url()} ${request.failure()?.errorText}`,
      });
    });
    page.on('response', (response) => {
      const url = response.url();
      if (response.status() < 400 || EXPECTED_FAILURES.some((pattern) => pattern.test(url))) return;
      this.found.push({
        check: 'failed-request',
        detail: `${response.status()} ${response.request().method()} ${url}`,
      });
    });
  }

  /** Waits until no request has been in flight for a while and no spinner turns. */
  async settle(): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (this.inFlight.size === 0 && Date.now() - this.lastActivity > 300) {
        const busy = await this.page
          .locator(
            '.ant-spin-spinning, .ant-spin-blur, .ant-skeleton-active, .ant-table-placeholder .ant-spin',
          )
          .count();
        if (busy === 0) return;
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** What was seen since the last call, for `page`. */
  take(page: string): Finding[] {
    return this.found.splice(0).map((finding) => ({ ...finding, page }));
  }
}

/** A URL path as a route pattern: ids become ":id", so each kind of page is visited once. */
export function routePattern(path: string): string {
  return path
    .split('?')[0]
    .split('/')
    .map((segment) => (/^[0-9a-f-]{36}$/i.test(segment) || /^\d+$/.test(segment) ? ':id' : segment))
    .join('/');
}

/**
 * The layout checks, run in the page: text wrapped one character per line, key columns out of
 * view, and the page wider than the window.
 */
export async function layoutFindings(page: Page, path: string): Promise<Finding[]> {
  const found = await page.evaluate(() => {
    const findings: { check: string; detail: string }[] = [];
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 0 && rect.height > 0;
    };

    // A text of 3 or more characters whose lines are about as many as its characters was squeezed
    // into a column one character wide ("1 0 2, 2 7 1 元").
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = (element?.textContent ?? '').replace(/\s+/g, '');
      if (!element || seen.has(element) || text.length < 3 || !visible(element)) continue;
      seen.add(element);
      const range = document.createRange();
      range.selectNodeContents(element);
      // Lines are counted by overlap, not by distinct tops: a tag's box starts a pixel or two above
      // the text beside it on the same line, which distinct tops would count as lines of their own.
      const rects = [...range.getClientRects()]
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .sort((a, b) => a.top - b.top);
      let lines = 0;
      let lineBottom = -Infinity;
      for (const rect of rects) {
        if (rect.top >= lineBottom - 1) {
          lines += 1;
          lineBottom = rect.bottom;
        } else lineBottom = Math.max(lineBottom, rect.bottom);
      }
      if (lines >= 3 && lines >= text.length * 0.6) {
        findings.push({
          check: 'wrapped-per-character',
          detail: `"${text.slice(0, 40)}" on ${lines} lines`,
        });
      }
    }

    // Key columns (th.key-column) lie inside the window and inside their table's scroll box.
    for (const header of document.querySelectorAll('th.key-column')) {
      if (!visible(header)) continue;
      const rect = header.getBoundingClientRect();
      const box = header
        .closest('.ant-table-content, .ant-table-header, .ant-table-body')
        ?.getBoundingClientRect();
      const right = Math.min(window.innerWidth, box?.right ?? Infinity);
      const left = Math.max(0, box?.left ?? 0);
      if (rect.right > right + 1 || rect.left < left - 1) {
        findings.push({ check: 'key-column-out-of-view', detail: `"${header.textContent?.trim()}"` });
      }
    }

    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 1)
      findings.push({ check: 'horizontal-overflow', detail: `${overflow}px wider than the window` });
    return findings;
  });
  return found.map((finding) => ({ ...finding, check: finding.check as CheckName, page: path }));
}

/** WCAG 2.1 A and AA, as axe-core checks them (GB/T 37668 follows the same criteria). */
export async function accessibilityFindings(page: Page, path: string): Promise<Finding[]> {
  // antd dims content while it loads and fades it back in: contrast is measured once it is over
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-spin-blur, .ant-spin-spinning').length === 0,
  );
  await page.waitForTimeout(500);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((violation) => ({
    check: 'accessibility',
    page: path,
    detail: `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
      .slice(0, 3)
      .map((node) => `${node.html.slice(0, 120)} ${node.failureSummary ?? ''}`)
      .join('; ')}`,
  }));
}

/** The findings not in the allow-list. */
export function unexpected(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (finding) =>
      !KNOWN_EXCEPTIONS.some(
        (exception) =>
          exception.check === finding.check &&
          exception.detail.test(finding.detail) &&
          (!exception.pages || exception.pages.includes(routePattern(finding.page))),
      ),
  );
}

/**
 * A screenshot to look at (artifacts/<folder>/<name>.png), and the page's layout checks: nothing
 * wrapped per character, key columns in view, no horizontal scroll.
 */
export async function screenshotAndCheck(page: Page, folder: string, name: string): Promise<void> {
  mkdirSync(join(ARTIFACTS, folder), { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, folder, `${name}.png`), fullPage: true });
  expect(await layoutFindings(page, name)).toEqual([]);
}
