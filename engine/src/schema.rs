//! The shape of the rule data in `rules/*.toml`, and its validation.
//!
//! This file is compiled twice: by `build.rs`, which refuses to build with rules that fail
//! `validate`, and by the library, which reads the validated data. So it only uses serde,
//! std and `crate::date`.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text in the rule data: borrowed from the binary when compiled in, owned when read from a file.
pub type Text = Cow<'static, str>;
/// A list in the rule data, borrowed or owned like `Text`.
pub type List<T> = Cow<'static, [T]>;

/// The eight areas (lĩnh vực tiêu chuẩn) of the contract, in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Age,
    GeneralEducation,
    Professional,
    PoliticalTheory,
    It,
    StateManagement,
    DefenceSecurity,
    EthnicLanguage,
}

pub const AREAS: [Area; 8] = [
    Area::Age,
    Area::GeneralEducation,
    Area::Professional,
    Area::PoliticalTheory,
    Area::It,
    Area::StateManagement,
    Area::DefenceSecurity,
    Area::EthnicLanguage,
];

impl Area {
    pub fn id(self) -> &'static str {
        match self {
            Area::Age => "age",
            Area::GeneralEducation => "general_education",
            Area::Professional => "professional",
            Area::PoliticalTheory => "political_theory",
            Area::It => "it",
            Area::StateManagement => "state_management",
            Area::DefenceSecurity => "defence_security",
            Area::EthnicLanguage => "ethnic_language",
        }
    }

    /// The levels a requirement can name, lowest first. Holding a level meets every level before it.
    pub const fn scale(self) -> &'static [&'static str] {
        match self {
            // Minimum age; or young enough on first appointment to serve one (60 months) or two terms.
            Area::Age => &["tu_18_tuoi", "du_mot_nhiem_ky", "du_hai_nhiem_ky"],
            Area::GeneralEducation => &["none", "thcs", "thpt"],
            Area::Professional => &[
                "none",
                "so_cap",
                "trung_cap",
                "cao_dang",
                "dai_hoc",
                "thac_si",
                "tien_si",
            ],
            Area::PoliticalTheory => &["none", "so_cap", "trung_cap", "cao_cap"],
            Area::It => &["none", "co_ban", "nang_cao"],
            // The 4-week leadership programme of ND 171/2025 is last: a rank programme
            // (chuyên viên…) does not replace it (ND 171/2025 Art. 41 cl. 4).
            Area::StateManagement => &[
                "none",
                "chuyen_vien",
                "chuyen_vien_chinh",
                "chuyen_vien_cao_cap",
                "lanh_dao_cap_phong",
            ],
            // Group 4 is the commune course; groups 3, 2, 1 are broader courses.
            Area::DefenceSecurity => &[
                "none",
                "doi_tuong_4",
                "doi_tuong_3",
                "doi_tuong_2",
                "doi_tuong_1",
            ],
            Area::EthnicLanguage => &["none", "chung_chi"],
        }
    }

    pub fn rank(self, level: &str) -> Option<usize> {
        self.scale().iter().position(|l| *l == level)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A legal standard of the post (tiêu chuẩn bắt buộc).
    Required,
    /// Not a national standard, but recommended or left to the province (khuyến nghị).
    Advised,
    /// No standard at all for this post (không bắt buộc).
    NotRequired,
}

/// Confidence tags of `../shared/standards/REFERENCE.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// Read in a source.
    S,
    /// Read only in a secondary explainer or a machine translation.
    #[serde(rename = "S-2nd")]
    S2nd,
    /// Read in a source describing a draft, not an adopted text.
    #[serde(rename = "S-draft")]
    SDraft,
    /// Unconfirmed recollection: shown to users as unverified.
    R,
}

impl Confidence {
    /// Only a rule read in an adopted text counts as verified.
    pub fn verified(self) -> bool {
        matches!(self, Confidence::S | Confidence::S2nd)
    }
}

/// The commune-level unit (đơn vị hành chính cấp xã). Which ones exist on a day is data
/// (`[[unit]]` in catalogue.toml): thị trấn until 30 Jun 2025, đặc khu from 1 Jul 2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Xa,
    Phuong,
    ThiTran,
    DacKhu,
}

pub const UNITS: [Unit; 4] = [Unit::Xa, Unit::Phuong, Unit::ThiTran, Unit::DacKhu];

impl Unit {
    pub fn id(self) -> &'static str {
        match self {
            Unit::Xa => "xa",
            Unit::Phuong => "phuong",
            Unit::ThiTran => "thi_tran",
            Unit::DacKhu => "dac_khu",
        }
    }

    pub fn from_id(id: &str) -> Option<Unit> {
        UNITS.into_iter().find(|u| u.id() == id)
    }
}

/// A fact about the official or the commune that a rule may depend on (`when.any_of`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Miền núi, vùng cao, biên giới, hải đảo, vùng đồng bào DTTS or vùng ĐBKK.
    DifficultArea,
    /// Xã có điều kiện kinh tế – xã hội đặc biệt khó khăn.
    ExtremelyDifficultArea,
    /// The official is a member of an ethnic minority (người dân tộc thiểu số).
    EthnicMinority,
}

pub const FLAGS: [Flag; 3] = [
    Flag::DifficultArea,
    Flag::ExtremelyDifficultArea,
    Flag::EthnicMinority,
];

impl Flag {
    pub fn id(self) -> &'static str {
        match self {
            Flag::DifficultArea => "difficult_area",
            Flag::ExtremelyDifficultArea => "extremely_difficult_area",
            Flag::EthnicMinority => "ethnic_minority",
        }
    }
}

/// The legal basis (căn cứ pháp lý) of a rule: the document always, article and clause where read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub document: Text,
    #[serde(default)]
    pub article: Option<Text>,
    #[serde(default)]
    pub clause: Option<Text>,
    /// Where the fact was read (REFERENCE.md's source).
    #[serde(default)]
    pub source: Option<Text>,
    /// The quoted words it rests on: `file#id` in `rules/sources/` (`nd171_2025#d16-k2`).
    /// The build refuses a verified rule without one.
    #[serde(default)]
    pub excerpts: List<Text>,
}

impl Basis {
    /// "Nghị định 33/2023/NĐ-CP, Điều 8 khoản 3"
    pub fn cite(&self) -> String {
        let mut s = self.document.to_string();
        if let Some(a) = &self.article {
            s.push_str(", ");
            s.push_str(a);
            if let Some(c) = &self.clause {
                s.push(' ');
                s.push_str(c);
            }
        }
        s
    }
}

/// One file per legal regime (chế độ pháp lý), e.g. `rules/nd33_2023.toml`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regime {
    pub id: Text,
    pub name_vi: Text,
    pub name_en: Text,
    pub in_force_from: Date,
    /// Last day in force; absent while still in force.
    #[serde(default)]
    pub in_force_until: Option<Date>,
    /// The day someone last checked these rules against REFERENCE.md.
    pub checked_on: Date,
    pub basis: Basis,
    pub confidence: Confidence,
    #[serde(rename = "post")]
    pub posts: List<Post>,
    #[serde(rename = "rule")]
    pub rules: List<Rule>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostGroup {
    /// Cán bộ (elected or appointed by election) before 2025.
    CanBo,
    /// Công chức before 2025.
    CongChuc,
    /// Leadership positions (lãnh đạo, quản lý) from 2025.
    LanhDao,
    /// Specialist positions (chuyên môn) from 2025.
    ChuyenMon,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub id: Text,
    pub group: PostGroup,
    /// True for civil servants (công chức), who owe the yearly training duty.
    pub civil_servant: bool,
    pub name_vi: Text,
    pub name_en: Text,
    /// The title in wards and towns where it differs (the land official's title follows the unit).
    #[serde(default)]
    pub urban_name_vi: Option<Text>,
    #[serde(default)]
    pub urban_name_en: Option<Text>,
    #[serde(default)]
    pub note_vi: Option<Text>,
    #[serde(default)]
    pub note_en: Option<Text>,
}

/// When a rule applies beyond its posts and area. The most specific matching rule wins.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// Only in (true) or outside (false) difficult areas (vùng khó khăn).
    #[serde(default)]
    pub difficult_area: Option<bool>,
    #[serde(default)]
    pub units: Option<List<Unit>>,
    /// Only for officials in post before this day (e.g. an exemption for earlier appointees).
    #[serde(default)]
    pub in_post_before: Option<Date>,
    /// Only for assessments on or after / before this day (a rule that starts or ends within a regime).
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub until: Option<Date>,
    /// Only when at least one of these holds (e.g. CV 11: an ethnic-minority official, or an
    /// extremely difficult commune).
    #[serde(default)]
    pub any_of: Option<List<Flag>>,
}

impl When {
    pub fn specificity(&self) -> usize {
        usize::from(self.difficult_area.is_some())
            + usize::from(self.units.is_some())
            + usize::from(self.in_post_before.is_some())
            + usize::from(self.from.is_some() || self.until.is_some())
            + usize::from(self.any_of.is_some())
    }
}

/// A training target beyond the standard (đối tượng đào tạo), e.g. Quy định 350-QĐ/TW sends
/// commune chairs to advanced political theory: met at the standard, the target is suggested.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub level: Text,
    /// The course to it, when not the area's usual one.
    #[serde(default)]
    pub training: Option<Text>,
    pub basis: Basis,
    pub confidence: Confidence,
    #[serde(default)]
    pub note_vi: Option<Text>,
    #[serde(default)]
    pub note_en: Option<Text>,
}

/// Time allowed to reach the standard (thời hạn đạt chuẩn).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// A fixed last day, e.g. 2028-08-01 under ND 33/2023 Art. 38.
    #[serde(default)]
    pub date: Option<Date>,
    /// Or a number of months from the appointment (in_post_since).
    #[serde(default)]
    pub months_after_appointment: Option<u32>,
    /// A fixed date applies only to officials in post on or before this day (absent: to all);
    /// later appointees must meet the standard when appointed.
    #[serde(default)]
    pub for_in_post_by: Option<Date>,
    pub basis: Basis,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Post ids, or `*` for every post of the regime, or `group:NAME` for a post group.
    pub posts: List<Text>,
    pub area: Area,
    pub kind: Kind,
    /// A level of the area's scale; absent only for `not_required`.
    #[serde(default)]
    pub level: Option<Text>,
    /// The degree must be in a field suited to the post (professional only).
    #[serde(default)]
    pub field_must_fit: bool,
    #[serde(default)]
    pub when: When,
    #[serde(default)]
    pub deadline: Option<Deadline>,
    /// The training that closes the gap, when not the area's usual one.
    #[serde(default)]
    pub training: Option<Text>,
    /// A higher level the post is trained to, beyond the standard (suggested once it is met).
    #[serde(default)]
    pub target: Option<Target>,
    pub basis: Basis,
    pub confidence: Confidence,
    /// One short sentence added to the generated reason (why this rule, in plain words).
    #[serde(default)]
    pub note_vi: Option<Text>,
    #[serde(default)]
    pub note_en: Option<Text>,
}

/// What a credential the official holds counts as (tương đương), e.g. cử nhân chính trị = cao cấp.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Equivalence {
    pub area: Area,
    /// The value the official enters (a contract id).
    pub holds: Text,
    /// The scale level it counts as, `none` if it does not count.
    pub counts_as: Text,
    /// It counts only if issued before this day (old A/B/C IT certificates).
    #[serde(default)]
    pub issued_before: Option<Date>,
    /// What it counts as when issued on or after `issued_before`.
    #[serde(default)]
    pub otherwise: Option<Text>,
    pub name_vi: Text,
    pub name_en: Text,
    pub basis: Basis,
    pub confidence: Confidence,
}

/// A course in the training catalogue (danh mục đào tạo, bồi dưỡng).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub id: Text,
    pub area: Area,
    /// The level it brings the official to.
    pub gives: Text,
    pub name_vi: Text,
    pub name_en: Text,
    pub length_vi: Text,
    pub length_en: Text,
    pub provider_vi: Text,
    pub provider_en: Text,
    /// Trainings that must come first (e.g. THPT before a degree).
    #[serde(default)]
    pub after: List<Text>,
    pub basis: Basis,
    pub confidence: Confidence,
}

/// A duty shown beside the areas, e.g. the yearly 40 periods of training.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminder {
    pub id: Text,
    pub from: Date,
    #[serde(default)]
    pub until: Option<Date>,
    pub civil_servants_only: bool,
    /// Only for these post ids (absent: every post).
    #[serde(default)]
    pub posts: Option<List<Text>>,
    pub text_vi: Text,
    pub text_en: Text,
    pub basis: Basis,
    pub confidence: Confidence,
}

/// A kind of commune-level unit and the days it exists (thị trấn ends on 30 Jun 2025).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitInfo {
    pub id: Unit,
    pub name_vi: Text,
    pub name_en: Text,
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub until: Option<Date>,
    pub basis: Basis,
    pub confidence: Confidence,
}

impl UnitInfo {
    /// Whether the unit exists on some day from `from` to `until` (absent: open-ended).
    pub fn overlaps(&self, from: Date, until: Option<Date>) -> bool {
        self.until.is_none_or(|u| u >= from)
            && self.from.is_none_or(|f| until.is_none_or(|t| f <= t))
    }
}

/// Retirement age in months for one sex: `before` until `last_old_year`, then `step` months
/// more each year up to `max` (ND 135/2020 Art. 4 cl. 1; Bộ luật Lao động 2019 Art. 169 cl. 2).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetirementSchedule {
    pub before: u32,
    pub step: u32,
    pub max: u32,
}

/// The age rules shared by every regime: the minimum age, the length of a term, the
/// retirement ages by sex.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRules {
    pub minimum_years: u32,
    pub minimum_basis: Basis,
    pub minimum_confidence: Confidence,
    /// One term (nhiệm kỳ), in months: the time left before retirement an appointment needs.
    pub term_months: u32,
    /// The last year with the old retirement ages.
    pub last_old_year: i32,
    pub men: RetirementSchedule,
    pub women: RetirementSchedule,
    pub retirement_basis: Basis,
    pub retirement_confidence: Confidence,
}

/// `rules/catalogue.toml`: what is shared by every regime.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(rename = "unit")]
    pub units: List<UnitInfo>,
    pub age: AgeRules,
    #[serde(rename = "equivalence")]
    pub equivalences: List<Equivalence>,
    #[serde(rename = "training")]
    pub trainings: List<Training>,
    #[serde(rename = "reminder")]
    pub reminders: List<Reminder>,
}

/// How a source was read (`reading` in `rules/sources/*.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// The document's own text (a transcription in a public repository).
    FullText,
    /// The document's words quoted in another page (a Q&A page, a later document).
    Quoted,
    /// Only a summary in the press: not the law's own words.
    Summary,
}

/// One quoted passage of a source document.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Excerpt {
    pub id: String,
    pub article: String,
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub lines: Option<String>,
    /// Where this passage was read, when not the document's `read_at`.
    #[serde(default)]
    pub read_at: Option<String>,
    #[serde(default)]
    pub reading: Option<Reading>,
    /// How this passage was read, when it differs from the document's note.
    #[serde(default)]
    pub note: Option<String>,
    pub quote: String,
}

/// A document's quoted words, `rules/sources/<file>.toml`: checked by the build, not compiled in.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDoc {
    pub document: String,
    pub title: String,
    #[serde(default)]
    pub issued: Option<Date>,
    #[serde(default)]
    pub in_force: Option<Date>,
    pub reading: Reading,
    /// `github:owner/repo@commit:path` or a page address.
    pub read_at: String,
    pub read_on: Date,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(rename = "excerpt")]
    pub excerpts: Vec<Excerpt>,
}

/// Every source file by its name without `.toml`.
pub type Sources = std::collections::BTreeMap<String, SourceDoc>;

/// The excerpt `file#id` names, if any.
pub fn find_excerpt<'a>(
    sources: &'a Sources,
    reference: &str,
) -> Option<(&'a SourceDoc, &'a Excerpt)> {
    let (file, id) = reference.split_once('#')?;
    let doc = sources.get(file)?;
    doc.excerpts.iter().find(|e| e.id == id).map(|e| (doc, e))
}

/// Everything compiled into the binary.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub regimes: List<Regime>,
    pub catalogue: Catalogue,
}

/// The post ids of the contract (`../shared/contract/README.md`), per regime.
pub fn contract_posts(regime: &str) -> &'static [&'static str] {
    const CADRES: [&str; 11] = [
        "bi_thu_dang_uy",
        "pho_bi_thu_dang_uy",
        "chu_tich_hdnd",
        "pho_chu_tich_hdnd",
        "chu_tich_ubnd",
        "pho_chu_tich_ubnd",
        "chu_tich_mttq",
        "bi_thu_doan",
        "chu_tich_hoi_phu_nu",
        "chu_tich_hoi_nong_dan",
        "chu_tich_hoi_ccb",
    ];
    const TT13: [&str; 18] = [
        CADRES[0],
        CADRES[1],
        CADRES[2],
        CADRES[3],
        CADRES[4],
        CADRES[5],
        CADRES[6],
        CADRES[7],
        CADRES[8],
        CADRES[9],
        CADRES[10],
        "chi_huy_truong_quan_su",
        "van_phong_thong_ke",
        "dia_chinh",
        "tai_chinh_ke_toan",
        "tu_phap_ho_tich",
        "van_hoa_xa_hoi",
        "truong_cong_an",
    ];
    const LUAT_2025: [&str; 19] = [
        "bi_thu_dang_uy",
        "pho_bi_thu_dang_uy",
        "chu_tich_hdnd",
        "pho_chu_tich_hdnd",
        "chu_tich_ubnd",
        "pho_chu_tich_ubnd",
        "chu_tich_mttq",
        "pho_chu_tich_mttq",
        "truong_ban_hdnd",
        "pho_truong_ban_hdnd",
        "truong_co_quan_dang",
        "pho_truong_co_quan_dang",
        "truong_phong",
        "pho_truong_phong",
        "giam_doc_ttpvhcc",
        "pho_giam_doc_ttpvhcc",
        "chi_huy_truong_quan_su",
        "pho_chi_huy_truong_quan_su",
        "chuyen_vien",
    ];
    match regime {
        "tt13_2019" => &TT13,
        "nd33_2023" => &TT13[..17],
        "luat_2025" => &LUAT_2025,
        _ => &[],
    }
}

/// Every input value of the contract, per area, that an equivalence or the scale must explain.
pub const fn contract_inputs(area: Area) -> &'static [&'static str] {
    match area {
        Area::Age => &[],
        // Political theory and IT have inputs that count through an equivalence.
        Area::PoliticalTheory => &[
            "none",
            "so_cap",
            "trung_cap",
            "trung_cap_llct_hc",
            "cao_cap",
            "cao_cap_llct_hc",
            "cu_nhan_chinh_tri",
            "tuong_duong_trung_cap",
            "tuong_duong_cao_cap",
        ],
        Area::It => &[
            "co_ban",
            "nang_cao",
            "abc_a",
            "abc_b",
            "abc_c",
            "bang_cntt",
            "quoc_te",
        ],
        // Elsewhere the official enters a level of the scale itself.
        _ => area.scale(),
    }
}

impl Regime {
    pub fn post(&self, id: &str) -> Option<&Post> {
        self.posts.iter().find(|p| p.id == id)
    }

    /// Whether the unit exists at some time while the regime is in force.
    pub fn has_unit(&self, cat: &Catalogue, unit: Unit) -> bool {
        cat.units
            .iter()
            .any(|u| u.id == unit && u.overlaps(self.in_force_from, self.in_force_until))
    }

    pub fn in_force_on(&self, day: Date) -> bool {
        day >= self.in_force_from && self.in_force_until.is_none_or(|u| day <= u)
    }
}

impl Rule {
    /// How closely the rule names `post`: 2 by id, 1 by group, 0 by `*`; None if it does not.
    pub fn post_match(&self, post: &Post) -> Option<usize> {
        self.posts
            .iter()
            .filter_map(|p| {
                if *p == post.id {
                    Some(2)
                } else if p.strip_prefix("group:") == Some(post.group.id()) {
                    Some(1)
                } else if p == "*" {
                    Some(0)
                } else {
                    None
                }
            })
            .max()
    }

    /// Rank among matching rules: more `when` conditions first, then the closer post match.
    pub fn specificity(&self, post: &Post) -> (usize, usize) {
        (self.when.specificity(), self.post_match(post).unwrap_or(0))
    }

    pub fn covers(&self, post: &Post) -> bool {
        self.posts
            .iter()
            .any(|p| p == "*" || *p == post.id || p.strip_prefix("group:") == Some(post.group.id()))
    }
}

impl PostGroup {
    pub fn id(self) -> &'static str {
        match self {
            PostGroup::CanBo => "can_bo",
            PostGroup::CongChuc => "cong_chuc",
            PostGroup::LanhDao => "lanh_dao",
            PostGroup::ChuyenMon => "chuyen_mon",
        }
    }
}

/// Checks a citation: a document always; every excerpt it names exists; a verified fact rests
/// on quoted words (`S`: the document's own text; `S-2nd`: at least a quotation or summary).
fn check_cited(
    what: &str,
    b: &Basis,
    confidence: Confidence,
    sources: &Sources,
    errs: &mut Vec<String>,
) {
    if b.document.trim().is_empty() {
        errs.push(format!(
            "{what}: basis.document is empty (every rule cites its legal basis)"
        ));
    }
    let mut readings = Vec::new();
    for r in b.excerpts.iter() {
        match find_excerpt(sources, r) {
            Some((doc, e)) => readings.push(e.reading.unwrap_or(doc.reading)),
            None => errs.push(format!(
                "{what}: excerpt `{r}` not found in rules/sources/ (file#id)"
            )),
        }
    }
    match confidence {
        Confidence::S if !readings.contains(&Reading::FullText) => errs.push(format!(
            "{what}: confidence S needs an excerpt of the document's own text (basis.excerpts); \
             tag it S-2nd, S-draft or R otherwise"
        )),
        Confidence::S2nd if readings.is_empty() => errs.push(format!(
            "{what}: confidence S-2nd needs at least one excerpt (basis.excerpts); tag it R otherwise"
        )),
        _ => {}
    }
}

/// Checks what serde cannot: ids, levels, citations and their excerpts, coverage. Returns
/// every problem found.
pub fn validate(set: &RuleSet, sources: &Sources) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    let cat = &set.catalogue;
    for (name, doc) in sources {
        if doc.read_at.trim().is_empty() || doc.excerpts.is_empty() {
            errs.push(format!(
                "source {name}: needs read_at and at least one excerpt"
            ));
        }
        for (i, e) in doc.excerpts.iter().enumerate() {
            if e.quote.trim().is_empty() {
                errs.push(format!("source {name}#{}: the quote is empty", e.id));
            }
            if doc.excerpts[..i].iter().any(|x| x.id == e.id) {
                errs.push(format!("source {name}#{}: id used twice", e.id));
            }
        }
    }
    for u in cat.units.iter() {
        check_cited(
            &format!("unit {}", u.id.id()),
            &u.basis,
            u.confidence,
            sources,
            &mut errs,
        );
    }
    for unit in UNITS {
        if cat.units.iter().filter(|u| u.id == unit).count() != 1 {
            errs.push(format!(
                "unit {}: needs exactly one [[unit]] entry",
                unit.id()
            ));
        }
    }
    let age = &cat.age;
    check_cited(
        "age minimum",
        &age.minimum_basis,
        age.minimum_confidence,
        sources,
        &mut errs,
    );
    check_cited(
        "retirement age",
        &age.retirement_basis,
        age.retirement_confidence,
        sources,
        &mut errs,
    );
    for t in cat.trainings.iter() {
        check_cited(
            &format!("training {}", t.id),
            &t.basis,
            t.confidence,
            sources,
            &mut errs,
        );
        if t.area.rank(&t.gives).is_none() {
            errs.push(format!(
                "training {}: unknown level `{}` for area {}",
                t.id,
                t.gives,
                t.area.id()
            ));
        }
        for a in t.after.iter() {
            if !cat.trainings.iter().any(|x| x.id == *a) {
                errs.push(format!(
                    "training {}: `after` names unknown training `{a}`",
                    t.id
                ));
            }
            let pos = |id: &str| cat.trainings.iter().position(|x| x.id == id);
            if pos(a) > pos(&t.id) {
                errs.push(format!(
                    "training {}: its prerequisite `{a}` must be listed before it",
                    t.id
                ));
            }
        }
    }
    for e in cat.equivalences.iter() {
        check_cited(
            &format!("equivalence {}", e.holds),
            &e.basis,
            e.confidence,
            sources,
            &mut errs,
        );
        for lvl in std::iter::once(&e.counts_as).chain(e.otherwise.iter()) {
            if e.area.rank(lvl).is_none() {
                errs.push(format!(
                    "equivalence {}: unknown level `{lvl}` for area {}",
                    e.holds,
                    e.area.id()
                ));
            }
        }
        if !contract_inputs(e.area).contains(&e.holds.as_ref()) {
            errs.push(format!(
                "equivalence {}: not an input value of area {}",
                e.holds,
                e.area.id()
            ));
        }
    }
    for area in crate::schema::AREAS {
        for input in contract_inputs(area) {
            let explained = area.rank(input).is_some()
                || cat
                    .equivalences
                    .iter()
                    .any(|e| e.area == area && e.holds == *input);
            if !explained {
                errs.push(format!(
                    "area {}: input `{input}` is neither a level nor an equivalence",
                    area.id()
                ));
            }
        }
    }
    for r in cat.reminders.iter() {
        check_cited(
            &format!("reminder {}", r.id),
            &r.basis,
            r.confidence,
            sources,
            &mut errs,
        );
    }
    let expected = ["tt13_2019", "nd33_2023", "luat_2025"];
    let ids: Vec<&str> = set.regimes.iter().map(|r| r.id.as_ref()).collect();
    if ids != expected {
        errs.push(format!(
            "regimes are {ids:?}, expected {expected:?} in date order"
        ));
    }
    for w in set.regimes.windows(2) {
        match w[0].in_force_until {
            Some(u)
                if Date::from_days_since_epoch(u.days_since_epoch() + 1) == w[1].in_force_from => {}
            _ => errs.push(format!(
                "regime {} must end the day before {} starts",
                w[0].id, w[1].id
            )),
        }
    }
    for reg in set.regimes.iter() {
        validate_regime(reg, cat, sources, &mut errs);
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}

fn validate_rule(
    what: &str,
    rule: &Rule,
    reg: &Regime,
    cat: &Catalogue,
    sources: &Sources,
    errs: &mut Vec<String>,
) {
    check_cited(what, &rule.basis, rule.confidence, sources, errs);
    if rule.posts.is_empty() {
        errs.push(format!("{what}: names no post"));
    }
    for p in rule.posts.iter() {
        let ok = p == "*"
            || reg.post(p).is_some()
            || p.strip_prefix("group:")
                .is_some_and(|g| reg.posts.iter().any(|x| x.group.id() == g));
        if !ok {
            errs.push(format!("{what}: unknown post `{p}`"));
        }
    }
    let rank = |l: &str| rule.area.rank(l);
    match (&rule.level, rule.kind) {
        (None, Kind::NotRequired) => {}
        (None, _) => errs.push(format!("{what}: a required or advised rule needs a level")),
        (Some(l), _) if rank(l).is_none() => errs.push(format!(
            "{what}: unknown level `{l}` (levels: {:?})",
            rule.area.scale()
        )),
        (Some(l), Kind::Required) if rule.area != Area::Age => {
            check_closing_training(what, rule, l, rule.training.as_deref(), cat, errs)
        }
        _ => {}
    }
    if let Some(t) = &rule.target {
        check_cited(
            &format!("{what} target"),
            &t.basis,
            t.confidence,
            sources,
            errs,
        );
        let higher = match (rank(&t.level), rule.level.as_deref().and_then(rank)) {
            (Some(t), Some(l)) => t > l,
            (Some(_), None) => true,
            _ => false,
        };
        if !higher {
            errs.push(format!(
                "{what}: target `{}` must be a level above the rule's",
                t.level
            ));
        }
        check_closing_training(what, rule, &t.level, t.training.as_deref(), cat, errs);
    }
    if rule.field_must_fit && rule.area != Area::Professional {
        errs.push(format!(
            "{what}: field_must_fit only applies to the professional area"
        ));
    }
    if let Some(d) = &rule.deadline {
        if d.date.is_some() == d.months_after_appointment.is_some() {
            errs.push(format!(
                "{what}: a deadline has either a date or months_after_appointment"
            ));
        }
        check_cited(
            &format!("{what} deadline"),
            &d.basis,
            d.confidence,
            sources,
            errs,
        );
    }
    if let Some(units) = &rule.when.units {
        for u in units.iter() {
            if !reg.has_unit(cat, *u) {
                errs.push(format!(
                    "{what}: unit `{}` does not exist under {}",
                    u.id(),
                    reg.id
                ));
            }
        }
    }
}

/// The training that closes `level` (the rule's own, or the catalogue's usual one) must exist
/// and bring the official at least to that level.
fn check_closing_training(
    what: &str,
    rule: &Rule,
    level: &str,
    explicit: Option<&str>,
    cat: &Catalogue,
    errs: &mut Vec<String>,
) {
    let closes = explicit
        .map(|t| t.into())
        .or_else(|| usual_training(cat, rule.area, level));
    match closes {
        Some(t) => match cat.trainings.iter().find(|x| x.id == t) {
            Some(tr)
                if tr.area == rule.area && rule.area.rank(&tr.gives) >= rule.area.rank(level) => {}
            Some(tr) => errs.push(format!(
                "{what}: training `{t}` gives `{}`, below the level `{level}` it must close",
                tr.gives
            )),
            None => errs.push(format!("{what}: unknown training `{t}`")),
        },
        None => errs.push(format!(
            "{what}: no training in the catalogue closes level `{level}`"
        )),
    }
}

fn validate_regime(reg: &Regime, cat: &Catalogue, sources: &Sources, errs: &mut Vec<String>) {
    let r = &reg.id;
    check_cited(r, &reg.basis, reg.confidence, sources, errs);
    let post_ids: Vec<&str> = reg.posts.iter().map(|p| p.id.as_ref()).collect();
    let contract = contract_posts(r);
    for p in contract {
        if !post_ids.contains(p) {
            errs.push(format!("{r}: contract post `{p}` is missing"));
        }
    }
    for p in &post_ids {
        if !contract.contains(p) {
            errs.push(format!("{r}: post `{p}` is not in the contract"));
        }
    }
    for (i, rule) in reg.rules.iter().enumerate() {
        let what = format!(
            "{r} rule #{} ({} for {:?})",
            i + 1,
            rule.area.id(),
            rule.posts
        );
        validate_rule(&what, rule, reg, cat, sources, errs);
    }
    // Coverage: every post, area, unit of the regime and situation has exactly one most
    // specific rule (rules limited by dates or a date in post narrow a covered case further).
    let units: Vec<Unit> = UNITS
        .into_iter()
        .filter(|u| reg.has_unit(cat, *u))
        .collect();
    for post in reg.posts.iter() {
        for area in AREAS {
            for &unit in &units {
                for flags in 0u8..(1 << FLAGS.len()) {
                    let holds = |f: Flag| {
                        let i = FLAGS.iter().position(|x| *x == f).unwrap_or(0);
                        flags & (1 << i) != 0
                    };
                    let matching: Vec<&Rule> = reg
                        .rules
                        .iter()
                        .filter(|x| x.area == area && x.covers(post))
                        .filter(|x| {
                            x.when
                                .difficult_area
                                .is_none_or(|d| d == holds(Flag::DifficultArea))
                        })
                        .filter(|x| x.when.units.as_ref().is_none_or(|u| u.contains(&unit)))
                        .filter(|x| {
                            x.when
                                .any_of
                                .as_ref()
                                .is_none_or(|fs| fs.iter().any(|f| holds(*f)))
                        })
                        .filter(|x| {
                            x.when.in_post_before.is_none()
                                && x.when.from.is_none()
                                && x.when.until.is_none()
                        })
                        .collect();
                    let best = matching.iter().map(|x| x.specificity(post)).max();
                    let n = matching
                        .iter()
                        .filter(|x| Some(x.specificity(post)) == best)
                        .count();
                    if n != 1 {
                        let on: Vec<&str> = FLAGS
                            .iter()
                            .filter(|f| holds(**f))
                            .map(|f| f.id())
                            .collect();
                        errs.push(format!(
                            "{r}: post {} area {} (unit {}, {on:?}) has {n} most specific rules, needs exactly 1",
                            post.id,
                            area.id(),
                            unit.id()
                        ));
                    }
                }
            }
        }
    }
}

/// The training the catalogue lists for reaching `level` in `area`.
pub fn usual_training(cat: &Catalogue, area: Area, level: &str) -> Option<Text> {
    cat.trainings
        .iter()
        .find(|t| t.area == area && t.gives == level)
        .map(|t| t.id.clone())
}

/// The same, borrowed from the catalogue.
pub fn usual_training_ref<'a>(cat: &'a Catalogue, area: Area, level: &str) -> Option<&'a str> {
    cat.trainings
        .iter()
        .find(|t| t.area == area && t.gives == level)
        .map(|t| t.id.as_ref())
}
