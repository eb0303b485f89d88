//! The personal plan on a timeline: the trainings owed in the order to take them, each with the
//! date it must be finished by (and the time left), its length and provider. It prints alone on
//! one page ("In kế hoạch") and downloads as a calendar file (.ics, written by the engine,
//! `cbcc_engine::plan`), through a Blob.
//! Each course carries the contract's `data-training`.

use super::requirement::unverified;
use crate::i18n::compare::{months_left, t as tc, K as C};
use crate::i18n::{self, t, Lang, K};
use cbcc_engine::plan::{ics, months_between, timeline, Step};
use cbcc_engine::{Date, Report, TrainingItem};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// When a course of the timeline must be finished: "Hoàn thành trước 01/08/2028 · còn 20
/// tháng" (or "quá hạn"), or "Chưa có thời hạn"; and the class of that line.
fn when(lang: Lang, as_of: Date, deadline: Option<Date>) -> (String, &'static str) {
    let Some(d) = deadline else {
        return (tc(lang, C::NoDeadline).to_string(), "when");
    };
    let left = match months_between(as_of, d) {
        _ if d < as_of => t(lang, K::Overdue).to_string(),
        0 => tc(lang, C::LessThanMonth).to_string(),
        n => months_left(lang, n),
    };
    let text = format!(
        "{} {} · {left}",
        t(lang, K::CompleteBy),
        i18n::date(lang, d)
    );
    (text, if d < as_of { "when late" } else { "when" })
}

/// A course: on the timeline, when it must be finished and the course it must come before (a
/// recommended course has neither); its name, length, provider and legal basis.
pub fn course(lang: Lang, c: &TrainingItem, step: Option<(&Step, Date)>) -> Html {
    let when = step.map(|(s, as_of)| when(lang, as_of, s.deadline));
    let before = step.and_then(|(s, _)| s.before);
    html! {
        <li class="course" data-training={c.id.clone()}
            data-deadline={step.and_then(|(s, _)| s.deadline).map(|d| d.to_string())}>
            if let Some((text, class)) = when {
                <p {class}>{ text }</p>
            }
            <h3>
                { lang.pick(&c.name_vi, &c.name_en).to_string() }
                if !c.verified { { " " }{ unverified(lang) } }
            </h3>
            <dl class="facts">
                if let Some(b) = before {
                    <dt>{ tc(lang, C::Before) }</dt>
                    <dd>{ lang.pick(&b.name_vi, &b.name_en).to_string() }</dd>
                }
                <dt>{ t(lang, K::Length) }</dt>
                <dd>{ lang.pick(&c.length_vi, &c.length_en).to_string() }</dd>
                <dt>{ t(lang, K::Provider) }</dt>
                <dd>{ lang.pick(&c.provider_vi, &c.provider_en).to_string() }</dd>
                <dt>{ t(lang, K::Basis) }</dt>
                <dd class="basis" lang="vi">{ c.basis.clone() }</dd>
            </dl>
        </li>
    }
}

thread_local! {
    /// The last download's object URL, revoked at the next one (revoking it at once can cancel
    /// the download in some browsers).
    static LAST_URL: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Starts the download of `text` as `file` through a Blob.
fn download(file: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = gloo::utils::document();
    if let (Some(a), Some(body)) = (
        doc.create_element("a")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()),
        doc.body(),
    ) {
        a.set_href(&url);
        a.set_download(file);
        a.set_hidden(true);
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    if let Some(old) = LAST_URL.with(|l| l.replace(Some(url))) {
        let _ = web_sys::Url::revoke_object_url(&old);
    }
}

/// Prints the plan alone: the widget's root carries `data-print="plan"` (the print styles then
/// show the plan only) until the print dialog closes.
fn print_plan(e: MouseEvent) {
    let Some(root) = e
        .target_dyn_into::<web_sys::Element>()
        .and_then(|el| el.closest("[data-cbcc-root], .cbcc-root").ok().flatten())
    else {
        return;
    };
    let _ = root.set_attribute("data-print", "plan");
    let window = gloo::utils::window();
    EventListener::once(&window, "afterprint", move |_| {
        let _ = root.remove_attribute("data-print");
    })
    .forget();
    let _ = window.print();
}

/// The plan: the timeline, and the buttons that print it and download it.
pub fn view(lang: Lang, r: &Report) -> Html {
    let steps = timeline(r);
    let whose = format!(
        "{} — {} — {} {}",
        tc(lang, C::PlanTitle),
        i18n::post_line(lang, lang.pick(&r.post_name_vi, &r.post_name_en)),
        t(lang, K::AsOf),
        i18n::date(lang, r.as_of)
    );
    let save = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| {
            let now = (js_sys::Date::now() / 1000.0) as i64;
            if let Some(text) = ics(&r, lang == Lang::En, now) {
                download(tc(lang, C::PlanFile), "text/calendar;charset=utf-8", &text);
            }
        })
    };
    html! {
        <section class="plan" id="ke-hoach" aria-labelledby="plan-h">
            <h2 id="plan-h">{ t(lang, K::Plan) }</h2>
            if steps.is_empty() {
                <p>{ t(lang, K::PlanEmpty) }</p>
            } else {
                // Printed alone, the plan says whose it is.
                <p class="plan-only">{ whose }</p>
                <p>{ t(lang, K::PlanIntro) }</p>
                <ol class="courses timeline" id="plan">
                    { steps.iter().map(|s| course(lang, s.training, Some((s, r.as_of)))).collect::<Html>() }
                </ol>
                <div class="plan-tools no-print">
                    <button type="button" class="secondary" onclick={Callback::from(print_plan)}>
                        { tc(lang, C::PlanPrint) }
                    </button>
                    <button type="button" class="secondary" onclick={save} aria-describedby="ics-hint">
                        { tc(lang, C::PlanIcs) }
                    </button>
                    <p class="hint" id="ics-hint">{ tc(lang, C::PlanIcsHint) }</p>
                </div>
            }
        </section>
    }
}
