//! Province files: read strictly, refused when they lower a national standard, layered on the
//! regime they name.

use cbcc_engine::assess::{assess, assess_with, Report, Status};
use cbcc_engine::schema::Area;
use cbcc_engine::{Date, Profile, Province};

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
    let national = assess(&p, today).unwrap();
    let layered = assess_with(&p, today, Some(&prov)).unwrap();
    let it = |r: &Report| {
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
    let no_rules =
        r#"{"id":"x","name_vi":"x","name_en":"x","regime":"nd33_2023","basis":{"document":"QĐ"}}"#;
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
