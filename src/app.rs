//! The App: holds the state (a reducer), loads it (share link first, then localStorage), saves
//! every change, keeps `<html lang>` in step, and lays out the page. Its props say how it is
//! hosted (see embed.rs): embedded, it leaves the host page's address, `<html lang>` and title
//! alone and keeps its answers under its own storage key.

use crate::browser::{self, LANG_KEY, PROFILE_KEY};
use crate::components::province::{self, ProvinceState};
use crate::components::{answers, applied, field, form, notice, result, toolbar, Store};
use crate::embed::{self, AppProps};
use crate::i18n::{t, Lang, K};
use crate::state::{parse_saved, saved_json, Action, Notice, State};
use cbcc_engine::{assess_with, share, Profile};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// A share link in the address takes precedence (the page only); else the saved answers; else
/// an empty form.
fn load_profile(embedded: bool, key: &str) -> (Profile, Option<Notice>) {
    let mut notice = None;
    let hash = if embedded {
        String::new()
    } else {
        browser::hash()
    };
    if hash.starts_with("#p=") {
        // The answers are saved on this device from now on; the address stays clean.
        browser::clear_hash();
        match share::decode(&hash) {
            Ok(p) => return (p, Some(Notice::LinkLoaded)),
            Err(e) => notice = Some(Notice::LinkDamaged { vi: e.vi, en: e.en }),
        }
    }
    let Some(text) = browser::load(key) else {
        return (Profile::default(), notice);
    };
    match parse_saved(&text) {
        Ok(p) => (p, notice),
        Err(_) => {
            browser::remove(key);
            (Profile::default(), notice.or(Some(Notice::StorageReset)))
        }
    }
}

fn initial_state(props: &AppProps) -> State {
    // The host's language first; the page also remembers the official's own choice.
    let saved = (!props.embedded)
        .then(|| browser::load(&format!("{}{LANG_KEY}", props.storage)))
        .flatten()
        .and_then(|c| Lang::from_code(&c));
    let lang = props.lang.or(saved).unwrap_or(Lang::Vi);
    let key = format!("{}{PROFILE_KEY}", props.storage);
    let (profile, notice) = load_profile(props.embedded, &key);
    let mut state = State::new(lang, browser::today(), profile, notice);
    if let Some(id) = &props.regime {
        if !state.fix_regime(id) {
            gloo::console::warn!(format!("cbcc: unknown regime “{id}” ignored"));
        }
    }
    state
}

/// Fetches and checks the province file, if the host asked for one.
fn load_province(source: &Option<embed::ProvinceSource>, set: UseStateHandle<ProvinceState>) {
    let Some(source) = source else {
        return;
    };
    let failed = |why: embed::Why| ProvinceState::Failed(Rc::new(why));
    if let Some(id) = source
        .id
        .as_deref()
        .filter(|id| !embed::valid_province_id(id))
    {
        return set.set(failed(embed::bad_province_id(id)));
    }
    let (url, source) = (source.url.clone(), source.clone());
    browser::fetch_text(
        &url,
        Callback::from(move |text: Result<String, String>| {
            set.set(
                match text.map_err(|status| embed::not_loaded(&source.url, &status)) {
                    Ok(text) => match embed::read_province(&text, source.id.as_deref()) {
                        Ok(p) => ProvinceState::Ready(Rc::new(p)),
                        Err(why) => failed(why),
                    },
                    Err(why) => failed(why),
                },
            )
        }),
    );
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store: Store = use_reducer(|| initial_state(props));
    let lang = store.lang;
    let root = props.root.clone();
    let embedded = props.embedded;
    let roster = crate::roster_host::use_roster_view(lang, !embedded);
    let profile_key = format!("{}{PROFILE_KEY}", props.storage);
    let lang_key = format!("{}{LANG_KEY}", props.storage);
    let province = use_state(|| match props.province {
        Some(_) => ProvinceState::Loading,
        None => ProvinceState::None,
    });

    {
        let (root, source, province) = (root.clone(), props.province.clone(), province.clone());
        use_effect_with((), move |_| {
            browser::mark_ready(&root);
            load_province(&source, province);
        });
    }
    {
        let root = root.clone();
        use_effect_with(lang, move |lang| {
            if embedded {
                // The widget's own language; the host page's `<html lang>` and title are its own.
                let _ = root.set_attribute("lang", lang.code());
            } else {
                browser::set_language(lang.code(), t(*lang, K::Title));
                browser::save(&lang_key, lang.code());
            }
        });
    }
    // As the page, the title and introduction are index.html's static ones (painted before the
    // wasm arrives); embedded, the App writes its own.
    use_effect_with((lang, roster), move |(lang, roster)| {
        if !embedded {
            browser::set_page_head(
                t(*lang, K::Title),
                t(*lang, K::Intro),
                *roster != Some(true),
            );
        }
    });
    let head = embedded.then(|| html! { <h1>{ t(lang, K::Title) }</h1> });
    let intro = embedded.then(|| html! { <p class="intro no-print">{ t(lang, K::Intro) }</p> });
    use_effect_with(store.profile.clone(), move |p| {
        if *p == Profile::default() {
            browser::remove(&profile_key);
        } else {
            browser::save(&profile_key, &saved_json(p));
        }
    });
    // When copying failed, select the link so that the official can copy it by hand.
    {
        let root = root.clone();
        use_effect_with(store.share.as_ref().and_then(|s| s.copied), move |copied| {
            if *copied == Some(false) {
                browser::select_input(&root, toolbar::LINK_ID);
            }
        });
    }
    // A share link pasted into this tab changes only the hash: open it too (the page only: an
    // embedded widget never reads or writes the host page's address).
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = (!embedded).then(|| {
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let hash = browser::hash();
                    if !hash.starts_with("#p=") {
                        return;
                    }
                    browser::clear_hash();
                    match share::decode(&hash) {
                        Ok(p) => {
                            store.dispatch(Action::Load(Box::new(p), Some(Notice::LinkLoaded)))
                        }
                        Err(e) => store
                            .dispatch(Action::Notify(Notice::LinkDamaged { vi: e.vi, en: e.en })),
                    }
                })
            });
            move || drop(listener)
        });
    }

    // While the province file loads there is no result yet (rather than a national one first).
    let outcome = use_memo(
        (store.profile.clone(), store.today, (*province).clone()),
        |(profile, today, province)| {
            (!profile.post.is_empty() && *province != ProvinceState::Loading)
                .then(|| assess_with(profile, *today, province.ready()))
        },
    );
    // After every render: selects show the state's value; and the host hears whenever the
    // result changes (the report JSON, or None when there is none).
    let sent = use_mut_ref(|| None::<String>);
    {
        let (outcome, on_result, root) = (outcome.clone(), props.on_result.clone(), root.clone());
        use_effect(move || {
            field::sync_selects(&root);
            if let Some(on_result) = on_result {
                let json = match outcome.as_ref() {
                    Some(Ok(r)) => serde_json::to_string(r).ok(),
                    _ => None,
                };
                if *sent.borrow() != json {
                    *sent.borrow_mut() = json.clone();
                    on_result.emit(json);
                }
            }
        });
    }
    let jump = match outcome.as_ref() {
        Some(Ok(r)) => result::summary(lang, r),
        _ => t(lang, K::JumpToResult).to_string(),
    };

    // The bar sticks to the bottom of a phone's screen only once there is a result to jump to;
    // before that it would only cover the first fields.
    let jump_class = match outcome.as_ref() {
        Some(Ok(_)) => "jump no-print",
        _ => "jump idle no-print",
    };
    let link_base = props.link_base.clone().unwrap_or_else(browser::address);
    // Embedded, `#ket-qua` would change the host page's address and find nothing there.
    let jump_click = embedded.then(|| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            browser::scroll_to(&root, "ket-qua");
        })
    });

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
            { head }
            { toolbar::view(&store, &link_base) }
            { notice::view(&store) }
            { answers::title(&store) }
            { province::view(lang, &province, store.regime()) }
            { intro }
            { answers::view(&store) }
            <div class="columns">
                { form::view(&store) }
                // Which rules and date are used heads the result: on a phone it is then below
                // the form, and the static title stays the largest thing painted first (LCP).
                { result::view(lang, &outcome, applied::view(&store, &province)) }
            </div>
            <a class={jump_class} href="#ket-qua" onclick={jump_click}>
                <span aria-hidden="true">{ "↓ " }</span>{ jump }
            </a>
        </>
    }
}
