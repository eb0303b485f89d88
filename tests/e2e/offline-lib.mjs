// Helpers of the offline, single-file and CSP tests (offline.test.mjs, single-file.test.mjs,
// csp.test.mjs). Not a test file itself (run.mjs only runs *.test.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rulesCheckedOn } from '../../scripts/postbuild.mjs';

export { SINGLE_FILE, writeServiceWorker } from '../../scripts/postbuild.mjs';

/** The rules date as the status line shows it in Vietnamese (DD/MM/YYYY). */
export function rulesDateVi() {
  const [y, m, d] = rulesCheckedOn().split('-');
  return `${d}/${m}/${y}`;
}

export const READY_VI = () => `Sẵn sàng dùng khi không có mạng — quy định rà soát ngày ${rulesDateVi()}`;

/** Contract example 01 as a profile: a People's Committee chair with elementary political theory. */
export const CHAIR = {
  regime: 'nd33_2023',
  as_of: '2026-11-21',
  unit: 'xa',
  difficult_area: false,
  age: 45,
  general_education: 'thpt',
  professional: { level: 'dai_hoc', field_fits_post: true },
  political_theory: 'so_cap',
  it: [],
  state_management: 'none',
  defence_security: 'none',
  ethnic_language: false,
  in_post_since: '2021-06-01',
  post: 'chu_tich_ubnd',
};

/** The same official typed in by the form's labels, as an official does it. */
export async function fillChair(page) {
  const regime = page.getByLabel('Bộ quy định áp dụng');
  const label = (await regime.locator('option').allTextContents()).find((t) => /^Nghị định 33\/2023/.test(t));
  assert.ok(label, 'no Nghị định 33/2023 option');
  await regime.selectOption({ label });
  await page.getByLabel('Ngày đánh giá').fill('2026-11-21');
  await page.getByLabel('Chức danh đang giữ').selectOption({ label: 'Chủ tịch Ủy ban nhân dân' });
  await page.getByLabel('Giữ chức danh này từ ngày').fill('2021-06-01');
  await page.getByLabel('Tuổi', { exact: true }).fill('45');
  await page.getByLabel('Giáo dục phổ thông').selectOption({ label: 'Tốt nghiệp trung học phổ thông' });
  await page.getByLabel('Bằng chuyên môn cao nhất').selectOption({ label: 'Đại học' });
  await page.getByLabel('Trình độ lý luận chính trị').selectOption({ label: 'Sơ cấp lý luận chính trị' });
}

/** The result rows as {area: status}. */
export async function resultRows(page) {
  await page.waitForSelector('#requirements [data-area]');
  return Object.fromEntries(
    await page.$$eval('#requirements [data-area]', (els) => els.map((e) => [e.dataset.area, e.dataset.status])),
  );
}

/** Contract example 01's expectations. */
export function expectChairResult(rows) {
  assert.equal(rows.political_theory, 'missing', JSON.stringify(rows));
  assert.equal(rows.professional, 'met', JSON.stringify(rows));
  assert.equal(rows.general_education, 'met', JSON.stringify(rows));
  assert.ok(Object.keys(rows).length >= 8, `every area shown: ${Object.keys(rows)}`);
}

/** Waits until a service worker controls the page and says its cache is complete. */
export async function waitOfflineReady(page, timeout = 30_000) {
  await page.waitForFunction(
    () =>
      navigator.serviceWorker.controller !== null &&
      /^(Sẵn sàng dùng khi không có mạng|Ready to use offline)/.test(document.getElementById('offline-status').textContent),
    null,
    { timeout },
  );
}

/** The page's Cache Storage names. */
export const cacheNames = (page) => page.evaluate(() => caches.keys());

/** A copy of a built dir in a fresh temp dir (a test may change it and serve it on its own). */
export function copyBuild(dir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cbcc-e2e-'));
  fs.cpSync(dir, tmp, { recursive: true });
  return tmp;
}

/** Collects securitypolicyviolation events of every page of a context into window.__csp. */
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
}

export const cspViolations = (page) => page.evaluate(() => window.__csp || []);

/** Every request of a context (pages and service workers), as URLs. */
export function recordRequests(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}
