//! The full wasm of the self-assessment: the same App as the page's own wasm (src/main.rs),
//! with what only a host needs. Loaded instead of the page's wasm by index.html's loader when
//! the page asks for a province file (`?province=<id>`) or runs in a portal's iframe
//! (`?embed=iframe&parent=…`: its height and results go to the parent), and by `embed.js`,
//! which calls the exported [`mount`] for each `<cbcc-self-assessment>` element (a portal's
//! `province`/`rules-url` attributes, the `cbcc-result` event).
//!
//! The exports live here, not in the library: the other wasm binaries link the library too, and
//! an export there would pull the whole App, the province reader and the report JSON into them.

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

/// As the page (`?province=`, `?embed=iframe`): mounts into index.html's `[data-cbcc-root]`.
/// Loaded by `embed.js`, it finds no such element and does nothing.
fn main() {
    embed::start_page(embed::full_page_props);
}

/// Talc instead of Rust's default allocator, as the page's own wasm (Cargo.toml).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
