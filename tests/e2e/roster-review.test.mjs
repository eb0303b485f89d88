// The roster as offices keep it (issue 11): a staff list typed the way an office types it, saved
// as CSV and as .xlsx (engine/tests/data/office-roster*, made by make_office_rosters.py), gives in
// the browser the summary the command line gives (engine/tests/data/office-roster.summary.json,
// written by engine/tests/roster_office.rs), with its bad rows named; the review step shows how
// each heading was understood and lets a reviewer correct it; the template is offered; a
// province's targets are shown. Takes the README's screenshot of the review step.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { REPO } from './lib.mjs';
import { luongTaiCsv } from './roster-data.mjs';

const DATA = path.join(REPO, 'engine', 'tests', 'data');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(DATA, 'office-roster.summary.json'), 'utf8'));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SCREENSHOTS = path.join(REPO, 'docs', 'screenshots');

async function openRoster(h, query = '') {
  const page = await h.newPage({ acceptDownloads: true });
  await h.loadApp(page, `${query}#danh-sach`);
  await page.waitForSelector('[data-roster] input[type=file]', { timeout: 20_000 });
  return page;
}

async function give(page, name, buffer, mimeType = 'text/csv') {
  await page.setInputFiles('#roster-file', { name, mimeType, buffer: Buffer.from(buffer) });
}

async function waitForResult(page, file) {
  await page.waitForFunction(
    // The long tables (each official, rows in error) come a task after the summary.
    (f) =>
      [...document.querySelectorAll('.roster-ok')].some((p) => p.textContent.includes(f)) &&
      document.querySelector('[data-roster-errors]'),
    file,
    { timeout: 30_000 },
  );
}

/** What the page shows, in the summary's terms. */
async function shown(page) {
  return page.evaluate(() => {
    const q = (s) => [...document.querySelectorAll(s)];
    return {
      total: Number(document.querySelector('[data-roster] .roster-total').dataset.total),
      meets_all: Number(document.querySelector('[data-roster] .roster-total').dataset.meetsAll),
      areas: Object.fromEntries(q('[data-roster] tr[data-area]').map((r) => [r.dataset.area, [Number(r.dataset.met), Number(r.dataset.missing)]])),
      trainings: Object.fromEntries(q('[data-roster] tr[data-training]').map((r) => [r.dataset.training, Number(r.dataset.count)])),
      errors: q('[data-roster-errors] li[data-error-row]').map((li) => Number(li.dataset.errorRow)),
      columns: q('[data-review] tr[data-column]').map((r) => [r.dataset.column, r.dataset.field, Number(r.dataset.read)]),
      unread: q('[data-review] li[data-unread-value]').map((li) => [li.dataset.unreadValue, Number(li.dataset.rows)]),
    };
  });
}

function expected() {
  const s = EXPECTED;
  return {
    total: s.total,
    meets_all: s.meets_all,
    areas: Object.fromEntries(Object.entries(s.areas).map(([a, c]) => [a, [c.met, c.missing]])),
    trainings: s.trainings,
    errors: s.errors.map((e) => e.row),
    columns: s.columns.map((c) => [c.column, c.field, c.read]),
    unread: s.columns.flatMap((c) => (c.unread || []).map((u) => [u.value, u.rows])),
  };
}

export default [
  async function an_office_list_as_csv_and_xlsx_gives_the_command_lines_summary(h) {
    const page = await openRoster(h);
    const want = expected();
    for (const [file, mime] of [
      ['office-roster.csv', 'text/csv'],
      ['office-roster-utf16.csv', 'text/csv'],
      ['office-roster-openpyxl.xlsx', XLSX],
      ['office-roster-libreoffice.xlsx', XLSX],
      ['office-roster-other.xlsx', XLSX],
    ]) {
      await give(page, file, fs.readFileSync(path.join(DATA, file)), mime);
      await waitForResult(page, file);
      assert.deepEqual(await shown(page), want, file);
    }
    // The bad rows are named by row, column and value.
    const err = await page.textContent('[data-roster-errors] li[data-error-row="23"]');
    assert.match(err, /Chức vụ \(post\).*Giám đốc Sở Nội vụ/);
    h.expectNoConsoleErrors(page);
  },

  async function the_review_step_shows_each_heading_and_the_unread_values(h) {
    const page = await openRoster(h);
    await give(page, 'office-roster-openpyxl.xlsx', fs.readFileSync(path.join(DATA, 'office-roster-openpyxl.xlsx')), XLSX);
    await waitForResult(page, 'office-roster-openpyxl.xlsx');
    const review = page.locator('[data-review]');
    // Before the results.
    const order = await page.evaluate(() => {
      const r = document.querySelector('[data-review]');
      const s = document.querySelector('#roster-summary-title');
      return Boolean(r.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, 'the review step comes before the results');
    assert.equal(await review.locator('[data-header-row]').getAttribute('data-header-row'), '4');
    assert.equal(await page.inputValue('#roster-sheet'), '1', 'the roster sheet, not the guide');
    const llct = review.locator('tr[data-column="K"]');
    assert.equal(await llct.getAttribute('data-field'), 'political_theory');
    assert.match(await llct.textContent(), /“Đang học trung cấp”: 3 dòng \(dòng đầu tiên: 12\)/);
    assert.equal(await review.locator('tr[data-column="O"]').getAttribute('data-field'), 'ignored');
    assert.equal(await review.locator('tr[data-column="A"] th').textContent(), 'STT');
    await page.setViewportSize({ width: 1280, height: 900 });
    await review.scrollIntoViewIfNeeded();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await review.screenshot({ path: path.join(SCREENSHOTS, 'roster-review.png') });
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    // The guide sheet has no roster: choosing it says so.
    await page.selectOption('#roster-sheet', '0');
    await page.waitForFunction(() => document.querySelector('[data-roster] [role=alert]').textContent.includes('Chức vụ'));
    h.expectNoConsoleErrors(page);
  },

  async function a_heading_not_understood_is_corrected_in_the_review_step(h) {
    const page = await openRoster(h);
    const csv = 'Họ và tên,Chức vụ,Lý luận,Ngày đánh giá\nA,Chủ tịch UBND,Trung cấp,30/11/2026\nB,PCT UBND,Sơ cấp,30/11/2026\nC,Bí thư Đảng ủy,Cao cấp,30/11/2026\n';
    await give(page, 'lieu-luan.csv', csv);
    await waitForResult(page, 'lieu-luan.csv');
    const col = page.locator('[data-review] tr[data-column="C"]');
    assert.equal(await col.getAttribute('data-field'), 'ignored');
    assert.match(await page.getAttribute('[data-missing-fields]', 'data-missing-fields'), /political_theory/);
    let pol = page.locator('[data-roster] tr[data-area="political_theory"]');
    assert.equal(await pol.getAttribute('data-met'), '0');
    await col.locator('select').selectOption('political_theory');
    await page.waitForFunction(() => document.querySelector('[data-review] tr[data-column="C"]')?.dataset.field === 'political_theory');
    pol = page.locator('[data-roster] tr[data-area="political_theory"]');
    assert.equal(await pol.getAttribute('data-met'), '2');
    assert.equal(await pol.getAttribute('data-missing'), '1');
    assert.equal(await page.locator('[data-review] tr[data-column="C"]').getAttribute('data-read'), '3');
    assert.match(await page.textContent('[data-review] tr[data-column="C"]'), /đã chọn lại/);
    // And a column may be set aside.
    await page.locator('[data-review] tr[data-column="A"] select').selectOption('ignored');
    await page.waitForFunction(() => document.querySelector('[data-review] tr[data-column="A"]')?.dataset.field === 'ignored');
    assert.equal(await page.inputValue('[data-review] tr[data-column="C"] select'), 'political_theory', 'earlier corrections are kept');
    h.expectNoConsoleErrors(page);
  },

  async function a_file_without_a_known_post_heading_can_be_pointed_at_it(h) {
    const page = await openRoster(h);
    const csv = 'Họ và tên,Chức trách,LLCT,Ngày đánh giá\nA,Chủ tịch UBND,Trung cấp,30/11/2026\nB,PCT UBND,Sơ cấp,30/11/2026\n';
    await give(page, 'chuc-trach.csv', csv);
    await page.waitForFunction(() => document.querySelector('[data-roster] [role=alert]').textContent.includes('chuc-trach.csv'));
    assert.match(await page.textContent('[data-roster] [role=alert]'), /thiếu cột.*Chức vụ/);
    // The headings found are shown; the reviewer says which column holds the post.
    const col = page.locator('[data-review] tr[data-column="B"]');
    assert.equal(await col.getAttribute('data-field'), 'ignored');
    await col.locator('select').selectOption('post');
    await waitForResult(page, 'chuc-trach.csv');
    assert.equal(await page.getAttribute('[data-roster] .roster-total', 'data-total'), '2');
    assert.equal(await page.getAttribute('[data-review] tr[data-column="B"]', 'data-field'), 'post');
    assert.equal(await page.textContent('[data-roster] [role=alert]'), '');
    h.expectNoConsoleErrors(page);
  },

  async function on_a_phone_the_review_and_results_do_not_scroll_sideways(h) {
    const page = await h.newPage({ viewport: { width: 360, height: 800 } });
    await h.loadApp(page, '#danh-sach');
    await page.waitForSelector('[data-roster] input[type=file]', { timeout: 20_000 });
    await give(page, 'office-roster.csv', fs.readFileSync(path.join(DATA, 'office-roster.csv')));
    await waitForResult(page, 'office-roster.csv');
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `the page is ${scroll} px wide at ${client} px`);
    h.expectNoConsoleErrors(page);
  },

  async function the_template_is_offered_and_reads_without_an_error(h) {
    const page = await openRoster(h);
    for (const [kind, file] of [['xlsx', 'mau-danh-sach-can-bo.xlsx'], ['csv', 'mau-danh-sach-can-bo.csv']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-template="${kind}"]`)]);
      assert.equal(download.suggestedFilename(), file);
      const bytes = fs.readFileSync(await download.path());
      assert.deepEqual(bytes, fs.readFileSync(path.join(REPO, 'engine', 'templates', file)), `${file} is the repository's`);
      await give(page, file, bytes, kind === 'xlsx' ? XLSX : 'text/csv');
      await waitForResult(page, file);
      assert.equal(await page.getAttribute('[data-roster] .roster-total', 'data-total'), '4');
      assert.equal(await page.getAttribute('[data-roster-errors]', 'data-roster-errors'), '0');
      assert.equal(await page.locator('[data-review] li[data-unread-value]').count(), 0);
    }
    h.expectNoConsoleErrors(page);
  },

  async function a_provinces_targets_are_shown_against_the_roster(h) {
    // The page's ?province= applies to the roster as to the self-assessment.
    const page = await openRoster(h, '?province=vi_du');
    await page.waitForSelector('[data-roster-province="vi_du"]');
    await give(page, 'luong-tai.csv', luongTaiCsv());
    await waitForResult(page, 'luong-tai.csv');
    const t = page.locator('tr[data-target="llct_trung_cap_can_bo_2026"]');
    assert.deepEqual(
      [await t.getAttribute('data-officials'), await t.getAttribute('data-reached'), await t.getAttribute('data-to-train')],
      ['75', '67', '8'],
    );
    assert.match(await t.textContent(), /100% đạt trung cấp lý luận chính trị trước 31\/12\/2026/);
    // Removed, the targets go (and the roster is assessed again).
    await page.getByRole('button', { name: 'Bỏ tiêu chuẩn của tỉnh' }).click();
    await page.waitForFunction(() => !document.querySelector('#roster-targets') && document.querySelector('.roster-ok'));
    // A province file chosen here works the same way; a bad one is refused by name.
    const good = fs.readFileSync(path.join(REPO, 'engine', 'provinces', 'example.json'));
    await page.setInputFiles('#roster-province-file', { name: 'tinh.json', mimeType: 'application/json', buffer: good });
    await page.waitForSelector('tr[data-target="llct_trung_cap_can_bo_2026"]');
    const bad = Buffer.from(good.toString('utf8').replace('"percent": 100', '"percent": 0'));
    await page.setInputFiles('#roster-province-file', { name: 'sai.json', mimeType: 'application/json', buffer: bad });
    await page.waitForFunction(() => document.querySelector('.roster-province [role=alert]')?.textContent.includes('percent'));
    h.expectNoConsoleErrors(page);
  },
];
