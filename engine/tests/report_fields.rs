//! Report fields that the case files (and check.py) cannot see: the reminders, the regime
//! chosen, the title by unit, overdue deadlines.

use cbcc_engine::schema::Area;
use cbcc_engine::{assess, Date, Profile};

/// A fixed "today", so that no test depends on the day the tests run.
const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

fn report(json: &str) -> cbcc_engine::Report {
    let p = Profile::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    assess(&p, TODAY).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// The yearly duty of 40 periods (a report field, not one of the areas): ND 101/2017 from
/// 1 Sep 2017 until ND 89/2021 abolished it on 10 Dec 2021; back for civil servants from
/// 1 Jul 2025 (ND 171/2025 Art. 16 cl. 3; REFERENCE.md §3.3 and §8, correction 1).
#[test]
fn yearly_training_reminders_follow_the_dates() {
    let table: [(&str, &str, &str, &[&str]); 13] = [
        // (regime, post, as_of, reminder ids)
        (
            "tt13_2019",
            "van_phong_thong_ke",
            "2019-12-25",
            &["boi_duong_40_tiet_nd101"],
        ),
        (
            "tt13_2019",
            "van_phong_thong_ke",
            "2021-12-09",
            &["boi_duong_40_tiet_nd101"],
        ),
        ("tt13_2019", "van_phong_thong_ke", "2021-12-10", &[]),
        ("tt13_2019", "van_phong_thong_ke", "2023-07-31", &[]),
        // ND 101's duty was for cadres and civil servants alike (the catalogue's reading).
        (
            "tt13_2019",
            "chu_tich_ubnd",
            "2020-06-01",
            &["boi_duong_40_tiet_nd101"],
        ),
        // The civil-status law's own standard follows the justice officer (Luật Hộ tịch Art. 72).
        (
            "nd33_2023",
            "tu_phap_ho_tich",
            "2024-06-01",
            &["ho_tich_luat_2014"],
        ),
        (
            "nd33_2023",
            "tu_phap_ho_tich",
            "2025-06-30",
            &["ho_tich_luat_2014"],
        ),
        ("nd33_2023", "van_hoa_xa_hoi", "2024-06-01", &[]),
        (
            "luat_2025",
            "chuyen_vien",
            "2025-07-01",
            &["boi_duong_40_tiet_nd171", "ho_tich_luat_2014_vtvl"],
        ),
        (
            "luat_2025",
            "truong_phong",
            "2026-06-01",
            &["boi_duong_40_tiet_nd171"],
        ),
        (
            "luat_2025",
            "chi_huy_truong_quan_su",
            "2026-06-01",
            &["boi_duong_40_tiet_nd171"],
        ),
        // ND 171/2025 binds civil servants: not the elected chair or the Party secretary.
        ("luat_2025", "chu_tich_ubnd", "2026-06-01", &[]),
        ("luat_2025", "bi_thu_dang_uy", "2026-06-01", &[]),
    ];
    let mut errs = Vec::new();
    for (regime, post, as_of, want) in table {
        let r = report(&format!(
            r#"{{"regime":"{regime}","post":"{post}","as_of":"{as_of}"}}"#
        ));
        let got: Vec<&str> = r.reminders.iter().map(|m| m.id.as_str()).collect();
        if got != want {
            errs.push(format!(
                "{regime} {post} {as_of}: reminders {got:?}, wanted {want:?}"
            ));
        }
        for m in r.reminders.iter() {
            assert!(!m.text_vi.is_empty() && !m.text_en.is_empty() && !m.basis.is_empty());
        }
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn regime_is_chosen_by_as_of_unless_given() {
    for (as_of, want) in [
        ("2019-12-25", "tt13_2019"),
        ("2022-06-01", "tt13_2019"),
        ("2023-07-31", "tt13_2019"),
        ("2023-08-01", "nd33_2023"),
        ("2024-06-01", "nd33_2023"),
        ("2025-06-30", "nd33_2023"),
        ("2025-07-01", "luat_2025"),
        ("2026-06-01", "luat_2025"),
    ] {
        let r = report(&format!(r#"{{"post":"chu_tich_ubnd","as_of":"{as_of}"}}"#));
        assert_eq!(r.regime, want, "as_of {as_of}");
        assert!(
            !r.what_if,
            "as_of {as_of}: the regime in force is no what-if"
        );
        assert_eq!(r.as_of.to_string(), as_of);
    }
    // No as_of: today (fixed here) decides.
    let r = report(r#"{"post":"chu_tich_ubnd"}"#);
    assert_eq!((r.regime.as_str(), r.as_of), ("luat_2025", TODAY));
    // An explicit regime that is not in force on as_of is a what-if, and the report says so.
    let r = report(r#"{"post":"chu_tich_ubnd","regime":"tt13_2019","as_of":"2026-06-01"}"#);
    assert_eq!((r.regime.as_str(), r.what_if), ("tt13_2019", true));
    let r = report(r#"{"post":"chu_tich_ubnd","regime":"nd33_2023","as_of":"2024-06-01"}"#);
    assert_eq!((r.regime.as_str(), r.what_if), ("nd33_2023", false));
}

/// REFERENCE.md §1b: "Địa chính – xây dựng – đô thị và môi trường" in wards and towns,
/// "Địa chính – nông nghiệp – xây dựng và môi trường" in communes.
#[test]
fn land_official_title_follows_the_unit() {
    for regime in ["tt13_2019", "nd33_2023"] {
        for (unit, want) in [
            ("xa", "Địa chính – nông nghiệp – xây dựng và môi trường"),
            ("phuong", "Địa chính – xây dựng – đô thị và môi trường"),
            ("thi_tran", "Địa chính – xây dựng – đô thị và môi trường"),
        ] {
            let r = report(&format!(
                r#"{{"regime":"{regime}","as_of":"2022-06-01","post":"dia_chinh","unit":"{unit}"}}"#
            ));
            assert_eq!(r.post_name_vi, want, "{regime} {unit}");
            assert!(!r.post_name_en.is_empty());
        }
    }
    // Other titles do not change with the unit.
    let r = report(
        r#"{"regime":"nd33_2023","as_of":"2024-06-01","post":"tu_phap_ho_tich","unit":"phuong"}"#,
    );
    assert_eq!(r.post_name_vi, "Tư pháp – hộ tịch");
}

#[test]
fn a_passed_deadline_is_marked_overdue() {
    let r = report(
        r#"{"regime":"nd33_2023","as_of":"2029-01-01","post":"chu_tich_ubnd","political_theory":"so_cap","in_post_since":"2020-01-01"}"#,
    );
    let pt = r
        .requirements
        .iter()
        .find(|q| q.area == Area::PoliticalTheory)
        .unwrap();
    assert_eq!(
        pt.deadline.map(|d| d.to_string()).as_deref(),
        Some("2028-08-01")
    );
    assert!(pt.overdue);
    assert!(pt.reason_en.contains("has passed"), "{}", pt.reason_en);
    let r = report(
        r#"{"regime":"nd33_2023","as_of":"2024-06-01","post":"chu_tich_ubnd","political_theory":"so_cap","in_post_since":"2020-01-01"}"#,
    );
    let pt = r
        .requirements
        .iter()
        .find(|q| q.area == Area::PoliticalTheory)
        .unwrap();
    assert!(!pt.overdue);
    // The training inherits the earliest deadline of the gaps it closes.
    let t = r
        .trainings
        .iter()
        .find(|t| t.id == "llct_trung_cap")
        .unwrap();
    assert_eq!(
        t.deadline.map(|d| d.to_string()).as_deref(),
        Some("2028-08-01")
    );
}
