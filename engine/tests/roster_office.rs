//! A staff list typed the way a commune office types it (a title above the headings, a row of
//! column numbers, "Đại học Luật", "PCT UBND", "12/05/1980", a year of birth alone, four bad
//! rows), saved six ways: CSV UTF-8 with BOM, semicolons, UTF-16 tab-separated (Excel's
//! "Unicode Text"), and .xlsx from openpyxl, from LibreOffice Calc and from a producer with
//! prefixed XML, inline strings and 1904 dates (tests/data/make_office_rosters.py says which
//! program made which). Every one gives the same summary, with its bad rows named by row,
//! column and value. tests/data/office-roster.summary.json is that summary, written by this test
//! (UPDATE_SNAPSHOTS=1 rewrites it); the e2e test checks the browser gives it too.

use cbcc_engine::roster::{assess_file, Summary};
use cbcc_engine::Date;
use std::path::PathBuf;

const FILES: [&str; 6] = [
    "office-roster.csv",
    "office-roster-semicolon.csv",
    "office-roster-utf16.csv",
    "office-roster-openpyxl.xlsx",
    "office-roster-libreoffice.xlsx",
    "office-roster-other.xlsx",
];

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn summary(name: &str) -> Summary {
    let bytes = std::fs::read(data(name)).unwrap();
    // Every row has its assessment date (30/11/2026), so today does not matter.
    assess_file(&bytes, Date::parse("2020-01-01").unwrap(), None, |_| {})
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_way_of_saving_gives_the_same_summary() {
    let first = summary(FILES[0]);
    for name in &FILES[1..] {
        let mut s = summary(name);
        // Only a workbook has sheets.
        if name.ends_with(".xlsx") {
            assert!(s.sheet.is_some(), "{name}");
            s.sheet = None;
            s.sheets.clear();
        }
        assert_eq!(s, first, "{name} differs from {}", FILES[0]);
    }
}

#[test]
fn the_office_roster_is_read_as_the_office_meant_it() {
    let s = summary(FILES[0]);
    assert_eq!(
        s.header_row, 4,
        "two title rows and a blank row above the headings"
    );
    assert_eq!((s.total, s.errors.len()), (15, 5));
    let errors: Vec<(usize, &str)> = s
        .errors
        .iter()
        .map(|e| (e.row, e.message.as_str()))
        .collect();
    for (row, needle) in [
        (
            12,
            "`LLCT (political_theory)` có giá trị `Đang học trung cấp`",
        ),
        (16, "Đang học trung cấp"),
        (21, "Đang học trung cấp"),
        (23, "`Chức vụ (post)` có giá trị `Giám đốc Sở Nội vụ`"),
        (
            24,
            "`Ngày, tháng, năm sinh (birth_date)` có giá trị `31/02/1986`",
        ),
    ] {
        assert!(
            errors.iter().any(|(r, m)| *r == row && m.contains(needle)),
            "row {row}: {needle}\n{errors:#?}"
        );
    }
    let col = |letter: &str| s.columns.iter().find(|c| c.column == letter).unwrap();
    assert_eq!(
        (col("A").heading.as_str(), col("A").field.as_str()),
        ("STT", "ignored")
    );
    assert_eq!(col("O").heading, "Số điện thoại");
    assert_eq!(col("O").field, "ignored");
    assert_eq!(col("J").field, "professional_level");
    assert_eq!(col("H").field, "in_post_since");
    let llct = col("K");
    assert_eq!(llct.field, "political_theory");
    assert_eq!(llct.read, 16);
    assert_eq!(
        (
            llct.unread[0].value.as_str(),
            llct.unread[0].rows,
            llct.unread[0].first_row
        ),
        ("Đang học trung cấp", 3, 12)
    );
    assert_eq!(col("M").read, 20, "every IT cell read, once");
    assert_eq!(s.by_commune["Phường Đông Ngàn"].total, 3);
    assert_eq!(s.by_post["chu_tich_ubnd"].total, 2);
    assert_eq!(
        s.by_post["truong_phong"].total, 2,
        "Chánh Văn phòng and Trưởng phòng Kinh tế"
    );
}

#[test]
fn the_summary_the_browser_must_give_is_recorded() {
    let text = serde_json::to_string_pretty(&summary(FILES[0])).unwrap() + "\n";
    let path = data("office-roster.summary.json");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
            std::fs::write(&path, text).unwrap();
        } else {
            panic!("tests/data/office-roster.summary.json is not the summary; rewrite it with UPDATE_SNAPSHOTS=1");
        }
    }
}

#[test]
fn the_command_reads_xlsx_and_gives_the_same_summary() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("--roster")
        .arg(data("office-roster-libreoffice.xlsx"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["sheet"], "Danh sách");
    assert_eq!(got["sheets"], serde_json::json!(["Hướng dẫn", "Danh sách"]));
    let o = got.as_object_mut().unwrap();
    o.remove("sheet");
    o.remove("sheets");
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("office-roster.summary.json")).unwrap())
            .unwrap();
    assert_eq!(got, want);
}
