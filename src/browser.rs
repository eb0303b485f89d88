//! The thin glue to the browser: localStorage, the location hash, the clipboard, printing and
//! today's date. Every call tolerates a missing API (private mode, old browsers): it does nothing
//! or returns None rather than throwing.

use cbcc_engine::Date;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// localStorage key of the saved profile (`{"v":1,"profile":…}`).
pub const PROFILE_KEY: &str = "cbcc-widget.profile";
/// localStorage key of the chosen language (`vi` or `en`).
pub const LANG_KEY: &str = "cbcc-widget.lang";

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

/// Marks `#app` as mounted (the e2e tests wait for it).
pub fn mark_ready() {
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        let _ = root.set_attribute("data-ready", "true");
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
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
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &err);
    }
}

/// Focuses and selects the text of the input with this id (the share link, when copying failed).
pub fn select_input(id: &str) {
    if let Some(input) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}
