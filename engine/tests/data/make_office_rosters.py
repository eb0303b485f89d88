#!/usr/bin/env python3
"""Makes the office-style roster files of engine/tests/roster_office.rs: the same staff list of
a commune (a title above the headings, a row of column numbers under them, the headings and cells
as offices type them, four bad rows), saved the ways offices save it.

    python3 engine/tests/data/make_office_rosters.py      # needs openpyxl (PyPI) and soffice

  office-roster.csv              CSV UTF-8 with BOM, comma (Excel's "CSV UTF-8"), written here
  office-roster-semicolon.csv    UTF-8 without BOM, semicolons, CRLF (a European-region Excel)
  office-roster-utf16.csv        UTF-16 LE with BOM, tab-separated (Excel's "Unicode Text")
  office-roster-openpyxl.xlsx    openpyxl 3.1 (an Excel-like workbook: shared strings, real date
                                 cells, a first sheet "Hướng dẫn" that is not the roster)
  office-roster-libreoffice.xlsx the openpyxl workbook opened and saved again by LibreOffice Calc
                                 (Debian's libreoffice-calc, `soffice --headless --convert-to xlsx`)
  office-roster-other.xlsx       written by Python's zipfile with traits of other producers
                                 (prefixed `x:` XML, inline strings, absolute part paths, the 1904
                                 date system). WPS Office could not be installed here (it is not
                                 in Debian); this stands in for producers other than the two above.
"""
import csv, datetime, io, os, shutil, subprocess, tempfile, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = ["ỦY BAN NHÂN DÂN XÃ LÂM THAO", "DANH SÁCH CÁN BỘ, CÔNG CHỨC (đến ngày 30/11/2026)"]
HEAD = ["STT", "Họ và tên", "Ngày, tháng, năm sinh", "Giới tính", "Dân tộc", "Chức vụ",
        "Xã, phường", "Giữ chức vụ từ ngày", "Trình độ văn hóa", "Trình độ chuyên môn (ghi rõ chuyên ngành)",
        "LLCT", "QLNN", "Tin học", "QP-AN", "Số điện thoại", "Ghi chú", "Ngày đánh giá"]
D = datetime.date
# name, birth (date or year), sex, ethnic group, post, commune, in post since, education,
# degree, political theory, state management, IT, defence, phone, note
PEOPLE = [
    ("Nguyễn Văn An", D(1978, 5, 12), "Nam", "Kinh", "Bí thư Đảng ủy", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Đại học Luật", "Cao cấp", "Chuyên viên chính", "Cơ bản", "Đối tượng 3", "0912 345 678", ""),
    ("Trần Thị Bình", D(1981, 2, 3), "Nữ", "Kinh", "Phó Bí thư Thường trực Đảng ủy", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Cử nhân Kinh tế", "CCLLCT", "Chuyên viên", "Cơ bản", "Đối tượng 3", "", ""),
    ("Lê Văn Cường", D(1976, 11, 20), "Nam", "Kinh", "Chủ tịch HĐND", "Xã Lâm Thao", D(2025, 7, 1), "10/10", "Kỹ sư Nông nghiệp", "Cao cấp", "CVC", "Cơ bản", "Đối tượng 3", "", ""),
    ("Phạm Thị Dung", D(1985, 8, 8), "Nữ", "Kinh", "Phó Chủ tịch HĐND", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "ĐH", "Trung cấp", "Chuyên viên", "Cơ bản", "Đối tượng 3", "", ""),
    ("Hoàng Văn Em", D(1980, 1, 15), "Nam", "Tày", "Chủ tịch UBND", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Thạc sĩ Quản lý công", "Cao cấp", "Chuyên viên chính", "Nâng cao", "Đối tượng 3", "", ""),
    ("Vũ Thị Giang", 1979, "Nữ", "Kinh", "PCT UBND", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Cử nhân Luật", "Trung cấp", "Chuyên viên", "Cơ bản", "Đối tượng 3", "", "Chỉ biết năm sinh"),
    ("Đỗ Văn Hải", D(1983, 4, 30), "Nam", "Kinh", "PCT UBND", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Đại học Kinh tế", "Đang học trung cấp", "Chuyên viên", "Cơ bản", "Đối tượng 3", "", ""),
    ("Bùi Thị Hoa", D(1987, 9, 9), "Nữ", "Kinh", "Chủ tịch Ủy ban MTTQ", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Cử nhân Xã hội học", "Trung cấp", "", "Cơ bản", "Đối tượng 3", "", ""),
    ("Ngô Văn Hùng", D(1975, 6, 1), "Nam", "Kinh", "Chánh Văn phòng HĐND và UBND", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Đại học Hành chính", "Trung cấp lý luận chính trị – hành chính", "Chuyên viên", "Cơ bản", "Đối tượng 4", "", ""),
    ("Đặng Thị Lan", D(1990, 3, 14), "Nữ", "Kinh", "Trưởng phòng Kinh tế", "Xã Lâm Thao", D(2025, 7, 15), "12/12", "Cử nhân Kinh tế", "Sơ cấp", "Chuyên viên", "Cơ bản", "Đối tượng 4", "", ""),
    ("Nguyễn Văn Long", D(1988, 12, 2), "Nam", "Kinh", "Phó Trưởng phòng Văn hóa - Xã hội", "Xã Lâm Thao", D(2025, 7, 15), "12/12", "Đại học Văn hóa", "Đang học trung cấp", "", "Cơ bản", "Đối tượng 4", "", ""),
    ("Trần Văn Minh", D(1984, 7, 7), "Nam", "Kinh", "Chỉ huy trưởng Ban CHQS", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "TC Quân sự cơ sở", "Trung cấp", "", "Cơ bản", "Đối tượng 3", "", ""),
    ("Lê Thị Nga", D(1992, 10, 10), "Nữ", "Kinh", "Giám đốc Trung tâm Phục vụ hành chính công", "Xã Lâm Thao", D(2025, 7, 1), "12/12", "Cử nhân Quản trị văn phòng", "Trung cấp", "Chuyên viên", "Nâng cao", "Đối tượng 4", "", ""),
    ("Phạm Văn Oanh", D(1995, 5, 5), "Nam", "Kinh", "Chuyên viên Phòng Kinh tế", "Xã Lâm Thao", D(2025, 8, 1), "12/12", "Kỹ sư Xây dựng", "Sơ cấp", "", "Cơ bản", "", "", ""),
    ("Hoàng Thị Phương", D(1993, 1, 25), "Nữ", "Mường", "Chuyên viên Văn phòng HĐND và UBND", "Phường Đông Ngàn", D(2025, 8, 1), "12/12", "CĐ Văn thư", "", "", "B", "", "", "Chứng chỉ B cấp năm 2015"),
    ("Vũ Văn Quang", D(1991, 6, 18), "Nam", "Kinh", "Chuyên viên Phòng Văn hóa - Xã hội", "Phường Đông Ngàn", D(2025, 8, 1), "12/12", "Đại học Sư phạm", "Đang học trung cấp", "", "Cơ bản", "", "", ""),
    ("Đỗ Thị Rạng", D(1989, 4, 4), "Nữ", "Kinh", "Chủ tịch UBND", "Phường Đông Ngàn", D(2025, 7, 1), "12/12", "Thạc sĩ Kinh tế", "Cử nhân chính trị", "Chuyên viên chính", "Cơ bản", "Đối tượng 3", "", ""),
    ("Bùi Văn Sơn", D(1982, 2, 28), "Nam", "Kinh", "Giám đốc Sở Nội vụ", "Phường Đông Ngàn", D(2025, 7, 1), "12/12", "Đại học Luật", "Cao cấp", "Chuyên viên cao cấp", "Cơ bản", "Đối tượng 2", "", "Không phải chức danh cấp xã"),
    ("Ngô Thị Tâm", "31/02/1986", "Nữ", "Kinh", "Trưởng phòng Văn hóa - Xã hội", "Phường Đông Ngàn", D(2025, 7, 15), "12/12", "Cử nhân Văn hóa", "Trung cấp", "Chuyên viên", "Cơ bản", "Đối tượng 4", "", "Ngày sinh ghi sai"),
    ("Đặng Văn Út", D(1986, 9, 19), "Nam", "Kinh", "Phó Chủ tịch UBND", "Phường Đông Ngàn", D(2025, 7, 1), "12/12", "Đại học Luật", "Trung cấp", "Chuyên viên", "Cơ bản", "Đối tượng 3", "", ""),
]
AS_OF = D(2026, 11, 30)


def vn(d):
    return d.strftime("%d/%m/%Y") if isinstance(d, D) else str(d)


def text_rows():
    """The rows as text, as a CSV keeps them (row 3 blank, row 5 the column numbers)."""
    width = len(HEAD)
    rows = [[TITLE[0]] + [""] * (width - 1), [TITLE[1]] + [""] * (width - 1), [""] * width, HEAD,
            [f"({i + 1})" for i in range(width)]]
    for i, p in enumerate(PEOPLE):
        rows.append([str(i + 1), p[0], vn(p[1]), *p[2:6], vn(p[6]), *p[7:], vn(AS_OF)])
    return rows


def write_csvs():
    rows = text_rows()
    with open(os.path.join(HERE, "office-roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, "office-roster-semicolon.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, "office-roster-utf16.csv"), "wb") as f:
        f.write(buf.getvalue().encode("utf-16"))  # Python writes the BOM (LE on this machine)


def write_openpyxl(path):
    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = "Hướng dẫn"
    guide.append(["Sheet này hướng dẫn cách điền; danh sách ở sheet bên cạnh."])
    guide.append(["Mỗi người một dòng."])
    ws = wb.create_sheet("Danh sách")
    for row in text_rows()[:5]:
        ws.append([c if c else None for c in row])
    for i, p in enumerate(PEOPLE):
        birth = p[1]
        ws.append([i + 1, p[0], birth, *p[2:6], p[6], *[v or None for v in p[7:15]], AS_OF])
    for row in ws.iter_rows(min_row=6):
        for cell in row:
            if isinstance(cell.value, (datetime.date, datetime.datetime)):
                cell.number_format = "DD/MM/YYYY"
    wb.save(path)


def write_libreoffice(src, dest):
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src],
                   check=True, capture_output=True)
    shutil.move(os.path.join(out, os.path.basename(src)), dest)
    shutil.rmtree(out)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_other(path):
    """Prefixed XML, inline strings, absolute part paths, 1904 dates (day 0 = 1 Jan 1904)."""
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = []
    for r, row in enumerate(text_rows()[:5]):
        cells = "".join(f'<x:c r="{col(c)}{r + 1}" t="inlineStr"><x:is><x:t>{esc(v)}</x:t></x:is></x:c>'
                        for c, v in enumerate(row) if v)
        rows.append(f'<x:row r="{r + 1}">{cells}</x:row>')
    for i, p in enumerate(PEOPLE):
        values = [i + 1, p[0], p[1], *p[2:6], p[6], *p[7:], AS_OF]
        cells = []
        for c, v in enumerate(values):
            ref = f"{col(c)}{i + 6}"
            if isinstance(v, D):
                cells.append(f'<x:c r="{ref}" s="1"><x:v>{(v - D(1904, 1, 1)).days}</x:v></x:c>')
            elif isinstance(v, int):
                cells.append(f'<x:c r="{ref}"><x:v>{v}</x:v></x:c>')
            elif v:
                cells.append(f'<x:c r="{ref}" t="inlineStr"><x:is><x:t>{esc(v)}</x:t></x:is></x:c>')
        rows.append(f'<x:row r="{i + 6}">{"".join(cells)}</x:row>')
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet {ns}><x:sheetData>{"".join(rows)}</x:sheetData></x:worksheet>'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/danhsach.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><x:workbook {ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Cán bộ" sheetId="1" r:id="R7"/></x:sheets></x:workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/danhsach.xml"/><Relationship Id="R8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><x:styleSheet {ns}><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></x:numFmts><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="170" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>',
        "xl/worksheets/danhsach.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    write_csvs()
    xlsx = os.path.join(HERE, "office-roster-openpyxl.xlsx")
    write_openpyxl(xlsx)
    write_libreoffice(xlsx, os.path.join(HERE, "office-roster-libreoffice.xlsx"))
    write_other(os.path.join(HERE, "office-roster-other.xlsx"))
