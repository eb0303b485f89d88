//! Runs every case file in tests/cases/*.json through the library, with the semantics of
//! ../shared/contract/check.py (which runs the same files through the `assess` command):
//!
//!   {"title", "profile" | "raw", "expect": {exit, meets_all, areas, areas_not,
//!    trainings_include, trainings_exclude, stderr_has}}
//!
//! A case without `as_of` is assessed on a fixed "today" (2026-11-22), so no case depends on the
//! day the tests run. A case expecting exit 2 must produce an `InputError` whose message contains
//! each `stderr_has` string (case-insensitive). Also here: a coverage test (every post and area of
//! every regime, and every status each area can take, appears in some case) and the report
//! fields that check.py cannot see (regime chosen, what-if, title by unit, reminders, overdue).

use cbcc_engine::contract::contract_posts;
use cbcc_engine::rules::rule_set;
use cbcc_engine::schema::{Area, Kind, AREAS};
use cbcc_engine::{assess, Date, Profile};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

const EXPECT_KEYS: [&str; 7] = [
    "exit",
    "meets_all",
    "areas",
    "areas_not",
    "trainings_include",
    "trainings_exclude",
    "stderr_has",
];

/// The fields of a requirement in the report that a case may name.
const REQUIREMENT_FIELDS: [&str; 13] = [
    "status",
    "required",
    "held",
    "deadline",
    "overdue",
    "basis",
    "deadline_basis",
    "verified",
    "confidence",
    "training",
    "target",
    "reason_vi",
    "reason_en",
];

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

/// Every case file, sorted by name; a file that is not a well-formed case fails the test here.
fn load_cases() -> Vec<(String, Value)> {
    let mut names: Vec<String> = std::fs::read_dir(cases_dir())
        .expect("tests/cases exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(cases_dir().join(&name))
                .unwrap_or_else(|e| panic!("{name}: cannot read: {e}"));
            let case: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{name}: not a JSON case file: {e}"));
            (name, case)
        })
        .collect()
}

/// The report as JSON, or the error line the command would print.
fn run(case: &Value) -> Result<Value, String> {
    let text = match (case.get("raw"), case.get("profile")) {
        (Some(Value::String(raw)), _) => raw.clone(),
        (_, Some(p)) => serde_json::to_string(p).unwrap(),
        _ => unreachable!("checked by format_errors"),
    };
    Profile::from_json(&text)
        .and_then(|p| assess(&p, TODAY))
        .map(|r| serde_json::to_value(&r).unwrap())
        .map_err(|e| e.to_string())
}

/// Problems with the case file itself (so that a typo cannot make a case pass silently).
fn format_errors(case: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    let Some(obj) = case.as_object() else {
        return vec!["the case is not a JSON object".into()];
    };
    for k in obj.keys() {
        if !["title", "profile", "raw", "expect"].contains(&k.as_str()) {
            errs.push(format!("unknown top-level key `{k}`"));
        }
    }
    if !obj.get("title").is_some_and(|t| t.is_string()) {
        errs.push("no title".into());
    }
    match (obj.get("profile"), obj.get("raw")) {
        (Some(_), None) | (None, Some(Value::String(_))) => {}
        _ => errs.push("needs exactly one of `profile` and `raw` (a string)".into()),
    }
    let Some(exp) = obj.get("expect").and_then(Value::as_object) else {
        errs.push("no `expect` object".into());
        return errs;
    };
    for k in exp.keys() {
        if !EXPECT_KEYS.contains(&k.as_str()) {
            errs.push(format!("unknown key `expect.{k}`"));
        }
    }
    let area_ids: Vec<&str> = AREAS.iter().map(|a| a.id()).collect();
    for key in ["areas", "areas_not"] {
        for (area, fields) in exp
            .get(key)
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if !area_ids.contains(&area.as_str()) {
                errs.push(format!("`expect.{key}` names unknown area `{area}`"));
            }
            if key == "areas" {
                for f in fields.as_object().into_iter().flat_map(|o| o.keys()) {
                    if !REQUIREMENT_FIELDS.contains(&f.as_str()) {
                        errs.push(format!("`expect.areas.{area}` names unknown field `{f}`"));
                    }
                }
            }
        }
    }
    errs
}

fn strings(v: Option<&Value>) -> Vec<&str> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn short(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        other => other.to_string(),
    }
}

/// Compares a result with `expect`, exactly as check.py does; returns every mismatch.
fn check(case: &Value, result: &Result<Value, String>) -> Vec<String> {
    let exp = &case["expect"];
    let want_exit = exp.get("exit").and_then(Value::as_i64).unwrap_or(0);
    let mut errs = Vec::new();
    let rep = match (result, want_exit) {
        (Err(line), 0) => return vec![format!("exit 2, wanted 0: {line}")],
        (Ok(_), w) if w != 0 => return vec![format!("exit 0, wanted {w}")],
        (Err(line), _) => {
            if want_exit != 2 {
                errs.push(format!("exit 2, wanted {want_exit}: {line}"));
            }
            for s in strings(exp.get("stderr_has")) {
                if !line.to_lowercase().contains(&s.to_lowercase()) {
                    errs.push(format!("stderr lacks {s:?}: {line}"));
                }
            }
            return errs;
        }
        (Ok(rep), _) => rep,
    };
    let reqs: BTreeMap<&str, &Value> = rep["requirements"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| Some((r.get("area")?.as_str()?, r)))
        .collect();
    if let Some(m) = exp.get("meets_all") {
        if rep.get("meets_all") != Some(m) {
            errs.push(format!(
                "meets_all {}, wanted {m}",
                short(&rep["meets_all"])
            ));
        }
    }
    for (area, fields) in exp
        .get("areas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let Some(r) = reqs.get(area.as_str()) else {
            errs.push(format!("no requirement for area {area}"));
            continue;
        };
        for (k, v) in fields.as_object().into_iter().flatten() {
            let got = r.get(k).unwrap_or(&Value::Null);
            let ok = match v {
                Value::Array(any) => any.contains(got),
                v => got == v,
            };
            if !ok {
                errs.push(format!("{area}.{k} = {}, wanted {}", short(got), short(v)));
            }
        }
    }
    for (area, status) in exp
        .get("areas_not")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        match reqs.get(area.as_str()) {
            None => errs.push(format!("no requirement for area {area}")),
            Some(r) if r.get("status") == Some(status) => {
                errs.push(format!("{area}.status is {status}, which it must not be"))
            }
            Some(_) => {}
        }
    }
    let ids: Vec<&str> = rep["trainings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.get("id")?.as_str())
        .collect();
    for t in strings(exp.get("trainings_include")) {
        if !ids.contains(&t) {
            errs.push(format!("training {t} missing from {ids:?}"));
        }
    }
    for t in strings(exp.get("trainings_exclude")) {
        if ids.contains(&t) {
            errs.push(format!("training {t} should not be in {ids:?}"));
        }
    }
    errs
}

#[test]
fn every_case_file_passes() {
    let cases = load_cases();
    assert!(
        !cases.is_empty(),
        "no case files in {}",
        cases_dir().display()
    );
    let mut failed = Vec::new();
    for (name, case) in &cases {
        let mut errs = format_errors(case);
        if errs.is_empty() {
            errs = check(case, &run(case));
        }
        if !errs.is_empty() {
            let title = case.get("title").and_then(Value::as_str).unwrap_or("");
            failed.push(format!(
                "FAIL {name}: {title}\n     {}",
                errs.join("\n     ")
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n")
    );
}

/// The statuses an area can take in a regime, from the kinds of its rules.
fn reachable_statuses(regime: &str) -> BTreeSet<(String, &'static str)> {
    let reg = rule_set().regimes.iter().find(|r| r.id == regime).unwrap();
    let mut out = BTreeSet::new();
    for rule in reg.rules.iter() {
        let area = rule.area.id().to_string();
        let statuses: &[&str] = match (rule.kind, rule.area) {
            // An age that cannot be confirmed is a point to check, never a gap.
            (Kind::Required, Area::Age) => &["met", "advised"],
            (Kind::Required, _) => &["met", "missing"],
            (Kind::Advised, _) => &["met", "advised"],
            (Kind::NotRequired, _) => &["not_required"],
        };
        for s in statuses {
            out.insert((area.clone(), *s));
        }
    }
    out
}

#[test]
fn cases_cover_every_post_area_and_status_of_every_regime() {
    let mut posts: BTreeSet<(String, String)> = BTreeSet::new();
    let mut areas: BTreeSet<(String, String)> = BTreeSet::new();
    let mut statuses: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (_, case) in load_cases() {
        let Ok(rep) = run(&case) else { continue };
        let regime = rep["regime"].as_str().unwrap().to_string();
        posts.insert((regime.clone(), rep["post"].as_str().unwrap().to_string()));
        let exp = &case["expect"];
        for key in ["areas", "areas_not"] {
            for (area, fields) in exp
                .get(key)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                areas.insert((regime.clone(), area.clone()));
                if let Some(s) = fields.get("status").and_then(Value::as_str) {
                    statuses.insert((regime.clone(), area.clone(), s.to_string()));
                }
            }
        }
    }
    let mut uncovered = Vec::new();
    for reg in rule_set().regimes.iter() {
        for post in contract_posts(&reg.id) {
            if !posts.contains(&(reg.id.to_string(), post.to_string())) {
                uncovered.push(format!("post {}/{post}", reg.id));
            }
        }
        for area in AREAS {
            if !areas.contains(&(reg.id.to_string(), area.id().to_string())) {
                uncovered.push(format!("area {}/{}", reg.id, area.id()));
            }
        }
        for (area, status) in reachable_statuses(&reg.id) {
            if !statuses.contains(&(reg.id.to_string(), area.clone(), status.to_string())) {
                uncovered.push(format!("status {}/{area}/{status}", reg.id));
            }
        }
    }
    assert!(
        uncovered.is_empty(),
        "not covered by any case in tests/cases:\n  {}",
        uncovered.join("\n  ")
    );
}

/// Contract: every area appears once; a missing area always has a training that closes it
/// (except age: under the minimum, or too old to be appointed, no course closes it);
/// the trainings come each once, prerequisites first. Checked on every case that assesses.
#[test]
fn every_report_keeps_the_contract_invariants() {
    let cat = &rule_set().catalogue;
    for (name, case) in load_cases() {
        let Ok(rep) = run(&case) else { continue };
        let areas: Vec<&str> = rep["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["area"].as_str().unwrap())
            .collect();
        let want: Vec<&str> = AREAS.iter().map(|a| a.id()).collect();
        assert_eq!(areas, want, "{name}: areas");
        let ids: Vec<&str> = rep["trainings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        for r in rep["requirements"].as_array().unwrap() {
            if r["status"] == "missing" && r["area"] != "age" {
                let t = r["training"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: {r} has no training"));
                assert!(ids.contains(&t), "{name}: training {t} not in {ids:?}");
            }
        }
        let mut seen = BTreeSet::new();
        for id in &ids {
            assert!(seen.insert(*id), "{name}: {id} twice");
            let t = cat.trainings.iter().find(|t| t.id == *id).unwrap();
            for before in t.after.iter() {
                if let Some(j) = ids.iter().position(|x| x == before) {
                    let i = ids.iter().position(|x| x == id).unwrap();
                    assert!(j < i, "{name}: {before} must come before {id}");
                }
            }
        }
        assert_eq!(
            rep["meets_all"],
            rep["counts"]["missing"] == 0,
            "{name}: meets_all"
        );
    }
}
