//! The widget's state: the contract [`Profile`] being edited plus what only the UI needs
//! (language, raw text of fields with errors, notices), changed only through [`Action`]s.
//! Pure Rust (no browser calls), so it is tested natively.

use crate::i18n::Lang;
use cbcc_engine::age::age_on;
use cbcc_engine::assess::regime_in_force;
use cbcc_engine::profile::{ItCertificate, Sex, AGE_RANGE};
use cbcc_engine::rules::{regime, rule_set};
use cbcc_engine::schema::{Regime, Unit, UnitInfo};
use cbcc_engine::{Date, Profile};
use serde_json::Value;
use std::rc::Rc;
use yew::Reducible;

/// The version of the saved value `{"v":1,"profile":…}` in localStorage.
pub const SAVE_VERSION: u64 = 1;
/// A new IT-certificate row starts as the current basic certificate.
pub const NEW_IT_KIND: &str = "co_ban";

/// What a date input holds: nothing, a valid day, or something that is not a date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DateInput {
    Empty,
    Valid(Date),
    Invalid,
}

impl DateInput {
    /// Reads the value of an `<input type="date">` (`YYYY-MM-DD` or empty).
    pub fn parse(text: &str) -> DateInput {
        let text = text.trim();
        if text.is_empty() {
            DateInput::Empty
        } else {
            Date::parse(text).map_or(DateInput::Invalid, DateInput::Valid)
        }
    }

    fn date(self) -> Option<Date> {
        match self {
            DateInput::Valid(d) => Some(d),
            _ => None,
        }
    }
}

/// The date fields that can hold an invalid date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    AsOf,
    InPostSince,
    BirthDate,
    ItIssued(usize),
}

/// A message at the top of the page, until dismissed or replaced.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The saved answers were unreadable and have been reset.
    StorageReset,
    /// The `#p=` link was damaged; the engine's reason in both languages.
    LinkDamaged { vi: String, en: String },
    /// The answers were opened from a share link.
    LinkLoaded,
    /// Everything was cleared; [`Action::Undo`] brings it back.
    Cleared,
}

/// The share link once made, and whether copying it worked.
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    pub link: String,
    /// None while the copy is under way.
    pub copied: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// Today in local time: the default assessment date.
    pub today: Date,
    pub profile: Profile,
    /// The age field as typed (the profile holds it only when valid).
    pub age_text: String,
    pub bad_dates: Vec<DateField>,
    /// The post (id) cleared because the rules in use do not have it, and those rules (id).
    pub post_cleared: Option<(String, String)>,
    /// The unit changed to xã because the rules in use do not have it, and those rules (id).
    pub unit_reset: Option<(Unit, String)>,
    pub notice: Option<Notice>,
    /// What [`Action::Reset`] cleared, for undo.
    pub undo: Option<Box<(Profile, String)>>,
    pub share: Option<Share>,
    /// Share was asked for before a post was chosen.
    pub share_needs_post: bool,
    /// The rules set by the host (a portal's `regime` attribute): the official cannot change them.
    pub fixed_regime: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetRegime(Option<String>),
    SetAsOf(DateInput),
    SetPost(String),
    SetUnit(Unit),
    SetDifficultArea(bool),
    SetExtremelyDifficultArea(bool),
    SetInPostSince(DateInput),
    SetSex(Option<Sex>),
    SetBirthDate(DateInput),
    SetAge(String),
    SetEthnicMinority(bool),
    SetGeneralEducation(String),
    SetProfessionalLevel(String),
    SetFieldFits(bool),
    SetPoliticalTheory(String),
    AddIt,
    RemoveIt(usize),
    SetItKind(usize, String),
    SetItIssued(usize, DateInput),
    SetStateManagement(String),
    SetDefenceSecurity(String),
    SetEthnicLanguage(bool),
    /// A whole profile arrived (a share link opened in this tab).
    Load(Box<Profile>, Option<Notice>),
    /// Show a notice without changing the answers.
    Notify(Notice),
    Reset,
    Undo,
    DismissNotice,
    /// The share link was made; copying starts.
    Shared(String),
    Copied(bool),
    ShareNeedsPost,
}

impl State {
    pub fn new(lang: Lang, today: Date, profile: Profile, notice: Option<Notice>) -> State {
        let mut s = State {
            lang,
            today,
            age_text: profile.age.map(|a| a.to_string()).unwrap_or_default(),
            profile,
            bad_dates: Vec::new(),
            post_cleared: None,
            unit_reset: None,
            notice,
            undo: None,
            share: None,
            share_needs_post: false,
            fixed_regime: None,
        };
        s.check_rules();
        s
    }

    /// Fixes the rules to the regime with this id (a host's choice); false, and nothing changed,
    /// when there is no such regime.
    pub fn fix_regime(&mut self, id: &str) -> bool {
        if regime(id).is_none() {
            return false;
        }
        self.fixed_regime = Some(id.to_string());
        self.profile.regime = self.fixed_regime.clone();
        self.check_rules();
        true
    }

    /// The rules in use: the chosen regime, else the one in force on the assessment date.
    pub fn regime(&self) -> Option<&'static Regime> {
        effective_regime(&self.profile, self.today)
    }

    pub fn as_of(&self) -> Date {
        self.profile.as_of.unwrap_or(self.today)
    }

    /// The age field's value is not a valid age.
    pub fn age_invalid(&self) -> bool {
        !self.age_text.trim().is_empty() && parse_age(&self.age_text).is_none()
    }

    /// The birth date gives an age the engine does not accept on the assessment date.
    pub fn birth_date_out_of_range(&self) -> Option<i32> {
        let age = age_on(self.profile.birth_date?, self.as_of());
        let range = (*AGE_RANGE.start() as i32)..=(*AGE_RANGE.end() as i32);
        (!range.contains(&age)).then_some(age)
    }

    /// Clears the post and sets the unit back to xã when the rules in use do not have them,
    /// remembering why.
    fn check_rules(&mut self) {
        let Some(reg) = self.regime() else {
            return;
        };
        if !self.profile.post.is_empty() && reg.post(&self.profile.post).is_none() {
            let old = std::mem::take(&mut self.profile.post);
            self.post_cleared = Some((old, reg.id.to_string()));
        }
        if !reg.has_unit(&rule_set().catalogue, self.profile.unit) {
            let old = std::mem::replace(&mut self.profile.unit, Unit::Xa);
            self.unit_reset = Some((old, reg.id.to_string()));
        }
    }

    fn set_date(&mut self, field: DateField, input: DateInput) -> Option<Date> {
        self.bad_dates.retain(|f| *f != field);
        if input == DateInput::Invalid {
            self.bad_dates.push(field);
        }
        input.date()
    }
}

/// The regime a profile is assessed under (None if no regime is in force on its date).
pub fn effective_regime(p: &Profile, today: Date) -> Option<&'static Regime> {
    match &p.regime {
        Some(id) => regime(id),
        None => regime_in_force(p.as_of.unwrap_or(today)).ok(),
    }
}

/// A valid age (a whole number in the engine's range), or None.
pub fn parse_age(text: &str) -> Option<u32> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|a| AGE_RANGE.contains(a))
        .map(|a| a as u32)
}

/// The units that exist under `reg` (every unit when no rules are in force), in the order of
/// the rule data.
pub fn units(reg: Option<&Regime>) -> Vec<&'static UnitInfo> {
    let cat = &rule_set().catalogue;
    cat.units
        .iter()
        .filter(|u| reg.is_none_or(|r| r.has_unit(cat, u.id)))
        .collect()
}

/// The data of a unit (its names, the days it exists).
pub fn unit_info(unit: Unit) -> Option<&'static UnitInfo> {
    rule_set().catalogue.units.iter().find(|u| u.id == unit)
}

/// The post of any regime with this id (for names of a post that was cleared).
pub fn any_post(id: &str) -> Option<&'static cbcc_engine::schema::Post> {
    rule_set().regimes.iter().find_map(|r| r.post(id))
}

impl Reducible for State {
    type Action = Action;

    /// [`State::step`], then the rules fixed by the host (if any) win over a share link, a
    /// reset or a change of rules.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let fixed = self.fixed_regime.clone();
        let mut next = self.step(action);
        if fixed.is_some() && (next.fixed_regime != fixed || next.profile.regime != fixed) {
            let s = Rc::make_mut(&mut next);
            s.fixed_regime = fixed.clone();
            s.profile.regime = fixed;
            s.check_rules();
        }
        next
    }
}

impl State {
    fn step(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let before = s.profile.clone();
        let p = &mut s.profile;
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::SetRegime(r) => p.regime = r.filter(|r| !r.is_empty()),
            Action::SetAsOf(d) => s.profile.as_of = s.set_date(DateField::AsOf, d),
            Action::SetPost(id) => {
                p.post = id;
                s.post_cleared = None;
                s.share_needs_post = false;
            }
            Action::SetUnit(u) => {
                p.unit = u;
                s.unit_reset = None;
            }
            Action::SetDifficultArea(b) => p.difficult_area = b,
            Action::SetExtremelyDifficultArea(b) => p.extremely_difficult_area = b,
            Action::SetInPostSince(d) => {
                s.profile.in_post_since = s.set_date(DateField::InPostSince, d)
            }
            Action::SetSex(sex) => p.sex = sex,
            Action::SetBirthDate(d) => s.profile.birth_date = s.set_date(DateField::BirthDate, d),
            Action::SetEthnicMinority(b) => p.ethnic_minority = b,
            Action::SetAge(text) => {
                p.age = parse_age(&text);
                s.age_text = text;
            }
            Action::SetGeneralEducation(v) => p.general_education = v,
            Action::SetProfessionalLevel(v) => p.professional.level = v,
            Action::SetFieldFits(b) => p.professional.field_fits_post = b,
            Action::SetPoliticalTheory(v) => p.political_theory = v,
            Action::AddIt => p.it.push(ItCertificate {
                kind: NEW_IT_KIND.into(),
                issued: None,
            }),
            Action::RemoveIt(i) => {
                if i < p.it.len() {
                    p.it.remove(i);
                    // Errors of the rows after it move up with them.
                    s.bad_dates.retain(|f| *f != DateField::ItIssued(i));
                    for f in &mut s.bad_dates {
                        if let DateField::ItIssued(j) = f {
                            if *j > i {
                                *j -= 1;
                            }
                        }
                    }
                }
            }
            Action::SetItKind(i, kind) => {
                if let Some(c) = p.it.get_mut(i) {
                    c.kind = kind;
                }
            }
            Action::SetItIssued(i, d) => {
                let issued = s.set_date(DateField::ItIssued(i), d);
                if let Some(c) = s.profile.it.get_mut(i) {
                    c.issued = issued;
                }
            }
            Action::SetStateManagement(v) => p.state_management = v,
            Action::SetDefenceSecurity(v) => p.defence_security = v,
            Action::SetEthnicLanguage(b) => p.ethnic_language = b,
            Action::Load(profile, notice) => {
                s = State::new(s.lang, s.today, *profile, notice);
                return Rc::new(s);
            }
            Action::Reset => {
                let undo = Box::new((s.profile.clone(), s.age_text.clone()));
                s = State::new(s.lang, s.today, Profile::default(), Some(Notice::Cleared));
                s.undo = Some(undo);
                return Rc::new(s);
            }
            Action::Undo => {
                if let Some(undo) = s.undo.take() {
                    let (profile, age_text) = *undo;
                    s = State::new(s.lang, s.today, profile, None);
                    s.age_text = age_text;
                }
                return Rc::new(s);
            }
            Action::Notify(n) => s.notice = Some(n),
            Action::DismissNotice => {
                s.notice = None;
                s.undo = None;
            }
            Action::Shared(link) => {
                s.share = Some(Share { link, copied: None });
                s.share_needs_post = false;
            }
            Action::Copied(ok) => {
                if let Some(sh) = &mut s.share {
                    sh.copied = Some(ok);
                }
            }
            Action::ShareNeedsPost => s.share_needs_post = true,
        }
        if s.profile != before {
            s.check_rules();
            // A link made earlier no longer matches the answers.
            s.share = None;
            if s.notice == Some(Notice::Cleared) {
                s.notice = None;
                s.undo = None;
            }
        }
        Rc::new(s)
    }
}

/// Why a saved value could not be used.
#[derive(Debug, PartialEq)]
pub enum SavedError {
    /// Not JSON, not `{"v":1,"profile":{…}}`, or a profile the engine refuses.
    Unreadable,
    /// From another version of the widget.
    UnknownVersion,
}

/// The value saved in localStorage: `{"v":1,"profile":…}` with the contract profile JSON.
pub fn saved_json(p: &Profile) -> String {
    format!("{{\"v\":{SAVE_VERSION},\"profile\":{}}}", p.to_json())
}

/// Reads a value written by [`saved_json`].
pub fn parse_saved(text: &str) -> Result<Profile, SavedError> {
    let v: Value = serde_json::from_str(text).map_err(|_| SavedError::Unreadable)?;
    match v.get("v").and_then(Value::as_u64) {
        Some(SAVE_VERSION) => {}
        Some(_) => return Err(SavedError::UnknownVersion),
        None => return Err(SavedError::Unreadable),
    }
    let profile = v.get("profile").ok_or(SavedError::Unreadable)?;
    Profile::from_value(profile).map_err(|_| SavedError::Unreadable)
}

#[cfg(test)]
mod tests {
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
        use crate::i18n::{t, K};
        let range = format!("{} đến {}", AGE_RANGE.start(), AGE_RANGE.end());
        assert!(t(Lang::Vi, K::AgeError).contains(&range));
        assert!(t(Lang::Vi, K::AgeHint).contains(&range));
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
        let s = State::new(Lang::Vi, today(), parse_saved(saved).unwrap(), None);
        assert_eq!(s.profile.unit, Unit::Xa);
        assert_eq!(s.profile.age, Some(45));
        assert!(s.unit_reset.is_some());
        // And the engine assesses what the form now holds.
        assert!(cbcc_engine::assess(&s.profile, today()).is_ok());
    }

    #[test]
    fn the_units_listed_are_those_of_the_rules_in_use() {
        let ids =
            |reg: &str| -> Vec<&str> { units(regime(reg)).iter().map(|u| u.id.id()).collect() };
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
        assert_eq!(parse_saved(&saved_json(&s.profile)), Ok(s.profile.clone()));
        let s = Rc::new(s).reduce(Action::SetSex(None));
        assert_eq!(s.profile.sex, None);
        assert!(!s.profile.to_json().contains("sex"));
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
        assert_eq!(parse_saved(&saved_json(&p)), Ok(p));
        // An empty form (no post yet) is saved and read back too.
        let empty = Profile {
            regime: Some("nd33_2023".into()),
            ..Profile::default()
        };
        assert_eq!(parse_saved(&saved_json(&empty)), Ok(empty));
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
        assert_eq!(parse_saved(&saved_json(&p)), Ok(p));
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
}
