//! One reader for every roster file, on its raw bytes: CSV (UTF-8 with or without BOM, UTF-16,
//! comma, semicolon or tab) and .xlsx (Excel, LibreOffice, WPS: shared and inline strings, dates
//! stored as numbers, several sheets). Recognised by content, not by name. Rows are streamed one
//! at a time into one reused record, with their numbers as a spreadsheet shows them.

mod base;
mod csv;
mod xlsx;

use crate::profile::InputError;
pub use base::{file_error, Record, Visit};
use std::ops::ControlFlow;

/// An opened roster file.
pub enum Book<'a> {
    Csv(csv::Text<'a>),
    Xlsx(Box<xlsx::Workbook<'a>>),
}

impl<'a> Book<'a> {
    /// Recognises the file and opens it; an error says, in both languages, why it is not one.
    pub fn open(bytes: &'a [u8]) -> Result<Book<'a>, InputError> {
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(file_error("tệp trống", "the file is empty"));
        }
        if bytes.starts_with(b"PK\x03\x04") {
            return Ok(Book::Xlsx(Box::new(xlsx::Workbook::open(bytes)?)));
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Err(file_error(
                "đây là tệp Excel đời cũ (.xls); hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8",
                "this is an old Excel file (.xls); save it as .xlsx or CSV UTF-8",
            ));
        }
        Ok(Book::Csv(csv::Text::open(bytes)?))
    }

    /// The readings to choose from: the sheets of a workbook, or the separators a CSV file may
    /// use (`,`, `;`, tab), of which the one that finds the headings is taken.
    pub fn readings(&self) -> usize {
        match self {
            Book::Csv(_) => csv::SEPARATORS.len(),
            Book::Xlsx(w) => w.sheets.len(),
        }
    }

    /// The sheets' names (none for CSV).
    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Csv(_) => Vec::new(),
            Book::Xlsx(w) => w.sheets.iter().map(|s| s.name.clone()).collect(),
        }
    }

    /// Reads the rows of one reading (sheet or separator).
    pub fn rows(&mut self, reading: usize, visit: &mut Visit) -> Result<(), InputError> {
        match self {
            Book::Csv(t) => t.rows(reading, visit),
            Book::Xlsx(w) => w.rows(reading, visit),
        }
    }
}

/// Every row of the first reading whose first rows hold text, as text cells (for tests and
/// small files; the roster itself is streamed).
pub fn all_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, InputError> {
    let mut book = Book::open(bytes)?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    book.rows(0, &mut |n, r, _| {
        rows.resize(n.saturating_sub(1), Vec::new());
        rows.push(r.iter().map(str::to_string).collect());
        ControlFlow::Continue(())
    })?;
    Ok(rows)
}
