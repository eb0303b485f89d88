// Smoke tests: the release build loads in real Chromium, the Yew app mounts, nothing breaks.
import assert from 'node:assert/strict';
import { TITLE } from './lib.mjs';

export default [
  async function app_mounts_and_shows_the_vietnamese_title(h) {
    const page = await h.newPage();
    await h.loadApp(page);
    // The static "Đang tải…" block from index.html is gone once the app has mounted.
    assert.equal(await page.locator('#app .loading').count(), 0, '"Đang tải…" still shown');
    const h1 = page.locator('main h1');
    assert.equal(await h1.count(), 1, 'exactly one h1 in main');
    assert.equal((await h1.textContent()).trim(), TITLE);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal(await page.title(), TITLE);
    h.expectNoConsoleErrors(page);
  },

  async function wasm_is_served_as_application_wasm(h) {
    const page = await h.newPage();
    await h.loadApp(page);
    const wasm = page.responses.filter((r) => new URL(r.url).pathname.endsWith('.wasm'));
    assert.ok(wasm.length >= 1, `no .wasm response among ${page.responses.map((r) => r.url).join(', ')}`);
    for (const r of wasm) {
      assert.equal(r.status, 200, `${r.url} status`);
      assert.match(r.contentType, /^application\/wasm\b/, `${r.url} content-type`);
    }
    h.expectNoConsoleErrors(page);
  },

  async function requests_stay_on_the_local_server(h) {
    const page = await h.newPage();
    await h.loadApp(page);
    const origin = new URL(h.baseUrl).origin;
    const outside = page.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    assert.deepEqual(outside, [], 'requests to other origins');
  },

  async function readable_at_360px_without_horizontal_scroll(h) {
    const page = await h.newPage({ viewport: { width: 360, height: 640 } });
    await h.loadApp(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `page is ${scrollWidth} px wide at a 360 px viewport`);
    h.expectNoConsoleErrors(page);
  },

  async function without_javascript_the_page_says_it_needs_it(h) {
    const page = await h.newPage({ javaScriptEnabled: false });
    await page.goto(h.baseUrl);
    assert.equal((await page.locator('h1').first().textContent()).trim(), TITLE);
    const text = await page.locator('body').innerText();
    assert.match(text, /cần JavaScript/, 'noscript message shown');
  },
];
