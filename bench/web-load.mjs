// The weight and load time of the pages a visitor opens without logging in, in Debian's Chromium
// against a running portal (BENCH_BASE_URL, default http://localhost:3000; `npm start` first):
//   jsGzipBytes    the JavaScript the page loads, gzip-compressed (level 9): what it weighs on the
//                  wire when served compressed, whatever the server does
//   jsWireBytes    what the server actually sent for it (encoded body sizes)
//   jsRequests     JavaScript files loaded
//   drawnMs        from navigation until the page's first meaningful element is visible (the login
//                  form's submit button; the public table or its empty state), median of BENCH_RUNS
//   loadMs         until the load event, median of BENCH_RUNS
// Each run is a first visit (fresh browser context: no cache, no cookies).
// Prints one JSON line.  npm run bench:web
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const base = (process.env.BENCH_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const runs = Number(process.env.BENCH_RUNS ?? 5);

const PAGES = {
  login: { path: '/login', drawn: '[data-testid="login-submit"]' },
  public: {
    path: '/public/benchmarks',
    drawn: '[data-testid="public-cells"]:not([aria-busy="true"]), [data-testid="public-route-error"]',
  },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function visit(browser, { path, drawn }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  const started = Date.now();
  await page.goto(base + path, { waitUntil: 'load' });
  const loadMs = Date.now() - started;
  await page.locator(drawn).first().waitFor({ state: 'visible' });
  const drawnMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  let jsGzipBytes = 0;
  let jsWireBytes = 0;
  for (const response of scripts) {
    jsGzipBytes += gzipSync(await response.body(), { level: 9 }).length;
    jsWireBytes += (await response.request().sizes()).responseBodySize;
  }
  await context.close();
  return { jsGzipBytes, jsWireBytes, jsRequests: scripts.length, drawnMs, loadMs };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
const result = { base };
try {
  for (const [name, target] of Object.entries(PAGES)) {
    const samples = [];
    for (let run = 0; run < runs; run += 1) samples.push(await visit(browser, target));
    result[name] = {
      jsGzipBytes: samples[0].jsGzipBytes,
      jsWireBytes: samples[0].jsWireBytes,
      jsRequests: samples[0].jsRequests,
      drawnMs: median(samples.map((sample) => sample.drawnMs)),
      loadMs: median(samples.map((sample) => sample.loadMs)),
    };
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
