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
mod results;
mod standards;

use crate::i18n::roster::{self as text, t, K};
use crate::i18n::{self, Lang};
use cbcc_engine::{Date, InputError};
use job::Job;
use model::{number, OutcomeRef};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

/// Rows read or assessed between looks at the clock.
const BATCH: usize = 100;
/// Work done between two yields to the browser, in milliseconds (a long task is 50 ms).
const BUDGET_MS: f64 = 30.0;

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

/// The shared handles the background work reports through.
#[derive(Clone)]
struct Ctl {
    phase: UseStateSetter<Phase>,
    message: UseStateSetter<Message>,
    /// Bumped by every new file and by "Hủy": work of an older generation stops.
    generation: Rc<RefCell<u32>>,
}

impl Ctl {
    fn current(&self, gen: u32) -> bool {
        *self.generation.borrow() == gen
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

    /// Reads and assesses the roster in slices of about [`BUDGET_MS`], yielding between them.
    fn run(self, gen: u32, file: String, bytes: Vec<u8>) {
        let started = now_ms();
        let mut job = match Job::new(bytes, today()) {
            Ok(job) => job,
            Err(e) => return self.fail(&file, &e),
        };
        yew::platform::spawn_local(async move {
            loop {
                // Yield first: reading the file into memory was work enough for one task.
                yield_now().await;
                if !self.current(gen) {
                    return;
                }
                let t0 = now_ms();
                let step = loop {
                    match job.step(BATCH) {
                        Ok(false) if now_ms() - t0 < BUDGET_MS => continue,
                        other => break other,
                    }
                };
                match step {
                    Err(e) => return self.fail(&file, &e),
                    Ok(true) => {
                        let seconds = (now_ms() - started) / 1000.0;
                        let outcome = job.finish(file, seconds);
                        self.phase.set(Phase::Done(OutcomeRef(Rc::new(outcome))));
                        return;
                    }
                    Ok(false) => self.phase.set(Phase::Running {
                        file: file.clone(),
                        rows: job.handled(),
                        permille: (job.fraction() * 1000.0).round().min(1000.0) as u32,
                    }),
                }
            }
        });
    }
}

#[component]
pub fn RosterView(p: &Props) -> Html {
    let lang = p.lang;
    let phase = use_state(|| Phase::Idle);
    let message = use_state(|| Message::None);
    let generation = use_mut_ref(|| 0u32);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let ctl = Ctl {
        phase: phase.setter(),
        message: message.setter(),
        generation: generation.clone(),
    };

    // Leaving the view stops any work under way.
    {
        let generation = generation.clone();
        use_effect_with((), move |_| move || *generation.borrow_mut() += 1);
    }

    let on_file = {
        let ctl = ctl.clone();
        let reader = reader.clone();
        Callback::from(move |file: web_sys::File| {
            let gen = {
                let mut g = ctl.generation.borrow_mut();
                *g += 1;
                *g
            };
            let name = file.name();
            ctl.message.set(Message::None);
            ctl.phase.set(Phase::Reading { file: name.clone() });
            let ctl = ctl.clone();
            let handle =
                gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |read| {
                    if !ctl.current(gen) {
                        return;
                    }
                    match read {
                        Ok(bytes) => ctl.run(gen, name, bytes),
                        Err(_) => {
                            ctl.phase.set(Phase::Idle);
                            ctl.message.set(Message::Failed {
                                file: name,
                                vi: t(Lang::Vi, K::RosterReadFailed).to_string(),
                                en: t(Lang::En, K::RosterReadFailed).to_string(),
                            });
                        }
                    }
                });
            // Dropping the handle would abort the read.
            *reader.borrow_mut() = Some(handle);
        })
    };
    let on_cancel = {
        let ctl = ctl.clone();
        Callback::from(move |_| {
            *ctl.generation.borrow_mut() += 1;
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
        Phase::Idle => html! {},
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
        Phase::Done(o) => html! { <results::Results {lang} outcome={o.clone()} today={today()} /> },
    };
    html! {
        <section class="roster" data-roster="" aria-labelledby="roster-title">
            <h1 id="roster-title">{ i18n::views::t(lang, i18n::views::K::RosterTitle) }</h1>
            <p class="roster-intro no-print">{ t(lang, K::RosterIntro) }</p>
            <input::FileInput {lang} {on_file} />
            <details class="roster-columns no-print">
                <summary>{ t(lang, K::RosterColumns) }</summary>
                <p>{ t(lang, K::RosterColumnsRequired) }{ " " }
                    <code>{ cbcc_engine::roster::COLUMNS.join(", ") }</code></p>
                <p>{ t(lang, K::RosterColumnsOptional) }{ " " }
                    <code>{ cbcc_engine::roster::OPTIONAL_COLUMNS.join(", ") }</code></p>
                <p>{ t(lang, K::RosterColumnsValues) }</p>
            </details>
            <div class="roster-alert" role="alert">{ alert }</div>
            <div class="roster-status" role="status">{ status }</div>
            { body }
        </section>
    }
}

/// For tests: the outcome of a whole file assessed natively, as the view would.
#[cfg(test)]
fn assess_all(bytes: &[u8], day: &str) -> Result<model::Outcome, InputError> {
    let mut job = Job::new(bytes.to_vec(), Date::parse(day).unwrap_or_else(today))?;
    while !job.step(BATCH)? {}
    Ok(job.finish("test.csv".into(), 0.0))
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
            ];
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
