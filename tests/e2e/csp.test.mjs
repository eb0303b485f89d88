// Privacy and safety: index.html carries a Content-Security-Policy that the page fully obeys (no
// violation, no console error), and once its own files are loaded the page makes no request at
// all while the official fills the form, switches language and reads the result.
import assert from 'node:assert/strict';
import { cspViolations, expectChairResult, fillChair, recordRequests, resultRows, waitOfflineReady, watchCsp } from './offline-lib.mjs';

/** The policy of the page, as a Map directive → sources. */
async function policy(page) {
  const content = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(content, 'no CSP meta');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

export default [
  async function the_page_carries_a_strict_csp_and_breaks_none_of_it(h) {
    const page = await h.newPage({ locale: 'vi-VN' });
    await watchCsp(page.context());
    await h.loadApp(page);
    await waitOfflineReady(page);
    assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1);
    const csp = await policy(page);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    const script = csp.get('script-src');
    assert.ok(script.includes("'self'") && script.includes("'wasm-unsafe-eval'"), script.join(' '));
    assert.ok(script.some((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), `the loader's hash: ${script.join(' ')}`);
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) {
      assert.ok(!script.includes(unsafe), `script-src allows ${unsafe}`);
    }
    assert.deepEqual(csp.get('style-src'), ["'self'"]);
    assert.deepEqual(csp.get('img-src'), ["'self'", 'data:']);
    for (const [k, v] of [['connect-src', "'self'"], ['manifest-src', "'self'"], ['worker-src', "'self'"], ['object-src', "'none'"], ['base-uri', "'none'"], ['form-action', "'none'"]]) {
      assert.deepEqual(csp.get(k), [v], k);
    }
    await fillChair(page);
    expectChairResult(await resultRows(page));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    assert.deepEqual(await cspViolations(page), []);
    h.expectNoConsoleErrors(page);

    // The listener does hear violations: an inline script injected now is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await page.waitForFunction(() => window.__csp.length > 0);
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'an injected inline script ran');
    assert.match((await cspViolations(page))[0], /^script-src/);
  },

  async function after_loading_no_request_at_all_while_the_official_fills_the_form(h) {
    const page = await h.newPage({ locale: 'vi-VN' });
    const requests = recordRequests(page.context());
    await h.loadApp(page);
    // Its own files, then the service worker's precache: all of it before the official starts.
    await waitOfflineReady(page);
    await page.waitForLoadState('networkidle');
    const origin = new URL(h.baseUrl).origin;
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    assert.deepEqual(foreign, [], 'requests to other origins while loading');
    const loaded = requests.length;

    await fillChair(page);
    await page.getByRole('button', { name: 'Thêm chứng chỉ tin học' }).click();
    await page.getByLabel('Loại chứng chỉ').selectOption({ label: 'Chứng chỉ tin học ứng dụng B' });
    await page.getByLabel('Ngày cấp').fill('2015-03-01');
    expectChairResult(await resultRows(page));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.locator('#ket-qua').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    assert.deepEqual(requests.slice(loaded), [], 'requests made while the form was filled in');
  },
];
