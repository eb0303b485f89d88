//! The post (grouped as the rules group it), the date in post, and the commune's situation: its
//! unit (those of the rules in use, from the rule data), the difficult-area and
//! extremely-difficult-commune flags.

use super::field::{self, option, Field};
use super::{send, Store};
use crate::i18n::{self, t, Lang, UnitGone, K};
use crate::state::{any_post, unit_info, units, Action, DateField};
use cbcc_engine::assess::post_names;
use cbcc_engine::labels::capitalise;
use cbcc_engine::rules::regime;
use cbcc_engine::schema::{PostGroup, Regime, Unit};
use cbcc_engine::Profile;
use yew::prelude::*;

fn group_name(g: PostGroup) -> K {
    match g {
        PostGroup::CanBo => K::GroupCanBo,
        PostGroup::CongChuc => K::GroupCongChuc,
        PostGroup::LanhDao => K::GroupLanhDao,
        PostGroup::ChuyenMon => K::GroupChuyenMon,
    }
}

fn unit_from_id(id: String) -> Action {
    Action::SetUnit(Unit::from_id(&id).unwrap_or(Unit::Xa))
}

/// The name of a unit as the rule data gives it, capitalised ("Đặc khu").
pub fn unit_name(lang: Lang, unit: Unit) -> String {
    unit_info(unit).map_or_else(
        || unit.id().to_string(),
        |u| capitalise(lang.pick(&u.name_vi, &u.name_en)),
    )
}

/// Why the unit was set back to xã, next to the field: the day it ended (thị trấn) or began
/// (đặc khu) when the rules in use come after or before it, else the rules.
fn unit_reset(lang: Lang, (unit, reg_id): &(Unit, String)) -> String {
    let (reg, info) = (regime(reg_id), unit_info(*unit));
    let rules = reg.map_or_else(
        || reg_id.clone(),
        |r| lang.pick(&r.name_vi, &r.name_en).to_string(),
    );
    let until = info
        .and_then(|u| u.until)
        .filter(|d| reg.is_some_and(|r| *d < r.in_force_from))
        .map(|d| i18n::date(lang, d));
    let from = info
        .and_then(|u| u.from)
        .filter(|d| reg.is_some_and(|r| r.in_force_until.is_some_and(|end| *d > end)))
        .map(|d| i18n::date(lang, d));
    let why = match (&until, &from) {
        (Some(d), _) => UnitGone::Until(d),
        (None, Some(d)) => UnitGone::From(d),
        (None, None) => UnitGone::Rules(&rules),
    };
    i18n::unit_reset(
        lang,
        &unit_name(lang, *unit),
        why,
        &unit_name(lang, Unit::Xa),
    )
}

/// The `<option>`s of the posts of `reg`, in groups, in the order the rules list them, after an
/// empty one saying `choose`; their titles follow the unit of `p`.
pub fn post_options(
    lang: Lang,
    reg: Option<&Regime>,
    p: &Profile,
    current: &str,
    choose: &str,
) -> Html {
    let mut groups: Vec<(PostGroup, Vec<Html>)> = Vec::new();
    for post in reg.iter().flat_map(|r| r.posts.iter()) {
        let (vi, en) = post_names(post, p);
        let opt = option(&post.id, lang.pick(&vi, &en), current);
        match groups.iter_mut().find(|(g, _)| *g == post.group) {
            Some((_, opts)) => opts.push(opt),
            None => groups.push((post.group, vec![opt])),
        }
    }
    html! {
        <>
            { option("", choose, current) }
            for (g, opts) in groups {
                <optgroup label={t(lang, group_name(g))}>{ opts.into_iter().collect::<Html>() }</optgroup>
            }
        </>
    }
}

pub fn view(store: &Store) -> Html {
    let lang = store.lang;
    let p = &store.profile;
    let reg = store.regime();

    let options = post_options(lang, reg, p, &p.post, t(lang, K::PostChoose));
    // The post's own note (e.g. where the post exists) follows the general hint.
    let note = reg
        .and_then(|r| r.post(&p.post))
        .and_then(|post| post.note_vi.as_ref().zip(post.note_en.as_ref()))
        .map(|(vi, en)| lang.pick(vi, en));
    let hint = match note {
        Some(note) => format!("{} {note}", t(lang, K::PostHint)),
        None => t(lang, K::PostHint).to_string(),
    };
    let cleared = store.post_cleared.as_ref().map(|(post_id, reg_id)| {
        let post = any_post(post_id).map_or_else(
            || post_id.clone(),
            |post| {
                let (vi, en) = post_names(post, p);
                lang.pick(&vi, &en).to_string()
            },
        );
        let rules = regime(reg_id).map_or_else(
            || reg_id.clone(),
            |r| lang.pick(&r.name_vi, &r.name_en).to_string(),
        );
        i18n::post_cleared(lang, &post, &rules)
    });
    let unit = p.unit.id();
    let unit_options: Html = units(reg)
        .into_iter()
        .map(|u| option(u.id.id(), &unit_name(lang, u.id), unit))
        .collect();
    let reset = store.unit_reset.as_ref().map(|r| unit_reset(lang, r));
    let unit_hint = i18n::unit_hint(lang);
    // A commune with extremely difficult conditions is in a difficult area: shown ticked.
    let extreme = p.extremely_difficult_area;
    let difficult_hint = t(
        lang,
        if extreme {
            K::DifficultImplied
        } else {
            K::DifficultHint
        },
    );
    let since_error = store
        .bad_dates
        .contains(&DateField::InPostSince)
        .then(|| t(lang, K::DateError));
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsPost) }</legend>
            { field::select(
                Field::new("post", t(lang, K::Post)).hint(&hint).error(cleared.as_deref()),
                &p.post,
                send(store, Action::SetPost),
                options,
            ) }
            { super::compare::post_field(store, reg) }
            { field::date(
                Field::new("in-post-since", t(lang, K::InPostSince))
                    .hint(t(lang, K::InPostSinceHint))
                    .error(since_error),
                p.in_post_since,
                send(store, Action::SetInPostSince),
            ) }
            { field::select(
                Field::new("unit", t(lang, K::Unit)).hint(&unit_hint).error(reset.as_deref()),
                unit,
                send(store, unit_from_id),
                unit_options,
            ) }
            { field::check_implied(
                Field::new("difficult-area", t(lang, K::Difficult)).hint(difficult_hint),
                p.difficult_area,
                extreme,
                send(store, Action::SetDifficultArea),
            ) }
            { field::check(
                Field::new("extremely-difficult-area", t(lang, K::ExtremelyDifficult))
                    .hint(t(lang, K::ExtremelyDifficultHint)),
                extreme,
                send(store, Action::SetExtremelyDifficultArea),
            ) }
        </fieldset>
    }
}
