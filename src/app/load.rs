//! The App's first state: the language (the host's, else the one the official chose last time
//! on this page), the answers (a share link in the address first, the page only; else those
//! saved on this device; else an empty form), and the rules the host fixed, if any.

use super::AppProps;
use crate::browser::{self, LANG_KEY, PROFILE_KEY};
use crate::i18n::Lang;
use crate::state::{parse_saved, Notice, State};
use cbcc_engine::{share, Profile};

/// A share link in the address takes precedence (the page only; with the variant it compares, if
/// any); else the saved answers (with the comparison that was open); else an empty form.
fn load_profile(embedded: bool, key: &str) -> (Profile, Option<Profile>, Option<Notice>) {
    let mut notice = None;
    let hash = if embedded {
        String::new()
    } else {
        browser::hash()
    };
    if hash.starts_with("#p=") {
        // The answers are saved on this device from now on; the address stays clean.
        browser::clear_hash();
        match share::decode_pair(&hash) {
            Ok((p, variant)) => return (p, variant, Some(Notice::LinkLoaded)),
            Err(e) => notice = Some(Notice::LinkDamaged { vi: e.vi, en: e.en }),
        }
    }
    let Some(text) = browser::load(key) else {
        return (Profile::default(), None, notice);
    };
    match parse_saved(&text) {
        Ok((p, variant)) => (p, variant, notice),
        Err(_) => {
            browser::remove(key);
            (
                Profile::default(),
                None,
                notice.or(Some(Notice::StorageReset)),
            )
        }
    }
}

pub fn initial_state(props: &AppProps) -> State {
    // The host's language first; the page also remembers the official's own choice.
    let saved = (!props.embedded)
        .then(|| browser::load(&format!("{}{LANG_KEY}", props.storage)))
        .flatten()
        .and_then(|c| Lang::from_code(&c));
    let lang = props.lang.or(saved).unwrap_or(Lang::Vi);
    let key = format!("{}{PROFILE_KEY}", props.storage);
    let (profile, variant, notice) = load_profile(props.embedded, &key);
    let mut state = State::new(lang, browser::today(), profile, notice);
    state.variant = variant.map(Box::new);
    if let Some(id) = &props.regime {
        if !state.fix_regime(id) {
            gloo::console::warn!(format!("cbcc: unknown regime “{id}” ignored"));
        }
    }
    state
}
