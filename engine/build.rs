//! Reads the rule data in rules/*.toml strictly (unknown keys, unknown levels or a missing
//! citation fail the build), validates it, and writes it as compact JSON for the library.

#[path = "src/date.rs"]
#[allow(dead_code)]
mod date;
#[path = "src/schema.rs"]
#[allow(dead_code)]
mod schema;

use schema::{Catalogue, Regime, RuleSet};
use std::{env, fs, path::Path};

fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = Path::new("rules").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("\n{}: {e}", path.display()))
}

fn main() {
    println!("cargo:rerun-if-changed=src/schema.rs");
    println!("cargo:rerun-if-changed=src/date.rs");
    let set = RuleSet {
        regimes: ["tt13_2019", "nd33_2023", "luat_2025"]
            .iter()
            .map(|id| read::<Regime>(&format!("{id}.toml")))
            .collect(),
        catalogue: read::<Catalogue>("catalogue.toml"),
    };
    if let Err(errs) = schema::validate(&set) {
        panic!(
            "\nthe rule data in engine/rules is invalid:\n  - {}\n",
            errs.join("\n  - ")
        );
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("rules.json");
    fs::write(out, serde_json::to_string(&set).unwrap()).unwrap();
}
