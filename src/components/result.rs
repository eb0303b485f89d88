//! The result: a prompt until a post is chosen; then the one-line summary, one row per area, the
//! training plan. The whole region is announced politely to screen readers as it changes.

use super::{plan, requirement};
use crate::i18n::{self, t, Lang, K};
use cbcc_engine::{InputError, Report};
use yew::prelude::*;

/// What the engine said about the current answers: nothing yet (no post), a report, or an error.
pub type Outcome = Option<Result<Report, InputError>>;

/// The summary line of a report (also used by the bar that jumps to the result on phones).
pub fn summary(lang: Lang, r: &Report) -> String {
    i18n::summary(
        lang,
        r.counts.met,
        r.counts.met + r.counts.missing,
        r.trainings.len(),
    )
}

fn report(lang: Lang, r: &Report, what_if: &Callback<String>) -> Html {
    let unverified =
        r.requirements.iter().any(|q| !q.verified) || r.trainings.iter().any(|c| !c.verified);
    let class = if r.meets_all {
        "summary summary-ok"
    } else {
        "summary summary-gap"
    };
    html! {
        <>
            <p class={class} id="summary">
                <span aria-hidden="true">{ if r.meets_all { "✓ " } else { "✗ " } }</span>
                { summary(lang, r) }
            </p>
            <p class="post-line">{ i18n::post_line(lang, lang.pick(&r.post_name_vi, &r.post_name_en)) }</p>
            <p class="hint no-print">{ t(lang, K::SummaryNote) }</p>
            <ul class="reqs" id="requirements">
                { r.requirements.iter().map(|q| requirement::view(lang, r, q, what_if)).collect::<Html>() }
            </ul>
            if unverified {
                <p class="hint">{ t(lang, K::UnverifiedNote) }</p>
            }
            { plan::view(lang, r) }
        </>
    }
}

/// `applied`: the line saying which rules and which date are used, shown under the heading;
/// `what_if`: opens the comparison with a course finished (training id).
pub fn view(lang: Lang, outcome: &Outcome, applied: Html, what_if: &Callback<String>) -> Html {
    let body = match outcome {
        None => html! { <p class="prompt">{ t(lang, K::Prompt) }</p> },
        Some(Err(e)) => html! {
            <p class="error">{ i18n::result_error(lang, lang.pick(&e.vi, &e.en)) }</p>
        },
        Some(Ok(r)) => report(lang, r, what_if),
    };
    html! {
        <section class="result" id="ket-qua" aria-labelledby="result-h">
            <h2 id="result-h">{ t(lang, K::Result) }</h2>
            { applied }
            <div class="live" aria-live="polite">{ body }</div>
            <p class="disclaimer">{ t(lang, K::Disclaimer) }</p>
        </section>
    }
}
