//! The compact summary of the answers, shown only on paper ("Phiếu tự đánh giá").

use super::post::unit_name;
use super::{level_name, Store};
use crate::i18n::{self, t, K};
use cbcc_engine::age::age_on;
use cbcc_engine::assess::post_names;
use cbcc_engine::labels::lowercase;
use cbcc_engine::schema::Area;
use yew::prelude::*;

/// The title of the printed sheet, above the rules line.
pub fn title(store: &Store) -> Html {
    html! { <p class="print-only print-title">{ t(store.lang, K::PrintTitle) }</p> }
}

pub fn view(store: &Store) -> Html {
    let lang = store.lang;
    let p = &store.profile;
    let yes_no = |b: bool| t(lang, if b { K::Yes } else { K::No }).to_string();
    let not_given = || t(lang, K::NotGiven).to_string();
    let post = store
        .regime()
        .and_then(|r| r.post(&p.post))
        .map(|post| {
            let (vi, en) = post_names(post, p);
            lang.pick(&vi, &en).to_string()
        })
        .unwrap_or_else(not_given);
    // Sex, age (from the date of birth when given: it is the one used), ethnic minority.
    let person = i18n::person(
        lang,
        p.sex,
        p.birth_date.map(|b| (b, age_on(b, store.as_of()))),
        p.age,
        p.ethnic_minority,
    );
    // One line for the commune's situation: an extremely difficult commune is a difficult area.
    let difficult = if p.extremely_difficult_area {
        format!(
            "{} ({})",
            yes_no(true),
            lowercase(t(lang, K::ExtremelyDifficult))
        )
    } else {
        yes_no(p.difficult_area)
    };
    let it = if p.it.is_empty() {
        level_name(lang, Area::It, "none")
    } else {
        p.it.iter()
            .map(|c| {
                let name = level_name(lang, Area::It, &c.kind);
                match c.issued {
                    Some(d) => format!("{name} ({})", i18n::date(lang, d)),
                    None => name,
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let professional = format!(
        "{} ({}: {})",
        level_name(lang, Area::Professional, &p.professional.level),
        t(lang, K::FieldFits),
        lowercase(&yes_no(p.professional.field_fits_post))
    );
    let rows: Vec<(K, String)> = vec![
        (K::Post, post),
        (
            K::InPostSince,
            p.in_post_since
                .map(|d| i18n::date(lang, d))
                .unwrap_or_else(not_given),
        ),
        (K::Unit, unit_name(lang, p.unit)),
        (K::Difficult, difficult),
        (K::Person, person),
        (
            K::GeneralEducation,
            level_name(lang, Area::GeneralEducation, &p.general_education),
        ),
        (K::FsProfessional, professional),
        (
            K::FsPolitical,
            level_name(lang, Area::PoliticalTheory, &p.political_theory),
        ),
        (K::FsIt, it),
        (
            K::FsStateManagement,
            level_name(lang, Area::StateManagement, &p.state_management),
        ),
        (
            K::FsDefence,
            level_name(lang, Area::DefenceSecurity, &p.defence_security),
        ),
        (K::FsEthnic, yes_no(p.ethnic_language)),
    ];
    html! {
        <section class="print-only answers" id="answers" aria-labelledby="answers-h">
            <h2 id="answers-h">{ t(lang, K::Answers) }</h2>
            <dl>
                for (k, v) in rows {
                    <div><dt>{ t(lang, k) }</dt><dd>{ v }</dd></div>
                }
            </dl>
        </section>
    }
}
