//! The rule data is loaded strictly: these tests break it on purpose and expect a refusal,
//! so a typo in a rule file can never be silently ignored (build.rs runs the same checks).

use cbcc_engine::rules::rule_set;
use cbcc_engine::schema::{validate, Regime, RuleSet};

mod common;

fn errors_of(mutate: impl FnOnce(&mut RuleSet)) -> Vec<String> {
    let mut set = rule_set().clone();
    mutate(&mut set);
    validate(&set, &common::sources()).expect_err("the broken rule set was accepted")
}

fn regime_toml(id: &str) -> String {
    std::fs::read_to_string(format!("{}/rules/{id}.toml", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn the_shipped_rules_are_valid() {
    validate(rule_set(), &common::sources()).unwrap();
}

#[test]
fn an_unknown_key_in_a_rule_file_is_refused() {
    let text =
        regime_toml("nd33_2023").replacen("level = \"trung_cap\"", "levle = \"trung_cap\"", 1);
    let err = toml::from_str::<Regime>(&text).unwrap_err().to_string();
    assert!(err.contains("levle"), "{err}");
}

#[test]
fn an_unknown_area_or_confidence_tag_is_refused() {
    let text = regime_toml("luat_2025").replacen("area = \"it\"", "area = \"tin_hoc\"", 1);
    assert!(toml::from_str::<Regime>(&text).is_err());
    let text = regime_toml("luat_2025").replacen("confidence = \"R\"", "confidence = \"maybe\"", 1);
    assert!(toml::from_str::<Regime>(&text).is_err());
}

#[test]
fn an_unknown_level_is_refused() {
    let errs = errors_of(|s| {
        s.regimes.to_mut()[1].rules.to_mut()[0].level = Some("dai_hoc_tai_chuc".into())
    });
    assert!(
        errs.iter()
            .any(|e| e.contains("unknown level `dai_hoc_tai_chuc`")),
        "{errs:?}"
    );
}

#[test]
fn a_missing_citation_is_refused() {
    let errs = errors_of(|s| s.regimes.to_mut()[2].rules.to_mut()[3].basis.document = "  ".into());
    assert!(
        errs.iter().any(|e| e.contains("basis.document is empty")),
        "{errs:?}"
    );
}

#[test]
fn a_post_left_without_a_rule_for_an_area_is_refused() {
    // Drop every IT rule of nd33_2023: each post then has no rule for that area.
    let errs = errors_of(|s| {
        s.regimes.to_mut()[1]
            .rules
            .to_mut()
            .retain(|r| r.area != cbcc_engine::schema::Area::It)
    });
    assert!(
        errs.iter()
            .any(|e| e.contains("area it") && e.contains("has 0 most specific rules")),
        "{errs:?}"
    );
}

#[test]
fn two_equally_specific_rules_for_one_situation_are_refused() {
    let errs = errors_of(|s| {
        let dup = s.regimes.to_mut()[0].rules.to_mut()[0].clone();
        s.regimes.to_mut()[0].rules.to_mut().push(dup);
    });
    assert!(
        errs.iter().any(|e| e.contains("has 2 most specific rules")),
        "{errs:?}"
    );
}

/// The contract's post ids are stable: every regime offers exactly the contract's posts.
#[test]
fn every_regime_offers_exactly_the_contract_posts() {
    for reg in rule_set().regimes.iter() {
        let mut have: Vec<&str> = reg.posts.iter().map(|p| p.id.as_ref()).collect();
        let mut want = cbcc_engine::contract::contract_posts(&reg.id).to_vec();
        have.sort_unstable();
        want.sort_unstable();
        assert_eq!(have, want, "{}", reg.id);
    }
}

#[test]
fn a_post_given_twice_is_refused() {
    let errs = errors_of(|s| {
        let p = s.regimes.to_mut()[2].posts[0].clone();
        s.regimes.to_mut()[2].posts.to_mut().push(p);
    });
    assert!(
        errs.iter().any(|e| e.contains("is listed twice")),
        "{errs:?}"
    );
}

#[test]
fn regimes_must_follow_each_other_without_a_gap() {
    let errs = errors_of(|s| {
        s.regimes.to_mut()[1].in_force_until = cbcc_engine::Date::parse("2025-06-29")
    });
    assert!(
        errs.iter().any(|e| e.contains("must end the day before")),
        "{errs:?}"
    );
}

#[test]
fn a_required_level_with_no_training_to_close_it_is_refused() {
    let errs = errors_of(|s| {
        s.catalogue
            .trainings
            .to_mut()
            .retain(|t| t.id != "llct_trung_cap")
    });
    assert!(
        errs.iter()
            .any(|e| e.contains("no training in the catalogue closes level `trung_cap`")),
        "{errs:?}"
    );
}

#[test]
fn more_trainings_than_a_training_set_holds_are_refused() {
    let errs = errors_of(|s| {
        let t = s.catalogue.trainings[0].clone();
        let extra = cbcc_engine::schema::MAX_TRAININGS + 1 - s.catalogue.trainings.len();
        for i in 0..extra {
            let mut t = t.clone();
            t.id = format!("extra_{i}").into();
            s.catalogue.trainings.to_mut().push(t);
        }
    });
    assert!(
        errs.iter()
            .any(|e| e.contains("a set of trainings holds at most 32")),
        "{errs:?}"
    );
}

#[test]
fn led_before_on_a_post_that_is_not_a_leadership_post_is_refused() {
    // `led_before` counts the date in post as leadership: a specialist's rule may not use it.
    let errs = errors_of(|s| {
        let reg = s
            .regimes
            .to_mut()
            .iter_mut()
            .find(|r| r.id == "luat_2025")
            .unwrap();
        let mut rule = reg
            .rules
            .iter()
            .find(|r| r.when.led_before.is_some())
            .expect("the ND 171/2025 Art. 41 cl. 4 exemption uses led_before")
            .clone();
        rule.posts = std::borrow::Cow::Owned(vec!["chuyen_vien".into()]);
        reg.rules.to_mut().push(rule);
    });
    assert!(
        errs.iter()
            .any(|e| e.contains("led_before is only for leadership posts")
                && e.contains("chuyen_vien")),
        "{errs:?}"
    );
}
