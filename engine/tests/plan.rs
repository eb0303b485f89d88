//! The personal plan: the timeline's order and dates, and its calendar file checked against the
//! rules of RFC 5545 that calendars rely on (CRLF, folding at 75 octets, escaping, one UID and
//! DTSTAMP per component, all-day dates, a reminder a month before).

use cbcc_engine::plan::{ics, months_between, timeline};
use cbcc_engine::{assess, Date, Profile, Report};
use std::collections::HashSet;

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn report(json: &str) -> Report {
    assess(&Profile::from_json(json).unwrap(), day("2026-11-21")).unwrap()
}

/// Contract example 01: a People's Committee chair with elementary political theory (ND 33).
const CHAIR: &str = r#"{"regime":"nd33_2023","as_of":"2026-11-21","post":"chu_tich_ubnd","age":45,
    "general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},
    "political_theory":"so_cap","in_post_since":"2021-06-01"}"#;

/// A military commander under today's law, in post since 1 Aug 2025, holding nothing yet.
const COMMANDER: &str =
    r#"{"as_of":"2026-11-21","post":"chi_huy_truong_quan_su","in_post_since":"2025-08-01"}"#;

/// 30 Nov 2026 12:34:56 UTC.
const NOW: i64 = 1_796_042_096;

fn ids(r: &Report) -> Vec<String> {
    timeline(r).iter().map(|s| s.training.id.clone()).collect()
}

#[test]
fn the_timeline_goes_by_date_with_prerequisites_first_and_undated_courses_last() {
    let r = report(COMMANDER);
    assert_eq!(
        ids(&r),
        [
            "qlnn_lanh_dao_cap_phong",
            "thpt",
            "dai_hoc_quan_su_co_so",
            "llct_cao_cap",
            "qpan_doi_tuong_4"
        ]
    );
    let steps = timeline(&r);
    assert_eq!(steps[0].deadline, Some(day("2026-08-01")));
    // Upper secondary has no deadline of its own, but the degree that needs it has.
    let thpt = &steps[1];
    assert_eq!(thpt.training.deadline, None);
    assert_eq!(thpt.deadline, Some(day("2030-07-01")));
    assert_eq!(
        thpt.before.map(|b| b.id.as_str()),
        Some("dai_hoc_quan_su_co_so")
    );
    assert_eq!(steps[2].deadline, Some(day("2030-07-01")));
    assert!(steps[2].before.is_none());
    assert_eq!(steps[4].deadline, None);
    // Every course owed is there once.
    assert_eq!(steps.len(), r.trainings.len());

    let r = report(CHAIR);
    assert_eq!(ids(&r), ["llct_trung_cap", "qpan_doi_tuong_3"]);
    assert_eq!(timeline(&r)[0].deadline, Some(day("2028-08-01")));
    assert_eq!(
        months_between(r.as_of, timeline(&r)[0].deadline.unwrap()),
        20
    );
}

/// The content lines of a calendar file, unfolded, after checking its physical lines.
fn content_lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    assert!(
        !ics.replace("\r\n", "").contains(['\r', '\n']),
        "only CRLF line breaks"
    );
    for l in ics.trim_end_matches("\r\n").split("\r\n") {
        assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
        assert!(!l.is_empty(), "no empty line");
    }
    ics.trim_end_matches("\r\n")
        .replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

/// (name with parameters, value) of a content line.
fn split(l: &str) -> (&str, &str) {
    l.split_once(':')
        .unwrap_or_else(|| panic!("no ':' in {l:?}"))
}

/// A TEXT value: no unescaped `,` `;` or line break; the text itself.
fn text(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(e @ ('\\' | ';' | ',')) => out.push(e),
                e => panic!("bad escape \\{e:?} in {v:?}"),
            },
            ',' | ';' => panic!("unescaped {c:?} in {v:?}"),
            c => out.push(c),
        }
    }
    out
}

/// The components of a calendar, each as its content lines (checks BEGIN/END nesting).
fn components(lines: &[String]) -> Vec<(String, Vec<String>)> {
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let mut stack: Vec<String> = Vec::new();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for l in lines {
        let (name, value) = split(l);
        assert!(
            name.split(';')
                .next()
                .unwrap()
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'-'),
            "property name {name:?}"
        );
        match name {
            "BEGIN" => {
                if stack.len() == 1 {
                    out.push((value.to_string(), Vec::new()));
                }
                stack.push(value.to_string());
            }
            "END" => assert_eq!(stack.pop().as_deref(), Some(value), "END:{value}"),
            _ => {}
        }
        if stack.len() > 1 || (name == "END" && stack.len() == 1) {
            out.last_mut().unwrap().1.push(l.clone());
        }
    }
    assert!(stack.is_empty());
    out
}

fn prop<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| {
            let (n, v) = split(l);
            (n == name).then_some(v)
        })
        .collect()
}

#[test]
fn the_calendar_has_an_all_day_event_per_deadline_with_a_reminder_a_month_before() {
    let r = report(CHAIR);
    let cal = ics(&r, false, NOW).unwrap();
    let lines = content_lines(&cal);
    for (name, value) in [
        ("VERSION", "2.0"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        assert_eq!(prop(&lines, name), [value], "{name}");
    }
    assert_eq!(prop(&lines, "PRODID").len(), 1);
    let comps = components(&lines);
    let kinds: Vec<&str> = comps.iter().map(|(k, _)| k.as_str()).collect();
    // Trung cấp LLCT by 1 Aug 2028 is an event; the defence course has no deadline: a to-do.
    assert_eq!(kinds, ["VEVENT", "VTODO"]);
    let ev = &comps[0].1;
    assert_eq!(prop(ev, "DTSTART;VALUE=DATE"), ["20280801"]);
    assert_eq!(prop(ev, "DTEND;VALUE=DATE"), ["20280802"]);
    assert_eq!(prop(ev, "DTSTAMP"), ["20261130T123456Z"]);
    assert_eq!(
        prop(ev, "UID"),
        ["llct_trung_cap-20280801-chu_tich_ubnd@cbcc-tu-danh-gia"]
    );
    assert_eq!(
        text(prop(ev, "SUMMARY")[0]),
        "Hạn hoàn thành: Trung cấp lý luận chính trị"
    );
    let about = text(prop(ev, "DESCRIPTION")[0]);
    assert!(about.contains("Thời lượng: 1.056 tiết"), "{about}");
    assert!(
        about.contains("Nơi đào tạo: Trường Chính trị tỉnh"),
        "{about}"
    );
    assert!(about.contains("(đánh giá ngày 21/11/2026)"), "{about}");
    assert!(about.contains('\n'), "one fact a line: {about}");
    // The reminder: 1 Jul 2028, a month (31 days) before.
    assert_eq!(prop(ev, "ACTION"), ["DISPLAY"]);
    assert_eq!(prop(ev, "TRIGGER"), ["-P31D"]);
    let alarm = prop(ev, "DESCRIPTION");
    assert_eq!(alarm.len(), 2, "the event's and the alarm's");
    assert!(text(alarm[1]).contains("01/08/2028"));
    let todo = &comps[1].1;
    assert_eq!(prop(todo, "DTSTART;VALUE=DATE").len(), 0);
    assert_eq!(prop(todo, "DTSTAMP"), ["20261130T123456Z"]);
    assert!(text(prop(todo, "SUMMARY")[0]).contains("Bồi dưỡng kiến thức quốc phòng"));

    // In English, the same file with English words.
    let en = content_lines(&ics(&r, true, NOW).unwrap());
    let summaries: Vec<String> = prop(&en, "SUMMARY").into_iter().map(text).collect();
    assert_eq!(summaries[0], "Deadline: Intermediate political theory");
}

#[test]
fn every_deadline_is_an_event_with_a_unique_uid_and_long_text_is_folded() {
    let r = report(COMMANDER);
    let cal = ics(&r, false, NOW).unwrap();
    let lines = content_lines(&cal);
    let comps = components(&lines);
    let starts: Vec<&str> = comps
        .iter()
        .filter(|(k, _)| k == "VEVENT")
        .map(|(_, l)| prop(l, "DTSTART;VALUE=DATE")[0])
        .collect();
    // In the timeline's order; upper secondary due with the degree that needs it.
    assert_eq!(starts, ["20260801", "20300701", "20300701", "20300701"]);
    assert_eq!(comps.len(), 5);
    assert_eq!(comps[4].0, "VTODO");
    let uids: HashSet<&str> = comps.iter().map(|(_, l)| prop(l, "UID")[0]).collect();
    assert_eq!(uids.len(), comps.len(), "unique UIDs");
    // 1 Jun → 1 Jul is 30 days; 1 Jul 2026 → 1 Aug 2026 is 31.
    assert_eq!(prop(&comps[1].1, "TRIGGER"), ["-P30D"]);
    assert_eq!(prop(&comps[0].1, "TRIGGER"), ["-P31D"]);
    let thpt = text(prop(&comps[1].1, "DESCRIPTION")[0]);
    assert!(
        thpt.contains("Cần xong trước khóa: Đại học ngành quân sự cơ sở"),
        "{thpt}"
    );
    // Long Vietnamese text was folded (and came back whole above).
    assert!(cal.contains("\r\n "), "folded lines");
    // Commas in the text (the providers' names) are escaped.
    assert!(lines.iter().any(|l| l.contains("\\,")));
}

#[test]
fn no_course_to_take_no_calendar() {
    let r = report(
        r#"{"regime":"nd33_2023","as_of":"2026-11-21","post":"chu_tich_ubnd","age":45,
            "general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},
            "political_theory":"trung_cap","defence_security":"doi_tuong_3"}"#,
    );
    assert!(r.trainings.is_empty());
    assert!(timeline(&r).is_empty());
    assert_eq!(ics(&r, false, NOW), None);
}
