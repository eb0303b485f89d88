//! The summary: how many were assessed and meet every standard, then each standard (area): how
//! many meet it, with the share, and how many do not.

use super::model::{area_name, number, percent, OutcomeRef};
use super::table::{table, th};
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::Lang;
use cbcc_engine::schema::AREAS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
}

#[component]
pub fn Standards(p: &Props) -> Html {
    let lang = p.lang;
    let s = &p.outcome.0.summary;
    let n = |x: usize| number(lang, x);
    let rows = AREAS.iter().map(|area| {
        let c = s.areas.get(area.id()).cloned().unwrap_or_default();
        let set = c.met + c.missing;
        html! {
            <tr data-area={area.id()} data-met={c.met.to_string()} data-missing={c.missing.to_string()}>
                <th scope="row">{ area_name(lang, *area) }</th>
                <td class="num">
                    if set > 0 {
                        <span aria-hidden="true" class="icon met">{ "✓ " }</span>
                        { format!("{}/{} ({})", n(c.met), n(set), percent(lang, c.met, set)) }
                    } else { { "—" } }
                </td>
                <td class="num">
                    if c.missing > 0 {
                        <span aria-hidden="true" class="icon missing">{ "✗ " }</span>
                        { format!("{} ({})", n(c.missing), percent(lang, c.missing, set)) }
                    } else { { "0" } }
                </td>
                <td class="num">{ n(c.not_required) }</td>
                <td class="num">{ n(c.advised) }</td>
            </tr>
        }
    });
    html! {
        <>
            <p class="roster-total" data-total={s.total.to_string()} data-meets-all={s.meets_all.to_string()}>
                { text::total(lang, &n(s.total), &n(s.meets_all),
                    &percent(lang, s.meets_all, s.total), &n(s.errors.len())) }
            </p>
            { table("roster-standards", Some(t(lang, K::RosterStandards)), [K::RosterArea, K::RosterMet, K::RosterMissing, K::RosterNotRequired, K::RosterAdvised].map(|k| th(t(lang, k))).into(), rows) }
            <p class="hint">{ t(lang, K::RosterStandardsNote) }</p>
        </>
    }
}
