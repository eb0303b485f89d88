//! The reason shown for a verdict, in Vietnamese and English: written only when a report is
//! shown, never when a roster is counted.

use crate::age::{self, AgeFinding};
use crate::date::Date;
use crate::labels::{self, capitalise, is_upper, lower, lowercase};
use crate::profile::Profile;
use crate::rules::rule_set;
use crate::schema::Area;
use crate::verdict::{held, Detail, Status, Verdict};

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms such as "IT" or "CNTT" as they are.
        Some(f) if !c.clone().next().is_some_and(is_upper) => {
            std::iter::once(lower(f)).chain(c).collect()
        }
        _ => s.to_string(),
    }
}

/// A level's name mid-sentence: "hiện có cử nhân chính trị", not "có Cử nhân chính trị".
fn name(area: Area, id: &str) -> (String, String) {
    let (vi, en) = labels::level(area, id);
    (lower_first(vi), lower_first(en))
}

/// The age as the report's `held`: the age on the assessment day.
pub fn age_held(p: &Profile, as_of: Date) -> String {
    match (p.birth_date, p.age) {
        (Some(b), _) => age::age_on(b, as_of).to_string(),
        (None, Some(a)) => a.to_string(),
        _ => String::new(),
    }
}

/// "sinh ngày 12/05/1980" / "45 tuổi" / "chưa nhập ngày sinh hoặc tuổi".
fn age_phrase(p: &Profile) -> (String, String) {
    match (p.birth_date, p.age) {
        (Some(b), _) => (format!("sinh ngày {}", b.vi()), format!("born on {b}")),
        (None, Some(a)) => (format!("{a} tuổi"), format!("{a} years old")),
        _ => (
            "chưa nhập ngày sinh hoặc tuổi".into(),
            "no birth date or age given".into(),
        ),
    }
}

/// What the official holds, mid-sentence.
fn held_phrase(v: &Verdict, p: &Profile) -> (String, String) {
    match (v.area, v.detail) {
        (Area::Age, _) => age_phrase(p),
        (Area::It, Detail::ItNotRecognised(i)) => {
            let c = &p.it[i];
            let (vi, en) = name(Area::It, &c.kind);
            let cut = rule_set()
                .catalogue
                .equivalences
                .iter()
                .find(|e| e.area == Area::It && e.holds == c.kind)
                .and_then(|e| e.issued_before);
            let cut_vi = cut.map(|d| d.vi()).unwrap_or_default();
            let cut_en = cut.map(|d| d.to_string()).unwrap_or_default();
            let when_vi = c
                .issued
                .map(|d| d.vi())
                .unwrap_or_else(|| "không rõ ngày".into());
            let when_en = c
                .issued
                .map(|d| d.to_string())
                .unwrap_or_else(|| "on an unknown date".into());
            (
                format!("{vi} cấp {when_vi}, không được công nhận tương đương (chỉ chứng chỉ cấp trước {cut_vi})"),
                format!("{en} issued {when_en}, not recognised (only those issued before {cut_en} count)"),
            )
        }
        (Area::It, _) => {
            // Name the certificate that counts, not the level it counts as.
            let (_, best) = held(Area::It, p);
            match best {
                Some(i) => name(Area::It, &p.it[i].kind),
                None => name(Area::It, "none"),
            }
        }
        (area, _) => {
            let entered = match area {
                Area::GeneralEducation => p.general_education.as_str(),
                Area::Professional => p.professional.level.as_str(),
                Area::PoliticalTheory => p.political_theory.as_str(),
                Area::StateManagement => p.state_management.as_str(),
                Area::DefenceSecurity => p.defence_security.as_str(),
                _ if p.ethnic_language => "chung_chi",
                _ => "none",
            };
            name(area, entered)
        }
    }
}

/// The age sentence: why the age rule is met, missed or to be checked.
fn age_reason(f: AgeFinding, req_vi: &str, req_en: &str, p: &Profile) -> (String, String) {
    let rules = &rule_set().catalogue.age;
    let law = &rules.retirement_basis.document;
    let (held_vi, held_en) = age_phrase(p);
    let at_vi = |at: Date| {
        if p.in_post_since.is_some() {
            format!("tại ngày bổ nhiệm {}", at.vi())
        } else {
            format!("tại ngày {}", at.vi())
        }
    };
    let at_en = |at: Date| {
        if p.in_post_since.is_some() {
            format!("on the appointment day, {at}")
        } else {
            format!("on {at}")
        }
    };
    let retire = |r: Option<age::Retirement>| match r {
        Some(r) if r.earliest == r.latest => (
            format!(" Thời điểm nghỉ hưu theo {law}: {}.", r.earliest.vi()),
            format!(" Retirement under {law}: {}.", r.earliest),
        ),
        Some(r) => (
            format!(
                " Thời điểm nghỉ hưu theo {law}: trong khoảng {} – {} tùy tháng sinh.",
                r.earliest.vi(),
                r.latest.vi()
            ),
            format!(
                " Retirement under {law}: between {} and {}, by month of birth.",
                r.earliest, r.latest
            ),
        ),
        None => (String::new(), String::new()),
    };
    let min = rules.minimum_years;
    match f {
        AgeFinding::Unknown => (
            format!("Cần kiểm tra: yêu cầu {req_vi}; {held_vi}."),
            format!("To check: the rule is {req_en}; {held_en}."),
        ),
        AgeFinding::Met { at, retirement } => {
            let (r_vi, r_en) = retire(retirement);
            (
                format!("Đạt: {held_vi}, {} đáp ứng yêu cầu {req_vi}.{r_vi}", at_vi(at)),
                format!("Met: {held_en}; {} this meets the rule ({req_en}).{r_en}", at_en(at)),
            )
        }
        AgeFinding::TooYoung { at, of_age } => {
            let (w_vi, w_en) = match of_age {
                Some(d) => (
                    format!(" Đủ {min} tuổi vào ngày {}.", d.vi()),
                    format!(" Turns {min} on {d}."),
                ),
                None => (String::new(), String::new()),
            };
            let (head_vi, head_en) = if p.in_post_since.is_some() {
                ("Cần kiểm tra", "To check")
            } else {
                ("Chưa đạt", "Not met")
            };
            (
                format!("{head_vi}: phải đủ {min} tuổi; {held_vi}, {} chưa đủ {min} tuổi.{w_vi}", at_vi(at)),
                format!("{head_en}: the minimum age is {min}; {held_en}, {} under {min}.{w_en}", at_en(at)),
            )
        }
        AgeFinding::TooOld {
            at,
            months,
            retirement,
        } => {
            let (r_vi, r_en) = retire(retirement);
            if p.in_post_since.is_some() {
                (
                    format!("Cần kiểm tra: {held_vi}; {} thời gian công tác còn lại trước tuổi nghỉ hưu ít hơn {months} tháng. Việc bổ nhiệm do cấp có thẩm quyền quyết định (có thể là trường hợp đặc biệt).{r_vi}", at_vi(at)),
                    format!("To check: {held_en}; {} fewer than {months} months remained before retirement. The appointing authority decided it (possibly as a special case).{r_en}", at_en(at)),
                )
            } else {
                (
                    format!("Chưa đạt: khi bổ nhiệm phải còn ít nhất {months} tháng công tác trước tuổi nghỉ hưu; {held_vi}, {} còn ít hơn {months} tháng. Chỉ cấp có thẩm quyền xem xét trường hợp đặc biệt.{r_vi}", at_vi(at)),
                    format!("Not met: an appointment needs at least {months} months before retirement; {held_en}, {} fewer remain. Only the competent authority may make an exception.{r_en}", at_en(at)),
                )
            }
        }
        AgeFinding::Unsure { needs_sex: true, .. } => (
            format!("Cần kiểm tra: yêu cầu {req_vi}; {held_vi}. Hãy chọn giới tính: tuổi nghỉ hưu của nữ sớm hơn của nam ({law})."),
            format!("To check: the rule is {req_en}; {held_en}. Give your sex: women retire earlier than men ({law})."),
        ),
        AgeFinding::Unsure { .. } => (
            format!("Cần kiểm tra: yêu cầu {req_vi}; {held_vi}. Hãy nhập ngày sinh: kết quả phụ thuộc vào tháng sinh ({law})."),
            format!("To check: the rule is {req_en}; {held_en}. Give your birth date: the answer depends on the month of birth ({law})."),
        ),
    }
}

/// The reason for a verdict, Vietnamese and English.
pub fn word(v: &Verdict, p: &Profile, as_of: Date) -> (String, String) {
    let rule = v.rule;
    let area = v.area;
    let (held_vi, held_en) = held_phrase(v, p);
    // "hiện có trung cấp" but "hiện chưa có chứng chỉ…": the names of `none` start with "chưa".
    let has_vi = if held_vi.starts_with("chưa") {
        format!("hiện {held_vi}")
    } else {
        format!("hiện có {held_vi}")
    };
    let (req_vi, req_en) = rule
        .level
        .as_deref()
        .map(|l| labels::level(area, l))
        .unwrap_or(("", ""));
    let (field_vi, field_en) = if rule.field_must_fit {
        (" ngành phù hợp", " in a suitable field")
    } else {
        ("", "")
    };
    let (reason_vi, reason_en) = match (v.status, v.detail) {
        (Status::NotRequired, _) => (
            format!(
                "Không bắt buộc: không có tiêu chuẩn về {} cho chức danh này.",
                lowercase(labels::area(area).0)
            ),
            format!(
                "Not required: there is no {} standard for this post.",
                lowercase(labels::area(area).1)
            ),
        ),
        (_, Detail::Age(f)) => age_reason(f, req_vi, req_en, p),
        (Status::Met, _) => (
            format!("Đạt: có {held_vi}, đáp ứng yêu cầu {req_vi}{field_vi} trở lên."),
            format!("Met: {held_en} meets the required {req_en}{field_en} or higher."),
        ),
        (Status::Missing, Detail::WrongField) => (
            format!(
                "Chưa đạt: cần {req_vi}{field_vi}; bằng hiện có không đúng ngành của chức danh."
            ),
            format!(
                "Not met: {req_en}{field_en} is required; the degree held is in another field."
            ),
        ),
        (Status::Missing, _) => (
            format!("Chưa đạt: chức danh này cần {req_vi}{field_vi} trở lên; {has_vi}."),
            format!(
                "Not met: this post requires {req_en}{field_en} or higher; you hold {held_en}."
            ),
        ),
        (Status::Advised, _) => (
            format!("Khuyến nghị: nên có {req_vi}; {has_vi}."),
            format!("Recommended: {req_en}; you hold {held_en}."),
        ),
    };
    let (mut vi, mut en) = (capitalise(&reason_vi), capitalise(&reason_en));
    let (when_vi, when_en) = match (v.deadline, v.detail) {
        (Some(d), _) if d < as_of => (
            format!(" Đã quá hạn đạt chuẩn ({}).", d.vi()),
            format!(" The deadline ({d}) has passed."),
        ),
        (Some(d), _) => (
            format!(" Hạn đạt chuẩn: {}.", d.vi()),
            format!(" Deadline: {d}."),
        ),
        (None, Detail::AfterTransition) => (
            " Người được bầu, bổ nhiệm sau thời điểm chuyển tiếp phải đạt chuẩn ngay.".into(),
            " Those appointed after the transition must meet it on appointment.".into(),
        ),
        (None, Detail::WithinMonths(m)) => (
            format!(" Phải hoàn thành trong {m} tháng kể từ ngày bổ nhiệm."),
            format!(" Must be completed within {m} months of appointment."),
        ),
        _ => (String::new(), String::new()),
    };
    vi.push_str(&when_vi);
    en.push_str(&when_en);
    if let (Some(n_vi), Some(n_en)) = (&rule.note_vi, &rule.note_en) {
        vi = format!("{vi} {n_vi}");
        en = format!("{en} {n_en}");
    }
    if let (Some(t), Some(_)) = (&rule.target, v.target_training) {
        let (t_vi, t_en) = labels::level(area, &t.level);
        let cite = t.basis.cite();
        vi = format!("{vi} Theo {cite}, chức danh này thuộc diện đào tạo {t_vi}.");
        en = format!("{en} Under {cite}, this post is trained to {t_en}.");
        if let (Some(n_vi), Some(n_en)) = (&t.note_vi, &t.note_en) {
            vi = format!("{vi} {n_vi}");
            en = format!("{en} {n_en}");
        }
    }
    (vi, en)
}
