//! ND 171/2025 Art. 41 cl. 4: an official appointed to any leadership or management post before
//! 30 Jun 2025 (before the reorganisation too) need not take the new state-management programme
//! for leaders. The profile's `leadership_since` carries that first appointment; the rule's
//! `led_before` condition reads it (or the date in post).

use cbcc_engine::{assess, Date, Profile, Status};
use serde_json::json;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 30,
};

/// A commune department head who took the current post after the 1 Jul 2025 reform, assessed
/// on 30 Nov 2026 under the 2025 law; `leadership_since` as given.
fn head(leadership_since: Option<&str>) -> Profile {
    let mut p = json!({
        "regime": "luat_2025",
        "as_of": "2026-11-30",
        "post": "truong_phong",
        "unit": "xa",
        "age": 45,
        "general_education": "thpt",
        "professional": {"level": "dai_hoc", "field_fits_post": true},
        "political_theory": "trung_cap",
        "state_management": "none",
        "defence_security": "doi_tuong_3",
        "in_post_since": "2025-07-01"
    });
    if let Some(d) = leadership_since {
        p["leadership_since"] = json!(d);
    }
    Profile::from_json(&p.to_string()).unwrap()
}

fn state_management(p: &Profile) -> (Status, Option<String>) {
    let r = assess(p, TODAY).unwrap();
    let req = r
        .requirements
        .iter()
        .find(|q| q.area.id() == "state_management")
        .unwrap();
    (req.status, req.deadline.map(|d| d.to_string()))
}

#[test]
fn a_leader_since_2021_in_a_new_post_since_july_2025_is_exempt() {
    let (status, deadline) = state_management(&head(Some("2021-03-01")));
    assert_eq!(status, Status::NotRequired);
    assert_eq!(deadline, None);
}

#[test]
fn without_an_earlier_leadership_post_the_programme_is_owed_and_overdue() {
    for p in [
        head(None),
        head(Some("2025-07-01")),
        head(Some("2025-06-30")),
    ] {
        let (status, deadline) = state_management(&p);
        assert_eq!(status, Status::Missing, "{:?}", p.leadership_since);
        assert_eq!(deadline.as_deref(), Some("2026-07-01"));
    }
}

#[test]
fn a_leader_first_appointed_the_day_before_30_june_2025_is_exempt() {
    let (status, _) = state_management(&head(Some("2025-06-29")));
    assert_eq!(status, Status::NotRequired);
}

#[test]
fn the_date_in_post_alone_still_exempts_an_earlier_appointee() {
    let p = Profile {
        in_post_since: Date::parse("2024-01-01"),
        ..head(None)
    };
    assert_eq!(state_management(&p).0, Status::NotRequired);
}

#[test]
fn leadership_since_is_written_and_read_back() {
    let p = head(Some("2021-03-01"));
    let text = p.to_json();
    assert!(
        text.ends_with(r#""in_post_since":"2025-07-01","leadership_since":"2021-03-01"}"#),
        "{text}"
    );
    assert_eq!(text, serde_json::to_string(&p).unwrap());
    assert_eq!(Profile::from_json(&text).unwrap(), p);
    // Absent when not given, as serde_json leaves it out.
    let q = head(None);
    assert!(!q.to_json().contains("leadership_since"));
    assert_eq!(q.to_json(), serde_json::to_string(&q).unwrap());
    // A null is no date.
    let null = Profile::from_json(r#"{"post":"truong_phong","leadership_since":null}"#).unwrap();
    assert_eq!(null.leadership_since, None);
}

#[test]
fn a_bad_leadership_date_is_an_input_error_naming_the_field() {
    for bad in [
        json!("01/03/2021"),
        json!("2021-02-30"),
        json!(2021),
        json!(""),
    ] {
        let text = json!({"post": "truong_phong", "leadership_since": bad}).to_string();
        let e = Profile::from_json(&text).unwrap_err();
        assert_eq!(e.field, "leadership_since");
        assert!(e.vi.contains("không phải ngày hợp lệ"), "{}", e.vi);
        assert!(e.en.contains("not a valid date"), "{}", e.en);
        let line = e.to_string();
        assert!(line.starts_with("Lỗi: trường `leadership_since`"), "{line}");
    }
}

#[test]
fn the_exemption_note_asks_for_the_first_leadership_appointment() {
    let r = assess(&head(Some("2021-03-01")), TODAY).unwrap();
    let text = r.to_json();
    assert!(
        text.contains("hãy nhập ngày giữ chức vụ lãnh đạo lần đầu"),
        "{text}"
    );
}

/// A roster column of the first leadership appointment, under the headings offices write, is
/// read into `leadership_since` (and "Ngày bổ nhiệm" stays the date in post).
#[test]
fn a_roster_column_of_the_first_leadership_appointment_is_read() {
    use cbcc_engine::roster::{assess_roster, Row};
    for heading in [
        "Giữ chức vụ lãnh đạo từ",
        "Ngày bổ nhiệm lãnh đạo lần đầu",
        "Lãnh đạo, quản lý từ ngày",
        "Leadership since",
        "leadership_since",
    ] {
        let csv = format!(
            "Họ và tên,Chức vụ,Ngày bổ nhiệm,\"{heading}\",Quản lý nhà nước,Ngày đánh giá\n\
             Lê Văn Bình,Trưởng phòng Kinh tế,01/07/2025,01/03/2021,,30/11/2026\n\
             Phạm Thị Cúc,Trưởng phòng Kinh tế,01/07/2025,,,30/11/2026\n"
        );
        let mut seen = Vec::new();
        let s = assess_roster(&csv, TODAY, |r: &Row| {
            let report = assess(r.profile, TODAY).unwrap();
            let status = report
                .requirements
                .iter()
                .find(|q| q.area.id() == "state_management")
                .unwrap()
                .status;
            seen.push((r.profile.in_post_since, r.profile.leadership_since, status));
        })
        .unwrap();
        assert!(s.errors.is_empty(), "{heading}: {:?}", s.errors);
        assert_eq!(
            seen,
            vec![
                (
                    Date::parse("2025-07-01"),
                    Date::parse("2021-03-01"),
                    Status::NotRequired
                ),
                (Date::parse("2025-07-01"), None, Status::Missing),
            ],
            "{heading}"
        );
    }
}
