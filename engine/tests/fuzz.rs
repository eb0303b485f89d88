//! Property tests: whatever comes in (arbitrary text, arbitrary JSON near the contract, arbitrary
//! CSV), the engine never panics; it returns a report, or an `InputError` whose message names a
//! field. And the `assess` command, given bad input, exits 2 with exactly one line on stderr and
//! nothing on stdout.

use cbcc_engine::contract::contract_posts;
use cbcc_engine::profile::FIELDS;
use cbcc_engine::roster::{assess_roster, COLUMNS, OPTIONAL_COLUMNS};
use cbcc_engine::schema::{contract_inputs, AREAS};
use cbcc_engine::{assess, Date, InputError, Profile};
use proptest::prelude::*;
use serde_json::{Map, Value};
use std::io::Write;
use std::process::{Command, Stdio};

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

/// Every enum-like string of the contract: posts, levels, units, kinds, regimes.
fn contract_words() -> Vec<String> {
    let mut w: Vec<String> = FIELDS.iter().map(|s| s.to_string()).collect();
    for r in ["tt13_2019", "nd33_2023", "luat_2025"] {
        w.push(r.into());
        w.extend(contract_posts(r).iter().map(|s| s.to_string()));
    }
    for a in AREAS {
        w.extend(contract_inputs(a).iter().map(|s| s.to_string()));
    }
    w.extend(
        [
            "xa",
            "phuong",
            "thi_tran",
            "level",
            "field_fits_post",
            "kind",
            "issued",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    w.sort();
    w.dedup();
    w
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(contract_words()),
        1 => "[a-z_]{0,12}",
        1 => any::<String>(),
    ]
}

/// Dates: valid ones across the regimes, impossible ones, and malformed text.
fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1990i32..2035, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (0i32..10000, 0u32..100, 0u32..100).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        "[0-9/.-]{0,12}",
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (0u64..120).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        word().prop_map(Value::String),
        date_text().prop_map(Value::String),
    ]
}

/// Arbitrary JSON, recursively, with keys drawn mostly from the contract.
fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((word(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A value for one contract field: usually a valid one, sometimes anything.
fn field_value(field: &'static str) -> BoxedStrategy<Value> {
    let words =
        |v: Vec<&'static str>| prop::sample::select(v).prop_map(|s| Value::String(s.into()));
    let valid: BoxedStrategy<Value> = match field {
        "regime" => words(vec!["tt13_2019", "nd33_2023", "luat_2025"]).boxed(),
        "post" => prop::sample::select(
            ["tt13_2019", "luat_2025"]
                .iter()
                .flat_map(|r| contract_posts(r).iter().copied())
                .collect::<Vec<_>>(),
        )
        .prop_map(|s| Value::String(s.into()))
        .boxed(),
        "unit" => words(vec!["xa", "phuong", "thi_tran"]).boxed(),
        "difficult_area" | "ethnic_language" => any::<bool>().prop_map(Value::Bool).boxed(),
        "age" => (10u64..90).prop_map(Value::from).boxed(),
        "as_of" | "in_post_since" | "leadership_since" => {
            date_text().prop_map(Value::String).boxed()
        }
        "professional" => (
            prop::sample::select(contract_inputs(cbcc_engine::schema::Area::Professional).to_vec()),
            any::<bool>(),
        )
            .prop_map(|(l, f)| serde_json::json!({"level": l, "field_fits_post": f}))
            .boxed(),
        "it" => prop::collection::vec(
            (
                prop::sample::select(contract_inputs(cbcc_engine::schema::Area::It).to_vec()),
                prop::option::of(date_text()),
            )
                .prop_map(|(k, d)| match d {
                    Some(d) => serde_json::json!({"kind": k, "issued": d}),
                    None => serde_json::json!({"kind": k}),
                }),
            0..4,
        )
        .prop_map(Value::Array)
        .boxed(),
        "general_education" => area_words(cbcc_engine::schema::Area::GeneralEducation),
        "political_theory" => area_words(cbcc_engine::schema::Area::PoliticalTheory),
        "state_management" => area_words(cbcc_engine::schema::Area::StateManagement),
        _ => area_words(cbcc_engine::schema::Area::DefenceSecurity),
    };
    prop_oneof![6 => valid, 1 => json_value()].boxed()
}

fn area_words(a: cbcc_engine::schema::Area) -> BoxedStrategy<Value> {
    prop::sample::select(contract_inputs(a).to_vec())
        .prop_map(|s| Value::String(s.into()))
        .boxed()
}

/// A profile-shaped object: a random subset of the contract's fields, mostly valid values,
/// sometimes an unknown field.
fn near_profile() -> impl Strategy<Value = Value> {
    let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = FIELDS
        .iter()
        .map(|f| {
            prop::option::weighted(0.7, field_value(f).prop_map(move |v| (f.to_string(), v)))
                .boxed()
        })
        .collect();
    (fields, prop::option::weighted(0.1, (word(), leaf()))).prop_map(|(fields, extra)| {
        let mut m: Map<String, Value> = fields.into_iter().flatten().collect();
        if let Some((k, v)) = extra {
            m.insert(k, v);
        }
        Value::Object(m)
    })
}

/// The error names a field: one of the contract's, a path inside one, an unknown key of the
/// input, or the whole input "(JSON)"; and the message shows that name and stays on one line.
fn check_error(input: &str, e: &InputError) -> Result<(), TestCaseError> {
    let msg = e.to_string();
    prop_assert!(
        !e.field.is_empty() || input.contains("\"\""),
        "empty field: {msg}"
    );
    prop_assert!(
        msg.contains(&format!("`{}`", e.field)),
        "field not shown: {msg}"
    );
    prop_assert!(
        msg.starts_with("Lỗi: ") && msg.contains(" | Error: "),
        "{msg}"
    );
    prop_assert!(
        !msg.chars()
            .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}'),
        "the message must stay on one line: {msg:?}"
    );
    prop_assert!(
        msg.chars().count() < 2000,
        "message too long: {} chars",
        msg.chars().count()
    );
    let root = e.field.split(['.', '[']).next().unwrap_or("");
    let key_of_input = serde_json::from_str::<Value>(input)
        .ok()
        .and_then(|v| {
            // An unknown key is named as the message shows it (cut, control characters escaped).
            v.as_object().map(|o| {
                o.keys()
                    .any(|k| InputError::new(k, "", "", "").field == e.field)
            })
        })
        .unwrap_or(false);
    prop_assert!(
        e.field == "(JSON)" || FIELDS.contains(&root) || key_of_input,
        "the error names no field of the input: {msg}"
    );
    Ok(())
}

fn assess_text(text: &str) -> Result<(), TestCaseError> {
    match Profile::from_json(text).and_then(|p| assess(&p, TODAY)) {
        Ok(r) => {
            prop_assert_eq!(r.requirements.len(), 8);
            prop_assert_eq!(r.meets_all, r.counts.missing == 0);
            prop_assert!(serde_json::to_string(&r).is_ok());
        }
        Err(e) => check_error(text, &e)?,
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        assess_text(&text)?;
    }

    #[test]
    fn json_like_text_never_panics(text in r#"[{}\[\]":, 0-9a-z_.\-\\]{0,120}"#) {
        assess_text(&text)?;
    }

    #[test]
    fn arbitrary_json_never_panics(v in json_value()) {
        assess_text(&v.to_string())?;
    }

    #[test]
    fn near_contract_profiles_never_panic(v in near_profile()) {
        assess_text(&v.to_string())?;
    }
}

/// One CSV cell written as a spreadsheet might: plain, or quoted with doubled quotes.
fn csv_cell() -> impl Strategy<Value = String> {
    let raw = prop_oneof![
        3 => word(),
        1 => date_text(),
        1 => (0u32..100).prop_map(|n| n.to_string()),
        1 => prop::sample::select(vec!["true", "false", "có", "không", "x", "1", "0", "yes"]).prop_map(String::from),
        1 => "[a-zÀ-ỹ ,\"\r\n;]{0,12}",
        1 => any::<String>(),
    ];
    (raw, any::<bool>()).prop_map(|(s, quote)| {
        // Unquoted, a comma, quote or line break in the text shifts the cells: fuzz that too.
        if quote {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    })
}

fn csv_text() -> impl Strategy<Value = String> {
    let mut all: Vec<&'static str> = COLUMNS.to_vec();
    all.extend(OPTIONAL_COLUMNS);
    (
        Just(all).prop_shuffle(),
        0usize..4,
        prop::option::weighted(0.1, word()),
        prop::collection::vec(prop::collection::vec(csv_cell(), 0..20), 0..12),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(mut header, drop, extra, rows, bom, crlf)| {
            // Sometimes drop a column or add an unknown one.
            if drop == 0 {
                header.pop();
            }
            let mut header: Vec<String> = header.into_iter().map(String::from).collect();
            if let Some(x) = extra {
                header.push(x);
            }
            let nl = if crlf { "\r\n" } else { "\n" };
            let mut text = String::new();
            if bom {
                text.push('\u{feff}');
            }
            text.push_str(&header.join(","));
            for r in rows {
                text.push_str(nl);
                text.push_str(&r.join(","));
            }
            text
        })
}

fn roster_text(text: &str) -> Result<(), TestCaseError> {
    // The parser ends a record at \n, \r\n or a lone \r (a line break inside quotes counts too: an upper bound).
    let data_rows = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .count();
    match assess_roster(text, TODAY, |_| {}) {
        Ok(s) => {
            prop_assert!(s.total + s.errors.len() <= data_rows.max(1));
            prop_assert!(s.meets_all <= s.total);
            for e in &s.errors {
                prop_assert!(e.row >= 2, "row {} (the header is row 1)", e.row);
                prop_assert!(e.message.contains(" | Error: field `"), "{}", e.message);
            }
            for c in s.areas.values() {
                prop_assert_eq!(c.met + c.missing + c.not_required + c.advised, s.total);
            }
        }
        Err(e) => {
            let msg = e.to_string();
            prop_assert!(
                ["(header)", "(roster)", "(tệp)"].contains(&e.field.as_str()),
                "a whole-roster error names the header, the roster or the file: {msg}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_csv_never_panics(text in csv_text()) {
        roster_text(&text)?;
    }

    #[test]
    fn arbitrary_text_as_roster_never_panics(text in any::<String>()) {
        roster_text(&text)?;
    }
}

/// Runs the built command with `input` on stdin (or as a file when `args` names one).
fn run_assess(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the assess command runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("cbcc-fuzz-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_command_refuses_bad_input_with_one_line_on_stderr() {
    let long_key = format!(r#"{{"{}": 1}}"#, "k".repeat(5000));
    let bad_csv = temp_file("bad.csv", "name,unit\nA,xa\n".as_bytes());
    let not_utf8 = temp_file("latin1.json", b"{\"post\": \"ch\xfa\"}");
    let cases: Vec<(&str, Vec<&str>, Vec<u8>, &str)> = vec![
        ("not JSON", vec!["-"], b"{post: x".to_vec(), "(JSON)"),
        ("JSON array", vec!["-"], b"[1,2]".to_vec(), "(JSON)"),
        ("empty input", vec!["-"], b"".to_vec(), "(JSON)"),
        (
            "unknown post",
            vec!["-"],
            br#"{"post":"giam_doc_so","regime":"nd33_2023"}"#.to_vec(),
            "post",
        ),
        (
            "age 14",
            vec!["-"],
            br#"{"post":"chu_tich_ubnd","age":14}"#.to_vec(),
            "age",
        ),
        (
            "it kind",
            vec!["-"],
            br#"{"post":"chu_tich_ubnd","it":[{"kind":"x"}]}"#.to_vec(),
            "it[0].kind",
        ),
        (
            "no regime in 2010",
            vec!["-"],
            br#"{"post":"chu_tich_ubnd","as_of":"2010-01-01"}"#.to_vec(),
            "as_of",
        ),
        (
            "carriage return in a value",
            vec!["-"],
            b"{\"post\":\"a\\rb\\nc\",\"regime\":\"nd33_2023\"}".to_vec(),
            "post",
        ),
        (
            "line separator in a key",
            vec!["-"],
            "{\"x\u{2028}y\":1}".as_bytes().to_vec(),
            "x",
        ),
        (
            "a 5,000-character key",
            vec!["-"],
            long_key.into_bytes(),
            "kkk",
        ),
        ("not UTF-8", vec![not_utf8.as_str()], vec![], "UTF-8"),
        (
            "no such file",
            vec!["/nonexistent/hồ-sơ.json"],
            vec![],
            "hồ-sơ.json",
        ),
        (
            "roster missing columns",
            vec!["--roster", bad_csv.as_str()],
            vec![],
            "(header)",
        ),
        ("no arguments", vec![], vec![], "Usage"),
        ("--roster without a path", vec!["--roster"], vec![], "Usage"),
    ];
    let mut errs = Vec::new();
    for (what, args, input, names) in cases {
        let out = run_assess(&args, &input);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let problems = [
            (
                out.status.code() != Some(2),
                format!("exit {:?}", out.status.code()),
            ),
            (
                !out.stdout.is_empty(),
                format!("stdout: {:?}", String::from_utf8_lossy(&out.stdout)),
            ),
            (stderr.contains("panicked"), "panicked".to_string()),
            (
                !stderr.ends_with('\n') || stderr.trim_end_matches('\n').contains('\n'),
                "not exactly one line".to_string(),
            ),
            (
                stderr
                    .trim_end_matches('\n')
                    .chars()
                    .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}'),
                "a control character or line separator inside the line".to_string(),
            ),
            (stderr.len() > 4000, format!("{} bytes", stderr.len())),
            (!stderr.contains(names), format!("does not name {names:?}")),
        ];
        for (bad, why) in problems {
            if bad {
                errs.push(format!(
                    "{what}: {why}: {:?}",
                    stderr.chars().take(300).collect::<String>()
                ));
            }
        }
    }
    for f in [bad_csv, not_utf8] {
        let _ = std::fs::remove_file(f);
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn the_command_prints_json_for_good_input() {
    let out = run_assess(
        &["-"],
        br#"{"post":"chu_tich_ubnd","regime":"nd33_2023","as_of":"2024-06-01"}"#,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["regime"], "nd33_2023");
}
