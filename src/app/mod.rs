//! The App: holds the state (a reducer), loads it (share link first, then localStorage), saves
//! every change, keeps the language in step, and lays out the page. Its props say how it is
//! hosted (embed.rs makes them; this module never imports embed.rs): embedded, it leaves the
//! host page's address, `<html lang>` and title alone and keeps its answers under its own
//! storage key.
//!
//! - `props.rs`: [`AppProps`] and [`ProvinceSource`];
//! - `load.rs`: the first state; `province_file.rs`: the host's province file;
//! - `hooks.rs`: the effects (language, saving, share links, the result for the host);
//! - `layout.rs`: what is shown.

mod hooks;
mod layout;
mod load;
mod props;
pub mod province_file;

pub use props::{AppProps, ProvinceSource};

use crate::components::{toolbar, Store};
use crate::roster::host::use_roster_view;
use hooks::{
    use_after_render, use_focus_comparison, use_language, use_outcome, use_page_head, use_ready,
    use_saved_answers, use_select_link_if_not_copied, use_share_links, use_variant_outcome,
};
use province_file::use_province;
use yew::prelude::*;

#[component]
pub fn App(props: &AppProps) -> Html {
    let store: Store = use_reducer(|| load::initial_state(props));
    let (lang, embedded, root) = (store.lang, props.embedded, &props.root);
    let whole = use_ready(root);
    let roster = use_roster_view(lang, !embedded, whole);
    let province = use_province(&props.province);
    use_language(root, embedded, lang, &props.storage);
    use_page_head(embedded, lang, roster);
    use_saved_answers(&store.profile, store.variant.as_deref(), &props.storage);
    use_select_link_if_not_copied(&store, root);
    use_share_links(&store, embedded);
    let outcome = use_outcome(&store, &province);
    let variant = use_variant_outcome(&store, &province);
    use_after_render(&outcome, &props.on_result, root);
    use_focus_comparison(&store, root, whole);
    // The first render: the language switch only (the rest in the next task, `use_ready`).
    if !whole {
        return toolbar::language(&store);
    }
    layout::view(&store, props, roster, &province, (&*outcome, &*variant))
}
