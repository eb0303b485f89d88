//! Each official: row, name, commune, post, the result (with the standards not met) and the
//! courses to take. Paged (a page at a time is rendered) and filtered: everyone, those who do not
//! meet every standard, or those who need a given course.

use super::model::{area_name, number, trainings, OutcomeRef, Person};
use super::pager::Pager;
use super::plan;
use super::table::{table, th};
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::Lang;
use cbcc_engine::schema::AREAS;
use cbcc_engine::Status;
use std::rc::Rc;
use yew::prelude::*;

pub const SIZES: [usize; 3] = [50, 200, 1000];

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Filter {
    All,
    NotAll,
    /// Needs the catalogue's course with this index.
    Needs(usize),
}

impl Filter {
    pub fn keeps(self, p: &Person) -> bool {
        match self {
            Filter::All => true,
            Filter::NotAll => !p.meets_all,
            Filter::Needs(i) => p.needs(i),
        }
    }

    fn value(self) -> String {
        match self {
            Filter::All => "all".into(),
            Filter::NotAll => "not-all".into(),
            Filter::Needs(i) => trainings()
                .get(i)
                .map_or_else(String::new, |t| t.id.to_string()),
        }
    }

    fn parse(value: &str) -> Filter {
        match value {
            "not-all" => Filter::NotAll,
            id => super::model::training_index(id).map_or(Filter::All, Filter::Needs),
        }
    }
}

/// The areas not met, by name: "Trình độ chuyên môn, Lý luận chính trị".
pub fn missing_areas(lang: Lang, p: &Person) -> String {
    AREAS
        .iter()
        .zip(p.status)
        .filter(|(_, s)| *s == Status::Missing)
        .map(|(a, _)| area_name(lang, *a))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names of the courses to take, in order.
pub fn needed_names(lang: Lang, p: &Person) -> String {
    p.needed()
        .map(|i| lang.pick(&trainings()[i].name_vi, &trainings()[i].name_en))
        .collect::<Vec<_>>()
        .join("; ")
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
    pub filter: Filter,
    pub on_filter: Callback<Filter>,
}

#[component]
pub fn People(p: &Props) -> Html {
    let lang = p.lang;
    let page = use_state(|| 0usize);
    let size = use_state(|| SIZES[0]);
    let o = p.outcome.clone();
    let shown = use_memo((o.clone(), p.filter), |(o, filter)| {
        Rc::new(
            o.0.people
                .iter()
                .enumerate()
                .filter(|(_, person)| filter.keeps(person))
                .map(|(i, _)| i as u32)
                .collect::<Vec<u32>>(),
        )
    });
    let total = shown.len();
    let current = (*page).min(super::pager::pages(total, *size) - 1);
    let commune = o.0.has_commune;

    let on_filter = {
        let on_filter = p.on_filter.clone();
        let page = page.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            page.set(0);
            on_filter.emit(Filter::parse(&select.value()));
        })
    };
    let on_size = {
        let size = size.clone();
        let page = page.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            page.set(0);
            size.set(select.value().parse().unwrap_or(SIZES[0]));
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |n| page.set(n))
    };

    let filter_value = p.filter.value();
    let option = |value: String, label: String| {
        let selected = value == filter_value;
        html! { <option {value} {selected}>{ label }</option> }
    };
    let mut options = vec![
        option("all".into(), t(lang, K::RosterFilterAll).into()),
        option("not-all".into(), t(lang, K::RosterFilterNotAll).into()),
    ];
    for (i, n, _) in plan::lines(&o) {
        let tr = &trainings()[i];
        let label = format!(
            "{} ({})",
            text::needs(lang, lang.pick(&tr.name_vi, &tr.name_en)),
            number(lang, n)
        );
        options.push(option(tr.id.to_string(), label));
    }

    let rows = shown
        .iter()
        .skip(current * *size)
        .take(*size)
        .filter_map(|&i| o.0.people.get(i as usize))
        .map(|person| {
            let result = if person.meets_all {
                html! { <><span aria-hidden="true" class="icon met">{ "✓ " }</span>{ t(lang, K::RosterAllMet) }</> }
            } else {
                let missing = missing_areas(lang, person);
                html! {
                    <>
                        <span aria-hidden="true" class="icon missing">{ "✗ " }</span>
                        { t(lang, K::RosterNotMet) }
                        if !missing.is_empty() { { format!(": {missing}") } }
                    </>
                }
            };
            let needs = needed_names(lang, person);
            let ids = person
                .needed()
                .map(|i| &*trainings()[i].id)
                .collect::<Vec<_>>()
                .join(" ");
            html! {
                <tr data-row={person.row.to_string()} data-trainings={ids}
                    data-meets-all={person.meets_all.to_string()}>
                    <td class="num">{ person.row }</td>
                    <th scope="row">{ &*person.name }</th>
                    if commune { <td>{ &*person.commune }</td> }
                    <td>{ o.0.post_of(lang, person) }</td>
                    <td>{ result }</td>
                    <td>{ if needs.is_empty() { t(lang, K::RosterNothing).to_string() } else { needs } }</td>
                </tr>
            }
        });

    html! {
        <section class="roster-section" aria-labelledby="roster-people-title">
            <h2 id="roster-people-title" tabindex="-1">{ t(lang, K::RosterPeople) }</h2>
            <div class="roster-controls no-print">
                <span class="control">
                    <label for="roster-filter">{ t(lang, K::RosterFilter) }</label>
                    <select id="roster-filter" onchange={on_filter}>{ for options }</select>
                </span>
                <span class="control">
                    <label for="roster-page-size">{ t(lang, K::RosterPageSize) }</label>
                    <select id="roster-page-size" onchange={on_size}>
                        { for SIZES.iter().map(|n| html! {
                            <option value={n.to_string()} selected={*n == *size}>{ number(lang, *n) }</option>
                        }) }
                    </select>
                </span>
            </div>
            <p class="roster-count" data-shown={total.to_string()}>
                { format!("{}: {}", t(lang, K::RosterCount), text::people(lang, &number(lang, total))) }
            </p>
            if total == 0 {
                <p>{ t(lang, K::RosterNoPeople) }</p>
            } else {
                { table("roster-people", None, heads(lang, commune), rows) }
                <Pager {lang} what={t(lang, K::RosterPeople)} page={current} size={*size} {total} {on_page} />
            }
        </section>
    }
}

fn heads(lang: Lang, commune: bool) -> Vec<Html> {
    let mut keys = vec![K::RosterRow, K::RosterName];
    if commune {
        keys.push(K::RosterCommune);
    }
    keys.extend([K::RosterPost, K::RosterResult, K::RosterNeeds]);
    keys.into_iter().map(|k| th(t(lang, k))).collect()
}
