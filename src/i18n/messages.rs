//! The self-assessment's strings with values in them, and those that quote the rule data: the
//! accepted ages, the cut-off date of the old IT certificates, the units and the professional
//! levels, the document fixing the retirement ages. Those facts are read from the engine, never
//! written here, so that a change of the law is a change of `engine/rules/` only.

use super::{date, t, Lang, K};
use cbcc_engine::labels::{self, capitalise};
use cbcc_engine::profile::{Sex, AGE_RANGE};
use cbcc_engine::rules::rule_set;
use cbcc_engine::schema::Area;
use cbcc_engine::Date;

/// "a, b hoặc c" / "a, b or c".
fn one_of(lang: Lang, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [head @ .., last] => format!("{} {} {last}", head.join(", "), lang.pick("hoặc", "or")),
    }
}

/// The hint of the unit field: the units that exist today, from the rule data, and the day
/// each unit that no longer exists ended.
pub fn unit_hint(lang: Lang) -> String {
    let units = &rule_set().catalogue.units;
    let now: Vec<&str> = units
        .iter()
        .filter(|u| u.until.is_none())
        .map(|u| lang.pick(&u.name_vi, &u.name_en))
        .collect();
    let gone: String = units
        .iter()
        .filter_map(|u| Some((u, date(lang, u.until?))))
        .map(|(u, until)| match lang {
            Lang::Vi => format!("; {} chỉ có đến {until}", u.name_vi),
            Lang::En => format!("; {}s existed only until {until}", u.name_en),
        })
        .collect();
    let now = one_of(lang, &now);
    match lang {
        Lang::Vi => format!(
            "{} nơi bạn công tác (danh sách theo bộ quy định đang áp dụng{gone}).",
            capitalise(&now)
        ),
        Lang::En => {
            format!("The {now} where you work (the list follows the rules being applied{gone}).")
        }
    }
}

/// The hint of the sex field, naming the document that fixes the retirement ages.
pub fn sex_hint(lang: Lang) -> String {
    let document = &rule_set().catalogue.age.retirement_basis.document;
    match lang {
        Lang::Vi => format!(
            "Tuổi nghỉ hưu của nam và nữ khác nhau ({document}). Nếu không chọn, kết quả về tuổi có thể chỉ là “cần kiểm tra”."
        ),
        Lang::En => format!(
            "Men and women retire at different ages ({document}). Without it, the result on age may only be “to check”."
        ),
    }
}

/// The hint of the age field, with the engine's accepted ages.
pub fn age_hint(lang: Lang) -> String {
    let (min, max) = (AGE_RANGE.start(), AGE_RANGE.end());
    match lang {
        Lang::Vi => format!("Nếu không nhập ngày sinh: số tuổi hiện nay, từ {min} đến {max}."),
        Lang::En => format!("If you give no date of birth: your age now, from {min} to {max}."),
    }
}

/// The error of an age the engine does not accept.
pub fn age_error(lang: Lang) -> String {
    let (min, max) = (AGE_RANGE.start(), AGE_RANGE.end());
    match lang {
        Lang::Vi => format!("Tuổi phải là số nguyên từ {min} đến {max}."),
        Lang::En => format!("Age must be a whole number from {min} to {max}."),
    }
}

/// The hint of the professional field: the levels of the scale, from the rule data.
pub fn professional_hint(lang: Lang) -> String {
    let levels: Vec<&str> = Area::Professional
        .scale()
        .iter()
        .filter(|id| **id != "none")
        .map(|id| {
            let (vi, en) = labels::level(Area::Professional, id);
            lang.pick(vi, en)
        })
        .collect();
    format!("{}.", capitalise(&one_of(lang, &levels)))
}

/// The day before which the old A, B and C IT certificates count (an equivalence of the rule
/// data), if any.
pub fn it_cut_off() -> Option<Date> {
    rule_set()
        .catalogue
        .equivalences
        .iter()
        .filter(|e| e.area == Area::It)
        .find_map(|e| e.issued_before)
}

/// The hint of the IT certificates, with the cut-off day of the old kinds.
pub fn it_hint(lang: Lang) -> String {
    let head = lang.pick(
        "Thêm từng chứng chỉ tin học đã có, kèm ngày cấp.",
        "Add each IT certificate you hold, with its date of issue.",
    );
    match (it_cut_off().map(|d| date(lang, d)), lang) {
        (Some(d), Lang::Vi) => {
            format!("{head} Chứng chỉ A, B, C chỉ được công nhận nếu cấp trước {d}.")
        }
        (Some(d), Lang::En) => {
            format!("{head} A, B and C certificates count only if issued before {d}.")
        }
        (None, _) => head.to_string(),
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
    let (min, max) = (AGE_RANGE.start(), AGE_RANGE.end());
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
            // A standard no course closes (the age) is missing, not "nothing to do".
            let tail = if courses == 0 && met < total {
                "tiêu chuẩn còn thiếu không có khóa học bù".to_string()
            } else if courses == 0 {
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
                0 if met < total => "no course closes what is missing".to_string(),
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
    sex: Option<Sex>,
    birth: Option<(Date, i32)>,
    age: Option<u32>,
    ethnic_minority: bool,
) -> String {
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
