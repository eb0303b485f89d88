//! The IT certificates: a list of rows (kind and date of issue), each removable, and an add button.

use super::field::{self, Field};
use super::{level_options, on, Store};
use crate::i18n::{self, t, K};
use crate::state::{Action, DateField};
use cbcc_engine::profile::ItCertificate;
use cbcc_engine::schema::Area;
use yew::prelude::*;

fn row(store: &Store, i: usize, cert: &ItCertificate) -> Html {
    let lang = store.lang;
    let n = i + 1;
    let (kind_id, issued_id) = (format!("it-kind-{i}"), format!("it-issued-{i}"));
    let on_kind = {
        let store = store.clone();
        Callback::from(move |v| store.dispatch(Action::SetItKind(i, v)))
    };
    let on_issued = {
        let store = store.clone();
        Callback::from(move |d| store.dispatch(Action::SetItIssued(i, d)))
    };
    let error = store
        .bad_dates
        .contains(&DateField::ItIssued(i))
        .then(|| t(lang, K::DateError));
    html! {
        <li class="it-row">
            <fieldset>
                <legend>{ i18n::it_row(lang, n) }</legend>
                { field::select(
                    Field::new(&kind_id, t(lang, K::ItKind)).hint(t(lang, K::ItKindHint)),
                    &cert.kind,
                    on_kind,
                    level_options(lang, Area::It, &cert.kind),
                ) }
                { field::date(
                    Field::new(&issued_id, t(lang, K::ItIssued)).hint(t(lang, K::ItIssuedHint)).error(error),
                    cert.issued,
                    on_issued,
                ) }
                <button type="button" class="secondary" onclick={on(store, Action::RemoveIt(i))}>
                    { i18n::it_remove(lang, n) }
                </button>
            </fieldset>
        </li>
    }
}

pub fn view(store: &Store) -> Html {
    let lang = store.lang;
    let certs = &store.profile.it;
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsIt) }</legend>
            <p class="hint" id="it-hint">{ i18n::it_hint(lang) }</p>
            if certs.is_empty() {
                <p class="muted">{ t(lang, K::ItNone) }</p>
            } else {
                <ol class="it-list">
                    { certs.iter().enumerate().map(|(i, c)| row(store, i, c)).collect::<Html>() }
                </ol>
            }
            <button type="button" class="secondary" onclick={on(store, Action::AddIt)}
                aria-describedby="it-hint">
                <span aria-hidden="true">{ "+ " }</span>{ t(lang, K::ItAdd) }
            </button>
        </fieldset>
    }
}
