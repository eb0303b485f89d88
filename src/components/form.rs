//! The whole form: one fieldset per group. There is no submit button: the result follows every change.

use super::{it, levels, post, rules, Store};
use crate::i18n::{t, K};
use yew::prelude::*;

pub fn view(store: &Store) -> Html {
    // Enter in a field must not reload the page.
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="form no-print" {onsubmit} aria-label={t(store.lang, K::Answers)}>
            { post::view(store) }
            { levels::person(store) }
            { levels::professional(store) }
            { levels::political_theory(store) }
            { it::view(store) }
            { levels::state_management(store) }
            { levels::defence_security(store) }
            { levels::ethnic_language(store) }
            { rules::view(store) }
        </form>
    }
}
