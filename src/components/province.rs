//! The provincial standards in use: the province's name and decision, "an example, not real
//! rules" when the file says so, or why the file could not be used (the national standards then
//! apply). Every value from the file is rendered as text, never as HTML.

use crate::i18n::{self, t, Lang, K};
use cbcc_engine::rules::regime;
use cbcc_engine::schema::Regime;
use cbcc_engine::Province;
use std::rc::Rc;
use yew::prelude::*;

/// The province file of the host, from asking for it to using it.
#[derive(Clone, Debug)]
pub enum ProvinceState {
    /// No province was asked for.
    None,
    Loading,
    Ready(Rc<Province>),
    /// Not used; why, in Vietnamese and English.
    Failed(Rc<(String, String)>),
}

impl PartialEq for ProvinceState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::None, Self::None) | (Self::Loading, Self::Loading) => true,
            (Self::Ready(a), Self::Ready(b)) => Rc::ptr_eq(a, b),
            (Self::Failed(a), Self::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl ProvinceState {
    pub fn ready(&self) -> Option<&Province> {
        match self {
            Self::Ready(p) => Some(p),
            _ => None,
        }
    }

    /// The province's standards layer on these rules (the engine applies them only then).
    pub fn applies_to(&self, rules: Option<&Regime>) -> bool {
        self.ready()
            .zip(rules)
            .is_some_and(|(p, r)| p.regime == r.id)
    }
}

pub fn view(lang: Lang, state: &ProvinceState, rules: Option<&Regime>) -> Html {
    match state {
        ProvinceState::None => html! {},
        ProvinceState::Loading => html! {
            <p class="province" id="province" role="status">{ t(lang, K::ProvinceLoading) }</p>
        },
        ProvinceState::Failed(why) => html! {
            <div class="notice warn province-error" id="province" role="status">
                <p>
                    <span aria-hidden="true">{ "⚠ " }</span>
                    { i18n::province_failed(lang, lang.pick(&why.0, &why.1)) }
                </p>
            </div>
        },
        ProvinceState::Ready(p) => {
            let applies = state.applies_to(rules);
            let other_rules = (!applies).then(|| {
                regime(&p.regime)
                    .map(|r| lang.pick(&r.name_vi, &r.name_en).to_string())
                    .unwrap_or_else(|| p.regime.clone())
            });
            html! {
                <div class="province" id="province">
                    <p class="province-name">
                        <strong>
                            { t(lang, if applies { K::ProvinceApplied } else { K::FromProvince }) }
                            { ": " }
                        </strong>
                        { lang.pick(&p.name_vi, &p.name_en).to_string() }
                    </p>
                    <p class="basis" lang="vi">{ p.basis.cite() }</p>
                    if p.example {
                        <p class="example-warning">
                            <span aria-hidden="true">{ "⚠ " }</span>{ t(lang, K::ProvinceExample) }
                        </p>
                    }
                    if let Some(other) = other_rules {
                        <p class="hint">{ i18n::province_not_applied(lang, &other) }</p>
                    }
                </div>
            }
        }
    }
}
