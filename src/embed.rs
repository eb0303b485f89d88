//! How the App is hosted: as the page itself (`index.html`, its `[data-cbcc-root]` element, maybe
//! inside a portal's iframe), or embedded by a portal through `embed.js`, which calls the exported
//! [`mount`] once per `<cbcc-self-assessment>` element, inside that element's shadow root.
//!
//! Also: the `cbcc-result` event, the iframe's height messages to its parent, and the reading of a
//! province file (validated by the engine before use; nothing in it is ever rendered as HTML).

use crate::app::App;
use crate::browser::{EMBED_KEY, PAGE_KEY};
use crate::i18n::Lang;
use cbcc_engine::Province;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

/// Where the provincial standards come from.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvinceSource {
    /// The file to fetch.
    pub url: String,
    /// The id asked for (`province="vi_du"` → `provinces/vi_du.json`, which must carry that id);
    /// None for a portal's own `rules-url`.
    pub id: Option<String>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The element the App renders into: selects are synced, `data-ready` and (embedded) `lang`
    /// set on and under it, never through `document` (an embedded widget is in a shadow root).
    pub root: Element,
    /// In a host page's shadow root: no URL hash, no `<html lang>`, no document title.
    pub embedded: bool,
    /// The language to start in (the `lang` attribute, or `?lang=` of the page).
    pub lang: Option<Lang>,
    /// Rules fixed by the host (`regime` attribute or `?regime=`).
    pub regime: Option<String>,
    pub province: Option<ProvinceSource>,
    /// The start of the localStorage keys (`cbcc-widget`, `cbcc-widget.embed[.<id>]`).
    pub storage: String,
    /// The address a share link starts with (embedded: the widget's own page); None: this page.
    pub link_base: Option<String>,
    /// Called with the report JSON whenever the result changes (None: no result any more).
    pub on_result: Option<Callback<Option<String>>>,
}

/// A province file larger than this is refused unread (the example is 3 KB).
pub const MAX_PROVINCE_BYTES: usize = 256 * 1024;

/// A province id that can safely name a file: `[a-z0-9_-]`, 1 to 64 characters.
pub fn valid_province_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// The province file shipped with the widget (`provinces/<id>.json` next to it); `base` is the
/// widget's own address (ends with `/`), or empty for a path relative to the page.
pub fn province_source(base: &str, id: &str) -> ProvinceSource {
    ProvinceSource {
        url: format!("{base}provinces/{id}.json"),
        id: Some(id.to_string()),
    }
}

/// Why a province file was not used, in Vietnamese and English.
pub type Why = (String, String);

/// The province id is not one that names a file.
pub fn bad_province_id(id: &str) -> Why {
    (
        format!("mã tỉnh “{id}” không hợp lệ (chỉ gồm chữ thường không dấu, chữ số, _ và -)"),
        format!("the province id “{id}” is not valid (lowercase letters, digits, _ and - only)"),
    )
}

/// The file could not be fetched (`status`: e.g. "HTTP 404", or empty for a network error).
pub fn not_loaded(url: &str, status: &str) -> Why {
    let status = if status.is_empty() {
        String::new()
    } else {
        format!(" ({status})")
    };
    (
        format!("không tải được tệp {url}{status}"),
        format!("could not load {url}{status}"),
    )
}

/// Reads a fetched province file: the engine's strict check (unknown keys, levels, posts, and any
/// rule lowering a national standard, named), the size, and the id asked for.
pub fn read_province(text: &str, id: Option<&str>) -> Result<Province, Why> {
    if text.len() > MAX_PROVINCE_BYTES {
        return Err((
            format!("tệp quá lớn (hơn {} KB)", MAX_PROVINCE_BYTES / 1024),
            format!(
                "the file is too large (over {} KB)",
                MAX_PROVINCE_BYTES / 1024
            ),
        ));
    }
    let p = Province::from_json(text).map_err(|e| (format!("{}: {}", e.value, e.vi), e.en))?;
    match id {
        Some(id) if p.id != id => Err((
            format!("tệp ghi mã tỉnh “{}”, không phải “{id}”", p.id),
            format!("the file is for province “{}”, not “{id}”", p.id),
        )),
        _ => Ok(p),
    }
}

/// A handle on one mounted widget (`embed.js` destroys it when its element leaves the page).
#[wasm_bindgen]
pub struct Widget(Option<yew::AppHandle<App>>);

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and frees it.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.destroy();
        }
    }
}

/// Renders an independent widget into `container` and dispatches `cbcc-result` on `host`.
///
/// `config` (strings, all optional): `lang` (`vi` or `en` exactly; embed.js reduces `en-GB` to `en`), `regime`, `province` (an id: the file
/// `provinces/<id>.json` next to the widget), `rulesUrl` (the portal's own province file; wins
/// over `province`), `base` (the widget's own address, ending in `/`: where the province files
/// are and what a share link opens) and `key` (names this widget's saved answers).
#[wasm_bindgen]
pub fn mount(container: Element, host: Element, config: JsValue) -> Widget {
    let get = |k: &str| {
        js_sys::Reflect::get(&config, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let base = get("base").unwrap_or_default();
    let province = match (get("rulesUrl"), get("province")) {
        (Some(url), _) => Some(ProvinceSource { url, id: None }),
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
        on_result: Some(Callback::from(move |json| dispatch_result(&host, json))),
    };
    Widget(Some(
        yew::Renderer::<App>::with_root_and_props(container, props).render(),
    ))
}

/// Dispatches `cbcc-result` (bubbling, composed) on `host` with the report as a JS object (or
/// null when there is no result any more).
fn dispatch_result(host: &Element, json: Option<String>) {
    let detail = json
        .and_then(|j| js_sys::JSON::parse(&j).ok())
        .unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
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

/// The props of the page itself, from its address: `?lang=`, `?regime=`, `?province=`; and, in a
/// portal's iframe (`?embed=iframe&parent=<origin>`), its height and results posted to the parent.
pub fn page_props(root: Element) -> AppProps {
    let q = query();
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let mut props = AppProps {
        root,
        embedded: false,
        lang: get("lang").and_then(|l| Lang::from_code(&l)),
        regime: get("regime"),
        province: get("province").map(|id| province_source("", &id)),
        storage: PAGE_KEY.to_string(),
        link_base: None,
        on_result: None,
    };
    if get("embed").as_deref() == Some("iframe") {
        let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
        match (parent, get("parent").as_deref().and_then(parent_origin)) {
            (Some(parent), Some(origin)) => {
                post_height(&parent, &origin);
                props.on_result = Some(Callback::from(move |json: Option<String>| {
                    let report = json
                        .and_then(|j| js_sys::JSON::parse(&j).ok())
                        .unwrap_or(JsValue::NULL);
                    post(&parent, &origin, "cbcc:result", "report", &report);
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

    const EXAMPLE: &str = include_str!("../engine/provinces/example.json");

    #[test]
    fn province_ids_name_files_and_nothing_else() {
        assert!(valid_province_id("vi_du"));
        assert!(valid_province_id("ha-giang-2025"));
        for bad in [
            "",
            "../x",
            "Vi_du",
            "a/b",
            "a.json",
            "tỉnh",
            &"a".repeat(65),
        ] {
            assert!(!valid_province_id(bad), "{bad}");
        }
        assert_eq!(province_source("", "vi_du").url, "provinces/vi_du.json");
        assert_eq!(
            province_source("https://w.example/tdcb/", "vi_du").url,
            "https://w.example/tdcb/provinces/vi_du.json"
        );
    }

    #[test]
    fn a_province_file_is_checked_before_use() {
        let p = read_province(EXAMPLE, Some("vi_du")).unwrap();
        assert!(p.example);
        assert!(read_province(EXAMPLE, None).is_ok());
        let (vi, en) = read_province(EXAMPLE, Some("ha_giang")).unwrap_err();
        assert!(
            vi.contains("vi_du") && en.contains("ha_giang"),
            "{vi} / {en}"
        );
        let (vi, _) = read_province("{not json", None).unwrap_err();
        assert!(vi.contains("không hợp lệ"), "{vi}");
        let typo = EXAMPLE.replacen("\"level\"", "\"levle\"", 1);
        let (vi, _) = read_province(&typo, None).unwrap_err();
        assert!(vi.contains("levle"), "{vi}");
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        v["rules"].as_array_mut().unwrap().push(serde_json::json!({
            "posts": ["chu_tich_ubnd"], "area": "political_theory", "kind": "advised",
            "level": "trung_cap", "basis": { "document": "QĐ tỉnh" }, "confidence": "S"
        }));
        let (vi, en) = read_province(&v.to_string(), None).unwrap_err();
        assert!(
            vi.starts_with("quy tắc #4") && vi.contains("hạ thấp"),
            "{vi}"
        );
        assert!(en.contains("would lower"), "{en}");
        let big = " ".repeat(MAX_PROVINCE_BYTES + 1);
        assert!(read_province(&big, None).unwrap_err().0.contains("quá lớn"));
    }

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
