//! Provincial standards (tiêu chuẩn của tỉnh) layered on a national regime.
//!
//! ND 33/2023 Art. 8 cl. 5 and Art. 10 cl. 4 let the provincial People's Committee set standards
//! per post that are not lower than the national ones. A province file (JSON, so the widget can
//! load one from a portal's `rules-url` at run time) may raise or add a standard, each rule citing
//! its provincial decision; a rule that would lower a national standard is refused by name.

use crate::profile::{InputError, Profile};
use crate::rules::regime;
use crate::rules::rule_set;
use crate::schema::{Area, Basis, Kind, Rule, AREAS, FLAGS, UNITS};
use serde::Serialize;

/// Read by `province_json` (by hand, for a small wasm), with the fields below.
#[derive(Clone, Debug, Serialize)]
pub struct Province {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    /// An illustration, not a real province's standards: the widget says so.
    pub example: bool,
    /// The national regime these rules layer on.
    pub regime: String,
    /// The provincial decision as a whole.
    pub basis: Basis,
    pub rules: Vec<Rule>,
}

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
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            bad(
                format!("dòng {} cột {}", e.line(), e.column()),
                format!("tệp tiêu chuẩn của tỉnh không hợp lệ: {e}"),
                format!("the province file is not valid JSON: {e}"),
            )
        })?;
        let p = crate::province_json::read(&value).map_err(|(path, vi, en)| {
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

    /// The areas this province changes, for the widget's "từ tỉnh" marks and docs.
    pub fn areas(&self) -> Vec<Area> {
        AREAS
            .into_iter()
            .filter(|a| self.rules.iter().any(|r| r.area == *a))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::{assess_with, Status};
    use crate::date::Date;

    const EXAMPLE: &str = include_str!("../provinces/example.json");

    fn profile(json: &str) -> Profile {
        Profile::from_json(json).unwrap()
    }

    #[test]
    fn the_example_raises_it_for_civil_servants_and_marks_it() {
        let prov = Province::from_json(EXAMPLE).unwrap();
        assert!(prov.example);
        let p = profile(r#"{"regime":"nd33_2023","as_of":"2024-06-01","post":"tu_phap_ho_tich"}"#);
        let today = Date::parse("2024-06-01").unwrap();
        let national = crate::assess::assess(&p, today).unwrap();
        let layered = assess_with(&p, today, Some(&prov)).unwrap();
        let it = |r: &crate::assess::Report| {
            r.requirements
                .iter()
                .find(|q| q.area == Area::It)
                .unwrap()
                .clone()
        };
        assert_eq!(it(&national).status, Status::Advised);
        assert!(!it(&national).from_province);
        assert_eq!(it(&layered).status, Status::Missing);
        assert!(it(&layered).from_province);
        assert!(layered.trainings.iter().any(|t| t.id == "tin_hoc_co_ban"));
        assert!(layered.province.as_ref().unwrap().applied);
    }

    #[test]
    fn a_file_for_another_regime_changes_nothing() {
        let prov = Province::from_json(EXAMPLE).unwrap();
        let p = profile(r#"{"regime":"luat_2025","as_of":"2026-01-01","post":"chuyen_vien"}"#);
        let today = Date::parse("2026-01-01").unwrap();
        let layered = assess_with(&p, today, Some(&prov)).unwrap();
        assert!(layered.requirements.iter().all(|q| !q.from_province));
        assert!(!layered.province.unwrap().applied);
    }

    #[test]
    fn a_rule_lowering_a_national_standard_is_refused_by_name() {
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        v["rules"].as_array_mut().unwrap().push(serde_json::json!({
            "posts": ["chu_tich_ubnd"], "area": "political_theory", "kind": "advised", "level": "trung_cap",
            "basis": { "document": "QĐ tỉnh" }, "confidence": "S"
        }));
        let err = Province::from_json(&v.to_string()).unwrap_err();
        assert!(err.value.contains("#4"), "{err}");
        assert!(err.vi.contains("hạ thấp"), "{err}");
        assert!(err.vi.contains("chu_tich_ubnd"), "{err}");
    }

    #[test]
    fn unknown_keys_and_missing_citations_are_refused() {
        let with_typo = EXAMPLE.replacen("\"level\"", "\"levle\"", 1);
        assert!(Province::from_json(&with_typo).is_err());
        let no_doc = EXAMPLE.replacen("Quyết định số 00/2024/QĐ-UBND (ví dụ)", " ", 1);
        assert!(Province::from_json(&no_doc)
            .unwrap_err()
            .vi
            .contains("căn cứ"));
        assert!(Province::from_json("[]").is_err());
    }

    #[test]
    fn the_reader_names_the_path_of_what_is_wrong() {
        let typo = EXAMPLE.replacen("\"level\"", "\"levle\"", 1);
        let e = Province::from_json(&typo).unwrap_err();
        assert_eq!(e.value, "(tệp).rules[0].levle", "{e}");
        assert!(e.en.contains("unknown field `levle`"), "{e}");
        let bad_area = EXAMPLE.replacen("\"area\": \"it\"", "\"area\": \"tin_hoc\"", 1);
        let e = Province::from_json(&bad_area).unwrap_err();
        assert!(
            e.value.ends_with("rules[0].area") && e.vi.contains("tin_hoc"),
            "{e}"
        );
        let bad_date = EXAMPLE.replacen("2026-12-31", "31/12/2026", 1);
        assert!(Province::from_json(&bad_date)
            .unwrap_err()
            .value
            .ends_with("deadline.date"));
        let no_rules = r#"{"id":"x","name_vi":"x","name_en":"x","regime":"nd33_2023","basis":{"document":"QĐ"}}"#;
        assert!(Province::from_json(no_rules)
            .unwrap_err()
            .value
            .ends_with(".rules"));
    }

    #[test]
    fn the_2025_example_applies_to_the_law_in_force() {
        let prov = Province::from_json(include_str!("../provinces/example-2025.json")).unwrap();
        let p = profile(r#"{"as_of":"2026-06-01","post":"chuyen_vien","difficult_area":true}"#);
        let today = Date::parse("2026-06-01").unwrap();
        let r = assess_with(&p, today, Some(&prov)).unwrap();
        assert_eq!(r.regime, "luat_2025");
        assert!(r.province.as_ref().unwrap().applied);
        let req = |a: Area| r.requirements.iter().find(|q| q.area == a).unwrap();
        assert_eq!(
            (req(Area::It).status, req(Area::It).from_province),
            (Status::Missing, true)
        );
        assert_eq!(req(Area::It).deadline, Date::parse("2027-12-31"));
        assert_eq!(req(Area::EthnicLanguage).status, Status::Missing);
        assert!(!req(Area::Professional).from_province);
    }
}
