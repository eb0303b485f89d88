//! The reducer, the saved answers and the share links, natively.

use super::*;
use cbcc_engine::share;

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn run(actions: Vec<Action>) -> State {
    let mut s = Rc::new(State::new(Lang::Vi, today(), Profile::default(), None));
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

#[test]
fn a_post_missing_from_the_new_rules_is_cleared_with_a_reason() {
    let s = run(vec![
        Action::SetRegime(Some("tt13_2019".into())),
        Action::SetPost("truong_cong_an".into()),
        Action::SetRegime(Some("nd33_2023".into())),
    ]);
    assert_eq!(s.profile.post, "");
    assert_eq!(
        s.post_cleared,
        Some(("truong_cong_an".into(), "nd33_2023".into()))
    );
    // A post both regimes have is kept.
    let s = run(vec![
        Action::SetPost("chu_tich_ubnd".into()),
        Action::SetRegime(Some("tt13_2019".into())),
    ]);
    assert_eq!(s.profile.post, "chu_tich_ubnd");
    assert_eq!(s.post_cleared, None);
}

#[test]
fn changing_the_date_can_change_the_rules_and_clear_the_post() {
    let s = run(vec![
        Action::SetPost("chuyen_vien".into()),
        Action::SetAsOf(DateInput::parse("2024-01-01")),
    ]);
    assert_eq!(s.regime().unwrap().id, "nd33_2023");
    assert_eq!(s.profile.post, "");
    assert!(s.post_cleared.is_some());
}

#[test]
fn rules_fixed_by_the_host_stay_fixed() {
    let mut s = State::new(Lang::Vi, today(), Profile::default(), None);
    assert!(!s.fix_regime("no_such_rules"));
    assert_eq!(s.fixed_regime, None);
    assert!(s.fix_regime("nd33_2023"));
    let mut s = Rc::new(s);
    for a in [
        Action::SetRegime(Some("tt13_2019".into())),
        Action::SetRegime(None),
        Action::Reset,
        Action::Load(
            Box::new(Profile {
                regime: Some("luat_2025".into()),
                post: "chuyen_vien".into(),
                ..Profile::default()
            }),
            None,
        ),
    ] {
        s = s.reduce(a);
        assert_eq!(s.profile.regime.as_deref(), Some("nd33_2023"));
    }
    // The linked post does not exist under the fixed rules: cleared, with the reason.
    assert_eq!(s.profile.post, "");
    assert!(s.post_cleared.is_some());
}

#[test]
fn a_bad_age_is_kept_as_text_but_not_assessed() {
    for bad in ["14", "81", "bốn mươi"] {
        let s = run(vec![Action::SetAge(bad.into())]);
        assert_eq!(s.profile.age, None, "{bad}");
        assert!(s.age_invalid(), "{bad}");
    }
    let s = run(vec![Action::SetAge(" 45 ".into())]);
    assert_eq!(s.profile.age, Some(45));
    assert!(!s.age_invalid());
    // Under 18 is accepted (the engine assesses it as a standard not met).
    for ok in ["15", "17", "80"] {
        let s = run(vec![Action::SetAge(ok.into())]);
        assert!(s.profile.age.is_some() && !s.age_invalid(), "{ok}");
    }
}

#[test]
fn the_age_error_names_the_engines_range() {
    use crate::i18n::{age_error, age_hint};
    let range = format!("{} đến {}", AGE_RANGE.start(), AGE_RANGE.end());
    assert!(age_error(Lang::Vi).contains(&range));
    assert!(age_hint(Lang::Vi).contains(&range));
}

#[test]
fn a_unit_missing_from_the_rules_becomes_xa_with_a_reason() {
    // Thị trấn exists under ND 33 (until 30 Jun 2025), not under the 2025 law.
    let s = run(vec![
        Action::SetRegime(Some("nd33_2023".into())),
        Action::SetUnit(Unit::ThiTran),
    ]);
    assert_eq!(s.profile.unit, Unit::ThiTran);
    assert_eq!(s.unit_reset, None);
    let s = Rc::new(s).reduce(Action::SetRegime(Some("luat_2025".into())));
    assert_eq!(s.profile.unit, Unit::Xa);
    assert_eq!(s.unit_reset, Some((Unit::ThiTran, "luat_2025".into())));
    // Choosing a unit again clears the message.
    let s = s.reduce(Action::SetUnit(Unit::DacKhu));
    assert_eq!(s.profile.unit, Unit::DacKhu);
    assert_eq!(s.unit_reset, None);
    // Đặc khu does not exist before 1 Jul 2025: a date under ND 33 sets it back too.
    let s = s
        .reduce(Action::SetRegime(None))
        .reduce(Action::SetAsOf(DateInput::parse("2024-06-01")));
    assert_eq!(s.regime().unwrap().id, "nd33_2023");
    assert_eq!(s.profile.unit, Unit::Xa);
    assert_eq!(s.unit_reset, Some((Unit::DacKhu, "nd33_2023".into())));
    // A unit both rules have is kept.
    let s = run(vec![
        Action::SetUnit(Unit::Phuong),
        Action::SetRegime(Some("tt13_2019".into())),
    ]);
    assert_eq!(s.profile.unit, Unit::Phuong);
    assert_eq!(s.unit_reset, None);
}

#[test]
fn a_linked_or_saved_township_under_todays_rules_opens_as_xa_with_the_reason() {
    let p = share::decode(&format!(
        "#p={}",
        share::base64url_encode(br#"{"post":"chu_tich_ubnd","unit":"thi_tran"}"#)
    ))
    .unwrap();
    let s = State::new(Lang::Vi, today(), p, Some(Notice::LinkLoaded));
    assert_eq!(s.regime().unwrap().id, "luat_2025");
    assert_eq!(s.profile.unit, Unit::Xa);
    assert_eq!(s.profile.post, "chu_tich_ubnd");
    assert_eq!(s.unit_reset, Some((Unit::ThiTran, "luat_2025".into())));
    assert_eq!(s.notice, Some(Notice::LinkLoaded));
    // The same from the saved answers.
    let saved = r#"{"v":1,"profile":{"post":"chu_tich_ubnd","unit":"thi_tran","age":45}}"#;
    let s = State::new(Lang::Vi, today(), parse_saved(saved).unwrap().0, None);
    assert_eq!(s.profile.unit, Unit::Xa);
    assert_eq!(s.profile.age, Some(45));
    assert!(s.unit_reset.is_some());
    // And the engine assesses what the form now holds.
    assert!(cbcc_engine::assess(&s.profile, today()).is_ok());
}

#[test]
fn the_units_listed_are_those_of_the_rules_in_use() {
    let ids = |reg: &str| -> Vec<&str> { units(regime(reg)).iter().map(|u| u.id.id()).collect() };
    assert_eq!(ids("luat_2025"), ["xa", "phuong", "dac_khu"]);
    assert_eq!(ids("nd33_2023"), ["xa", "phuong", "thi_tran"]);
    assert_eq!(units(None).len(), 4);
}

#[test]
fn a_birth_date_is_checked_like_the_other_dates_and_its_age_against_the_range() {
    let s = run(vec![Action::SetBirthDate(DateInput::parse("1975-05-01"))]);
    assert_eq!(s.profile.birth_date, Date::parse("1975-05-01"));
    assert!(s.bad_dates.is_empty());
    assert_eq!(s.birth_date_out_of_range(), None);
    // Not a date: flagged, not assessed; a good one afterwards clears the flag.
    let s = Rc::new(s).reduce(Action::SetBirthDate(DateInput::Invalid));
    assert_eq!(s.profile.birth_date, None);
    assert_eq!(s.bad_dates, vec![DateField::BirthDate]);
    let s = s.reduce(Action::SetBirthDate(DateInput::parse("2000-02-29")));
    assert_eq!(s.profile.birth_date, Date::parse("2000-02-29"));
    assert!(s.bad_dates.is_empty());
    // A date that gives an age out of 15–80 on the assessment date is flagged with the age.
    let s = s.reduce(Action::SetBirthDate(DateInput::parse("2015-01-01")));
    assert_eq!(s.birth_date_out_of_range(), Some(11));
    let s = s.reduce(Action::SetAsOf(DateInput::parse("2031-01-01")));
    assert_eq!(s.birth_date_out_of_range(), None);
    // Emptied: nothing to check.
    let s = s.reduce(Action::SetBirthDate(DateInput::Empty));
    assert_eq!(s.profile.birth_date, None);
    assert!(s.bad_dates.is_empty());
}

#[test]
fn sex_and_the_commune_flags_go_into_the_profile_and_the_link() {
    let s = run(vec![
        Action::SetPost("chuyen_vien".into()),
        Action::SetSex(Some(Sex::Nu)),
        Action::SetEthnicMinority(true),
        Action::SetExtremelyDifficultArea(true),
    ]);
    assert_eq!(s.profile.sex, Some(Sex::Nu));
    assert!(s.profile.ethnic_minority && s.profile.extremely_difficult_area);
    // The official's own difficult-area answer is kept (the engine implies it).
    assert!(!s.profile.difficult_area);
    let json = s.profile.to_json();
    assert!(json.contains(r#""sex":"nu""#), "{json}");
    assert_eq!(
        share::decode(&format!("#{}", share::encode(&s.profile))),
        Ok(s.profile.clone())
    );
    assert_eq!(
        parse_saved(&saved_json(&s.profile, None)),
        Ok((s.profile.clone(), None))
    );
    let s = Rc::new(s).reduce(Action::SetSex(None));
    assert_eq!(s.profile.sex, None);
    assert!(!s.profile.to_json().contains("sex"));
}

#[test]
fn a_new_it_row_starts_as_the_basic_certificate() {
    let s = run(vec![Action::AddIt]);
    assert_eq!(s.profile.it[0].kind, "co_ban");
    assert_eq!(s.profile.it[0].issued, None);
}

#[test]
fn removing_an_it_row_moves_the_errors_of_later_rows() {
    let s = run(vec![
        Action::AddIt,
        Action::AddIt,
        Action::AddIt,
        Action::SetItIssued(2, DateInput::Invalid),
        Action::RemoveIt(0),
    ]);
    assert_eq!(s.profile.it.len(), 2);
    assert!(s.bad_dates.contains(&DateField::ItIssued(1)));
    assert!(!s.bad_dates.contains(&DateField::ItIssued(2)));
}

#[test]
fn reset_can_be_undone() {
    let s = run(vec![
        Action::SetPost("chu_tich_ubnd".into()),
        Action::SetAge("4".into()),
        Action::Reset,
    ]);
    assert_eq!(s.profile, Profile::default());
    assert_eq!(s.notice, Some(Notice::Cleared));
    let s = Rc::new(s).reduce(Action::Undo);
    assert_eq!(s.profile.post, "chu_tich_ubnd");
    assert_eq!(s.age_text, "4");
    assert_eq!(s.notice, None);
}

#[test]
fn saved_values_round_trip_and_bad_ones_are_refused() {
    let mut p = Profile {
        post: "chu_tich_ubnd".into(),
        age: Some(45),
        ..Profile::default()
    };
    p.it.push(ItCertificate {
        kind: "abc_b".into(),
        issued: Date::parse("2015-03-01"),
    });
    assert_eq!(parse_saved(&saved_json(&p, None)), Ok((p.clone(), None)));
    // With a comparison open: the variant is saved and read back; a variant the engine refuses
    // is dropped, the answers kept.
    let mut variant = p.clone();
    variant.political_theory = "trung_cap".into();
    assert_eq!(
        parse_saved(&saved_json(&p, Some(&variant))),
        Ok((p.clone(), Some(variant)))
    );
    let saved = saved_json(&p, None);
    let broken = format!(
        r#"{},"variant":{{"post":"x","age":7}}}}"#,
        saved.strip_suffix('}').unwrap()
    );
    assert_eq!(parse_saved(&broken), Ok((p, None)));
    // An empty form (no post yet) is saved and read back too.
    let empty = Profile {
        regime: Some("nd33_2023".into()),
        ..Profile::default()
    };
    assert_eq!(parse_saved(&saved_json(&empty, None)), Ok((empty, None)));
    assert_eq!(parse_saved("{not json"), Err(SavedError::Unreadable));
    assert_eq!(
        parse_saved(r#"{"v":2,"profile":{}}"#),
        Err(SavedError::UnknownVersion)
    );
    assert_eq!(
        parse_saved(r#"{"profile":{"post":"x"}}"#),
        Err(SavedError::Unreadable)
    );
    assert_eq!(
        parse_saved(r#"{"v":1,"profile":{"post":"x","age":7}}"#),
        Err(SavedError::Unreadable)
    );
    // The v1.1 fields are read back.
    let p = Profile {
        post: "chu_tich_ubnd".into(),
        sex: Some(Sex::Nam),
        birth_date: Date::parse("1980-12-31"),
        ethnic_minority: true,
        extremely_difficult_area: true,
        unit: Unit::DacKhu,
        ..Profile::default()
    };
    assert_eq!(parse_saved(&saved_json(&p, None)), Ok((p, None)));
}

#[test]
fn share_links_decode_with_or_without_a_post() {
    let p = Profile {
        post: "dia_chinh".into(),
        unit: Unit::Phuong,
        ..Profile::default()
    };
    assert_eq!(share::decode(&format!("#{}", share::encode(&p))), Ok(p));
    let empty = Profile::default();
    assert_eq!(
        share::decode(&format!("#{}", share::encode(&empty))),
        Ok(empty)
    );
    assert!(share::decode("#p=%%%").is_err());
}

/// The chair of contract example 01 (elementary political theory, ND 33).
fn chair() -> Vec<Action> {
    vec![
        Action::SetRegime(Some("nd33_2023".into())),
        Action::SetAsOf(DateInput::parse("2026-11-21")),
        Action::SetPost("chu_tich_ubnd".into()),
        Action::SetAge("45".into()),
        Action::SetGeneralEducation("thpt".into()),
        Action::SetProfessionalLevel("dai_hoc".into()),
        Action::SetPoliticalTheory("so_cap".into()),
    ]
}

fn run_more(s: State, actions: Vec<Action>) -> State {
    let mut s = Rc::new(s);
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

#[test]
fn one_click_on_a_missing_course_compares_with_it_finished() {
    use cbcc_engine::compare::compare;
    let s = run(chair());
    let s = run_more(s, vec![Action::CompareCourse("llct_trung_cap".into())]);
    let v = s.variant.as_deref().expect("a variant");
    assert_eq!(v.political_theory, "trung_cap");
    assert_eq!(s.profile.political_theory, "so_cap", "the answers stay");
    let c = compare(&s.profile, v, today(), None).unwrap();
    assert_eq!(c.changes.len(), 1);
    assert_eq!(c.changes[0].area, Area::PoliticalTheory);
    assert_eq!(c.changes[0].to.id(), "met");
    // Unmarked in the variant: the same as now; marked again; closed.
    let s = run_more(
        s,
        vec![Action::SetVariantCourse("llct_trung_cap".into(), false)],
    );
    assert_eq!(s.variant.as_deref(), Some(&s.profile));
    let s = run_more(
        s,
        vec![Action::SetVariantCourse("llct_trung_cap".into(), true)],
    );
    assert_eq!(s.variant.as_ref().unwrap().political_theory, "trung_cap");
    let s = run_more(s, vec![Action::CloseCompare]);
    assert_eq!(s.variant, None);
}

#[test]
fn the_variant_follows_the_answers_it_does_not_change() {
    let s = run(chair());
    let s = run_more(
        s,
        vec![
            Action::ComparePost("pho_chu_tich_ubnd".into()),
            Action::SetVariantAsOf(DateInput::parse("2027-07-01")),
            Action::SetVariantUnit(Unit::Phuong),
            Action::SetVariantDifficult(true),
        ],
    );
    let v = s.variant.as_deref().unwrap().clone();
    assert_eq!(v.post, "pho_chu_tich_ubnd");
    assert_eq!(v.as_of, Date::parse("2027-07-01"));
    assert_eq!((v.unit, v.difficult_area), (Unit::Phuong, true));
    // The official edits the answers: the variant follows, keeping what it changed.
    let s = run_more(
        s,
        vec![
            Action::SetAge("50".into()),
            Action::SetPost("bi_thu_dang_uy".into()),
        ],
    );
    let v = s.variant.as_deref().unwrap();
    assert_eq!(v.age, Some(50));
    assert_eq!(v.post, "pho_chu_tich_ubnd");
    assert_eq!(s.profile.post, "bi_thu_dang_uy");
    // A date that is not one is flagged and changes nothing; emptied, it is the answers' date.
    let s = run_more(s, vec![Action::SetVariantAsOf(DateInput::Invalid)]);
    assert!(s.variant_bad_date);
    assert_eq!(s.variant.as_ref().unwrap().as_of, Date::parse("2027-07-01"));
    let s = run_more(s, vec![Action::SetVariantAsOf(DateInput::Empty)]);
    assert!(!s.variant_bad_date);
    assert_eq!(s.variant.as_ref().unwrap().as_of, Date::parse("2026-11-21"));
    assert_eq!(s.variant.as_ref().unwrap().as_of, s.profile.as_of);
    // The post chooser set back to empty closes the comparison; so does starting again.
    let s = run_more(s, vec![Action::ComparePost(String::new())]);
    assert_eq!(s.variant, None);
    let s = run_more(
        s,
        vec![
            Action::CompareCourse("llct_trung_cap".into()),
            Action::Reset,
        ],
    );
    assert_eq!(s.variant, None);
}

#[test]
fn a_share_link_carries_the_variant_and_a_new_variant_makes_a_new_link() {
    let s = run(chair());
    let s = run_more(
        s,
        vec![
            Action::Shared("x".into()),
            Action::CompareCourse("llct_trung_cap".into()),
        ],
    );
    assert_eq!(s.share, None, "a link made before no longer matches");
    let frag = share::encode_pair(&s.profile, s.variant.as_deref());
    let (p, v) = share::decode_pair(&format!("#{frag}")).unwrap();
    assert_eq!(p, s.profile);
    assert_eq!(v.as_ref(), s.variant.as_deref());
    // Opened elsewhere: the answers, then the variant.
    let t = run(vec![
        Action::Load(Box::new(p), Some(Notice::LinkLoaded)),
        Action::Compare(Box::new(v.unwrap())),
    ]);
    assert_eq!(t.profile, s.profile);
    assert_eq!(t.variant, s.variant);
}
