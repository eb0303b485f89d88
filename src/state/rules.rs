//! What the state looks up in the rule data: the rules a profile is assessed under, the units
//! that exist under them, a post of any regime.

use cbcc_engine::assess::regime_in_force;
use cbcc_engine::rules::{regime, rule_set};
use cbcc_engine::schema::{Post, Regime, Unit, UnitInfo};
use cbcc_engine::{Date, Profile};

/// The regime a profile is assessed under (None if no regime is in force on its date).
pub fn effective_regime(p: &Profile, today: Date) -> Option<&'static Regime> {
    match &p.regime {
        Some(id) => regime(id),
        None => regime_in_force(p.as_of.unwrap_or(today)).ok(),
    }
}

/// The units that exist under `reg` (every unit when no rules are in force), in the order of
/// the rule data.
pub fn units(reg: Option<&Regime>) -> Vec<&'static UnitInfo> {
    let cat = &rule_set().catalogue;
    cat.units
        .iter()
        .filter(|u| reg.is_none_or(|r| r.has_unit(cat, u.id)))
        .collect()
}

/// The data of a unit (its names, the days it exists).
pub fn unit_info(unit: Unit) -> Option<&'static UnitInfo> {
    rule_set().catalogue.units.iter().find(|u| u.id == unit)
}

/// The post of any regime with this id (for names of a post that was cleared).
pub fn any_post(id: &str) -> Option<&'static Post> {
    rule_set().regimes.iter().find_map(|r| r.post(id))
}
