//! A message at the top of the page (saved answers reset, a damaged link, undo after clearing).

use super::{on, Store};
use crate::i18n::{self, t, K};
use crate::state::{Action, Notice};
use yew::prelude::*;

pub fn view(store: &Store) -> Html {
    let lang = store.lang;
    let Some(notice) = &store.notice else {
        return html! {};
    };
    let (text, warn) = match notice {
        Notice::StorageReset => (t(lang, K::StorageReset).to_string(), true),
        Notice::LinkDamaged { vi, en } => (i18n::link_damaged(lang, lang.pick(vi, en)), true),
        Notice::LinkLoaded => (t(lang, K::LinkLoaded).to_string(), false),
        Notice::Cleared => (t(lang, K::Cleared).to_string(), false),
    };
    let can_undo = *notice == Notice::Cleared && store.undo.is_some();
    html! {
        <div class={if warn { "notice warn no-print" } else { "notice no-print" }} role="status" id="notice">
            <p>
                if warn { <span aria-hidden="true">{ "⚠ " }</span> }
                { text }
            </p>
            <div class="actions">
                if can_undo {
                    <button type="button" onclick={on(store, Action::Undo)}>{ t(lang, K::Undo) }</button>
                }
                <button type="button" class="secondary" onclick={on(store, Action::DismissNotice)}>
                    { t(lang, K::Dismiss) }
                </button>
            </div>
        </div>
    }
}
