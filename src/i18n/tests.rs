//! Every string has text in both languages, precomposed Vietnamese, and the wording asked for.

use super::assessment::ALL;
use super::*;
use cbcc_engine::profile::{Sex, AGE_RANGE};
use cbcc_engine::rules::rule_set;
use cbcc_engine::Date;

fn every_string() -> Vec<String> {
    let mut all = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        all.extend(ALL.iter().map(|k| t(lang, *k).to_string()));
        all.push(applied(lang, "A", "B", "C"));
        all.push(summary(lang, 6, 8, 2));
        all.push(summary(lang, 8, 8, 0));
        all.push(summary(lang, 0, 0, 0));
        all.push(summary(lang, 4, 5, 0));
        all.push(post_cleared(lang, "A", "B"));
        for why in [
            UnitGone::Until("B"),
            UnitGone::From("B"),
            UnitGone::Rules("B"),
        ] {
            all.push(unit_reset(lang, "A", why, "D"));
        }
        all.push(birth_date_age(lang, 12));
        all.push(person(lang, None, None, None, true));
        all.push(person(
            lang,
            Some(Sex::Nu),
            Some((Date::parse("1975-05-01").unwrap(), 51)),
            None,
            false,
        ));
        all.push(link_damaged(lang, "A"));
        all.push(as_of_hint(lang, "A"));
        all.push(what_if(lang).to_string());
        all.push(with_province(lang).to_string());
        all.push(province_failed(lang, "A"));
        all.push(province_not_applied(lang, "A"));
    }
    all
}

#[test]
fn every_key_has_text_in_both_languages() {
    for k in ALL {
        assert!(!t(Lang::Vi, *k).trim().is_empty(), "{k:?} vi");
        assert!(!t(Lang::En, *k).trim().is_empty(), "{k:?} en");
    }
}

#[test]
fn vietnamese_is_precomposed() {
    // NFC Vietnamese never needs a combining mark (U+0300–U+036F) after a letter.
    for s in every_string() {
        assert!(
            !s.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
            "combining mark in {s:?}"
        );
    }
}

#[test]
fn the_summary_reads_as_the_issue_asks() {
    assert_eq!(
        summary(Lang::Vi, 6, 8, 2),
        "Đạt 6/8 tiêu chuẩn — cần học 2 khóa"
    );
    assert_eq!(
        summary(Lang::En, 1, 2, 1),
        "Meets 1 of 2 standards — 1 course to take"
    );
}

#[test]
fn dates_in_both_languages() {
    let d = Date::parse("2028-08-01").unwrap();
    assert_eq!(date(Lang::Vi, d), "01/08/2028");
    assert_eq!(date(Lang::En, d), "1 Aug 2028");
}
#[test]
fn the_hints_quote_the_rule_data() {
    let d = |d| date(Lang::Vi, d);
    let cut_off = it_cut_off().expect("the old IT certificates have a cut-off in the rule data");
    assert!(it_hint(Lang::Vi).contains(&d(cut_off)));
    assert!(it_hint(Lang::En).contains(&date(Lang::En, cut_off)));
    let range = format!("{} đến {}", AGE_RANGE.start(), AGE_RANGE.end());
    assert!(age_hint(Lang::Vi).contains(&range) && age_error(Lang::Vi).contains(&range));
    let cat = &rule_set().catalogue;
    let units = unit_hint(Lang::Vi).to_lowercase();
    for u in cat.units.iter() {
        assert!(units.contains(&*u.name_vi), "{}", u.name_vi);
        if let Some(until) = u.until {
            assert!(units.contains(&d(until)));
        }
    }
    let document = &*cat.age.retirement_basis.document;
    assert!(sex_hint(Lang::Vi).contains(document) && sex_hint(Lang::En).contains(document));
    assert!(professional_hint(Lang::Vi).starts_with("Sơ cấp, trung cấp"));
}

/// A missing standard that no course closes (the age) is not "no course needed".
#[test]
fn a_gap_no_course_closes_is_not_nothing_to_do() {
    assert_eq!(
        summary(Lang::Vi, 4, 5, 0),
        "Đạt 4/5 tiêu chuẩn — tiêu chuẩn còn thiếu không có khóa học bù"
    );
    assert_eq!(
        summary(Lang::En, 4, 5, 0),
        "Meets 4 of 5 standards — no course closes what is missing"
    );
    assert!(summary(Lang::Vi, 5, 5, 0).ends_with("không cần học thêm khóa nào"));
}

/// The engine's own case mapping (without Unicode's tables) cases every UI string, and every
/// name of the rule data, as the standard library does.
#[test]
fn strings_are_cased_as_the_standard_library_does() {
    use cbcc_engine::labels::{capitalise, lowercase};
    let mut all = every_string();
    let set = rule_set();
    for r in set.regimes.iter() {
        all.extend([r.name_vi.to_string(), r.name_en.to_string()]);
        for p in r.posts.iter() {
            all.extend([p.name_vi.to_string(), p.name_en.to_string()]);
        }
    }
    for u in set.catalogue.units.iter() {
        all.extend([u.name_vi.to_string(), u.name_en.to_string()]);
    }
    for e in set.catalogue.equivalences.iter() {
        all.extend([e.name_vi.to_string(), e.name_en.to_string()]);
    }
    for area in cbcc_engine::schema::AREAS {
        let (vi, en) = area.names();
        all.extend([vi.to_string(), en.to_string()]);
        for (vi, en, _) in area.level_names() {
            all.extend([vi.to_string(), en.to_string()]);
        }
    }
    for s in all {
        assert_eq!(lowercase(&s), s.to_lowercase(), "{s}");
        let mut c = s.chars();
        let std_cap: String = c
            .next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default();
        assert_eq!(capitalise(&s), std_cap, "{s}");
    }
}
