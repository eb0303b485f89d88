//! How the App is hosted: as the page itself (`index.html`, its `[data-cbcc-root]` element:
//! [`page_props`]; with a province file or inside a portal's iframe: [`full_page_props`]), or
//! embedded by a portal through `embed.js`, which calls the exported `mount` once per
//! `<cbcc-self-assessment>` element, inside that element's shadow root ([`mount`]).
//!
//! Also: the `cbcc-result` event and the iframe's height messages to its parent. Two wasm
//! binaries start the App: the page's own (src/main.rs: [`page_props`] only, so it carries no
//! province reader and no report JSON) and the full one (src/bin/cbcc-full.rs: the exports that
//! `embed.js` calls, `mount` and `Widget`, and the page with `?province=` or
//! `?embed=iframe`, which the page's loader starts instead). The roster's wasm links this
//! library too and carries none of it.
//!
//! This module imports the App it mounts; the App never imports it.

use crate::app::province_file::{province_source, read_province, valid_province_id};
use crate::app::{App, AppProps, ProvinceSource};
use crate::browser::{EMBED_KEY, PAGE_KEY};
use crate::components::result::Outcome;
use crate::i18n::Lang;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

/// Renders an independent widget into `container` and dispatches `cbcc-result` on `host`; its
/// `config` is described at the export (src/main.rs).
pub fn mount(container: Element, host: Element, config: &JsValue) -> yew::AppHandle<App> {
    let get = |k: &str| {
        js_sys::Reflect::get(config, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let base = get("base").unwrap_or_default();
    let province = match (get("rulesUrl"), get("province")) {
        (Some(url), _) => Some(ProvinceSource {
            url,
            id: None,
            read: read_province,
        }),
        (None, Some(id)) => Some(province_source(&base, &id)),
        _ => None,
    };
    // A share link opens the widget's own page, with the same province.
    let link_base =
        (!base.is_empty()).then(|| match province.as_ref().and_then(|p| p.id.as_deref()) {
            Some(id) if valid_province_id(id) => format!("{base}?province={id}"),
            _ => base.clone(),
        });
    let storage = match get("key") {
        Some(k) => format!("{EMBED_KEY}.{k}"),
        None => EMBED_KEY.to_string(),
    };
    let props = AppProps {
        root: container.clone(),
        embedded: true,
        lang: get("lang").and_then(|l| Lang::from_code(&l)),
        regime: get("regime"),
        province,
        storage,
        link_base,
        on_result: Some(report(move |detail| dispatch_result(&host, detail))),
    };
    yew::Renderer::<App>::with_root_and_props(container, props).render()
}

/// The App's result as the host hears it: `send` gets the report JSON as a JS object (null when
/// there is no result any more), each time it changes (not before there is a first result).
fn report(send: impl Fn(&JsValue) + 'static) -> Callback<Rc<Outcome>> {
    let sent = RefCell::new(None::<String>);
    Callback::from(move |outcome: Rc<Outcome>| {
        let json = match outcome.as_ref() {
            Some(Ok(r)) => Some(r.to_json()),
            _ => None,
        };
        if *sent.borrow() != json {
            let detail = json
                .as_deref()
                .and_then(|j| js_sys::JSON::parse(j).ok())
                .unwrap_or(JsValue::NULL);
            *sent.borrow_mut() = json;
            send(&detail);
        }
    })
}

/// Dispatches `cbcc-result` (bubbling, composed) on `host` with the report as a JS object (or
/// null when there is no result any more).
fn dispatch_result(host: &Element, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("cbcc-result", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The page's query parameters (`?lang=en&province=vi_du&embed=iframe&parent=…`), decoded.
fn query() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let decode = |s: &str| {
        js_sys::decode_uri_component(&s.replace('+', " "))
            .ok()
            .and_then(|d| d.as_string())
            .unwrap_or_default()
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v).trim().to_string()))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// A parent origin for the iframe mode: `http(s)://host[:port]`, nothing after it.
pub fn parent_origin(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('/');
    let rest = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && !rest
            .chars()
            .any(|c| matches!(c, '/' | '?' | '#' | '@' | '\\') || c.is_whitespace());
    ok.then(|| t.to_string())
}

/// The props of the page itself, from its address: `?lang=`, `?regime=` (the page's own wasm;
/// its loader starts the full one for `?province=` and `?embed=`).
pub fn page_props(root: Element) -> AppProps {
    let q = query();
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    AppProps {
        root,
        embedded: false,
        lang: get("lang").and_then(|l| Lang::from_code(&l)),
        regime: get("regime"),
        province: None,
        storage: PAGE_KEY.to_string(),
        link_base: None,
        on_result: None,
    }
}

/// Mounts the App into index.html's `[data-cbcc-root]` (replacing its static "Đang tải…" block)
/// with the props `props` makes for it; does nothing on a page without that element (a portal's
/// page loading `embed.js`). In a task of its own, after the wasm is instantiated: two shorter
/// tasks on the main thread instead of one long one (Lighthouse's total blocking time, issue 12).
pub fn start_page(props: impl FnOnce(Element) -> AppProps + 'static) {
    gloo::timers::callback::Timeout::new(0, move || {
        let document = gloo::utils::document();
        if let Some(root) = document.query_selector("[data-cbcc-root]").ok().flatten() {
            root.set_inner_html("");
            let props = props(root.clone());
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
    })
    .forget();
}

/// The props of the page in the full wasm: [`page_props`], the province file of `?province=`;
/// and, in a portal's iframe (`?embed=iframe&parent=<origin>`), its height and results posted
/// to the parent.
pub fn full_page_props(root: Element) -> AppProps {
    let q = query();
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let mut props = page_props(root);
    props.province = get("province").map(|id| province_source("", &id));
    if get("embed").as_deref() == Some("iframe") {
        let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
        match (parent, get("parent").as_deref().and_then(parent_origin)) {
            (Some(parent), Some(origin)) => {
                post_height(&parent, &origin);
                props.on_result = Some(report(move |report| {
                    post(&parent, &origin, "cbcc:result", "report", report)
                }));
            }
            _ => gloo::console::warn!("cbcc: embed=iframe needs parent=<the portal's origin>"),
        }
    }
    props
}

/// Posts `{type: kind, <key>: value}` to the parent window, to `origin` only.
fn post(parent: &web_sys::Window, origin: &str, kind: &str, key: &str, value: &JsValue) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&msg, &key.into(), value);
    let _ = parent.post_message(&msg, origin);
}

/// Posts `{type: 'cbcc:height', height}` to the parent whenever the page's height changes.
fn post_height(parent: &web_sys::Window, origin: &str) {
    let doc = gloo::utils::document();
    let Some(html) = doc.document_element() else {
        return;
    };
    // The page's CSS drops what makes no sense in an auto-height iframe (the "see the result" bar).
    let _ = html.set_attribute("data-embed", "iframe");
    let (parent, origin, target) = (parent.clone(), origin.to_string(), html.clone());
    let last = Cell::new(-1.0);
    let changed = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            post(&parent, &origin, "cbcc:height", "height", &height.into());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()) {
        observer.observe(&html);
        // Both live as long as the page.
        std::mem::forget(observer);
        changed.forget();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_origin_is_a_parent() {
        assert_eq!(
            parent_origin("https://portal.example.gov.vn/").as_deref(),
            Some("https://portal.example.gov.vn")
        );
        assert_eq!(
            parent_origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        for bad in [
            "*",
            "",
            "null",
            "https://",
            "javascript:alert(1)",
            "https://a.example/path",
            "https://a@b.example",
        ] {
            assert_eq!(parent_origin(bad), None, "{bad}");
        }
    }
}
