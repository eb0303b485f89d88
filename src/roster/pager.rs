//! Pages of a long table: first, previous, next, last, and where we are. Never more than one
//! page of a national roster is in the page at a time.

use super::model::number;
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// What is paged, for the navigation's label.
    pub what: AttrValue,
    /// The current page, from 0.
    pub page: usize,
    pub size: usize,
    pub total: usize,
    pub on_page: Callback<usize>,
}

pub fn pages(total: usize, size: usize) -> usize {
    total.div_ceil(size.max(1)).max(1)
}

#[component]
pub fn Pager(p: &Props) -> Html {
    let lang = p.lang;
    let pages = pages(p.total, p.size);
    let page = p.page.min(pages - 1);
    let from = if p.total == 0 { 0 } else { page * p.size + 1 };
    let to = ((page + 1) * p.size).min(p.total);
    let go = |target: usize| {
        let on_page = p.on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(target))
    };
    let at_start = page == 0;
    let at_end = page + 1 >= pages;
    html! {
        <nav class="roster-pager" aria-label={text::pager(lang, &p.what)}>
            <span class="roster-page" aria-live="polite">
                { text::page(lang, &number(lang, page + 1), &number(lang, pages),
                    &number(lang, from), &number(lang, to), &number(lang, p.total)) }
            </span>
            if pages > 1 {
                <span class="buttons no-print">
                    <button type="button" disabled={at_start} onclick={go(0)}>
                        <span aria-hidden="true">{ "« " }</span>{ t(lang, K::RosterFirst) }</button>
                    <button type="button" disabled={at_start} onclick={go(page.saturating_sub(1))}>
                        <span aria-hidden="true">{ "‹ " }</span>{ t(lang, K::RosterPrev) }</button>
                    <button type="button" disabled={at_end} onclick={go((page + 1).min(pages - 1))}>
                        { t(lang, K::RosterNext) }<span aria-hidden="true">{ " ›" }</span></button>
                    <button type="button" disabled={at_end} onclick={go(pages - 1)}>
                        { t(lang, K::RosterLast) }<span aria-hidden="true">{ " »" }</span></button>
                </span>
            }
        </nav>
    }
}
