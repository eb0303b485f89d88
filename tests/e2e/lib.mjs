// Shared helpers for the end-to-end tests (tests/e2e/*.test.mjs), run by tests/e2e/run.mjs.
//
// A test file exports its tests, either
//   export default [ async function shows_title(h) { ... }, { name: 'other', fn: async (h) => {} } ];
// or  export default async function one_test(h) { ... }
// or  export const tests = [ ... ]  (same shapes as the default array).
// Each test receives the helper object `h` made by makeHelpers():
//   h.browser         the Playwright Browser (Debian's /usr/bin/chromium, headless)
//   h.baseUrl         e.g. "http://127.0.0.1:41234/" serving dist/
//   h.newPage(opts)   a Page in a fresh BrowserContext(opts) (AxeBuilder needs a context page);
//                     page.consoleErrors: console errors + uncaught page errors, as strings
//                     page.requests: every requested URL; page.responses: {url, status, contentType}
//   h.loadApp(page, path = '')   goto baseUrl + path and wait until the Yew app has mounted
//   h.waitForApp(page)           wait for #app[data-ready="true"] (set by the app once mounted)
//   h.expectNoConsoleErrors(page)
// and profileLink(profile, variant?): the `#p=…&v=…` share-link fragment of contract profiles.
// Contexts opened with newPage() are closed by the runner after each test.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(E2E_DIR, '..', '..');
export const DIST = path.resolve(REPO, process.env.E2E_DIST || 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const TITLE = 'Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã';

// Without the background-networking flags Chromium keeps trying to reach Google services.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Start tests/e2e/serve.mjs on a free 127.0.0.1 port; resolves to {url, stop()}. */
export function startServer(dir = DIST) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(E2E_DIR, 'serve.mjs'), dir, '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve.mjs did not start in 10 s: ${err || out}`));
    }, 10_000);
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stop: () =>
            new Promise((res) => {
              if (child.exitCode !== null) return res();
              child.once('exit', () => res());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}: ${err.trim()}`));
    });
  });
}

export function makeHelpers(browser, baseUrl) {
  const contexts = [];
  const h = {
    browser,
    baseUrl,
    async newPage(contextOptions = {}) {
      const context = await browser.newContext(contextOptions);
      contexts.push(context);
      const page = await context.newPage();
      page.consoleErrors = [];
      page.requests = [];
      page.responses = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const where = msg.location() && msg.location().url ? ` (${msg.location().url})` : '';
        page.consoleErrors.push(`console.error: ${msg.text()}${where}`);
      });
      page.on('pageerror', (e) => page.consoleErrors.push(`page error: ${e.message}`));
      page.on('request', (r) => page.requests.push(r.url()));
      page.on('response', (r) =>
        page.responses.push({ url: r.url(), status: r.status(), contentType: r.headers()['content-type'] || '' }),
      );
      return page;
    },
    async waitForApp(page, timeout = 20_000) {
      await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout });
    },
    async loadApp(page, pathname = '') {
      await page.goto(new URL(pathname, baseUrl).href);
      await h.waitForApp(page);
      return page;
    },
    expectNoConsoleErrors(page) {
      if (page.consoleErrors.length) {
        throw new Error(`console errors:\n  ${page.consoleErrors.join('\n  ')}`);
      }
    },
    /** Close every context opened by newPage() (the runner calls this after each test). */
    async closeAll() {
      const open = contexts.splice(0);
      await Promise.all(open.map((c) => c.close().catch(() => {})));
    },
  };
  return h;
}

/** The share link's fragment for a contract profile (`#p=` + base64url of its JSON), with the
 *  variant it is compared with when given (`&v=…`), as the widget writes them. */
export function profileLink(profile, variant) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `#p=${b64(profile)}${variant ? `&v=${b64(variant)}` : ''}`;
}

/** Normalise a test module's exports into [{name, fn}]. */
export function collectTests(mod, file) {
  const raw = mod.default ?? mod.tests;
  const list = Array.isArray(raw) ? raw : typeof raw === 'function' ? [raw] : [];
  if (!list.length) throw new Error(`${file}: exports no tests (export default [async function name(h) {...}])`);
  return list.map((t, i) => {
    if (typeof t === 'function') return { name: t.name || `test ${i + 1}`, fn: t };
    if (t && typeof t.fn === 'function') return { name: t.name || `test ${i + 1}`, fn: t.fn };
    throw new Error(`${file}: test ${i + 1} is neither a function nor {name, fn}`);
  });
}
