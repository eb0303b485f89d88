//! Every post of every regime against a fixed set of profiles, one line per (post, profile, area),
//! compared with tests/snapshots/<regime>.txt. Any change to a rule shows, in the diff of those
//! files, everything it moves. After a deliberate change, rewrite them and review the diff:
//!
//!     UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test snapshot

use cbcc_engine::rules::rule_set;
use cbcc_engine::{assess, Date, Profile};
use serde_json::{json, Value};
use std::path::PathBuf;

/// The day each regime is assessed on: a day it is in force, after QĐ 57 (8 Feb 2022).
fn as_of(regime: &str) -> Date {
    let d = match regime {
        "tt13_2019" => "2022-06-01",
        "nd33_2023" => "2024-06-01",
        _ => "2026-06-01",
    };
    Date::parse(d).unwrap()
}

fn days_before(d: Date, days: i64) -> String {
    Date::from_days_since_epoch(d.days_since_epoch() - days).to_string()
}

/// The fixed profiles: (id, what it is, profile fields). `as_of` matters for the recent appointee.
fn profiles(as_of: Date) -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "trong",
            "nothing filled in but the post",
            json!({}),
        ),
        (
            "xa_thuong",
            "ordinary commune, in post since 2019: 45, THPT, university degree in the field, intermediate political theory, group-4 defence course, no IT",
            json!({"unit": "xa", "difficult_area": false, "age": 45, "general_education": "thpt",
                   "professional": {"level": "dai_hoc", "field_fits_post": true},
                   "political_theory": "trung_cap", "it": [], "state_management": "none",
                   "defence_security": "doi_tuong_4", "ethnic_language": false,
                   "in_post_since": "2019-06-01"}),
        ),
        (
            "xa_kho_khan",
            "the same in a difficult area, with an intermediate diploma instead of a degree",
            json!({"unit": "xa", "difficult_area": true, "age": 45, "general_education": "thpt",
                   "professional": {"level": "trung_cap", "field_fits_post": true},
                   "political_theory": "trung_cap", "it": [], "state_management": "none",
                   "defence_security": "doi_tuong_4", "ethnic_language": false,
                   "in_post_since": "2019-06-01"}),
        ),
        (
            "phuong",
            "ward official appointed 182 days before as_of: 35, THPT, degree in the field, elementary political theory, basic IT (2020), group-4 course",
            json!({"unit": "phuong", "difficult_area": false, "age": 35, "general_education": "thpt",
                   "professional": {"level": "dai_hoc", "field_fits_post": true},
                   "political_theory": "so_cap", "it": [{"kind": "co_ban", "issued": "2020-05-01"}],
                   "state_management": "none", "defence_security": "doi_tuong_4",
                   "ethnic_language": false, "in_post_since": days_before(as_of, 182)}),
        ),
        (
            "day_du",
            "strong profile, in post since 2019: 38, master's in the field, advanced political theory, advanced IT, leadership QLNN programme, group-3 course, ethnic-language certificate",
            json!({"unit": "xa", "difficult_area": false, "age": 38, "general_education": "thpt",
                   "professional": {"level": "thac_si", "field_fits_post": true},
                   "political_theory": "cao_cap", "it": [{"kind": "nang_cao", "issued": "2019-03-01"}],
                   "state_management": "lanh_dao_cap_phong", "defence_security": "doi_tuong_3",
                   "ethnic_language": true, "in_post_since": "2019-01-01"}),
        ),
        (
            "lon_tuoi_abc",
            "58, no date in post: THPT, intermediate diploma, intermediate political theory, IT certificates B (2015) and A (2018), no defence course",
            json!({"unit": "xa", "difficult_area": false, "age": 58, "general_education": "thpt",
                   "professional": {"level": "trung_cap", "field_fits_post": true},
                   "political_theory": "trung_cap",
                   "it": [{"kind": "abc_b", "issued": "2015-05-01"}, {"kind": "abc_a", "issued": "2018-03-01"}],
                   "state_management": "none", "defence_security": "none", "ethnic_language": false}),
        ),
        (
            "nu_54",
            "a woman of 54, no date in post (a candidate): THPT, degree in the field, intermediate political theory, group-3 course",
            json!({"unit": "xa", "difficult_area": false, "sex": "nu", "age": 54, "general_education": "thpt",
                   "professional": {"level": "dai_hoc", "field_fits_post": true},
                   "political_theory": "trung_cap", "it": [], "state_management": "none",
                   "defence_security": "doi_tuong_3", "ethnic_language": false}),
        ),
        (
            "dtts_dbkk",
            "a man born 15/4/1990, ethnic minority, extremely difficult commune, in post since 2019: THPT, intermediate diploma, no political theory, group-4 course",
            json!({"unit": "xa", "difficult_area": true, "extremely_difficult_area": true, "ethnic_minority": true,
                   "sex": "nam", "birth_date": "1990-04-15", "general_education": "thpt",
                   "professional": {"level": "trung_cap", "field_fits_post": true},
                   "political_theory": "none", "it": [], "state_management": "none",
                   "defence_security": "doi_tuong_4", "ethnic_language": false,
                   "in_post_since": "2019-06-01"}),
        ),
    ]
}

fn opt(s: Option<String>) -> String {
    s.unwrap_or_else(|| "-".into())
}

/// The snapshot text of one regime.
pub fn snapshot(regime: &str) -> String {
    let reg = rule_set().regimes.iter().find(|r| r.id == regime).unwrap();
    let day = as_of(regime);
    let fixtures = profiles(day);
    let mut out = String::new();
    out.push_str(&format!(
        "# Snapshot of {regime} ({}), assessed on {day} with the regime given explicitly.\n",
        reg.name_en
    ));
    out.push_str("# Generated by engine/tests/snapshot.rs; rewrite with UPDATE_SNAPSHOTS=1 and review the diff.\n");
    out.push_str(
        "# Line: post profile area status required deadline verified. Then per (post, profile):\n",
    );
    out.push_str(
        "# owed trainings in order, suggested trainings (for advised areas), reminders.\n#\n",
    );
    for (id, what, fields) in &fixtures {
        out.push_str(&format!("# {id}: {what}\n#   {fields}\n"));
    }
    for post in reg.posts.iter() {
        out.push('\n');
        for (id, _, fields) in &fixtures {
            let mut p = fields.clone();
            p["regime"] = json!(regime);
            p["as_of"] = json!(day.to_string());
            p["post"] = json!(post.id);
            let profile = Profile::from_json(&p.to_string()).unwrap();
            let r = assess(&profile, day).unwrap_or_else(|e| panic!("{regime} {}: {e}", post.id));
            for q in &r.requirements {
                out.push_str(&format!(
                    "{:<27} {:<12} {:<17} {:<12} req={:<19} dl={:<10} verified={}\n",
                    post.id,
                    id,
                    q.area.id(),
                    q.status.id(),
                    opt(q.required.clone()),
                    opt(q.deadline.map(|d| d.to_string())),
                    if q.verified { "yes" } else { "NO" },
                ));
            }
            let ids = |v: &[cbcc_engine::TrainingItem]| {
                v.iter()
                    .map(|t| t.id.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            out.push_str(&format!(
                "{:<27} {:<12} trainings=[{}] suggested=[{}] reminders=[{}]\n",
                post.id,
                id,
                ids(&r.trainings),
                ids(&r.suggested_trainings),
                r.reminders
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
    }
    out
}

fn path(regime: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/snapshots/{regime}.txt"))
}

/// The first differences between two texts, line by line (enough to see what moved).
fn diff(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let mut out = Vec::new();
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i).copied(), b.get(i).copied());
        if x != y {
            out.push(format!(
                "line {}:\n  - {}\n  + {}",
                i + 1,
                x.unwrap_or("(none)"),
                y.unwrap_or("(none)")
            ));
        }
        if out.len() >= 30 {
            out.push("…".into());
            break;
        }
    }
    out.join("\n")
}

#[test]
fn every_post_against_the_fixed_profiles_matches_the_snapshot() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for reg in rule_set().regimes.iter() {
        let text = snapshot(&reg.id);
        let file = path(&reg.id);
        let old = std::fs::read_to_string(&file).unwrap_or_default();
        if old == text {
            continue;
        }
        if update {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &text).unwrap();
            eprintln!("rewrote {}", file.display());
        } else {
            stale.push(format!("{}:\n{}", file.display(), diff(&old, &text)));
        }
    }
    assert!(
        stale.is_empty(),
        "the assessments differ from the snapshots (if the change is meant, run \
         UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test snapshot and review the diff):\n{}",
        stale.join("\n\n")
    );
}
