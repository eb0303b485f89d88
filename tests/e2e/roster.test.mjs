// The roster view (issue 6): "Rà soát danh sách (cấp xã, Sở Nội vụ)" at #danh-sach. A roster goes in
// through <input type=file> (in-memory buffers), is read and assessed in a Web Worker,
// and the summary, class plan, per-person table, errors and exports come out. Nothing leaves
// 127.0.0.1. The 212,600-row run reports rows per second.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { REPO } from './lib.mjs';
import { luongTaiCsv, nationalCsv, HEADER, NATIONAL_ROWS } from './roster-data.mjs';

const CSV = 'text/csv';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Opens the roster view directly (#danh-sach) and waits for its wasm. */
async function openRoster(h) {
  const page = await h.newPage({ acceptDownloads: true });
  await h.loadApp(page, '#danh-sach');
  await page.waitForSelector('[data-roster] input[type=file]', { timeout: 20_000 });
  return page;
}

async function give(page, name, buffer, mimeType = CSV) {
  await page.setInputFiles('#roster-file', { name, mimeType, buffer: Buffer.from(buffer) });
}

/** Waits for the result of `file` (the status line names it). */
async function waitForResult(page, file, timeout = 30_000) {
  await page.waitForFunction(
    // The long tables (each official, rows in error) come a task after the summary.
    (f) =>
      [...document.querySelectorAll('.roster-ok')].some((p) => p.textContent.includes(f)) &&
      document.querySelector('[data-roster-errors]'),
    file,
    { timeout },
  );
}

async function alertText(page) {
  return (await page.textContent('[data-roster] [role=alert]')).trim();
}

/** Every request went to the test server (or stayed in the page: blob:, data:). */
function expectLocalOnly(page, h) {
  const origin = new URL(h.baseUrl).origin;
  const away = page.requests.filter(
    (u) => !u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`) && !u.startsWith('data:'),
  );
  assert.deepEqual(away, [], 'requests that left 127.0.0.1');
  for (const u of page.requests) assert.ok(!u.startsWith('http') || new URL(u).hostname === '127.0.0.1', u);
}

async function area(page, id) {
  const row = page.locator(`[data-roster] tr[data-area="${id}"]`);
  return {
    met: Number(await row.getAttribute('data-met')),
    missing: Number(await row.getAttribute('data-missing')),
    text: (await row.textContent()).replace(/\s+/g, ' '),
  };
}

async function planCount(page, id) {
  const row = page.locator(`[data-roster] tr[data-training="${id}"]`);
  if ((await row.count()) === 0) return 0;
  return Number(await row.getAttribute('data-count'));
}

/** Starts a heartbeat in the page: the longest gap between 10 ms timer ticks, and long tasks. */
async function startHeartbeat(page) {
  await page.evaluate(() => {
    const hb = { maxGap: 0, longest: 0, longTasks: 0, stop: false };
    window.__hb = hb;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      hb.maxGap = Math.max(hb.maxGap, now - last);
      last = now;
      if (!hb.stop) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          hb.longTasks++;
          hb.longest = Math.max(hb.longest, e.duration);
        }
      }).observe({ type: 'longtask' });
    } catch {}
  });
}

async function stopHeartbeat(page) {
  return page.evaluate(() => {
    window.__hb.stop = true;
    return window.__hb;
  });
}

/** The national roster, written once to a temporary file (setInputFiles caps buffers at 50 MB). */
let nationalPath;
function nationalFile() {
  if (!nationalPath) {
    nationalPath = path.join(os.tmpdir(), `roster-national-${process.pid}.csv`);
    fs.writeFileSync(nationalPath, nationalCsv(NATIONAL_ROWS));
    process.on('exit', () => fs.rmSync(nationalPath, { force: true }));
  }
  return nationalPath;
}

export default [
  async function the_luong_tai_roster_reproduces_the_seed_article(h) {
    const page = await openRoster(h);
    assert.equal(await page.title(), 'Rà soát tiêu chuẩn cán bộ, công chức cấp xã theo danh sách');
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    const total = page.locator('[data-roster] .roster-total');
    assert.equal(await total.getAttribute('data-total'), '75');

    const prof = await area(page, 'professional');
    assert.deepEqual([prof.met, prof.missing], [33, 42]);
    assert.match(prof.text, /33\/75 \(44%\)/);
    const pol = await area(page, 'political_theory');
    assert.deepEqual([pol.met, pol.missing], [67, 8]);
    assert.match(pol.text, /67\/75/);

    assert.equal(await planCount(page, 'llct_trung_cap'), 8);
    const plan = (await page.textContent('[data-roster] tr[data-training="llct_trung_cap"]')).replace(/\s+/g, ' ');
    assert.match(plan, /Trung cấp lý luận chính trị/);
    assert.match(plan, /8 người/);
    assert.equal(await planCount(page, 'dai_hoc'), 42);

    // By post (4 posts) and by commune (13 communes).
    assert.equal(await page.locator('#roster-by-post tbody tr').count(), 4);
    assert.equal(await page.locator('#roster-by-commune tbody tr').count(), 13);
    // Per person: the first page of 50, then 25 on the next.
    assert.equal(await page.locator('[data-roster] tr[data-row]').count(), 50);
    await page.getByRole('button', { name: 'Trang sau' }).first().click();
    assert.equal(await page.locator('[data-roster] tr[data-row]').count(), 25);
    assert.equal(await page.getAttribute('[data-roster-errors]', 'data-roster-errors'), '0');

    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function the_sample_workbook_loads_with_its_bad_row(h) {
    const page = await openRoster(h);
    const xlsx = fs.readFileSync(path.join(REPO, 'engine/tests/data/roster-sample.xlsx'));
    await give(page, 'roster-sample.xlsx', xlsx, XLSX_MIME);
    await waitForResult(page, 'roster-sample.xlsx');
    assert.equal(await page.getAttribute('[data-roster] .roster-total', 'data-total'), '3');
    assert.equal(await page.getAttribute('[data-roster-errors]', 'data-roster-errors'), '1');
    const err = page.locator('[data-roster-errors] li[data-error-row]');
    assert.equal(await err.count(), 1);
    assert.equal(await err.getAttribute('data-error-row'), '5');
    assert.match(await err.textContent(), /giam_doc_so/);
    assert.match(await err.textContent(), /Dòng 5/);
    // Names with diacritics and markup-like characters are shown as text.
    const names = await page.locator('[data-roster] tr[data-row] th').allTextContents();
    assert.ok(names.includes('Nguyễn Văn Ánh'), names.join(' | '));
    assert.ok(names.includes('Phạm "Út" <Hòa> & Co'), names.join(' | '));
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function bad_files_get_a_vietnamese_message_and_the_view_stays_usable(h) {
    const page = await openRoster(h);
    const cases = [
      ['trong.csv', Buffer.alloc(0), /tệp trống/],
      ['bao-cao.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0xff, 0x80])]), /UTF-8|không phải CSV/],
      ['thieu-cot.csv', Buffer.from(HEADER.replace('post,', '') + '\nNguyễn Văn An,xa\n'), /thiếu cột.*post/],
      ['cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
      ['tcvn3.csv', Buffer.from([...Buffer.from(HEADER + '\n'), 0x4e, 0x67, 0xb5, 0xea, 0x6e, 0x0a]), /UTF-8/],
    ];
    for (const [name, buffer, message] of cases) {
      await give(page, name, buffer);
      await page.waitForFunction((n) => document.querySelector('[data-roster] [role=alert]').textContent.includes(n), name);
      const text = await alertText(page);
      assert.match(text, /^Không đọc được tệp/, text);
      assert.match(text, message, text);
    }
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);
    // The next good file works and clears the message.
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    assert.equal(await alertText(page), '');
    assert.equal(await planCount(page, 'llct_trung_cap'), 8);
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function exports_are_utf8_csv_with_a_bom(h) {
    const page = await openRoster(h);
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    const read = async (file) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-export="${file}"]`),
      ]);
      assert.equal(download.suggestedFilename(), file);
      return fs.readFileSync(await download.path());
    };
    const people = await read('ket-qua-tung-nguoi.csv');
    assert.deepEqual([...people.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = people.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines.length, 76);
    assert.match(lines[0], /^Dòng,Họ và tên,Xã, phường, đặc khu|^Dòng,Họ và tên,"Xã, phường, đặc khu"/);
    assert.match(lines[0], /Trình độ chuyên môn/);
    assert.match(lines[1], /^2,Nguyễn Văn An,Xã An Thịnh,Chủ tịch Hội đồng nhân dân/);
    assert.ok(text.includes('Trần Văn Giang'));
    assert.ok(text.includes('Trung cấp lý luận chính trị'));

    const plan = await read('ke-hoach-mo-lop.csv');
    assert.deepEqual([...plan.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const planText = plan.toString('utf8');
    assert.match(planText, /llct_trung_cap,Trung cấp lý luận chính trị,8,/);
    assert.match(planText, /dai_hoc,[^,]+,42,/);

    // The print view: the report without the controls.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#roster-file', '[data-export]', '.views', '#roster-filter', '.roster-pager button']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} printed`);
    }
    for (const shown of ['.roster-print-heading', 'tr[data-area="professional"]', 'tr[data-training="llct_trung_cap"]', 'tr[data-row]', '#roster-by-commune']) {
      assert.ok(await page.locator(`[data-roster] ${shown}`).first().isVisible(), `${shown} not printed`);
    }
    assert.match(await page.textContent('.roster-print-heading'), /luong-tai\.csv/);
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function the_table_filters_to_those_who_need_a_course(h) {
    const page = await openRoster(h);
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    await page.selectOption('#roster-filter', 'llct_trung_cap');
    await page.waitForFunction(() => document.querySelectorAll('[data-roster] tr[data-row]').length === 8);
    const rows = page.locator('[data-roster] tr[data-row]');
    for (const t of await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.trainings))) {
      assert.ok(t.split(' ').includes('llct_trung_cap'), t);
    }
    assert.equal(await page.getAttribute('[data-roster] .roster-count', 'data-shown'), '8');
    // "Xem danh sách" in the class plan sets the same filter, and focus goes to the table.
    await page.selectOption('#roster-filter', 'all');
    await page.waitForFunction(() => document.querySelectorAll('[data-roster] tr[data-row]').length === 50);
    await page.click('[data-roster] tr[data-training="dai_hoc"] button');
    await page.waitForFunction(() => document.querySelectorAll('[data-roster] tr[data-row]').length === 42);
    assert.equal(await page.inputValue('#roster-filter'), 'dai_hoc');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'roster-people-title');
    // Those who do not meet every standard.
    await page.selectOption('#roster-filter', 'not-all');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-roster] tr[data-row]')].every((tr) => tr.dataset.meetsAll === 'false'));
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function a_national_roster_is_assessed_without_freezing_the_page(h) {
    const file = nationalFile();
    const page = await openRoster(h);
    await startHeartbeat(page);
    const t0 = Date.now();
    await page.setInputFiles('#roster-file', file);
    // Sample the bar while it runs.
    const seen = new Set();
    while (!(await page.locator('.roster-ok').count())) {
      const v = await page.evaluate(() => {
        const bar = document.querySelector('#roster-progress-bar');
        return bar && bar.hasAttribute('value') ? Number(bar.value) : null;
      });
      if (v !== null) seen.add(v);
      assert.ok(Date.now() - t0 < 55_000, 'the national roster took more than 55 s');
      await page.waitForTimeout(100);
    }
    const wall = (Date.now() - t0) / 1000;
    const hb = await stopHeartbeat(page);
    const ok = page.locator('.roster-ok');
    assert.equal(await ok.getAttribute('data-total'), String(NATIONAL_ROWS));
    const seconds = Number(await ok.getAttribute('data-seconds'));
    const moving = [...seen].filter((v) => v > 0 && v < 1000);
    console.log(
      `     ${NATIONAL_ROWS.toLocaleString('en')} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB): ` +
        `${seconds.toFixed(1)} s in the page (${Math.round(NATIONAL_ROWS / seconds).toLocaleString('en')} rows/s), ` +
        `${wall.toFixed(1)} s from setInputFiles to the result; longest main-thread gap ${Math.round(hb.maxGap)} ms, ` +
        `${hb.longTasks} long tasks (longest ${Math.round(hb.longest)} ms); ${moving.length} progress values seen`,
    );
    assert.ok(moving.length >= 3, `the bar did not move: ${[...seen].join(', ')}`);
    // The file is read and assessed in a Web Worker; the page only reads the result, a buffer
    // per task: no task over 50 ms (issue 12). A machine busy with other builds (load above
    // twice its cores) stretches tasks it deschedules; then only a freeze (seconds) fails.
    const load = os.loadavg()[0] / os.cpus().length;
    const limit = load > 2 ? 1500 : 50;
    if (load > 2) console.log(`     (load ${load.toFixed(1)} per core: the 50 ms bound is relaxed to ${limit} ms)`);
    assert.ok(hb.longest <= limit, `a task blocked the main thread for ${Math.round(hb.longest)} ms`);
    assert.ok(hb.maxGap < limit + 150, `the heartbeat stopped for ${Math.round(hb.maxGap)} ms`);
    // One page of rows at a time, never the whole roster.
    assert.equal(await page.locator('[data-roster] tr[data-row]').count(), 50);
    assert.ok((await page.locator('#roster-by-commune tbody tr').count()) <= 50);
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function cancel_stops_a_run_and_the_view_stays_usable(h) {
    const file = nationalFile();
    const page = await openRoster(h);
    await page.setInputFiles('#roster-file', file);
    await page.waitForFunction(() => Number(document.querySelector('#roster-progress-bar')?.value || 0) > 20);
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.waitForSelector('[data-roster-cancelled]');
    assert.equal(await page.locator('#roster-progress-bar').count(), 0);
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('.roster-ok').count(), 0, 'a result appeared after cancelling');
    assert.equal(await page.locator('[data-roster] .roster-total').count(), 0);
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    assert.equal(await planCount(page, 'llct_trung_cap'), 8);
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function a_dropped_file_is_read_like_a_chosen_one(h) {
    const page = await openRoster(h);
    await page.evaluate((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'keo-tha.csv', { type: 'text/csv' }));
      const zone = document.querySelector('.roster-drop');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, luongTaiCsv());
    await waitForResult(page, 'keo-tha.csv');
    assert.equal(await planCount(page, 'llct_trung_cap'), 8);
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },

  async function the_views_switch_by_tabs_and_keep_the_share_link(h) {
    const page = await h.newPage();
    await h.loadApp(page);
    // The self-assessment is the default; its first load does not fetch the roster's wasm.
    assert.equal(await page.locator('[data-roster]').count(), 0);
    assert.ok(!page.requests.some((u) => u.includes('cbcc-roster')), 'roster wasm on first load');
    await page.getByRole('link', { name: 'Rà soát danh sách (cấp xã, Sở Nội vụ)' }).click();
    await page.waitForSelector('[data-roster] input[type=file]');
    assert.match(page.url(), /#danh-sach$/);
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    // To the self-assessment and back: the roster's result is still there.
    await page.getByRole('link', { name: 'Tự đánh giá' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-roster]'));
    assert.equal(await page.title(), 'Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã');
    await page.getByRole('link', { name: 'Rà soát danh sách (cấp xã, Sở Nội vụ)' }).click();
    await page.waitForSelector('[data-roster] tr[data-training="llct_trung_cap"]');
    // English, then back.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.querySelector('[data-roster] h1').textContent.startsWith('Reviewing'));
    assert.match(await page.textContent('[data-roster] tr[data-training="llct_trung_cap"]'), /8 officials/);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.waitForFunction(() => document.querySelector('[data-roster] h1').textContent.startsWith('Rà soát'));
    // A share link (#p=…) opens the self-assessment.
    await page.goto(new URL('#p=eyJwb3N0IjoiY2h1X3RpY2hfdWJuZCJ9', h.baseUrl).href);
    await page.waitForFunction(() => !document.querySelector('[data-roster]'));
    h.expectNoConsoleErrors(page);
    expectLocalOnly(page, h);
  },
];
