//! The decision for one area, before any sentence is written: which level the official holds,
//! the status, the deadline and the training. Cheap to make and to copy: the roster counts these.

use crate::age::{self, AgeFinding};
use crate::date::Date;
use crate::profile::Profile;
use crate::rules::rule_set;
use crate::schema::{Area, Kind, Rule};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Missing,
    NotRequired,
    Advised,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Missing => "missing",
            Status::NotRequired => "not_required",
            Status::Advised => "advised",
        }
    }
}

/// The decision for one area, before any sentence is written: cheap to make and to copy.
#[derive(Clone, Copy, Debug)]
pub struct Verdict<'a> {
    pub area: Area,
    pub status: Status,
    pub rule: &'a Rule,
    pub from_province: bool,
    /// The level the official holds, as it counts for this area (age: unused).
    pub held: &'static str,
    pub deadline: Option<Date>,
    pub training: Option<&'a str>,
    /// The training to the rule's target level, when the official is below it.
    pub target_training: Option<&'a str>,
    pub detail: Detail,
}

/// What the wording needs to know beyond the status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    Plain,
    /// The degree's level is enough, but not its field.
    WrongField,
    /// Appointed after the transition's cut-off day: the standard applies from appointment.
    AfterTransition,
    /// A deadline counted from an appointment day that was not given.
    WithinMonths(u32),
    Age(AgeFinding),
    /// The best IT certificate (index in `profile.it`) is an old A/B/C that does not count.
    ItNotRecognised(usize),
}

/// The scale's own `&'static str` for a level id.
fn static_level(area: Area, id: &str) -> &'static str {
    area.scale()
        .iter()
        .find(|l| **l == id)
        .copied()
        .unwrap_or("none")
}

/// What a credential counts as in `area` (itself, or its equivalence; `none` if neither).
fn counts_as(area: Area, holds: &str, issued: Option<Date>) -> &'static str {
    if area.rank(holds).is_some() {
        return static_level(area, holds);
    }
    let Some(e) = rule_set()
        .catalogue
        .equivalences
        .iter()
        .find(|e| e.area == area && e.holds == holds)
    else {
        return "none";
    };
    let late = match (e.issued_before, issued) {
        (Some(limit), Some(d)) => d >= limit,
        (Some(_), None) => true,
        _ => false,
    };
    let level = if late {
        e.otherwise.as_ref()
    } else {
        Some(&e.counts_as)
    };
    level.map_or("none", |l| static_level(area, l))
}

/// The level the official holds in `area`; for IT also the certificate that counts most.
pub fn held(area: Area, p: &Profile) -> (&'static str, Option<usize>) {
    let simple = |v: &str| (counts_as(area, v, None), None);
    match area {
        Area::Age => ("none", None),
        Area::GeneralEducation => simple(&p.general_education),
        Area::Professional => simple(&p.professional.level),
        Area::PoliticalTheory => simple(&p.political_theory),
        Area::StateManagement => simple(&p.state_management),
        Area::DefenceSecurity => simple(&p.defence_security),
        Area::EthnicLanguage => simple(if p.ethnic_language {
            "chung_chi"
        } else {
            "none"
        }),
        Area::It => {
            p.it.iter()
                .enumerate()
                .map(|(i, c)| (counts_as(area, &c.kind, c.issued), Some(i)))
                .max_by_key(|(lvl, i)| (area.rank(lvl).unwrap_or(0), std::cmp::Reverse(*i)))
                .unwrap_or(("none", None))
        }
    }
}

/// Decides one area under `rule`: status, deadline, training; no text.
pub fn verdict<'a>(rule: &'a Rule, area: Area, p: &Profile, as_of: Date) -> Verdict<'a> {
    let (held_level, best_it) = held(area, p);
    let rank = |l: &str| area.rank(l).unwrap_or(0);
    let mut detail = match best_it {
        Some(i) if held_level == "none" => Detail::ItNotRecognised(i),
        _ => Detail::Plain,
    };
    let meets = match (&rule.level, area) {
        (None, _) => true,
        (Some(l), Area::Age) => {
            let cat = &rule_set().catalogue;
            let terms = rank(l) as u32; // tu_18_tuoi 0, du_mot_nhiem_ky 1, du_hai_nhiem_ky 2
            let f = age::check(&cat.age, p, as_of, terms * cat.age.term_months);
            detail = Detail::Age(f);
            matches!(f, AgeFinding::Met { .. })
        }
        (Some(l), _) => {
            let fits =
                !rule.field_must_fit || p.professional.field_fits_post || held_level == "none";
            if !fits && rank(held_level) >= rank(l) {
                detail = Detail::WrongField;
            }
            fits && rank(held_level) >= rank(l)
        }
    };
    let status = match rule.kind {
        Kind::NotRequired => Status::NotRequired,
        _ if meets => Status::Met,
        Kind::Advised => Status::Advised,
        // Age: a sitting official was checked at appointment, which the authority decided; an
        // unknown or unsure age is a point to check. Only a candidate definitely out of the
        // rule is missing it (no training closes that).
        Kind::Required if area == Area::Age => match detail {
            Detail::Age(AgeFinding::TooYoung { .. } | AgeFinding::TooOld { .. })
                if p.in_post_since.is_none() =>
            {
                Status::Missing
            }
            _ => Status::Advised,
        },
        Kind::Required => Status::Missing,
    };
    let mut deadline = None;
    if status == Status::Missing {
        if let Some(d) = &rule.deadline {
            match (d.date, d.months_after_appointment, p.in_post_since) {
                (Some(date), _, since)
                    if d.for_in_post_by
                        .is_none_or(|by| since.is_none_or(|s| s <= by)) =>
                {
                    deadline = Some(date)
                }
                (Some(_), _, _) => detail = Detail::AfterTransition,
                (None, Some(m), Some(since)) => deadline = Some(since.add_months(m)),
                (None, Some(m), None) => detail = Detail::WithinMonths(m),
                _ => {}
            }
        }
    }
    let closing = |level: &str| {
        rule.training
            .as_deref()
            .filter(|_| Some(level) == rule.level.as_deref())
            .or_else(|| crate::schema::usual_training_ref(&rule_set().catalogue, area, level))
    };
    let training = match status {
        Status::Missing | Status::Advised if area != Area::Age => {
            rule.level.as_deref().and_then(closing)
        }
        _ => None,
    };
    let target_training = rule
        .target
        .as_ref()
        .filter(|t| {
            matches!(status, Status::Met | Status::Missing) && rank(held_level) < rank(&t.level)
        })
        .and_then(|t| t.training.as_deref().or_else(|| closing(&t.level)));
    Verdict {
        area,
        status,
        rule,
        from_province: false,
        held: held_level,
        deadline,
        training,
        target_training,
        detail,
    }
}
