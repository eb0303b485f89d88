//! Vietnamese and English names of the areas and levels, for reasons, the UI and exports.

use crate::rules::rule_set;
use crate::schema::Area;

/// (Vietnamese, English) name of an area.
pub fn area(a: Area) -> (&'static str, &'static str) {
    match a {
        Area::Age => ("Độ tuổi", "Age"),
        Area::GeneralEducation => ("Giáo dục phổ thông", "General education"),
        Area::Professional => ("Trình độ chuyên môn", "Professional level"),
        Area::PoliticalTheory => ("Lý luận chính trị", "Political theory"),
        Area::It => ("Tin học", "IT skills"),
        Area::StateManagement => ("Quản lý nhà nước", "State management"),
        Area::DefenceSecurity => ("Quốc phòng và an ninh", "Defence and security"),
        Area::EthnicLanguage => ("Tiếng dân tộc thiểu số", "Ethnic-minority language"),
    }
}

/// (Vietnamese, English) name of a level or of an input value of `area`.
pub fn level(area: Area, id: &str) -> (&'static str, &'static str) {
    let fixed = match (area, id) {
        (Area::Age, "tu_18_tuoi") => Some(("từ đủ 18 tuổi", "18 or older")),
        (Area::Age, "du_mot_nhiem_ky") => Some((
            "đủ tuổi công tác ít nhất một nhiệm kỳ (60 tháng) khi bổ nhiệm lần đầu",
            "young enough to serve one full term (60 months) when first appointed",
        )),
        (Area::Age, "du_hai_nhiem_ky") => Some((
            "đủ tuổi công tác hai nhiệm kỳ khi bầu lần đầu",
            "young enough to serve two terms when first elected",
        )),
        (Area::GeneralEducation, "none") => Some((
            "chưa tốt nghiệp trung học cơ sở",
            "no lower-secondary diploma",
        )),
        (Area::GeneralEducation, "thcs") => {
            Some(("tốt nghiệp trung học cơ sở", "lower-secondary graduation"))
        }
        (Area::GeneralEducation, "thpt") => Some((
            "tốt nghiệp trung học phổ thông",
            "upper-secondary graduation",
        )),
        (Area::Professional, "none") => {
            Some(("chưa qua đào tạo chuyên môn", "no professional training"))
        }
        (Area::Professional, "so_cap") => Some(("sơ cấp", "elementary vocational")),
        (Area::Professional, "trung_cap") => Some(("trung cấp", "intermediate vocational")),
        (Area::Professional, "cao_dang") => Some(("cao đẳng", "college")),
        (Area::Professional, "dai_hoc") => Some(("đại học", "university degree")),
        (Area::Professional, "thac_si") => Some(("thạc sĩ", "master's degree")),
        (Area::Professional, "tien_si") => Some(("tiến sĩ", "doctorate")),
        (Area::PoliticalTheory, "none") => {
            Some(("chưa học lý luận chính trị", "no political theory"))
        }
        (Area::PoliticalTheory, "so_cap") => {
            Some(("sơ cấp lý luận chính trị", "elementary political theory"))
        }
        (Area::PoliticalTheory, "trung_cap") => Some((
            "trung cấp lý luận chính trị",
            "intermediate political theory",
        )),
        (Area::PoliticalTheory, "cao_cap") => {
            Some(("cao cấp lý luận chính trị", "advanced political theory"))
        }
        (Area::It, "none") => Some((
            "chưa có chứng chỉ tin học được công nhận",
            "no recognised IT certificate",
        )),
        (Area::It, "co_ban") => Some((
            "chứng chỉ ứng dụng CNTT cơ bản",
            "basic IT-skills certificate",
        )),
        (Area::It, "nang_cao") => Some((
            "chứng chỉ ứng dụng CNTT nâng cao",
            "advanced IT-skills certificate",
        )),
        (Area::StateManagement, "none") => Some((
            "chưa bồi dưỡng quản lý nhà nước",
            "no state-management training",
        )),
        (Area::StateManagement, "chuyen_vien") => Some((
            "quản lý nhà nước ngạch chuyên viên",
            "state management, specialist rank",
        )),
        (Area::StateManagement, "chuyen_vien_chinh") => Some((
            "quản lý nhà nước ngạch chuyên viên chính",
            "state management, principal specialist rank",
        )),
        (Area::StateManagement, "chuyen_vien_cao_cap") => Some((
            "quản lý nhà nước ngạch chuyên viên cao cấp",
            "state management, senior specialist rank",
        )),
        (Area::StateManagement, "lanh_dao_cap_phong") => Some((
            "chương trình quản lý nhà nước cho lãnh đạo cấp phòng",
            "state-management programme for department-level leaders",
        )),
        (Area::DefenceSecurity, "none") => Some((
            "chưa bồi dưỡng quốc phòng và an ninh",
            "no defence and security course",
        )),
        (Area::DefenceSecurity, "doi_tuong_4") => Some((
            "quốc phòng và an ninh đối tượng 4",
            "defence and security, group 4",
        )),
        (Area::DefenceSecurity, "doi_tuong_3") => Some((
            "quốc phòng và an ninh đối tượng 3",
            "defence and security, group 3",
        )),
        (Area::DefenceSecurity, "doi_tuong_2") => Some((
            "quốc phòng và an ninh đối tượng 2",
            "defence and security, group 2",
        )),
        (Area::DefenceSecurity, "doi_tuong_1") => Some((
            "quốc phòng và an ninh đối tượng 1",
            "defence and security, group 1",
        )),
        (Area::EthnicLanguage, "none") => Some((
            "chưa có chứng chỉ tiếng dân tộc thiểu số",
            "no ethnic-language certificate",
        )),
        (Area::EthnicLanguage, "chung_chi") => Some((
            "chứng chỉ tiếng dân tộc thiểu số",
            "ethnic-minority language certificate",
        )),
        _ => None,
    };
    fixed
        .or_else(|| {
            rule_set()
                .catalogue
                .equivalences
                .iter()
                .find(|e| e.area == area && e.holds == id)
                .map(|e| (e.name_vi.as_ref(), e.name_en.as_ref()))
        })
        .unwrap_or(("?", "?"))
}

/// Upper-case the first letter (Vietnamese-safe), for labels that start a sentence.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
