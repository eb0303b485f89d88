//! Choosing the rule: of the rules naming a post and an area, the one whose conditions hold and
//! which is the most specific (the most `when` conditions, then the closest post match).

use crate::date::Date;
use crate::profile::Profile;
use crate::rules::rule_set;
use crate::schema::{Area, Post, Regime, Rule, AREAS};
use std::sync::OnceLock;

/// For each compiled regime, post and area: the rules naming that post, most specific first
/// (file order among equals). Made once; choosing a rule is then a short scan for the first
/// whose conditions hold.
type Candidates = Vec<Vec<[Vec<&'static Rule>; AREAS.len()]>>;

fn candidates(reg: &Regime, post: &Post, area: Area) -> Option<&'static [&'static Rule]> {
    static INDEX: OnceLock<Candidates> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        rule_set()
            .regimes
            .iter()
            .map(|reg| {
                reg.posts
                    .iter()
                    .map(|post| {
                        AREAS.map(|area| {
                            let mut rules: Vec<&Rule> = reg
                                .rules
                                .iter()
                                .filter(|r| r.area == area && r.covers(post))
                                .collect();
                            most_specific_first(&mut rules, post);
                            rules
                        })
                    })
                    .collect()
            })
            .collect()
    });
    // Only the compiled regimes are indexed (a test may pass a modified copy).
    let r = rule_set()
        .regimes
        .iter()
        .position(|x| std::ptr::eq(x, reg))?;
    let p = reg.posts.iter().position(|x| std::ptr::eq(x, post))?;
    let a = AREAS.iter().position(|x| *x == area)?;
    Some(&index[r][p][a])
}

/// Sorts a few rules, most specific first; equally specific rules keep their order in the file
/// (a stable insertion sort: the lists have a handful of rules, and the standard library's
/// stable sort would add 2 KB of brotli to the widget's wasm).
fn most_specific_first(rules: &mut [&Rule], post: &Post) {
    for i in 1..rules.len() {
        let mut j = i;
        while j > 0 && rules[j - 1].specificity(post) < rules[j].specificity(post) {
            rules.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The most specific national rule for this post, area and situation.
pub fn applicable_rule<'a>(
    reg: &'a Regime,
    post: &Post,
    area: Area,
    p: &Profile,
    as_of: Date,
) -> Option<&'a Rule> {
    match candidates(reg, post, area) {
        Some(rules) => rules.iter().copied().find(|r| conditions_hold(r, p, as_of)),
        None => most_specific(&reg.rules, post, area, p, as_of),
    }
}

/// Whether the rule's `when` conditions hold for this profile on `as_of`.
pub fn conditions_hold(r: &Rule, p: &Profile, as_of: Date) -> bool {
    let w = &r.when;
    w.difficult_area.is_none_or(|d| d == p.in_difficult_area())
        && w.units.as_ref().is_none_or(|u| u.contains(&p.unit))
        && w.any_of
            .as_ref()
            .is_none_or(|flags| flags.iter().any(|f| p.has(*f)))
        && w.in_post_before
            .is_none_or(|d| p.in_post_since.is_some_and(|s| s < d))
        && w.led_before.is_none_or(|d| led_before(p, d))
        && w.from.is_none_or(|d| as_of >= d)
        && w.until.is_none_or(|d| as_of <= d)
}

/// Whether the official was a leader before `day`: first appointed to a leadership or
/// management post before it, or in the post before it (`led_before` is used on leadership
/// posts).
pub fn led_before(p: &Profile, day: Date) -> bool {
    p.leadership_since.is_some_and(|s| s < day) || p.in_post_since.is_some_and(|s| s < day)
}

/// The most specific of `rules` that applies to this post, area and situation.
pub fn most_specific<'a>(
    rules: &'a [Rule],
    post: &Post,
    area: Area,
    p: &Profile,
    as_of: Date,
) -> Option<&'a Rule> {
    rules
        .iter()
        .filter(|r| r.area == area && r.covers(post) && conditions_hold(r, p, as_of))
        .fold(None, |best: Option<&Rule>, r| match best {
            Some(b) if b.specificity(post) >= r.specificity(post) => Some(b),
            _ => Some(r),
        })
}
