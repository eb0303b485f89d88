// The personal plan on a timeline (issue 14): the trainings in the order to take them, each with
// its deadline, length and provider; printed alone on one page; downloaded as a calendar file
// (.ics) through a Blob, checked with a registry's iCalendar parser (npm ical.js) and against
// the RFC 5545 rules a parser forgives (CRLF, lines of at most 75 octets).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { profileLink } from './lib.mjs';
import { CHAIR } from './offline-lib.mjs';

const VI = { locale: 'vi-VN' };

/** A military commander under today's law, in post since 1 Aug 2025, holding nothing yet:
 *  five courses, one overdue, one due only because the degree after it is. */
const COMMANDER = { as_of: '2026-11-21', post: 'chi_huy_truong_quan_su', in_post_since: '2025-08-01' };

/** The timeline as data: [training id, deadline or null] in the order shown. */
function timeline(page) {
  return page.$$eval('#plan [data-training]', (els) => els.map((e) => [e.dataset.training, e.dataset.deadline ?? null]));
}

/** The number of A4 pages the page prints on. */
async function pdfPages(page) {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

/** Clicks the download button and returns {name, url, text} of the file. */
async function download(page, button) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), url: dl.url(), text: fs.readFileSync(file, 'utf8') };
}

/** RFC 5545 §3.1 as a lenient parser would not check it: CRLF only, each line ≤ 75 octets. */
function expectWellFolded(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line breaks');
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
  }
}

export default [
  async function the_plan_is_a_dated_timeline_in_the_order_to_take_them(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page, profileLink(COMMANDER));
    assert.deepEqual(await timeline(page), [
      ['qlnn_lanh_dao_cap_phong', '2026-08-01'],
      ['thpt', '2030-07-01'],
      ['dai_hoc_quan_su_co_so', '2030-07-01'],
      ['llct_cao_cap', '2030-07-01'],
      ['qpan_doi_tuong_4', null],
    ]);
    const item = (id) => page.locator(`#plan [data-training="${id}"]`).innerText();
    // Overdue on the assessment date: said in words.
    assert.match(await item('qlnn_lanh_dao_cap_phong'), /^Hoàn thành trước 01\/08\/2026 · quá hạn/);
    // Upper secondary has no deadline of its own: it is due before the degree that needs it.
    const thpt = await item('thpt');
    assert.match(thpt, /^Hoàn thành trước 01\/07\/2030 · còn 43 tháng/);
    assert.match(thpt, /Cần xong trước khóa\s+Đại học ngành quân sự cơ sở/);
    assert.match(await item('qpan_doi_tuong_4'), /^Chưa có thời hạn/);
    // Each with its length and provider.
    for (const id of ['qlnn_lanh_dao_cap_phong', 'thpt', 'dai_hoc_quan_su_co_so', 'llct_cao_cap', 'qpan_doi_tuong_4']) {
      assert.match(await item(id), /Thời lượng\s+\S[\s\S]*Nơi đào tạo\s+\S/, id);
    }
    // The chair of example 01: trung cấp LLCT by 1 Aug 2028, 20 months after 21 Nov 2026.
    await page.goto(new URL(profileLink(CHAIR), h.baseUrl).href);
    await page.locator('#plan [data-training="llct_trung_cap"]').waitFor();
    assert.deepEqual(await timeline(page), [['llct_trung_cap', '2028-08-01'], ['qpan_doi_tuong_3', null]]);
    assert.match(await item('llct_trung_cap'), /Hoàn thành trước 01\/08\/2028 · còn 20 tháng/);
    h.expectNoConsoleErrors(page);
  },

  async function the_plan_prints_alone_on_one_page(h) {
    const page = await h.newPage(VI);
    await h.loadApp(page, profileLink(COMMANDER));
    // The button marks the widget for the plan's print until the print dialog closes.
    await page.evaluate(() => {
      window.print = () => { window.printedAs = document.getElementById('app').getAttribute('data-print'); };
    });
    await page.getByRole('button', { name: 'In kế hoạch' }).click();
    assert.equal(await page.evaluate(() => window.printedAs), 'plan');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['#plan', '.plan-only', '#plan-h']) {
      assert.ok(await page.locator(sel).isVisible(), `${sel} printed`);
    }
    for (const sel of ['#requirements', '#answers', '#summary', '#applied', '.print-title', '#suggested', 'form']) {
      assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} left out of the plan`);
    }
    assert.equal(await page.locator('button:visible').count(), 0, 'no button on paper');
    assert.match(
      await page.locator('.plan-only').innerText(),
      /^Kế hoạch học tập cá nhân — .*Chỉ huy trưởng Ban Chỉ huy quân sự.* — Ngày đánh giá 21\/11\/2026$/,
    );
    assert.equal(await pdfPages(page), 1, 'the plan fits one page');
    // After printing, the page prints the whole sheet again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('#app').getAttribute('data-print'), null);
    assert.ok(await page.locator('#requirements').isVisible(), 'the sheet prints whole again');
    h.expectNoConsoleErrors(page);
  },

  async function the_calendar_file_opens_in_a_calendar(h) {
    const page = await h.newPage({ ...VI, acceptDownloads: true });
    await h.loadApp(page, profileLink(COMMANDER));
    const steps = await timeline(page);
    const { name, url, text } = await download(page, 'Tải về lịch (.ics)');
    assert.equal(name, 'ke-hoach-hoc-tap.ics');
    assert.match(url, /^blob:/, 'made in the page, through a Blob');
    expectWellFolded(text);
    // A registry's parser reads it (ical.js throws on malformed content lines).
    const cal = new ICAL.Component(ICAL.parse(text));
    assert.equal(cal.name, 'vcalendar');
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    assert.ok(cal.getFirstPropertyValue('prodid'));
    const events = cal.getAllSubcomponents('vevent');
    const todos = cal.getAllSubcomponents('vtodo');
    const dated = steps.filter(([, d]) => d);
    assert.equal(events.length, dated.length, 'one event per deadline');
    assert.equal(todos.length, steps.length - dated.length, 'a to-do per course without one');
    const uids = new Set();
    for (const [i, ev] of events.entries()) {
      const e = new ICAL.Event(ev);
      uids.add(e.uid);
      // An all-day event on the deadline, in the timeline's order.
      assert.ok(e.startDate.isDate, 'VALUE=DATE');
      assert.equal(e.startDate.toString(), dated[i][1]);
      assert.equal(e.endDate.toString(), new Date(Date.parse(dated[i][1]) + 86_400_000).toISOString().slice(0, 10));
      const stamp = ev.getFirstPropertyValue('dtstamp');
      assert.ok(stamp && stamp.isDate === false && stamp.zone === ICAL.Timezone.utcTimezone, 'DTSTAMP in UTC');
      assert.match(e.summary, /^Hạn hoàn thành: /);
      assert.match(e.description, /Thời lượng: .+\nNơi đào tạo: .+/);
      // A reminder a month before: a displayed alarm triggered 28 to 31 days earlier.
      const alarm = ev.getFirstSubcomponent('valarm');
      assert.ok(alarm, 'VALARM');
      assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
      assert.ok(alarm.getFirstPropertyValue('description'));
      const trigger = alarm.getFirstPropertyValue('trigger');
      assert.ok(trigger.isNegative && trigger.toSeconds() <= -28 * 86400 && trigger.toSeconds() >= -31 * 86400, `trigger ${trigger}`);
      const reminder = e.startDate.clone();
      reminder.addDuration(trigger);
      const due = e.startDate;
      assert.equal(reminder.day, due.day, 'the same day of the month before');
      assert.equal((reminder.month % 12) + 1, due.month, 'the month before');
    }
    for (const t of todos) uids.add(t.getFirstPropertyValue('uid'));
    assert.equal(uids.size, steps.length, 'unique UIDs');
    // The names as the page shows them, Vietnamese with its diacritics.
    const first = new ICAL.Event(events[0]);
    assert.equal(first.summary, 'Hạn hoàn thành: Bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho lãnh đạo, quản lý cấp phòng');
    assert.match(new ICAL.Event(events[1]).description, /Cần xong trước khóa: Đại học ngành quân sự cơ sở/);

    // In English: an English file name and words.
    await page.getByRole('button', { name: 'English' }).click();
    const en = await download(page, 'Download the calendar (.ics)');
    assert.equal(en.name, 'training-plan.ics');
    expectWellFolded(en.text);
    const enEvents = new ICAL.Component(ICAL.parse(en.text)).getAllSubcomponents('vevent');
    assert.match(new ICAL.Event(enEvents[0]).summary, /^Deadline: State-management programme/);
    h.expectNoConsoleErrors(page);
  },

  async function the_chair_exports_the_plan_of_the_course_that_makes_political_theory_met(h) {
    // Done when: a chair missing trung cấp LLCT sees in one click that finishing it makes political
    // theory "met", and can print or export the plan.
    const page = await h.newPage({ ...VI, acceptDownloads: true });
    await h.loadApp(page, profileLink(CHAIR));
    await page.locator('#requirements [data-area="political_theory"]').getByRole('button', { name: /Nếu tôi học khóa này/ }).click();
    assert.equal(await page.locator('#side-variant [data-area="political_theory"]').getAttribute('data-status'), 'met');
    const { text } = await download(page, 'Tải về lịch (.ics)');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    assert.equal(events.length, 1);
    const e = new ICAL.Event(events[0]);
    assert.equal(e.summary, 'Hạn hoàn thành: Trung cấp lý luận chính trị');
    assert.equal(e.startDate.toString(), '2028-08-01');
    assert.equal(e.uid, 'llct_trung_cap-20280801-chu_tich_ubnd@cbcc-tu-danh-gia');
    h.expectNoConsoleErrors(page);
  },
];
