//! What changes between two assessments: the official now, and a variant (another post, a later
//! date, a course finished, another commune). `assess --compare BEFORE.json AFTER.json`.
//!
//! Also how the widget makes and keeps a variant: a course marked as finished
//! ([`with_training`], [`without_training`], [`has_training`]) and the official's later edits
//! carried into it ([`rebase`]).

use crate::assess::{assess_with, Report};
use crate::date::Date;
use crate::profile::{InputError, ItCertificate, Professional, Profile};
use crate::province::Province;
use crate::rules::rule_set;
use crate::schema::{Area, Training};
use crate::verdict::{held, Status};
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

fn training(id: &str) -> Option<&'static Training> {
    rule_set().catalogue.trainings.iter().find(|t| t.id == id)
}

/// The official already holds what the training with this id gives (or it is not a training).
pub fn has_training(p: &Profile, id: &str) -> bool {
    training(id).is_none_or(|t| {
        let rank = |l: &str| t.area.rank(l).unwrap_or(0);
        rank(held(t.area, p).0) >= rank(&t.gives)
    })
}

/// The profile once the training with this id is finished (on `on`, the date an IT certificate
/// is issued): the level it gives, in a field suited to the post; unchanged if already held.
pub fn with_training(p: &Profile, id: &str, on: Date) -> Profile {
    let mut out = p.clone();
    let Some(t) = training(id).filter(|_| !has_training(p, id)) else {
        return out;
    };
    let gives = t.gives.to_string();
    match t.area {
        Area::GeneralEducation => out.general_education = gives,
        Area::Professional => {
            out.professional.level = gives;
            out.professional.field_fits_post = true;
        }
        Area::PoliticalTheory => out.political_theory = gives,
        Area::StateManagement => out.state_management = gives,
        Area::DefenceSecurity => out.defence_security = gives,
        Area::EthnicLanguage => out.ethnic_language = true,
        Area::It => out.it.push(ItCertificate {
            kind: gives,
            issued: Some(on),
        }),
        Area::Age => {}
    }
    out
}

/// `variant` with the area of the training with this id as `current` holds it (the course no
/// longer marked as finished).
pub fn without_training(variant: &Profile, current: &Profile, id: &str) -> Profile {
    let mut out = variant.clone();
    match training(id).map(|t| t.area) {
        Some(Area::GeneralEducation) => out.general_education = current.general_education.clone(),
        Some(Area::Professional) => out.professional = current.professional.clone(),
        Some(Area::PoliticalTheory) => out.political_theory = current.political_theory.clone(),
        Some(Area::StateManagement) => out.state_management = current.state_management.clone(),
        Some(Area::DefenceSecurity) => out.defence_security = current.defence_security.clone(),
        Some(Area::EthnicLanguage) => out.ethnic_language = current.ethnic_language,
        Some(Area::It) => out.it = current.it.clone(),
        Some(Area::Age) | None => {}
    }
    out
}

/// What the variant holds after the official changed `old` to `new`: `new` where the variant
/// kept `old`, else the variant's own.
fn follow<T: PartialEq + Clone>(old: &T, new: &T, variant: &T) -> T {
    if variant == old { new } else { variant }.clone()
}

/// The variant after the official changed their answers from `old` to `new`: every answer the
/// variant did not change follows (a variant is "the official, but …"). Field by field, every
/// field named: a new field of the profile does not compile until it is added here.
pub fn rebase(old: &Profile, new: &Profile, variant: &Profile) -> Profile {
    let (o, n, v) = (old, new, variant);
    Profile {
        regime: follow(&o.regime, &n.regime, &v.regime),
        as_of: follow(&o.as_of, &n.as_of, &v.as_of),
        post: follow(&o.post, &n.post, &v.post),
        unit: follow(&o.unit, &n.unit, &v.unit),
        difficult_area: follow(&o.difficult_area, &n.difficult_area, &v.difficult_area),
        extremely_difficult_area: follow(
            &o.extremely_difficult_area,
            &n.extremely_difficult_area,
            &v.extremely_difficult_area,
        ),
        ethnic_minority: follow(&o.ethnic_minority, &n.ethnic_minority, &v.ethnic_minority),
        sex: follow(&o.sex, &n.sex, &v.sex),
        birth_date: follow(&o.birth_date, &n.birth_date, &v.birth_date),
        age: follow(&o.age, &n.age, &v.age),
        general_education: follow(
            &o.general_education,
            &n.general_education,
            &v.general_education,
        ),
        professional: Professional {
            level: follow(
                &o.professional.level,
                &n.professional.level,
                &v.professional.level,
            ),
            field_fits_post: follow(
                &o.professional.field_fits_post,
                &n.professional.field_fits_post,
                &v.professional.field_fits_post,
            ),
        },
        political_theory: follow(
            &o.political_theory,
            &n.political_theory,
            &v.political_theory,
        ),
        it: follow(&o.it, &n.it, &v.it),
        state_management: follow(
            &o.state_management,
            &n.state_management,
            &v.state_management,
        ),
        defence_security: follow(
            &o.defence_security,
            &n.defence_security,
            &v.defence_security,
        ),
        ethnic_language: follow(&o.ethnic_language, &n.ethnic_language, &v.ethnic_language),
        in_post_since: follow(&o.in_post_since, &n.in_post_since, &v.in_post_since),
        leadership_since: follow(
            &o.leadership_since,
            &n.leadership_since,
            &v.leadership_since,
        ),
    }
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

    #[test]
    fn a_course_marked_as_finished_gives_its_level_and_can_be_unmarked() {
        let today = Date::parse("2026-11-30").unwrap();
        let now = profile(
            r#"{"post":"chu_tich_ubnd","political_theory":"so_cap",
                "professional":{"level":"trung_cap","field_fits_post":false}}"#,
        );
        assert!(!has_training(&now, "llct_trung_cap"));
        let v = with_training(&now, "llct_trung_cap", today);
        assert_eq!(v.political_theory, "trung_cap");
        assert!(has_training(&v, "llct_trung_cap"));
        // Already held: nothing changes (a higher level is never lowered).
        let cao = Profile {
            political_theory: "cao_cap".into(),
            ..now.clone()
        };
        assert_eq!(with_training(&cao, "llct_trung_cap", today), cao);
        // A degree in a field suited to the post; an IT certificate issued on the day given.
        let v = with_training(&v, "dai_hoc", today);
        assert_eq!(v.professional.level, "dai_hoc");
        assert!(v.professional.field_fits_post);
        let v = with_training(&v, "tin_hoc_co_ban", today);
        assert_eq!(v.it.len(), 1);
        assert_eq!(v.it[0].issued, Some(today));
        assert!(has_training(&v, "tin_hoc_co_ban"));
        // Unmarked, each area is the official's own again.
        let back = without_training(&v, &now, "dai_hoc");
        assert_eq!(back.professional, now.professional);
        assert_eq!(back.political_theory, "trung_cap");
        let back = without_training(&back, &now, "llct_trung_cap");
        let back = without_training(&back, &now, "tin_hoc_co_ban");
        assert_eq!(back, now);
        // Unknown ids change nothing.
        assert!(has_training(&now, "no_such_course"));
        assert_eq!(with_training(&now, "no_such_course", today), now);
    }

    #[test]
    fn the_officials_later_edits_follow_into_the_variant() {
        let old = profile(r#"{"post":"chu_tich_ubnd","age":45,"political_theory":"so_cap"}"#);
        let variant = Profile {
            post: "pho_chu_tich_ubnd".into(),
            ..old.clone()
        };
        // The age changes in the form: the variant follows; its own post stays.
        let new = Profile {
            age: Some(50),
            as_of: Date::parse("2027-07-01"),
            ..old.clone()
        };
        let v = rebase(&old, &new, &variant);
        assert_eq!(v.post, "pho_chu_tich_ubnd");
        assert_eq!(v.age, Some(50));
        assert_eq!(v.as_of, Date::parse("2027-07-01"));
        // Within a nested answer too: the field fits, the level is the variant's.
        let variant = with_training(&old, "dai_hoc", Date::parse("2026-11-30").unwrap());
        let new = Profile {
            age: None,
            ..old.clone()
        };
        let v = rebase(&old, &new, &variant);
        assert_eq!(v.professional.level, "dai_hoc");
        assert_eq!(v.age, None);
        // The form changes what the variant changed: the variant's own value stays.
        let new = Profile {
            post: "bi_thu_dang_uy".into(),
            ..old.clone()
        };
        let variant = Profile {
            post: "pho_chu_tich_ubnd".into(),
            ..old.clone()
        };
        assert_eq!(rebase(&old, &new, &variant).post, "pho_chu_tich_ubnd");
        // No variant change: it is the new profile.
        assert_eq!(rebase(&old, &new, &old), new);
    }
}
