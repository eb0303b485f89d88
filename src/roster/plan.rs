//! The class plan (kế hoạch mở lớp): for each course, in the order to take them, how many
//! officials need it and the earliest deadline among them — "Trung cấp lý luận chính trị: 8 người".

use super::model::{number, trainings, OutcomeRef};
use super::table::{table, th};
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::{self, Lang};
use cbcc_engine::Date;
use yew::prelude::*;

/// One line of the plan: the catalogue's index of the course, how many, the earliest deadline.
pub fn lines(o: &OutcomeRef) -> Vec<(usize, usize, Option<Date>)> {
    let s = &o.0.summary;
    trainings()
        .iter()
        .enumerate()
        .filter_map(|(i, tr)| {
            let n = s.trainings.get(&*tr.id).copied().unwrap_or(0);
            (n > 0).then(|| (i, n, s.training_deadlines.get(&*tr.id).copied()))
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
    /// Show, in the per-person table, those who need the course with this index.
    pub on_show: Callback<usize>,
}

#[component]
pub fn ClassPlan(p: &Props) -> Html {
    let lang = p.lang;
    let lines = lines(&p.outcome);
    let rows = lines.iter().map(|&(i, n, deadline)| {
        let tr = &trainings()[i];
        let name = lang.pick(&tr.name_vi, &tr.name_en).to_string();
        let show = {
            let on_show = p.on_show.clone();
            Callback::from(move |_: MouseEvent| on_show.emit(i))
        };
        html! {
            <tr data-training={tr.id.to_string()} data-count={n.to_string()}>
                <th scope="row">{ &name }</th>
                <td class="num">{ text::people(lang, &number(lang, n)) }</td>
                <td>{ deadline.map_or_else(|| t(lang, K::RosterNoDeadline).to_string(), |d| i18n::date(lang, d)) }</td>
                <td>{ lang.pick(&tr.length_vi, &tr.length_en) }</td>
                <td class="no-print">
                    <button type="button" class="link" aria-label={text::show_for(lang, &name)}
                        onclick={show}>{ t(lang, K::RosterShowThem) }</button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="roster-section" aria-labelledby="roster-plan-title">
            <h2 id="roster-plan-title">{ t(lang, K::RosterPlan) }</h2>
            if lines.is_empty() {
                <p data-roster-plan-empty="">{ t(lang, K::RosterPlanEmpty) }</p>
            } else {
                <p class="hint">{ t(lang, K::RosterPlanIntro) }</p>
                { table("roster-plan", None, vec![
                    th(t(lang, K::RosterCourse)),
                    th(t(lang, K::RosterPeopleCount)),
                    th(t(lang, K::RosterEarliest)),
                    th(t(lang, K::RosterLength)),
                    html! { <th scope="col" class="no-print"><span class="sr-only">{ t(lang, K::RosterShowThem) }</span></th> },
                ], rows) }
            }
        </section>
    }
}
