// The widget as an official uses it: fill the form by its labels, read the result rows by the
// contract's test hooks (data-area / data-status / data-training), share, reload, switch language,
// print, start again; axe finds no violation; screenshots for the README.
//
// Every test names the rules and the assessment date explicitly, so nothing depends on today.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { REPO } from './lib.mjs';
import { fillChair } from './offline-lib.mjs';

const SCREENSHOTS = path.join(REPO, 'docs', 'screenshots');
const PROFILE_KEY = 'cbcc-widget.profile';
// Vietnamese phones show dates as dd/mm/yyyy: use their locale.
const VI = { locale: 'vi-VN' };

/** Chooses the option whose text matches `re` in the select labelled `label`. */
async function choose(page, label, re) {
  const select = page.getByLabel(label);
  const texts = await select.locator('option').allTextContents();
  const text = texts.find((t) => re.test(t));
  assert.ok(text, `no option ${re} in "${label}": ${texts.join(' | ')}`);
  await select.selectOption({ label: text });
}

/** The official of contract example 01: a People's Committee chair with elementary political theory. */
async function fillChairman(page) {
  await fillChair(page);
  await page.getByRole('button', { name: 'Thêm chứng chỉ tin học' }).click();
  await page.getByLabel('Loại chứng chỉ').selectOption({ label: 'Chứng chỉ tin học ứng dụng B' });
  await page.getByLabel('Ngày cấp').fill('2015-03-01');
}

/** The result as data: [area, status] per row and the training ids of the plan. */
async function readResult(page) {
  return {
    rows: await page.$$eval('#requirements [data-area]', (els) => els.map((e) => [e.dataset.area, e.dataset.status])),
    plan: await page.$$eval('#plan [data-training]', (els) => els.map((e) => e.dataset.training)),
    summary: (await page.locator('#summary').innerText()).trim(),
  };
}

/** The answers as the form shows them. */
async function readAnswers(page) {
  const v = (label, opts) => page.getByLabel(label, opts).inputValue();
  return {
    regime: await v('Bộ quy định áp dụng'),
    asOf: await v('Ngày đánh giá'),
    post: await v('Chức danh đang giữ'),
    since: await v('Giữ chức danh này từ ngày'),
    age: await v('Tuổi', { exact: true }),
    general: await v('Giáo dục phổ thông'),
    professional: await v('Bằng chuyên môn cao nhất'),
    political: await v('Trình độ lý luận chính trị'),
    itKind: await v('Loại chứng chỉ'),
    itIssued: await v('Ngày cấp'),
  };
}

const statusOf = (page, area) => page.locator(`#requirements [data-area="${area}"]`).getAttribute('data-status');

/** The number of A4 pages the page prints on. */
async function pdfPages(page) {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

async function expectNoAxeViolations(page, what) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const text = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n  ');
  assert.equal(violations.length, 0, `axe violations on the ${what} page:\n  ${text}`);
}

export default [
  async function before_a_post_is_chosen_a_friendly_prompt_and_the_rules_in_use(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await assert.doesNotReject(page.locator('.prompt').waitFor());
    assert.match(await page.locator('.prompt').innerText(), /chọn chức danh/i);
    assert.equal(await page.locator('[data-area]').count(), 0);
    // The page always says which rules and which date it uses.
    assert.match(await page.locator('#applied').innerText(), /^Áp dụng: .+ — ngày đánh giá \d\d\/\d\d\/\d{4} \(hôm nay\) — quy định rà soát ngày \d\d\/\d\d\/\d{4}$/);
    // No submit button: the result follows the answers.
    assert.equal(await page.locator('button[type=submit], input[type=submit]').count(), 0);
    assert.equal(await page.locator('#ket-qua .live').getAttribute('aria-live'), 'polite');
    h.expectNoConsoleErrors(page);
  },

  async function filled_in_by_its_labels_it_shows_every_standard_and_the_plan(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    const applied = await page.locator('#applied').innerText();
    assert.match(applied, /Nghị định 33\/2023\/NĐ-CP/);
    assert.match(applied, /ngày đánh giá 21\/11\/2026/);
    assert.match(applied, /quy định rà soát ngày/);
    const r = await readResult(page);
    // Every area once, in the contract's order.
    assert.deepEqual(
      r.rows.map(([a]) => a),
      ['age', 'general_education', 'professional', 'political_theory', 'it', 'state_management', 'defence_security', 'ethnic_language'],
    );
    const status = Object.fromEntries(r.rows);
    assert.equal(status.political_theory, 'missing');
    assert.equal(status.professional, 'met');
    assert.equal(status.general_education, 'met');
    assert.ok(r.plan.includes('llct_trung_cap'), `plan ${r.plan}`);
    assert.ok(!r.plan.includes('dai_hoc') && !r.plan.includes('llct_so_cap'), `plan ${r.plan}`);
    // Status as icon and text, never colour alone; deadline and basis in the row.
    const row = page.locator('[data-area="political_theory"]');
    const rowText = await row.innerText();
    assert.match(rowText, /Chưa đạt/);
    assert.match(rowText, /✗/);
    assert.match(rowText, /Thời hạn\s+01\/08\/2028/);
    assert.match(rowText, /Căn cứ\s+Nghị định 33\/2023\/NĐ-CP, Điều 8/);
    assert.match(rowText, /Trung cấp lý luận chính trị/);
    // The summary counts met over required (met + missing) and the courses of the plan.
    const met = r.rows.filter(([, s]) => s === 'met').length;
    const missing = r.rows.filter(([, s]) => s === 'missing').length;
    assert.equal(r.summary, `✗ Đạt ${met}/${met + missing} tiêu chuẩn — cần học ${r.plan.length} khóa`);
    // The plan: each course with its length, provider and deadline.
    const course = await page.locator('#plan [data-training="llct_trung_cap"]').innerText();
    assert.match(course, /Thời lượng/);
    assert.match(course, /Trường Chính trị tỉnh/);
    assert.match(course, /Hoàn thành trước\s+01\/08\/2028/);
    // A rule resting on an unconfirmed fact is marked.
    const unverified = await page.$$eval('#requirements [data-area]', (els) =>
      els.filter((e) => e.querySelector('.unverified')).map((e) => e.dataset.area),
    );
    for (const area of unverified) {
      assert.match(await page.locator(`[data-area="${area}"]`).innerText(), /chưa xác minh/);
    }
    // The old B certificate from 2015 counts as the basic one.
    assert.notEqual(await statusOf(page, 'it'), 'missing');
    h.expectNoConsoleErrors(page);
  },

  async function the_result_changes_as_the_official_types(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    assert.equal(await statusOf(page, 'political_theory'), 'missing');
    // Past the deadline, the row says so.
    await page.getByLabel('Ngày đánh giá').fill('2029-01-15');
    assert.match(await page.locator('[data-area="political_theory"]').innerText(), /Thời hạn\s+01\/08\/2028 quá hạn/);
    assert.match(await page.locator('#applied').innerText(), /ngày đánh giá 15\/01\/2029/);
    await page.getByLabel('Trình độ lý luận chính trị').selectOption({ label: 'Cử nhân chính trị' });
    assert.equal(await statusOf(page, 'political_theory'), 'met');
    assert.equal(await page.locator('#plan [data-training="llct_trung_cap"]').count(), 0);
    h.expectNoConsoleErrors(page);
  },

  async function it_certificates_are_a_list_and_old_abc_ones_count_only_before_2016(h) {
    // Contract example 03: TT 13/2019, an office-statistics civil servant needs the basic IT certificate.
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await choose(page, 'Bộ quy định áp dụng', /^Thông tư 13\/2019/);
    await page.getByLabel('Ngày đánh giá').fill('2022-06-01');
    await page.getByLabel('Chức danh đang giữ').selectOption({ label: 'Văn phòng – thống kê' });
    assert.equal(await statusOf(page, 'it'), 'missing');
    assert.equal(await page.locator('#plan [data-training="tin_hoc_co_ban"]').count(), 1);
    const add = page.getByRole('button', { name: 'Thêm chứng chỉ tin học' });
    await add.click();
    await add.click();
    const kinds = page.getByLabel('Loại chứng chỉ');
    const dates = page.getByLabel('Ngày cấp');
    assert.equal(await kinds.count(), 2);
    await kinds.nth(0).selectOption({ label: 'Chứng chỉ ứng dụng CNTT cơ bản' });
    await dates.nth(0).fill('2020-05-04');
    await kinds.nth(1).selectOption({ label: 'Chứng chỉ tin học ứng dụng B' });
    await dates.nth(1).fill('2017-01-01');
    assert.equal(await statusOf(page, 'it'), 'met');
    // Remove the basic one: the B certificate of 2017 does not count.
    await page.getByRole('button', { name: 'Xóa chứng chỉ 1' }).click();
    assert.equal(await kinds.count(), 1);
    assert.equal(await kinds.inputValue(), 'abc_b');
    assert.equal(await dates.inputValue(), '2017-01-01');
    assert.equal(await page.getByRole('group', { name: 'Chứng chỉ 1' }).count(), 1);
    assert.equal(await statusOf(page, 'it'), 'missing');
    assert.match(await page.locator('[data-area="it"]').innerText(), /10\/08\/2016/);
    // Issued before 10 Aug 2016 it counts.
    await dates.fill('2015-03-01');
    assert.equal(await statusOf(page, 'it'), 'met');
    h.expectNoConsoleErrors(page);
  },

  async function a_post_missing_from_other_rules_is_cleared_with_a_message(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await choose(page, 'Bộ quy định áp dụng', /^Thông tư 13\/2019/);
    // Under TT 13/2019 the posts come in two groups.
    assert.deepEqual(await page.$$eval('#post optgroup', (g) => g.map((x) => x.label)), ['Cán bộ', 'Công chức']);
    await page.getByLabel('Chức danh đang giữ').selectOption({ label: 'Trưởng Công an xã' });
    assert.equal(await page.locator('[data-area]').count(), 8);
    await choose(page, 'Bộ quy định áp dụng', /^Nghị định 33\/2023/);
    assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), '');
    assert.match(await page.locator('#post-err').innerText(), /Chức danh “Trưởng Công an xã” không có trong Nghị định 33\/2023.*chọn lại/);
    assert.equal(await page.locator('[data-area]').count(), 0);
    // The 2025 law groups its posts as leadership and specialists.
    await choose(page, 'Bộ quy định áp dụng', /^Luật Cán bộ, công chức 2025/);
    assert.deepEqual(await page.$$eval('#post optgroup', (g) => g.map((x) => x.label)), ['Lãnh đạo, quản lý', 'Chuyên môn']);
    h.expectNoConsoleErrors(page);
  },

  async function the_land_officials_title_follows_the_unit(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await choose(page, 'Bộ quy định áp dụng', /^Nghị định 33\/2023/);
    await choose(page, 'Chức danh đang giữ', /^Địa chính – nông nghiệp/);
    await page.getByLabel('Đơn vị hành chính').selectOption({ label: 'Phường' });
    assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), 'dia_chinh');
    assert.equal(await page.locator('#post option:checked').textContent(), 'Địa chính – xây dựng – đô thị và môi trường');
    assert.match(await page.locator('.post-line').innerText(), /Địa chính – xây dựng – đô thị và môi trường/);
  },

  async function a_wrong_age_shows_a_vietnamese_message_next_to_the_field(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    const age = page.getByLabel('Tuổi', { exact: true });
    await age.fill('14');
    assert.equal(await age.getAttribute('aria-invalid'), 'true');
    assert.equal((await page.locator('#age-err').innerText()).replace('⚠', '').trim(), 'Tuổi phải là số nguyên từ 15 đến 80.');
    assert.match(await age.getAttribute('aria-describedby'), /\bage-err\b/);
    // The page carries on: the rest of the result is still there.
    assert.equal(await page.locator('[data-area]').count(), 8);
    await age.fill('45');
    assert.equal(await page.locator('#age-err').count(), 0);
    // An assessment date before any rules is explained, not a blank page.
    await page.getByLabel('Bộ quy định áp dụng').selectOption('');
    await page.getByLabel('Ngày đánh giá').fill('2010-01-01');
    assert.match(await page.locator('#applied').innerText(), /Không có bộ quy định nào có hiệu lực vào ngày 01\/01\/2010/);
    h.expectNoConsoleErrors(page);
  },

  async function the_share_link_opens_the_same_answers_and_result(h) {
    const page = await h.newPage({ ...VI, permissions: ['clipboard-read', 'clipboard-write'] });
    await h.loadApp(page);
    await fillChairman(page);
    const answers = await readAnswers(page);
    const result = await readResult(page);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await page.getByText('Đã sao chép liên kết.').waitFor();
    const link = await page.getByLabel('Liên kết chia sẻ').inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#p=[A-Za-z0-9_-]+$/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    // Someone else, on another device (a fresh context: nothing saved).
    const other = await h.newPage(VI);
    await other.goto(link);
    await h.waitForApp(other);
    assert.deepEqual(await readAnswers(other), answers);
    assert.deepEqual(await readResult(other), result);
    assert.match(await other.locator('#notice').innerText(), /liên kết chia sẻ/);
    // The address is clean again; the answers are kept on that device.
    assert.equal(new URL(other.url()).hash, '');
    assert.ok(await other.evaluate((k) => localStorage.getItem(k), PROFILE_KEY));
    h.expectNoConsoleErrors(page);
    h.expectNoConsoleErrors(other);
  },

  async function a_damaged_share_link_shows_a_message_and_falls_back(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    const before = await readResult(page);
    // Opened in a new tab of the same browser: the saved answers are there.
    const tab = await page.context().newPage();
    await tab.goto(new URL('#p=bm90IGpzb24', h.baseUrl).href);
    await h.waitForApp(tab);
    assert.match(await tab.locator('#notice').innerText(), /Không mở được liên kết chia sẻ: hồ sơ không phải JSON hợp lệ/);
    assert.deepEqual(await readResult(tab), before);
    // Pasted into the address bar of an open page (only the hash changes): same message.
    await page.evaluate(() => { location.hash = '#p=%%%'; });
    await page.locator('#notice').getByText('Không mở được liên kết chia sẻ').waitFor();
    assert.deepEqual(await readResult(page), before);
    h.expectNoConsoleErrors(page);
  },

  async function a_reload_keeps_the_answers(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    const answers = await readAnswers(page);
    const result = await readResult(page);
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY));
    assert.equal(saved.v, 1);
    assert.equal(saved.profile.post, 'chu_tich_ubnd');
    assert.equal(saved.profile.regime, 'nd33_2023');
    await page.reload();
    await h.waitForApp(page);
    assert.deepEqual(await readAnswers(page), answers);
    assert.deepEqual(await readResult(page), result);
    h.expectNoConsoleErrors(page);
  },

  async function start_again_clears_everything_and_can_be_undone(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    const answers = await readAnswers(page);
    await page.getByRole('button', { name: 'Làm lại' }).click();
    assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), '');
    assert.equal(await page.getByLabel('Tuổi', { exact: true }).inputValue(), '');
    assert.equal(await page.getByLabel('Trình độ lý luận chính trị').inputValue(), 'none');
    assert.equal(await page.locator('.prompt').count(), 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY), null);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    assert.deepEqual(await readAnswers(page), answers);
    // Cleared for good, it stays cleared after a reload.
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await page.reload();
    await h.waitForApp(page);
    assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), '');
    h.expectNoConsoleErrors(page);
  },

  async function the_language_switch_gives_english_everywhere(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.title(), 'Self-assessment of standards for commune cadres and civil servants');
    assert.equal(await page.getByLabel('Your post').inputValue(), 'chu_tich_ubnd');
    assert.equal(await page.locator('#post option:checked').textContent(), "Chair of the People's Committee");
    assert.equal(await page.getByLabel('Age', { exact: true }).inputValue(), '45');
    assert.match(await page.locator('#summary').innerText(), /^✗ Meets \d of \d standards — \d courses? to take$/);
    assert.match(await page.locator('[data-area="political_theory"]').innerText(), /Not met/);
    assert.match(await page.locator('#applied').innerText(), /^Applying: Decree 33\/2023/);
    // The choice of language survives a reload; and back to Vietnamese.
    await page.reload();
    await h.waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), 'chu_tich_ubnd');
    h.expectNoConsoleErrors(page);
  },

  async function a_corrupted_or_unknown_saved_value_resets_with_a_message(h) {
    for (const bad of ['{"v":1,"profile":{"post":', '{"v":99,"profile":{"post":"chu_tich_ubnd"}}', '{"v":1,"profile":{"post":"chu_tich_ubnd","age":"bốn mươi"}}']) {
      const page = await h.newPage(VI);
      await page.addInitScript(
        ([k, v]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(k, v);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [PROFILE_KEY, bad],
      );
      await h.loadApp(page);
      assert.match(await page.locator('#notice').innerText(), /Không đọc được các câu trả lời đã lưu.*Vui lòng nhập lại/, bad);
      assert.equal(await page.getByLabel('Chức danh đang giữ').inputValue(), '', bad);
      assert.equal(await page.locator('.prompt').count(), 1, bad);
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY), null, bad);
      h.expectNoConsoleErrors(page);
    }
  },

  async function printed_it_is_a_one_page_sheet_without_controls(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await fillChairman(page);
    assert.equal(await page.locator('#answers').isVisible(), false, 'answers block hidden on screen');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.toolbar', 'form', '.jump']) {
      assert.equal(await page.locator(sel).isVisible(), false, `${sel} hidden in print`);
    }
    assert.equal(await page.locator('button:visible').count(), 0, 'no button in print');
    for (const sel of ['#answers', '#applied', '#summary', '#requirements', '#plan']) {
      assert.ok(await page.locator(sel).isVisible(), `${sel} printed`);
    }
    const answers = await page.locator('#answers').innerText();
    assert.match(await page.locator(".print-title").innerText(), /Phiếu tự đánh giá/);
    assert.match(answers, /Câu trả lời/);
    assert.match(answers, /Chức danh đang giữ\s*:?\s*Chủ tịch Ủy ban nhân dân/);
    assert.match(answers, /Sơ cấp lý luận chính trị/);
    assert.match(answers, /Chứng chỉ tin học ứng dụng B \(01\/03\/2015\)/);
    assert.match(await page.locator('#requirements').innerText(), /Nghị định 33\/2023\/NĐ-CP/);
    // One A4 page, also for an official who holds nothing yet (the longest result).
    assert.equal(await pdfPages(page), 1, 'the example sheet fits one page');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await choose(page, 'Bộ quy định áp dụng', /^Nghị định 33\/2023/);
    await page.getByLabel('Ngày đánh giá').fill('2026-11-21');
    await page.getByLabel('Chức danh đang giữ').selectOption({ label: 'Văn phòng – thống kê' });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await pdfPages(page), 1, 'the longest sheet fits one page');
  },

  async function every_control_is_reachable_by_keyboard(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await page.getByRole('button', { name: 'Thêm chứng chỉ tin học' }).click();
    const seen = new Set();
    await page.locator('body').focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const a = document.activeElement;
        return a && a !== document.body ? a.id || `${a.tagName}:${a.textContent.trim()}` : null;
      });
      if (id) seen.add(id);
    }
    for (const id of ['post', 'in-post-since', 'unit', 'difficult-area', 'extremely-difficult-area', 'sex', 'birth-date', 'age',
      'ethnic-minority', 'general-education', 'professional', 'field-fits',
      'political-theory', 'it-kind-0', 'it-issued-0', 'state-management', 'defence-security', 'ethnic-language', 'regime', 'as-of']) {
      assert.ok(seen.has(id), `#${id} not reached by Tab (reached: ${[...seen].join(', ')})`);
    }
    for (const name of ['English', 'Sao chép liên kết', 'In phiếu', 'Làm lại', 'Thêm chứng chỉ tin học', 'Xóa chứng chỉ 1']) {
      assert.ok(seen.has(`BUTTON:${name}`) || [...seen].some((s) => s.endsWith(name)), `button ${name} not reached by Tab`);
    }
    // Choosing a post with the keyboard alone works too.
    await page.locator('#post').focus();
    await page.keyboard.press('ArrowDown');
    assert.notEqual(await page.locator('#post').inputValue(), '');
    assert.equal(await page.locator('[data-area]').count(), 8);
  },

  async function axe_finds_no_violation_on_the_empty_and_the_filled_page(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page);
    await expectNoAxeViolations(page, 'empty');
    await fillChairman(page);
    await page.getByLabel('Tuổi', { exact: true }).fill('14'); // an error shown next to its field
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expectNoAxeViolations(page, 'filled-in');
    await page.getByRole('button', { name: 'English' }).click();
    await expectNoAxeViolations(page, 'English filled-in');
  },

  async function screenshots_at_phone_and_desktop_width(h) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const phone = await h.newPage({ ...VI, viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
    await h.loadApp(phone);
    await fillChairman(phone);
    assert.ok((await phone.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no sideways scroll at 360 px');
    await phone.evaluate(() => { document.activeElement.blur(); document.getElementById('ket-qua').scrollIntoView(); });
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'phone.png') });
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'phone-form.png') });

    const desktop = await h.newPage({ ...VI, viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
    await h.loadApp(desktop);
    await fillChairman(desktop);
    // No blinking caret in the picture: it would change the file on every run.
    await desktop.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
    await desktop.screenshot({ path: path.join(SCREENSHOTS, 'desktop.png') });
    for (const f of ['phone.png', 'phone-form.png', 'desktop.png']) {
      assert.ok(fs.statSync(path.join(SCREENSHOTS, f)).size > 10_000, `${f} written`);
    }
  },
];
