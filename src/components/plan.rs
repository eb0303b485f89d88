//! The training plan in order, the recommended courses and the reminders. Each course carries
//! the contract's `data-training`.

use super::requirement::unverified;
use crate::i18n::{self, t, Lang, K};
use cbcc_engine::{Report, TrainingItem};
use yew::prelude::*;

fn course(lang: Lang, c: &TrainingItem) -> Html {
    html! {
        <li class="course" data-training={c.id.clone()}>
            <h3>
                { lang.pick(&c.name_vi, &c.name_en).to_string() }
                if !c.verified { { " " }{ unverified(lang) } }
            </h3>
            <dl class="facts">
                if let Some(d) = c.deadline {
                    <dt>{ t(lang, K::CompleteBy) }</dt>
                    <dd><strong>{ i18n::date(lang, d) }</strong></dd>
                }
                <dt>{ t(lang, K::Length) }</dt>
                <dd>{ lang.pick(&c.length_vi, &c.length_en).to_string() }</dd>
                <dt>{ t(lang, K::Provider) }</dt>
                <dd>{ lang.pick(&c.provider_vi, &c.provider_en).to_string() }</dd>
                <dt>{ t(lang, K::Basis) }</dt>
                <dd class="basis" lang="vi">{ c.basis.clone() }</dd>
            </dl>
        </li>
    }
}

fn courses(lang: Lang, list: &[TrainingItem]) -> Html {
    list.iter().map(|c| course(lang, c)).collect()
}

pub fn view(lang: Lang, r: &Report) -> Html {
    html! {
        <>
            <section class="plan" aria-labelledby="plan-h">
                <h2 id="plan-h">{ t(lang, K::Plan) }</h2>
                if r.trainings.is_empty() {
                    <p>{ t(lang, K::PlanEmpty) }</p>
                } else {
                    <p>{ t(lang, K::PlanIntro) }</p>
                    <ol class="courses" id="plan">{ courses(lang, &r.trainings) }</ol>
                }
            </section>
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
