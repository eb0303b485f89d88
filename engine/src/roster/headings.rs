//! The heading row: which row it is (offices put a title above it), and what each heading means.
//! Headings are matched as offices write them (see `roster-vocabulary.toml`); a reviewer may
//! correct a column's meaning ([`Override`]); a heading not understood is ignored.

use super::field::Field;
use super::lexicon::lexicon;
use serde::Serialize;

/// A reviewer's correction: column `column` (0-based) holds `field`, or nothing (None: ignore).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Override {
    pub column: usize,
    pub field: Option<Field>,
}

/// The heading row as understood.
#[derive(Clone, Debug)]
pub struct Headings {
    /// The row's number in the file (1 for the first).
    pub row: usize,
    pub texts: Vec<String>,
    /// What each column holds, after the reviewer's corrections.
    pub fields: Vec<Option<Field>>,
    /// Whether the field of each column was set by the reviewer.
    pub corrected: Vec<bool>,
}

/// The fields of a row of headings, as matched.
pub fn match_row(cells: &[&str]) -> Vec<Option<Field>> {
    let lex = lexicon();
    cells
        .iter()
        .map(|c| {
            let c = c.trim();
            (!c.is_empty()).then(|| lex.heading(c)).flatten()
        })
        .collect()
}

/// How much a row looks like the heading row: the number of different fields it names, and
/// whether one is the post (without which nothing can be assessed).
pub fn score(cells: &[&str]) -> (bool, usize) {
    let mut fields: Vec<Field> = match_row(cells).into_iter().flatten().collect();
    let post = fields.contains(&Field::Post);
    fields.sort();
    fields.dedup();
    (post, fields.len())
}

impl Headings {
    /// The headings of `row` (its number `row_no`), with the reviewer's corrections.
    pub fn new(row_no: usize, cells: &[&str], overrides: &[Override]) -> Headings {
        let mut fields = match_row(cells);
        let mut corrected = vec![false; fields.len()];
        for o in overrides {
            if o.column >= fields.len() {
                fields.resize(o.column + 1, None);
                corrected.resize(o.column + 1, false);
            }
            fields[o.column] = o.field;
            corrected[o.column] = true;
        }
        let mut texts: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
        texts.resize(fields.len(), String::new());
        Headings {
            row: row_no,
            texts,
            fields,
            corrected,
        }
    }

    pub fn has(&self, f: Field) -> bool {
        self.fields.contains(&Some(f))
    }

    /// The column's heading as the error messages name it: "Chức vụ (post)", or "post" when the
    /// heading is the contract's id.
    pub fn label(&self, column: usize) -> String {
        let text = self.texts.get(column).map(String::as_str).unwrap_or("");
        match self.fields.get(column).copied().flatten() {
            Some(f) if text.is_empty() => f.id().to_string(),
            Some(f) if text.trim().eq_ignore_ascii_case(f.id()) => f.id().to_string(),
            Some(f) => format!("{text} ({})", f.id()),
            None => text.to_string(),
        }
    }
}

/// A column letter as spreadsheets name it: 0 → A, 26 → AA.
pub fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_as_offices_write_them() {
        let row = [
            "STT",
            "Họ và tên",
            "Ngày, tháng, năm sinh",
            "Giới tính",
            "Chức vụ",
            "Xã, phường",
            "Trình độ chuyên môn (ghi rõ chuyên ngành)",
            "Trình độ LLCT",
            "QLNN",
            "Tin học",
            "Giữ chức vụ từ ngày",
            "Ghi chú",
            "Số điện thoại",
            "professional_level",
            "Tên",
            "Tên đơn vị",
            "DÂN TỘC",
        ];
        let f = match_row(&row);
        use Field::*;
        assert_eq!(
            f,
            [
                None,
                Some(Name),
                Some(BirthDate),
                Some(Sex),
                Some(Post),
                Some(Commune),
                Some(ProfessionalLevel),
                Some(PoliticalTheory),
                Some(StateManagement),
                Some(ItKind),
                Some(InPostSince),
                None,
                None,
                Some(ProfessionalLevel),
                Some(Name),
                Some(Commune),
                Some(EthnicMinority),
            ]
        );
        assert_eq!(
            match_row(&[
                "Chức danh",
                "Họ tên",
                "Chuyên môn",
                "Lý luận chính trị",
                "Năm sinh",
                "Chức vụ, chức danh"
            ]),
            [
                Some(Post),
                Some(Name),
                Some(ProfessionalLevel),
                Some(PoliticalTheory),
                Some(BirthDate),
                Some(Post)
            ]
        );
        assert_eq!(score(&["DANH SÁCH CÁN BỘ", "", ""]), (false, 0));
        let h = Headings::new(
            3,
            &row,
            &[Override {
                column: 0,
                field: Some(Age),
            }],
        );
        assert_eq!(h.fields[0], Some(Age));
        assert_eq!(h.label(4), "Chức vụ (post)");
        assert_eq!(h.label(13), "professional_level");
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(27), "AB");
    }
}
