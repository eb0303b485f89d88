//! The build script: reads the rule data in `rules/` strictly (an unknown key, level or area, a
//! missing citation or excerpt fails the build), validates it with the model crate's checks,
//! and writes it as a Rust constant that the library includes (no parsing at start-up).
//!
//! `rules/catalogue.toml` is the shared catalogue, `rules/scales.toml` the level scales (compiled
//! by the model crate); every other `rules/*.toml` is one regime, ordered by the day it came into
//! force; `rules/sources/*.toml` are the quoted words.

mod rust_literal;

use cbcc_rules_model::{validate, Catalogue, Regime, RuleSet, SourceDoc, Sources};
use std::{env, fs, path::Path};

const CATALOGUE: &str = "catalogue.toml";
/// Compiled by the model crate's own build script (the areas and their level scales).
const SCALES: &str = "scales.toml";

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("\n{}: {e}", path.display()))
}

/// The `.toml` files of a folder, sorted by name.
fn toml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn main() {
    let rules = Path::new("rules");
    let mut regimes: Vec<Regime> = toml_files(rules)
        .iter()
        .filter(|p| !p.ends_with(CATALOGUE) && !p.ends_with(SCALES))
        .map(|p| read(p))
        .collect();
    regimes.sort_by_key(|r| r.in_force_from);
    let set = RuleSet {
        regimes: regimes.into(),
        catalogue: read::<Catalogue>(&rules.join(CATALOGUE)),
    };
    let sources: Sources = toml_files(&rules.join("sources"))
        .iter()
        .map(|p| {
            let name = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, read::<SourceDoc>(p))
        })
        .collect();
    if let Err(errs) = validate(&set, &sources) {
        panic!(
            "\nthe rule data in engine/rules is invalid:\n  - {}\n",
            errs.join("\n  - ")
        );
    }
    // The rules as a Rust constant: static data in the binary, nothing to parse at start-up.
    // The wasm leaves out the citations' sources and excerpts (native tests and tables use them).
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let code = rust_literal::to_rust(&set, wasm)
        .unwrap_or_else(|e| panic!("cannot write the rules as Rust: {e}"));
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("rules.rs");
    fs::write(out, code).unwrap();
}
