//! Benchmark (not a test): how fast the engine assesses profiles, and how long a national roster
//! takes to read and summarise.
//!
//!     cargo run --release -p cbcc-engine --example bench
//!
//! 1. Profiles per second: a varied set (every post of every regime against several profiles:
//!    empty, typical, difficult area, ward, strong, old with A/B/C certificates), parsed from JSON
//!    and assessed, repeated for at least 1.5 s.
//! 2. A generated roster of 212,600 rows, the number of commune cadres and civil servants at the
//!    end of 2024 (REFERENCE.md §4), written to a temporary CSV file, then read and summarised as
//!    `assess --roster` does. The rows are made by a fixed pseudo-random sequence, so every run
//!    assesses the same file.
//!
//! Prints a Markdown table. Peak memory is the process's high-water mark (Linux only).

use cbcc_engine::contract::contract_posts;
use cbcc_engine::roster::{assess_roster, COLUMNS};
use cbcc_engine::{assess, Date, Profile};
use std::hint::black_box;
use std::time::{Duration, Instant};

const ROSTER_ROWS: usize = 212_600;

/// A small fixed pseudo-random sequence (64-bit LCG), so the roster is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn percent(&mut self) -> u64 {
        self.next() % 100
    }
}

fn profiles() -> Vec<String> {
    let shapes = [
        r#""unit":"xa""#,
        r#""unit":"xa","age":45,"general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},"political_theory":"trung_cap","defence_security":"doi_tuong_4","in_post_since":"2019-06-01""#,
        r#""unit":"xa","difficult_area":true,"age":45,"general_education":"thpt","professional":{"level":"trung_cap","field_fits_post":true},"political_theory":"trung_cap","in_post_since":"2019-06-01""#,
        r#""unit":"phuong","age":35,"general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},"political_theory":"so_cap","it":[{"kind":"co_ban","issued":"2020-05-01"}],"in_post_since":"2025-09-01""#,
        r#""age":38,"general_education":"thpt","professional":{"level":"thac_si","field_fits_post":true},"political_theory":"cao_cap","it":[{"kind":"nang_cao","issued":"2019-03-01"}],"state_management":"lanh_dao_cap_phong","defence_security":"doi_tuong_3","ethnic_language":true,"in_post_since":"2019-01-01""#,
        r#""age":58,"general_education":"thpt","professional":{"level":"trung_cap","field_fits_post":false},"political_theory":"trung_cap_llct_hc","it":[{"kind":"abc_b","issued":"2015-05-01"},{"kind":"abc_a","issued":"2018-03-01"}]"#,
    ];
    let mut out = Vec::new();
    for (regime, as_of) in [
        ("tt13_2019", "2022-06-01"),
        ("nd33_2023", "2024-06-01"),
        ("luat_2025", "2026-06-01"),
    ] {
        for post in contract_posts(regime) {
            for shape in shapes {
                out.push(format!(
                    r#"{{"regime":"{regime}","as_of":"{as_of}","post":"{post}",{shape}}}"#
                ));
            }
        }
    }
    out
}

/// A roster of `n` rows: ND 33/2023 posts on 31 Dec 2024, about 92 % holding a degree.
fn roster_csv(n: usize) -> String {
    let posts = contract_posts("nd33_2023");
    let mut rng = Lcg(2024);
    let mut out = COLUMNS.join(",");
    out.push_str(",regime,as_of,commune\n");
    for i in 0..n {
        let post = rng.pick(posts);
        let unit = rng.pick(&["xa", "xa", "xa", "xa", "phuong", "thi_tran"]);
        let difficult = if rng.percent() < 30 { "có" } else { "không" };
        let age = 25 + rng.next() % 36;
        let professional = match rng.percent() {
            0..=62 => "dai_hoc",
            63..=67 => "thac_si",
            68..=72 => "cao_dang",
            73..=91 => "trung_cap",
            92..=95 => "so_cap",
            _ => "",
        };
        let fits = if rng.percent() < 90 { "có" } else { "không" };
        let llct = rng.pick(&[
            "trung_cap",
            "trung_cap",
            "so_cap",
            "none",
            "cao_cap",
            "trung_cap_llct_hc",
        ]);
        let (it_kind, it_issued) = match rng.percent() {
            0..=39 => ("co_ban", "2019-05-01"),
            40..=59 => ("abc_b", "2014-03-01"),
            60..=69 => ("abc_a;co_ban", "2017-01-01;2021-06-01"),
            _ => ("", ""),
        };
        let qpan = rng.pick(&["doi_tuong_4", "doi_tuong_4", "doi_tuong_3", "none"]);
        let since = format!("{}-{:02}-01", 2010 + rng.next() % 15, 1 + rng.next() % 12);
        out.push_str(&format!(
            "Cán bộ {i},{post},{unit},{difficult},{age},thpt,{professional},{fits},{llct},{it_kind},{it_issued},none,{qpan},không,{since},nd33_2023,2024-12-31,Xã {}\n",
            i / 16
        ));
    }
    out
}

/// The process's peak resident memory, from /proc (Linux); None elsewhere.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let today = Date::parse("2026-11-22").unwrap();

    // 1. Profiles per second.
    let set = profiles();
    let parsed: Vec<Profile> = set.iter().map(|j| Profile::from_json(j).unwrap()).collect();
    for p in &parsed {
        assess(p, today).expect("every benchmark profile assesses");
    }
    let run = |f: &dyn Fn() -> usize| -> (usize, Duration) {
        let start = Instant::now();
        let mut n = 0;
        while start.elapsed() < Duration::from_millis(1500) {
            n += f();
        }
        (n, start.elapsed())
    };
    let (n_json, t_json) = run(&|| {
        for j in &set {
            black_box(assess(&Profile::from_json(black_box(j)).unwrap(), today).unwrap());
        }
        set.len()
    });
    let (n_assess, t_assess) = run(&|| {
        for p in &parsed {
            black_box(assess(black_box(p), today).unwrap());
        }
        parsed.len()
    });
    let per_sec = |n: usize, t: Duration| n as f64 / t.as_secs_f64();

    // 2. The national roster.
    let t0 = Instant::now();
    let csv = roster_csv(ROSTER_ROWS);
    let t_generate = t0.elapsed();
    let path = std::env::temp_dir().join(format!("cbcc-bench-roster-{}.csv", std::process::id()));
    std::fs::write(&path, &csv).unwrap();
    let bytes = csv.len();
    drop(csv);
    let t1 = Instant::now();
    let text = std::fs::read_to_string(&path).unwrap();
    let t_read = t1.elapsed();
    let summary = assess_roster(&text, today, |_| {}).unwrap();
    let t_total = t1.elapsed();
    let _ = std::fs::remove_file(&path);
    assert_eq!(summary.total + summary.errors.len(), ROSTER_ROWS);

    println!("| Measure | Result |");
    println!("|---|---|");
    println!(
        "| Profiles assessed per second (JSON parsed + assessed; {} profiles: every post of every regime × 6 profiles) | {:.0} ({} in {:.2} s) |",
        set.len(),
        per_sec(n_json, t_json),
        n_json,
        t_json.as_secs_f64()
    );
    println!(
        "| Profiles assessed per second (already parsed) | {:.0} ({} in {:.2} s) |",
        per_sec(n_assess, t_assess),
        n_assess,
        t_assess.as_secs_f64()
    );
    println!(
        "| Roster of {} rows ({:.1} MB CSV): read and summarised | {:.2} s (read {:.3} s) |",
        ROSTER_ROWS,
        bytes as f64 / 1e6,
        t_total.as_secs_f64(),
        t_read.as_secs_f64()
    );
    println!(
        "| Roster rows per second | {:.0} |",
        ROSTER_ROWS as f64 / t_total.as_secs_f64()
    );
    println!(
        "| Roster result | {} assessed, {} meet every standard, {} rows refused |",
        summary.total,
        summary.meets_all,
        summary.errors.len()
    );
    if let Some(mib) = peak_memory_mib() {
        println!("| Peak memory (VmHWM, whole run) | {mib:.0} MiB |");
    }
    println!(
        "\n(generating the roster text took {:.2} s and is not counted)",
        t_generate.as_secs_f64()
    );
}
