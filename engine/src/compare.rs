//! What changes between two assessments: the official now, and a variant (another post, a later
//! date, a course finished, another commune). `assess --compare BEFORE.json AFTER.json`.

use crate::assess::{assess_with, Report};
use crate::date::Date;
use crate::profile::{InputError, Profile};
use crate::province::Province;
use crate::schema::Area;
use crate::verdict::Status;
use serde::Serialize;

/// An area whose status is not the same in the two reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub area: Area,
    pub from: Status,
    pub to: Status,
}

#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    pub before: Report,
    pub after: Report,
    pub changes: Vec<Change>,
}

/// The areas whose status differs, in report order.
pub fn changes(before: &Report, after: &Report) -> Vec<Change> {
    before
        .requirements
        .iter()
        .zip(&after.requirements)
        .filter(|(b, a)| b.status != a.status)
        .map(|(b, a)| Change {
            area: b.area,
            from: b.status,
            to: a.status,
        })
        .collect()
}

/// Assesses both profiles; an error names the profile it comes from (`before.post`, …).
pub fn compare(
    before: &Profile,
    after: &Profile,
    today: Date,
    province: Option<&Province>,
) -> Result<Comparison, InputError> {
    let named = |which: &str| {
        let which = which.to_string();
        move |e: InputError| InputError {
            field: format!("{which}.{}", e.field),
            ..e
        }
    };
    let before = assess_with(before, today, province).map_err(named("before"))?;
    let after = assess_with(after, today, province).map_err(named("after"))?;
    let changes = changes(&before, &after);
    Ok(Comparison {
        before,
        after,
        changes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(json: &str) -> Profile {
        Profile::from_json(json).unwrap()
    }

    #[test]
    fn finishing_the_intermediate_course_makes_political_theory_met() {
        let today = Date::parse("2026-11-30").unwrap();
        let before = profile(
            r#"{"post":"chu_tich_ubnd","sex":"nam","age":45,"general_education":"thpt",
                "professional":{"level":"dai_hoc"},"political_theory":"so_cap"}"#,
        );
        let after = Profile {
            political_theory: "trung_cap".into(),
            ..before.clone()
        };
        let c = compare(&before, &after, today, None).unwrap();
        assert_eq!(
            c.changes,
            vec![Change {
                area: Area::PoliticalTheory,
                from: Status::Missing,
                to: Status::Met
            }]
        );
        assert!(c.after.trainings.iter().all(|t| t.id != "llct_trung_cap"));
    }

    #[test]
    fn an_error_names_the_profile_it_comes_from() {
        let today = Date::parse("2026-11-30").unwrap();
        let good = profile(r#"{"post":"chu_tich_ubnd"}"#);
        let bad = profile(r#"{"post":"bi_thu_doan"}"#);
        let e = compare(&good, &bad, today, None).unwrap_err();
        assert_eq!(e.field, "after.post");
        assert!(e.to_string().contains("bi_thu_doan"));
    }
}
