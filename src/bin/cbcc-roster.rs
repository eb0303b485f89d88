//! The roster view, "Rà soát danh sách" (for the commune's Party committee and office and the
//! provincial Sở Nội vụ), as its own wasm: loaded by the self-assessment's `RosterHost`
//! (src/roster/host.rs) the first time the view is opened, it mounts into the root the host made
//! and follows the language the host gives it. Started inside a Web Worker (by the view, with
//! the same loader), it is the worker that reads and assesses rosters instead.

use cbcc_widget::i18n::Lang;
use cbcc_widget::roster;
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    root: web_sys::Element,
}

fn lang_of(root: &web_sys::Element) -> Lang {
    root.get_attribute("data-lang")
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or(Lang::Vi)
}

#[component]
fn RosterApp(p: &Props) -> Html {
    let lang = use_state(|| lang_of(&p.root));
    {
        let lang = lang.clone();
        use_effect_with(p.root.clone(), move |root| {
            let r = root.clone();
            let listener = EventListener::new(root, "cbcc-lang", move |_| lang.set(lang_of(&r)));
            move || drop(listener)
        });
    }
    html! { <roster::RosterView lang={*lang} /> }
}

fn main() {
    // The same wasm runs the roster's Web Worker (src/roster/worker.rs), which reads and
    // assesses the file off the page.
    if let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() {
        return roster::worker::start(scope);
    }
    let window = gloo::utils::window();
    let root = js_sys::Reflect::get(&window, &JsValue::from_str("cbccRosterRoot"))
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Element>().ok())
        .or_else(|| gloo::utils::document().get_element_by_id("roster-root"))
        .or_else(|| gloo::utils::document().body().map(web_sys::Element::from));
    let Some(root) = root else {
        return;
    };
    root.set_inner_html("");
    let _ = root.remove_attribute("aria-busy");
    yew::Renderer::<RosterApp>::with_root_and_props(root.clone(), Props { root }).render();
}
