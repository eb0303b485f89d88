//! Benchmark (not a test): the lean path, `assess::decide` (status, deadline and training of
//! every area, no text), on profiles already read, one core.
//!
//!     cargo run --release -p cbcc-engine --example verdicts
//!
//! The profiles: every post of every regime against six shapes (empty, typical, difficult area,
//! ward, strong, old with A/B/C certificates), assessed over and over for at least 2 s. Prints
//! profiles per second and nanoseconds per profile; then the same for full reports (`assess`:
//! every sentence in both languages), the path everything took before issue 12.

use cbcc_engine::assess::decide;
use cbcc_engine::contract::contract_posts;
use cbcc_engine::{assess, Date, Profile};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn profiles() -> Vec<Profile> {
    let shapes = [
        r#""unit":"xa""#,
        r#""unit":"xa","sex":"nam","age":45,"general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},"political_theory":"trung_cap","defence_security":"doi_tuong_4","in_post_since":"2019-06-01""#,
        r#""unit":"xa","difficult_area":true,"ethnic_minority":true,"age":45,"general_education":"thpt","professional":{"level":"trung_cap","field_fits_post":true},"political_theory":"trung_cap","in_post_since":"2019-06-01""#,
        r#""unit":"phuong","sex":"nu","birth_date":"1990-04-15","general_education":"thpt","professional":{"level":"dai_hoc","field_fits_post":true},"political_theory":"so_cap","it":[{"kind":"co_ban","issued":"2020-05-01"}],"in_post_since":"2025-09-01""#,
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
                let json =
                    format!(r#"{{"regime":"{regime}","as_of":"{as_of}","post":"{post}",{shape}}}"#);
                out.push(Profile::from_json(&json).expect("a valid profile"));
            }
        }
    }
    out
}

/// Runs `f` over every profile for at least `for_at_least`: (profiles assessed, seconds).
fn measure(profiles: &[Profile], for_at_least: Duration, f: impl Fn(&Profile)) -> (u64, f64) {
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < for_at_least {
        for p in profiles {
            f(black_box(p));
            n += 1;
        }
    }
    (n, start.elapsed().as_secs_f64())
}

fn main() {
    let profiles = profiles();
    let today = Date::parse("2026-11-30").unwrap();
    let distinct = profiles.len();
    let row = |what: &str, (n, secs): (u64, f64)| {
        println!(
            "| {distinct} distinct, {n} {what} | {:.0} | {:.0} |",
            n as f64 / secs,
            secs * 1e9 / n as f64
        )
    };
    println!("| profiles | per second | ns per profile |\n|---|---|---|");
    let lean = measure(&profiles, Duration::from_secs(2), |p| {
        black_box(decide(p, today, None).expect("assessed"));
    });
    row("assessed", lean);
    let full = measure(&profiles, Duration::from_secs(1), |p| {
        black_box(assess(p, today).expect("assessed"));
    });
    row("full reports", full);
}
