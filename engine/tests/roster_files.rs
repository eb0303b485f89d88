//! Roster files as offices have them: .xlsx from Excel, CSV in UTF-8 or UTF-16, dates written
//! day-first or as Excel serials; and the files that are not rosters at all.

use cbcc_engine::roster::{
    assess_file, assess_file_with, headings_only, read_date, rows_from_file, Field, Options,
    Override,
};
use cbcc_engine::Date;

fn today() -> Date {
    Date::parse("2024-06-01").unwrap()
}

#[test]
fn an_excel_roster_is_read_with_diacritics_dates_and_row_numbers() {
    // Made by tests/data/make_roster_sample.py with openpyxl: shared strings, date cells,
    // a blank row 4 and an unknown post on row 5.
    let bytes = include_bytes!("data/roster-sample.xlsx");
    let rows = rows_from_file(bytes).unwrap();
    assert_eq!(rows[0][0], "name");
    assert_eq!(rows[1][0], "Nguyễn Văn Ánh");
    assert_eq!(rows[5][0], "Phạm \"Út\" <Hòa> & Co");
    let mut names = Vec::new();
    let s = assess_file(bytes, today(), None, |r| {
        names.push((r.row, r.name.to_string(), r.commune.to_string()))
    })
    .unwrap();
    assert_eq!(s.total, 3, "{s:?}");
    assert_eq!(s.errors.len(), 1);
    assert_eq!(s.errors[0].row, 5, "Excel's own row number");
    assert!(s.errors[0].message.contains("giam_doc_so"));
    assert_eq!(
        names[0],
        (2, "Nguyễn Văn Ánh".to_string(), "Xã Lâm Thao".to_string())
    );
    assert_eq!(s.trainings.get("llct_trung_cap"), Some(&1));
    // The justice official's B certificate from 2015 is read as a date cell and counts under TT 13
    // equivalences; under ND 33 IT is only advised either way, so check the date came through.
    assert_eq!(
        s.by_commune.get("Phường Trung Kênh").map(|g| g.total),
        Some(1)
    );
    assert_eq!(
        s.training_deadlines
            .get("llct_trung_cap")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2028-08-01")
    );
}

#[test]
fn dates_as_offices_write_them() {
    let d = |s| read_date(s).map(|d| d.to_string()).unwrap_or_default();
    assert_eq!(d("2023-08-01"), "2023-08-01");
    assert_eq!(d("01/08/2023"), "2023-08-01");
    assert_eq!(d("1/8/2023"), "2023-08-01");
    assert_eq!(d("01.08.2023"), "2023-08-01");
    assert_eq!(d("45139"), "2023-08-01");
    assert_eq!(d("45139.5"), "2023-08-01");
    assert_eq!(d("hôm qua"), "");
}

#[test]
fn utf8_bom_and_utf16_csv_are_read() {
    let csv = "name,post,unit,difficult_area,age,general_education,professional_level,field_fits_post,political_theory,it_kind,it_issued,state_management,defence_security,ethnic_language,in_post_since,regime\r\nĐỗ Thị Hằng,tu_phap_ho_tich,xa,,30,thpt,dai_hoc,có,,,,,,,01/01/2020,nd33_2023\r\n";
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in csv.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    for bytes in [csv.as_bytes().to_vec(), with_bom, utf16] {
        let s = assess_file(&bytes, today(), None, |r| assert_eq!(r.name, "Đỗ Thị Hằng")).unwrap();
        assert_eq!((s.total, s.errors.len()), (1, 0), "{s:?}");
        assert_eq!(s.areas["professional"].met, 1);
    }
}

#[test]
fn files_that_are_not_rosters_get_a_clear_vietnamese_message() {
    let cases: [(&[u8], &str); 5] = [
        (b"", "trống"),
        (b"   \n", "trống"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old excel", ".xls"),
        (b"name;post\n\xC1o\xE0n,Tr\xE2\xF2ng\n", "UTF-8"),
        (b"%PDF-1.4\n\x00\x01\x02", "CSV"),
    ];
    for (bytes, needle) in cases {
        let e = assess_file(bytes, today(), None, |_| {}).unwrap_err();
        assert!(e.vi.contains(needle), "{needle}: {e}");
    }
    let e = assess_file(b"PK\x03\x04broken", today(), None, |_| {}).unwrap_err();
    assert!(e.vi.contains("xlsx"), "{e}");
    let e = assess_file("tên,ghi chú\nA,B\n".as_bytes(), today(), None, |_| {}).unwrap_err();
    assert!(
        e.vi.contains("thiếu cột") && e.value.contains("post"),
        "{e}"
    );
}

#[test]
fn an_age_written_as_a_spreadsheet_number_is_read() {
    let csv = "name,post,unit,difficult_area,age,general_education,professional_level,field_fits_post,political_theory,it_kind,it_issued,state_management,defence_security,ethnic_language,in_post_since,regime\nA,chuyen_vien,xa,,45.0,,,,,,,,,,,luat_2025\n";
    let s = assess_file(csv.as_bytes(), today(), None, |r| {
        assert_eq!(r.profile.age, Some(45));
    })
    .unwrap();
    assert_eq!((s.total, s.errors.len()), (1, 0), "{s:?}");
}

#[test]
fn a_pdf_or_an_image_is_named_as_not_a_roster() {
    for bytes in [
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".as_slice(),
        b"\x89PNG\r\n\x1a\n",
        b"\xFF\xD8\xFF\xE0",
    ] {
        let e = assess_file(bytes, today(), None, |_| {}).unwrap_err();
        assert!(e.vi.contains("không phải CSV hay .xlsx"), "{e}");
    }
}

#[test]
fn without_a_known_post_heading_the_headings_are_given_and_can_be_corrected() {
    let csv = "Họ và tên,Chức trách,LLCT\nA,Chủ tịch UBND,Trung cấp\nB,PCT UBND,Sơ cấp\n";
    let e = assess_file(csv.as_bytes(), today(), None, |_| {}).unwrap_err();
    assert_eq!(e.field, "(header)");
    let h = headings_only(csv.as_bytes(), today(), &Options::default()).unwrap();
    let fields: Vec<(&str, &str)> = h
        .columns
        .iter()
        .map(|c| (c.heading.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("Họ và tên", "name"),
            ("Chức trách", "ignored"),
            ("LLCT", "political_theory")
        ]
    );
    let options = Options {
        sheet: None,
        overrides: vec![Override {
            column: 1,
            field: Some(Field::Post),
        }],
    };
    let s = assess_file_with(
        csv.as_bytes(),
        today(),
        None,
        &options,
        &mut |_| {},
        &mut |_| {},
    )
    .unwrap();
    assert_eq!((s.total, s.errors.len()), (2, 0), "{:?}", s.errors);
    assert!(s.columns[1].corrected);
    assert_eq!(s.columns[1].field, "post");
}

#[test]
fn numbered_rows_left_empty_are_not_officials() {
    let csv = "STT,Họ và tên,Chức vụ,Ghi chú\n(1),(2),(3),(4)\n1,A,Chủ tịch UBND,\n2,,,\n3,,,x\n";
    let s = assess_file(csv.as_bytes(), today(), None, |_| {}).unwrap();
    assert_eq!((s.total, s.errors.len()), (1, 0), "{:?}", s.errors);
}
