//! .xlsx workbooks as Excel, LibreOffice and WPS save them: a ZIP (the `zip` crate) of XML
//! parts (read with `quick-xml`, by local name, so prefixed parts such as `<x:row>` read too).
//! Shared strings (without their phonetic runs), inline strings, formula results, booleans, and
//! numbers; a number in a date format becomes an ISO date (1900 or 1904 date system). Each
//! sheet is streamed a row at a time; row numbers are the spreadsheet's own.

use super::base::{file_error, Record, Visit};
use crate::date::Date;
use crate::profile::InputError;
use quick_xml::events::{BytesStart, Event};
use std::borrow::Cow;
use std::io::{BufReader, Cursor, Read};
use std::ops::ControlFlow;

/// No part of a roster is larger (a guard against a "zip bomb").
const LIMIT: u64 = 1 << 30;

pub struct Sheet {
    pub name: String,
    path: String,
}

pub struct Workbook<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    pub sheets: Vec<Sheet>,
    cells: Cells,
}

/// What turns a cell's raw value into its text.
#[derive(Default)]
struct Cells {
    shared: Vec<String>,
    /// Per cell style (`s`): whether its number format shows a date.
    date_styles: Vec<bool>,
    date1904: bool,
}

fn damaged() -> InputError {
    file_error(
        "tệp .xlsx bị hỏng hoặc không đọc được",
        "the .xlsx file is damaged or unreadable",
    )
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Reads every event of a part: `f(event, depth-free)`.
fn each_event(xml: &[u8], mut f: impl FnMut(&Event)) -> Result<(), InputError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).map_err(|_| damaged())? {
            Event::Eof => return Ok(()),
            e => f(&e),
        }
        buf.clear();
    }
}

/// A cell's type (`t`): shared string, inline string or formula text or error (text), boolean,
/// ISO date, or number (the default).
#[derive(Clone, Copy, Debug, PartialEq)]
enum CellType {
    Shared,
    Text,
    Boolean,
    Date,
    Number,
}

impl CellType {
    fn of(t: &[u8]) -> CellType {
        match t {
            b"s" => CellType::Shared,
            b"inlineStr" | b"str" | b"e" => CellType::Text,
            b"b" => CellType::Boolean,
            b"d" => CellType::Date,
            _ => CellType::Number,
        }
    }
}

/// A whole number written in ASCII digits.
fn number(b: &[u8]) -> Option<usize> {
    std::str::from_utf8(b).ok()?.parse().ok()
}

fn column_of_bytes(r: &[u8]) -> Option<usize> {
    column_of(std::str::from_utf8(r).ok()?)
}

/// "BC12" → column 54 (0-based).
fn column_of(r: &str) -> Option<usize> {
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic);
    let mut n = 0usize;
    let mut any = false;
    for c in letters {
        n = n * 26 + (c.to_ascii_uppercase() - b'A' + 1) as usize;
        any = true;
        if n > 16_384 {
            return None;
        }
    }
    any.then(|| n - 1)
}

/// Whether a number format shows a date: Excel's built-in date formats, or a format code with
/// day or year letters outside quotes and brackets.
fn is_date_format(id: u32, code: Option<&str>) -> bool {
    if let Some(code) = code {
        let mut plain = String::new();
        let (mut quoted, mut bracket) = (false, false);
        for c in code.chars() {
            match c {
                '"' => quoted = !quoted,
                '[' => bracket = true,
                ']' => bracket = false,
                c if !quoted && !bracket => plain.push(c.to_ascii_lowercase()),
                _ => {}
            }
        }
        return plain.contains('d') || plain.contains('y');
    }
    matches!(id, 14..=17 | 22 | 27..=36 | 50..=58)
}

impl<'a> Workbook<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Workbook<'a>, InputError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| damaged())?;
        let mut wb = Workbook {
            zip,
            sheets: Vec::new(),
            cells: Cells::default(),
        };
        let Some(workbook) = wb.part("xl/workbook.xml")? else {
            if wb.part("content.xml")?.is_some() {
                return Err(file_error(
                    "đây là bảng tính .ods (LibreOffice); hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8",
                    "this is an .ods spreadsheet; save it as .xlsx or CSV UTF-8",
                ));
            }
            return Err(file_error(
                "tệp không phải bảng tính Excel (.xlsx)",
                "the file is not an Excel workbook (.xlsx)",
            ));
        };
        let mut listed: Vec<(String, String)> = Vec::new();
        each_event(&workbook, |e| {
            if let Event::Start(s) | Event::Empty(s) = e {
                match s.local_name().as_ref() {
                    b"sheet" => listed.push((
                        attr(s, b"name").unwrap_or_default(),
                        attr(s, b"id").unwrap_or_default(),
                    )),
                    b"workbookPr" => {
                        wb.cells.date1904 =
                            matches!(attr(s, b"date1904").as_deref(), Some("1" | "true"))
                    }
                    _ => {}
                }
            }
        })?;
        let rels = wb.part("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
        let mut targets: Vec<(String, String)> = Vec::new();
        each_event(&rels, |e| {
            if let Event::Start(s) | Event::Empty(s) = e {
                if s.local_name().as_ref() == b"Relationship" {
                    targets.push((
                        attr(s, b"Id").unwrap_or_default(),
                        attr(s, b"Target").unwrap_or_default(),
                    ));
                }
            }
        })?;
        for (i, (name, rid)) in listed.into_iter().enumerate() {
            let path = match targets.iter().find(|(id, _)| *id == rid) {
                Some((_, t)) if t.starts_with('/') => t.trim_start_matches('/').to_string(),
                Some((_, t)) => format!("xl/{}", t.trim_start_matches("./")),
                None => format!("xl/worksheets/sheet{}.xml", i + 1),
            };
            wb.sheets.push(Sheet { name, path });
        }
        if wb.sheets.is_empty() {
            return Err(file_error(
                "bảng tính không có trang tính nào",
                "the workbook has no worksheet",
            ));
        }
        wb.read_shared()?;
        wb.read_styles()?;
        Ok(wb)
    }

    /// The index of a part, matched without regard to case or a leading slash.
    fn index(&self, name: &str) -> Option<usize> {
        self.zip.index_for_name(name).or_else(|| {
            self.zip
                .file_names()
                .find(|n| n.trim_start_matches('/').eq_ignore_ascii_case(name))
                .and_then(|n| self.zip.index_for_name(n))
        })
    }

    fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, InputError> {
        let Some(i) = self.index(name) else {
            return Ok(None);
        };
        let file = self.zip.by_index(i).map_err(|_| damaged())?;
        let mut out = Vec::new();
        file.take(LIMIT)
            .read_to_end(&mut out)
            .map_err(|_| damaged())?;
        Ok(Some(out))
    }

    fn read_shared(&mut self) -> Result<(), InputError> {
        let Some(xml) = self.part("xl/sharedStrings.xml")? else {
            return Ok(());
        };
        let (mut cur, mut in_t, mut phonetic) = (String::new(), false, 0usize);
        let shared = &mut self.cells.shared;
        each_event(&xml, |e| match e {
            Event::Start(s) => match s.local_name().as_ref() {
                b"si" => cur.clear(),
                b"rPh" => phonetic += 1,
                b"t" => in_t = phonetic == 0,
                _ => {}
            },
            Event::Text(t) if in_t => cur.push_str(&t.unescape().unwrap_or_default()),
            Event::End(s) => match s.local_name().as_ref() {
                b"t" => in_t = false,
                b"rPh" => phonetic = phonetic.saturating_sub(1),
                b"si" => shared.push(std::mem::take(&mut cur)),
                _ => {}
            },
            Event::Empty(s) if s.local_name().as_ref() == b"si" => shared.push(String::new()),
            _ => {}
        })
    }

    fn read_styles(&mut self) -> Result<(), InputError> {
        let Some(xml) = self.part("xl/styles.xml")? else {
            return Ok(());
        };
        let mut formats: Vec<(u32, String)> = Vec::new();
        let mut xfs: Vec<u32> = Vec::new();
        let mut in_cell_xfs = false;
        each_event(&xml, |e| match e {
            Event::Start(s) | Event::Empty(s) => match s.local_name().as_ref() {
                b"numFmt" => formats.push((
                    attr(s, b"numFmtId")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0),
                    attr(s, b"formatCode").unwrap_or_default(),
                )),
                b"cellXfs" => in_cell_xfs = matches!(e, Event::Start(_)),
                b"xf" if in_cell_xfs => xfs.push(
                    attr(s, b"numFmtId")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0),
                ),
                _ => {}
            },
            Event::End(s) if s.local_name().as_ref() == b"cellXfs" => in_cell_xfs = false,
            _ => {}
        })?;
        self.cells.date_styles = xfs
            .into_iter()
            .map(|id| {
                let code = formats
                    .iter()
                    .find(|(i, _)| *i == id)
                    .map(|(_, c)| c.as_str());
                is_date_format(id, code)
            })
            .collect();
        Ok(())
    }

    pub fn rows(&mut self, sheet: usize, visit: &mut Visit) -> Result<(), InputError> {
        let path = self.sheets.get(sheet).ok_or_else(damaged)?.path.clone();
        let index = self.index(&path).ok_or_else(damaged)?;
        let cells = &self.cells;
        // The sheet is read as it is inflated, a row at a time.
        let file = self.zip.by_index(index).map_err(|_| damaged())?;
        let size = file.size().max(1) as f64;
        let mut reader = quick_xml::Reader::from_reader(BufReader::new(file.take(LIMIT)));
        let mut buf = Vec::new();
        let mut record = Record::new();
        let (mut row, mut col, mut target) = (0usize, 0usize, 0usize);
        let (mut t, mut style) = (CellType::Number, 0usize);
        let mut raw = String::new();
        // Inside <v> or an inline string's <t>; inside a phonetic run (skipped).
        let (mut capture, mut phonetic) = (false, 0usize);
        loop {
            let event = reader.read_event_into(&mut buf).map_err(|_| damaged())?;
            match &event {
                Event::Eof => return Ok(()),
                Event::Start(s) | Event::Empty(s) => {
                    let empty = matches!(event, Event::Empty(_));
                    match s.local_name().as_ref() {
                        b"row" => {
                            row = attr(s, b"r")
                                .and_then(|r| r.parse().ok())
                                .unwrap_or(row + 1);
                            record.clear();
                            col = 0;
                        }
                        b"c" => {
                            (target, t, style) = (col, CellType::Number, 0);
                            for a in s.attributes().with_checks(false).flatten() {
                                let v: &[u8] = &a.value;
                                match a.key.local_name().as_ref() {
                                    b"r" => target = column_of_bytes(v).unwrap_or(col),
                                    b"t" => t = CellType::of(v),
                                    b"s" => style = number(v).unwrap_or(0),
                                    _ => {}
                                }
                            }
                            raw.clear();
                            if empty {
                                col = target + 1;
                            }
                        }
                        b"rPh" if !empty => phonetic += 1,
                        b"v" | b"t" if !empty && phonetic == 0 => capture = true,
                        _ => {}
                    }
                }
                Event::Text(x) if capture => raw.push_str(&x.unescape().unwrap_or_default()),
                Event::CData(x) if capture => raw.push_str(&String::from_utf8_lossy(x)),
                Event::End(s) => match s.local_name().as_ref() {
                    b"v" | b"t" => capture = false,
                    b"rPh" => phonetic = phonetic.saturating_sub(1),
                    b"c" => {
                        while record.len() < target {
                            record.push_field("");
                        }
                        if record.len() == target {
                            record.push_field(&cells.text(t, style, &raw));
                        }
                        col = target + 1;
                    }
                    b"row" => {
                        let done = reader.buffer_position() as f64 / size;
                        if let ControlFlow::Break(()) = visit(row, &record, done.min(1.0)) {
                            return Ok(());
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
            buf.clear();
        }
    }
}

impl Cells {
    /// A day number of the workbook as an ISO date.
    fn serial_date(&self, v: &str) -> Option<String> {
        let days: f64 = v.trim().parse().ok()?;
        let days = days.floor() as i64 + if self.date1904 { 1462 } else { 0 };
        (61..=2_958_465)
            .contains(&days)
            .then(|| Date::from_days_since_epoch(days - 25_569).to_string())
    }

    /// The text of a cell from its type (`t`), style (`s`) and raw value.
    fn text<'s>(&'s self, t: CellType, style: usize, raw: &'s str) -> Cow<'s, str> {
        match t {
            CellType::Shared => Cow::Borrowed(
                raw.trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| self.shared.get(i))
                    .map_or("", String::as_str),
            ),
            CellType::Boolean => Cow::Borrowed(if raw.trim() == "1" { "true" } else { "false" }),
            CellType::Date => Cow::Borrowed(raw.get(..10).unwrap_or(raw)),
            CellType::Text => Cow::Borrowed(raw),
            CellType::Number if self.date_styles.get(style).copied().unwrap_or(false) => {
                self.serial_date(raw).map_or(Cow::Borrowed(raw), Cow::Owned)
            }
            CellType::Number => Cow::Borrowed(raw),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_formats() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("AA10"), Some(26));
        assert_eq!(column_of("12"), None);
        assert!(is_date_format(14, None));
        assert!(!is_date_format(0, None));
        assert!(is_date_format(164, Some("dd/mm/yyyy")));
        assert!(!is_date_format(165, Some("0.00")));
        assert!(!is_date_format(166, Some("\"ngày\" 0")));
    }

    #[test]
    fn garbage_is_refused_not_panicking() {
        for bytes in [&b"PK\x03\x04 not really a zip"[..], &[0u8; 100]] {
            assert!(Workbook::open(bytes).is_err());
        }
    }
}
