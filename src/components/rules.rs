//! The rules and the assessment date: by default the rules in force today.

use super::field::{self, option, Field};
use super::{send, Store};
use crate::i18n::{self, t, K};
use crate::state::{Action, DateField};
use cbcc_engine::rules::{regime, rule_set};
use yew::prelude::*;

pub fn view(store: &Store) -> Html {
    let lang = store.lang;
    let current = store.profile.regime.clone().unwrap_or_default();
    let regimes: Html = rule_set()
        .regimes
        .iter()
        .map(|r| {
            let until = r.in_force_until.map(|d| i18n::date(lang, d));
            let text = i18n::regime_option(
                lang,
                lang.pick(&r.name_vi, &r.name_en),
                &i18n::date(lang, r.in_force_from),
                until.as_deref(),
            );
            option(&r.id, &text, &current)
        })
        .collect();
    let as_of_hint = i18n::as_of_hint(lang, &i18n::date(lang, store.today));
    let as_of_error = store
        .bad_dates
        .contains(&DateField::AsOf)
        .then(|| t(lang, K::DateError));
    let on_regime = {
        let store = store.clone();
        Callback::from(move |v: String| store.dispatch(Action::SetRegime(Some(v))))
    };
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsRules) }</legend>
            <p class="hint">{ t(lang, K::FsRulesHint) }</p>
            if let Some(fixed) = store.fixed_regime.as_deref().and_then(regime) {
                // Set by the portal: shown, not offered.
                <div class="field">
                    <p class="fixed-rules">
                        <strong>{ t(lang, K::Regime) }{ ": " }</strong>
                        { lang.pick(&fixed.name_vi, &fixed.name_en).to_string() }
                    </p>
                    <p class="hint">{ t(lang, K::RegimeFixed) }</p>
                </div>
            } else {
                { field::select(
                    Field::new("regime", t(lang, K::Regime)).hint(t(lang, K::RegimeHint)),
                    &current,
                    on_regime,
                    html! { <>{ option("", t(lang, K::RegimeAuto), &current) }{ regimes }</> },
                ) }
            }
            { field::date(
                Field::new("as-of", t(lang, K::AsOf)).hint(&as_of_hint).error(as_of_error),
                store.profile.as_of,
                send(store, Action::SetAsOf),
            ) }
        </fieldset>
    }
}
