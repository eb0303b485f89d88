//! Compiles `engine/rules/scales.toml` (the areas of the contract and the level scale of each,
//! with their names) into Rust: the `Area` enum and its scale, names and contract inputs. The
//! scales are legal facts, so they live with the rules; the code only reads them.

use serde::Deserialize;
use std::fmt::Write;
use std::{env, fs, path::Path};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scales {
    area: Vec<AreaData>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaData {
    id: String,
    name_vi: String,
    name_en: String,
    #[serde(default)]
    inputs: Option<Vec<String>>,
    levels: Vec<Level>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Level {
    id: String,
    vi: String,
    en: String,
    #[serde(default)]
    short: Option<String>,
}

fn camel(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn list(items: impl Iterator<Item = String>) -> String {
    format!("&[{}]", items.collect::<Vec<_>>().join(", "))
}

fn main() {
    let path = Path::new("../rules/scales.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path:?}: {e}"));
    let scales: Scales = toml::from_str(&text).unwrap_or_else(|e| panic!("\n{path:?}: {e}"));
    let mut errs = Vec::new();
    for (i, a) in scales.area.iter().enumerate() {
        if scales.area[..i].iter().any(|b| b.id == a.id) {
            errs.push(format!("area `{}` given twice", a.id));
        }
        if a.levels.is_empty() {
            errs.push(format!("area `{}` has no level", a.id));
        }
        for (j, l) in a.levels.iter().enumerate() {
            if a.levels[..j].iter().any(|m| m.id == l.id) {
                errs.push(format!("area `{}`: level `{}` given twice", a.id, l.id));
            }
        }
    }
    if !errs.is_empty() {
        panic!("\n{path:?} is invalid:\n  - {}\n", errs.join("\n  - "));
    }
    let q = |s: &str| format!("{s:?}");
    let mut out = String::new();
    let areas = &scales.area;
    writeln!(
        out,
        "/// The areas (lĩnh vực tiêu chuẩn) of the contract, in report order (rules/scales.toml)."
    )
    .unwrap();
    writeln!(out, "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]").unwrap();
    writeln!(
        out,
        "#[serde(rename_all = \"snake_case\")]\npub enum Area {{"
    )
    .unwrap();
    for a in areas {
        writeln!(out, "    {},", camel(&a.id)).unwrap();
    }
    writeln!(out, "}}\n").unwrap();
    let variants: Vec<String> = areas
        .iter()
        .map(|a| format!("Area::{}", camel(&a.id)))
        .collect();
    writeln!(
        out,
        "pub const AREAS: [Area; {}] = [{}];\n",
        areas.len(),
        variants.join(", ")
    )
    .unwrap();
    let arm = |f: &dyn Fn(&AreaData) -> String| -> String {
        areas
            .iter()
            .map(|a| format!("            Area::{} => {},\n", camel(&a.id), f(a)))
            .collect()
    };
    writeln!(out, "impl Area {{").unwrap();
    writeln!(out, "    pub const fn id(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n", arm(&|a| q(&a.id))).unwrap();
    writeln!(out, "    /// (Vietnamese, English) name of the area.").unwrap();
    writeln!(out, "    pub const fn names(self) -> (&'static str, &'static str) {{\n        match self {{\n{}        }}\n    }}\n", arm(&|a| format!("({}, {})", q(&a.name_vi), q(&a.name_en)))).unwrap();
    writeln!(out, "    /// The levels a requirement can name, lowest first. Holding a level meets every level before it.").unwrap();
    writeln!(out, "    pub const fn scale(self) -> &'static [&'static str] {{\n        match self {{\n{}        }}\n    }}\n", arm(&|a| list(a.levels.iter().map(|l| q(&l.id))))).unwrap();
    writeln!(
        out,
        "    /// (Vietnamese, English, short Vietnamese) names of the levels, in scale order."
    )
    .unwrap();
    writeln!(out, "    pub const fn level_names(self) -> &'static [(&'static str, &'static str, &'static str)] {{\n        match self {{\n{}        }}\n    }}\n", arm(&|a| list(a.levels.iter().map(|l| format!("({}, {}, {})", q(&l.vi), q(&l.en), q(l.short.as_deref().unwrap_or(&l.vi))))))).unwrap();
    writeln!(out, "    /// The values the contract accepts for the area: levels, or credentials counted through an").unwrap();
    writeln!(out, "    /// equivalence of the catalogue.").unwrap();
    writeln!(out, "    pub const fn inputs(self) -> &'static [&'static str] {{\n        match self {{\n{}        }}\n    }}", arm(&|a| match &a.inputs {
        Some(i) => list(i.iter().map(|s| q(s))),
        None => list(a.levels.iter().map(|l| q(&l.id))),
    })).unwrap();
    writeln!(out, "}}").unwrap();
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("scales.rs");
    fs::write(dest, out).unwrap();
}
