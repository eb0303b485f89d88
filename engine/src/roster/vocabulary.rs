//! Reads `engine/roster-vocabulary.toml` (compiled in): how offices write headings and cells.
//! A small reader of the TOML the file uses (`[section]` or `[a.b]`, `"key" = "text"` or
//! `key = ["text", …]`, arrays over several lines, `#` comments), so the widget's wasm carries
//! no TOML parser; a test checks the `toml` crate reads the file the same way.

use std::collections::BTreeMap;

pub const SOURCE: &str = include_str!("../../roster-vocabulary.toml");

/// A value of the file: one text or a list of texts.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

impl Value {
    /// The texts, one or several.
    pub fn texts(&self) -> &[String] {
        match self {
            Value::Text(t) => std::slice::from_ref(t),
            Value::List(l) => l,
        }
    }
}

/// Section name ("values.sex") → its keys and values, in the file's order.
pub type Sections = BTreeMap<String, Vec<(String, Value)>>;

/// Reads one quoted string starting at `s[0] == '"'`; returns it and the rest.
fn quoted(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}

/// Parses the file; an error names the line.
pub fn parse(text: &str) -> Result<Sections, String> {
    let mut out = Sections::new();
    let mut section = String::new();
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || {
            format!(
                "roster-vocabulary.toml line {}: cannot read `{line}`",
                n + 1
            )
        };
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
            out.entry(section.clone()).or_default();
            continue;
        }
        let (key, rest) = if line.starts_with('"') {
            quoted(line).ok_or_else(bad)?
        } else {
            let end = line.find([' ', '=']).ok_or_else(bad)?;
            (line[..end].to_string(), &line[end..])
        };
        let mut rest = rest
            .trim_start()
            .strip_prefix('=')
            .ok_or_else(bad)?
            .trim()
            .to_string();
        let value = if rest.starts_with('[') {
            // An array, perhaps over several lines.
            while !rest.trim_end().ends_with(']') {
                let (_, more) = lines.next().ok_or_else(bad)?;
                rest.push(' ');
                rest.push_str(more.trim());
            }
            let mut items = Vec::new();
            let mut s = rest[1..].trim_start();
            while !s.starts_with(']') {
                let (item, after) = quoted(s).ok_or_else(bad)?;
                items.push(item);
                s = after.trim_start();
                s = s.strip_prefix(',').unwrap_or(s).trim_start();
            }
            Value::List(items)
        } else {
            let (t, after) = quoted(&rest).ok_or_else(bad)?;
            if !after.trim().is_empty() && !after.trim().starts_with('#') {
                return Err(bad());
            }
            Value::Text(t)
        };
        out.entry(section.clone()).or_default().push((key, value));
    }
    Ok(out)
}

/// The compiled-in file, parsed. The file is checked by a test, so it always parses.
pub fn sections() -> Sections {
    parse(SOURCE).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The small reader and the `toml` crate read the file the same way.
    #[test]
    fn the_toml_crate_reads_the_file_the_same_way() {
        let ours = parse(SOURCE).expect("the vocabulary parses");
        let theirs: toml::Table = toml::from_str(SOURCE).expect("valid TOML");
        let mut flat = Sections::new();
        fn walk(prefix: &str, t: &toml::Table, flat: &mut Sections) {
            for (k, v) in t {
                match v {
                    toml::Value::Table(sub) => {
                        let name = if prefix.is_empty() {
                            k.clone()
                        } else {
                            format!("{prefix}.{k}")
                        };
                        flat.entry(name.clone()).or_default();
                        walk(&name, sub, flat);
                    }
                    toml::Value::String(s) => flat
                        .entry(prefix.to_string())
                        .or_default()
                        .push((k.clone(), Value::Text(s.clone()))),
                    toml::Value::Array(a) => flat.entry(prefix.to_string()).or_default().push((
                        k.clone(),
                        Value::List(
                            a.iter()
                                .map(|x| x.as_str().expect("strings").to_string())
                                .collect(),
                        ),
                    )),
                    other => panic!("unexpected value {other:?}"),
                }
            }
        }
        walk("", &theirs, &mut flat);
        // `toml` sorts keys; compare as sets per section.
        let sorted = |s: &Sections| -> Vec<(String, Vec<(String, Value)>)> {
            s.iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| {
                    let mut v = v.clone();
                    v.sort_by(|a, b| a.0.cmp(&b.0));
                    (k.clone(), v)
                })
                .collect()
        };
        assert_eq!(sorted(&ours), sorted(&flat));
    }

    #[test]
    fn the_reader_takes_escapes_and_comments() {
        let s =
            parse("# c\n[a.b]\n\"x \\\"y\\\"\" = \"z\" # note\nk = [\"1\",\n \"2\"]\n").unwrap();
        assert_eq!(
            s["a.b"],
            vec![
                ("x \"y\"".to_string(), Value::Text("z".into())),
                ("k".to_string(), Value::List(vec!["1".into(), "2".into()])),
            ]
        );
        assert!(parse("[a]\nk = oops\n").is_err());
    }
}
