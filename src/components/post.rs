//! The post (grouped as the rules group it), the unit, the difficult-area flag and the date in post.

use super::field::{self, option, Field};
use super::{send, Store};
use crate::i18n::{self, t, K};
use crate::state::{any_post, Action, DateField};
use cbcc_engine::assess::post_names;
use cbcc_engine::rules::regime;
use cbcc_engine::schema::{PostGroup, Unit};
use yew::prelude::*;

fn group_name(g: PostGroup) -> K {
    match g {
        PostGroup::CanBo => K::GroupCanBo,
        PostGroup::CongChuc => K::GroupCongChuc,
        PostGroup::LanhDao => K::GroupLanhDao,
        PostGroup::ChuyenMon => K::GroupChuyenMon,
    }
}

pub const UNITS: [(Unit, &str, K); 3] = [
    (Unit::Xa, "xa", K::UnitXa),
    (Unit::Phuong, "phuong", K::UnitPhuong),
    (Unit::ThiTran, "thi_tran", K::UnitThiTran),
];

fn unit_from_id(id: String) -> Action {
    let unit = UNITS
        .iter()
        .find(|(_, i, _)| *i == id)
        .map_or(Unit::Xa, |(u, _, _)| *u);
    Action::SetUnit(unit)
}

pub fn view(store: &Store) -> Html {
    let lang = store.lang;
    let p = &store.profile;
    let reg = store.regime();

    // The posts of the rules in use, in groups, in the order the rules list them.
    let mut groups: Vec<(PostGroup, Vec<Html>)> = Vec::new();
    for post in reg.iter().flat_map(|r| r.posts.iter()) {
        let (vi, en) = post_names(post, p);
        let opt = option(&post.id, lang.pick(&vi, &en), &p.post);
        match groups.iter_mut().find(|(g, _)| *g == post.group) {
            Some((_, opts)) => opts.push(opt),
            None => groups.push((post.group, vec![opt])),
        }
    }
    let options = html! {
        <>
            { option("", t(lang, K::PostChoose), &p.post) }
            for (g, opts) in groups {
                <optgroup label={t(lang, group_name(g))}>{ opts.into_iter().collect::<Html>() }</optgroup>
            }
        </>
    };
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
    let unit = UNITS
        .iter()
        .find(|(u, _, _)| *u == p.unit)
        .map_or("xa", |(_, id, _)| *id);
    let unit_options: Html = UNITS
        .iter()
        .map(|(_, id, k)| option(id, t(lang, *k), unit))
        .collect();
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
            { field::select(
                Field::new("unit", t(lang, K::Unit)).hint(t(lang, K::UnitHint)),
                unit,
                send(store, unit_from_id),
                unit_options,
            ) }
            { field::check(
                Field::new("difficult-area", t(lang, K::Difficult)).hint(t(lang, K::DifficultHint)),
                p.difficult_area,
                send(store, Action::SetDifficultArea),
            ) }
            { field::date(
                Field::new("in-post-since", t(lang, K::InPostSince))
                    .hint(t(lang, K::InPostSinceHint))
                    .error(since_error),
                p.in_post_since,
                send(store, Action::SetInPostSince),
            ) }
        </fieldset>
    }
}
