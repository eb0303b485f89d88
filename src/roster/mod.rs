//! Rà soát danh sách: the second view of the widget, for today's reviewers of commune officials
//! (since 1 Jul 2025 there is no district level): the commune's Party committee and its office
//! (Đảng ủy, Văn phòng HĐND và UBND of a xã, phường or đặc khu) and the provincial Department of
//! Home Affairs (Sở Nội vụ). A roster (CSV or .xlsx) is read in the browser, never uploaded, and
//! assessed a slice at a time between frames, with a progress bar and a cancel button; then the
//! summary by standard, the class plan, the breakdowns by post and commune, each official
//! (paginated and filterable), the rows in error, CSV exports and a print view.
//!
//! Two wasm binaries use this module: the roster's (src/bin/cbcc-roster.rs) the view
//! ([`RosterView`]), the page's only [`host`] (the view switch and the loader of the roster's wasm).
//!
//! Test hooks: `data-roster` on the view, `data-area`/`data-met`/`data-missing` on standard rows,
//! `data-training`/`data-count` on class-plan rows, `data-row` on per-person rows,
//! `data-roster-errors` (the count) on the errors section, `data-roster-progress` on the bar.

mod errors;
mod export;
mod groups;
pub mod host;
mod input;
mod job;
mod model;
mod pager;
mod people;
mod plan;
mod progress;
mod province;
mod results;
mod review;
mod standards;
mod table;
mod targets;
pub mod wire;
pub mod worker;

use crate::i18n::roster::{self as text, t, K};
use crate::i18n::{self, Lang};
use cbcc_engine::roster::{template, Options};
use cbcc_engine::{Date, InputError};
use job::{headings_outcome, Report, Request, Run, Unpack};
use model::{number, OutcomeRef};
use province::{Choice, ProvincePicker};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    Reading {
        file: String,
    },
    Running {
        file: String,
        rows: usize,
        permille: u32,
    },
    Done(OutcomeRef),
}

/// What the alert and status lines say.
#[derive(Clone, PartialEq)]
enum Message {
    None,
    /// A file that could not be read: its name and the engine's reason (vi, en).
    Failed {
        file: String,
        vi: String,
        en: String,
    },
    Cancelled,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

/// Lets the browser paint and handle input (a zero timeout: a task of its own).
async fn yield_now() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today in the device's local time: the assessment date of rows without `as_of`.
fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date {
        year: d.get_full_year() as i32,
        month: d.get_month() + 1,
        day: d.get_date(),
    }
}

/// The file being reviewed, kept to assess it again with corrected choices.
#[derive(Clone)]
struct Current {
    file: web_sys::File,
    name: String,
}

/// The shared handles the background work reports through.
#[derive(Clone)]
struct Ctl {
    phase: UseStateSetter<Phase>,
    message: UseStateSetter<Message>,
    /// The headings of a file whose post column was not found, for the reviewer to point at it.
    headings: UseStateSetter<Option<OutcomeRef>>,
    /// Bumped by every new run and by "Hủy": reports of an older generation are ignored.
    generation: Rc<RefCell<u32>>,
    /// The worker at work (dropping it ends the worker).
    run: Rc<RefCell<Option<Run>>>,
}

impl Ctl {
    fn current(&self, gen: u32) -> bool {
        *self.generation.borrow() == gen
    }

    fn stop(&self) {
        *self.generation.borrow_mut() += 1;
        self.run.borrow_mut().take();
    }

    fn fail(&self, file: &str, e: &InputError) {
        self.phase.set(Phase::Idle);
        let why = |s: &str| {
            if e.value.is_empty() || e.field == "(tệp)" || e.field == "(roster)" {
                s.to_string()
            } else {
                format!("{s}: {}", e.value)
            }
        };
        self.message.set(Message::Failed {
            file: file.to_string(),
            vi: why(&e.vi),
            en: why(&e.en),
        });
    }

    /// Hands the file to a new worker, which reads and assesses it off the page.
    fn launch(&self, current: Current, options: Options, province: Option<Rc<str>>) {
        self.stop();
        let gen = *self.generation.borrow();
        self.message.set(Message::None);
        self.headings.set(None);
        self.phase.set(Phase::Reading {
            file: current.name.clone(),
        });
        let started = now_ms();
        let name = current.name.clone();
        let ctl = self.clone();
        let request = Request {
            file: current.file,
            today: today(),
            options,
            province: province.map(|p| p.to_string()),
        };
        let report = move |r: Report| ctl.report(gen, &name, started, r);
        match Run::start(request, report) {
            Ok(run) => *self.run.borrow_mut() = Some(run),
            Err(e) => self.fail(&current.name, &e),
        }
    }

    fn report(&self, gen: u32, file: &str, started: f64, report: Report) {
        if !self.current(gen) {
            return;
        }
        match report {
            Report::Progress { rows, fraction } => self.phase.set(Phase::Running {
                file: file.to_string(),
                rows,
                permille: (fraction * 1000.0).round().clamp(0.0, 999.0) as u32,
            }),
            Report::Done(bytes) => {
                let ctl = self.clone();
                let file = file.to_string();
                // The result is read a slice at a time, each a task of its own.
                yew::platform::spawn_local(async move {
                    ctl.run.borrow_mut().take();
                    yield_now().await;
                    let Some(mut unpack) = Unpack::new(bytes) else {
                        return ctl.fail(
                            &file,
                            &InputError::new(
                                "(tệp)",
                                "",
                                "lỗi khi đọc kết quả",
                                "the result could not be read",
                            ),
                        );
                    };
                    loop {
                        yield_now().await;
                        if !ctl.current(gen) {
                            return;
                        }
                        if unpack.step() {
                            break;
                        }
                    }
                    let seconds = (now_ms() - started) / 1000.0;
                    let outcome = unpack.finish(file, seconds);
                    ctl.phase.set(Phase::Done(OutcomeRef(Rc::new(outcome))));
                });
            }
            Report::Failed(e, headings) => {
                let ctl = self.clone();
                yew::platform::spawn_local(async move {
                    ctl.run.borrow_mut().take();
                });
                self.fail(file, &e);
                let outcome = headings.and_then(|h| headings_outcome(&h, file.to_string()));
                self.headings.set(outcome.map(|o| OutcomeRef(Rc::new(o))));
            }
        }
    }
}

#[component]
pub fn RosterView(p: &Props) -> Html {
    let lang = p.lang;
    let phase = use_state(|| Phase::Idle);
    let message = use_state(|| Message::None);
    let options = use_state(Options::default);
    let province = use_state(|| None::<Choice>);
    let province_error = use_state(|| None::<(String, String)>);
    let headings = use_state(|| None::<OutcomeRef>);
    let current = use_mut_ref(|| None::<Current>);
    let generation = use_mut_ref(|| 0u32);
    let run = use_mut_ref(|| None::<Run>);
    let ctl = Ctl {
        phase: phase.setter(),
        message: message.setter(),
        headings: headings.setter(),
        generation: generation.clone(),
        run: run.clone(),
    };

    // Leaving the view stops any work under way.
    {
        let ctl = ctl.clone();
        use_effect_with((), move |_| move || ctl.stop());
    }

    // A province file given to the province's new choice (file or address): checked, then
    // applied (assessing the roster again if there is one).
    let on_province_text = {
        let ctl = ctl.clone();
        let province = province.clone();
        let province_error = province_error.clone();
        let current = current.clone();
        let options = options.clone();
        Callback::from(move |text: String| match province::read(&text) {
            Ok(choice) => {
                province_error.set(None);
                if let Some(c) = current.borrow().clone() {
                    ctl.launch(c, (*options).clone(), Some(choice.json.clone()));
                }
                province.set(Some(choice));
            }
            Err(why) => province_error.set(Some(why)),
        })
    };
    {
        let on_text = on_province_text.clone();
        use_effect_with((), move |_| {
            if let Some(id) = province::from_address() {
                province::fetch(&id, move |text| {
                    if let Some(text) = text {
                        on_text.emit(text)
                    }
                });
            }
        });
    }
    let on_province_remove = {
        let ctl = ctl.clone();
        let province = province.clone();
        let current = current.clone();
        let options = options.clone();
        Callback::from(move |()| {
            province.set(None);
            if let Some(c) = current.borrow().clone() {
                ctl.launch(c, (*options).clone(), None);
            }
        })
    };
    let on_file = {
        let ctl = ctl.clone();
        let current = current.clone();
        let options = options.clone();
        let province = province.clone();
        Callback::from(move |file: web_sys::File| {
            let c = Current {
                name: file.name(),
                file,
            };
            *current.borrow_mut() = Some(c.clone());
            options.set(Options::default());
            ctl.launch(
                c,
                Options::default(),
                province.as_ref().map(|p| p.json.clone()),
            );
        })
    };
    let on_review = {
        let ctl = ctl.clone();
        let current = current.clone();
        let options = options.clone();
        let province = province.clone();
        Callback::from(move |next: Options| {
            if let Some(c) = current.borrow().clone() {
                options.set(next.clone());
                ctl.launch(c, next, province.as_ref().map(|p| p.json.clone()));
            }
        })
    };
    let on_cancel = {
        let ctl = ctl.clone();
        Callback::from(move |_| {
            ctl.stop();
            ctl.phase.set(Phase::Idle);
            ctl.message.set(Message::Cancelled);
        })
    };

    let alert = match &*message {
        Message::Failed { file, vi, en } => {
            html! { <p class="roster-error">{ text::file_error(lang, file, lang.pick(vi, en)) }</p> }
        }
        _ => html! {},
    };
    let status = match (&*message, &*phase) {
        (Message::Cancelled, _) => {
            html! { <p data-roster-cancelled="">{ t(lang, K::RosterCancelled) }</p> }
        }
        (_, Phase::Done(o)) => {
            let s = o.0.seconds;
            let secs = if s < 10.0 {
                format!("{s:.2}")
            } else {
                format!("{s:.1}")
            };
            let secs = if lang == Lang::Vi {
                secs.replace('.', ",")
            } else {
                secs
            };
            html! {
                <p class="roster-ok" data-seconds={format!("{:.3}", o.0.seconds)}
                    data-total={o.0.summary.total.to_string()}><span aria-hidden="true">{ "✓ " }</span>
                    { text::done(lang, &o.0.file, &number(lang, o.0.summary.total), &secs) }</p>
            }
        }
        _ => html! {},
    };
    let body = match &*phase {
        Phase::Idle => match &*headings {
            // The post column was not found: the headings, to point at it.
            Some(o) => html! {
                <review::Review {lang} outcome={o.clone()} options={(*options).clone()} on_change={on_review} />
            },
            None => html! {},
        },
        Phase::Reading { file } => html! {
            <progress::Progress {lang} file={file.clone()} done={None::<(usize, u32)>} on_cancel={on_cancel.clone()} />
        },
        Phase::Running {
            file,
            rows,
            permille,
        } => html! {
            <progress::Progress {lang} file={file.clone()} done={Some((*rows, *permille))} on_cancel={on_cancel.clone()} />
        },
        Phase::Done(o) => html! {
            <>
                <review::Review {lang} outcome={o.clone()} options={(*options).clone()} on_change={on_review} />
                <results::Results {lang} outcome={o.clone()} today={today()} />
            </>
        },
    };
    let headings: Vec<&str> = template::HEADINGS
        .iter()
        .filter(|(_, f)| !f.is_empty())
        .map(|(h, _)| *h)
        .collect();
    html! {
        <section class="roster" data-roster="" aria-labelledby="roster-title">
            <h1 id="roster-title">{ i18n::views::t(lang, i18n::views::K::RosterTitle) }</h1>
            <p class="roster-intro no-print">{ t(lang, K::RosterIntro) }</p>
            <p class="roster-template no-print">{ t(lang, K::RosterTemplate) }{ " " }
                <a href={template::XLSX_NAME} download={template::XLSX_NAME} data-template="xlsx">{ t(lang, K::RosterTemplateXlsx) }</a>
                { " · " }
                <a href={template::CSV_NAME} download={template::CSV_NAME} data-template="csv">{ t(lang, K::RosterTemplateCsv) }</a>
            </p>
            <input::FileInput {lang} {on_file} />
            <ProvincePicker {lang} current={(*province).clone()} error={(*province_error).clone()}
                on_text={on_province_text} on_remove={on_province_remove} />
            <details class="roster-columns no-print">
                <summary>{ t(lang, K::RosterColumns) }</summary>
                <p>{ t(lang, K::RosterColumnsRequired) }{ " " }<code>{ headings.join(", ") }</code></p>
                <p>{ t(lang, K::RosterColumnsOptional) }{ " " }
                    <code>{ cbcc_engine::roster::COLUMNS.join(", ") }{ ", " }{ cbcc_engine::roster::OPTIONAL_COLUMNS.join(", ") }</code></p>
                <p>{ t(lang, K::RosterColumnsValues) }</p>
            </details>
            <div class="roster-alert" role="alert">{ alert }</div>
            <div class="roster-status" role="status">{ status }</div>
            { body }
        </section>
    }
}

/// For tests: the outcome of a whole file assessed natively, as the worker and the page would.
#[cfg(test)]
fn assess_all(bytes: &[u8], day: &str) -> Result<model::Outcome, InputError> {
    let day = Date::parse(day).unwrap_or_else(today);
    let packed = worker::assess(bytes, day, None, &Options::default(), &mut |_| {})?;
    let mut u = Unpack::new(packed.into()).expect("a packed result");
    while !u.step() {}
    Ok(u.finish("test.csv".into(), 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_workbook_gives_three_officials_and_one_error() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/engine/tests/data/roster-sample.xlsx"
        ))
        .unwrap();
        let out = assess_all(&bytes, "2024-06-01").unwrap();
        assert_eq!(out.summary.total, 3);
        assert_eq!(out.summary.errors.len(), 1);
        assert_eq!(out.summary.errors[0].row, 5);
        assert!(out.summary.errors[0].message.contains("giam_doc_so"));
    }

    #[test]
    fn every_roster_key_has_text_in_both_languages() {
        for k in text::ALL {
            assert!(!t(Lang::Vi, *k).trim().is_empty(), "{k:?} vi");
            assert!(!t(Lang::En, *k).trim().is_empty(), "{k:?} en");
        }
    }

    #[test]
    fn the_roster_strings_are_precomposed() {
        for lang in [Lang::Vi, Lang::En] {
            let all = [
                text::file_error(lang, "a", "b"),
                text::progress_label(lang, "a"),
                text::progress(lang, "1", "2%"),
                text::done(lang, "a", "1", "2"),
                text::total(lang, "1", "2", "3", "4"),
                text::as_of(lang, "a"),
                text::people(lang, "8"),
                text::show_for(lang, "a"),
                text::needs(lang, "a"),
                text::errors(lang, "1"),
                text::row(lang, "1"),
                text::page(lang, "1", "2", "3", "4", "5"),
                text::pager(lang, "a"),
                text::print_heading(lang, "a", "b"),
                text::header_row(lang, "4"),
                text::unread_value(lang, "a", "3", "12"),
                text::more_values(lang, "2"),
                text::column_meaning(lang, "B", "Chức vụ"),
                text::province_applied(lang, "a"),
                text::target_goal(lang, 100, "a", "b"),
            ];
            let fields = cbcc_engine::roster::FIELDS
                .iter()
                .map(|f| text::field_name(lang, *f).to_string());
            let all: Vec<String> = all.into_iter().chain(fields).collect();
            let keys = text::ALL.iter().map(|k| t(lang, *k).to_string());
            for s in all.into_iter().chain(keys) {
                assert!(
                    !s.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
                    "{s}"
                );
            }
        }
    }
}
