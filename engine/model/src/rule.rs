//! The rules themselves: areas, levels, posts, rules and their conditions, regimes.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text in the rule data: borrowed from the binary when compiled in, owned when read from a file.
pub type Text = Cow<'static, str>;
/// A list in the rule data, borrowed or owned like `Text`.
pub type List<T> = Cow<'static, [T]>;

// The `Area` enum, `AREAS`, and each area's id, names, level scale and contract inputs, compiled
// from rules/scales.toml by this crate's build script.
include!(concat!(env!("OUT_DIR"), "/scales.rs"));

impl Area {
    /// The position of `level` on the area's scale (0 is the lowest), if it is one of its levels.
    pub fn rank(self, level: &str) -> Option<usize> {
        self.scale().iter().position(|l| *l == level)
    }

    /// (Vietnamese, English) name of a level of the scale.
    pub fn level_name(self, level: &str) -> Option<(&'static str, &'static str)> {
        self.rank(level).map(|i| {
            let (vi, en, _) = self.level_names()[i];
            (vi, en)
        })
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
    /// The name in the rule files and the report (`S`, `S-2nd`, `S-draft`, `R`).
    pub fn id(self) -> &'static str {
        match self {
            Confidence::S => "S",
            Confidence::S2nd => "S-2nd",
            Confidence::SDraft => "S-draft",
            Confidence::R => "R",
        }
    }

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
    /// Only for officials who were leaders before this day: first appointed to any leadership
    /// or management post (`leadership_since`), or in the post (itself a leadership post),
    /// before it (ND 171/2025 Art. 41 cl. 4).
    #[serde(default)]
    pub led_before: Option<Date>,
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
            + usize::from(self.led_before.is_some())
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

impl Regime {
    pub fn post(&self, id: &str) -> Option<&Post> {
        self.posts.iter().find(|p| p.id == id)
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
