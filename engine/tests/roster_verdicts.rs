//! The roster counts verdicts (`assess::decide`, no sentences) rather than full reports: the
//! counts must be the ones the full reports give, for every post of every regime in a spread of
//! situations, with a province file too.

use cbcc_engine::roster::{assess_file, COLUMNS};
use cbcc_engine::rules::rule_set;
use cbcc_engine::{assess_with, Date, Province, Status};
use std::collections::BTreeMap;

#[test]
fn the_summary_from_verdicts_is_the_summary_of_the_reports() {
    let today = Date::parse("2026-11-30").unwrap();
    let mut csv = COLUMNS.join(",") + ",regime,as_of,commune,sex,birth_date\n";
    let levels = ["dai_hoc", "trung_cap", "none", "thac_si"];
    let llct = ["trung_cap", "so_cap", "cao_cap", "none"];
    let mut n = 0;
    for reg in rule_set().regimes.iter() {
        let as_of = if reg.id == "luat_2025" {
            "2026-11-30"
        } else {
            "2024-06-01"
        };
        let as_of = if reg.id == "tt13_2019" {
            "2022-06-01"
        } else {
            as_of
        };
        for post in reg.posts.iter() {
            for k in 0..8 {
                n += 1;
                let unit = if k % 3 == 1 { "phuong" } else { "xa" };
                csv += &format!(
                    "P{n},{post},{unit},{difficult},{age},{edu},{pro},{fits},{llct},{it},{issued},{qlnn},{qp},,{since},{reg},{as_of},Xã {c},{sex},\n",
                    post = post.id,
                    difficult = k % 2 == 0,
                    age = 25 + k * 5,
                    edu = if k == 5 { "thcs" } else { "thpt" },
                    pro = levels[k % 4],
                    fits = k != 6,
                    llct = llct[k % 4],
                    it = ["co_ban", "", "abc_b", "nang_cao"][k % 4],
                    issued = ["2020-01-01", "", "2015-05-01", "2019-01-01"][k % 4],
                    qlnn = ["chuyen_vien", "none", "chuyen_vien_chinh", "lanh_dao_cap_phong"][k % 4],
                    qp = ["doi_tuong_3", "none", "doi_tuong_4", "doi_tuong_2"][k % 4],
                    since = if k % 2 == 0 { "2021-06-01" } else { "" },
                    reg = reg.id,
                    c = k % 3,
                    sex = if k % 2 == 0 { "nam" } else { "nu" },
                );
            }
        }
    }
    let provinces = [
        None,
        Some(Province::from_json(include_str!("../provinces/example.json")).unwrap()),
        Some(Province::from_json(include_str!("../provinces/example-2025.json")).unwrap()),
    ];
    for province in &provinces {
        let mut areas: BTreeMap<String, [usize; 4]> = BTreeMap::new();
        let mut trainings: BTreeMap<String, usize> = BTreeMap::new();
        let mut deadlines: BTreeMap<String, Date> = BTreeMap::new();
        let (mut total, mut meets_all) = (0, 0);
        let s = assess_file(csv.as_bytes(), today, province.as_ref(), |r| {
            let rep = assess_with(r.profile, today, province.as_ref()).unwrap();
            total += 1;
            meets_all += usize::from(rep.meets_all);
            assert_eq!(rep.meets_all, r.verdicts.meets_all());
            for q in &rep.requirements {
                let i = [
                    Status::Met,
                    Status::Missing,
                    Status::NotRequired,
                    Status::Advised,
                ]
                .iter()
                .position(|s| *s == q.status)
                .unwrap();
                areas.entry(q.area.id().to_string()).or_default()[i] += 1;
            }
            for t in &rep.trainings {
                *trainings.entry(t.id.clone()).or_default() += 1;
                if let Some(d) = t.deadline {
                    let e = deadlines.entry(t.id.clone()).or_insert(d);
                    *e = (*e).min(d);
                }
            }
        })
        .unwrap();
        assert_eq!(s.errors, [], "{:?}", province.as_ref().map(|p| &p.id));
        assert_eq!((s.total, s.meets_all), (total, meets_all));
        assert_eq!(s.total, n);
        for (a, c) in &s.areas {
            assert_eq!(
                [c.met, c.missing, c.not_required, c.advised],
                areas[a],
                "{a}"
            );
        }
        assert_eq!(s.trainings, trainings);
        assert_eq!(s.training_deadlines, deadlines);
    }
}
