//! The part of the roster view built into the self-assessment's wasm: the switch between the two
//! views, the `#danh-sach` address, and the host that loads the roster's own wasm (built from
//! src/bin/cbcc-roster.rs) the first time the view is opened. The self-assessment's first load
//! does not carry the roster code (xlsx, chunked assessment, tables, exports).
//!
//! Hand-over: one `<div id="roster-root">`, kept for the life of the page (so a roster being
//! assessed and its results survive a visit to the other view), is put in
//! `window.cbccRosterRoot`, and `cbcc-roster_loader.js` is loaded, whose app mounts into it. The
//! language is the root's `data-lang`; a `cbcc-lang` event on the root says it changed.
//! Plain functions and one hook rather than components: each component costs wasm, and this
//! part is in every first load.

use crate::i18n::views::{t, K};
use crate::i18n::{self, Lang};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use yew::prelude::*;

pub const ROSTER_HASH: &str = "#danh-sach";
pub const SELF_HASH: &str = "#tu-danh-gia";
/// Made by Trunk (`data-loader-shim` on the roster's `<link data-trunk rel="rust">`).
const LOADER: &str = "cbcc-roster_loader.js";
/// The roster view's stylesheet (`styles/roster.css`, copied as it is).
const STYLES: &str = "roster.css";

fn on_roster() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h == ROSTER_HASH)
}

/// Whether the address asks for the roster view (following changes of the hash); while it
/// does, the roster's root sits in [`host`] and is told the language. None when `enabled` is
/// false (a widget embedded in a portal: no views, and the host page's address is not ours).
/// `shown`: the App has rendered its layout, and [`host`] with it (the App's first render has
/// only the language switch: app/hooks.rs, `use_ready`).
#[hook]
pub fn use_roster_view(lang: Lang, enabled: bool, shown: bool) -> Option<bool> {
    let roster = use_state(|| enabled && on_roster());
    {
        let roster = roster.clone();
        use_effect_with(enabled, move |&enabled| {
            let listener = enabled.then(|| {
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    roster.set(on_roster())
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(
        (*roster, lang, enabled, shown),
        |&(on, lang, enabled, shown)| {
            if enabled && shown {
                show(on, lang)
            }
        },
    );
    enabled.then_some(*roster)
}

/// The switch between the views, if any (a plain function: a component costs more wasm).
pub fn tabs(lang: Lang, roster: Option<bool>) -> Html {
    let Some(roster) = roster else {
        return Html::default();
    };
    let current = |on: bool| on.then_some("page");
    html! {
        <nav class="views no-print" aria-label={t(lang, K::ViewsLabel)}>
            <a href={SELF_HASH} aria-current={current(!roster)}>{ t(lang, K::ViewSelf) }</a>
            <a href={ROSTER_HASH} aria-current={current(roster)}>{ t(lang, K::ViewRoster) }</a>
        </nav>
    }
}

/// Where the roster view appears.
pub fn host() -> Html {
    html! { <div id={HOST_ID} class="roster-host"></div> }
}

const HOST_ID: &str = "roster-host";

thread_local! {
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Puts the roster's root into the host (loading the roster's wasm the first time) and gives it
/// the language; or, leaving the view, takes it out (the roster app keeps its state).
fn show(on: bool, lang: Lang) {
    let doc = gloo::utils::document();
    if !on {
        // Yew has removed the host, and the root with it, by now.
        if let Some(root) = ROOT.with(|r| r.borrow().clone()) {
            root.remove();
        }
        doc.set_title(i18n::t(lang, i18n::K::Title));
        return;
    }
    let (Some(root), Some(host)) = (root(lang), doc.get_element_by_id(HOST_ID)) else {
        return;
    };
    if !root.is_connected() {
        let _ = host.append_child(&root);
    }
    let _ = root.set_attribute("data-lang", lang.code());
    if let Ok(e) = web_sys::Event::new("cbcc-lang") {
        let _ = root.dispatch_event(&e);
    }
    // After the App's own effect, which gives the page the self-assessment's title.
    let title = t(lang, K::RosterTitle);
    gloo::timers::callback::Timeout::new(0, move || gloo::utils::document().set_title(title))
        .forget();
}

/// The roster's root, made (and its wasm requested) the first time.
fn root(lang: Lang) -> Option<web_sys::Element> {
    if let Some(root) = ROOT.with(|r| r.borrow().clone()) {
        return Some(root);
    }
    let doc = gloo::utils::document();
    let root = doc.create_element("div").ok()?;
    root.set_id("roster-root");
    let _ = root.set_attribute("data-lang", lang.code());
    let _ = root.set_attribute("aria-busy", "true");
    let loading = doc.create_element("p").ok()?;
    loading.set_class_name("loading");
    loading.set_text_content(Some(t(lang, K::RosterLoading)));
    let _ = root.append_child(&loading);
    let _ = js_sys::Reflect::set(
        &gloo::utils::window(),
        &JsValue::from_str("cbccRosterRoot"),
        &root,
    );
    // Its styles too: not in the first load of the page (copied to dist/ by index.html).
    let style = doc.create_element("link").ok()?;
    let _ = style.set_attribute("rel", "stylesheet");
    let _ = style.set_attribute("href", STYLES);
    doc.head()?.append_child(&style).ok()?;
    let script = doc.create_element("script").ok()?;
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", LOADER);
    let failed = root.clone();
    EventListener::once(&script, "error", move |_| {
        let lang = failed
            .get_attribute("data-lang")
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or(Lang::Vi);
        failed.set_inner_html("");
        let _ = failed.remove_attribute("aria-busy");
        if let Ok(p) = gloo::utils::document().create_element("p") {
            let _ = p.set_attribute("role", "alert");
            p.set_text_content(Some(t(lang, K::RosterLoadFailed)));
            let _ = failed.append_child(&p);
        }
    })
    .forget();
    doc.head()?.append_child(&script).ok()?;
    ROOT.with(|r| *r.borrow_mut() = Some(root.clone()));
    Some(root)
}
