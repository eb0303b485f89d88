//! Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã — the self-assessment widget (Yew, csr): the
//! page's wasm. Everything else is the library (src/lib.rs).
//!
//! As the page: mounts the App into index.html's own `[data-cbcc-root]` element (replacing its
//! static "Đang tải…" block), never into a generic `#app` a portal might also have. Embedded:
//! `embed.js` loads the same wasm (this `main` then finds no such element and does nothing) and
//! calls the exported [`mount`] for each `<cbcc-self-assessment>` element.
//!
//! The exports live here, not in the library: the roster's wasm links the library too, and an
//! export there would pull the whole App into it.

use cbcc_widget::app::App;
use cbcc_widget::embed;
use wasm_bindgen::prelude::*;
use web_sys::Element;

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
    Widget(Some(embed::mount(container, host, &config)))
}

fn main() {
    let document = gloo::utils::document();
    if let Some(root) = document.query_selector("[data-cbcc-root]").ok().flatten() {
        root.set_inner_html("");
        let props = embed::page_props(root.clone());
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
