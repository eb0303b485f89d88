//! Choosing the rule: of the rules naming a post and an area, the one whose conditions hold and
//! which is the most specific (the most `when` conditions, then the closest post match).

use crate::date::Date;
use crate::profile::Profile;
use crate::schema::{Area, Post, Regime, Rule};

/// The most specific national rule for this post, area and situation.
pub fn applicable_rule<'a>(
    reg: &'a Regime,
    post: &Post,
    area: Area,
    p: &Profile,
    as_of: Date,
) -> Option<&'a Rule> {
    most_specific(&reg.rules, post, area, p, as_of)
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
        && w.from.is_none_or(|d| as_of >= d)
        && w.until.is_none_or(|d| as_of <= d)
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
