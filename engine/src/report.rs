//! The report of one assessment (the contract's report) and its JSON, written by hand.

use crate::date::Date;
use crate::json;
use crate::schema::Area;
use crate::verdict::Status;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Requirement {
    pub area: Area,
    pub status: Status,
    /// The level the rule names (absent when nothing is required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<String>,
    /// What the official holds, as it counts for this area.
    pub held: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub overdue: bool,
    pub basis: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_basis: Option<String>,
    pub verified: bool,
    pub confidence: crate::schema::Confidence,
    pub reason_vi: String,
    pub reason_en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training: Option<String>,
    /// A level the post is trained to beyond the standard (e.g. Quy định 350-QĐ/TW).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Set by a provincial standard (tiêu chuẩn của tỉnh) rather than a national one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub from_province: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct TrainingItem {
    pub id: String,
    pub area: Area,
    pub name_vi: String,
    pub name_en: String,
    pub length_vi: String,
    pub length_en: String,
    pub provider_vi: String,
    pub provider_en: String,
    pub basis: String,
    pub verified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReminderItem {
    pub id: String,
    pub text_vi: String,
    pub text_en: String,
    pub basis: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Counts {
    pub met: usize,
    pub missing: usize,
    pub not_required: usize,
    pub advised: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub regime: String,
    pub regime_name_vi: String,
    pub regime_name_en: String,
    /// True when the regime was chosen explicitly and is not the one in force on `as_of`.
    pub what_if: bool,
    pub as_of: Date,
    pub rules_checked_on: Date,
    pub post: String,
    pub post_name_vi: String,
    pub post_name_en: String,
    pub meets_all: bool,
    pub counts: Counts,
    pub requirements: Vec<Requirement>,
    /// What to take, each once, in order: prerequisites first.
    pub trainings: Vec<TrainingItem>,
    /// Trainings for `advised` areas not yet held, and training targets beyond a standard:
    /// recommended, not owed.
    pub suggested_trainings: Vec<TrainingItem>,
    pub reminders: Vec<ReminderItem>,
    /// The provincial standards layered on top, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<ProvinceInfo>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ProvinceInfo {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub example: bool,
    pub basis: String,
    /// False when the file is for another regime than the one used, so nothing was applied.
    pub applied: bool,
}

impl Report {
    /// The report as the contract's JSON: what serde_json writes from the derived `Serialize`,
    /// byte for byte (engine/tests/json.rs), written by hand so that the widget's wasm carries
    /// no serde_json (the `cbcc-result` event's detail).
    pub fn to_json(&self) -> String {
        let date = |d: Option<Date>| d.map(|d| d.to_string());
        let counts = json::Writer::new()
            .num("met", self.counts.met as u64)
            .num("missing", self.counts.missing as u64)
            .num("not_required", self.counts.not_required as u64)
            .num("advised", self.counts.advised as u64)
            .finish();
        let requirements = json::list(self.requirements.iter().map(|q| {
            let mut w = json::Writer::new();
            w.str("area", q.area.id())
                .str("status", q.status.id())
                .opt_str("required", q.required.as_deref())
                .str("held", &q.held)
                .opt_str("deadline", date(q.deadline).as_deref());
            if q.overdue {
                w.bool("overdue", true);
            }
            w.str("basis", &q.basis)
                .opt_str("deadline_basis", q.deadline_basis.as_deref())
                .bool("verified", q.verified)
                .str("confidence", q.confidence.id())
                .str("reason_vi", &q.reason_vi)
                .str("reason_en", &q.reason_en)
                .opt_str("training", q.training.as_deref())
                .opt_str("target", q.target.as_deref());
            if q.from_province {
                w.bool("from_province", true);
            }
            w.finish()
        }));
        let trainings = |list: &[TrainingItem]| {
            json::list(list.iter().map(|t| {
                json::Writer::new()
                    .str("id", &t.id)
                    .str("area", t.area.id())
                    .str("name_vi", &t.name_vi)
                    .str("name_en", &t.name_en)
                    .str("length_vi", &t.length_vi)
                    .str("length_en", &t.length_en)
                    .str("provider_vi", &t.provider_vi)
                    .str("provider_en", &t.provider_en)
                    .str("basis", &t.basis)
                    .bool("verified", t.verified)
                    .opt_str("deadline", date(t.deadline).as_deref())
                    .finish()
            }))
        };
        let reminders = json::list(self.reminders.iter().map(|r| {
            json::Writer::new()
                .str("id", &r.id)
                .str("text_vi", &r.text_vi)
                .str("text_en", &r.text_en)
                .str("basis", &r.basis)
                .finish()
        }));
        let mut w = json::Writer::new();
        w.str("regime", &self.regime)
            .str("regime_name_vi", &self.regime_name_vi)
            .str("regime_name_en", &self.regime_name_en)
            .bool("what_if", self.what_if)
            .str("as_of", &self.as_of.to_string())
            .str("rules_checked_on", &self.rules_checked_on.to_string())
            .str("post", &self.post)
            .str("post_name_vi", &self.post_name_vi)
            .str("post_name_en", &self.post_name_en)
            .bool("meets_all", self.meets_all)
            .raw("counts", &counts)
            .raw("requirements", &requirements)
            .raw("trainings", &trainings(&self.trainings))
            .raw("suggested_trainings", &trainings(&self.suggested_trainings))
            .raw("reminders", &reminders);
        if let Some(p) = &self.province {
            let province = json::Writer::new()
                .str("id", &p.id)
                .str("name_vi", &p.name_vi)
                .str("name_en", &p.name_en)
                .bool("example", p.example)
                .str("basis", &p.basis)
                .bool("applied", p.applied)
                .finish();
            w.raw("province", &province);
        }
        w.finish()
    }
}
