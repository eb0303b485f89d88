//! The roster template (engine/src/roster/template.rs): engine/templates/ holds the files the
//! code writes (the build copies them; the roster view links them), the reader understands
//! every heading and example value, and the README documents the same headings.
//! `UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test roster_template` rewrites the files.

use cbcc_engine::roster::{assess_file, template};
use cbcc_engine::Date;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates")
}

fn check(name: &str, bytes: &[u8]) {
    let path = dir().join(name);
    if std::fs::read(&path).ok().as_deref() != Some(bytes) {
        if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
            std::fs::create_dir_all(dir()).unwrap();
            std::fs::write(&path, bytes).unwrap();
        } else {
            panic!("engine/templates/{name} differs from the code's; rewrite it with UPDATE_SNAPSHOTS=1");
        }
    }
}

#[test]
fn the_template_files_are_the_generated_ones() {
    check(template::CSV_NAME, template::csv().as_bytes());
    check(template::XLSX_NAME, &template::xlsx());
    assert_eq!(
        template::xlsx(),
        template::xlsx(),
        "the same bytes every time"
    );
}

#[test]
fn the_template_reads_back_without_an_error_as_csv_and_as_xlsx() {
    let today = Date::parse("2026-11-30").unwrap();
    let mut summaries = Vec::new();
    for bytes in [template::csv().into_bytes(), template::xlsx()] {
        let mut rows = Vec::new();
        let s = assess_file(&bytes, today, None, |r| {
            rows.push((r.row, r.name.to_string(), r.profile.clone()))
        })
        .unwrap();
        assert_eq!((s.total, s.errors.len()), (4, 0), "{:?}", s.errors);
        for (c, (heading, field)) in s.columns.iter().zip(template::HEADINGS) {
            assert_eq!(c.heading, heading);
            let want = if field.is_empty() { "ignored" } else { field };
            assert_eq!(c.field, want, "{heading}");
            assert!(c.unread.is_empty(), "{heading}: {:?}", c.unread);
        }
        let p = &rows[1].2;
        assert_eq!(rows[1].0, 3);
        assert_eq!(p.post, "pho_chu_tich_hdnd");
        assert_eq!(
            p.birth_date.map(|d| d.to_string()).as_deref(),
            Some("1975-01-01")
        );
        assert!(p.ethnic_minority && p.ethnic_language && p.difficult_area);
        assert_eq!(p.it.len(), 2);
        assert_eq!(rows[2].2.post, "truong_phong");
        assert_eq!(rows[2].2.unit.id(), "phuong");
        assert_eq!(rows[3].2.post, "chuyen_vien");
        assert!(!rows[3].2.professional.field_fits_post);
        summaries.push(s);
    }
    assert_eq!(summaries[0].areas, summaries[1].areas);
    assert_eq!(summaries[0].trainings, summaries[1].trainings);
}

#[test]
fn the_readme_documents_the_template_headings() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    for (heading, _) in template::HEADINGS {
        assert!(
            readme.contains(&format!("`{heading}`")),
            "README.md lacks the heading `{heading}`"
        );
    }
}
