//! The rows that could not be assessed, each with its row number and the engine's reason. They
//! were skipped; the others were assessed.

use super::model::number;
use super::model::OutcomeRef;
use super::pager::Pager;
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::Lang;
use yew::prelude::*;

const PAGE: usize = 50;

/// The engine's message is "Lỗi: … | Error: …": the part in `lang`.
pub fn message(lang: Lang, text: &str) -> &str {
    match text.split_once(" | ") {
        Some((vi, en)) => lang.pick(vi, en),
        None => text,
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
}

#[component]
pub fn Errors(p: &Props) -> Html {
    let lang = p.lang;
    let page = use_state(|| 0usize);
    let errors = &p.outcome.0.summary.errors;
    let total = errors.len();
    let items = errors.iter().skip(*page * PAGE).take(PAGE).map(|e| {
        html! {
            <li data-error-row={e.row.to_string()}>
                <strong>{ text::row(lang, &e.row.to_string()) }{ ": " }</strong>
                { message(lang, &e.message) }
            </li>
        }
    });
    let on_page = {
        let page = page.clone();
        Callback::from(move |n| page.set(n))
    };
    let heading = text::errors(lang, &number(lang, total));
    html! {
        <section class="roster-section roster-errors" aria-labelledby="roster-errors-title"
            data-roster-errors={total.to_string()}>
            <h2 id="roster-errors-title">
                if total > 0 { <span aria-hidden="true" class="icon missing">{ "⚠ " }</span> }
                { heading.clone() }
            </h2>
            if total == 0 {
                <p>{ t(lang, K::RosterNoErrors) }</p>
            } else {
                <p class="hint">{ t(lang, K::RosterErrorsNote) }</p>
                <ul>{ for items }</ul>
                if total > PAGE {
                    <Pager {lang} what={heading} page={*page} size={PAGE} {total} {on_page} />
                }
            }
        </section>
    }
}
