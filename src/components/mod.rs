//! The widget's views: form groups (one `<fieldset>` each), the result, the toolbar. They are
//! plain functions of the state (only the App is a Yew component: every component type costs
//! wasm size, and this page is small enough to render whole on each change).

pub mod answers;
pub mod applied;
pub mod compare;
pub mod field;
pub mod form;
pub mod it;
pub mod levels;
pub mod notice;
pub mod plan;
pub mod post;
pub mod province;
pub mod requirement;
pub mod result;
pub mod rules;
pub mod timeline;
pub mod toolbar;

use crate::i18n::Lang;
use crate::state::{Action, State};
use cbcc_engine::labels::{self, capitalise};
use cbcc_engine::schema::{contract_inputs, Area};
use yew::prelude::*;

/// The state and its dispatcher.
pub type Store = UseReducerHandle<State>;

/// A callback that dispatches the action made from the new value.
pub fn send<T: 'static>(store: &Store, f: fn(T) -> Action) -> Callback<T> {
    let store = store.clone();
    Callback::from(move |v: T| store.dispatch(f(v)))
}

/// A callback that dispatches `action`.
pub fn on<E: 'static>(store: &Store, action: Action) -> Callback<E> {
    let store = store.clone();
    Callback::from(move |_: E| store.dispatch(action.clone()))
}

/// The display name of an input value of `area`, capitalised (for options and answers).
pub fn level_name(lang: Lang, area: Area, id: &str) -> String {
    let (vi, en) = labels::level(area, id);
    capitalise(lang.pick(vi, en))
}

/// The `<option>`s of every contract input value of `area`.
pub fn level_options(lang: Lang, area: Area, current: &str) -> Html {
    contract_inputs(area)
        .iter()
        .map(|id| field::option(id, &level_name(lang, area, id), current))
        .collect()
}
