//! The one catalogue of every UI string, Vietnamese first, English second.
//!
//! Fixed strings are keys of [`K`] (one line each in the table below); strings with values in
//! them are the functions after the table. Names that come from the rule data (posts, regimes,
//! levels, reasons, trainings) are already bilingual in the engine; [`Lang::pick`] chooses.

use cbcc_engine::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// The BCP 47 code for `<html lang>` and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// Chooses between the Vietnamese and English forms of a bilingual value.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

macro_rules! catalogue {
    ($($key:ident => $vi:expr, $en:expr;)*) => {
        /// A fixed UI string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K {
            $($key),*
        }

        /// Every key, for tests.
        #[cfg(test)]
        pub const ALL: &[K] = &[$(K::$key),*];

        /// (Vietnamese, English) of every key, in the order of `K` (a table is smaller than a match).
        const TABLE: &[(&str, &str)] = &[$(($vi, $en)),*];
    };
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: K) -> &'static str {
    let (vi, en) = TABLE[key as usize];
    lang.pick(vi, en)
}

/// The icon and the text of a status (the icon is decoration: the text says it); an unknown or
/// too-high age is a point to check, not a recommendation. Used by both views.
pub fn status_text(
    lang: Lang,
    area: cbcc_engine::schema::Area,
    status: cbcc_engine::Status,
) -> (&'static str, &'static str) {
    use cbcc_engine::{schema::Area, Status};
    let (icon, key) = match status {
        Status::Met => ("✓", K::StatusMet),
        Status::Missing => ("✗", K::StatusMissing),
        Status::NotRequired => ("–", K::StatusNotRequired),
        Status::Advised if area == Area::Age => ("?", K::StatusToCheck),
        Status::Advised => ("!", K::StatusAdvised),
    };
    (icon, t(lang, key))
}

catalogue! {
    Title => "Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã",
        "Self-assessment of standards for commune cadres and civil servants";
    Intro => "Chọn chức danh và nhập những gì bạn đã có (bằng cấp, lý luận chính trị, tin học, quản lý nhà nước…). Kết quả hiện ngay: tiêu chuẩn nào đã đạt, còn thiếu gì, cần học lớp nào, hạn đến khi nào, kèm căn cứ pháp lý. Không cần bấm nút gửi; câu trả lời chỉ lưu trên máy này.",
        "Choose your post and enter what you hold (degree, political theory, IT, state management…). The result appears at once: which standards you meet, what is missing, which course to take and by when, with the legal basis. There is no button to press; your answers stay on this device.";
    JumpToResult => "Xem kết quả", "See the result";

    // Toolbar
    Tools => "Công cụ", "Tools";
    SwitchLanguage => "English", "Tiếng Việt";
    SwitchLanguageHint => "Switch to English", "Chuyển sang tiếng Việt";
    CopyLink => "Sao chép liên kết", "Copy link";
    Print => "In phiếu", "Print";
    StartAgain => "Làm lại", "Start again";
    ShareLinkLabel => "Liên kết chia sẻ", "Share link";
    ShareLinkHint => "Ai mở liên kết này sẽ thấy đúng các câu trả lời của bạn. Liên kết không chứa họ tên.",
        "Whoever opens this link sees exactly your answers. The link holds no name.";
    Copied => "Đã sao chép liên kết.", "Link copied.";
    CopyFailed => "Không tự sao chép được. Hãy chọn liên kết trong ô dưới đây rồi sao chép.",
        "Could not copy automatically. Select the link in the box below and copy it.";
    NeedPostToShare => "Hãy chọn chức danh trước khi chia sẻ.", "Choose a post before sharing.";

    // Notices
    Dismiss => "Đóng", "Close";
    Undo => "Hoàn tác", "Undo";
    Cleared => "Đã xóa mọi câu trả lời.", "All answers cleared.";
    StorageReset => "Không đọc được các câu trả lời đã lưu trên máy này (dữ liệu hỏng hoặc của phiên bản khác), nên biểu mẫu đã được làm trống. Vui lòng nhập lại.",
        "The answers saved on this device could not be read (damaged, or from another version), so the form has been emptied. Please enter them again.";
    LinkLoaded => "Đã mở các câu trả lời từ liên kết chia sẻ.", "Opened the answers from the share link.";

    // Fieldsets, labels, hints
    FsRules => "Quy định và ngày đánh giá", "Rules and assessment date";
    FsRulesHint => "Thường không cần đổi: mặc định là quy định đang có hiệu lực hôm nay.",
        "Usually left alone: by default the rules in force today are used.";
    Regime => "Bộ quy định áp dụng", "Rules to apply";
    RegimeHint => "Chọn bộ quy định cũ hơn để xem kết quả theo quy định trước đây.",
        "Pick older rules to see the result under earlier law.";
    RegimeAuto => "Tự động: theo ngày đánh giá", "Automatic: by the assessment date";
    AsOf => "Ngày đánh giá", "Assessment date";
    FsPost => "Chức danh và nơi công tác", "Post and workplace";
    Post => "Chức danh đang giữ", "Your post";
    PostHint => "Danh sách theo bộ quy định đang áp dụng.", "The list follows the rules being applied.";
    PostChoose => "— Chọn chức danh —", "— Choose a post —";
    GroupCanBo => "Cán bộ", "Cadres";
    GroupCongChuc => "Công chức", "Civil servants";
    GroupLanhDao => "Lãnh đạo, quản lý", "Leadership and management";
    GroupChuyenMon => "Chuyên môn", "Specialists";
    Unit => "Đơn vị hành chính", "Administrative unit";
    UnitHint => "Xã, phường hoặc đặc khu nơi bạn công tác (danh sách theo bộ quy định đang áp dụng; thị trấn chỉ có đến 30/06/2025).",
        "The commune, ward or special zone where you work (the list follows the rules being applied; townships existed only until 30 Jun 2025).";
    Difficult => "Xã ở vùng khó khăn", "Commune in a difficult area";
    DifficultHint => "Đánh dấu nếu xã thuộc miền núi, vùng cao, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số hoặc vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn. Ở những nơi này một số tiêu chuẩn thấp hơn.",
        "Tick if the commune is in a mountain, highland, border or island area, an ethnic-minority area or an area of extreme economic hardship. Some standards are lower there.";
    DifficultImplied => "Đã được tính là có, vì xã đặc biệt khó khăn (ô dưới đây) cũng là xã ở vùng khó khăn.",
        "Counted as ticked: a commune with extremely difficult conditions (the box below) is in a difficult area.";
    ExtremelyDifficult => "Xã đặc biệt khó khăn", "Commune with extremely difficult conditions";
    ExtremelyDifficultHint => "Đánh dấu nếu nơi bạn công tác thuộc danh sách xã có điều kiện kinh tế – xã hội đặc biệt khó khăn; xã này cũng được tính là ở vùng khó khăn.",
        "Tick if your commune is on the list of communes with extremely difficult socio-economic conditions (xã đặc biệt khó khăn); it then also counts as a difficult area.";
    InPostSince => "Giữ chức danh này từ ngày", "In this post since";
    InPostSinceHint => "Dùng để tính thời hạn đạt chuẩn. Bỏ trống nếu không nhớ.",
        "Used to work out the deadline to meet a standard. Leave empty if unsure.";
    FsPerson => "Thông tin cá nhân và học vấn", "Personal details and schooling";
    Sex => "Giới tính", "Sex";
    SexHint => "Tuổi nghỉ hưu của nam và nữ khác nhau (Nghị định 135/2020/NĐ-CP). Nếu không chọn, kết quả về tuổi có thể chỉ là “cần kiểm tra”.",
        "Men and women retire at different ages (Decree 135/2020/NĐ-CP). Without it, the result on age may only be “to check”.";
    SexNotGiven => "— Chưa chọn —", "— Not given —";
    SexNam => "Nam", "Male (nam)";
    SexNu => "Nữ", "Female (nữ)";
    BirthDate => "Ngày sinh", "Date of birth";
    BirthDateHint => "Nếu nhập, ngày sinh được dùng thay cho tuổi (tính chính xác hơn). Có thể bỏ trống và chỉ nhập tuổi.",
        "When given, it is used instead of the age (more exact). You may leave it empty and give your age only.";
    Age => "Tuổi", "Age";
    AgeHint => "Nếu không nhập ngày sinh: số tuổi hiện nay, từ 15 đến 80.",
        "If you give no date of birth: your age now, from 15 to 80.";
    AgeHintBirthDate => "Đang dùng ngày sinh ở trên, nên tuổi nhập ở đây không được tính.",
        "The date of birth above is used, so the age typed here is not counted.";
    EthnicMinority => "Người dân tộc thiểu số", "I belong to an ethnic minority";
    EthnicMinorityHint => "Một số thời hạn đạt chuẩn dài hơn cho công chức là người dân tộc thiểu số.",
        "Some deadlines are longer for civil servants who belong to an ethnic minority (người dân tộc thiểu số).";
    GeneralEducation => "Giáo dục phổ thông", "General education";
    GeneralEducationHint => "Bậc phổ thông cao nhất đã tốt nghiệp (kể cả bổ túc).",
        "The highest school level completed (continuing education included).";
    FsProfessional => "Trình độ chuyên môn", "Professional qualification";
    Professional => "Bằng chuyên môn cao nhất", "Highest professional qualification";
    ProfessionalHint => "Sơ cấp, trung cấp, cao đẳng, đại học hoặc sau đại học.",
        "Elementary, intermediate, college, university or postgraduate.";
    FieldFits => "Ngành học phù hợp với chức danh", "The field of study suits the post";
    FieldFitsHint => "Bỏ đánh dấu nếu bằng thuộc ngành khác với công việc của chức danh.",
        "Untick if the degree is in a field unrelated to the post's work.";
    FsPolitical => "Lý luận chính trị", "Political theory";
    Political => "Trình độ lý luận chính trị", "Political theory level";
    PoliticalHint => "Bằng hoặc chứng chỉ cao nhất đã được cấp.", "The highest diploma or certificate issued to you.";
    FsIt => "Tin học", "IT skills";
    ItHint => "Thêm từng chứng chỉ tin học đã có, kèm ngày cấp. Chứng chỉ A, B, C chỉ được công nhận nếu cấp trước 10/08/2016.",
        "Add each IT certificate you hold, with its date of issue. A, B and C certificates count only if issued before 10 Aug 2016.";
    ItNone => "Chưa thêm chứng chỉ tin học nào.", "No IT certificate added yet.";
    ItKind => "Loại chứng chỉ", "Kind of certificate";
    ItKindHint => "A, B, C là chứng chỉ loại cũ.", "A, B and C are the old kinds.";
    ItIssued => "Ngày cấp", "Date of issue";
    ItIssuedHint => "Ghi trên chứng chỉ.", "As printed on the certificate.";
    ItAdd => "Thêm chứng chỉ tin học", "Add an IT certificate";
    FsStateManagement => "Quản lý nhà nước", "State management";
    StateManagement => "Chương trình quản lý nhà nước đã học", "State-management programme completed";
    StateManagementHint => "Chọn chương trình cao nhất đã có chứng chỉ.", "The highest programme you hold a certificate for.";
    FsDefence => "Quốc phòng và an ninh", "Defence and security";
    Defence => "Bồi dưỡng kiến thức quốc phòng và an ninh", "Defence and security course";
    DefenceHint => "Đối tượng ghi trên chứng chỉ; đối tượng 4 là lớp dành cho cấp xã.",
        "The group on the certificate; group 4 is the commune-level course.";
    FsEthnic => "Tiếng dân tộc thiểu số", "Ethnic-minority language";
    Ethnic => "Có chứng chỉ tiếng dân tộc thiểu số của địa phương", "I hold a certificate in the local ethnic-minority language";
    EthnicHint => "Chỉ được yêu cầu ở một số vùng đồng bào dân tộc thiểu số.", "Required only in some ethnic-minority areas.";

    // Field errors
    AgeError => "Tuổi phải là số nguyên từ 15 đến 80.", "Age must be a whole number from 15 to 80.";
    DateError => "Ngày không hợp lệ: nhập đủ ngày, tháng, năm (từ năm 1900).",
        "Not a valid date: enter day, month and year (1900 or later).";

    // Result
    Result => "Kết quả", "Result";
    Prompt => "Hãy chọn chức danh ở trên. Kết quả sẽ hiện ngay tại đây.",
        "Choose your post above. The result appears here at once.";
    SummaryNote => "Cách tính: số lĩnh vực “đạt” trên tổng số lĩnh vực “đạt” và “chưa đạt”; lĩnh vực “không bắt buộc”, “khuyến nghị” hay “cần kiểm tra” không tính.",
        "How it is counted: areas “met” out of the areas “met” or “not met”; areas “not required”, “recommended” or “to check” are left out.";
    StatusMet => "Đạt", "Met";
    StatusMissing => "Chưa đạt", "Not met";
    StatusNotRequired => "Không bắt buộc", "Not required";
    StatusAdvised => "Khuyến nghị", "Recommended";
    StatusToCheck => "Cần kiểm tra", "To check";
    Required => "Yêu cầu", "Required";
    Target => "Mục tiêu đào tạo", "Training target";
    NothingRequired => "Không có yêu cầu", "Nothing required";
    Why => "Lý do", "Why";
    Basis => "Căn cứ", "Legal basis";
    DeadlineBasis => "Căn cứ thời hạn", "Basis of the deadline";
    Deadline => "Thời hạn", "Deadline";
    Overdue => "quá hạn", "overdue";
    Unverified => "chưa xác minh", "unverified";
    UnverifiedNote => "“Chưa xác minh”: quy định này chưa đối chiếu được với văn bản gốc; hãy hỏi lại Văn phòng HĐND và UBND xã hoặc Sở Nội vụ.",
        "“Unverified”: this rule could not yet be checked against the original text; ask your commune's People's Council and People's Committee office or the provincial Department of Home Affairs (Sở Nội vụ).";
    Course => "Khóa học", "Course";
    Plan => "Kế hoạch học tập", "Training plan";
    PlanIntro => "Học theo thứ tự dưới đây:", "Take them in this order:";
    PlanEmpty => "Không có khóa học bắt buộc nào.", "No course is required.";
    Length => "Thời lượng", "Length";
    Provider => "Nơi đào tạo", "Provider";
    CompleteBy => "Hoàn thành trước", "Complete by";
    Suggested => "Khóa học khuyến nghị", "Recommended courses";
    SuggestedIntro => "Không bắt buộc theo quy định, nhưng nên học:", "Not required by law, but worth taking:";
    Reminders => "Nhắc nhở", "Reminders";
    Disclaimer => "Kết quả chỉ để tham khảo; cơ quan có thẩm quyền quyết định việc đạt chuẩn.",
        "For guidance only; the competent authority decides whether a standard is met.";

    // Print
    PrintTitle => "Phiếu tự đánh giá", "Self-assessment sheet";
    Answers => "Câu trả lời", "Answers";
    Yes => "Có", "Yes";
    No => "Không", "No";
    NotGiven => "chưa nhập", "not given";
    Person => "Thông tin cá nhân", "Personal details";
    Today => "hôm nay", "today";
    Now => "nay", "now";

    // Provincial standards and embedding
    FromProvince => "Tiêu chuẩn của tỉnh", "Provincial standard";
    ProvinceApplied => "Áp dụng thêm tiêu chuẩn của tỉnh", "Provincial standards applied as well";
    ProvinceLoading => "Đang tải tiêu chuẩn của tỉnh…", "Loading the provincial standards…";
    ProvinceExample => "Đây là tệp ví dụ để minh họa, không phải quy định thật của tỉnh nào.",
        "This is an example file, an illustration, not any province's real rules.";
    RegimeFixed => "Bộ quy định này do cổng thông tin đặt sẵn.", "These rules were set by the portal.";
}

/// Vietnamese dates as 01/08/2028, English as 1 Aug 2028.
pub fn date(lang: Lang, d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Vi => d.vi(),
        Lang::En => format!(
            "{} {} {}",
            d.day,
            MONTHS[(d.month as usize).saturating_sub(1) % 12],
            d.year
        ),
    }
}

/// "Áp dụng: … — ngày đánh giá … — quy định rà soát ngày …"
pub fn applied(lang: Lang, rules: &str, as_of: &str, checked: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("Áp dụng: {rules} — ngày đánh giá {as_of} — quy định rà soát ngày {checked}")
        }
        Lang::En => {
            format!("Applying: {rules} — assessment date {as_of} — rules checked on {checked}")
        }
    }
}

/// Said after the rules when they were chosen by hand and are not in force on the date.
pub fn what_if(lang: Lang) -> &'static str {
    lang.pick(
        " (giả định: bộ quy định này không có hiệu lực vào ngày đánh giá)",
        " (what if: these rules are not in force on the assessment date)",
    )
}

pub fn no_rules_on(lang: Lang, day: &str) -> String {
    match lang {
        Lang::Vi => format!("Không có bộ quy định nào có hiệu lực vào ngày {day}."),
        Lang::En => format!("No set of rules is in force on {day}."),
    }
}

/// An option of the regime list: its name and when it was in force.
pub fn regime_option(lang: Lang, name: &str, from: &str, until: Option<&str>) -> String {
    let until = until.unwrap_or(t(lang, K::Now));
    format!("{name} ({from} – {until})")
}

pub fn as_of_hint(lang: Lang, today: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Bỏ trống để dùng ngày hôm nay ({today}). Thời hạn đạt chuẩn được tính theo ngày này."
        ),
        Lang::En => {
            format!("Leave empty to use today ({today}). Deadlines are counted from this date.")
        }
    }
}

pub fn post_cleared(lang: Lang, post: &str, rules: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Chức danh “{post}” không có trong {rules}, nên đã được bỏ chọn. Vui lòng chọn lại chức danh."
        ),
        Lang::En => format!(
            "The post “{post}” does not exist in {rules}, so it has been cleared. Please choose your post again."
        ),
    }
}

/// Why a unit does not exist under the rules in use: the day it ended or began, else the rules.
pub enum UnitGone<'a> {
    Until(&'a str),
    From(&'a str),
    Rules(&'a str),
}

/// The unit was set back to xã because the rules in use do not have it.
pub fn unit_reset(lang: Lang, unit: &str, why: UnitGone, to: &str) -> String {
    match (lang, why) {
        (Lang::Vi, UnitGone::Until(d)) => format!(
            "{unit} chỉ có đến ngày {d}, nên đơn vị đã được đổi thành {to}. Vui lòng kiểm tra lại."
        ),
        (Lang::Vi, UnitGone::From(d)) => format!(
            "{unit} chỉ có từ ngày {d}, nên đơn vị đã được đổi thành {to}. Vui lòng kiểm tra lại."
        ),
        (Lang::Vi, UnitGone::Rules(r)) => format!(
            "{unit} không có trong {r}, nên đơn vị đã được đổi thành {to}. Vui lòng kiểm tra lại."
        ),
        (Lang::En, UnitGone::Until(d)) => format!(
            "{unit} existed only until {d}, so the unit has been changed to {to}. Please check it."
        ),
        (Lang::En, UnitGone::From(d)) => format!(
            "{unit} exists only from {d}, so the unit has been changed to {to}. Please check it."
        ),
        (Lang::En, UnitGone::Rules(r)) => format!(
            "{unit} does not exist under {r}, so the unit has been changed to {to}. Please check it."
        ),
    }
}

/// A birth date that gives an age out of the accepted range on the assessment date.
pub fn birth_date_age(lang: Lang, age: i32) -> String {
    let (min, max) = (
        cbcc_engine::profile::AGE_RANGE.start(),
        cbcc_engine::profile::AGE_RANGE.end(),
    );
    match lang {
        Lang::Vi => format!(
            "Với ngày sinh này, vào ngày đánh giá bạn {age} tuổi; tuổi phải từ {min} đến {max}. Hãy kiểm tra lại năm sinh."
        ),
        Lang::En => format!(
            "This date of birth makes you {age} on the assessment date; the age must be from {min} to {max}. Check the year."
        ),
    }
}

pub fn link_damaged(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Không mở được liên kết chia sẻ: {why}. Đang dùng các câu trả lời đã lưu trên máy này (nếu có)."
        ),
        Lang::En => format!(
            "The share link could not be opened: {why}. Using the answers saved on this device, if any."
        ),
    }
}

pub fn result_error(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Vi => format!("Chưa tính được kết quả: {why}"),
        Lang::En => format!("No result yet: {why}"),
    }
}

/// The one-line summary: standards met over standards set, and the courses to take.
pub fn summary(lang: Lang, met: usize, total: usize, courses: usize) -> String {
    match lang {
        Lang::Vi => {
            let head = if total == 0 {
                "Chức danh này không có tiêu chuẩn nào cần đối chiếu".to_string()
            } else if met == total {
                format!("Đạt đủ {met}/{total} tiêu chuẩn")
            } else {
                format!("Đạt {met}/{total} tiêu chuẩn")
            };
            let tail = if courses == 0 {
                "không cần học thêm khóa nào".to_string()
            } else {
                format!("cần học {courses} khóa")
            };
            format!("{head} — {tail}")
        }
        Lang::En => {
            let head = if total == 0 {
                "This post has no standard to check".to_string()
            } else if met == total {
                format!("Meets all {total} standards")
            } else {
                format!("Meets {met} of {total} standards")
            };
            let tail = match courses {
                0 => "no course needed".to_string(),
                1 => "1 course to take".to_string(),
                n => format!("{n} courses to take"),
            };
            format!("{head} — {tail}")
        }
    }
}

pub fn post_line(lang: Lang, post: &str) -> String {
    match lang {
        Lang::Vi => format!("Chức danh: {post}"),
        Lang::En => format!("Post: {post}"),
    }
}

/// The heading of one IT-certificate row ("Chứng chỉ 1").
pub fn it_row(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Chứng chỉ {n}"),
        Lang::En => format!("Certificate {n}"),
    }
}

pub fn it_remove(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Xóa chứng chỉ {n}"),
        Lang::En => format!("Remove certificate {n}"),
    }
}

/// Said after the rules in the rules line when a province's standards are layered on them.
pub fn with_province(lang: Lang) -> &'static str {
    lang.pick(
        " cùng tiêu chuẩn của tỉnh",
        " plus the provincial standards",
    )
}

/// The province file could not be used (`why`: the engine's message, or why it did not load).
pub fn province_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Không dùng được tệp tiêu chuẩn của tỉnh: {why}. Công cụ đang áp dụng tiêu chuẩn quốc gia."
        ),
        Lang::En => format!(
            "The provincial standards file could not be used: {why}. The national standards are applied."
        ),
    }
}

/// The province file is for other rules than those in use.
pub fn province_not_applied(lang: Lang, rules: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Tiêu chuẩn của tỉnh dành cho {rules}, khác bộ quy định đang áp dụng, nên chưa được tính."
        ),
        Lang::En => format!(
            "These provincial standards are for {rules}, not the rules being applied, so they are not counted."
        ),
    }
}

/// The personal details in one line of the answers block (the printed sheet must fit a page):
/// "Nữ, 54 tuổi (sinh ngày 10/05/1972), người dân tộc thiểu số". `birth`: the date of birth and
/// the age it gives on the assessment date (used instead of `age`).
pub fn person(
    lang: Lang,
    sex: Option<cbcc_engine::profile::Sex>,
    birth: Option<(Date, i32)>,
    age: Option<u32>,
    ethnic_minority: bool,
) -> String {
    use cbcc_engine::profile::Sex;
    let sex = match sex {
        Some(Sex::Nam) => lang.pick("Nam", "Male"),
        Some(Sex::Nu) => lang.pick("Nữ", "Female"),
        None => lang.pick("Chưa nhập giới tính", "Sex not given"),
    };
    let age = match (birth, age, lang) {
        (Some((b, a)), _, Lang::Vi) => format!("{a} tuổi (sinh ngày {})", date(lang, b)),
        (Some((b, a)), _, Lang::En) => format!("aged {a} (born {})", date(lang, b)),
        (None, Some(a), Lang::Vi) => format!("{a} tuổi"),
        (None, Some(a), Lang::En) => format!("aged {a}"),
        (None, None, _) => lang.pick("chưa nhập tuổi", "age not given").to_string(),
    };
    let mut line = format!("{sex}, {age}");
    if ethnic_minority {
        line.push_str(lang.pick(", người dân tộc thiểu số", ", ethnic minority"));
    }
    line
}

// ---- Roster view (issue 6): the view switch and the loader of the roster's wasm
// (src/roster/host.rs), built into the self-assessment. Own table: the roster's strings below
// are only in the roster's wasm. ----

/// The strings of the switch between the two views and of the roster view's loader.
#[allow(dead_code)]
pub mod views {
    use super::Lang;

    /// The text of `key` in `lang`.
    pub fn t(lang: Lang, key: K) -> &'static str {
        let (vi, en) = TABLE[key as usize];
        lang.pick(vi, en)
    }

    catalogue! {
        ViewsLabel => "Chế độ làm việc", "Views";
        ViewSelf => "Tự đánh giá", "Self-assessment";
        ViewRoster => "Rà soát danh sách (cấp xã, Sở Nội vụ)",
            "Roster review (commune, Home Affairs)";
        RosterTitle => "Rà soát tiêu chuẩn cán bộ, công chức cấp xã theo danh sách",
            "Reviewing the standards of commune cadres and civil servants from a roster";
        RosterLoading => "Đang tải phần rà soát danh sách…", "Loading the roster review…";
        RosterLoadFailed => "Không tải được phần rà soát danh sách. Hãy kiểm tra kết nối rồi tải lại trang.",
            "The roster review could not be loaded. Check the connection and reload the page.";
    }
}

/// The strings of the roster view, "Rà soát danh sách": the same pattern in a
/// namespace of its own, since most of them are built only into the roster's wasm, which is
/// loaded when that view is opened (so the self-assessment does not carry them).
#[allow(dead_code)]
pub mod roster {
    use super::Lang;

    /// The text of `key` in `lang`.
    pub fn t(lang: Lang, key: K) -> &'static str {
        let (vi, en) = TABLE[key as usize];
        lang.pick(vi, en)
    }

    catalogue! {
        RosterIntro => "Dành cho Đảng ủy, Văn phòng HĐND và UBND xã, phường, đặc khu và Sở Nội vụ tỉnh, thành phố: nhập danh sách cán bộ, công chức (tệp CSV hoặc Excel .xlsx) để biết bao nhiêu người đạt từng tiêu chuẩn và cần mở những lớp nào. Tệp chỉ được đọc trên máy này, không gửi đi đâu.",
            "For the Party committee and the People's Council and People's Committee office of a commune, ward or special zone, and for the provincial Department of Home Affairs (Sở Nội vụ): open a roster of cadres and civil servants (a CSV or Excel .xlsx file) to see how many meet each standard and which classes to open. The file is read on this device only and sent nowhere.";
        RosterFile => "Tệp danh sách (CSV hoặc Excel .xlsx)", "Roster file (CSV or Excel .xlsx)";
        RosterFileHint => "Hoặc kéo thả tệp vào khung này. Dòng đầu tiên là tên các cột.",
            "Or drag the file into this box. The first row names the columns.";
        RosterDropHere => "Thả tệp vào đây", "Drop the file here";
        RosterColumns => "Các cột của danh sách", "The roster's columns";
        RosterColumnsRequired => "Bắt buộc có (ô có thể để trống):", "Required (cells may be empty):";
        RosterColumnsOptional => "Không bắt buộc:", "Optional:";
        RosterColumnsValues => "Giá trị các ô theo hợp đồng dữ liệu (ví dụ post = chu_tich_ubnd, professional_level = dai_hoc); ngày viết 2024-06-01 hoặc 01/06/2024.",
            "Cell values follow the data contract (e.g. post = chu_tich_ubnd, professional_level = dai_hoc); dates as 2024-06-01 or 01/06/2024.";
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
}

// ---- end of the roster view's strings ----

#[cfg(test)]
mod tests {
    use super::*;

    fn every_string() -> Vec<String> {
        let mut all = Vec::new();
        for lang in [Lang::Vi, Lang::En] {
            all.extend(ALL.iter().map(|k| t(lang, *k).to_string()));
            all.push(applied(lang, "A", "B", "C"));
            all.push(summary(lang, 6, 8, 2));
            all.push(summary(lang, 8, 8, 0));
            all.push(summary(lang, 0, 0, 0));
            all.push(post_cleared(lang, "A", "B"));
            for why in [
                UnitGone::Until("B"),
                UnitGone::From("B"),
                UnitGone::Rules("B"),
            ] {
                all.push(unit_reset(lang, "A", why, "D"));
            }
            all.push(birth_date_age(lang, 12));
            all.push(person(lang, None, None, None, true));
            all.push(person(
                lang,
                Some(cbcc_engine::profile::Sex::Nu),
                Some((Date::parse("1975-05-01").unwrap(), 51)),
                None,
                false,
            ));
            all.push(link_damaged(lang, "A"));
            all.push(as_of_hint(lang, "A"));
            all.push(what_if(lang).to_string());
            all.push(with_province(lang).to_string());
            all.push(province_failed(lang, "A"));
            all.push(province_not_applied(lang, "A"));
        }
        all
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        for k in ALL {
            assert!(!t(Lang::Vi, *k).trim().is_empty(), "{k:?} vi");
            assert!(!t(Lang::En, *k).trim().is_empty(), "{k:?} en");
        }
    }

    #[test]
    fn vietnamese_is_precomposed() {
        // NFC Vietnamese never needs a combining mark (U+0300–U+036F) after a letter.
        for s in every_string() {
            assert!(
                !s.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
                "combining mark in {s:?}"
            );
        }
    }

    #[test]
    fn the_summary_reads_as_the_issue_asks() {
        assert_eq!(
            summary(Lang::Vi, 6, 8, 2),
            "Đạt 6/8 tiêu chuẩn — cần học 2 khóa"
        );
        assert_eq!(
            summary(Lang::En, 1, 2, 1),
            "Meets 1 of 2 standards — 1 course to take"
        );
    }

    #[test]
    fn dates_in_both_languages() {
        let d = Date::parse("2028-08-01").unwrap();
        assert_eq!(date(Lang::Vi, d), "01/08/2028");
        assert_eq!(date(Lang::En, d), "1 Aug 2028");
    }
}
