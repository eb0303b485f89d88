//! The credential groups that are one choice each, plus age and the field-of-study check.

use super::field::{self, Field};
use super::{level_options, send, Store};
use crate::i18n::{t, K};
use crate::state::Action;
use cbcc_engine::schema::Area;
use yew::prelude::*;

/// A fieldset with one select of the input values of `area`.
fn level_fieldset(
    store: &Store,
    id: &str,
    area: Area,
    [legend, label, hint]: [K; 3],
    value: &str,
    action: fn(String) -> Action,
) -> Html {
    let lang = store.lang;
    html! {
        <fieldset>
            <legend>{ t(lang, legend) }</legend>
            { field::select(
                Field::new(id, t(lang, label)).hint(t(lang, hint)),
                value,
                send(store, action),
                level_options(lang, area, value),
            ) }
        </fieldset>
    }
}

/// Age and general education.
pub fn person(store: &Store) -> Html {
    let lang = store.lang;
    let age_error = store.age_invalid().then(|| t(lang, K::AgeError));
    let general = &store.profile.general_education;
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsPerson) }</legend>
            { field::number(
                Field::new("age", t(lang, K::Age)).hint(t(lang, K::AgeHint)).error(age_error),
                &store.age_text,
                send(store, Action::SetAge),
            ) }
            { field::select(
                Field::new("general-education", t(lang, K::GeneralEducation))
                    .hint(t(lang, K::GeneralEducationHint)),
                general,
                send(store, Action::SetGeneralEducation),
                level_options(lang, Area::GeneralEducation, general),
            ) }
        </fieldset>
    }
}

/// The professional qualification and whether its field suits the post.
pub fn professional(store: &Store) -> Html {
    let lang = store.lang;
    let pro = &store.profile.professional;
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsProfessional) }</legend>
            { field::select(
                Field::new("professional", t(lang, K::Professional)).hint(t(lang, K::ProfessionalHint)),
                &pro.level,
                send(store, Action::SetProfessionalLevel),
                level_options(lang, Area::Professional, &pro.level),
            ) }
            { field::check(
                Field::new("field-fits", t(lang, K::FieldFits)).hint(t(lang, K::FieldFitsHint)),
                pro.field_fits_post,
                send(store, Action::SetFieldFits),
            ) }
        </fieldset>
    }
}

pub fn political_theory(store: &Store) -> Html {
    level_fieldset(
        store,
        "political-theory",
        Area::PoliticalTheory,
        [K::FsPolitical, K::Political, K::PoliticalHint],
        &store.profile.political_theory,
        Action::SetPoliticalTheory,
    )
}

pub fn state_management(store: &Store) -> Html {
    level_fieldset(
        store,
        "state-management",
        Area::StateManagement,
        [
            K::FsStateManagement,
            K::StateManagement,
            K::StateManagementHint,
        ],
        &store.profile.state_management,
        Action::SetStateManagement,
    )
}

pub fn defence_security(store: &Store) -> Html {
    level_fieldset(
        store,
        "defence-security",
        Area::DefenceSecurity,
        [K::FsDefence, K::Defence, K::DefenceHint],
        &store.profile.defence_security,
        Action::SetDefenceSecurity,
    )
}

pub fn ethnic_language(store: &Store) -> Html {
    let lang = store.lang;
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsEthnic) }</legend>
            { field::check(
                Field::new("ethnic-language", t(lang, K::Ethnic)).hint(t(lang, K::EthnicHint)),
                store.profile.ethnic_language,
                send(store, Action::SetEthnicLanguage),
            ) }
        </fieldset>
    }
}
