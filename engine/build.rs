//! Reads the rule data in rules/*.toml strictly (unknown keys, unknown levels or a missing
//! citation fail the build), validates it, and writes it as a Rust constant for the library.

#[path = "src/date.rs"]
#[allow(dead_code)]
mod date;
mod rust_literal;
#[path = "src/schema.rs"]
#[allow(dead_code)]
mod schema;

use schema::{Catalogue, Regime, RuleSet, SourceDoc, Sources};
use std::{env, fs, path::Path};

fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = Path::new("rules").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("\n{}: {e}", path.display()))
}

/// Every `rules/sources/*.toml`, by file name without the extension.
fn read_sources() -> Sources {
    let dir = Path::new("rules").join("sources");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let doc: SourceDoc = read(&format!("sources/{n}"));
            (n.trim_end_matches(".toml").to_string(), doc)
        })
        .collect()
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
    if let Err(errs) = schema::validate(&set, &read_sources()) {
        panic!(
            "\nthe rule data in engine/rules is invalid:\n  - {}\n",
            errs.join("\n  - ")
        );
    }
    // The rules as a Rust constant: static data in the binary, nothing to parse at start-up.
    let code = rust_literal::to_rust(&set)
        .unwrap_or_else(|e| panic!("cannot write the rules as Rust: {e}"));
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("rules.rs");
    fs::write(out, code).unwrap();
}
