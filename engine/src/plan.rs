//! The personal plan: the trainings owed, in the order to take them, each with its deadline, on a
//! dated timeline ([`timeline`]); and the same plan as a calendar file ([`ics`], iCalendar,
//! RFC 5545): one all-day event on each deadline, with a reminder a month before.

use crate::assess::{Report, TrainingItem};
use crate::date::Date;
use crate::rules::rule_set;
use std::fmt::Write;

/// One course of the timeline.
#[derive(Clone, Debug)]
pub struct Step<'a> {
    pub training: &'a TrainingItem,
    /// Complete by: its own deadline, or the earlier one of a course that needs it first.
    pub deadline: Option<Date>,
    /// That course, when its deadline is the one that counts.
    pub before: Option<&'a TrainingItem>,
}

/// Whether the course with id `needs` must be finished before the course with id `course`.
fn must_come_before(needs: &str, course: &str) -> bool {
    rule_set()
        .catalogue
        .trainings
        .iter()
        .find(|t| t.id == course)
        .is_some_and(|t| t.after.iter().any(|a| a == needs))
}

/// The trainings owed in the order to take them: by the date each must be finished (a course
/// needed by another is due by that one's deadline at the latest), prerequisites first, those
/// without a deadline last.
pub fn timeline(report: &Report) -> Vec<Step<'_>> {
    let list = &report.trainings;
    let mut steps: Vec<Step> = list
        .iter()
        .map(|t| Step {
            training: t,
            deadline: t.deadline,
            before: None,
        })
        .collect();
    // The report lists prerequisites first: from the last course back, each passes its
    // deadline on to the courses it needs (and so on down).
    for i in (0..steps.len()).rev() {
        let Some(due) = steps[i].deadline else {
            continue;
        };
        for j in 0..i {
            if must_come_before(&list[j].id, &list[i].id)
                && steps[j].deadline.is_none_or(|d| due < d)
            {
                steps[j].deadline = Some(due);
                steps[j].before = Some(&list[i]);
            }
        }
    }
    // A stable insertion sort (a few courses; no sort routine in the wasm for it): on the same
    // day the report's order, prerequisites first, stays.
    let key = |s: &Step| (s.deadline.is_none(), s.deadline);
    for i in 1..steps.len() {
        let mut j = i;
        while j > 0 && key(&steps[j - 1]) > key(&steps[j]) {
            steps.swap(j - 1, j);
            j -= 1;
        }
    }
    steps
}

/// Whole months from `from` to `to` (negative when `to` is earlier).
pub fn months_between(from: Date, to: Date) -> i32 {
    let months = (to.year - from.year) * 12 + to.month as i32 - from.month as i32;
    match months {
        m if m > 0 && to.day < from.day => m - 1,
        m if m < 0 && to.day > from.day => m + 1,
        m => m,
    }
}

/// TEXT as RFC 5545 §3.3.11 writes it: `\`, `;`, `,` escaped, a line break as `\n`, other
/// control characters dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded (RFC 5545 §3.1): no line longer than 75 octets without its
/// CRLF, a continuation starting with one space, never splitting a UTF-8 character.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// `YYYYMMDD`.
fn ical_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// The calendar's words, in Vietnamese or English.
struct Words {
    calendar: &'static str,
    deadline: &'static str,
    take: &'static str,
    post: &'static str,
    assessed: &'static str,
    length: &'static str,
    provider: &'static str,
    basis: &'static str,
    before: &'static str,
    reminder: &'static str,
}

const VI: Words = Words {
    calendar: "Kế hoạch học tập",
    deadline: "Hạn hoàn thành",
    take: "Cần học (quy định không nêu thời hạn)",
    post: "Chức danh",
    assessed: "đánh giá ngày",
    length: "Thời lượng",
    provider: "Nơi đào tạo",
    basis: "Căn cứ",
    before: "Cần xong trước khóa",
    reminder: "Còn một tháng đến hạn hoàn thành",
};

const EN: Words = Words {
    calendar: "Training plan",
    deadline: "Deadline",
    take: "To take (no deadline in the rules)",
    post: "Post",
    assessed: "assessed on",
    length: "Length",
    provider: "Provider",
    basis: "Legal basis",
    before: "To be finished before",
    reminder: "One month to the deadline",
};

/// The plan as an iCalendar file (RFC 5545), in the timeline's order: for each course with a
/// deadline, an all-day event on that day (`DTSTART;VALUE=DATE`) with what it is, its length,
/// provider and legal basis, and a reminder (`VALARM`) a calendar month before; a course without
/// a deadline is a to-do (`VTODO`) without a due date. `now` (seconds since 1970, UTC) is the
/// `DTSTAMP`; the `UID`s are stable (course, deadline and post), so importing the plan again
/// updates it. None when there is no course to take (a calendar needs a component).
pub fn ics(report: &Report, english: bool, now: i64) -> Option<String> {
    let w = if english { &EN } else { &VI };
    let pick = |vi: &str, en: &str| if english { en } else { vi }.to_string();
    let post = pick(&report.post_name_vi, &report.post_name_en);
    let as_of = if english {
        report.as_of.to_string()
    } else {
        report.as_of.vi()
    };
    let (day, secs) = (now.div_euclid(86_400), now.rem_euclid(86_400));
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ical_date(Date::from_days_since_epoch(day)),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    let mut out = String::new();
    for step in timeline(report) {
        let t = step.training;
        let name = pick(&t.name_vi, &t.name_en);
        let mut about = format!(
            "{}: {post} ({} {as_of})\n{}: {}\n{}: {}\n{}: {}",
            w.post,
            w.assessed,
            w.length,
            pick(&t.length_vi, &t.length_en),
            w.provider,
            pick(&t.provider_vi, &t.provider_en),
            w.basis,
            t.basis
        );
        if let Some(b) = step.before {
            let _ = write!(about, "\n{}: {}", w.before, pick(&b.name_vi, &b.name_en));
        }
        let about = escape(&about);
        // One component, a content line a line (escaped text holds no line break), then folded.
        let component = match step.deadline {
            // No deadline in the rules: a to-do without a due date (calendars that keep to-dos
            // list it; the others leave it out).
            None => format!(
                "BEGIN:VTODO\nUID:{id}-{p}@cbcc-tu-danh-gia\nDTSTAMP:{stamp}\nSUMMARY:{summary}\n\
                 DESCRIPTION:{about}\nEND:VTODO",
                id = t.id,
                p = report.post,
                summary = escape(&format!("{}: {name}", w.take)),
            ),
            Some(due) => {
                let days = due.days_since_epoch();
                let shown = if english { due.to_string() } else { due.vi() };
                format!(
                    "BEGIN:VEVENT\nUID:{id}-{day}-{p}@cbcc-tu-danh-gia\nDTSTAMP:{stamp}\n\
                     DTSTART;VALUE=DATE:{day}\nDTEND;VALUE=DATE:{next}\nSUMMARY:{summary}\n\
                     DESCRIPTION:{about}\nTRANSP:TRANSPARENT\nBEGIN:VALARM\nACTION:DISPLAY\n\
                     DESCRIPTION:{alarm}\nTRIGGER:-P{before}D\nEND:VALARM\nEND:VEVENT",
                    id = t.id,
                    p = report.post,
                    day = ical_date(due),
                    next = ical_date(Date::from_days_since_epoch(days + 1)),
                    summary = escape(&format!("{}: {name}", w.deadline)),
                    alarm = escape(&format!("{}: {name} ({shown})", w.reminder)),
                    // A calendar month before (a duration has no months: counted in days).
                    before = days - due.shift_months(-1).days_since_epoch(),
                )
            }
        };
        for l in component.split('\n') {
            line(&mut out, l);
        }
    }
    if out.is_empty() {
        return None;
    }
    let head = format!(
        "BEGIN:VCALENDAR\nVERSION:2.0\n\
         PRODID:-//cbcc-widget//Tu danh gia tieu chuan can bo cong chuc cap xa//VI\n\
         CALSCALE:GREGORIAN\nMETHOD:PUBLISH\nX-WR-CALNAME:{}",
        escape(&format!("{} — {post}", w.calendar))
    );
    let mut cal = String::new();
    for l in head.split('\n') {
        line(&mut cal, l);
    }
    cal.push_str(&out);
    line(&mut cal, "END:VCALENDAR");
    Some(cal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "Trung cấp lý luận chính trị; ".repeat(8));
        line(&mut out, &text);
        assert!(out.ends_with("\r\n"));
        for l in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        // Unfolding gives the line back.
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), text);
        assert_eq!(
            escape("a,b;c\\d\ne\r"),
            "a\\,b\\;c\\\\d\\ne",
            "TEXT escaping"
        );
    }

    #[test]
    fn whole_months_between_two_days() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(months_between(d("2026-11-21"), d("2028-08-01")), 20);
        assert_eq!(months_between(d("2026-11-21"), d("2028-08-21")), 21);
        assert_eq!(months_between(d("2026-11-21"), d("2026-11-30")), 0);
        assert_eq!(months_between(d("2029-01-15"), d("2028-08-01")), -5);
    }
}
