//! Exports, made on this device: each official's result, the class plan and the rows in error
//! as CSV in UTF-8 with a BOM (so Excel shows the Vietnamese letters), downloaded through a Blob
//! and an object URL; and printing (styles/roster.css has the print layout).

use super::errors::message;
use super::model::{trainings, Outcome, OutcomeRef};
use super::people::needed_names;
use super::plan;
use crate::i18n::roster::{t, K};
use crate::i18n::status_text;
use crate::i18n::{self, Lang};
use cbcc_engine::schema::AREAS;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const BOM: &str = "\u{feff}";

/// One CSV cell (RFC 4180). Text from the file that a spreadsheet would run as a formula
/// (=, +, -, @) is prefixed with an apostrophe.
fn cell(out: &mut String, text: &str, from_file: bool) {
    let risky = from_file && text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = risky || text.contains([',', '"', '\n', '\r', ';']);
    if quote {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

fn line<'a>(out: &mut String, cells: impl IntoIterator<Item = (&'a str, bool)>) {
    for (i, (text, from_file)) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        cell(out, text, from_file);
    }
    out.push_str("\r\n");
}

fn yes_no(lang: Lang, b: bool) -> &'static str {
    t(lang, if b { K::RosterYes } else { K::RosterNo })
}

/// Each official: row, name, commune, post (name and id), meets every standard, the status of
/// each area, the courses to take.
pub fn people_csv(o: &Outcome, lang: Lang) -> String {
    let mut out = String::with_capacity(BOM.len() + o.people.len() * 200);
    out.push_str(BOM);
    let areas: Vec<&str> = AREAS
        .iter()
        .map(|a| super::model::area_name(lang, *a))
        .collect();
    let mut head = vec![
        t(lang, K::RosterRow),
        t(lang, K::RosterName),
        t(lang, K::RosterCommune),
        t(lang, K::RosterPost),
        "post",
        t(lang, K::RosterMeetsAll),
    ];
    head.extend(areas);
    head.push(t(lang, K::RosterNeeds));
    line(&mut out, head.into_iter().map(|h| (h, false)));
    for p in &o.people {
        let row = p.row.to_string();
        let post = o.posts.get(p.post as usize);
        let statuses: Vec<&str> = AREAS
            .iter()
            .zip(p.status)
            .map(|(a, s)| status_text(lang, *a, s).1)
            .collect();
        let needs = needed_names(lang, p);
        let mut cells = vec![
            (row.as_str(), false),
            (&*p.name, true),
            (&*p.commune, true),
            (post.map_or("", |n| lang.pick(&n.vi, &n.en)), false),
            (post.map_or("", |n| n.id.as_str()), false),
            (yes_no(lang, p.meets_all), false),
        ];
        cells.extend(statuses.into_iter().map(|s| (s, false)));
        cells.push((needs.as_str(), false));
        line(&mut out, cells);
    }
    out
}

/// The class plan: course id and name, how many, the earliest deadline, length, provider.
pub fn plan_csv(o: &OutcomeRef, lang: Lang) -> String {
    let mut out = String::from(BOM);
    line(
        &mut out,
        [
            t(lang, K::RosterCourseId),
            t(lang, K::RosterCourse),
            t(lang, K::RosterPeopleCount),
            t(lang, K::RosterEarliest),
            t(lang, K::RosterLength),
            t(lang, K::RosterProvider),
        ]
        .map(|h| (h, false)),
    );
    for (i, n, deadline) in plan::lines(o) {
        let tr = &trainings()[i];
        let n = n.to_string();
        let deadline = deadline.map(|d| i18n::date(lang, d)).unwrap_or_default();
        line(
            &mut out,
            [
                &*tr.id,
                lang.pick(&tr.name_vi, &tr.name_en),
                &n,
                &deadline,
                lang.pick(&tr.length_vi, &tr.length_en),
                lang.pick(&tr.provider_vi, &tr.provider_en),
            ]
            .map(|c| (c, false)),
        );
    }
    out
}

/// The rows in error: row number and reason.
pub fn errors_csv(o: &Outcome, lang: Lang) -> String {
    let mut out = String::from(BOM);
    line(
        &mut out,
        [t(lang, K::RosterRow), t(lang, K::RosterMessage)].map(|h| (h, false)),
    );
    for e in &o.summary.errors {
        let row = e.row.to_string();
        line(
            &mut out,
            [(row.as_str(), false), (message(lang, &e.message), true)],
        );
    }
    out
}

/// Starts the download of `text` as `file`. The object URL is kept until the next download
/// (revoking it at once can cancel the download in some browsers).
fn download(keep: &RefCell<Option<gloo::file::ObjectUrl>>, file: &str, text: &str) {
    let blob = gloo::file::Blob::new_with_options(text.as_bytes(), Some("text/csv;charset=utf-8"));
    let url = gloo::file::ObjectUrl::from(blob);
    let doc = gloo::utils::document();
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(&url);
    a.set_download(file);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    *keep.borrow_mut() = Some(url);
}

#[derive(Clone, Copy)]
enum Kind {
    People,
    Plan,
    Errors,
}

impl Kind {
    /// The button's text and the file's name.
    fn label(self) -> (K, &'static str) {
        match self {
            Kind::People => (K::RosterExportPeople, "ket-qua-tung-nguoi.csv"),
            Kind::Plan => (K::RosterExportPlan, "ke-hoach-mo-lop.csv"),
            Kind::Errors => (K::RosterExportErrors, "dong-loi.csv"),
        }
    }

    fn csv(self, o: &OutcomeRef, lang: Lang) -> String {
        match self {
            Kind::People => people_csv(&o.0, lang),
            Kind::Plan => plan_csv(o, lang),
            Kind::Errors => errors_csv(&o.0, lang),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub outcome: OutcomeRef,
}

#[component]
pub fn Exports(p: &Props) -> Html {
    let lang = p.lang;
    let keep = use_mut_ref(|| None::<gloo::file::ObjectUrl>);
    let button = |kind: Kind| {
        let keep = keep.clone();
        let o = p.outcome.clone();
        let (key, file) = kind.label();
        let onclick =
            Callback::from(move |_: MouseEvent| download(&keep, file, &kind.csv(&o, lang)));
        html! { <button type="button" data-export={file} {onclick}>{ t(lang, key) }</button> }
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let has_errors = !p.outcome.0.summary.errors.is_empty();
    html! {
        <section class="roster-section no-print" aria-labelledby="roster-export-title">
            <h2 id="roster-export-title">{ t(lang, K::RosterExport) }</h2>
            <p class="hint">{ t(lang, K::RosterExportHint) }</p>
            <div class="buttons">
                { button(Kind::People) }
                { button(Kind::Plan) }
                if has_errors {
                    { button(Kind::Errors) }
                }
                <button type="button" onclick={print}>{ t(lang, K::RosterPrint) }</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let mut s = String::new();
        line(
            &mut s,
            [
                ("Nguyễn Văn Ánh", true),
                ("a,b", false),
                ("say \"hi\"", false),
                ("=HYPERLINK(1)", true),
                ("-", false),
            ],
        );
        assert_eq!(
            s,
            "Nguyễn Văn Ánh,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(1)\",-\r\n"
        );
    }
}
