//! Cells as offices write them, read into the contract's values: levels and posts through the
//! vocabulary, yes/no, dates (dd/mm/yyyy, ISO, Excel day numbers, a year alone), numbers.

use super::field::Field;
use super::lexicon::lexicon;
use crate::date::Date;
use crate::schema::Unit;

/// A date from a cell: 2023-08-01, 01/08/2023 (day first), 1-8-2023, 01.08.2023, 08/2023 (the
/// first of the month), 1980 (1 January: ND 135/2020 Art. 3 cl. 3 takes 1 January when only the
/// year of birth is known), or an Excel day number such as 45139 (a spreadsheet that lost the
/// date format). A time after the date ("2023-08-01 00:00:00") is ignored.
pub fn date(cell: &str) -> Option<Date> {
    let cell = cell.trim();
    let cell = cell.split([' ', 'T']).next().unwrap_or(cell);
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let make = |y: i64, m: i64, d: i64| -> Option<Date> {
        let date = Date {
            year: i32::try_from(y).ok()?,
            month: u32::try_from(m).ok()?,
            day: u32::try_from(d).ok()?,
        };
        let valid = (1900..=2100).contains(&y)
            && (1..=12).contains(&m)
            && Date::from_days_since_epoch(date.days_since_epoch()) == date;
        valid.then_some(date)
    };
    let parts: Vec<&str> = cell.split(['/', '-', '.']).collect();
    match parts[..] {
        [y, m, d] if y.len() == 4 => make(num(y)?, num(m)?, num(d)?),
        [d, m, y] if y.len() == 4 && d.len() <= 2 => make(num(y)?, num(m)?, num(d)?),
        [m, y] if y.len() == 4 && m.len() <= 2 => make(num(y)?, num(m)?, 1),
        [y] if y.len() == 4 => make(num(y)?, 1, 1),
        [n] | [n, _] if (1..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) => {
            // Excel day 25569 is 1970-01-01 (the 1900 date system, after its leap-year bug).
            let n: i64 = n.parse().ok()?;
            let d = Date::from_days_since_epoch(n - 25_569);
            (61..=73_050).contains(&n).then_some(d)
        }
        _ => None,
    }
}

/// A whole number (a spreadsheet may write 45 as "45.0").
pub fn number(cell: &str) -> Option<u32> {
    let c = cell.trim();
    let c = c.strip_suffix(".0").unwrap_or(c);
    let c = c.strip_suffix(",0").unwrap_or(c);
    c.parse().ok()
}

/// Yes or no. The "Dân tộc" column holds an ethnic group: Kinh is no, any other group yes.
pub fn boolean(field: Field, cell: &str) -> Option<bool> {
    let c = cell.trim();
    if matches!(c, "✓" | "✔" | "☑") {
        return Some(true);
    }
    if let Some(b) = lexicon().value("boolean", c) {
        return Some(b == "true");
    }
    let folded = super::text::plain(c);
    match field {
        Field::EthnicMinority => {
            let kinh = folded == "kinh" || folded.starts_with("kinh ");
            (!folded.is_empty() && !folded.chars().all(|c| c.is_ascii_digit())).then_some(!kinh)
        }
        // "Tiếng Mông", "Chứng chỉ tiếng Thái": a certificate in that language.
        Field::EthnicLanguage => {
            (folded.starts_with("tieng ") || folded.starts_with("chung chi tieng ")).then_some(true)
        }
        _ => None,
    }
}

/// The separators of several credentials in one cell ("Đại học Luật; Thạc sĩ Quản lý công").
const SEPARATORS: [char; 4] = [';', '+', '\n', ','];

/// The contract's value of a level cell; of several credentials, the highest.
pub fn level(field: Field, cell: &str) -> Option<&'static str> {
    let lex = lexicon();
    if !cell.contains(SEPARATORS) {
        return lex.value(field.id(), cell);
    }
    let rank = |v: &str| field.area().and_then(|a| a.rank(v)).unwrap_or(0);
    cell.split(SEPARATORS)
        .filter(|p| !p.trim().is_empty())
        .filter_map(|p| lex.value(field.id(), p))
        .fold(None, |best: Option<&'static str>, v| match best {
            Some(b) if rank(b) >= rank(v) => Some(b),
            _ => Some(v),
        })
        .or_else(|| lex.value(field.id(), cell))
}

/// General education also as "12/12", "9/12" (grade reached of the 12-year system) or "10/10"
/// (the old 10-year system).
pub fn general_education(cell: &str) -> Option<&'static str> {
    let c = cell.trim();
    if let Some((grade, of)) = c.split_once('/') {
        let grade: u32 = grade.trim().parse().ok()?;
        let of: u32 = of.trim().split(' ').next()?.parse().ok()?;
        return match (grade, of) {
            (g, 12) if g >= 12 => Some("thpt"),
            (g, 12) if g >= 9 => Some("thcs"),
            (g, 10) if g >= 10 => Some("thpt"),
            (g, 10) if g >= 7 => Some("thcs"),
            (g, 12 | 10) if g <= 12 => Some("none"),
            _ => None,
        };
    }
    level(Field::GeneralEducation, c)
}

/// The unit a commune's name starts with ("Phường Đông Ngàn" → phường), if it says.
pub fn unit_of_commune(commune: &str) -> Option<Unit> {
    let v = lexicon().value("unit", commune)?;
    Unit::from_id(v)
}

/// What a cell of `field` should hold, for the error message (Vietnamese, English).
pub fn expected(field: Field) -> (String, String) {
    use super::field::Kind;
    match field.kind() {
        Kind::Level => {
            let ids = field.values().join(", ");
            (
                format!("không đọc được; ghi như mẫu hoặc một trong: {ids}"),
                format!("cannot be read; write it as in the template or one of: {ids}"),
            )
        }
        Kind::Post => (
            "không đọc được chức vụ; ghi như mẫu (ví dụ Chủ tịch UBND) hoặc mã chức danh".into(),
            "cannot read the post; write it as in the template (e.g. Chủ tịch UBND) or a post id"
                .into(),
        ),
        Kind::Boolean => (
            "phải là có/không (x, 1/0)".into(),
            "must be yes/no (có/không, x, 1/0)".into(),
        ),
        Kind::Date => (
            "không phải ngày (dd/mm/yyyy, yyyy-mm-dd hoặc năm)".into(),
            "is not a date (dd/mm/yyyy, yyyy-mm-dd or a year)".into(),
        ),
        Kind::Number => ("phải là số nguyên".into(), "must be a whole number".into()),
        Kind::Text => (String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        date(s).map(|d| d.to_string())
    }

    #[test]
    fn dates_as_offices_write_them() {
        assert_eq!(d("2023-08-01").as_deref(), Some("2023-08-01"));
        assert_eq!(d("01/08/2023").as_deref(), Some("2023-08-01"));
        assert_eq!(d("1/8/2023").as_deref(), Some("2023-08-01"));
        assert_eq!(d("01.08.2023").as_deref(), Some("2023-08-01"));
        assert_eq!(d("45139").as_deref(), Some("2023-08-01"));
        assert_eq!(d("45139.5").as_deref(), Some("2023-08-01"));
        assert_eq!(d("1980").as_deref(), Some("1980-01-01"));
        assert_eq!(d("05/1980").as_deref(), Some("1980-05-01"));
        assert_eq!(d("2023-08-01 00:00:00").as_deref(), Some("2023-08-01"));
        assert_eq!(d("31/02/2023"), None);
        assert_eq!(d("hôm qua"), None);
        assert_eq!(d("12/05/80"), None);
    }

    #[test]
    fn cells_as_offices_write_them() {
        let pro = |s| level(Field::ProfessionalLevel, s);
        assert_eq!(pro("Đại học Luật"), Some("dai_hoc"));
        assert_eq!(pro("Cử nhân Kinh tế"), Some("dai_hoc"));
        assert_eq!(pro("Kỹ sư Nông nghiệp"), Some("dai_hoc"));
        assert_eq!(pro("Thạc sỹ Quản lý công"), Some("thac_si"));
        assert_eq!(pro("ĐH"), Some("dai_hoc"));
        assert_eq!(pro("TC"), Some("trung_cap"));
        assert_eq!(pro("CĐ"), Some("cao_dang"));
        assert_eq!(pro("dai_hoc"), Some("dai_hoc"));
        assert_eq!(pro("Đại học Luật; Thạc sĩ Luật"), Some("thac_si"));
        assert_eq!(pro("Giỏi"), None);
        let llct = |s| level(Field::PoliticalTheory, s);
        assert_eq!(llct("Cao cấp"), Some("cao_cap"));
        assert_eq!(llct("CCLLCT"), Some("cao_cap"));
        assert_eq!(llct("Trung cấp LLCT"), Some("trung_cap"));
        assert_eq!(llct("Sơ cấp"), Some("so_cap"));
        assert_eq!(llct("Cử nhân chính trị"), Some("cu_nhan_chinh_tri"));
        assert_eq!(
            llct("Trung cấp lý luận chính trị – hành chính"),
            Some("trung_cap_llct_hc")
        );
        assert_eq!(llct("Đang học trung cấp"), None);
        let qlnn = |s| level(Field::StateManagement, s);
        assert_eq!(qlnn("Chuyên viên"), Some("chuyen_vien"));
        assert_eq!(qlnn("CVC"), Some("chuyen_vien_chinh"));
        assert_eq!(
            qlnn("QLNN ngạch chuyên viên chính"),
            Some("chuyen_vien_chinh")
        );
        assert_eq!(
            level(Field::DefenceSecurity, "Đối tượng 4"),
            Some("doi_tuong_4")
        );
        assert_eq!(level(Field::DefenceSecurity, "ĐT3"), Some("doi_tuong_3"));
        assert_eq!(
            level(Field::ItKind, "Chứng chỉ ứng dụng CNTT cơ bản"),
            Some("co_ban")
        );
        assert_eq!(level(Field::ItKind, "B"), Some("abc_b"));
        assert_eq!(level(Field::Sex, "Nữ"), Some("nu"));
        assert_eq!(level(Field::Sex, "nam"), Some("nam"));
        assert_eq!(general_education("12/12"), Some("thpt"));
        assert_eq!(general_education("9/12"), Some("thcs"));
        assert_eq!(general_education("10/10"), Some("thpt"));
        assert_eq!(general_education("THPT"), Some("thpt"));
        assert_eq!(boolean(Field::DifficultArea, "x"), Some(true));
        assert_eq!(boolean(Field::DifficultArea, "Không"), Some(false));
        assert_eq!(boolean(Field::DifficultArea, "có lẽ"), None);
        assert_eq!(boolean(Field::EthnicMinority, "Kinh"), Some(false));
        assert_eq!(boolean(Field::EthnicMinority, "Tày"), Some(true));
        assert_eq!(unit_of_commune("Phường Đông Ngàn"), Some(Unit::Phuong));
        assert_eq!(unit_of_commune("Xã Lâm Thao"), Some(Unit::Xa));
        assert_eq!(unit_of_commune("Lâm Thao"), None);
        assert_eq!(number("45.0"), Some(45));
    }

    #[test]
    fn posts_as_offices_write_them() {
        let post = |s| lexicon().post(s).map(|ids| ids[0].as_str());
        assert_eq!(post("Chủ tịch UBND"), Some("chu_tich_ubnd"));
        assert_eq!(post("Chủ tịch Ủy ban nhân dân xã"), Some("chu_tich_ubnd"));
        assert_eq!(post("PCT UBND"), Some("pho_chu_tich_ubnd"));
        assert_eq!(post("Phó Chủ tịch HĐND phường"), Some("pho_chu_tich_hdnd"));
        assert_eq!(post("Bí thư Đảng ủy"), Some("bi_thu_dang_uy"));
        assert_eq!(post("Trưởng phòng Kinh tế"), Some("truong_phong"));
        assert_eq!(
            post("Phó Trưởng phòng Văn hóa - Xã hội"),
            Some("pho_truong_phong")
        );
        assert_eq!(post("Chánh Văn phòng HĐND và UBND"), Some("truong_phong"));
        assert_eq!(
            post("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"),
            Some("truong_co_quan_dang")
        );
        assert_eq!(post("Công chức Tư pháp – hộ tịch"), Some("tu_phap_ho_tich"));
        assert_eq!(
            post("Chỉ huy trưởng Ban CHQS"),
            Some("chi_huy_truong_quan_su")
        );
        assert_eq!(post("chu_tich_ubnd"), Some("chu_tich_ubnd"));
        assert_eq!(post("Giám đốc Sở"), None);
    }
}
