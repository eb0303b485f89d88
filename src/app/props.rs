//! How the App is hosted, as its props say: the page itself or a widget embedded in a portal
//! (embed.rs makes them), where its province file comes from, and who hears its results.

use crate::components::result::Outcome;
use crate::i18n::Lang;
use cbcc_engine::Province;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Reads a fetched province file, or says why not in Vietnamese and English
/// ([`super::province_file::read_province`]). Given with the source, so that only a wasm that
/// is given a province file carries the reader (the page's own wasm never is: the page's loader
/// starts the full wasm, src/bin/cbcc-full.rs, for `?province=`).
pub type ReadProvince = fn(&str, Option<&str>) -> Result<Province, (String, String)>;

/// Where the provincial standards come from.
#[derive(Clone)]
pub struct ProvinceSource {
    /// The file to fetch.
    pub url: String,
    /// The id asked for (`province="vi_du"` → `provinces/vi_du.json`, which must carry that id);
    /// None for a portal's own `rules-url`.
    pub id: Option<String>,
    pub read: ReadProvince,
}

impl PartialEq for ProvinceSource {
    fn eq(&self, other: &Self) -> bool {
        (&self.url, &self.id) == (&other.url, &other.id)
    }
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
    /// Called with the result whenever it changes (the host writes it as the report JSON:
    /// embed.rs, only in the full wasm).
    pub on_result: Option<Callback<Rc<Outcome>>>,
}
