//! The breakdowns by post and by commune: how many, how many meet every standard, and the
//! courses they need. A province has a few dozen to a few hundred communes, the country over
//! three thousand: paged.

use super::model::{number, percent, training_index, training_name, OutcomeRef};
use super::pager::Pager;
use super::table::{table, th};
use crate::i18n::roster::{t, K};
use crate::i18n::Lang;
use cbcc_engine::roster::Group;
use std::collections::BTreeMap;
use yew::prelude::*;

const PAGE: usize = 50;

#[derive(Clone, Copy, PartialEq)]
pub enum By {
    Post,
    Commune,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
    pub by: By,
}

/// "Đại học: 12; Trung cấp lý luận chính trị: 3", in the order to take the courses.
pub fn needs(lang: Lang, g: &Group) -> String {
    let mut list: Vec<(&String, &usize)> = g.trainings.iter().collect();
    list.sort_by_key(|(id, _)| training_index(id).unwrap_or(usize::MAX));
    list.iter()
        .map(|(id, n)| format!("{}: {}", training_name(lang, id), number(lang, **n)))
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
pub fn Groups(p: &Props) -> Html {
    let lang = p.lang;
    let page = use_state(|| 0usize);
    let o = &p.outcome.0;
    let (map, title, id, head): (&BTreeMap<String, Group>, _, _, _) = match p.by {
        By::Post => (
            &o.summary.by_post,
            K::RosterByPost,
            "roster-by-post",
            K::RosterPost,
        ),
        By::Commune => (
            &o.summary.by_commune,
            K::RosterByCommune,
            "roster-by-commune",
            K::RosterCommune,
        ),
    };
    let total = map.len();
    let rows = map.iter().skip(*page * PAGE).take(PAGE).map(|(key, g)| {
        let name = match p.by {
            By::Post => o.post_name(lang, key),
            By::Commune => key.clone(),
        };
        let needs = needs(lang, g);
        html! {
            <tr data-group={key.clone()}>
                <th scope="row">{ name }</th>
                <td class="num">{ number(lang, g.total) }</td>
                <td class="num">{ format!("{} ({})", number(lang, g.meets_all), percent(lang, g.meets_all, g.total)) }</td>
                <td>{ if needs.is_empty() { t(lang, K::RosterNothing).to_string() } else { needs } }</td>
            </tr>
        }
    });
    let on_page = {
        let page = page.clone();
        Callback::from(move |n| page.set(n))
    };
    let title_id = format!("{id}-title");
    html! {
        <section class="roster-section" id={id} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ t(lang, title) }</h2>
            { table("", None, [head, K::RosterTotal, K::RosterMeetsAll, K::RosterNeeds].map(|k| th(t(lang, k))).into(), rows) }
            if total > PAGE {
                <Pager {lang} what={t(lang, title)} page={*page} size={PAGE} {total} {on_page} />
            }
        </section>
    }
}
