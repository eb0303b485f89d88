//! Provincial standards (tiêu chuẩn của tỉnh) layered on a national regime.
//!
//! ND 33/2023 Art. 8 cl. 5 and Art. 10 cl. 4 let the provincial People's Committee set standards
//! per post that are not lower than the national ones. A province file (JSON, so the widget can
//! load one from a portal's `rules-url` at run time) may raise or add a standard, each rule citing
//! its provincial decision; a rule that would lower a national standard is refused by name.

use crate::profile::{InputError, Profile};
use crate::rules::regime;
use crate::rules::rule_set;
use crate::schema::{Area, Kind, Rule, AREAS, FLAGS, UNITS};

mod read;

pub use read::{Province, StaffTarget};

fn bad(what: String, vi: String, en: String) -> InputError {
    InputError::new("province", what, vi, en)
}

/// How strong a rule is: a required standard beats advice, a higher level beats a lower one.
fn strength(r: &Rule) -> (u8, usize, bool) {
    let kind = match r.kind {
        Kind::Required => 2,
        Kind::Advised => 1,
        Kind::NotRequired => 0,
    };
    let level = r.level.as_deref().and_then(|l| r.area.rank(l)).unwrap_or(0);
    (kind, level, r.field_must_fit)
}

impl Province {
    /// Reads and checks a province file; the error names the rule at fault.
    pub fn from_json(text: &str) -> Result<Province, InputError> {
        let value = crate::json::parse(text).map_err(|e| {
            bad(
                format!("dòng {} cột {}", e.line(), e.column()),
                format!("tệp tiêu chuẩn của tỉnh không hợp lệ: {e}"),
                format!("the province file is not valid JSON: {e}"),
            )
        })?;
        let p = read::read(&value).map_err(|(path, vi, en)| {
            bad(
                path,
                format!("tệp tiêu chuẩn của tỉnh không hợp lệ: {vi}"),
                format!("the province file is not valid: {en}"),
            )
        })?;
        p.validate()?;
        Ok(p)
    }

    fn validate(&self) -> Result<(), InputError> {
        let reg = regime(&self.regime).ok_or_else(|| {
            bad(
                self.regime.clone(),
                "tệp của tỉnh ghi một chế độ pháp lý không có".into(),
                "the province file names an unknown regime".into(),
            )
        })?;
        if self.basis.document.trim().is_empty() {
            return Err(bad(
                self.id.clone(),
                "thiếu quyết định của tỉnh làm căn cứ".into(),
                "the provincial decision is missing".into(),
            ));
        }
        self.validate_targets(reg)?;
        for (i, rule) in self.rules.iter().enumerate() {
            let name = format!(
                "quy tắc #{} ({}, {})",
                i + 1,
                rule.area.id(),
                rule.posts.join(" ")
            );
            let name_en = format!(
                "rule #{} ({}, {})",
                i + 1,
                rule.area.id(),
                rule.posts.join(" ")
            );
            if rule.basis.document.trim().is_empty() {
                return Err(bad(
                    name,
                    "thiếu căn cứ (quyết định của tỉnh)".into(),
                    format!("{name_en} has no basis"),
                ));
            }
            if let Some(l) = &rule.level {
                if rule.area.rank(l).is_none() {
                    return Err(bad(
                        name,
                        format!("mức `{l}` không có"),
                        format!("{name_en}: unknown level `{l}`"),
                    ));
                }
            } else if rule.kind != Kind::NotRequired {
                return Err(bad(
                    name,
                    "thiếu mức yêu cầu (level)".into(),
                    format!("{name_en} has no level"),
                ));
            }
            let posts: Vec<_> = reg.posts.iter().filter(|p| rule.covers(p)).collect();
            if posts.is_empty() {
                return Err(bad(
                    name,
                    "không áp dụng cho chức danh nào của chế độ này".into(),
                    format!("{name_en} names no post of the regime"),
                ));
            }
            // Compare with the national rule in every situation the provincial rule covers.
            let units = UNITS
                .into_iter()
                .filter(|u| reg.has_unit(&rule_set().catalogue, *u));
            let situations = units.flat_map(|unit| {
                (0u8..1 << FLAGS.len()).map(move |bits| Profile {
                    unit,
                    difficult_area: bits & 1 != 0,
                    extremely_difficult_area: bits & 2 != 0,
                    ethnic_minority: bits & 4 != 0,
                    ..Profile::default()
                })
            });
            let situations: Vec<Profile> = situations.collect();
            for post in posts {
                for situation in &situations {
                    let day = rule.when.from.unwrap_or(reg.in_force_from);
                    // A rule for earlier appointees is compared for someone appointed the day before.
                    let situation = &Profile {
                        in_post_since: rule.when.in_post_before.map(|d| {
                            crate::date::Date::from_days_since_epoch(d.days_since_epoch() - 1)
                        }),
                        // And one for earlier leaders, for a leader first appointed the day before.
                        leadership_since: rule.when.led_before.map(|d| {
                            crate::date::Date::from_days_since_epoch(d.days_since_epoch() - 1)
                        }),
                        ..situation.clone()
                    };
                    if !crate::select::conditions_hold(rule, situation, day) {
                        continue;
                    }
                    {
                        let Some(national) =
                            crate::select::applicable_rule(reg, post, rule.area, situation, day)
                        else {
                            continue;
                        };
                        let (nk, nl, nf) = strength(national);
                        let (pk, pl, pf) = strength(rule);
                        let later = match (&national.deadline, &rule.deadline) {
                            (Some(n), Some(p)) => p.date.zip(n.date).is_some_and(|(p, n)| p > n),
                            _ => false,
                        };
                        let lower = nk == 2 && (pk < 2 || pl < nl || (nf && !pf) || later);
                        if lower {
                            let (lvl_vi, lvl_en) = national
                                .level
                                .as_deref()
                                .map(|l| crate::labels::level(rule.area, l))
                                .unwrap_or(("", ""));
                            return Err(bad(
                                name,
                                format!(
                                    "hạ thấp tiêu chuẩn quốc gia ({lvl_vi}, {}) cho chức danh {}; tỉnh chỉ được quy định không thấp hơn",
                                    national.basis.cite(),
                                    post.id
                                ),
                                format!(
                                    "{name_en} would lower the national standard ({lvl_en}, {}) for post {}; a province may only set standards that are not lower",
                                    national.basis.cite(),
                                    post.id
                                ),
                            ));
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// A target names a level of its area, at least one post of the regime, and its decision.
    fn validate_targets(&self, reg: &crate::schema::Regime) -> Result<(), InputError> {
        for (i, t) in self.targets.iter().enumerate() {
            let name = format!("mục tiêu #{} ({})", i + 1, t.id);
            let name_en = format!("target #{} ({})", i + 1, t.id);
            if t.area.rank(&t.level).is_none() {
                return Err(bad(
                    name,
                    format!("mức `{}` không có trong lĩnh vực {}", t.level, t.area.id()),
                    format!(
                        "{name_en}: unknown level `{}` of area {}",
                        t.level,
                        t.area.id()
                    ),
                ));
            }
            if !reg.posts.iter().any(|p| target_covers(t, p)) {
                return Err(bad(
                    name,
                    "không áp dụng cho chức danh nào của chế độ này".into(),
                    format!("{name_en} names no post of the regime"),
                ));
            }
            if t.basis.document.trim().is_empty() {
                return Err(bad(
                    name,
                    "thiếu căn cứ (quyết định của tỉnh)".into(),
                    format!("{name_en} has no basis"),
                ));
            }
        }
        Ok(())
    }

    /// The areas this province changes, for the widget's "từ tỉnh" marks and docs.
    pub fn areas(&self) -> Vec<Area> {
        AREAS
            .into_iter()
            .filter(|a| self.rules.iter().any(|r| r.area == *a))
            .collect()
    }
}

/// Whether a target counts the holders of `post` (its id, its group as `group:…`, or `*`).
pub fn target_covers(t: &StaffTarget, post: &crate::schema::Post) -> bool {
    t.posts
        .iter()
        .any(|p| p == "*" || *p == post.id || p.strip_prefix("group:") == Some(post.group.id()))
}
