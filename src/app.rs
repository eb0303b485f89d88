//! The App: holds the state (a reducer), loads it (share link first, then localStorage), saves
//! every change, keeps `<html lang>` in step, and lays out the page.

use crate::browser::{self, LANG_KEY, PROFILE_KEY};
use crate::components::{answers, applied, field, form, notice, result, toolbar, Store};
use crate::i18n::{t, Lang, K};
use crate::state::{decode_link, parse_saved, saved_json, Action, Notice, State};
use cbcc_engine::{assess, Profile};
use gloo::events::EventListener;
use yew::prelude::*;

/// A share link in the address takes precedence; else the saved answers; else an empty form.
fn load_profile() -> (Profile, Option<Notice>) {
    let mut notice = None;
    let hash = browser::hash();
    if hash.starts_with("#p=") {
        // The answers are saved on this device from now on; the address stays clean.
        browser::clear_hash();
        match decode_link(&hash) {
            Ok(p) => return (p, Some(Notice::LinkLoaded)),
            Err(e) => notice = Some(Notice::LinkDamaged { vi: e.vi, en: e.en }),
        }
    }
    let Some(text) = browser::load(PROFILE_KEY) else {
        return (Profile::default(), notice);
    };
    match parse_saved(&text) {
        Ok(p) => (p, notice),
        Err(_) => {
            browser::remove(PROFILE_KEY);
            (Profile::default(), notice.or(Some(Notice::StorageReset)))
        }
    }
}

fn initial_state() -> State {
    let lang = browser::load(LANG_KEY)
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or(Lang::Vi);
    let (profile, notice) = load_profile();
    State::new(lang, browser::today(), profile, notice)
}

#[component]
pub fn App() -> Html {
    let store: Store = use_reducer(initial_state);
    let lang = store.lang;
    let roster = crate::roster_host::use_roster_view(lang, true);

    use_effect_with((), |_| browser::mark_ready());
    // After every render: selects show the state's value.
    use_effect(field::sync_selects);
    use_effect_with(lang, |lang| {
        browser::set_language(lang.code(), t(*lang, K::Title));
        browser::save(LANG_KEY, lang.code());
    });
    use_effect_with(store.profile.clone(), |p| {
        if *p == Profile::default() {
            browser::remove(PROFILE_KEY);
        } else {
            browser::save(PROFILE_KEY, &saved_json(p));
        }
    });
    // When copying failed, select the link so that the official can copy it by hand.
    use_effect_with(store.share.as_ref().and_then(|s| s.copied), |copied| {
        if *copied == Some(false) {
            browser::select_input(toolbar::LINK_ID);
        }
    });
    // A share link pasted into this tab changes only the hash: open it too.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = browser::hash();
                if !hash.starts_with("#p=") {
                    return;
                }
                browser::clear_hash();
                match decode_link(&hash) {
                    Ok(p) => store.dispatch(Action::Load(Box::new(p), Some(Notice::LinkLoaded))),
                    Err(e) => {
                        store.dispatch(Action::Notify(Notice::LinkDamaged { vi: e.vi, en: e.en }))
                    }
                }
            });
            move || drop(listener)
        });
    }

    let outcome = use_memo((store.profile.clone(), store.today), |(profile, today)| {
        (!profile.post.is_empty()).then(|| assess(profile, *today))
    });
    let jump = match outcome.as_ref() {
        Some(Ok(r)) => result::summary(lang, r),
        _ => t(lang, K::JumpToResult).to_string(),
    };

    if roster == Some(true) {
        return html! {
            <>
                { toolbar::language(&store) }
                { crate::roster_host::tabs(lang, roster) }
                { crate::roster_host::host() }
            </>
        };
    }
    html! {
        <>
            { toolbar::language(&store) }
            { crate::roster_host::tabs(lang, roster) }
            <h1>{ t(lang, K::Title) }</h1>
            { toolbar::view(&store) }
            { notice::view(&store) }
            { answers::title(&store) }
            { applied::view(&store) }
            <p class="intro no-print">{ t(lang, K::Intro) }</p>
            { answers::view(&store) }
            <div class="columns">
                { form::view(&store) }
                { result::view(lang, &outcome) }
            </div>
            <a class="jump no-print" href="#ket-qua">
                <span aria-hidden="true">{ "↓ " }</span>{ jump }
            </a>
        </>
    }
}
