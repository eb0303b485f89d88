//! Shared by the test files: the source excerpts (rules/sources/*.toml), which build.rs checks
//! but does not compile into the library.

use cbcc_engine::schema::{SourceDoc, Sources};

pub fn sources() -> Sources {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/sources");
    let mut out = Sources::new();
    for entry in std::fs::read_dir(&dir).expect("rules/sources exists") {
        let path = entry.expect("a readable entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            let doc: SourceDoc =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            out.insert(name, doc);
        }
    }
    out
}
