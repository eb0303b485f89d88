//! The widget's state: the contract [`Profile`] being edited plus what only the UI needs
//! (language, raw text of fields with errors, notices), changed only through [`Action`]s.
//! Pure Rust (no browser calls), so it is tested natively.
//!
//! Also here: what the inputs hold before they reach the profile (`input.rs`), the saved
//! answers (`saved.rs`) and the look-ups in the rule data (`rules.rs`).

mod input;
mod rules;
mod saved;
#[cfg(test)]
mod tests;

pub use input::{parse_age, DateField, DateInput};
pub use rules::{any_post, effective_regime, unit_info, units};
pub use saved::{parse_saved, saved_json, SavedError, SAVE_VERSION};

use crate::i18n::Lang;
use cbcc_engine::age::age_on;
use cbcc_engine::compare::{rebase, with_training, without_training};
use cbcc_engine::profile::{ItCertificate, Sex, AGE_RANGE};
use cbcc_engine::rules::{regime, rule_set};
use cbcc_engine::schema::{Area, Regime, Unit};
use cbcc_engine::{Date, Profile};
use std::rc::Rc;
use yew::Reducible;

/// A new IT-certificate row starts as the lowest certificate of the IT scale (the basic one).
fn new_it_kind() -> String {
    let scale = Area::It.scale();
    scale
        .iter()
        .find(|l| **l != "none")
        .unwrap_or(&scale[0])
        .to_string()
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
    /// The variant compared with the answers ("nếu tôi…"): the official's profile with a course
    /// finished, another post, date, unit or area. It follows every later edit of the answers
    /// that it did not change itself.
    pub variant: Option<Box<Profile>>,
    /// The variant's date field holds something that is not a date.
    pub variant_bad_date: bool,
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
    /// Compare with the answers plus this course (training id) finished: one click from a
    /// missing area ("nếu tôi học khóa này").
    CompareCourse(String),
    /// Compare with the answers in another post ("nếu tôi chuyển sang…"); empty: no comparison.
    ComparePost(String),
    /// Compare with this profile (a share link that carries a variant).
    Compare(Box<Profile>),
    SetVariantPost(String),
    SetVariantAsOf(DateInput),
    SetVariantUnit(Unit),
    SetVariantDifficult(bool),
    /// A course (training id) marked as finished in the variant, or not.
    SetVariantCourse(String, bool),
    CloseCompare,
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
            variant: None,
            variant_bad_date: false,
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

    /// The day a course marked as finished in the variant is finished (its assessment date).
    fn variant_day(&self, v: &Profile) -> Date {
        v.as_of.unwrap_or(self.today)
    }

    /// Changes the variant (a copy of the answers when there is none yet).
    fn change_variant(&mut self, f: impl FnOnce(&State, &mut Profile)) {
        let mut v = self
            .variant
            .take()
            .unwrap_or_else(|| Box::new(self.profile.clone()));
        f(self, &mut v);
        self.variant = Some(v);
    }

    fn set_date(&mut self, field: DateField, input: DateInput) -> Option<Date> {
        self.bad_dates.retain(|f| *f != field);
        if input == DateInput::Invalid {
            self.bad_dates.push(field);
        }
        input.date()
    }
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
        let variant_before = s.variant.clone();
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
                kind: new_it_kind(),
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
            Action::CompareCourse(id) => {
                let v = with_training(&s.profile, &id, s.as_of());
                s.variant = Some(Box::new(v));
                s.variant_bad_date = false;
            }
            Action::ComparePost(id) if id.is_empty() => s.variant = None,
            Action::ComparePost(post) => {
                s.variant = Some(Box::new(Profile {
                    post,
                    ..s.profile.clone()
                }));
                s.variant_bad_date = false;
            }
            Action::Compare(v) => s.variant = Some(v),
            Action::SetVariantPost(post) => s.change_variant(|_, v| v.post = post),
            Action::SetVariantAsOf(d) => {
                s.variant_bad_date = d == DateInput::Invalid;
                if let Some(day) = d.date() {
                    s.change_variant(|_, v| v.as_of = Some(day));
                } else if d == DateInput::Empty {
                    // Emptied: the answers' date again.
                    s.change_variant(|s, v| v.as_of = s.profile.as_of);
                }
            }
            Action::SetVariantUnit(u) => s.change_variant(|_, v| v.unit = u),
            Action::SetVariantDifficult(b) => s.change_variant(|_, v| v.difficult_area = b),
            Action::SetVariantCourse(id, done) => s.change_variant(|s, v| {
                *v = if done {
                    with_training(v, &id, s.variant_day(v))
                } else {
                    without_training(v, &s.profile, &id)
                }
            }),
            Action::CloseCompare => {
                s.variant = None;
                s.variant_bad_date = false;
            }
        }
        if s.profile != before {
            // The variant is "the official, but …": it follows the edit where it did not differ.
            if let Some(v) = s.variant.take() {
                s.variant = Some(Box::new(rebase(&before, &s.profile, &v)));
            }
        }
        if s.variant != variant_before {
            s.share = None;
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
