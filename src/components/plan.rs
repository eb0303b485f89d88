//! The training plan (on a timeline: timeline.rs), the recommended courses and the reminders.
//! Each course carries the contract's `data-training`.

use super::timeline;
use crate::i18n::{t, Lang, K};
use cbcc_engine::{Report, TrainingItem};
use yew::prelude::*;

fn courses(lang: Lang, list: &[TrainingItem]) -> Html {
    list.iter()
        .map(|c| timeline::course(lang, c, None))
        .collect()
}

pub fn view(lang: Lang, r: &Report) -> Html {
    html! {
        <>
            { timeline::view(lang, r) }
            if !r.suggested_trainings.is_empty() {
                <section class="suggested" aria-labelledby="suggested-h">
                    <h2 id="suggested-h">{ t(lang, K::Suggested) }</h2>
                    <p>{ t(lang, K::SuggestedIntro) }</p>
                    <ul class="courses" id="suggested">{ courses(lang, &r.suggested_trainings) }</ul>
                </section>
            }
            if !r.reminders.is_empty() {
                <section class="reminders" aria-labelledby="reminders-h">
                    <h2 id="reminders-h">{ t(lang, K::Reminders) }</h2>
                    <ul id="reminders">
                        for rem in &r.reminders {
                            <li data-reminder={rem.id.clone()}>
                                { lang.pick(&rem.text_vi, &rem.text_en).to_string() }
                                { " (" }<span class="basis" lang="vi">{ rem.basis.clone() }</span>{ ")" }
                            </li>
                        }
                    </ul>
                </section>
            }
        </>
    }
}
