//! The credential groups that are one choice each, the personal details (sex, birth date or
//! age, ethnic minority) and the field-of-study check.

use super::field::{self, option, Field};
use super::{level_options, send, Store};
use crate::i18n::{self, t, K};
use crate::state::{Action, DateField};
use cbcc_engine::profile::Sex;
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

fn sex_from_id(id: String) -> Action {
    Action::SetSex(match id.as_str() {
        "nam" => Some(Sex::Nam),
        "nu" => Some(Sex::Nu),
        _ => None,
    })
}

/// The personal details (sex, birth date or age, ethnic minority) and general education.
pub fn person(store: &Store) -> Html {
    let lang = store.lang;
    let p = &store.profile;
    let sex = p.sex.map_or("", Sex::id);
    let sex_options = html! {
        <>
            { option("", t(lang, K::SexNotGiven), sex) }
            { option("nam", t(lang, K::SexNam), sex) }
            { option("nu", t(lang, K::SexNu), sex) }
        </>
    };
    let birth_error = if store.bad_dates.contains(&DateField::BirthDate) {
        Some(t(lang, K::DateError).to_string())
    } else {
        store
            .birth_date_out_of_range()
            .map(|age| i18n::birth_date_age(lang, age))
    };
    let age_error = store.age_invalid().then(|| i18n::age_error(lang));
    // With a birth date the typed age is not used: the hint says so.
    let age_hint = if p.birth_date.is_some() {
        t(lang, K::AgeHintBirthDate).to_string()
    } else {
        i18n::age_hint(lang)
    };
    let sex_hint = i18n::sex_hint(lang);
    let general = &p.general_education;
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsPerson) }</legend>
            { field::select(
                Field::new("sex", t(lang, K::Sex)).hint(&sex_hint),
                sex,
                send(store, sex_from_id),
                sex_options,
            ) }
            { field::date(
                Field::new("birth-date", t(lang, K::BirthDate))
                    .hint(t(lang, K::BirthDateHint))
                    .error(birth_error.as_deref()),
                p.birth_date,
                send(store, Action::SetBirthDate),
            ) }
            { field::number(
                Field::new("age", t(lang, K::Age)).hint(&age_hint).error(age_error.as_deref()),
                &store.age_text,
                send(store, Action::SetAge),
            ) }
            { field::check(
                Field::new("ethnic-minority", t(lang, K::EthnicMinority))
                    .hint(t(lang, K::EthnicMinorityHint)),
                p.ethnic_minority,
                send(store, Action::SetEthnicMinority),
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
    let hint = i18n::professional_hint(lang);
    html! {
        <fieldset>
            <legend>{ t(lang, K::FsProfessional) }</legend>
            { field::select(
                Field::new("professional", t(lang, K::Professional)).hint(&hint),
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
