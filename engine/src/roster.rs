//! A roster (CSV, one official a row) in, a summary for the district Home Affairs office out.
//! A bad row is reported with its row number and skipped; it never stops the others.

use crate::assess::{assess_with, Report, Status};
use crate::date::Date;
use crate::profile::{InputError, Profile};
use crate::province::Province;
use crate::schema::AREAS;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub const COLUMNS: [&str; 15] = [
    "name",
    "post",
    "unit",
    "difficult_area",
    "age",
    "general_education",
    "professional_level",
    "field_fits_post",
    "political_theory",
    "it_kind",
    "it_issued",
    "state_management",
    "defence_security",
    "ethnic_language",
    "in_post_since",
];
pub const OPTIONAL_COLUMNS: [&str; 3] = ["regime", "as_of", "commune"];

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct StatusCounts {
    pub met: usize,
    pub missing: usize,
    pub not_required: usize,
    pub advised: usize,
}

impl StatusCounts {
    fn add(&mut self, s: Status) {
        match s {
            Status::Met => self.met += 1,
            Status::Missing => self.missing += 1,
            Status::NotRequired => self.not_required += 1,
            Status::Advised => self.advised += 1,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Group {
    pub total: usize,
    pub meets_all: usize,
    pub trainings: BTreeMap<String, usize>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct RowError {
    pub row: usize,
    pub message: String,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Summary {
    pub total: usize,
    pub meets_all: usize,
    pub areas: BTreeMap<String, StatusCounts>,
    pub trainings: BTreeMap<String, usize>,
    /// Earliest deadline among the officials who need each training.
    pub training_deadlines: BTreeMap<String, Date>,
    pub by_post: BTreeMap<String, Group>,
    pub by_commune: BTreeMap<String, Group>,
    pub errors: Vec<RowError>,
}

/// One assessed row: its number in the file (the header is row 1), name, commune and report.
pub struct Row {
    pub row: usize,
    pub name: String,
    pub commune: String,
    pub report: Report,
}

impl Summary {
    pub fn add(&mut self, row: &Row) {
        let r = &row.report;
        self.total += 1;
        self.meets_all += usize::from(r.meets_all);
        for req in &r.requirements {
            self.areas
                .entry(req.area.id().to_string())
                .or_default()
                .add(req.status);
        }
        for t in &r.trainings {
            *self.trainings.entry(t.id.clone()).or_default() += 1;
            if let Some(d) = t.deadline {
                let e = self.training_deadlines.entry(t.id.clone()).or_insert(d);
                *e = (*e).min(d);
            }
        }
        let groups = [
            (&mut self.by_post, r.post.clone()),
            (&mut self.by_commune, row.commune.clone()),
        ];
        for (map, key) in groups {
            if key.is_empty() {
                continue;
            }
            let g = map.entry(key).or_default();
            g.total += 1;
            g.meets_all += usize::from(r.meets_all);
            for t in &r.trainings {
                *g.trainings.entry(t.id.clone()).or_default() += 1;
            }
        }
    }

    fn new() -> Summary {
        let mut s = Summary::default();
        for a in AREAS {
            s.areas.insert(a.id().to_string(), StatusCounts::default());
        }
        s
    }
}

/// Splits CSV text (RFC 4180: quotes, doubled quotes, CRLF; a UTF-8 BOM is skipped) into rows.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') | (false, '\r') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Reads the header; an error names the missing columns.
pub struct Header {
    index: BTreeMap<String, usize>,
}

impl Header {
    pub fn parse(cells: &[String]) -> Result<Header, InputError> {
        let index: BTreeMap<String, usize> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.trim().to_lowercase(), i))
            .collect();
        let missing: Vec<&str> = COLUMNS
            .iter()
            .copied()
            .filter(|c| !index.contains_key(*c))
            .collect();
        if !missing.is_empty() {
            return Err(InputError::new(
                "(header)",
                missing.join(", "),
                "thiếu cột trong dòng tiêu đề của danh sách",
                "columns missing from the roster's header row",
            ));
        }
        for c in index.keys() {
            if !COLUMNS.contains(&c.as_str()) && !OPTIONAL_COLUMNS.contains(&c.as_str()) {
                return Err(InputError::new(
                    "(header)",
                    c.clone(),
                    "cột không có trong hợp đồng dữ liệu",
                    "unknown column (not in the contract)",
                ));
            }
        }
        Ok(Header { index })
    }

    fn cell<'a>(&self, row: &'a [String], col: &str) -> &'a str {
        self.index
            .get(col)
            .and_then(|&i| row.get(i))
            .map(|s| s.trim())
            .unwrap_or("")
    }

    /// Turns one row into a profile, with the same checks and messages as the JSON input.
    pub fn profile(&self, row: &[String]) -> Result<Profile, InputError> {
        let mut m = Map::new();
        let text = |m: &mut Map<String, Value>, key: &str, col: &str| {
            let v = self.cell(row, col);
            if !v.is_empty() {
                m.insert(key.to_string(), Value::String(v.to_string()));
            }
        };
        for col in [
            "regime",
            "as_of",
            "post",
            "unit",
            "general_education",
            "political_theory",
        ] {
            text(&mut m, col, col);
        }
        for col in ["state_management", "defence_security", "in_post_since"] {
            text(&mut m, col, col);
        }
        for col in ["difficult_area", "ethnic_language"] {
            if let Some(b) = self.boolean(row, col)? {
                m.insert(col.to_string(), Value::Bool(b));
            }
        }
        let age = self.cell(row, "age");
        if !age.is_empty() {
            let n = age
                .parse::<u64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::String(age.to_string()));
            m.insert("age".into(), n);
        }
        let mut prof = Map::new();
        let level = self.cell(row, "professional_level");
        if !level.is_empty() {
            prof.insert("level".into(), Value::String(level.to_string()));
        }
        if let Some(b) = self.boolean(row, "field_fits_post")? {
            prof.insert("field_fits_post".into(), Value::Bool(b));
        }
        m.insert("professional".into(), Value::Object(prof));
        // Several certificates: kinds and dates separated by ';' in the same order.
        let kinds: Vec<&str> = self
            .cell(row, "it_kind")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let dates: Vec<&str> = self
            .cell(row, "it_issued")
            .split(';')
            .map(str::trim)
            .collect();
        let certs = kinds
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let mut c = Map::new();
                c.insert("kind".into(), Value::String(k.to_string()));
                if let Some(d) = dates.get(i).filter(|d| !d.is_empty()) {
                    c.insert("issued".into(), Value::String(d.to_string()));
                }
                Value::Object(c)
            })
            .collect();
        m.insert("it".into(), Value::Array(certs));
        Profile::from_value(&Value::Object(m))
    }

    fn boolean(&self, row: &[String], col: &str) -> Result<Option<bool>, InputError> {
        let v = self.cell(row, col);
        match v.to_lowercase().as_str() {
            "" => Ok(None),
            "true" | "1" | "x" | "có" | "co" | "yes" => Ok(Some(true)),
            "false" | "0" | "không" | "khong" | "no" => Ok(Some(false)),
            _ => Err(InputError::new(
                col,
                v,
                "phải là có/không (true/false, 1/0)",
                "must be yes/no (true/false, 1/0)",
            )),
        }
    }

    pub fn name_and_commune(&self, row: &[String]) -> (String, String) {
        (
            self.cell(row, "name").to_string(),
            self.cell(row, "commune").to_string(),
        )
    }
}

/// Assesses every row, calling `each` with the assessed rows (for per-person tables).
pub fn assess_roster(
    text: &str,
    today: Date,
    each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    assess_roster_with(text, today, None, each)
}

/// Like `assess_roster`, with a province's standards layered on the national ones.
pub fn assess_roster_with(
    text: &str,
    today: Date,
    province: Option<&Province>,
    mut each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    let rows = parse_csv(text);
    let mut iter = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()));
    let header = match iter.next() {
        Some((_, h)) => Header::parse(h)?,
        None => {
            return Err(InputError::new(
                "(roster)",
                "",
                "danh sách trống",
                "the roster is empty",
            ))
        }
    };
    let mut summary = Summary::new();
    for (i, cells) in iter {
        let row = i + 1;
        let result = header
            .profile(cells)
            .and_then(|p| assess_with(&p, today, province));
        match result {
            Ok(report) => {
                let (name, commune) = header.name_and_commune(cells);
                let r = Row {
                    row,
                    name,
                    commune,
                    report,
                };
                summary.add(&r);
                each(&r);
            }
            Err(e) => summary.errors.push(RowError {
                row,
                message: e.to_string(),
            }),
        }
    }
    Ok(summary)
}
