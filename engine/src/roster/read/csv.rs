//! CSV text: UTF-8 (with or without a byte-order mark) or UTF-16 (with one), separated by
//! commas, semicolons or tabs (Excel writes the separator of the computer's region; `sep=;` on
//! the first line names it), read with the `csv` crate, one record at a time.

use super::base::{file_error, not_a_roster, Record, Visit};
use crate::profile::InputError;
use std::borrow::Cow;
use std::ops::ControlFlow;

pub const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

fn not_utf8() -> InputError {
    file_error(
        "tệp không phải văn bản UTF-8 (có thể đang ở bảng mã cũ như TCVN3 hoặc Windows-1258); hãy lưu lại dưới dạng CSV UTF-8",
        "the file is not UTF-8 text (perhaps an old Vietnamese encoding); save it as CSV UTF-8",
    )
}

pub struct Text<'a> {
    /// UTF-8, without its byte-order mark.
    text: Cow<'a, [u8]>,
    /// The separator named by a `sep=` first line, which is then skipped.
    named: Option<u8>,
}

fn utf16(bytes: &[u8], be: bool) -> Option<String> {
    let units: Vec<u16> = bytes
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
}

impl<'a> Text<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Text<'a>, InputError> {
        // Common files that are plainly not rosters: PDF, images, anything with NULs near the
        // start (UTF-16 text is recognised by its byte-order mark).
        let head = &bytes[..bytes.len().min(4096)];
        let utf16_bom = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
        if bytes.starts_with(b"%PDF")
            || bytes.starts_with(b"\x89PNG")
            || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
            || (!utf16_bom && head.contains(&0))
        {
            return Err(not_a_roster());
        }
        let text: Cow<[u8]> = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
            Cow::Owned(utf16(rest, false).ok_or_else(not_utf8)?.into_bytes())
        } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
            Cow::Owned(utf16(rest, true).ok_or_else(not_utf8)?.into_bytes())
        } else {
            let rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            // The start is checked now (an old encoding shows at once); the rest as it is read.
            if let Err(e) = std::str::from_utf8(&rest[..rest.len().min(1 << 16)]) {
                if e.error_len().is_some() {
                    return Err(not_utf8());
                }
            }
            Cow::Borrowed(rest)
        };
        let text = match text {
            Cow::Owned(t) => {
                Cow::Owned(t.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&t).to_vec())
            }
            b => b,
        };
        if text.contains(&0) {
            return Err(not_a_roster());
        }
        let named = text
            .strip_prefix(b"sep=")
            .and_then(|r| r.first().copied())
            .filter(|c| SEPARATORS.contains(c));
        Ok(Text { text, named })
    }

    pub fn rows(&mut self, reading: usize, visit: &mut Visit) -> Result<(), InputError> {
        let mut body: &[u8] = &self.text;
        let mut first_line = 1;
        let sep = match self.named {
            Some(sep) => {
                let end = body
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(body.len(), |i| i + 1);
                body = &body[end..];
                first_line = 2;
                sep
            }
            None => SEPARATORS[reading.min(SEPARATORS.len() - 1)],
        };
        let total = body.len().max(1) as f64;
        let lone_cr = !body.contains(&b'\n') && body.contains(&b'\r');
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(sep)
            .from_reader(body);
        let mut record = Record::new();
        // The spreadsheet's row of a record: the line breaks before it, less those inside
        // quoted cells (blank lines, which the reader skips, still count).
        let (mut counted_to, mut breaks, mut inner_breaks) = (0usize, 0usize, 0usize);
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {}
                Err(e) if matches!(e.kind(), ::csv::ErrorKind::Utf8 { .. }) => {
                    return Err(not_utf8())
                }
                Err(_) => return Err(not_a_roster()),
            }
            let mut start = record
                .position()
                .map_or(0, |p| p.byte() as usize)
                .min(body.len());
            // The record's position may be before the blank lines the reader skipped.
            while matches!(body.get(start), Some(b'\n' | b'\r')) {
                start += 1;
            }
            breaks += line_breaks(&body[counted_to..start], lone_cr);
            counted_to = start;
            let row = (breaks + first_line).saturating_sub(inner_breaks);
            let done = reader.position().byte() as f64 / total;
            if record.as_slice().contains('\n') {
                inner_breaks += record
                    .iter()
                    .map(|f| f.matches('\n').count())
                    .sum::<usize>();
            }
            if let ControlFlow::Break(()) = visit(row, &record, done) {
                return Ok(());
            }
        }
    }
}

/// Line breaks: `\n`, or `\r` in a file whose lines end with a lone `\r` (old Macs).
fn line_breaks(b: &[u8], lone_cr: bool) -> usize {
    let mark = if lone_cr { b'\r' } else { b'\n' };
    b.iter().filter(|&&c| c == mark).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &[u8], reading: usize) -> Vec<(usize, Vec<String>)> {
        let mut t = Text::open(text).unwrap();
        let mut out = Vec::new();
        t.rows(reading, &mut |n, r, _| {
            out.push((n, r.iter().map(str::to_string).collect()));
            ControlFlow::Continue(())
        })
        .unwrap();
        out
    }

    #[test]
    fn row_numbers_follow_the_spreadsheet() {
        let r = rows(b"a,b\n\n\"x\ny\",z\nlast,1\r\n", 0);
        assert_eq!(r[0], (1, vec!["a".into(), "b".into()]));
        assert_eq!(r[1], (3, vec!["x\ny".into(), "z".into()]));
        assert_eq!(r[2], (4, vec!["last".into(), "1".into()]));
        let r = rows("sep=;\nHọ tên;Chức vụ\n".as_bytes(), 0);
        assert_eq!(r, [(2, vec!["Họ tên".into(), "Chức vụ".into()])]);
        let r = rows(b"\xEF\xBB\xBFa\tb\n", 2);
        assert_eq!(r, [(1, vec!["a".into(), "b".into()])]);
    }
}
