//! A roster (one official a row, CSV or .xlsx, as an office keeps it) in, a summary for its
//! reviewers out: the commune's Party committee and office, the provincial Sở Nội vụ.
//!
//! `read` opens the file and streams its rows; `headings` finds the heading row and what each
//! heading means; `row` reads the cells into a contract profile (`cells`, through the
//! `lexicon` made from `roster-vocabulary.toml`); the engine's lean path (`assess::decide`)
//! gives the verdicts; `summary` counts them. A bad row is reported with its row number, the
//! column and the value, and skipped; it never stops the others. Nothing here imports `mod.rs`.

mod cells;
pub mod field;
mod hashing;
pub mod headings;
mod lexicon;
pub mod read;
mod row;
pub mod summary;
pub mod template;
mod text;
mod vocabulary;

pub use cells::date as read_date;
pub use field::{Field, FIELDS};
pub use headings::Override;
pub use summary::{Column, Group, RowError, StatusCounts, Summary, TargetResult, Unread};

use crate::assess::{decide, Verdicts};
use crate::date::Date;
use crate::profile::{InputError, Profile};
use crate::province::Province;
use headings::{column_letter, score, Headings};
use read::{Book, Record};
use row::RowReader;
use std::ops::ControlFlow;
use summary::{Tally, Trainings};

/// The contract's roster columns (any may be left out; `post` is needed to assess anyone).
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
pub const OPTIONAL_COLUMNS: [&str; 8] = [
    "regime",
    "as_of",
    "commune",
    "sex",
    "birth_date",
    "ethnic_minority",
    "extremely_difficult_area",
    "leadership_since",
];

/// The heading row is looked for among the first rows (a title may sit above it).
const HEADING_SEARCH: usize = 30;

/// A reviewer's choices: which sheet of a workbook, and corrected meanings of columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub sheet: Option<usize>,
    pub overrides: Vec<Override>,
}

/// One assessed row, for per-person tables.
pub struct Row<'r> {
    /// Its number in the file, as a spreadsheet shows it.
    pub row: usize,
    pub name: &'r str,
    pub commune: &'r str,
    pub profile: &'r Profile,
    pub verdicts: &'r Verdicts<'r>,
    /// The trainings needed (bit `i`: the catalogue's training `i`).
    pub trainings: Trainings,
}

/// Reading so far: rows handled, and the share of the file read (0 to 1).
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    pub rows: usize,
    pub fraction: f64,
}

fn empty_roster() -> InputError {
    InputError::new("(roster)", "", "danh sách trống", "the roster is empty")
}

fn no_post_column() -> InputError {
    InputError::new(
        "(header)",
        "post",
        "thiếu cột trong dòng tiêu đề của danh sách: cần cột Chức vụ (hoặc Chức danh, post)",
        "columns missing from the roster's header row: a Chức vụ (post) column is needed",
    )
}

/// Which reading (sheet, or CSV separator) holds the roster: the one whose heading row names
/// the post and the most fields. Ties go to the first.
fn choose_reading(book: &mut Book) -> Result<usize, InputError> {
    let mut best = (0, (false, 0));
    for r in 0..book.readings() {
        let mut seen = 0;
        let mut top = (false, 0);
        book.rows(r, &mut |_, rec, _| {
            let cells: Vec<&str> = rec.iter().collect();
            top = top.max(score(&cells));
            seen += 1;
            if seen >= HEADING_SEARCH {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })?;
        if top > best.1 {
            best = (r, top);
        }
    }
    Ok(best.0)
}

fn is_blank(r: &Record) -> bool {
    r.iter().all(|c| c.trim().is_empty())
}

/// A row of column numbers under the headings ("(1)", "(2)"… or "1", "2"…), as official forms have.
fn is_numbering(r: &Record) -> bool {
    r.iter().map(str::trim).filter(|c| !c.is_empty()).all(|c| {
        let c = c.trim_start_matches('(').trim_end_matches(')');
        !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit())
    })
}

/// One file being assessed.
struct Run<'a> {
    today: Date,
    province: Option<&'a Province>,
    overrides: &'a [Override],
    tally: Tally,
    reader: Option<RowReader>,
    /// The first rows, kept until the heading row is known.
    first: Vec<(usize, Record)>,
    after_heading: bool,
    each: &'a mut dyn FnMut(&Row),
}

impl Run<'_> {
    /// Picks the heading row among the first rows and assesses the rows kept after it; false
    /// when no row names the post.
    fn start(&mut self) -> bool {
        let best = self
            .first
            .iter()
            .enumerate()
            .map(|(i, (_, r))| (score(&r.iter().collect::<Vec<_>>()), std::cmp::Reverse(i)))
            .max()
            .map(|(_, std::cmp::Reverse(i))| i);
        let Some(best) = best else {
            return false;
        };
        let (n, rec) = &self.first[best];
        let cells: Vec<&str> = rec.iter().collect();
        let h = Headings::new(*n, &cells, self.overrides);
        if !h.has(field::Field::Post) {
            return false;
        }
        self.reader = Some(RowReader::new(h, self.today));
        let rest: Vec<(usize, Record)> = self.first.drain(..).skip(best + 1).collect();
        for (n, rec) in rest {
            self.data(n, &rec);
        }
        true
    }

    fn data(&mut self, n: usize, rec: &Record) {
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        // Blank rows, and the rows of a form numbered but not filled in, are not officials.
        if is_blank(rec) || reader.is_empty_row(rec) {
            return;
        }
        if std::mem::take(&mut self.after_heading) && is_numbering(rec) {
            return;
        }
        let (today, province) = (self.today, self.province);
        let result = reader.read(rec, n).and_then(|()| {
            decide(&reader.profile, today, province).map_err(|e| reader.column_error(e, rec, n))
        });
        match result {
            Ok(v) => {
                let trainings = self.tally.add(&v, &reader.commune);
                (self.each)(&Row {
                    row: n,
                    name: &reader.name,
                    commune: &reader.commune,
                    profile: &reader.profile,
                    verdicts: &v,
                    trainings,
                });
            }
            Err(e) => self.tally.errors.push(RowError {
                row: n,
                message: e.to_string(),
            }),
        }
    }
}

/// Assesses a roster file (.xlsx or CSV, recognised by content) with a reviewer's choices,
/// reporting progress every few thousand rows and calling `each` with every assessed row.
pub fn assess_file_with(
    bytes: &[u8],
    today: Date,
    province: Option<&Province>,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
    each: &mut dyn FnMut(&Row),
) -> Result<Summary, InputError> {
    let mut book = Book::open(bytes)?;
    let reading = match (options.sheet, &book) {
        (Some(s), Book::Xlsx(_)) if s < book.readings() => s,
        _ => choose_reading(&mut book)?,
    };
    let mut run = Run {
        today,
        province,
        overrides: &options.overrides,
        tally: Tally::new(province),
        reader: None,
        first: Vec::new(),
        after_heading: true,
        each,
    };
    let mut handled = 0usize;
    let mut no_post = false;
    book.rows(reading, &mut |n, rec, fraction| {
        handled += 1;
        if handled.is_multiple_of(4096) {
            progress(Progress {
                rows: handled,
                fraction,
            });
        }
        if run.reader.is_some() {
            run.data(n, rec);
        } else if !is_blank(rec) {
            run.first.push((n, rec.clone()));
            if run.first.len() == HEADING_SEARCH && !run.start() {
                no_post = true;
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    })?;
    if no_post {
        return Err(no_post_column());
    }
    if run.reader.is_none() {
        if run.first.is_empty() {
            return Err(empty_roster());
        }
        if !run.start() {
            return Err(no_post_column());
        }
    }
    let Some(reader) = run.reader else {
        return Err(empty_roster());
    };
    let mut s = run.tally.summary();
    s.header_row = reader.headings.row;
    let names = book.sheet_names();
    s.sheet = names.get(reading).cloned();
    s.sheets = names;
    s.columns = columns(reader);
    Ok(s)
}

/// The heading row a file would be read with (the row that looks most like one, even when it
/// names no post), as a summary with no one in it: what a reviewer needs to point at the post
/// column of a file whose headings were not understood.
pub fn headings_only(bytes: &[u8], today: Date, options: &Options) -> Result<Summary, InputError> {
    let mut book = Book::open(bytes)?;
    let reading = match (options.sheet, &book) {
        (Some(s), Book::Xlsx(_)) if s < book.readings() => s,
        _ => choose_reading(&mut book)?,
    };
    let mut best: Option<((bool, usize), usize, Vec<String>)> = None;
    let mut seen = 0;
    book.rows(reading, &mut |n, rec, _| {
        if !is_blank(rec) {
            let cells: Vec<&str> = rec.iter().collect();
            let s = score(&cells);
            if best.as_ref().is_none_or(|(b, _, _)| s > *b) {
                best = Some((s, n, cells.iter().map(|c| c.to_string()).collect()));
            }
            seen += 1;
        }
        if seen >= HEADING_SEARCH {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })?;
    let (_, row, cells) = best.ok_or_else(empty_roster)?;
    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
    let reader = RowReader::new(Headings::new(row, &cells, &options.overrides), today);
    let names = book.sheet_names();
    Ok(Summary {
        header_row: row,
        sheet: names.get(reading).cloned(),
        sheets: names,
        columns: columns(reader),
        ..Summary::default()
    })
}

/// How each heading was understood, and what its column gave.
fn columns(reader: RowReader) -> Vec<Column> {
    let h = reader.headings;
    h.fields
        .iter()
        .zip(reader.tallies)
        .enumerate()
        .filter(|(i, (f, t))| f.is_some() || !h.texts[*i].is_empty() || t.read > 0)
        .map(|(i, (f, t))| {
            let mut unread: Vec<Unread> = t
                .unread
                .into_iter()
                .map(|(value, rows, first_row)| Unread {
                    value,
                    rows,
                    first_row,
                })
                .collect();
            unread.sort_by(|a, b| b.rows.cmp(&a.rows).then(a.first_row.cmp(&b.first_row)));
            Column {
                column: column_letter(i),
                heading: h.texts[i].clone(),
                field: f.map_or("ignored", |f| f.id()).to_string(),
                corrected: h.corrected[i],
                read: t.read,
                unread,
            }
        })
        .collect()
}

/// Assesses a roster file (.xlsx or CSV), calling `each` with every assessed row.
pub fn assess_file(
    bytes: &[u8],
    today: Date,
    province: Option<&Province>,
    mut each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    assess_file_with(
        bytes,
        today,
        province,
        &Options::default(),
        &mut |_| {},
        &mut each,
    )
}

/// Assesses roster text (CSV), calling `each` with every assessed row.
pub fn assess_roster(
    text: &str,
    today: Date,
    each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    assess_file(text.as_bytes(), today, None, each)
}

/// Like `assess_roster`, with a province's standards layered on the national ones.
pub fn assess_roster_with(
    text: &str,
    today: Date,
    province: Option<&Province>,
    each: impl FnMut(&Row),
) -> Result<Summary, InputError> {
    assess_file(text.as_bytes(), today, province, each)
}

/// The rows of a roster file as text cells (the first sheet of a workbook), for tests and tools.
pub fn rows_from_file(bytes: &[u8]) -> Result<Vec<Vec<String>>, InputError> {
    read::all_rows(bytes)
}
