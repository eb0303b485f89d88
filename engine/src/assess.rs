//! The assessment: for each area, the one rule that applies, what the official holds against it,
//! the deadline, the reason in both languages; then the trainings that close the gaps.

use crate::date::Date;
use crate::labels::{self, capitalise};
use crate::profile::{InputError, Profile};
use crate::province::Province;
use crate::rules::{regime, rule_set};
use crate::schema::{Area, Kind, Post, Regime, Rule, AREAS};
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

#[derive(Clone, Debug, Serialize)]
pub struct Requirement {
    pub area: Area,
    pub status: Status,
    /// The level the rule names (absent when nothing is required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<String>,
    /// What the official holds, as it counts for this area.
    pub held: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub overdue: bool,
    pub basis: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_basis: Option<String>,
    pub verified: bool,
    pub confidence: crate::schema::Confidence,
    pub reason_vi: String,
    pub reason_en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training: Option<String>,
    /// Set by a provincial standard (tiêu chuẩn của tỉnh) rather than a national one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub from_province: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct TrainingItem {
    pub id: String,
    pub area: Area,
    pub name_vi: String,
    pub name_en: String,
    pub length_vi: String,
    pub length_en: String,
    pub provider_vi: String,
    pub provider_en: String,
    pub basis: String,
    pub verified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReminderItem {
    pub id: String,
    pub text_vi: String,
    pub text_en: String,
    pub basis: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Counts {
    pub met: usize,
    pub missing: usize,
    pub not_required: usize,
    pub advised: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub regime: String,
    pub regime_name_vi: String,
    pub regime_name_en: String,
    /// True when the regime was chosen explicitly and is not the one in force on `as_of`.
    pub what_if: bool,
    pub as_of: Date,
    pub rules_checked_on: Date,
    pub post: String,
    pub post_name_vi: String,
    pub post_name_en: String,
    pub meets_all: bool,
    pub counts: Counts,
    pub requirements: Vec<Requirement>,
    /// What to take, each once, in order: prerequisites first.
    pub trainings: Vec<TrainingItem>,
    /// Trainings for `advised` areas not yet held: recommended, not owed.
    pub suggested_trainings: Vec<TrainingItem>,
    pub reminders: Vec<ReminderItem>,
    /// The provincial standards layered on top, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<ProvinceInfo>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ProvinceInfo {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub example: bool,
    pub basis: String,
    /// False when the file is for another regime than the one used, so nothing was applied.
    pub applied: bool,
}

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

/// Assesses `profile` with a province's standards layered on the national ones (when the
/// province file is for the regime used).
pub fn assess_with(
    profile: &Profile,
    today: Date,
    province: Option<&Province>,
) -> Result<Report, InputError> {
    let as_of = profile.as_of.unwrap_or(today);
    let (reg, what_if) = match &profile.regime {
        Some(id) => {
            let reg = regime(id).ok_or_else(|| {
                let ids: Vec<&str> = rule_set().regimes.iter().map(|r| r.id.as_ref()).collect();
                InputError::new(
                    "regime",
                    id.clone(),
                    format!("không có chế độ này; chọn một trong: {}", ids.join(", ")),
                    format!("unknown regime; use one of: {}", ids.join(", ")),
                )
            })?;
            (reg, !reg.in_force_on(as_of))
        }
        None => (regime_in_force(as_of)?, false),
    };
    if profile.post.is_empty() {
        return Err(InputError::new(
            "post",
            "",
            "chưa chọn chức danh",
            "no post given",
        ));
    }
    if !crate::profile::AGE_RANGE.contains(&profile.age.map_or(18, u64::from)) {
        let age = profile.age.unwrap_or_default().to_string();
        return Err(InputError::new(
            "age",
            age,
            "tuổi phải từ 18 đến 80",
            "age must be from 18 to 80",
        ));
    }
    let post = reg.post(&profile.post).ok_or_else(|| {
        let ids: Vec<&str> = reg.posts.iter().map(|p| p.id.as_ref()).collect();
        InputError::new(
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
    })?;
    let mut requirements = Vec::with_capacity(AREAS.len());
    for area in AREAS {
        let rule = applicable_rule(reg, post, area, profile, as_of).ok_or_else(|| {
            InputError::new(
                "post",
                post.id.clone(),
                "thiếu quy tắc cho lĩnh vực này",
                format!("no rule for area {}", area.id()),
            )
        })?;
        let provincial = province
            .filter(|pr| pr.regime == reg.id)
            .and_then(|pr| most_specific(&pr.rules, post, area, profile, as_of));
        let mut req = evaluate(provincial.unwrap_or(rule), area, profile, as_of);
        req.from_province = provincial.is_some();
        requirements.push(req);
    }
    let count = |s: Status| requirements.iter().filter(|r| r.status == s).count();
    let counts = Counts {
        met: count(Status::Met),
        missing: count(Status::Missing),
        not_required: count(Status::NotRequired),
        advised: count(Status::Advised),
    };
    let trainings = training_plan(&requirements, Status::Missing);
    let suggested_trainings = training_plan(&requirements, Status::Advised);
    let reminders = rule_set()
        .catalogue
        .reminders
        .iter()
        .filter(|r| as_of >= r.from && r.until.is_none_or(|u| as_of <= u))
        .filter(|r| post.civil_servant || !r.civil_servants_only)
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
        what_if,
        as_of,
        rules_checked_on: reg.checked_on,
        post: post.id.to_string(),
        post_name_vi,
        post_name_en,
        meets_all: counts.missing == 0,
        counts,
        requirements,
        trainings,
        suggested_trainings,
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

/// The most specific national rule for this post, area and situation.
pub fn applicable_rule<'a>(
    reg: &'a Regime,
    post: &Post,
    area: Area,
    p: &Profile,
    as_of: Date,
) -> Option<&'a Rule> {
    most_specific(&reg.rules, post, area, p, as_of)
}

/// The most specific of `rules` that applies to this post, area and situation.
pub fn most_specific<'a>(
    rules: &'a [Rule],
    post: &Post,
    area: Area,
    p: &Profile,
    as_of: Date,
) -> Option<&'a Rule> {
    rules
        .iter()
        .filter(|r| r.area == area && r.covers(post))
        .filter(|r| r.when.difficult_area.is_none_or(|d| d == p.difficult_area))
        .filter(|r| r.when.units.as_ref().is_none_or(|u| u.contains(&p.unit)))
        .filter(|r| {
            r.when
                .in_post_before
                .is_none_or(|d| p.in_post_since.is_some_and(|s| s < d))
        })
        .filter(|r| {
            r.when.from.is_none_or(|d| as_of >= d) && r.when.until.is_none_or(|d| as_of <= d)
        })
        .fold(None, |best: Option<&Rule>, r| match best {
            Some(b) if b.specificity(post) >= r.specificity(post) => Some(b),
            _ => Some(r),
        })
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms such as "IT" or "CNTT" as they are.
        Some(f) if !c.clone().next().is_some_and(char::is_uppercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

/// What the official holds in `area`, as a level of the area's scale, and a phrase saying so.
fn held(area: Area, p: &Profile) -> (String, String, String) {
    // Names are used mid-sentence: "hiện có cử nhân chính trị", not "có Cử nhân chính trị".
    let name = |id: &str| {
        let (vi, en) = labels::level(area, id);
        (lower_first(vi), lower_first(en))
    };
    let counts_as = |holds: &str, issued: Option<Date>| -> String {
        if area.rank(holds).is_some() {
            return holds.to_string();
        }
        rule_set()
            .catalogue
            .equivalences
            .iter()
            .find(|e| e.area == area && e.holds == holds)
            .map(|e| match (e.issued_before, issued) {
                (Some(limit), Some(d)) if d >= limit => {
                    e.otherwise.clone().unwrap_or_else(|| "none".into())
                }
                (Some(_), None) => e.otherwise.clone().unwrap_or_else(|| "none".into()),
                _ => e.counts_as.clone(),
            })
            .map(|c| c.into_owned())
            .unwrap_or_else(|| "none".into())
    };
    let simple = |v: &str| {
        let (vi, en) = name(v);
        (counts_as(v, None), vi, en)
    };
    match area {
        Area::Age => match p.age {
            Some(a) => (a.to_string(), format!("{a} tuổi"), format!("{a} years old")),
            None => (
                "none".into(),
                "chưa nhập tuổi".into(),
                "age not given".into(),
            ),
        },
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
            // The best certificate counts; an old A/B/C issued too late counts for nothing.
            let best =
                p.it.iter()
                    .map(|c| (counts_as(&c.kind, c.issued), c))
                    .max_by_key(|(lvl, _)| area.rank(lvl).unwrap_or(0));
            match best {
                Some((lvl, c)) if lvl != "none" => {
                    let (vi, en) = name(&c.kind);
                    (lvl, vi.to_string(), en.to_string())
                }
                Some((_, c)) => {
                    let (vi, en) = name(&c.kind);
                    let when = c
                        .issued
                        .map(|d| d.vi())
                        .unwrap_or_else(|| "không rõ ngày".into());
                    (
                        "none".into(),
                        format!("{vi} cấp {when}, không được công nhận tương đương (chỉ chứng chỉ cấp trước 10/08/2016)"),
                        format!("{en} issued {}, not recognised (only those issued before 10 Aug 2016 count)", c.issued.map(|d| d.to_string()).unwrap_or_else(|| "on an unknown date".into())),
                    )
                }
                None => simple("none"),
            }
        }
    }
}

fn evaluate(rule: &Rule, area: Area, p: &Profile, as_of: Date) -> Requirement {
    let (held_level, held_vi, held_en) = held(area, p);
    // "hiện có trung cấp" but "hiện chưa có chứng chỉ…": the names of `none` start with "chưa".
    let has_vi = if held_vi.starts_with("chưa") {
        format!("hiện {held_vi}")
    } else {
        format!("hiện có {held_vi}")
    };
    let (req_vi, req_en) = rule
        .level
        .as_deref()
        .map(|l| labels::level(area, l))
        .unwrap_or(("", ""));
    let meets = match (&rule.level, area) {
        (None, _) => true,
        (Some(l), Area::Age) => match p.age {
            None => false,
            Some(a) => match l.as_ref() {
                "tu_18_tuoi" => a >= 18,
                // 60 months before the earliest retirement age (60); 120 months for two terms.
                "du_mot_nhiem_ky" => a <= 55 || p.in_post_since.is_some(),
                _ => a <= 50 || p.in_post_since.is_some(),
            },
        },
        (Some(l), _) => {
            let fits =
                !rule.field_must_fit || p.professional.field_fits_post || held_level == "none";
            fits && area.rank(&held_level).unwrap_or(0) >= area.rank(l).unwrap_or(usize::MAX)
        }
    };
    let wrong_field = rule.field_must_fit
        && !p.professional.field_fits_post
        && area.rank(&held_level) >= rule.level.as_deref().and_then(|l| area.rank(l));
    let mut status = match rule.kind {
        Kind::NotRequired => Status::NotRequired,
        _ if meets => Status::Met,
        Kind::Required => Status::Missing,
        Kind::Advised => Status::Advised,
    };
    // Age can't be trained for: an unknown age, or an age past the appointment limit, is a
    // point to check, not a gap.
    if area == Area::Age && status == Status::Missing {
        status = Status::Advised;
    }
    let mut deadline = None;
    let mut deadline_basis = None;
    let mut when_vi = String::new();
    let mut when_en = String::new();
    if status == Status::Missing {
        if let Some(d) = &rule.deadline {
            deadline_basis = Some(d.basis.cite());
            match (d.date, d.months_after_appointment, p.in_post_since) {
                (Some(date), _, since)
                    if d.for_in_post_by
                        .is_none_or(|by| since.is_none_or(|s| s <= by)) =>
                {
                    deadline = Some(date)
                }
                (Some(_), _, _) => {
                    when_vi =
                        " Người được bầu, bổ nhiệm sau thời điểm chuyển tiếp phải đạt chuẩn ngay."
                            .into();
                    when_en =
                        " Those appointed after the transition must meet it on appointment.".into();
                }
                (None, Some(m), Some(since)) => deadline = Some(since.add_months(m)),
                (None, Some(m), None) => {
                    when_vi = format!(" Phải hoàn thành trong {m} tháng kể từ ngày bổ nhiệm.");
                    when_en = format!(" Must be completed within {m} months of appointment.");
                }
                _ => {}
            }
        }
        if let Some(d) = deadline {
            if d < as_of {
                when_vi = format!(" Đã quá hạn đạt chuẩn ({}).", d.vi());
                when_en = format!(" The deadline ({d}) has passed.");
            } else {
                when_vi = format!(" Hạn đạt chuẩn: {}.", d.vi());
                when_en = format!(" Deadline: {d}.");
            }
        }
    }
    let field_vi = if rule.field_must_fit {
        " ngành phù hợp"
    } else {
        ""
    };
    let field_en = if rule.field_must_fit {
        " in a suitable field"
    } else {
        ""
    };
    let (mut reason_vi, mut reason_en) = match status {
        Status::Met if area == Area::Age => (
            format!("Đạt: {held_vi}, đáp ứng yêu cầu {req_vi}."),
            format!("Met: {held_en}, which meets the rule ({req_en})."),
        ),
        Status::Met => (
            format!("Đạt: có {held_vi}, đáp ứng yêu cầu {req_vi}{field_vi} trở lên."),
            format!("Met: {held_en} meets the required {req_en}{field_en} or higher."),
        ),
        Status::Missing if wrong_field => (
            format!(
                "Chưa đạt: cần {req_vi}{field_vi}; bằng hiện có không đúng ngành của chức danh."
            ),
            format!(
                "Not met: {req_en}{field_en} is required; the degree held is in another field."
            ),
        ),
        Status::Missing => (
            format!("Chưa đạt: chức danh này cần {req_vi}{field_vi} trở lên; {has_vi}."),
            format!(
                "Not met: this post requires {req_en}{field_en} or higher; you hold {held_en}."
            ),
        ),
        Status::Advised if area == Area::Age => (
            format!("Cần kiểm tra: yêu cầu {req_vi}; {held_vi}."),
            format!("To check: the rule is {req_en}; {held_en}."),
        ),
        Status::Advised => (
            format!("Khuyến nghị: nên có {req_vi}; {has_vi}."),
            format!("Recommended: {req_en}; you hold {held_en}."),
        ),
        Status::NotRequired => (
            format!(
                "Không bắt buộc: không có tiêu chuẩn về {} cho chức danh này.",
                labels::area(area).0.to_lowercase()
            ),
            format!(
                "Not required: there is no {} standard for this post.",
                labels::area(area).1.to_lowercase()
            ),
        ),
    };
    reason_vi = capitalise(&reason_vi) + &when_vi;
    reason_en = capitalise(&reason_en) + &when_en;
    if let (Some(n_vi), Some(n_en)) = (&rule.note_vi, &rule.note_en) {
        reason_vi = format!("{reason_vi} {n_vi}");
        reason_en = format!("{reason_en} {n_en}");
    }
    let training = match status {
        Status::Missing | Status::Advised if area != Area::Age => {
            rule.level.as_deref().and_then(|l| {
                rule.training
                    .clone()
                    .or_else(|| crate::schema::usual_training(&rule_set().catalogue, area, l))
                    .map(|t| t.into_owned())
            })
        }
        _ => None,
    };
    let deadline_confidence = rule
        .deadline
        .as_ref()
        .filter(|_| deadline.is_some())
        .map(|d| d.confidence);
    Requirement {
        area,
        status,
        required: rule.level.as_ref().map(|s| s.to_string()),
        held: if area == Area::Age {
            p.age.map(|a| a.to_string()).unwrap_or_default()
        } else {
            held_level
        },
        deadline,
        overdue: deadline.is_some_and(|d| d < as_of),
        basis: rule.basis.cite(),
        deadline_basis,
        verified: rule.confidence.verified() && deadline_confidence.is_none_or(|c| c.verified()),
        confidence: rule.confidence,
        reason_vi,
        reason_en,
        training,
        from_province: false,
    }
}

/// The trainings of the requirements with `status`, each once, in catalogue order.
fn training_plan(reqs: &[Requirement], status: Status) -> Vec<TrainingItem> {
    let cat = &rule_set().catalogue;
    cat.trainings
        .iter()
        .filter_map(|t| {
            let closing: Vec<&Requirement> = reqs
                .iter()
                .filter(|r| r.status == status && r.training.as_deref() == Some(&t.id))
                .collect();
            if closing.is_empty() {
                return None;
            }
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
                deadline: closing.iter().filter_map(|r| r.deadline).min(),
            })
        })
        .collect()
}
