// The single-file copy (dist/cbcc-tu-danh-gia.html): opened from file:// with no server, it
// assesses a profile, keeps the answers over a reload, obeys its own CSP and asks for nothing
// but itself (file:) and its inlined data: URLs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './lib.mjs';
import { SINGLE_FILE, cspViolations, expectChairResult, fillChair, recordRequests, resultRows, rulesDateVi, watchCsp } from './offline-lib.mjs';

const FILE = path.join(DIST, SINGLE_FILE);

export default [
  async function the_single_file_works_from_file_url_and_keeps_the_answers(h) {
    assert.ok(fs.existsSync(FILE), `${FILE} was not built`);
    const html = fs.readFileSync(FILE, 'utf8');
    assert.doesNotMatch(html, /serviceWorker|sw\.js/, 'the single file registers a service worker');
    assert.doesNotMatch(html, /\b(?:src|href)="(?!data:|#)/, 'the single file refers to another file');

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    assert.ok(csp, 'no CSP meta in the single file');
    const policy = new Map(csp[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.ok(policy.get('script-src').includes("'wasm-unsafe-eval'"));
    assert.ok(policy.get('script-src').every((s) => s === "'wasm-unsafe-eval'" || /^'sha256-/.test(s)), csp[1]);
    assert.ok(policy.get('style-src').every((s) => /^'sha256-/.test(s)), csp[1]);
    assert.deepEqual(policy.get('img-src'), ['data:']);
    assert.equal(policy.get('connect-src'), undefined, 'connect-src falls back to none');

    const page = await h.newPage({ locale: 'vi-VN' });
    const context = page.context();
    await watchCsp(context);
    const requests = recordRequests(context);
    await page.goto(pathToFileURL(FILE).href);
    await h.waitForApp(page);
    assert.equal(
      await page.locator('#offline-status').innerText(),
      `Bản một tệp, dùng được khi không có mạng — quy định rà soát ngày ${rulesDateVi()}`,
    );
    assert.equal(await page.locator('link[rel="icon"]').getAttribute('href').then((u) => u.slice(0, 5)), 'data:');
    // The roster view is not in the single file: no switch to it.
    const rosterLink = page.locator('a[href="#danh-sach"]');
    assert.equal(await rosterLink.count(), 1);
    assert.equal(await rosterLink.isVisible(), false);
    await fillChair(page);
    expectChairResult(await resultRows(page));

    await page.reload();
    await h.waitForApp(page);
    assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), 'chu_tich_ubnd');
    assert.equal(await page.getByLabel('Tuổi', { exact: true }).inputValue(), '45');
    expectChairResult(await resultRows(page));

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.locator('#offline-status').innerText(), /^Single-file copy, works without a network — rules checked on /);

    const other = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    assert.deepEqual(other, [], 'requests other than file: and data:');
    assert.deepEqual(await cspViolations(page), []);
    h.expectNoConsoleErrors(page);
  },
];
