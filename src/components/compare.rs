//! The comparison ("nếu tôi…"): the current result next to a variant (a course marked as
//! finished, another post, a later assessment date, another unit or area). The areas whose status
//! changes come first, are highlighted in both results and are announced to screen readers. On a
//! phone the two results are one below the other, the changed areas first in each.
//!
//! One click opens it: from a missing area ([`what_if_course`], in the result's row) or from the
//! post field ([`post_field`]).

use super::field::{self, option, Field};
use super::post::{post_options, unit_name};
use super::result::{summary, Outcome};
use super::{level_name, on, send, Store};
use crate::i18n::compare::{changes_count, t as tc, K as C};
use crate::i18n::{self, status_text, t, Lang, K};
use crate::state::{effective_regime, units, Action, State};
use cbcc_engine::assess::post_names;
use cbcc_engine::compare::{changes, has_training};
use cbcc_engine::labels;
use cbcc_engine::schema::{Area, Regime, Unit};
use cbcc_engine::{Profile, Report, Status};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the comparison's heading (focused when the comparison opens).
pub const HEADING_ID: &str = "compare-h";

/// "Nếu tôi chuyển sang chức danh…" under the post field: choosing a post opens the comparison
/// with the answers in that post.
pub fn post_field(store: &Store, reg: Option<&Regime>) -> Html {
    let (lang, p) = (store.lang, &store.profile);
    if p.post.is_empty() {
        return html! {};
    }
    let current = store
        .variant
        .as_ref()
        .map(|v| v.post.as_str())
        .filter(|post| *post != p.post)
        .unwrap_or("");
    field::select(
        Field::new("what-if-post", tc(lang, C::WhatIfPost)).hint(tc(lang, C::WhatIfPostHint)),
        current,
        send(store, Action::ComparePost),
        post_options(lang, reg, p, current, tc(lang, C::WhatIfPostChoose)),
    )
}

/// The button of a missing area: compare with its course finished. Its name ends with the
/// course's (visually hidden), so that each button says which course.
pub fn what_if_course(lang: Lang, id: &str, name: &str, onclick: &Callback<String>) -> Html {
    let id = id.to_string();
    html! {
        <button type="button" class="what-if no-print" data-compare={id.clone()}
            onclick={onclick.reform(move |_: MouseEvent| id.clone())}>
            { tc(lang, C::WhatIfCourse) }<span class="sr-only">{ ": " }{ name.to_string() }</span>
        </button>
    }
}

/// Focuses the comparison's heading (inside `root`: an embedded widget is in a shadow root).
pub fn focus_heading(root: &web_sys::Element) {
    if let Some(h) = root
        .query_selector(&format!("#{HEADING_ID}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.focus();
    }
}

fn area_name(lang: Lang, area: Area) -> &'static str {
    let (vi, en) = labels::area(area);
    lang.pick(vi, en)
}

/// What the variant changes in the answers, one line each ("Chức danh đang giữ: …").
fn differences(s: &State, now: &Profile, v: &Profile) -> Vec<String> {
    let lang = s.lang;
    let mut out = Vec::new();
    let mut line = |label: &str, value: String| out.push(format!("{label}: {value}"));
    if v.post != now.post {
        let name = effective_regime(v, s.today)
            .and_then(|r| r.post(&v.post))
            .map_or(v.post.clone(), |post| {
                let (vi, en) = post_names(post, v);
                lang.pick(&vi, &en).to_string()
            });
        line(t(lang, K::Post), name);
    }
    if v.as_of != now.as_of {
        let day = v.as_of.unwrap_or(s.today);
        line(t(lang, K::AsOf), i18n::date(lang, day));
    }
    if v.unit != now.unit {
        line(t(lang, K::Unit), unit_name(lang, v.unit));
    }
    if v.difficult_area != now.difficult_area {
        let yes = t(lang, if v.difficult_area { K::Yes } else { K::No });
        line(t(lang, K::Difficult), yes.to_string());
    }
    for (area, a, b) in [
        (
            Area::GeneralEducation,
            &now.general_education,
            &v.general_education,
        ),
        (
            Area::Professional,
            &now.professional.level,
            &v.professional.level,
        ),
        (
            Area::PoliticalTheory,
            &now.political_theory,
            &v.political_theory,
        ),
        (
            Area::StateManagement,
            &now.state_management,
            &v.state_management,
        ),
        (
            Area::DefenceSecurity,
            &now.defence_security,
            &v.defence_security,
        ),
    ] {
        if a != b {
            line(area_name(lang, area), level_name(lang, area, b));
        }
    }
    if v.it != now.it {
        let last = v.it.last().map_or("none", |c| c.kind.as_str());
        line(area_name(lang, Area::It), level_name(lang, Area::It, last));
    }
    if v.ethnic_language != now.ethnic_language {
        let yes = t(lang, if v.ethnic_language { K::Yes } else { K::No });
        line(tc(lang, C::EthnicFinished), yes.to_string());
    }
    out
}

/// One area in a side: its status, name, and a note: changed, and the deadline of a gap.
fn row(lang: Lang, r: &Report, i: usize, changed: bool) -> Html {
    let q = &r.requirements[i];
    let (icon, text) = status_text(lang, q.area, q.status);
    // "thay đổi · Thời hạn 01/08/2028": what changed, and the deadline of a gap.
    let mut note = if changed {
        tc(lang, C::Changed).to_string()
    } else {
        String::new()
    };
    if let Some(d) = q.deadline.filter(|_| q.status == Status::Missing) {
        let sep = if note.is_empty() { "" } else { " · " };
        note = format!(
            "{note}{sep}{} {}",
            t(lang, K::Deadline),
            i18n::date(lang, d)
        );
    }
    // Static classes (no class string to split at run time); "changed" is an attribute.
    let class = match q.status {
        Status::Met => "cmp req-met",
        Status::Missing => "cmp req-missing",
        Status::Advised => "cmp req-advised",
        Status::NotRequired => "cmp req-not_required",
    };
    html! {
        <li {class} data-area={q.area.id()} data-status={q.status.id()}
            data-changed={changed.then_some("true")}>
            <span class="req-area">{ area_name(lang, q.area) }</span>
            <span class="badge">{ format!("{icon} {text}") }</span>
            <span class="cmp-note">{ note }</span>
        </li>
    }
}

/// One of the two results: its heading, the summary, the areas.
fn side(
    lang: Lang,
    (id, class): (&'static str, &'static str),
    heading: &str,
    outcome: &Outcome,
    changed: &[Area],
) -> Html {
    let body = match outcome {
        Some(Ok(r)) => html! {
            <>
                <p class={if r.meets_all { "side-summary summary-ok" } else { "side-summary summary-gap" }}>
                    { summary(lang, r) }
                </p>
                <ul class="side-reqs">
                    { (0..r.requirements.len())
                        .map(|i| row(lang, r, i, changed.contains(&r.requirements[i].area)))
                        .collect::<Html>() }
                </ul>
            </>
        },
        Some(Err(e)) => html! {
            <p class="error">{ i18n::result_error(lang, lang.pick(&e.vi, &e.en)) }</p>
        },
        None => html! {},
    };
    html! {
        <section {class} {id} aria-label={heading.to_string()}>
            <h3>{ heading.to_string() }</h3>
            { body }
        </section>
    }
}

/// What the official changes in the variant: post, date, unit, area, the courses finished (the
/// courses of the current result, owed and recommended).
fn editor(store: &Store, now: &Report, v: &Profile) -> Html {
    let lang = store.lang;
    let reg = effective_regime(v, store.today);
    let unit_options: Html = units(reg)
        .into_iter()
        .map(|u| option(u.id.id(), &unit_name(lang, u.id), v.unit.id()))
        .collect();
    let courses: Html = now
        .trainings
        .iter()
        .chain(&now.suggested_trainings)
        .map(|c| {
            let (store, id) = (store.clone(), c.id.clone());
            let field_id = format!("v-course-{id}");
            field::check(
                Field::new(&field_id, lang.pick(&c.name_vi, &c.name_en)),
                has_training(v, &c.id),
                Callback::from(move |done| {
                    store.dispatch(Action::SetVariantCourse(id.clone(), done))
                }),
            )
        })
        .collect();
    let bad_date = store.variant_bad_date.then(|| t(lang, K::DateError));
    html! {
        <fieldset class="variant-edit">
            <legend>{ tc(lang, C::Edit) }</legend>
            <p class="hint">{ tc(lang, C::EditHint) }</p>
            { field::select(
                Field::new("v-post", tc(lang, C::VPost)),
                &v.post,
                send(store, Action::SetVariantPost),
                post_options(lang, reg, v, &v.post, t(lang, K::PostChoose)),
            ) }
            { field::date(
                Field::new("v-as-of", tc(lang, C::VAsOf)).hint(tc(lang, C::VAsOfHint)).error(bad_date),
                v.as_of,
                send(store, Action::SetVariantAsOf),
            ) }
            { field::select(
                Field::new("v-unit", tc(lang, C::VUnit)),
                v.unit.id(),
                send(store, |id: String| Action::SetVariantUnit(Unit::from_id(&id).unwrap_or(Unit::Xa))),
                unit_options,
            ) }
            { field::check_implied(
                Field::new("v-difficult", tc(lang, C::VDifficult)),
                v.difficult_area,
                v.extremely_difficult_area,
                send(store, Action::SetVariantDifficult),
            ) }
            if !now.trainings.is_empty() || !now.suggested_trainings.is_empty() {
                <fieldset class="v-courses">
                    <legend>{ tc(lang, C::VCourses) }</legend>
                    { courses }
                </fieldset>
            }
        </fieldset>
    }
}

/// The comparison, below the form and the result. First, always there (a screen reader hears a
/// live region only once it exists), the announcement of what changes; then, with a variant,
/// the section: the changes, the two results side by side, the variant's answers.
pub fn view(store: &Store, now: &Outcome, variant: &Outcome) -> Html {
    let lang = store.lang;
    let open = match (now, store.variant.as_deref()) {
        (Some(Ok(a)), Some(v)) => Some((a, v)),
        _ => None,
    };
    let mut announce = String::new();
    let section = open.map(|(a, v)| {
        let list = match variant {
            Some(Ok(b)) => changes(a, b),
            _ => Vec::new(),
        };
        // Each change as it is shown ("… → …") and as it is read out ("… thành …").
        let (mut shown, mut read) = (Vec::new(), Vec::new());
        for c in &list {
            let (area, from, to) = (
                area_name(lang, c.area),
                status_text(lang, c.area, c.from).1,
                status_text(lang, c.area, c.to).1,
            );
            shown.push(html! {
                <li data-area={c.area.id()} data-from={c.from.id()} data-to={c.to.id()}>
                    { format!("{area}: {from} → {to}") }
                </li>
            });
            read.push(format!("{area}: {from} {} {to}", tc(lang, C::To)));
        }
        let head = if list.is_empty() {
            tc(lang, C::NoChange).to_string()
        } else {
            changes_count(lang, list.len())
        };
        announce = match variant {
            Some(Ok(b)) if list.is_empty() => {
                format!("{head} {} {}.", tc(lang, C::WhatIf), summary(lang, b))
            }
            Some(Ok(b)) => format!(
                "{head} {}. {} {}.",
                read.join("; "),
                tc(lang, C::WhatIf),
                summary(lang, b)
            ),
            Some(Err(e)) => i18n::result_error(lang, lang.pick(&e.vi, &e.en)),
            None => String::new(),
        };
        let changed: Vec<Area> = list.iter().map(|c| c.area).collect();
        let mut differs = differences(store, &store.profile, v);
        if differs.is_empty() {
            differs.push(tc(lang, C::Same).to_string());
        }
        html! {
            <section class="compare no-print" id="so-sanh" aria-labelledby={HEADING_ID}>
                <h2 id={HEADING_ID} tabindex="-1">{ tc(lang, C::Title) }</h2>
                // What the variant is, then what changes: above the two results (which then
                // line up side by side).
                <div class="changes" id="changes">
                    <p><strong>{ tc(lang, C::WhatIf) }</strong></p>
                    <ul id="differs">
                        for l in differs { <li>{ l }</li> }
                    </ul>
                    <p><strong>{ head }</strong></p>
                    <ul>{ shown }</ul>
                </div>
                <div class="sides">
                    { side(lang, ("side-now", "side"), tc(lang, C::Now), now, &changed) }
                    { side(lang, ("side-variant", "side side-variant"), tc(lang, C::WhatIf), variant, &changed) }
                </div>
                { editor(store, a, v) }
                <button type="button" class="secondary" onclick={on(store, Action::CloseCompare)}>
                    { tc(lang, C::Close) }
                </button>
            </section>
        }
    });
    html! {
        <>
            <div id="compare-status" class="sr-only" role="status" aria-live="polite" aria-atomic="true">{ announce }</div>
            { section }
        </>
    }
}
