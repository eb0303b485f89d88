//! The law's words: `rules/sources/<file>.toml`, checked by the build, not compiled in.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// How a source was read (`reading` in `rules/sources/*.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// The document's own text (a transcription in a public repository).
    FullText,
    /// The document's words quoted in another page (a Q&A page, a later document).
    Quoted,
    /// Only a summary in the press: not the law's own words.
    Summary,
}

/// One quoted passage of a source document.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Excerpt {
    pub id: String,
    pub article: String,
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub lines: Option<String>,
    /// Where this passage was read, when not the document's `read_at`.
    #[serde(default)]
    pub read_at: Option<String>,
    #[serde(default)]
    pub reading: Option<Reading>,
    /// How this passage was read, when it differs from the document's note.
    #[serde(default)]
    pub note: Option<String>,
    pub quote: String,
}

/// A document's quoted words, `rules/sources/<file>.toml`: checked by the build, not compiled in.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDoc {
    pub document: String,
    pub title: String,
    #[serde(default)]
    pub issued: Option<Date>,
    #[serde(default)]
    pub in_force: Option<Date>,
    pub reading: Reading,
    /// `github:owner/repo@commit:path` or a page address.
    pub read_at: String,
    pub read_on: Date,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(rename = "excerpt")]
    pub excerpts: Vec<Excerpt>,
}

/// Every source file by its name without `.toml`.
pub type Sources = std::collections::BTreeMap<String, SourceDoc>;

/// The excerpt `file#id` names, if any.
pub fn find_excerpt<'a>(
    sources: &'a Sources,
    reference: &str,
) -> Option<(&'a SourceDoc, &'a Excerpt)> {
    let (file, id) = reference.split_once('#')?;
    let doc = sources.get(file)?;
    doc.excerpts.iter().find(|e| e.id == id).map(|e| (doc, e))
}
