//! One row of the result: an area, its status (icon and text), what is required, the training
//! target beyond it (if any), why, the legal basis and the deadline. Carries the contract's `data-area` and `data-status`.

use crate::i18n::{self, status_text, t, Lang, K};
use cbcc_engine::labels::{self, capitalise};
use cbcc_engine::{Report, Requirement, Status};
use yew::prelude::*;

/// The name of the training with this id in the report (plan or suggestions).
fn training_name<'a>(lang: Lang, report: &'a Report, id: &str) -> Option<&'a str> {
    report
        .trainings
        .iter()
        .chain(&report.suggested_trainings)
        .find(|tr| tr.id == id)
        .map(|tr| lang.pick(&tr.name_vi, &tr.name_en))
}

/// The "chưa xác minh" mark.
pub fn unverified(lang: Lang) -> Html {
    html! {
        <span class="unverified"><span aria-hidden="true">{ "⚠ " }</span>{ t(lang, K::Unverified) }</span>
    }
}

/// `what_if`: opens the comparison with a course finished (the button of a missing area).
pub fn view(lang: Lang, report: &Report, r: &Requirement, what_if: &Callback<String>) -> Html {
    let (icon, status) = status_text(lang, r.area, r.status);
    let (area_vi, area_en) = labels::area(r.area);
    let required = match &r.required {
        Some(level) if r.status != Status::NotRequired => {
            let (vi, en) = labels::level(r.area, level);
            capitalise(lang.pick(vi, en))
        }
        _ => t(lang, K::NothingRequired).to_string(),
    };
    // A level the post is trained to beyond the standard (e.g. Quy định 350-QĐ/TW).
    let target = r.target.as_deref().map(|level| {
        let (vi, en) = labels::level(r.area, level);
        capitalise(lang.pick(vi, en))
    });
    let training = r
        .training
        .as_deref()
        .and_then(|id| training_name(lang, report, id));
    html! {
        <li class={format!("req req-{}", r.status.id())}
            data-area={r.area.id()} data-status={r.status.id()}
            data-from-province={r.from_province.then_some("true")}>
            <h3 class="req-head">
                <span class="req-area">{ lang.pick(area_vi, area_en) }</span>
                <span class="badge">
                    <span class="icon" aria-hidden="true">{ icon }</span>
                    <span class="sr-only">{ ": " }</span>
                    { " " }{ status }
                </span>
                if !r.verified { { unverified(lang) } }
                if r.from_province {
                    <span class="from-province">
                        <span aria-hidden="true">{ "◆ " }</span>{ t(lang, K::FromProvince) }
                    </span>
                }
            </h3>
            <dl class="facts">
                // On paper the reason says what is required; the sheet must fit one page.
                <dt class="no-print">{ t(lang, K::Required) }</dt>
                <dd class="no-print">{ required }</dd>
                if let Some(target) = target {
                    <dt>{ t(lang, K::Target) }</dt>
                    <dd>{ target }</dd>
                }
                <dt>{ t(lang, K::Why) }</dt>
                <dd>{ lang.pick(&r.reason_vi, &r.reason_en) }</dd>
                if let Some(d) = r.deadline {
                    <dt>{ t(lang, K::Deadline) }</dt>
                    <dd>
                        { i18n::date(lang, d) }
                        if r.overdue {
                            { " " }<strong class="overdue">{ t(lang, K::Overdue) }</strong>
                        }
                    </dd>
                }
                if let Some(name) = training {
                    <dt class="no-print">{ t(lang, K::Course) }</dt>
                    <dd class="no-print">{ name.to_string() }</dd>
                }
                <dt>{ t(lang, K::Basis) }</dt>
                <dd class="basis" lang="vi">{ r.basis.clone() }</dd>
                if let Some(b) = &r.deadline_basis {
                    <dt>{ t(lang, K::DeadlineBasis) }</dt>
                    <dd class="basis" lang="vi">{ b.clone() }</dd>
                }
            </dl>
            if let (Status::Missing, Some(id), Some(name)) = (r.status, &r.training, training) {
                { super::compare::what_if_course(lang, id, name, what_if) }
            }
        </li>
    }
}
