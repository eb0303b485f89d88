//! The line that always says which rules and which date the page is using, and whether a
//! province's standards are layered on them.

use super::province::ProvinceState;
use super::Store;
use crate::i18n::{self, t, K};
use yew::prelude::*;

pub fn view(store: &Store, province: &ProvinceState) -> Html {
    let lang = store.lang;
    let as_of = store.as_of();
    let mut day = i18n::date(lang, as_of);
    if store.profile.as_of.is_none() {
        day = format!("{day} ({})", t(lang, K::Today));
    }
    match store.regime() {
        Some(reg) => {
            let mut rules = lang.pick(&reg.name_vi, &reg.name_en).to_string();
            if store.profile.regime.is_some() && !reg.in_force_on(as_of) {
                rules.push_str(i18n::what_if(lang));
            }
            if province.applies_to(Some(reg)) {
                rules.push_str(i18n::with_province(lang));
            }
            let checked = i18n::date(lang, reg.checked_on);
            html! {
                <p class="applied" id="applied">{ i18n::applied(lang, &rules, &day, &checked) }</p>
            }
        }
        None => html! {
            <p class="applied error" id="applied">{ i18n::no_rules_on(lang, &day) }</p>
        },
    }
}
