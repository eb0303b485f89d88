//! The App's effects, one hook each, in the order the App calls them (Yew runs effects in that
//! order after each render).

use crate::browser::{self, LANG_KEY, PROFILE_KEY};
use crate::components::province::ProvinceState;
use crate::components::result::Outcome;
use crate::components::{compare, field, toolbar, Store};
use crate::i18n::{t, Lang, K};
use crate::state::{saved_json, Action, Notice};
use cbcc_engine::{assess_with, share, Profile};
use gloo::events::EventListener;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Whether the whole page is rendered. The App's first render has only the language switch;
/// the layout follows in a task of its own. The wasm's functions are compiled when first
/// called, on the main thread: the first render compiles the App and Yew, the second the
/// views, so a phone's main thread has two tasks of about 60 ms instead of one of 110 ms
/// (Lighthouse's total blocking time, issue 12; layout.rs is not inlined for this). Then
/// `data-ready` on the App's root (hosts and the e2e tests wait for it).
#[hook]
pub fn use_ready(root: &Element) -> bool {
    let whole = use_state(|| false);
    {
        let whole = whole.clone();
        use_effect_with((), move |_| {
            gloo::timers::callback::Timeout::new(0, move || whole.set(true)).forget();
        });
    }
    let root = root.clone();
    use_effect_with(*whole, move |whole| {
        if *whole {
            browser::mark_ready(&root)
        }
    });
    *whole
}

/// The language where it belongs: embedded, the widget's own `lang` attribute (the host page's
/// `<html lang>` and title are its own); as the page, `<html lang>` and the title, and the
/// official's choice is remembered.
#[hook]
pub fn use_language(root: &Element, embedded: bool, lang: Lang, storage: &str) {
    let root = root.clone();
    let lang_key = format!("{storage}{LANG_KEY}");
    use_effect_with(lang, move |lang| {
        if embedded {
            let _ = root.set_attribute("lang", lang.code());
        } else {
            browser::set_language(lang.code(), t(*lang, K::Title));
            browser::save(&lang_key, lang.code());
        }
    });
}

/// As the page, the title and introduction are index.html's static ones (painted before the
/// wasm arrives), kept in the chosen language and hidden in the roster view; embedded, the App
/// writes its own (see layout.rs).
#[hook]
pub fn use_page_head(embedded: bool, lang: Lang, roster: Option<bool>) {
    use_effect_with((lang, roster), move |(lang, roster)| {
        if !embedded {
            browser::set_page_head(
                t(*lang, K::Title),
                t(*lang, K::Intro),
                *roster != Some(true),
            );
        }
    });
}

/// Saves every change of the answers, and of the compared variant, on this device (an empty
/// form with no comparison: nothing kept).
#[hook]
pub fn use_saved_answers(profile: &Profile, variant: Option<&Profile>, storage: &str) {
    let key = format!("{storage}{PROFILE_KEY}");
    use_effect_with((profile.clone(), variant.cloned()), move |(p, v)| {
        if *p == Profile::default() && v.is_none() {
            browser::remove(&key);
        } else {
            browser::save(&key, &saved_json(p, v.as_ref()));
        }
    });
}

/// When copying the share link failed, selects it so that the official can copy it by hand.
#[hook]
pub fn use_select_link_if_not_copied(store: &Store, root: &Element) {
    let root = root.clone();
    use_effect_with(store.share.as_ref().and_then(|s| s.copied), move |copied| {
        if *copied == Some(false) {
            browser::select_input(&root, toolbar::LINK_ID);
        }
    });
}

/// A share link pasted into this tab changes only the hash: open it too (the page only: an
/// embedded widget never reads or writes the host page's address).
#[hook]
pub fn use_share_links(store: &Store, embedded: bool) {
    let store = store.clone();
    use_effect_with((), move |_| {
        let listener = (!embedded).then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = browser::hash();
                if !hash.starts_with("#p=") {
                    return;
                }
                browser::clear_hash();
                match share::decode_pair(&hash) {
                    Ok((p, variant)) => {
                        store.dispatch(Action::Load(Box::new(p), Some(Notice::LinkLoaded)));
                        if let Some(v) = variant {
                            store.dispatch(Action::Compare(Box::new(v)));
                        }
                    }
                    Err(e) => {
                        store.dispatch(Action::Notify(Notice::LinkDamaged { vi: e.vi, en: e.en }))
                    }
                }
            })
        });
        move || drop(listener)
    });
}

/// The engine's result for the answers. While the province file loads there is none (rather
/// than a national one first).
#[hook]
pub fn use_outcome(store: &Store, province: &ProvinceState) -> Rc<Outcome> {
    use_memo(
        (store.profile.clone(), store.today, province.clone()),
        |(profile, today, province)| {
            (!profile.post.is_empty() && *province != ProvinceState::Loading)
                .then(|| assess_with(profile, *today, province.ready()))
        },
    )
}

/// The engine's result for the variant compared with the answers, if there is one.
#[hook]
pub fn use_variant_outcome(store: &Store, province: &ProvinceState) -> Rc<Outcome> {
    use_memo(
        (store.variant.clone(), store.today, province.clone()),
        |(variant, today, province)| {
            variant
                .as_deref()
                .filter(|_| *province != ProvinceState::Loading)
                .map(|v| assess_with(v, *today, province.ready()))
        },
    )
}

/// When a comparison opens, its heading takes the focus (and the page scrolls to it): on a
/// phone it is below the result. `whole`: the layout is rendered (`use_ready`).
#[hook]
pub fn use_focus_comparison(store: &Store, root: &Element, whole: bool) {
    let root = root.clone();
    use_effect_with(store.variant.is_some() && whole, move |open| {
        if *open {
            compare::focus_heading(&root);
        }
    });
}

/// After every render: selects show the state's value; and the host hears whenever the result
/// is made anew (it sends the report on only when it changed: embed.rs).
#[hook]
pub fn use_after_render(
    outcome: &Rc<Outcome>,
    on_result: &Option<Callback<Rc<Outcome>>>,
    root: &Element,
) {
    let sent = use_mut_ref(|| None::<Rc<Outcome>>);
    let (outcome, on_result, root) = (outcome.clone(), on_result.clone(), root.clone());
    use_effect(move || {
        field::sync_selects(&root);
        if let Some(on_result) = on_result {
            if !sent
                .borrow()
                .as_ref()
                .is_some_and(|s| Rc::ptr_eq(s, &outcome))
            {
                *sent.borrow_mut() = Some(outcome.clone());
                on_result.emit(outcome);
            }
        }
    });
}
