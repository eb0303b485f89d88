//! The page's side of a roster run: a Web Worker (the roster's own wasm, [`super::worker`])
//! reads and assesses the file; the page only hands it the `File` and the reviewer's choices,
//! shows its progress, and reads its packed result a slice at a time. Cancelling ends the
//! worker at once (dropping the [`Run`]).

use super::model::{Outcome, Person, PostName};
use super::wire::{read_groups, read_head, read_people, Packed};
use super::worker::overrides_text;
use cbcc_engine::roster::Options;
use cbcc_engine::roster::Summary;
use cbcc_engine::{Date, InputError};
use js_sys::{Object, Reflect};
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The roster's loader (Trunk's `data-loader-shim`), which also starts the worker.
const WORKER: &str = "cbcc-roster_loader.js";

/// What a run reports.
pub enum Report {
    Progress {
        rows: usize,
        fraction: f64,
    },
    Done(Parts),
    /// The file could not be assessed; with the headings found, when no post column was.
    Failed(InputError, Option<Vec<u8>>),
}

/// What the worker is asked.
pub struct Request {
    pub file: web_sys::File,
    pub today: Date,
    pub options: Options,
    pub province: Option<String>,
}

/// A worker at work; dropping it ends the worker.
pub struct Run {
    worker: web_sys::Worker,
    _listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl Drop for Run {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn text(o: &JsValue, k: &str) -> String {
    get(o, k).as_string().unwrap_or_default()
}

fn no_worker() -> InputError {
    InputError::new(
        "(tệp)",
        "",
        "trình duyệt không chạy được phần đánh giá (Web Worker)",
        "the browser could not start the assessment (Web Worker)",
    )
}

impl Run {
    /// Starts a worker on `req`; `report` hears from it (progress, then the result or the error).
    pub fn start(req: Request, report: impl Fn(Report) + 'static) -> Result<Run, InputError> {
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(WORKER, &opts).map_err(|_| no_worker())?;
        let job = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&job, &JsValue::from_str(k), &v);
        };
        set("file", req.file.into());
        set("today", req.today.to_string().into());
        set("sheet", req.options.sheet.map_or(-1.0, |s| s as f64).into());
        set("overrides", overrides_text(&req.options.overrides).into());
        if let Some(p) = req.province {
            set("province", p.into());
        }
        let to = worker.clone();
        let report = std::rc::Rc::new(report);
        let on_error = {
            let report = report.clone();
            // The worker's script or wasm did not load.
            Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                report(Report::Failed(no_worker(), None))
            })
        };
        let listener =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let d = e.data();
                match text(&d, "kind").as_str() {
                    // The worker listens only once its wasm is running: the job goes then.
                    "ready" => {
                        let _ = to.post_message(&job);
                    }
                    "progress" => report(Report::Progress {
                        rows: get(&d, "rows").as_f64().unwrap_or(0.0) as usize,
                        fraction: get(&d, "fraction").as_f64().unwrap_or(0.0),
                    }),
                    "done" => {
                        let part = |v: JsValue| Part::Js(js_sys::Uint8Array::new(&v));
                        let people = js_sys::Array::from(&get(&d, "people"));
                        report(Report::Done(Parts {
                            head: part(get(&d, "head")),
                            groups: part(get(&d, "groups")),
                            people: people.iter().map(part).collect(),
                        }))
                    }
                    _ => {
                        let headings = get(&d, "headings");
                        let headings = (!headings.is_undefined())
                            .then(|| js_sys::Uint8Array::new(&headings).to_vec());
                        let e = InputError::new(
                            &text(&d, "field"),
                            text(&d, "value"),
                            text(&d, "vi"),
                            text(&d, "en"),
                        );
                        report(Report::Failed(e, headings))
                    }
                }
            });
        worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Run {
            worker,
            _listener: listener,
            _on_error: on_error,
        })
    }
}

/// One buffer of the result: still in JavaScript (copied into the wasm only when read), or
/// already here (tests).
pub enum Part {
    Js(js_sys::Uint8Array),
    Bytes(Vec<u8>),
}

impl Part {
    fn bytes(self) -> Vec<u8> {
        match self {
            Part::Js(a) => a.to_vec(),
            Part::Bytes(b) => b,
        }
    }
}

/// The result's buffers, as the worker sent them.
pub struct Parts {
    pub head: Part,
    pub groups: Part,
    pub people: VecDeque<Part>,
}

impl From<Packed> for Parts {
    fn from(p: Packed) -> Parts {
        Parts {
            head: Part::Bytes(p.head),
            groups: Part::Bytes(p.groups),
            people: p.people.into_iter().map(Part::Bytes).collect(),
        }
    }
}

/// The headings found in a file whose post column was not, as an outcome with no one in it
/// (for the review step).
pub fn headings_outcome(head: &[u8], file: String) -> Option<Outcome> {
    let (summary, posts) = read_head(head)?;
    Some(Outcome::new(file, summary, Vec::new(), posts, 0.0))
}

/// The result being read into an [`Outcome`], one buffer per step (each a task of its own).
pub struct Unpack {
    summary: Summary,
    posts: Vec<PostName>,
    groups: Option<Part>,
    parts: VecDeque<Part>,
    people: Vec<Person>,
}

impl Unpack {
    /// Reads the head (the summary without its breakdowns, the post names).
    pub fn new(parts: Parts) -> Option<Unpack> {
        let (summary, posts) = read_head(&parts.head.bytes())?;
        let people = Vec::with_capacity(summary.total);
        Some(Unpack {
            summary,
            posts,
            groups: Some(parts.groups),
            parts: parts.people,
            people,
        })
    }

    /// Reads one more buffer; true when everything is read (or a buffer was damaged).
    pub fn step(&mut self) -> bool {
        if let Some(g) = self.groups.take() {
            return read_groups(&g.bytes(), &mut self.summary).is_none();
        }
        match self.parts.pop_front() {
            Some(p) => read_people(&p.bytes(), &mut self.people).is_none() || self.parts.is_empty(),
            None => true,
        }
    }

    pub fn finish(self, file: String, seconds: f64) -> Outcome {
        Outcome::new(file, self.summary, self.people, self.posts, seconds)
    }
}
