//! A province's targets against a roster (engine/provinces/*.json, `targets`): each target, the
//! share reached now and the number still to train; and the province file's checks of targets.

use cbcc_engine::roster::assess_file;
use cbcc_engine::{Date, Province};

const EXAMPLE: &str = include_str!("../provinces/example.json");
const EXAMPLE_2025: &str = include_str!("../provinces/example-2025.json");

fn luong_tai() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/luong_tai.csv"
    ))
    .unwrap()
}

#[test]
fn the_luong_tai_cadres_against_the_example_province_target() {
    // The example province (ND 33/2023) wants every commune cadre at intermediate political
    // theory by the end of 2026: of the 75 chairs and vice-chairs, 67 are, 8 are to train.
    let p = Province::from_json(EXAMPLE).unwrap();
    let today = Date::parse("2024-06-01").unwrap();
    let s = assess_file(&luong_tai(), today, Some(&p), |_| {}).unwrap();
    assert_eq!(s.targets.len(), 1);
    let t = &s.targets[0];
    assert_eq!(t.id, "llct_trung_cap_can_bo_2026");
    assert_eq!((t.officials, t.reached, t.to_train), (75, 67, 8));
    assert_eq!(
        (t.area.as_str(), t.level.as_str(), t.percent),
        ("political_theory", "trung_cap", 100)
    );
    assert!(t.basis.contains("Tỉnh ủy Ví Dụ"), "{}", t.basis);
    // The province's standards still apply to the roster (its IT rule for civil servants does
    // not touch these cadres; the national figures stand).
    assert_eq!(s.areas["political_theory"].met, 67);
    // Without the province, no targets.
    let s = assess_file(&luong_tai(), today, None, |_| {}).unwrap();
    assert!(s.targets.is_empty());
}

#[test]
fn a_share_below_100_needs_fewer() {
    let text = EXAMPLE.replace("\"percent\": 100", "\"percent\": 50");
    let p = Province::from_json(&text).unwrap();
    let s = assess_file(
        &luong_tai(),
        Date::parse("2024-06-01").unwrap(),
        Some(&p),
        |_| {},
    )
    .unwrap();
    let t = &s.targets[0];
    assert_eq!((t.officials, t.reached, t.to_train), (75, 67, 0));
}

#[test]
fn the_2025_example_has_targets_for_key_cadres_and_civil_servants() {
    let p = Province::from_json(EXAMPLE_2025).unwrap();
    assert_eq!(p.targets.len(), 2);
    let csv = "Họ và tên,Chức vụ,Lý luận chính trị,Trình độ chuyên môn,Ngày đánh giá\n\
               A,Chủ tịch UBND,Trung cấp,Đại học,30/11/2026\n\
               B,PCT UBND,Sơ cấp,Đại học,30/11/2026\n\
               C,Chuyên viên,,Cao đẳng,30/11/2026\n\
               D,Chuyên viên,,Thạc sĩ,30/11/2026\n";
    let s = assess_file(
        csv.as_bytes(),
        Date::parse("2026-11-30").unwrap(),
        Some(&p),
        |_| {},
    )
    .unwrap();
    assert_eq!(s.errors, []);
    let got: Vec<(&str, usize, usize, usize)> = s
        .targets
        .iter()
        .map(|t| (t.id.as_str(), t.officials, t.reached, t.to_train))
        .collect();
    assert_eq!(
        got,
        [
            ("llct_trung_cap_chu_chot_2027", 2, 1, 1),
            ("dai_hoc_cong_chuc_2030", 2, 1, 1)
        ]
    );
}

#[test]
fn a_bad_target_is_refused_by_name() {
    let bad = [
        (
            "\"level\": \"trung_cap\",\n      \"percent\": 100",
            "\"level\": \"tien_si\",\n      \"percent\": 100",
            "tien_si",
        ),
        ("\"percent\": 100", "\"percent\": 0", "percent"),
        (
            "\"group:can_bo\"",
            "\"giam_doc_so\"",
            "llct_trung_cap_can_bo_2026",
        ),
        (
            "\"percent\": 100",
            "\"percent\": 100, \"share\": 1",
            "share",
        ),
    ];
    for (from, to, named) in bad {
        let text = EXAMPLE.replacen(from, to, 1);
        assert_ne!(text, EXAMPLE, "{from}");
        let e = Province::from_json(&text).unwrap_err();
        assert!(e.to_string().contains(named), "{named}: {e}");
    }
}
