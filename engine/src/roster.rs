//! A roster (CSV, one official a row) in, a summary for its reviewers out: the commune's Party
//! committee and office, the provincial Sở Nội vụ.
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
pub const OPTIONAL_COLUMNS: [&str; 7] = [
    "regime",
    "as_of",
    "commune",
    "sex",
    "birth_date",
    "ethnic_minority",
    "extremely_difficult_area",
];

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
    csv_rows(text).collect()
}

/// The rows of CSV text one at a time, as `parse_csv` splits them (a national roster need not
/// be held in memory as cells all at once).
pub fn csv_rows(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
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
                    row.push(cell);
                    return Some(row);
                }
                (false, c) => cell.push(c),
            }
        }
        (!cell.is_empty() || !row.is_empty()).then(|| {
            row.push(cell);
            row
        })
    })
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
            "post",
            "unit",
            "general_education",
            "political_theory",
            "sex",
        ] {
            text(&mut m, col, col);
        }
        for col in ["state_management", "defence_security"] {
            text(&mut m, col, col);
        }
        for col in ["as_of", "in_post_since", "birth_date"] {
            let v = self.cell(row, col);
            if !v.is_empty() {
                m.insert(col.to_string(), Value::String(normalise_date(v)));
            }
        }
        for col in [
            "difficult_area",
            "ethnic_language",
            "ethnic_minority",
            "extremely_difficult_area",
        ] {
            if let Some(b) = self.boolean(row, col)? {
                m.insert(col.to_string(), Value::Bool(b));
            }
        }
        let age = self.cell(row, "age");
        if !age.is_empty() {
            // Spreadsheets may write 45 as "45.0".
            let n = age
                .strip_suffix(".0")
                .unwrap_or(age)
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
                    c.insert("issued".into(), Value::String(normalise_date(d)));
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

/// Dates as offices write them: 2023-08-01, 01/08/2023 (day first), 1-8-2023, 01.08.2023, or an
/// Excel serial day number such as 45139. Anything else is passed on for the error message.
pub fn normalise_date(cell: &str) -> String {
    let cell = cell.trim();
    let parts: Vec<&str> = cell.split(['/', '-', '.']).collect();
    if let [d, m, y] = parts[..] {
        if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
            if let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) {
                return format!("{y:04}-{m:02}-{d:02}");
            }
        }
    }
    let serial = cell.split('.').next().unwrap_or("");
    if (1..=6).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_digit())
        && !cell.contains(['/', '-'])
    {
        if let Ok(n) = serial.parse::<i64>() {
            // Excel day 25569 is 1970-01-01 (the 1900 date system, after its leap-year bug).
            if (61..=2_958_465).contains(&n) {
                return Date::from_days_since_epoch(n - 25_569).to_string();
            }
        }
    }
    cell.to_string()
}

/// The rows of a roster file: .xlsx (recognised by its content, not its name) or CSV text in
/// UTF-8 (with or without BOM) or UTF-16 with BOM. Other files get a clear message.
pub fn rows_from_file(bytes: &[u8]) -> Result<Vec<Vec<String>>, InputError> {
    let file_err = |vi: &str, en: &str| InputError::new("(tệp)", "", vi, en);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_err("tệp trống", "the file is empty"));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return crate::xlsx::read_first_sheet(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(file_err(
            "đây là tệp Excel đời cũ (.xls); hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8",
            "this is an old Excel file (.xls); save it as .xlsx or CSV UTF-8",
        ));
    }
    // Common files that are plainly not rosters: PDF, images, other archives, anything with NULs
    // near the start (UTF-16 text is recognised by its byte-order mark).
    let head = &bytes[..bytes.len().min(4096)];
    let utf16_bom = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if bytes.starts_with(b"%PDF")
        || bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || (!utf16_bom && head.contains(&0))
    {
        return Err(file_err(
            "tệp không phải CSV hay .xlsx",
            "the file is neither CSV nor .xlsx",
        ));
    }
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if be {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    let text = if bytes.starts_with(&[0xFF, 0xFE]) {
        utf16(false)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        utf16(true)
    } else {
        std::str::from_utf8(bytes).ok().map(str::to_string)
    };
    let text = text.ok_or_else(|| {
        file_err(
            "tệp không phải văn bản UTF-8 (có thể đang ở bảng mã cũ như TCVN3 hoặc Windows-1258); hãy lưu lại dưới dạng CSV UTF-8",
            "the file is not UTF-8 text (perhaps an old Vietnamese encoding); save it as CSV UTF-8",
        )
    })?;
    if text.contains('\0') {
        return Err(file_err(
            "tệp không phải CSV hay .xlsx",
            "the file is neither CSV nor .xlsx",
        ));
    }
    Ok(parse_csv(&text))
}

/// Assesses a roster file (.xlsx or CSV), as `assess_rows`.
pub fn assess_file(
    bytes: &[u8],
    today: Date,
    province: Option<&Province>,
    each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    assess_rows(&rows_from_file(bytes)?, today, province, each)
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
    let mut rows = csv_rows(text).enumerate().filter(|(_, r)| !is_blank(r));
    let Some((_, header)) = rows.next() else {
        return Err(empty_roster());
    };
    let mut run = RosterRun {
        header: Header::parse(&header)?,
        next: 0,
        summary: Summary::new(),
    };
    for (i, cells) in rows {
        run.assess_row(i + 1, &cells, today, province, &mut each);
    }
    Ok(run.summary)
}

fn is_blank(cells: &[String]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

fn empty_roster() -> InputError {
    InputError::new("(roster)", "", "danh sách trống", "the roster is empty")
}

/// Assesses rows whose first non-empty row is the header. A bad row is reported and skipped.
pub fn assess_rows(
    rows: &[Vec<String>],
    today: Date,
    province: Option<&Province>,
    each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    let mut run = RosterRun::start(rows)?;
    run.step(rows, usize::MAX, today, province, each);
    Ok(run.summary)
}

/// A roster assessed a chunk at a time, so a browser can show progress and stay responsive.
pub struct RosterRun {
    header: Header,
    next: usize,
    pub summary: Summary,
}

impl RosterRun {
    /// Reads the header (the first non-empty row) of `rows`.
    pub fn start(rows: &[Vec<String>]) -> Result<RosterRun, InputError> {
        let Some(first) = rows.iter().position(|r| !is_blank(r)) else {
            return Err(empty_roster());
        };
        Ok(RosterRun {
            header: Header::parse(&rows[first])?,
            next: first + 1,
            summary: Summary::new(),
        })
    }

    /// Assesses up to `max` more rows; returns true when every row is done.
    pub fn step(
        &mut self,
        rows: &[Vec<String>],
        max: usize,
        today: Date,
        province: Option<&Province>,
        mut each: impl FnMut(&Row),
    ) -> bool {
        let end = self.next.saturating_add(max).min(rows.len());
        for (i, cells) in rows.iter().enumerate().take(end).skip(self.next) {
            if !is_blank(cells) {
                self.assess_row(i + 1, cells, today, province, &mut each);
            }
        }
        self.next = end;
        end >= rows.len()
    }

    /// Assesses one row (`row`: its number in the file, the header being row 1); a bad row is
    /// recorded with its number and skipped.
    fn assess_row(
        &mut self,
        row: usize,
        cells: &[String],
        today: Date,
        province: Option<&Province>,
        each: &mut impl FnMut(&Row),
    ) {
        match self
            .header
            .profile(cells)
            .and_then(|p| assess_with(&p, today, province))
        {
            Ok(report) => {
                let (name, commune) = self.header.name_and_commune(cells);
                let r = Row {
                    row,
                    name,
                    commune,
                    report,
                };
                self.summary.add(&r);
                each(&r);
            }
            Err(e) => self.summary.errors.push(RowError {
                row,
                message: e.to_string(),
            }),
        }
    }

    /// Rows handled so far (header included) — for a progress bar over `rows.len()`.
    pub fn position(&self) -> usize {
        self.next
    }
}
