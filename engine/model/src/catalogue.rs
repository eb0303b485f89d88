//! What every regime shares: units, age rules, equivalences, trainings, reminders.

use crate::date::Date;
use crate::rule::{Area, Basis, Confidence, List, Regime, Text, Unit};
use serde::{Deserialize, Serialize};

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

/// A set of trainings as bits, one per catalogue entry in order (the roster keeps each
/// person's trainings so): the build refuses a catalogue with more trainings than it holds.
pub type TrainingBits = u32;
pub const MAX_TRAININGS: usize = TrainingBits::BITS as usize;

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

impl Regime {
    /// Whether the unit exists at some time while the regime is in force.
    pub fn has_unit(&self, cat: &Catalogue, unit: Unit) -> bool {
        cat.units
            .iter()
            .any(|u| u.id == unit && u.overlaps(self.in_force_from, self.in_force_until))
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

/// Every input value of the contract, per area, that an equivalence or the scale must explain.
pub const fn contract_inputs(area: Area) -> &'static [&'static str] {
    area.inputs()
}
