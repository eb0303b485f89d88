//! The review step, shown before the results: which sheet and heading row were read, how each
//! heading was understood (with a selector to correct its meaning, which assesses the roster
//! again), how many cells of each column were read, and the values not read, grouped by value
//! ("'Trung cấp chính trị – hành chính': 12 rows"), so a reviewer corrects the file once.
//!
//! Test hooks: `data-review` on the section; `data-column`, `data-field`, `data-read` on each
//! column's row; `data-unread-value` and `data-rows` on each value not read.

use super::model::{number, OutcomeRef};
use super::table::{table, th};
use crate::i18n::roster::{self as text, field_name, t, K};
use crate::i18n::Lang;
use cbcc_engine::roster::{Field, Options, Override, FIELDS};
use yew::prelude::*;

/// Values not read shown per column (the rest are counted).
const SHOWN: usize = 12;

/// Fields whose absence changes the results (everyone is taken not to hold them).
const EXPECTED: [Field; 8] = [
    Field::Name,
    Field::ProfessionalLevel,
    Field::PoliticalTheory,
    Field::StateManagement,
    Field::GeneralEducation,
    Field::ItKind,
    Field::DefenceSecurity,
    Field::BirthDate,
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
    /// The choices the outcome was made with.
    pub options: Options,
    /// New choices: assess again.
    pub on_change: Callback<Options>,
}

fn column_index(letters: &str) -> usize {
    letters
        .bytes()
        .fold(0usize, |n, c| n * 26 + (c - b'A' + 1) as usize)
        .saturating_sub(1)
}

#[component]
pub fn Review(p: &Props) -> Html {
    let lang = p.lang;
    let s = &p.outcome.0.summary;
    let sheet = if s.sheets.len() > 1 {
        let on_sheet = {
            let on_change = p.on_change.clone();
            Callback::from(move |e: Event| {
                let v: web_sys::HtmlSelectElement = e.target_unchecked_into();
                // Another sheet: its own headings, so no earlier corrections.
                on_change.emit(Options {
                    sheet: v.value().parse().ok(),
                    overrides: Vec::new(),
                });
            })
        };
        let current = s.sheet.clone().unwrap_or_default();
        html! {
            <p class="roster-sheet">
                <label for="roster-sheet">{ t(lang, K::RosterSheet) }{ " " }</label>
                <select id="roster-sheet" onchange={on_sheet}>
                    { for s.sheets.iter().enumerate().map(|(i, name)| html! {
                        <option value={i.to_string()} selected={*name == current}>{ name.clone() }</option>
                    }) }
                </select>
            </p>
        }
    } else {
        html! {}
    };
    let rows = s.columns.iter().map(|c| {
        let index = column_index(&c.column);
        let on_field = {
            let on_change = p.on_change.clone();
            let options = p.options.clone();
            Callback::from(move |e: Event| {
                let v: web_sys::HtmlSelectElement = e.target_unchecked_into();
                let mut next = options.clone();
                next.overrides.retain(|o| o.column != index);
                next.overrides.push(Override {
                    column: index,
                    field: Field::from_id(&v.value()),
                });
                on_change.emit(next);
            })
        };
        let label = text::column_meaning(lang, &c.column, &c.heading);
        let unread_total: usize = c.unread.iter().map(|u| u.rows).sum();
        let more = c.unread.len().saturating_sub(SHOWN);
        html! {
            <tr data-column={c.column.clone()} data-field={c.field.clone()} data-read={c.read.to_string()}
                data-unread={unread_total.to_string()}>
                <td>{ c.column.clone() }</td>
                <th scope="row">{ c.heading.clone() }</th>
                <td>
                    <select aria-label={label} onchange={on_field}>
                        <option value="ignored" selected={c.field == "ignored"}>{ t(lang, K::RosterIgnored) }</option>
                        { for FIELDS.iter().map(|f| html! {
                            <option value={f.id()} selected={c.field == f.id()}>{ field_name(lang, *f) }</option>
                        }) }
                    </select>
                    if c.corrected { <span class="hint">{ " " }{ t(lang, K::RosterCorrected) }</span> }
                </td>
                <td class="num">{ number(lang, c.read) }</td>
                <td>
                    if c.unread.is_empty() { { "—" } } else {
                        <ul class="roster-unread">
                            { for c.unread.iter().take(SHOWN).map(|u| html! {
                                <li data-unread-value={u.value.clone()} data-rows={u.rows.to_string()}>
                                    { text::unread_value(lang, &u.value, &number(lang, u.rows), &u.first_row.to_string()) }
                                </li>
                            }) }
                            if more > 0 { <li>{ text::more_values(lang, &number(lang, more)) }</li> }
                        </ul>
                    }
                </td>
            </tr>
        }
    });
    let missing: Vec<Field> = EXPECTED
        .into_iter()
        .filter(|f| !s.columns.iter().any(|c| c.field == f.id()))
        .filter(|f| *f != Field::BirthDate || !s.columns.iter().any(|c| c.field == "age"))
        .collect();
    let missing_ids: Vec<&str> = missing.iter().map(|f| f.id()).collect();
    let missing_names: Vec<&str> = missing.iter().map(|f| field_name(lang, *f)).collect();
    html! {
        <section class="roster-section roster-review" data-review="" aria-labelledby="roster-review-title">
            <h2 id="roster-review-title">{ t(lang, K::RosterReview) }</h2>
            <p class="hint no-print">{ t(lang, K::RosterReviewIntro) }</p>
            { sheet }
            <p data-header-row={s.header_row.to_string()}>{ text::header_row(lang, &s.header_row.to_string()) }</p>
            if !missing.is_empty() {
                <p class="roster-warning" data-missing-fields={missing_ids.join(" ")}>
                    { t(lang, K::RosterMissingFields) }{ " " }{ missing_names.join(", ") }{ "; " }
                    { t(lang, K::RosterMissingNote) }
                </p>
            }
            { table("roster-review-table", None, [K::RosterColumn, K::RosterHeading, K::RosterUnderstood, K::RosterCellsRead, K::RosterUnread].map(|k| th(t(lang, k))).into(), rows) }
        </section>
    }
}
