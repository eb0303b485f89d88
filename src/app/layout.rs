//! What the App shows: the language switch and the view switch, then (in the self-assessment)
//! the toolbar, the notices, the form and the result side by side, the comparison with a variant
//! (when asked for), and the bar that jumps to the result on a phone; in the roster view only the
//! roster's host.

use super::AppProps;
use crate::browser;
use crate::components::province::{self, ProvinceState};
use crate::components::result::{self, Outcome};
use crate::components::{answers, applied, compare, form, notice, send, toolbar, Store};
use crate::i18n::{t, Lang, K};
use crate::roster::host;
use crate::state::Action;
use yew::prelude::*;

/// The bar that jumps to the result: it says the summary once there is one, and sticks to the
/// bottom of a phone's screen only then (before, it would only cover the first fields).
fn jump_bar(lang: Lang, outcome: &Outcome, props: &AppProps) -> Html {
    let (text, class) = match outcome {
        Some(Ok(r)) => (result::summary(lang, r), "jump no-print"),
        _ => (t(lang, K::JumpToResult).to_string(), "jump idle no-print"),
    };
    // Embedded, `#ket-qua` would change the host page's address and find nothing there.
    let root = props.root.clone();
    let onclick = props.embedded.then(|| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            browser::scroll_to(&root, "ket-qua");
        })
    });
    html! {
        <a {class} href="#ket-qua" {onclick}>
            <span aria-hidden="true">{ "↓ " }</span>{ text }
        </a>
    }
}

/// Not inlined into the App: its code is compiled (lazily, on the main thread) only when the
/// App's second render calls it (hooks.rs, `use_ready`).
#[inline(never)]
pub fn view(
    store: &Store,
    props: &AppProps,
    roster: Option<bool>,
    province: &ProvinceState,
    (outcome, variant): (&Outcome, &Outcome),
) -> Html {
    let lang = store.lang;
    if roster == Some(true) {
        return html! {
            <>
                { toolbar::language(store) }
                { host::tabs(lang, roster) }
                { host::host() }
            </>
        };
    }
    // As the page, the title and introduction are index.html's static ones; embedded, here.
    let embedded = props.embedded;
    let head = embedded.then(|| html! { <h1>{ t(lang, K::Title) }</h1> });
    let intro = embedded.then(|| html! { <p class="intro no-print">{ t(lang, K::Intro) }</p> });
    let link_base = props.link_base.clone().unwrap_or_else(browser::address);
    html! {
        <>
            { toolbar::language(store) }
            { host::tabs(lang, roster) }
            { head }
            { toolbar::view(store, &link_base) }
            { notice::view(store) }
            { answers::title(store) }
            { province::view(lang, province, store.regime()) }
            { intro }
            { answers::view(store) }
            <div class="columns">
                { form::view(store) }
                // Which rules and date are used heads the result: on a phone it is then below
                // the form, and the static title stays the largest thing painted first (LCP).
                { result::view(lang, outcome, applied::view(store, province), &send(store, Action::CompareCourse)) }
            </div>
            // The current result next to a variant ("nếu tôi…"), once one is asked for.
            { compare::view(store, outcome, variant) }
            { jump_bar(lang, outcome, props) }
        </>
    }
}
