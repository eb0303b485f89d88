//! The standards engine for commune cadres and civil servants (cán bộ, công chức cấp xã).
//!
//! Pure Rust, no web dependencies: used natively by the `assess` command and compiled into the
//! widget's wasm. The rules live as data in `rules/*.toml` (one file per legal regime plus a
//! shared catalogue), each citing its legal basis; build.rs refuses invalid rule data.

pub mod age;
pub mod assess;
pub mod compare;
pub mod contract;
pub mod json;
pub use cbcc_rules_model::date;
pub mod labels;
pub mod plan;
pub mod profile;
pub mod province;
pub mod reason;
pub mod report;
pub mod roster;
pub mod rules;
pub mod schema;
pub mod select;
pub mod share;
pub mod verdict;

pub use assess::{assess, assess_with, Report, Requirement, Status, TrainingItem};
pub use date::Date;
pub use profile::{InputError, Profile};
pub use province::Province;

pub fn engine_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Assesses a profile given as JSON text and returns the report as JSON text.
pub fn assess_json(profile_json: &str, today: Date) -> Result<String, InputError> {
    let profile = Profile::from_json(profile_json)?;
    let report = assess(&profile, today)?;
    Ok(serde_json::to_string(&report).unwrap_or_default())
}
