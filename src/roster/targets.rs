//! The province's targets against the roster (a province file may state them, e.g. "100% of key
//! cadres with intermediate political theory by 2027"): each target, the current share, and
//! how many more must be trained. Test hook: `data-target` (its id), `data-reached`,
//! `data-officials`, `data-to-train` on each row.

use super::model::{area_name, number, percent, OutcomeRef};
use super::table::{table, th};
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::{self, Lang};
use cbcc_engine::labels;
use cbcc_engine::schema::AREAS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
}

#[component]
pub fn Targets(p: &Props) -> Html {
    let lang = p.lang;
    let targets = &p.outcome.0.summary.targets;
    if targets.is_empty() {
        return html! {};
    }
    let rows = targets.iter().map(|g| {
        let area = AREAS.into_iter().find(|a| a.id() == g.area);
        let level = area.map_or(g.level.clone(), |a| {
            let (vi, en) = labels::level(a, &g.level);
            lang.pick(vi, en).to_string()
        });
        let area = area.map_or("", |a| area_name(lang, a));
        html! {
            <tr data-target={g.id.clone()} data-reached={g.reached.to_string()}
                data-officials={g.officials.to_string()} data-to-train={g.to_train.to_string()}>
                <th scope="row">{ lang.pick(&g.name_vi, &g.name_en) }
                    <span class="hint">{ format!(" ({area})") }</span></th>
                <td>{ text::target_goal(lang, g.percent, &level, &i18n::date(lang, g.by)) }</td>
                <td class="num">{ format!("{}/{} ({})", number(lang, g.reached), number(lang, g.officials),
                    percent(lang, g.reached, g.officials)) }</td>
                <td class="num">{ text::people(lang, &number(lang, g.to_train)) }</td>
                <td>{ g.basis.clone() }</td>
            </tr>
        }
    });
    html! {
        <section class="roster-section" id="roster-targets" aria-labelledby="roster-targets-title">
            <h2 id="roster-targets-title">{ t(lang, K::RosterTargets) }</h2>
            <p class="hint">{ t(lang, K::RosterTargetsNote) }</p>
            { table("", None, vec![
                th(t(lang, K::RosterTarget)),
                th(&format!("{} (%)", t(lang, K::RosterTarget))),
                th(t(lang, K::RosterTargetNow)),
                th(t(lang, K::RosterTargetToTrain)),
                th(t(lang, K::RosterTargetBasis)),
            ], rows) }
        </section>
    }
}
