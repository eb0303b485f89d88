//! The assessment: for each area, the one rule that applies (`select`), what the official holds
//! against it, the status, deadline and training (a `Verdict`, no text); then the report, with
//! the reasons worded (`reason`) and the trainings that close the gaps.

use crate::age;
use crate::date::Date;
use crate::profile::{InputError, Profile};
use crate::province::Province;
pub use crate::report::{Counts, ProvinceInfo, ReminderItem, Report, Requirement, TrainingItem};
use crate::rules::{regime, rule_set};
use crate::schema::{Area, Post, Regime, Rule, AREAS};
use crate::select::{applicable_rule, most_specific};
pub use crate::verdict::{held, verdict, Detail, Status, Verdict};

/// The regime in force on `day`, or an error naming the date.
pub fn regime_in_force(day: Date) -> Result<&'static Regime, InputError> {
    rule_set()
        .regimes
        .iter()
        .find(|r| r.in_force_on(day))
        .ok_or_else(|| {
            let first = rule_set()
                .regimes
                .first()
                .map(|r| r.in_force_from)
                .unwrap_or(day);
            InputError::new(
                "as_of",
                day.to_string(),
                format!(
                    "không có bộ quy định nào có hiệu lực vào ngày này (dữ liệu bắt đầu từ {})",
                    first.vi()
                ),
                format!("no set of rules is in force on that day (the data starts on {first})"),
            )
        })
}

/// Assesses `profile`; `today` is the default `as_of`.
pub fn assess(profile: &Profile, today: Date) -> Result<Report, InputError> {
    assess_with(profile, today, None)
}

/// The assessment without its sentences: the regime, the post, one verdict per area.
pub struct Verdicts<'a> {
    pub regime: &'static Regime,
    pub what_if: bool,
    pub as_of: Date,
    pub post: &'static Post,
    pub areas: [Verdict<'a>; 8],
}

impl Verdicts<'_> {
    pub fn meets_all(&self) -> bool {
        self.areas.iter().all(|v| v.status != Status::Missing)
    }
}

fn input_error(field: &str, value: impl Into<String>, vi: String, en: String) -> InputError {
    InputError::new(field, value, vi, en)
}

/// The regime to use: the one named, or the one in force on `as_of`; and whether it is a
/// "what if" (named, and not in force then).
fn choose_regime(profile: &Profile, as_of: Date) -> Result<(&'static Regime, bool), InputError> {
    match &profile.regime {
        Some(id) => {
            let reg = regime(id).ok_or_else(|| {
                let ids: Vec<&str> = rule_set().regimes.iter().map(|r| r.id.as_ref()).collect();
                input_error(
                    "regime",
                    id.clone(),
                    format!("không có chế độ này; chọn một trong: {}", ids.join(", ")),
                    format!("unknown regime; use one of: {}", ids.join(", ")),
                )
            })?;
            Ok((reg, !reg.in_force_on(as_of)))
        }
        None => Ok((regime_in_force(as_of)?, false)),
    }
}

/// Input that is well-formed but does not fit the regime or the day: no post, a unit that did
/// not exist then, an age out of range.
fn check_fits(
    profile: &Profile,
    reg: &'static Regime,
    as_of: Date,
) -> Result<&'static Post, InputError> {
    if profile.post.is_empty() {
        return Err(InputError::new(
            "post",
            "",
            "chưa chọn chức danh",
            "no post given",
        ));
    }
    let cat = &rule_set().catalogue;
    if !reg.has_unit(cat, profile.unit) {
        let names = |vi: bool| -> String {
            cat.units
                .iter()
                .filter(|u| reg.has_unit(cat, u.id))
                .map(|u| {
                    format!(
                        "{} ({})",
                        u.id.id(),
                        if vi { &u.name_vi } else { &u.name_en }
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let info = cat.units.iter().find(|u| u.id == profile.unit);
        let (when_vi, when_en) = match info.and_then(|u| u.until.map(|d| (u, d))) {
            Some((u, d)) => (
                format!("{} chỉ có đến {} ({})", u.name_vi, d.vi(), u.basis.cite()),
                format!("{} existed only until {d} ({})", u.name_en, u.basis.cite()),
            ),
            None => (
                format!("đơn vị này không có theo {}", reg.name_vi),
                format!("this unit does not exist under {}", reg.name_en),
            ),
        };
        return Err(input_error(
            "unit",
            profile.unit.id(),
            format!("{when_vi}; chọn một trong: {}", names(true)),
            format!("{when_en}; use one of: {}", names(false)),
        ));
    }
    let range = crate::profile::AGE_RANGE;
    if let Some(b) = profile.birth_date {
        let a = age::age_on(b, as_of);
        if a < *range.start() as i32 || a > *range.end() as i32 {
            return Err(input_error(
                "birth_date",
                b.to_string(),
                format!(
                    "ngày sinh cho tuổi {a} vào ngày {}; tuổi phải từ {} đến {}",
                    as_of.vi(),
                    range.start(),
                    range.end()
                ),
                format!(
                    "that birth date gives age {a} on {as_of}; the age must be from {} to {}",
                    range.start(),
                    range.end()
                ),
            ));
        }
    } else if let Some(a) = profile.age.filter(|a| !range.contains(&u64::from(*a))) {
        return Err(input_error(
            "age",
            a.to_string(),
            format!("tuổi phải từ {} đến {}", range.start(), range.end()),
            format!("age must be from {} to {}", range.start(), range.end()),
        ));
    }
    reg.post(&profile.post).ok_or_else(|| {
        let ids: Vec<&str> = reg.posts.iter().map(|p| p.id.as_ref()).collect();
        input_error(
            "post",
            profile.post.clone(),
            format!(
                "không phải chức danh của {}; chọn một trong: {}",
                reg.name_vi,
                ids.join(", ")
            ),
            format!(
                "not a post of {}; use one of: {}",
                reg.name_en,
                ids.join(", ")
            ),
        )
    })
}

/// The verdicts of every area: the lean path (no text), used by the report and the roster.
pub fn decide<'a>(
    profile: &Profile,
    today: Date,
    province: Option<&'a Province>,
) -> Result<Verdicts<'a>, InputError> {
    let as_of = profile.as_of.unwrap_or(today);
    let (reg, what_if) = choose_regime(profile, as_of)?;
    let post = check_fits(profile, reg, as_of)?;
    let provincial = province.filter(|pr| pr.regime == reg.id);
    let mut areas = [None; 8];
    for (slot, area) in areas.iter_mut().zip(AREAS) {
        let national: &'static Rule =
            applicable_rule(reg, post, area, profile, as_of).ok_or_else(|| {
                InputError::new(
                    "post",
                    post.id.clone(),
                    "thiếu quy tắc cho lĩnh vực này",
                    format!("no rule for area {}", area.id()),
                )
            })?;
        let from_province =
            provincial.and_then(|pr| most_specific(&pr.rules, post, area, profile, as_of));
        let rule: &'a Rule = from_province.unwrap_or(national);
        let mut v = verdict(rule, area, profile, as_of);
        v.from_province = from_province.is_some();
        *slot = Some(v);
    }
    Ok(Verdicts {
        regime: reg,
        what_if,
        as_of,
        post,
        areas: areas.map(|v| v.expect("every area was decided")),
    })
}

/// Assesses `profile` with a province's standards layered on the national ones (when the
/// province file is for the regime used).
pub fn assess_with(
    profile: &Profile,
    today: Date,
    province: Option<&Province>,
) -> Result<Report, InputError> {
    let v = decide(profile, today, province)?;
    let (reg, post, as_of) = (v.regime, v.post, v.as_of);
    let requirements: Vec<Requirement> = v
        .areas
        .iter()
        .map(|x| requirement(x, profile, as_of))
        .collect();
    let count = |s: Status| requirements.iter().filter(|r| r.status == s).count();
    let counts = Counts {
        met: count(Status::Met),
        missing: count(Status::Missing),
        not_required: count(Status::NotRequired),
        advised: count(Status::Advised),
    };
    let owed: Vec<(&str, Option<Date>)> = v
        .areas
        .iter()
        .filter(|x| x.status == Status::Missing)
        .filter_map(|x| x.training.map(|t| (t, x.deadline)))
        .collect();
    let suggested: Vec<(&str, Option<Date>)> = v
        .areas
        .iter()
        .filter_map(|x| match x.status {
            Status::Advised => x.training,
            _ => None,
        })
        .chain(v.areas.iter().filter_map(|x| x.target_training))
        .filter(|t| !owed.iter().any(|(o, _)| o == t))
        .map(|t| (t, None))
        .collect();
    let reminders = rule_set()
        .catalogue
        .reminders
        .iter()
        .filter(|r| as_of >= r.from && r.until.is_none_or(|u| as_of <= u))
        .filter(|r| post.civil_servant || !r.civil_servants_only)
        .filter(|r| r.posts.as_ref().is_none_or(|ps| ps.contains(&post.id)))
        .map(|r| ReminderItem {
            id: r.id.to_string(),
            text_vi: r.text_vi.to_string(),
            text_en: r.text_en.to_string(),
            basis: r.basis.cite(),
        })
        .collect();
    let (post_name_vi, post_name_en) = post_names(post, profile);
    Ok(Report {
        regime: reg.id.to_string(),
        regime_name_vi: reg.name_vi.to_string(),
        regime_name_en: reg.name_en.to_string(),
        what_if: v.what_if,
        as_of,
        rules_checked_on: reg.checked_on,
        post: post.id.to_string(),
        post_name_vi,
        post_name_en,
        meets_all: counts.missing == 0,
        counts,
        requirements,
        trainings: training_plan(&owed),
        suggested_trainings: training_plan(&suggested),
        reminders,
        province: province.map(|pr| ProvinceInfo {
            id: pr.id.clone(),
            name_vi: pr.name_vi.clone(),
            name_en: pr.name_en.clone(),
            example: pr.example,
            basis: pr.basis.cite(),
            applied: pr.regime == reg.id,
        }),
    })
}

/// The post's title for the official's unit (the land official's title differs in wards and towns).
pub fn post_names(post: &Post, profile: &Profile) -> (String, String) {
    let urban = profile.unit != crate::schema::Unit::Xa;
    match (&post.urban_name_vi, &post.urban_name_en) {
        (Some(vi), Some(en)) if urban => (vi.to_string(), en.to_string()),
        _ => (post.name_vi.to_string(), post.name_en.to_string()),
    }
}

/// The report's row for one verdict, with its reason in both languages.
fn requirement(v: &Verdict, p: &Profile, as_of: Date) -> Requirement {
    let rule = v.rule;
    let deadline_confidence = rule
        .deadline
        .as_ref()
        .filter(|_| v.deadline.is_some())
        .map(|d| d.confidence);
    let (reason_vi, reason_en) = crate::reason::word(v, p, as_of);
    Requirement {
        area: v.area,
        status: v.status,
        required: rule.level.as_ref().map(|s| s.to_string()),
        held: if v.area == Area::Age {
            crate::reason::age_held(p, as_of)
        } else {
            v.held.to_string()
        },
        deadline: v.deadline,
        overdue: v.deadline.is_some_and(|d| d < as_of),
        basis: rule.basis.cite(),
        deadline_basis: rule
            .deadline
            .as_ref()
            .filter(|_| v.status == Status::Missing)
            .map(|d| d.basis.cite()),
        verified: rule.confidence.verified() && deadline_confidence.is_none_or(|c| c.verified()),
        confidence: rule.confidence,
        reason_vi,
        reason_en,
        training: v.training.map(str::to_string),
        target: rule.target.as_ref().map(|t| t.level.to_string()),
        from_province: v.from_province,
    }
}

/// The trainings named, each once, in catalogue order (prerequisites first), with the earliest
/// deadline of the areas each closes.
fn training_plan(wanted: &[(&str, Option<Date>)]) -> Vec<TrainingItem> {
    rule_set()
        .catalogue
        .trainings
        .iter()
        .filter_map(|t| {
            let mut closing = wanted.iter().filter(|(id, _)| *id == t.id).peekable();
            closing.peek()?;
            let deadline = closing.filter_map(|(_, d)| *d).min();
            Some(TrainingItem {
                id: t.id.to_string(),
                area: t.area,
                name_vi: t.name_vi.to_string(),
                name_en: t.name_en.to_string(),
                length_vi: t.length_vi.to_string(),
                length_en: t.length_en.to_string(),
                provider_vi: t.provider_vi.to_string(),
                provider_en: t.provider_en.to_string(),
                basis: t.basis.cite(),
                verified: t.confidence.verified(),
                deadline,
            })
        })
        .collect()
}
