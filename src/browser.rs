//! The thin glue to the browser: localStorage, the location hash, the clipboard, printing and
//! today's date. Every call tolerates a missing API (private mode, old browsers): it does nothing
//! or returns None rather than throwing.

use cbcc_engine::Date;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// The page's localStorage keys start with this; an embedded widget's with [`EMBED_KEY`].
pub const PAGE_KEY: &str = "cbcc-widget";
/// Embedded widgets: `cbcc-widget.embed` (+ `.<id or name of the element>` when it has one).
pub const EMBED_KEY: &str = "cbcc-widget.embed";
/// Suffix of the saved profile's key (`cbcc-widget.profile`: `{"v":1,"profile":…}`).
pub const PROFILE_KEY: &str = ".profile";
/// Suffix of the chosen language's key (`cbcc-widget.lang`: `vi` or `en`).
pub const LANG_KEY: &str = ".lang";

/// Today in the device's local time.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date {
        year: d.get_full_year() as i32,
        month: d.get_month() + 1,
        day: d.get_date(),
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        // A full or blocked storage loses only the convenience of reloading.
        let _ = s.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The location hash, with its `#` (empty if none).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its hash.
pub fn address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_string(),
        None => href,
    }
}

/// Removes the hash from the address bar without reloading or adding a history entry.
pub fn clear_hash() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address()));
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_language(code: &str, title: &str) {
    let doc = gloo::utils::document();
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", code);
    }
    doc.set_title(title);
}

/// Keeps the page's static title and introduction (index.html) in the chosen language; the
/// introduction is hidden while another view (the roster) is shown.
pub fn set_page_head(title: &str, intro: &str, show_intro: bool) {
    let doc = gloo::utils::document();
    // Only when the language changed: a rewritten text is a new paint, and the first paint of
    // the static text is what the page's load time (LCP) is measured by.
    let set = |el: &web_sys::Element, text: &str| {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    };
    if let Some(h1) = doc.query_selector("[data-cbcc-title]").ok().flatten() {
        set(&h1, title);
    }
    if let Some(p) = doc.query_selector("[data-cbcc-intro]").ok().flatten() {
        set(&p, intro);
        let _ = if show_intro {
            p.remove_attribute("hidden")
        } else {
            p.set_attribute("hidden", "")
        };
    }
}

/// Marks the App's root element as mounted (the e2e tests wait for `data-ready`).
pub fn mark_ready(root: &web_sys::Element) {
    let _ = root.set_attribute("data-ready", "true");
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Calls `then(ok, err)` on a promise (the same shape for every Promise-returning API).
fn then(promise: &JsValue, ok: JsValue, err: JsValue) {
    let then = js_sys::Reflect::get(promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(promise, &ok, &err);
    }
}

/// Fetches a text file (a province's rules); `done` gets its text, or why it could not be read.
pub fn fetch_text(url: &str, done: Callback<Result<String, String>>) {
    let Some(window) = web_sys::window() else {
        return done.emit(Err(String::new()));
    };
    let promise = window.fetch_with_str(url);
    let failed = done.clone();
    let ok = Closure::once_into_js(move |resp: JsValue| {
        let resp: web_sys::Response = resp.unchecked_into();
        if !resp.ok() {
            return done.emit(Err(format!("HTTP {}", resp.status())));
        }
        match resp.text() {
            Ok(text) => {
                let fail = done.clone();
                then(
                    &text,
                    Closure::once_into_js(move |t: JsValue| {
                        done.emit(Ok(t.as_string().unwrap_or_default()))
                    }),
                    Closure::once_into_js(move |_: JsValue| fail.emit(Err(String::new()))),
                );
            }
            Err(_) => done.emit(Err(String::new())),
        }
    });
    let err = Closure::once_into_js(move |_: JsValue| failed.emit(Err(String::new())));
    then(&promise, ok, err);
}

/// Copies `text` to the clipboard; `done` gets whether it worked.
pub fn copy(text: &str, done: Callback<bool>) {
    let navigator = match web_sys::window() {
        Some(w) => w.navigator(),
        None => return done.emit(false),
    };
    // navigator.clipboard is absent outside secure contexts (plain http on a LAN address).
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return done.emit(false);
    }
    let promise = navigator.clipboard().write_text(text);
    let ok_done = done.clone();
    let ok = Closure::once_into_js(move |_: JsValue| ok_done.emit(true));
    let err = Closure::once_into_js(move |_: JsValue| done.emit(false));
    then(&promise, ok, err);
}

/// Focuses and selects the text of the input with this id inside `root` (the share link, when
/// copying failed). Searched from the App's root: an embedded widget lives in a shadow root.
pub fn select_input(root: &web_sys::Element, id: &str) {
    if let Some(input) = root
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// Scrolls the element with this id inside `root` into view (an embedded widget's "see the
/// result" bar: a `#ket-qua` link would change the host page's address and find nothing).
pub fn scroll_to(root: &web_sys::Element, id: &str) {
    if let Some(el) = root.query_selector(&format!("#{id}")).ok().flatten() {
        el.scroll_into_view();
    }
}
