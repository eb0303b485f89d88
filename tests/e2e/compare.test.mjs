// The comparison ("nếu tôi…", issue 14): one click from a missing area or from the post field
// shows the current result next to a variant, the changed areas highlighted in both and announced
// (aria-live); the share link carries both profiles and an old link still opens; on a phone the
// two results are one below the other, the changes first; axe finds nothing; the README's
// screenshot of the comparison on a phone.
//
// Every profile names its rules and assessment date, so nothing depends on today.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { REPO, profileLink as link } from './lib.mjs';
import { CHAIR, fillChair } from './offline-lib.mjs';

const SCREENSHOTS = path.join(REPO, 'docs', 'screenshots');
const VI = { locale: 'vi-VN' };

const fromB64 = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));

/** [area, status, changed] of each row of one side of the comparison. */
function sideRows(page, side) {
  return page.$$eval(`#${side} [data-area]`, (els) =>
    els.map((e) => [e.dataset.area, e.dataset.status, e.dataset.changed === 'true']),
  );
}

/** The changes listed first: [area, from, to]. */
function changes(page) {
  return page.$$eval('#changes li[data-area]', (els) => els.map((e) => [e.dataset.area, e.dataset.from, e.dataset.to]));
}

/** Both sides agree with the list of changes: an area is marked changed iff its status differs. */
async function expectConsistent(page) {
  const now = await sideRows(page, 'side-now');
  const variant = await sideRows(page, 'side-variant');
  assert.equal(now.length, 8);
  assert.deepEqual(variant.map(([a]) => a), now.map(([a]) => a));
  const listed = await changes(page);
  const expected = now
    .map(([area, s], i) => [area, s, variant[i][1]])
    .filter(([, from, to]) => from !== to);
  assert.deepEqual(listed, expected, 'the changes are the areas whose status differs');
  for (const [i, [area, , changed]] of now.entries()) {
    const differs = expected.some(([a]) => a === area);
    assert.equal(changed, differs, `${area} marked in "now"`);
    assert.equal(variant[i][2], differs, `${area} marked in the variant`);
  }
  return listed;
}

async function expectNoAxeViolations(page, what) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const text = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n  ');
  assert.equal(violations.length, 0, `axe violations ${what}:\n  ${text}`);
}

export default [
  async function one_click_on_a_missing_course_shows_political_theory_met(h) {
    // The chair of contract example 01, typed in by the labels, missing trung cấp LLCT.
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChair(page);
    const row = page.locator('#requirements [data-area="political_theory"]');
    assert.equal(await row.getAttribute('data-status'), 'missing');
    assert.equal(await page.locator('#so-sanh').count(), 0, 'no comparison before the click');
    assert.equal(await page.locator('#compare-status').innerText(), '');
    // One click.
    await row.getByRole('button', { name: /^Nếu tôi học khóa này\s*:\s*Trung cấp lý luận chính trị$/ }).click();
    await page.locator('#so-sanh').waitFor();
    assert.deepEqual(await changes(page), [['political_theory', 'missing', 'met']]);
    await expectConsistent(page);
    assert.match(await page.locator('#changes').innerText(), /1 lĩnh vực thay đổi:\s*Lý luận chính trị: Chưa đạt → Đạt/);
    // Announced to screen readers, in words.
    const status = page.locator('#compare-status');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.match(await status.innerText(), /^1 lĩnh vực thay đổi: Lý luận chính trị: Chưa đạt thành Đạt\. Nếu… Đạt \d\/\d tiêu chuẩn/);
    // The variant says what it changes; the heading has the focus (a phone scrolls to it).
    assert.match(await page.locator('#differs').innerText(), /Lý luận chính trị: Trung cấp lý luận chính trị/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'compare-h');
    assert.ok(await page.getByLabel('Trung cấp lý luận chính trị').isChecked(), 'the course is ticked in the variant');
    // The answers and the current result are untouched.
    assert.equal(await page.getByLabel('Trình độ lý luận chính trị').inputValue(), 'so_cap');
    assert.equal(await row.getAttribute('data-status'), 'missing');
    // Unticked: the same as now; ticked again; closed.
    await page.getByLabel('Trung cấp lý luận chính trị').uncheck();
    assert.deepEqual(await changes(page), []);
    assert.match(await page.locator('#changes').innerText(), /Không lĩnh vực nào thay đổi/);
    assert.match(await page.locator('#differs').innerText(), /Giống hiện tại/);
    await page.getByLabel('Trung cấp lý luận chính trị').check();
    assert.deepEqual(await changes(page), [['political_theory', 'missing', 'met']]);
    await page.getByRole('button', { name: 'Đóng so sánh' }).click();
    assert.equal(await page.locator('#so-sanh').count(), 0);
    assert.equal(await status.innerText(), '');
    h.expectNoConsoleErrors(page);
  },

  async function an_open_comparison_survives_a_reload_and_closed_stays_closed(h) {
    // What the official entered survives a reload: the variant too, not only the answers.
    const page = await h.newPage(VI);
    await h.loadApp(page, link(CHAIR));
    await page.locator('#requirements [data-area="political_theory"]').getByRole('button', { name: /Nếu tôi học khóa này/ }).click();
    await page.getByLabel('Nếu đánh giá vào ngày').fill('2027-07-01');
    const before = { now: await sideRows(page, 'side-now'), variant: await sideRows(page, 'side-variant'), changes: await changes(page) };
    assert.deepEqual(before.changes.map(([a]) => a), ['political_theory']);
    await page.reload();
    await h.waitForApp(page);
    await page.locator('#so-sanh').waitFor();
    assert.deepEqual(await sideRows(page, 'side-now'), before.now);
    assert.deepEqual(await sideRows(page, 'side-variant'), before.variant);
    assert.deepEqual(await changes(page), before.changes);
    assert.equal(await page.getByLabel('Nếu đánh giá vào ngày').inputValue(), '2027-07-01');
    assert.ok(await page.getByLabel('Trung cấp lý luận chính trị').isChecked());
    // Closed, it stays closed after a reload; the answers stay.
    await page.getByRole('button', { name: 'Đóng so sánh' }).click();
    await page.reload();
    await h.waitForApp(page);
    assert.equal(await page.locator('#so-sanh').count(), 0);
    assert.equal(await page.locator('#requirements [data-area="political_theory"]').getAttribute('data-status'), 'missing');
    h.expectNoConsoleErrors(page);
  },

  async function the_post_field_and_the_variants_own_answers_compare_other_situations(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page, link(CHAIR));
    // "Nếu tôi chuyển sang…": one choice.
    const whatIf = page.getByLabel('Nếu tôi chuyển sang chức danh');
    await whatIf.selectOption({ label: 'Văn phòng – thống kê' });
    await page.locator('#so-sanh').waitFor();
    assert.equal(await whatIf.inputValue(), 'van_phong_thong_ke');
    assert.match(await page.locator('#differs').innerText(), /Chức danh đang giữ: Văn phòng – thống kê/);
    assert.ok((await expectConsistent(page)).length > 0, 'another post changes something');
    assert.equal(await page.getByLabel('Nếu chức danh là').inputValue(), 'van_phong_thong_ke');
    // A later date in the variant, past the chair's deadline of 1 Aug 2028.
    await page.getByLabel('Nếu chức danh là').selectOption('chu_tich_ubnd');
    await page.getByLabel('Nếu đánh giá vào ngày').fill('2029-01-15');
    assert.deepEqual(await changes(page), []);
    assert.match(await page.locator('#side-variant [data-area="political_theory"]').innerText(), /Thời hạn 01\/08\/2028/);
    assert.match(await page.locator('#differs').innerText(), /Ngày đánh giá: 15\/01\/2029/);
    // Another unit and a difficult area.
    await page.getByLabel('Nếu công tác ở').selectOption({ label: 'Phường' });
    await page.getByLabel('Nếu ở vùng khó khăn').check();
    const differs = await page.locator('#differs').innerText();
    assert.match(differs, /Đơn vị hành chính: Phường/);
    assert.match(differs, /Xã ở vùng khó khăn: Có/);
    await expectConsistent(page);
    // The official changes an answer in the form: the variant follows it (its own date stays).
    await page.getByLabel('Trình độ lý luận chính trị').selectOption({ label: 'Trung cấp lý luận chính trị' });
    assert.equal(await page.locator('#side-variant [data-area="political_theory"]').getAttribute('data-status'), 'met');
    assert.equal(await page.locator('#side-now [data-area="political_theory"]').getAttribute('data-status'), 'met');
    assert.match(await page.locator('#differs').innerText(), /Ngày đánh giá: 15\/01\/2029/);
    // A date that is not one is flagged next to its field and changes nothing; emptied, the
    // variant is assessed on the answers' date.
    const vDate = page.getByLabel('Nếu đánh giá vào ngày');
    await vDate.fill('0201-01-01');
    assert.equal(await vDate.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#v-as-of-err').innerText(), /Ngày không hợp lệ/);
    assert.match(await page.locator('#differs').innerText(), /Ngày đánh giá: 15\/01\/2029/);
    await vDate.fill('');
    assert.equal(await page.locator('#v-as-of-err').count(), 0);
    assert.doesNotMatch(await page.locator('#differs').innerText(), /Ngày đánh giá/);
    // Back to no post in the chooser: the comparison closes.
    await page.getByLabel('Nếu chức danh là').selectOption('chu_tich_ubnd');
    await whatIf.selectOption('');
    assert.equal(await page.locator('#so-sanh').count(), 0);
    h.expectNoConsoleErrors(page);
  },

  async function the_share_link_carries_both_profiles_and_an_old_link_still_opens(h) {
    const page = await h.newPage({ ...VI, permissions: ['clipboard-read', 'clipboard-write'] });
    await h.loadApp(page, link(CHAIR));
    await page.locator('#requirements [data-area="political_theory"]').getByRole('button', { name: /Nếu tôi học khóa này/ }).click();
    await page.getByLabel('Nếu đánh giá vào ngày').fill('2027-07-01');
    const before = { now: await sideRows(page, 'side-now'), variant: await sideRows(page, 'side-variant'), changes: await changes(page) };
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await page.getByText('Đã sao chép liên kết.').waitFor();
    const shared = await page.getByLabel('Liên kết chia sẻ').inputValue();
    const m = shared.match(/^http:\/\/127\.0\.0\.1:\d+\/#p=([A-Za-z0-9_-]+)&v=([A-Za-z0-9_-]+)$/);
    assert.ok(m, shared);
    // Both are contract profiles (what `assess --compare BEFORE AFTER` reads).
    const [p, v] = [fromB64(m[1]), fromB64(m[2])];
    assert.equal(p.political_theory, 'so_cap');
    assert.equal(v.political_theory, 'trung_cap');
    assert.equal(v.as_of, '2027-07-01');
    assert.equal(v.post, p.post);

    // Opened on another device: the same comparison.
    const other = await h.newPage(VI);
    await other.goto(shared);
    await h.waitForApp(other);
    await other.locator('#so-sanh').waitFor();
    assert.deepEqual(
      { now: await sideRows(other, 'side-now'), variant: await sideRows(other, 'side-variant'), changes: await changes(other) },
      before,
    );
    assert.equal(await other.getByLabel('Nếu đánh giá vào ngày').inputValue(), '2027-07-01');
    assert.match(await other.locator('#notice').innerText(), /liên kết chia sẻ/);
    assert.equal(new URL(other.url()).hash, '');
    // Pasted into an open page (only the hash changes): the comparison opens too.
    const tab = await h.newPage(VI);
    await h.loadApp(tab);
    await tab.evaluate((hash) => { location.hash = hash; }, new URL(shared).hash);
    await tab.locator('#so-sanh').waitFor();
    assert.deepEqual(await changes(tab), before.changes);

    // An old link (one profile) opens as before: no comparison.
    const old = await h.newPage(VI);
    await old.goto(new URL(`#p=${m[1]}`, h.baseUrl).href);
    await h.waitForApp(old);
    assert.equal(await old.locator('#requirements [data-area]').count(), 8);
    assert.equal(await old.locator('#so-sanh').count(), 0);
    assert.equal(await old.getByLabel('Trình độ lý luận chính trị').inputValue(), 'so_cap');
    // A damaged variant is named; the page falls back as for any damaged link.
    const bad = await h.newPage(VI);
    await bad.goto(new URL(`#p=${m[1]}&v=%%%`, h.baseUrl).href);
    await h.waitForApp(bad);
    assert.match(await bad.locator('#notice').innerText(), /Không mở được liên kết chia sẻ/);
    for (const pg of [page, other, tab, old, bad]) h.expectNoConsoleErrors(pg);
  },

  async function on_a_phone_one_below_the_other_with_the_changes_first(h) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const phone = await h.newPage({ ...VI, viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
    await h.loadApp(phone, link(CHAIR));
    // Moving to a specialist post changes several areas: the changed ones come first.
    await phone.getByLabel('Nếu tôi chuyển sang chức danh').selectOption({ label: 'Văn phòng – thống kê' });
    await phone.locator('#so-sanh').waitFor();
    const listed = await expectConsistent(phone);
    assert.ok(listed.length >= 2, `several changes: ${JSON.stringify(listed)}`);
    assert.ok((await phone.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no sideways scroll at 360 px');
    const box = async (sel) => phone.locator(sel).boundingBox();
    const [changesBox, nowBox, variantBox] = [await box('#changes'), await box('#side-now'), await box('#side-variant')];
    assert.ok(changesBox.y + changesBox.height <= nowBox.y, 'the differences first');
    assert.ok(nowBox.y + nowBox.height <= variantBox.y, 'now above the variant');
    assert.ok(Math.abs(nowBox.x - variantBox.x) < 1 && Math.abs(nowBox.width - variantBox.width) < 1, 'one below the other');
    // In each result the changed areas are on top.
    for (const side of ['side-now', 'side-variant']) {
      const rows = await phone.$$eval(`#${side} [data-area]`, (els) =>
        els.map((e) => ({ changed: e.dataset.changed === 'true', y: e.getBoundingClientRect().y })).sort((a, b) => a.y - b.y),
      );
      const firstUnchanged = rows.findIndex((r) => !r.changed);
      assert.equal(firstUnchanged, listed.length, `${side}: the ${listed.length} changed areas first`);
      assert.ok(rows.slice(firstUnchanged).every((r) => !r.changed), `${side}: no changed area after an unchanged one`);
    }
    // On a wide screen the two results are side by side.
    const desktop = await h.newPage({ ...VI, viewport: { width: 1280, height: 900 } });
    await h.loadApp(desktop, link(CHAIR));
    await desktop.getByLabel('Nếu tôi chuyển sang chức danh').selectOption({ label: 'Văn phòng – thống kê' });
    const [n, v] = [await desktop.locator('#side-now').boundingBox(), await desktop.locator('#side-variant').boundingBox()];
    assert.ok(Math.abs(n.y - v.y) < 1 && n.x + n.width <= v.x, 'side by side');

    // The README's picture: the comparison on a 360 px phone, opened from the missing course.
    await phone.getByLabel('Nếu tôi chuyển sang chức danh').selectOption('');
    await phone.locator('#requirements [data-area="political_theory"]').getByRole('button', { name: /Nếu tôi học khóa này/ }).click();
    await phone.locator('#so-sanh').waitFor();
    // No focus ring or caret in the picture: it would change the file on every run.
    // From the heading to the end of the variant's result: both results, one below the other.
    // The bar that jumps to the result sits over a full-page picture: left out of it.
    await phone.evaluate(() => {
      document.activeElement.blur();
      document.querySelector('.jump').style.display = 'none';
    });
    const top = await phone.evaluate(() => document.getElementById('so-sanh').getBoundingClientRect().top + scrollY);
    const end = await phone.evaluate(() => document.getElementById('side-variant').getBoundingClientRect().bottom + scrollY);
    const file = path.join(SCREENSHOTS, 'phone-compare.png');
    await phone.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top - 8, width: 360, height: end - top + 16 } });
    assert.ok(fs.statSync(file).size > 10_000, 'phone-compare.png written');
    h.expectNoConsoleErrors(phone);
  },

  async function axe_finds_no_violation_with_a_comparison_open(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page, link(CHAIR));
    await page.getByLabel('Nếu tôi chuyển sang chức danh').selectOption({ label: 'Văn phòng – thống kê' });
    await page.getByLabel('Nếu đánh giá vào ngày').fill('0201-01-01'); // a field with its error
    await expectNoAxeViolations(page, 'with a comparison open');
    await page.getByRole('button', { name: 'English' }).click();
    assert.match(await page.locator('#compare-h').innerText(), /Compare: now and what if/);
    assert.match(await page.locator('#compare-status').innerText(), /areas? changes?:/);
    await expectNoAxeViolations(page, 'in English with a comparison open');
  },
];
