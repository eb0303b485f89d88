//! The roster template offices can download (from the roster view; the README lists the same
//! headings): the headings an office already uses, and a few example rows, as .xlsx and CSV.
//! `engine/tests/roster_template.rs` writes the files into engine/templates/ (checked into the
//! repository, copied into the build by index.html) and reads them back with the roster reader.

use std::io::Write;

/// (heading, the contract field it holds, or "" for a column the reader ignores).
pub const HEADINGS: [(&str, &str); 20] = [
    ("STT", ""),
    ("Họ và tên", "name"),
    ("Ngày sinh", "birth_date"),
    ("Giới tính", "sex"),
    ("Dân tộc", "ethnic_minority"),
    ("Chức vụ", "post"),
    ("Xã, phường, đặc khu", "commune"),
    ("Ngày bổ nhiệm", "in_post_since"),
    ("Giáo dục phổ thông", "general_education"),
    ("Trình độ chuyên môn", "professional_level"),
    ("Chuyên ngành phù hợp", "field_fits_post"),
    ("Lý luận chính trị", "political_theory"),
    ("Quản lý nhà nước", "state_management"),
    ("Tin học", "it_kind"),
    ("Ngày cấp chứng chỉ tin học", "it_issued"),
    ("Quốc phòng - an ninh", "defence_security"),
    ("Tiếng dân tộc", "ethnic_language"),
    ("Vùng khó khăn", "difficult_area"),
    ("Xã đặc biệt khó khăn", "extremely_difficult_area"),
    ("Ghi chú", ""),
];

/// Example rows, written as offices write them (today's posts, under the 2025 law).
pub const EXAMPLES: [[&str; 20]; 4] = [
    [
        "1",
        "Nguyễn Văn An",
        "12/05/1980",
        "Nam",
        "Kinh",
        "Chủ tịch UBND",
        "Xã Lâm Thao",
        "01/07/2025",
        "12/12",
        "Đại học Luật",
        "Có",
        "Cao cấp",
        "Chuyên viên chính",
        "Cơ bản",
        "10/03/2021",
        "Đối tượng 3",
        "Không",
        "Không",
        "Không",
        "",
    ],
    [
        "2",
        "Hà Thị Bình",
        "1975",
        "Nữ",
        "Tày",
        "Phó Chủ tịch HĐND",
        "Xã Lâm Thao",
        "01/07/2025",
        "THPT",
        "Cử nhân Kinh tế",
        "Có",
        "Trung cấp",
        "Chuyên viên",
        "Cơ bản; B",
        "15/06/2022; 20/05/2015",
        "Đối tượng 3",
        "Có",
        "Có",
        "Không",
        "Chỉ biết năm sinh: tính từ 01/01",
    ],
    [
        "3",
        "Lê Văn Cường",
        "03/09/1990",
        "Nam",
        "Kinh",
        "Trưởng phòng Kinh tế",
        "Phường Đông Ngàn",
        "15/07/2025",
        "12/12",
        "Thạc sĩ Quản lý kinh tế",
        "Có",
        "Trung cấp",
        "Chuyên viên",
        "Nâng cao",
        "01/12/2020",
        "Đối tượng 4",
        "Không",
        "Không",
        "Không",
        "",
    ],
    [
        "4",
        "Phạm Thị Dung",
        "20/11/1985",
        "Nữ",
        "Kinh",
        "Chuyên viên Văn phòng HĐND và UBND",
        "Phường Đông Ngàn",
        "01/08/2025",
        "THPT",
        "Cao đẳng Kế toán",
        "Không",
        "Sơ cấp",
        "",
        "",
        "",
        "",
        "Không",
        "Không",
        "Không",
        "",
    ],
];

/// The file names, in engine/templates/ and in the build.
pub const XLSX_NAME: &str = "mau-danh-sach-can-bo.xlsx";
pub const CSV_NAME: &str = "mau-danh-sach-can-bo.csv";

fn csv_cell(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', ';']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// The template as CSV: UTF-8 with a byte-order mark (so Excel shows the Vietnamese letters),
/// comma-separated, CRLF line ends.
pub fn csv() -> String {
    let mut out = String::from("\u{feff}");
    let rows = std::iter::once(HEADINGS.map(|(h, _)| h)).chain(EXAMPLES);
    for row in rows {
        for (i, c) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_cell(&mut out, c);
        }
        out.push_str("\r\n");
    }
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn sheet_xml() -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>",
    );
    for (i, (h, _)) in HEADINGS.iter().enumerate() {
        let width = EXAMPLES
            .iter()
            .map(|r| r[i].chars().count())
            .chain([h.chars().count()])
            .max()
            .unwrap_or(8)
            .clamp(5, 36)
            + 2;
        x += &format!(
            "<col min=\"{n}\" max=\"{n}\" width=\"{width}\" customWidth=\"1\"/>",
            n = i + 1
        );
    }
    x += "</cols><sheetData>";
    let rows = std::iter::once(HEADINGS.map(|(h, _)| h)).chain(EXAMPLES);
    for (r, row) in rows.enumerate() {
        x += &format!("<row r=\"{}\">", r + 1);
        for (c, text) in row.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let at = format!("{}{}", super::headings::column_letter(c), r + 1);
            let style = if r == 0 { " s=\"1\"" } else { "" };
            // Text cells (inline strings), so dates stay as the office types them.
            x += &format!(
                "<c r=\"{at}\" t=\"inlineStr\"{style}><is><t>{}</t></is></c>",
                xml_escape(text)
            );
        }
        x += "</row>";
    }
    x + "</sheetData></worksheet>"
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>";
const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
const WORKBOOK: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const WORKBOOK_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"><alignment wrapText=\"1\"/></xf></cellXfs></styleSheet>";

/// The template as an .xlsx workbook: one sheet "Danh sách", bold frozen headings, text cells.
/// The same bytes every time (entries stored with the ZIP format's earliest date).
pub fn xlsx() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("xl/workbook.xml", WORKBOOK.to_string()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.to_string()),
        ("xl/styles.xml", STYLES.to_string()),
        ("xl/worksheets/sheet1.xml", sheet_xml()),
    ];
    for (name, text) in parts {
        if zip.start_file(name, options).is_err() || zip.write_all(text.as_bytes()).is_err() {
            return Vec::new();
        }
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}
