//! The roster (CSV in, summary out): the file details offices get wrong, bad rows, and the
//! Lương Tài roster of the seed article (shared/seeds/002_35d6bfdcfff40ba2.txt).
//!
//! tests/data/luong_tai.csv is written by `luong_tai_csv()` below, deterministically: 75 key
//! commune cadres, the article's counts of degrees (33 đại học, 1 cao đẳng, 39 trung cấp, 2 sơ
//! cấp) and political theory (1 cao cấp, 66 trung cấp, 8 sơ cấp) spread over the rows, posts
//! cycling through the HĐND and UBND chairs and vice-chairs, all in ordinary communes (xã, not a
//! difficult area), assessed under ND 33/2023 on 2024-06-01. The test fails if the file differs
//! from what the function writes; `UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test roster`
//! rewrites it. Try it on the command line:
//!
//!     cargo run --release -p cbcc-engine --bin assess -- --roster engine/tests/data/luong_tai.csv

use cbcc_engine::assess_with;
use cbcc_engine::roster::{assess_roster, Row, Summary, COLUMNS};
use cbcc_engine::schema::Area;
use cbcc_engine::{Date, Status};
use std::path::PathBuf;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

fn header() -> String {
    let mut h = COLUMNS.join(",");
    h.push_str(",regime,as_of,commune");
    h
}

fn run(csv: &str) -> (Summary, Vec<(usize, String, String, cbcc_engine::Report)>) {
    let mut rows = Vec::new();
    let s = assess_roster(csv, TODAY, |r: &Row| {
        // The row's profile, assessed in full, for the tests to look at the report.
        let report = assess_with(r.profile, TODAY, None).unwrap();
        rows.push((r.row, r.name.to_string(), r.commune.to_string(), report))
    })
    .unwrap_or_else(|e| panic!("the roster was refused: {e}"));
    (s, rows)
}

fn status(r: &cbcc_engine::Report, area: Area) -> Status {
    r.requirements
        .iter()
        .find(|q| q.area == area)
        .unwrap()
        .status
}

#[test]
fn bom_crlf_quotes_commas_and_diacritics() {
    let csv = format!(
        "\u{feff}{}\r\n\
         \"Nguyễn Văn \"\"Tư\"\", con\",chu_tich_ubnd,xa,không,45,thpt,dai_hoc,có,trung_cap,,,,doi_tuong_3,không,2020-01-01,nd33_2023,2024-06-01,\"Xã Lâm Thao, huyện Lương Tài\"\r\n\
         Trần Thị Ánh,tu_phap_ho_tich,phuong,0,30,thpt,cao_dang,1,,,,,doi_tuong_4,0,2020-01-01,nd33_2023,2024-06-01,Phường Đông Ngàn\r\n",
        header()
    );
    let (s, rows) = run(&csv);
    assert_eq!((s.total, s.errors.len()), (2, 0), "{:?}", s.errors);
    assert_eq!(
        rows[0].0, 2,
        "the first data row is row 2 (the header is row 1)"
    );
    assert_eq!(rows[0].1, "Nguyễn Văn \"Tư\", con");
    assert_eq!(rows[0].2, "Xã Lâm Thao, huyện Lương Tài");
    assert!(rows[0].3.meets_all, "{:?}", rows[0].3.requirements);
    assert_eq!(rows[1].1, "Trần Thị Ánh");
    assert_eq!(status(&rows[1].3, Area::Professional), Status::Missing);
    assert_eq!(s.areas["professional"].met, 1);
    assert_eq!(s.areas["professional"].missing, 1);
    assert_eq!(s.trainings.get("dai_hoc"), Some(&1));
    assert_eq!(s.by_commune["Phường Đông Ngàn"].total, 1);
    assert_eq!(s.by_post["chu_tich_ubnd"].meets_all, 1);
}

#[test]
fn empty_cells_take_the_profile_defaults() {
    // Only name, post, degree, regime and date: unit xa, not a difficult area, the degree in
    // the post's field, nothing else held.
    let csv = format!(
        "{}\nLê Văn Bình,tu_phap_ho_tich,,,,,dai_hoc,,,,,,,,,nd33_2023,2024-06-01,\n",
        header()
    );
    let (s, rows) = run(&csv);
    assert_eq!((s.total, s.errors.len()), (1, 0), "{:?}", s.errors);
    let r = &rows[0].3;
    assert_eq!(
        status(r, Area::Professional),
        Status::Met,
        "field_fits_post defaults to true"
    );
    assert_eq!(
        r.requirements
            .iter()
            .find(|q| q.area == Area::Professional)
            .unwrap()
            .required
            .as_deref(),
        Some("dai_hoc"),
        "not a difficult area by default"
    );
    assert_eq!(r.post_name_vi, "Tư pháp – hộ tịch");
    assert_eq!(
        status(r, Area::Age),
        Status::Advised,
        "no age given: to check"
    );
    assert_eq!(status(r, Area::GeneralEducation), Status::Missing);
    assert_eq!(status(r, Area::EthnicLanguage), Status::NotRequired);
}

#[test]
fn a_bad_row_is_reported_with_its_row_number_and_the_others_still_count() {
    let ok = "chu_tich_ubnd,xa,,45,thpt,dai_hoc,,trung_cap,,,,doi_tuong_3,,2020-01-01,nd33_2023,2024-06-01,";
    let csv = format!(
        "{h}\nA,{ok}\nB,giam_doc_so,xa,,45,thpt,dai_hoc,,trung_cap,,,,,,,nd33_2023,2024-06-01,\n\n\
         C,{ok}\nD,chu_tich_ubnd,xa,,abc,thpt,dai_hoc,,,,,,,,,nd33_2023,2024-06-01,\n\
         E,{ok}\nF,chu_tich_ubnd,xa,có lẽ,45,,,,,,,,,,,nd33_2023,2024-06-01,\n",
        h = header()
    );
    let (s, rows) = run(&csv);
    assert_eq!(s.total, 3, "A, C and E are assessed");
    let rows_ok: Vec<usize> = rows.iter().map(|r| r.0).collect();
    assert_eq!(
        rows_ok,
        [2, 5, 7],
        "row 4 is blank and skipped, but counted"
    );
    let errs: Vec<(usize, &str)> = s
        .errors
        .iter()
        .map(|e| (e.row, e.message.as_str()))
        .collect();
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert_eq!(errs[0].0, 3);
    assert!(
        errs[0].1.contains("`post`") && errs[0].1.contains("giam_doc_so"),
        "{}",
        errs[0].1
    );
    assert_eq!(errs[1].0, 6);
    assert!(
        errs[1].1.contains("`age`") && errs[1].1.contains("abc"),
        "{}",
        errs[1].1
    );
    assert_eq!(errs[2].0, 8);
    assert!(
        errs[2].1.contains("`difficult_area`") && errs[2].1.contains("có lẽ"),
        "{}",
        errs[2].1
    );
    assert_eq!(s.meets_all, 3);
}

#[test]
fn a_missing_post_column_is_named_and_other_columns_are_optional() {
    let h: Vec<&str> = COLUMNS.iter().copied().filter(|c| *c != "post").collect();
    let csv = format!("{}\nA,xa\n", h.join(","));
    let e = assess_roster(&csv, TODAY, |_| {}).unwrap_err();
    assert_eq!(e.field, "(header)");
    assert!(e.to_string().contains("post"), "{e}");
    // Columns left out take the defaults; an unknown column is ignored and listed as ignored.
    let csv = "name,post,ghi_chu,regime,as_of\nA,chu_tich_ubnd,x,nd33_2023,2024-06-01\n";
    let s = assess_roster(csv, TODAY, |_| {}).unwrap();
    assert_eq!((s.total, s.errors.len()), (1, 0), "{:?}", s.errors);
    let fields: Vec<(&str, &str)> = s
        .columns
        .iter()
        .map(|c| (c.heading.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("name", "name"),
            ("post", "post"),
            ("ghi_chu", "ignored"),
            ("regime", "regime"),
            ("as_of", "as_of")
        ]
    );
}

#[test]
fn several_it_certificates_separated_by_semicolons() {
    // TT 13/2019 requires the basic IT certificate of the office-statistics civil servant;
    // an A/B/C certificate counts only if issued before 10 Aug 2016.
    let row = |kinds: &str, dates: &str| {
        format!("X,van_phong_thong_ke,xa,,30,thpt,dai_hoc,,,{kinds},{dates},,doi_tuong_4,,2020-01-01,tt13_2019,2022-06-01,\n")
    };
    let csv = format!(
        "{}\n{}{}{}{}",
        header(),
        row("abc_b; co_ban", "2017-01-01; 2020-01-01"),
        row("abc_b;abc_a", "2017-01-01;2015-01-01"),
        row("abc_b", "2017-01-01"),
        row("abc_c;quoc_te", "2016-08-10;"),
    );
    let (s, rows) = run(&csv);
    assert_eq!((s.total, s.errors.len()), (4, 0), "{:?}", s.errors);
    let it: Vec<Status> = rows.iter().map(|r| status(&r.3, Area::It)).collect();
    assert_eq!(it, [Status::Met, Status::Met, Status::Missing, Status::Met]);
    assert_eq!(s.trainings.get("tin_hoc_co_ban"), Some(&1));
}

/// One row of the Lương Tài roster. `i` is 0..75.
fn luong_tai_row(i: usize) -> String {
    const HO: [&str; 10] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Ngô", "Đặng",
    ];
    const DEM: [&str; 5] = ["Văn", "Thị", "Đức", "Minh", "Hữu"];
    const TEN: [&str; 15] = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Lan", "Long", "Nam",
        "Phương", "Sơn", "Thắng",
    ];
    // The 13 communes (xã) of Lương Tài district; the town of Thứa is left out (all units are xã).
    const XA: [&str; 13] = [
        "An Thịnh",
        "Bình Định",
        "Lai Hạ",
        "Lâm Thao",
        "Minh Tân",
        "Mỹ Hương",
        "Phú Hòa",
        "Phú Lương",
        "Quảng Phú",
        "Tân Lãng",
        "Trung Chính",
        "Trung Kênh",
        "Trừng Xá",
    ];
    const POSTS: [&str; 4] = [
        "chu_tich_hdnd",
        "pho_chu_tich_hdnd",
        "chu_tich_ubnd",
        "pho_chu_tich_ubnd",
    ];
    // Degrees in the article's counts: 33 đại học, 1 cao đẳng, 39 trung cấp, 2 sơ cấp.
    let professional = match i {
        0..=32 => "dai_hoc",
        33 => "cao_dang",
        34..=72 => "trung_cap",
        _ => "so_cap",
    };
    // Political theory: 1 cao cấp, 66 trung cấp, 8 sơ cấp, spread over the rows (7 is prime
    // to 75, so j runs through 0..75 once).
    let political = match (i * 7) % 75 {
        0 => "cao_cap",
        1..=66 => "trung_cap",
        _ => "so_cap",
    };
    let name = format!("{} {} {}", HO[i % 10], DEM[(i / 10) % 5], TEN[(i * 4) % 15]);
    let age = 35 + (i * 7) % 21;
    format!(
        "{name},{post},xa,không,{age},thpt,{professional},có,{political},,,none,doi_tuong_4,không,2021-06-01,nd33_2023,2024-06-01,Xã {xa}",
        post = POSTS[i % 4],
        xa = XA[i % 13],
    )
}

/// The whole Lương Tài roster as CSV (UTF-8, LF, header row).
fn luong_tai_csv() -> String {
    let mut out = header();
    out.push('\n');
    for i in 0..75 {
        out.push_str(&luong_tai_row(i));
        out.push('\n');
    }
    out
}

fn luong_tai_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/luong_tai.csv")
}

#[test]
fn luong_tai_csv_is_the_generated_one() {
    let text = luong_tai_csv();
    let old = std::fs::read_to_string(luong_tai_path()).unwrap_or_default();
    if old != text {
        if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
            std::fs::write(luong_tai_path(), &text).unwrap();
        } else {
            panic!("tests/data/luong_tai.csv differs from luong_tai_csv(); rewrite it with UPDATE_SNAPSHOTS=1");
        }
    }
}

/// The seed article: 75 key commune cadres; degrees 33 đại học, 1 cao đẳng, 39 trung cấp,
/// 2 sơ cấp; political theory 1 cao cấp, 66 trung cấp, 8 sơ cấp. Under ND 33/2023 (Art. 8
/// cl. 3) the HĐND/UBND chairs and vice-chairs need a university degree and intermediate
/// political theory.
#[test]
fn luong_tai_roster_counts_match_the_article() {
    let (s, _) = run(&luong_tai_csv());
    assert_eq!(s.total, 75);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let prof = &s.areas["professional"];
    assert_eq!((prof.met, prof.missing), (33, 42));
    let llct = &s.areas["political_theory"];
    assert_eq!((llct.met, llct.missing), (67, 8));
    assert_eq!(s.trainings.get("llct_trung_cap"), Some(&8));
    assert_eq!(s.trainings.get("dai_hoc"), Some(&42));
    // In post since 2021: the Art. 38 transition gives them until 1 Aug 2028.
    let art38 = Date::parse("2028-08-01").unwrap();
    assert_eq!(s.training_deadlines.get("dai_hoc"), Some(&art38));
    assert_eq!(s.training_deadlines.get("llct_trung_cap"), Some(&art38));
    assert_eq!(s.by_post.values().map(|g| g.total).sum::<usize>(), 75);
    assert_eq!(s.by_commune.len(), 13);
}

#[test]
fn luong_tai_roster_through_the_command() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("--roster")
        .arg(luong_tai_path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["total"], 75);
    assert_eq!(v["areas"]["professional"]["met"], 33);
    assert_eq!(v["areas"]["professional"]["missing"], 42);
    assert_eq!(v["areas"]["political_theory"]["met"], 67);
    assert_eq!(v["areas"]["political_theory"]["missing"], 8);
    assert_eq!(v["trainings"]["llct_trung_cap"], 8);
    assert_eq!(v["trainings"]["dai_hoc"], 42);
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(0));
}
