//! The rule data, compiled in: build.rs validated rules/*.toml and wrote it as a Rust constant.

use crate::date::Date;
use crate::schema::*;

static RULES: RuleSet = include!(concat!(env!("OUT_DIR"), "/rules.rs"));

/// Every regime and the shared catalogue.
pub fn rule_set() -> &'static RuleSet {
    &RULES
}

pub fn regime(id: &str) -> Option<&'static Regime> {
    rule_set().regimes.iter().find(|r| r.id == id)
}
