//! The vocabulary made ready for lookups, once: the tables of `roster-vocabulary.toml`, the
//! contract's ids, and the names the rule data gives to levels and posts.

use super::field::{Field, Kind, FIELDS};
use super::text::Forms;
use super::vocabulary::{sections, Value};
use crate::rules::rule_set;
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct Lexicon {
    pub headings: Forms<Field>,
    /// Per level field (and `boolean`): written form → the contract's value.
    pub values: HashMap<&'static str, Forms<&'static str>>,
    pub leading: HashMap<&'static str, Vec<String>>,
    /// Post → its ids, most likely first.
    pub posts: Forms<&'static [String]>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// A `&'static str` for a value of the file (leaked once: the lexicon lives for the program).
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(build)
}

fn build() -> Lexicon {
    let s = sections();
    let section = |name: &str| s.get(name).map(Vec::as_slice).unwrap_or(&[]);
    let abbreviations: &'static [(String, String)] = Box::leak(
        section("abbreviations")
            .iter()
            .filter_map(|(k, v)| match v {
                Value::Text(t) => Some((k.clone(), t.clone())),
                Value::List(_) => None,
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let mut headings = Forms::new(abbreviations);
    for f in FIELDS {
        headings.add(&format!("={}", f.id()), f);
    }
    for (field, forms) in section("headings") {
        if let Some(f) = Field::from_id(field) {
            for form in forms.texts() {
                headings.add(form, f);
            }
        }
    }
    let mut values = HashMap::new();
    let kinds = FIELDS
        .iter()
        .filter(|f| f.kind() == Kind::Level)
        .map(|f| (f.id(), *f))
        .chain([("boolean", Field::DifficultArea)]);
    for (key, field) in kinds {
        let mut forms = Forms::new(abbreviations);
        for v in field.values() {
            forms.add(&format!("={}", v.replace('_', " ")), *v);
        }
        if let Some(area) = field.area() {
            for v in field.values() {
                let (vi, en) = crate::labels::level(area, v);
                forms.add_default(vi, *v);
                forms.add_default(en, *v);
            }
        }
        for (form, v) in section(&format!("values.{key}")) {
            if let Value::Text(v) = v {
                forms.add(form, leak(v));
            }
        }
        values.insert(key, forms);
    }
    let leading = section("leading_words")
        .iter()
        .map(|(k, v)| (leak(k), v.texts().to_vec()))
        .collect();
    let mut posts: Forms<&'static [String]> = Forms::new(abbreviations);
    for (form, ids) in section("posts") {
        posts.add(form, Box::leak(ids.texts().to_vec().into_boxed_slice()));
    }
    for reg in rule_set().regimes.iter() {
        for p in reg.posts.iter() {
            let ids: &'static [String] = Box::leak(vec![p.id.to_string()].into_boxed_slice());
            posts.add_default(&format!("={}", p.id.replace('_', " ")), ids);
            posts.add_default(&p.name_vi, ids);
            posts.add_default(&p.name_en, ids);
            if let Some(u) = &p.urban_name_vi {
                posts.add_default(u, ids);
            }
        }
    }
    Lexicon {
        headings,
        values,
        leading,
        posts,
    }
}

impl Lexicon {
    /// The field a heading names, if any.
    pub fn heading(&self, heading: &str) -> Option<Field> {
        self.headings.find(&self.headings.fold(heading)).copied()
    }

    /// The contract's value of a level cell (`key`: the field's id, or `boolean`).
    pub fn value(&self, key: &str, cell: &str) -> Option<&'static str> {
        let forms = self.values.get(key)?;
        let leading = self.leading.get(key).map(Vec::as_slice).unwrap_or(&[]);
        forms.find_after(&forms.fold(cell), leading).copied()
    }

    /// The post ids a post cell may mean, most likely first.
    pub fn post(&self, cell: &str) -> Option<&'static [String]> {
        let leading = self.leading.get("post").map(Vec::as_slice).unwrap_or(&[]);
        self.posts
            .find_after(&self.posts.fold(cell), leading)
            .copied()
    }
}
