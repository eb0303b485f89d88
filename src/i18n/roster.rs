//! The strings of the roster view, "Rà soát danh sách": built only into the roster's wasm, which
//! is loaded when that view is opened (so the self-assessment does not carry them).

use super::Lang;

catalogue! {
    RosterIntro => "Dành cho Đảng ủy, Văn phòng HĐND và UBND xã, phường, đặc khu và Sở Nội vụ tỉnh, thành phố: nhập danh sách cán bộ, công chức (tệp CSV hoặc Excel .xlsx) để biết bao nhiêu người đạt từng tiêu chuẩn và cần mở những lớp nào. Tệp chỉ được đọc trên máy này, không gửi đi đâu.",
        "For the Party committee and the People's Council and People's Committee office of a commune, ward or special zone, and for the provincial Department of Home Affairs (Sở Nội vụ): open a roster of cadres and civil servants (a CSV or Excel .xlsx file) to see how many meet each standard and which classes to open. The file is read on this device only and sent nowhere.";
    RosterFile => "Tệp danh sách (CSV hoặc Excel .xlsx)", "Roster file (CSV or Excel .xlsx)";
    RosterFileHint => "Hoặc kéo thả tệp vào khung này. Tệp đọc được như văn phòng vẫn lập: tiêu đề cột (Họ và tên, Chức vụ, Trình độ chuyên môn…) có thể nằm dưới tên văn bản.",
        "Or drag the file into this box. It is read as offices keep it: the headings (Họ và tên, Chức vụ, Trình độ chuyên môn…) may sit below the document's title.";
    RosterDropHere => "Thả tệp vào đây", "Drop the file here";
    RosterColumns => "Các cột của danh sách", "The roster's columns";
    RosterColumnsRequired => "Tiêu đề cột như trong tệp mẫu (viết hoa hay thường, có dấu hay không đều được; cột khác như STT, Ghi chú được bỏ qua). Chỉ cột Chức vụ là bắt buộc:",
        "Headings as in the template (case and diacritics do not matter; other columns such as STT or Ghi chú are ignored). Only the Chức vụ (post) column is required:";
    RosterColumnsOptional => "Cũng nhận mã cột của hợp đồng dữ liệu:", "The data contract's column ids are accepted too:";
    RosterColumnsValues => "Ô ghi như văn phòng vẫn ghi: Đại học Luật, Cử nhân Kinh tế, ĐH, TC; Cao cấp, Trung cấp, Cử nhân chính trị; Chuyên viên, CVC; Chủ tịch UBND, PCT UBND, Trưởng phòng Kinh tế; Nam, Nữ; ngày 12/05/1980 hoặc chỉ năm sinh (tính từ 01/01, Nghị định 135/2020, Điều 3 khoản 3).",
        "Cells as offices write them: Đại học Luật, Cử nhân Kinh tế, ĐH, TC; Cao cấp, Trung cấp, Cử nhân chính trị; Chuyên viên, CVC; Chủ tịch UBND, PCT UBND, Trưởng phòng Kinh tế; Nam, Nữ; dates as 12/05/1980, or the year of birth alone (taken as 1 January, Decree 135/2020 Art. 3 cl. 3).";
    RosterTemplate => "Tệp mẫu có sẵn tiêu đề và vài dòng ví dụ:", "A template with the headings and a few example rows:";
    RosterTemplateXlsx => "Tải tệp mẫu Excel (.xlsx)", "Download the Excel template (.xlsx)";
    RosterTemplateCsv => "Tải tệp mẫu CSV", "Download the CSV template";
    RosterReview => "Cách đọc tệp", "How the file was read";
    RosterReviewIntro => "Kiểm tra cách công cụ hiểu từng cột. Nếu một cột bị hiểu sai, chọn lại ở cột “Hiểu là”: danh sách được đánh giá lại ngay. Các giá trị không đọc được gom theo giá trị, để sửa tệp một lần.",
        "Check how each column was understood. If one is wrong, choose its meaning under “Understood as”: the roster is assessed again at once. Values that could not be read are grouped by value, so the file is corrected once.";
    RosterSheet => "Trang tính", "Sheet";
    RosterColumn => "Cột", "Column";
    RosterHeading => "Tiêu đề trong tệp", "Heading in the file";
    RosterUnderstood => "Hiểu là", "Understood as";
    RosterCellsRead => "Số ô đọc được", "Cells read";
    RosterUnread => "Giá trị không đọc được", "Values not read";
    RosterIgnored => "Bỏ qua (không dùng)", "Ignored (not used)";
    RosterCorrected => "đã chọn lại", "corrected";
    RosterMissingFields => "Tệp không có cột:", "The file has no column for:";
    RosterMissingNote => "mọi người được tính là chưa có những trình độ, thông tin này.",
        "everyone is taken not to hold these.";
    RosterProvince => "Tiêu chuẩn của tỉnh (tệp JSON, không bắt buộc)", "Provincial standards (a JSON file, optional)";
    RosterProvinceRemove => "Bỏ tiêu chuẩn của tỉnh", "Remove the provincial standards";
    RosterTargets => "Mục tiêu của tỉnh", "The province's targets";
    RosterTargetsNote => "Số người đã đạt mức của mục tiêu trong các chức danh mà mục tiêu nêu, và số người còn phải đào tạo để đạt tỷ lệ mục tiêu.",
        "How many holders of the target's posts already reach its level, and how many more must be trained for its share.";
    RosterTarget => "Mục tiêu", "Target";
    RosterTargetNow => "Hiện đạt", "Reached now";
    RosterTargetToTrain => "Còn phải đào tạo", "Still to train";
    RosterTargetBasis => "Căn cứ", "Basis";
    RosterReading => "Đang đọc tệp…", "Reading the file…";
    RosterCancel => "Hủy", "Cancel";
    RosterCancelled => "Đã hủy. Chưa có kết quả; có thể chọn lại tệp.",
        "Cancelled. No result; you can choose a file again.";
    RosterReadFailed => "trình duyệt không đọc được tệp", "the browser could not read the file";
    RosterSummary => "Tổng hợp", "Summary";
    RosterStandards => "Theo từng tiêu chuẩn", "By standard";
    RosterStandardsNote => "Tỷ lệ tính trên số người có chức danh phải đạt tiêu chuẩn đó (đạt và chưa đạt); mục không bắt buộc và khuyến nghị không tính.",
        "Shares are of the officials whose post has that standard (met and not met); areas not required and recommendations are not counted.";
    RosterArea => "Tiêu chuẩn", "Standard";
    RosterMet => "Đạt", "Met";
    RosterMissing => "Chưa đạt", "Not met";
    RosterNotRequired => "Không bắt buộc", "Not required";
    RosterAdvised => "Khuyến nghị", "Recommended";
    RosterPlan => "Kế hoạch mở lớp", "Class plan";
    RosterPlanIntro => "Số người cần học từng khóa để đạt chuẩn, theo thứ tự nên học.",
        "How many officials need each course to meet the standards, in the order to take them.";
    RosterPlanEmpty => "Không ai cần học thêm khóa nào.", "Nobody needs another course.";
    RosterCourse => "Khóa học", "Course";
    RosterPeopleCount => "Số người", "Officials";
    RosterEarliest => "Hạn sớm nhất", "Earliest deadline";
    RosterNoDeadline => "không có thời hạn", "no deadline";
    RosterLength => "Thời lượng", "Length";
    RosterShowThem => "Xem danh sách", "Show them";
    RosterByPost => "Theo chức danh", "By post";
    RosterByCommune => "Theo xã, phường, đặc khu", "By commune";
    RosterPost => "Chức danh", "Post";
    RosterCommune => "Xã, phường, đặc khu", "Commune";
    RosterTotal => "Số người", "Officials";
    RosterMeetsAll => "Đạt tất cả tiêu chuẩn", "Meet every standard";
    RosterNeeds => "Cần học", "To take";
    RosterPeople => "Kết quả từng người", "Each official";
    RosterFilter => "Hiển thị", "Show";
    RosterFilterAll => "Tất cả", "Everyone";
    RosterFilterNotAll => "Những người chưa đạt đủ tiêu chuẩn", "Those who do not meet every standard";
    RosterRow => "Dòng", "Row";
    RosterName => "Họ và tên", "Name";
    RosterResult => "Kết quả", "Result";
    RosterAllMet => "Đạt tất cả", "Meets all";
    RosterNotMet => "Chưa đạt", "Not met";
    RosterNothing => "không", "none";
    RosterPageSize => "Số dòng mỗi trang", "Rows per page";
    RosterCount => "Số người hiển thị", "Officials shown";
    RosterNoPeople => "Không có ai trong phần này.", "Nobody here.";
    RosterFirst => "Trang đầu", "First page";
    RosterPrev => "Trang trước", "Previous page";
    RosterNext => "Trang sau", "Next page";
    RosterLast => "Trang cuối", "Last page";
    RosterErrorsNote => "Các dòng này bị bỏ qua, các dòng khác vẫn được đánh giá. Hãy sửa tệp rồi nhập lại.",
        "These rows were skipped; the others were assessed. Correct the file and open it again.";
    RosterNoErrors => "Không có dòng lỗi.", "No row in error.";
    RosterExport => "Xuất và in", "Export and print";
    RosterExportHint => "Tệp CSV mã UTF-8 có BOM: Excel mở được với đủ dấu tiếng Việt. Tệp được tạo trên máy này.",
        "CSV files in UTF-8 with a BOM, so Excel shows the Vietnamese letters. They are made on this device.";
    RosterExportPeople => "Tải kết quả từng người (CSV)", "Download each official's result (CSV)";
    RosterExportPlan => "Tải kế hoạch mở lớp (CSV)", "Download the class plan (CSV)";
    RosterExportErrors => "Tải danh sách dòng lỗi (CSV)", "Download the rows in error (CSV)";
    RosterPrint => "In báo cáo", "Print the report";
    RosterYes => "Có", "Yes";
    RosterNo => "Không", "No";
    RosterCourseId => "Mã khóa học", "Course id";
    RosterProvider => "Nơi đào tạo", "Provider";
    RosterMessage => "Lỗi", "Error";
    RosterDisclaimer => "Kết quả chỉ để tham khảo; cơ quan có thẩm quyền quyết định việc đạt chuẩn.",
        "For guidance only; the competent authority decides whether a standard is met.";
    StatusMet => "Đạt", "Met";
    StatusMissing => "Chưa đạt", "Not met";
    StatusNotRequired => "Không bắt buộc", "Not required";
    StatusAdvised => "Khuyến nghị", "Recommended";
    StatusToCheck => "Cần kiểm tra", "To check";
}

/// The name of a roster field, as the review step shows it.
pub fn field_name(lang: Lang, f: cbcc_engine::roster::Field) -> &'static str {
    use cbcc_engine::roster::Field::*;
    let (vi, en) = match f {
        Name => ("Họ và tên", "Name"),
        Post => ("Chức vụ, chức danh", "Post"),
        Unit => (
            "Loại đơn vị (xã, phường, đặc khu)",
            "Kind of unit (commune, ward, special zone)",
        ),
        Commune => ("Xã, phường, đặc khu", "Commune"),
        DifficultArea => ("Vùng khó khăn", "Difficult area"),
        ExtremelyDifficultArea => ("Xã đặc biệt khó khăn", "Extremely difficult commune"),
        EthnicMinority => ("Dân tộc (thiểu số)", "Ethnic minority"),
        Sex => ("Giới tính", "Sex"),
        BirthDate => ("Ngày sinh", "Birth date"),
        Age => ("Tuổi", "Age"),
        GeneralEducation => ("Giáo dục phổ thông", "General education"),
        ProfessionalLevel => ("Trình độ chuyên môn", "Professional qualification"),
        FieldFitsPost => ("Chuyên ngành phù hợp", "Field fits the post"),
        PoliticalTheory => ("Lý luận chính trị", "Political theory"),
        ItKind => ("Tin học", "IT certificate"),
        ItIssued => ("Ngày cấp chứng chỉ tin học", "IT certificate issued"),
        StateManagement => ("Quản lý nhà nước", "State management"),
        DefenceSecurity => ("Quốc phòng và an ninh", "Defence and security"),
        EthnicLanguage => ("Tiếng dân tộc thiểu số", "Ethnic-minority language"),
        InPostSince => ("Ngày bổ nhiệm", "In post since"),
        LeadershipSince => ("Giữ chức vụ lãnh đạo từ", "Leadership since"),
        Regime => ("Chế độ pháp lý (mã)", "Regime (id)"),
        AsOf => ("Ngày đánh giá", "Assessment date"),
    };
    lang.pick(vi, en)
}

/// "Dòng tiêu đề: dòng 3".
pub fn header_row(lang: Lang, row: &str) -> String {
    match lang {
        Lang::Vi => format!("Dòng tiêu đề: dòng {row}."),
        Lang::En => format!("Heading row: row {row}."),
    }
}

/// "“Trung cấp chính trị – hành chính”: 12 dòng (dòng đầu: 5)".
pub fn unread_value(lang: Lang, value: &str, rows: &str, first: &str) -> String {
    let value = if value.is_empty() {
        lang.pick("(trống)", "(empty)")
    } else {
        value
    };
    match lang {
        Lang::Vi => format!("“{value}”: {rows} dòng (dòng đầu tiên: {first})"),
        Lang::En => format!("“{value}”: {rows} rows (first: row {first})"),
    }
}

/// "và 12 giá trị khác".
pub fn more_values(lang: Lang, n: &str) -> String {
    match lang {
        Lang::Vi => format!("và {n} giá trị khác"),
        Lang::En => format!("and {n} more values"),
    }
}

/// The label of a column's meaning selector.
pub fn column_meaning(lang: Lang, column: &str, heading: &str) -> String {
    match lang {
        Lang::Vi => format!("Cột {column} “{heading}” hiểu là"),
        Lang::En => format!("Column {column} “{heading}” understood as"),
    }
}

/// "Đang áp dụng tiêu chuẩn của tỉnh: …".
pub fn province_applied(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Đang áp dụng tiêu chuẩn của tỉnh: {name}."),
        Lang::En => format!("Applying the provincial standards: {name}."),
    }
}

/// A target's wording: "100% có Trung cấp lý luận chính trị trước 31/12/2027".
pub fn target_goal(lang: Lang, percent: u32, level: &str, by: &str) -> String {
    match lang {
        Lang::Vi => format!("{percent}% đạt {level} trước {by}"),
        Lang::En => format!("{percent}% with {level} by {by}"),
    }
}

/// "Không đọc được tệp “x.csv”: tệp trống."
pub fn file_error(lang: Lang, file: &str, why: &str) -> String {
    match lang {
        Lang::Vi => format!("Không đọc được tệp “{file}”: {why}. Hãy sửa tệp rồi chọn lại."),
        Lang::En => {
            format!("Could not read “{file}”: {why}. Correct the file and choose it again.")
        }
    }
}

pub fn progress_label(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Vi => format!("Đang đánh giá tệp “{file}”"),
        Lang::En => format!("Assessing “{file}”"),
    }
}

/// "Đã xử lý 12.345 dòng (34%)" — numbers already formatted.
pub fn progress(lang: Lang, rows: &str, percent: &str) -> String {
    match lang {
        Lang::Vi => format!("Đã xử lý {rows} dòng ({percent})"),
        Lang::En => format!("{rows} rows done ({percent})"),
    }
}

pub fn done(lang: Lang, file: &str, people: &str, seconds: &str) -> String {
    match lang {
        Lang::Vi => format!("Đã đánh giá {people} người trong tệp “{file}” ({seconds} giây)."),
        Lang::En => format!("Assessed {people} officials from “{file}” ({seconds} s)."),
    }
}

/// "75 người được đánh giá" and the like: numbers already formatted.
pub fn total(lang: Lang, total: &str, meets_all: &str, share: &str, errors: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "{total} người được đánh giá; {meets_all} người ({share}) đạt tất cả tiêu chuẩn; {errors} dòng lỗi."
        ),
        Lang::En => format!(
            "{total} officials assessed; {meets_all} ({share}) meet every standard; {errors} rows in error."
        ),
    }
}

/// The assessment date of rows without an `as_of` cell.
pub fn as_of(lang: Lang, today: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("Ngày đánh giá: {today} (hôm nay), trừ những dòng ghi ngày ở cột as_of.")
        }
        Lang::En => format!(
            "Assessment date: {today} (today), except rows with a date in the as_of column."
        ),
    }
}

/// "8 người" — the number already formatted.
pub fn people(lang: Lang, n: &str) -> String {
    match lang {
        Lang::Vi => format!("{n} người"),
        Lang::En if n == "1" => "1 official".to_string(),
        Lang::En => format!("{n} officials"),
    }
}

pub fn show_for(lang: Lang, course: &str) -> String {
    match lang {
        Lang::Vi => format!("Xem danh sách những người cần học {course}"),
        Lang::En => format!("Show them: those who need {course}"),
    }
}

/// An option of the per-person filter.
pub fn needs(lang: Lang, course: &str) -> String {
    match lang {
        Lang::Vi => format!("Những người cần học: {course}"),
        Lang::En => format!("Those who need: {course}"),
    }
}

pub fn errors(lang: Lang, n: &str) -> String {
    match lang {
        Lang::Vi => format!("Dòng lỗi ({n})"),
        Lang::En => format!("Rows in error ({n})"),
    }
}

pub fn row(lang: Lang, row: &str) -> String {
    match lang {
        Lang::Vi => format!("Dòng {row}"),
        Lang::En => format!("Row {row}"),
    }
}

/// "Trang 2/4.252 — người 51–100 trên 212.600" — numbers already formatted.
pub fn page(lang: Lang, page: &str, pages: &str, from: &str, to: &str, total: &str) -> String {
    match lang {
        Lang::Vi => format!("Trang {page}/{pages} — dòng {from}–{to} trên {total}"),
        Lang::En => format!("Page {page} of {pages} — {from}–{to} of {total}"),
    }
}

pub fn pager(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Vi => format!("Chuyển trang: {what}"),
        Lang::En => format!("Pages: {what}"),
    }
}

/// The heading printed on the report.
pub fn print_heading(lang: Lang, file: &str, day: &str) -> String {
    match lang {
        Lang::Vi => format!("Báo cáo rà soát tiêu chuẩn — tệp “{file}” — ngày {day}"),
        Lang::En => format!("Standards review — file “{file}” — {day}"),
    }
}
