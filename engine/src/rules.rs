//! The rule data, compiled in: validated by build.rs, parsed once on first use.

use crate::schema::{Regime, RuleSet};
use std::sync::OnceLock;

static RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/rules.json"));

/// Every regime and the shared catalogue.
pub fn rule_set() -> &'static RuleSet {
    static SET: OnceLock<RuleSet> = OnceLock::new();
    // build.rs wrote this JSON from the same types after validating it, so it always parses.
    SET.get_or_init(|| {
        serde_json::from_str(RULES_JSON).unwrap_or_else(|e| unreachable!("rules.json: {e}"))
    })
}

pub fn regime(id: &str) -> Option<&'static Regime> {
    rule_set().regimes.iter().find(|r| r.id == id)
}
