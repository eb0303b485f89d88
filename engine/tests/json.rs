//! The engine's own JSON (crate::json, which keeps serde_json out of the widget's wasm) against
//! serde_json: the same documents read, the same refused with the same message and position,
//! and the profile and report written byte for byte as serde_json writes them.

use cbcc_engine::contract::contract_posts;
use cbcc_engine::json;
use cbcc_engine::{assess, assess_with, Date, Profile, Province};
use proptest::prelude::*;
use serde_json::Value;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

/// serde_json's reading of a number, for comparing values.
fn same(a: &json::Value, b: &Value) -> bool {
    match (a, b) {
        (json::Value::Null, Value::Null) => true,
        (json::Value::Bool(x), Value::Bool(y)) => x == y,
        (json::Value::Number(_), Value::Number(n)) => {
            serde_json::from_str::<Value>(&a.to_string()).ok() == Some(Value::Number(n.clone()))
        }
        (json::Value::String(x), Value::String(y)) => x == y,
        (json::Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (json::Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => false,
    }
}

fn check(text: &str) -> Result<(), TestCaseError> {
    match (json::parse(text), serde_json::from_str::<Value>(text)) {
        (Ok(a), Ok(b)) => {
            prop_assert!(same(&a, &b), "{text:?}: {a} vs {b}");
            // Written back, only numbers may differ (kept as written).
            if !text.contains(|c: char| c.is_ascii_digit()) {
                prop_assert_eq!(a.to_string(), b.to_string());
            }
        }
        (Err(a), Err(b)) => {
            prop_assert_eq!(a.to_string(), b.to_string(), "{:?}", text);
        }
        (a, b) => prop_assert!(false, "{text:?}: ours {a:?}, serde_json {b:?}"),
    }
    Ok(())
}

#[test]
fn documents_are_read_and_refused_as_serde_json_does() {
    let mut failures = Vec::new();
    for text in [
        "",
        " ",
        "{}",
        "[]",
        "null",
        "nul",
        "nulx",
        "tru",
        "true false",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":1 \"b\":2}",
        "{1:2}",
        "{\"a\":1",
        "[1",
        "\"abc",
        "\"a\\x\"",
        "\"a\\u12\"",
        "\"a\\u12g4\"",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"\\ud83d\\ude00\"",
        "\"tab\there\"",
        "01",
        "-",
        "-a",
        "1.",
        "1.e3",
        "1e",
        "1e+",
        "1e400",
        "-1e400",
        "1e308",
        "0.0000001e-400",
        "123456789012345678901234567890",
        "-0",
        "45.5",
        "{\"b\":1,\"a\":2,\"b\":3}",
        "{\"post\":\"chu_tich_ubnd\",\n\"age\": x}",
        "\n\n  [1,\n  2,\n  }",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{\"a\":\"é ơ ư đ \\u0110\"}",
        "\u{feff}{}",
        "{} x",
    ] {
        if let Err(e) = check(text) {
            failures.push(e.to_string());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn json_like_text_is_read_as_serde_json_reads_it(text in r#"[{}\[\]":, 0-9a-z_.eE+\-\\\n]{0,80}"#) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_text_is_read_as_serde_json_reads_it(text in any::<String>()) {
        check(&text)?;
    }
}

/// Profiles of every post of every regime in several shapes (as the snapshots), plus the
/// optional fields, written and assessed.
fn profiles() -> Vec<Profile> {
    let shapes = [
        r#""unit":"xa""#,
        r#""unit":"xa","sex":"nam","age":45,"general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},"political_theory":"trung_cap","defence_security":"doi_tuong_4","in_post_since":"2019-06-01""#,
        r#""unit":"xa","difficult_area":true,"ethnic_minority":true,"extremely_difficult_area":true,"age":45,"general_education":"thpt","professional":{"level":"trung_cap","field_fits_post":true},"political_theory":"trung_cap","in_post_since":"2019-06-01","leadership_since":"2012-03-01""#,
        r#""unit":"phuong","sex":"nu","birth_date":"1990-04-15","general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},"political_theory":"so_cap","it":[{"kind":"co_ban","issued":"2020-05-01"}],"in_post_since":"2025-09-01""#,
        r#""age":38,"general_education":"thpt","professional":{"level":"thac_si","field_fits_post":true},"political_theory":"cao_cap","it":[{"kind":"nang_cao","issued":"2019-03-01"}],"state_management":"lanh_dao_cap_phong","defence_security":"doi_tuong_3","ethnic_language":true,"in_post_since":"2019-01-01","leadership_since":"2015-07-01""#,
        r#""age":58,"general_education":"thpt","professional":{"level":"trung_cap","field_fits_post":false},"political_theory":"trung_cap_llct_hc","it":[{"kind":"abc_b","issued":"2015-05-01"},{"kind":"abc_a"}]"#,
        r#""age":70,"sex":"nu","in_post_since":"2010-01-01""#,
        r#""age":50,"in_post_since":"2025-07-01","leadership_since":"2021-03-01""#,
        r#""age":50,"leadership_since":"2025-07-01""#,
    ];
    let mut out = Vec::new();
    for (regime, as_of) in [
        ("tt13_2019", "2022-06-01"),
        ("nd33_2023", "2024-06-01"),
        ("luat_2025", "2026-06-01"),
        ("luat_2025", "2031-06-01"),
    ] {
        for post in contract_posts(regime) {
            for shape in shapes {
                for head in [
                    format!(r#""regime":"{regime}","as_of":"{as_of}","post":"{post}""#),
                    format!(r#""as_of":"{as_of}","post":"{post}""#),
                ] {
                    let text = format!("{{{head},{shape}}}");
                    out.push(Profile::from_json(&text).expect("a valid profile"));
                }
            }
        }
    }
    out
}

#[test]
fn profiles_and_reports_are_written_as_serde_json_writes_them() {
    let province = Province::from_json(include_str!("../provinces/example-2025.json")).unwrap();
    let mut n = 0;
    for p in profiles() {
        assert_eq!(p.to_json(), serde_json::to_string(&p).unwrap());
        assert_eq!(Profile::from_json(&p.to_json()).unwrap(), p);
        for province in [None, Some(&province)] {
            if let Ok(r) = assess_with(&p, TODAY, province) {
                assert_eq!(r.to_json(), serde_json::to_string(&r).unwrap());
                n += 1;
            }
        }
    }
    assert!(n > 500, "{n} reports");
    // Text with every character JSON escapes.
    let mut p = assess(&profiles()[0], TODAY).unwrap();
    p.post_name_vi = "\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}/é\u{2028}".into();
    assert_eq!(p.to_json(), serde_json::to_string(&p).unwrap());
}
