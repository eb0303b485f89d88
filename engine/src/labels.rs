//! Vietnamese and English names of the areas and levels, for reasons, the UI and exports. The
//! names are data: rules/scales.toml for areas and levels, catalogue.toml for the credentials
//! that count through an equivalence.

use crate::rules::rule_set;
use crate::schema::Area;

/// (Vietnamese, English) name of an area.
pub fn area(a: Area) -> (&'static str, &'static str) {
    a.names()
}

/// (Vietnamese, English) name of a level or of an input value of `area`.
pub fn level(area: Area, id: &str) -> (&'static str, &'static str) {
    area.level_name(id)
        .or_else(|| {
            rule_set()
                .catalogue
                .equivalences
                .iter()
                .find(|e| e.area == area && e.holds == id)
                .map(|e| (e.name_vi.as_ref(), e.name_en.as_ref()))
        })
        .unwrap_or(("?", "?"))
}

/// Upper-case the first letter (Vietnamese-safe), for labels that start a sentence.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
