//! `assess --compare BEFORE.json AFTER.json`: both reports and the areas whose status changes.

use serde_json::Value;
use std::process::Command;

fn write(name: &str, json: &str) -> String {
    let path = std::env::temp_dir().join(format!("cbcc-compare-{}-{name}", std::process::id()));
    std::fs::write(&path, json).unwrap();
    path.to_string_lossy().into_owned()
}

fn assess(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CHAIR: &str = r#"{"as_of":"2026-11-30","post":"chu_tich_ubnd","sex":"nam","age":45,
    "general_education":"thpt","professional":{"level":"dai_hoc"},"political_theory":"so_cap",
    "defence_security":"doi_tuong_3"}"#;

#[test]
fn a_finished_course_and_another_post_show_as_changes() {
    let before = write("before.json", CHAIR);
    let after = write("after.json", &CHAIR.replace("so_cap", "trung_cap"));
    let (code, out, err) = assess(&["--compare", &before, &after]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["before"]["post"], "chu_tich_ubnd");
    assert_eq!(
        v["changes"],
        serde_json::json!([{"area": "political_theory", "from": "missing", "to": "met"}])
    );
    // Moving to a specialist post: the age standard and political theory change.
    let after = write(
        "specialist.json",
        &CHAIR.replace("chu_tich_ubnd", "chuyen_vien"),
    );
    let (code, out, _) = assess(&["--compare", &before, &after]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let areas: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["area"].as_str().unwrap())
        .collect();
    assert!(areas.contains(&"political_theory"), "{areas:?}");
    // Nothing changes: an empty list.
    let (_, out, _) = assess(&["--compare", &before, &before]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["changes"], serde_json::json!([]));
}

#[test]
fn a_bad_profile_is_named_before_or_after() {
    let good = write("good.json", CHAIR);
    let bad = write("bad.json", r#"{"post":"chu_tich_ubnd","age":"old"}"#);
    let (code, out, err) = assess(&["--compare", &good, &bad]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("after.age"), "{err}");
    let (code, _, err) = assess(&["--compare", &bad, &good]);
    assert_eq!(code, 2);
    assert!(err.contains("before.age"), "{err}");
    let (code, _, err) = assess(&["--compare", &good]);
    assert_eq!(code, 2);
    assert!(err.contains("--compare"), "{err}");
}
