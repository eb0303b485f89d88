//! Reads the first worksheet of an .xlsx workbook (the format offices keep their staff lists in)
//! into rows of text cells. Only what a roster needs: ZIP (stored or deflated), shared and
//! inline strings, numbers, booleans. Row positions are kept, so row numbers match Excel's.

use crate::profile::InputError;

fn err(vi: &str, en: &str) -> InputError {
    InputError::new("(xlsx)", "", vi, en)
}

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    b.get(i..i + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    b.get(i..i + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// The files of a ZIP archive: (name, bytes), read through the central directory.
fn unzip(b: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let start = b.len().saturating_sub(22 + 65_535);
    let eocd = (start..b.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(b, i) == Some(0x0605_4b50))?;
    let (count, mut p) = (u16_at(b, eocd + 10)?, u32_at(b, eocd + 16)?);
    let mut files = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(b, p)? != 0x0201_4b50 {
            return None;
        }
        let method = u16_at(b, p + 10)?;
        let (csize, usize_) = (u32_at(b, p + 20)?, u32_at(b, p + 24)?);
        let (nlen, elen, clen) = (u16_at(b, p + 28)?, u16_at(b, p + 30)?, u16_at(b, p + 32)?);
        let local = u32_at(b, p + 42)?;
        let name = String::from_utf8_lossy(b.get(p + 46..p + 46 + nlen)?).into_owned();
        p += 46 + nlen + elen + clen;
        if u32_at(b, local)? != 0x0403_4b50 {
            return None;
        }
        let data_at = local + 30 + u16_at(b, local + 26)? + u16_at(b, local + 28)?;
        let data = b.get(data_at..data_at.checked_add(csize)?)?;
        let bytes = match method {
            0 => data.to_vec(),
            // A limit guards against a "zip bomb": rosters are a few MB at most.
            8 => {
                miniz_oxide::inflate::decompress_to_vec_with_limit(data, usize_.clamp(1, 256 << 20))
                    .ok()?
            }
            _ => continue,
        };
        files.push((name, bytes));
    }
    Some(files)
}

/// XML text with its five entities and numeric references decoded.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').unwrap_or(0);
        let ent = &rest[1..end.max(1)];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                .ok()
                .and_then(char::from_u32),
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (ch, end) {
            (Some(c), e) if e > 0 => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every element `<tag …>…</tag>` (or self-closing) in `xml`: (attributes, inner text).
fn elements<'a>(xml: &'a str, tag: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut rest = xml;
    std::iter::from_fn(move || loop {
        let i = rest.find(&open)?;
        let after = &rest[i + open.len()..];
        // `<c` must not match `<cols`: the tag name has to end here.
        if !after.starts_with([' ', '>', '/', '\n', '\r', '\t']) {
            rest = after;
            continue;
        }
        let gt = after.find('>')?;
        let attrs = &after[..gt];
        if attrs.ends_with('/') {
            rest = &after[gt + 1..];
            return Some((attrs.trim_end_matches('/'), ""));
        }
        let body = &after[gt + 1..];
        let end = body.find(&close)?;
        rest = &body[end + close.len()..];
        return Some((attrs, &body[..end]));
    })
}

fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = format!(" {attrs}").find(&key)?;
    let v = &attrs[i + key.len() - 1..];
    v.find('"').map(|e| &v[..e])
}

/// All `<t>` text inside, concatenated (rich-text runs), without phonetic `<rPh>` runs.
fn text_of(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<rPh") {
        out.push_str(&text_runs(&rest[..i]));
        rest = rest[i..]
            .find("</rPh>")
            .map(|e| &rest[i + e + 6..])
            .unwrap_or("");
    }
    out + &text_runs(rest)
}

fn text_runs(xml: &str) -> String {
    elements(xml, "t").map(|(_, t)| unescape(t)).collect()
}

/// "BC12" -> column 54 (0-based), row digits ignored.
fn column_index(r: &str) -> Option<usize> {
    let letters: Vec<u8> = r.bytes().take_while(u8::is_ascii_alphabetic).collect();
    if letters.is_empty() {
        return None;
    }
    Some(
        letters.iter().fold(0usize, |acc, c| {
            acc * 26 + (c.to_ascii_uppercase() - b'A' + 1) as usize
        }) - 1,
    )
}

/// The first worksheet as rows of cells; an error in Vietnamese if it is not a readable workbook.
pub fn read_first_sheet(bytes: &[u8]) -> Result<Vec<Vec<String>>, InputError> {
    let files = unzip(bytes).ok_or_else(|| {
        err(
            "tệp .xlsx bị hỏng hoặc không đọc được",
            "the .xlsx file is damaged or unreadable",
        )
    })?;
    let file = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n.trim_start_matches('/') == name)
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
    };
    let workbook = file("xl/workbook.xml").ok_or_else(|| {
        err(
            "tệp không phải bảng tính Excel (.xlsx)",
            "the file is not an Excel workbook (.xlsx)",
        )
    })?;
    // The first sheet's path, through the workbook relationships.
    let sheet_path = elements(&workbook, "sheet")
        .next()
        .and_then(|(a, _)| attr(a, "r:id"))
        .and_then(|rid| {
            let rels = file("xl/_rels/workbook.xml.rels")?;
            let target = elements(&rels, "Relationship")
                .find(|(a, _)| attr(a, "Id") == Some(rid))?
                .0;
            let t = attr(target, "Target")?;
            Some(if let Some(abs) = t.strip_prefix('/') {
                abs.to_string()
            } else {
                format!("xl/{t}")
            })
        })
        .unwrap_or_else(|| "xl/worksheets/sheet1.xml".into());
    let sheet = file(&sheet_path).ok_or_else(|| {
        err(
            "bảng tính không có trang tính nào",
            "the workbook has no worksheet",
        )
    })?;
    let shared: Vec<String> = file("xl/sharedStrings.xml")
        .map(|x| elements(&x, "si").map(|(_, si)| text_of(si)).collect())
        .unwrap_or_default();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (row_attrs, row_xml) in elements(&sheet, "row") {
        let at = attr(row_attrs, "r")
            .and_then(|r| r.parse::<usize>().ok())
            .map(|r| r.saturating_sub(1))
            .unwrap_or(rows.len());
        if at > 1_048_576 {
            break;
        }
        while rows.len() < at {
            rows.push(Vec::new());
        }
        let mut cells: Vec<String> = Vec::new();
        for (c_attrs, c_xml) in elements(row_xml, "c") {
            let col = attr(c_attrs, "r")
                .and_then(column_index)
                .unwrap_or(cells.len())
                .min(16_383);
            let value = elements(c_xml, "v")
                .next()
                .map(|(_, v)| unescape(v))
                .unwrap_or_default();
            let text = match attr(c_attrs, "t") {
                Some("s") => value
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| shared.get(i).cloned())
                    .unwrap_or_default(),
                Some("inlineStr") => text_of(c_xml),
                Some("b") => {
                    if value.trim() == "1" {
                        "true".into()
                    } else {
                        "false".into()
                    }
                }
                _ => value,
            };
            while cells.len() < col {
                cells.push(String::new());
            }
            cells.push(text);
        }
        rows.push(cells);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_entities() {
        assert_eq!(column_index("A1"), Some(0));
        assert_eq!(column_index("Z9"), Some(25));
        assert_eq!(column_index("AA10"), Some(26));
        assert_eq!(
            unescape("Nguy&#7877;n &amp; &lt;x&gt; &#x110;"),
            "Nguyễn & <x> Đ"
        );
        assert_eq!(unescape("a & b"), "a & b");
    }

    #[test]
    fn garbage_is_refused_not_panicking() {
        assert!(read_first_sheet(b"").is_err());
        assert!(read_first_sheet(b"PK\x03\x04 not really a zip").is_err());
        assert!(read_first_sheet(&[0u8; 100]).is_err());
    }
}
