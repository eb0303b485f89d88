//! Everything shown once a roster is assessed, in the order of the articles' reports: summary by
//! standard, class plan, by post, by commune, each official, rows in error; then the exports.

use super::errors::Errors;
use super::export::Exports;
use super::groups::{By, Groups};
use super::model::OutcomeRef;
use super::people::{Filter, People};
use super::plan::ClassPlan;
use super::standards::Standards;
use super::targets::Targets;
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::{self, Lang};
use cbcc_engine::Date;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
    pub today: Date,
}

#[component]
pub fn Results(p: &Props) -> Html {
    let lang = p.lang;
    let filter = use_state(|| Filter::All);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |f| filter.set(f))
    };
    // "Xem danh sách" in the class plan: filter the table, then take the reader there.
    let on_show = {
        let filter = filter.clone();
        Callback::from(move |i| {
            filter.set(Filter::Needs(i));
            if let Some(h) = gloo::utils::document()
                .get_element_by_id("roster-people-title")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                h.scroll_into_view();
                let _ = h.focus();
            }
        })
    };
    // The long tables (each official, by commune, rows in error, exports) come a task later:
    // laying the page out in one go would keep a phone busy too long.
    let more = use_state(|| false);
    {
        let more = more.clone();
        use_effect_with(p.outcome.clone(), move |_| {
            more.set(false);
            let t = gloo::timers::callback::Timeout::new(0, move || more.set(true));
            move || drop(t)
        });
    }
    let more = *more;
    let o = &p.outcome.0;
    let today = i18n::date(lang, p.today);
    html! {
        <div class="roster-results">
            <p class="roster-print-heading">{ text::print_heading(lang, &o.file, &today) }</p>
            <section class="roster-section" aria-labelledby="roster-summary-title">
                <h2 id="roster-summary-title">{ t(lang, K::RosterSummary) }</h2>
                <Standards {lang} outcome={p.outcome.clone()} />
                <p class="hint">{ text::as_of(lang, &today) }</p>
            </section>
            <Targets {lang} outcome={p.outcome.clone()} />
            <ClassPlan {lang} outcome={p.outcome.clone()} {on_show} />
            <Groups {lang} outcome={p.outcome.clone()} by={By::Post} />
            if more && !o.summary.by_commune.is_empty() {
                <Groups {lang} outcome={p.outcome.clone()} by={By::Commune} />
            }
            if more {
                <People {lang} outcome={p.outcome.clone()} filter={*filter} {on_filter} />
                <Errors {lang} outcome={p.outcome.clone()} />
                <Exports {lang} outcome={p.outcome.clone()} />
            }
            <p class="hint">{ t(lang, K::RosterDisclaimer) }</p>
        </div>
    }
}
