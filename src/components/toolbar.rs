//! The language switch; share link (copied, and shown as a fallback), print, start again.

use super::{on, Store};
use crate::browser;
use crate::i18n::{t, K};
use crate::state::Action;
use cbcc_engine::share;
use yew::prelude::*;

/// The id of the read-only input showing the share link.
pub const LINK_ID: &str = "share-link";

/// The language switch, at the top right: its label is in the other language.
pub fn language(store: &Store) -> Html {
    let other = store.lang.other();
    html! {
        <div class="topbar no-print">
            <button type="button" class="link" lang={other.code()}
                title={t(store.lang, K::SwitchLanguageHint)}
                onclick={on(store, Action::SetLang(other))}>{ t(store.lang, K::SwitchLanguage) }</button>
        </div>
    }
}

/// `link_base`: the address a share link opens (this page, or an embedded widget's own page).
pub fn view(store: &Store, link_base: &str) -> Html {
    let lang = store.lang;
    let copy = {
        let store = store.clone();
        let link_base = link_base.to_string();
        Callback::from(move |_| {
            if store.profile.post.is_empty() {
                return store.dispatch(Action::ShareNeedsPost);
            }
            // With a comparison open, the link carries the variant too.
            let link = format!(
                "{link_base}#{}",
                share::encode_pair(&store.profile, store.variant.as_deref())
            );
            store.dispatch(Action::Shared(link.clone()));
            let store = store.clone();
            browser::copy(
                &link,
                Callback::from(move |ok| store.dispatch(Action::Copied(ok))),
            );
        })
    };
    let status = match &store.share {
        _ if store.share_needs_post => {
            html! { <p class="error">{ t(lang, K::NeedPostToShare) }</p> }
        }
        Some(sh) if sh.copied == Some(true) => html! {
            <p class="ok"><span aria-hidden="true">{ "✓ " }</span>{ t(lang, K::Copied) }</p>
        },
        Some(sh) if sh.copied == Some(false) => {
            html! { <p class="error">{ t(lang, K::CopyFailed) }</p> }
        }
        _ => html! {},
    };
    html! {
        <div class="toolbar no-print">
            <div class="buttons" role="group" aria-label={t(lang, K::Tools)}>
                <button type="button" onclick={copy}>{ t(lang, K::CopyLink) }</button>
                <button type="button" onclick={Callback::from(|_| browser::print())}>{ t(lang, K::Print) }</button>
                <button type="button" class="secondary" onclick={on(store, Action::Reset)}>
                    { t(lang, K::StartAgain) }
                </button>
            </div>
            <div class="share-status" role="status">{ status }</div>
            if let Some(sh) = &store.share {
                <div class="field share">
                    <label for={LINK_ID}>{ t(lang, K::ShareLinkLabel) }</label>
                    <input type="text" id={LINK_ID} readonly=true value={sh.link.clone()}
                        aria-describedby="share-link-hint" />
                    <p class="hint" id="share-link-hint">{ t(lang, K::ShareLinkHint) }</p>
                </div>
            }
        </div>
    }
}
