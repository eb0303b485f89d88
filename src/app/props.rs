//! How the App is hosted, as its props say: the page itself or a widget embedded in a portal
//! (embed.rs makes them), where its province file comes from, and who hears its results.

use crate::i18n::Lang;
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
