//! The roster's Web Worker: the same wasm as the view (src/bin/cbcc-roster.rs starts this part
//! when it finds itself in a worker). It takes a file (a `File`, read here, never on the page)
//! and the reviewer's choices, reads and assesses it with the engine, posts its progress, and
//! posts the result packed ([`super::wire`]) in a transferred buffer. The page stays free.
//!
//! Messages in: `{ file, today: "YYYY-MM-DD", sheet: n | -1, overrides: "col:field;…",
//! province: JSON text | undefined }`. Out: `{ kind: "ready" }` once listening,
//! `{ kind: "progress", rows, fraction }`, `{ kind: "done", head, groups, people: [ … ] }`
//! (ArrayBuffers, transferred), `{ kind: "error", field, value, vi, en }`.

use super::model::{Person, PostName};
use super::wire::{pack, Packed, PeopleWriter};
use cbcc_engine::roster::{self, Field, Options, Override, Progress, Row};
use cbcc_engine::schema::{Post, Unit};
use cbcc_engine::{Date, InputError, Province};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

fn set(o: &Object, k: &str, v: impl Into<JsValue>) {
    let _ = Reflect::set(o, &JsValue::from_str(k), &v.into());
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn message(kind: &str) -> Object {
    let o = Object::new();
    set(&o, "kind", kind);
    o
}

/// The reviewer's corrections as the page sends them: "3:post;5:" (column 5 ignored).
pub fn overrides_text(overrides: &[Override]) -> String {
    overrides
        .iter()
        .map(|o| format!("{}:{}", o.column, o.field.map_or("", |f| f.id())))
        .collect::<Vec<_>>()
        .join(";")
}

pub fn parse_overrides(text: &str) -> Vec<Override> {
    text.split(';')
        .filter_map(|part| {
            let (col, field) = part.split_once(':')?;
            Some(Override {
                column: col.trim().parse().ok()?,
                field: Field::from_id(field.trim()),
            })
        })
        .collect()
}

/// Listens for work; called by the roster's `main` inside a worker.
pub fn start(scope: DedicatedWorkerGlobalScope) {
    let reply = scope.clone();
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let out = match run(&data, &reply) {
                Ok(packed) => {
                    let o = message("done");
                    let transfer = js_sys::Array::new();
                    let buffer = |bytes: &[u8]| {
                        let b = Uint8Array::from(bytes).buffer();
                        transfer.push(&b);
                        b
                    };
                    set(&o, "head", buffer(&packed.head));
                    set(&o, "groups", buffer(&packed.groups));
                    let people = js_sys::Array::new();
                    for part in &packed.people {
                        people.push(&buffer(part));
                    }
                    set(&o, "people", people);
                    let _ = reply.post_message_with_transfer(&o, &transfer);
                    return;
                }
                Err((e, headings)) => {
                    let o = message("error");
                    set(&o, "field", e.field.as_str());
                    set(&o, "value", e.value.as_str());
                    set(&o, "vi", e.vi.as_str());
                    set(&o, "en", e.en.as_str());
                    // No post column found: the headings, for the reviewer to point at it.
                    if let Some(h) = headings {
                        set(&o, "headings", Uint8Array::from(&h[..]));
                    }
                    o
                }
            };
            let _ = reply.post_message(&out);
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope.post_message(&message("ready"));
}

fn read_failed() -> InputError {
    InputError::new(
        "(tệp)",
        "",
        "trình duyệt không đọc được tệp",
        "the browser could not read the file",
    )
}

/// An error, with the packed headings when no post column was found.
type Failure = (InputError, Option<Vec<u8>>);

fn run(data: &JsValue, scope: &DedicatedWorkerGlobalScope) -> Result<Packed, Failure> {
    let blob: web_sys::Blob = get(data, "file")
        .dyn_into()
        .map_err(|_| (read_failed(), None))?;
    let bytes = web_sys::FileReaderSync::new()
        .and_then(|r| r.read_as_array_buffer(&blob))
        .map(|b| Uint8Array::new(&b).to_vec())
        .map_err(|_| (read_failed(), None))?;
    let today = get(data, "today")
        .as_string()
        .and_then(|d| Date::parse(&d))
        .unwrap_or(Date {
            year: 2026,
            month: 1,
            day: 1,
        });
    let province = match get(data, "province").as_string() {
        Some(text) => Some(Province::from_json(&text).map_err(|e| (e, None))?),
        None => None,
    };
    let options = Options {
        sheet: get(data, "sheet")
            .as_f64()
            .filter(|s| *s >= 0.0)
            .map(|s| s as usize),
        overrides: parse_overrides(&get(data, "overrides").as_string().unwrap_or_default()),
    };
    assess(&bytes, today, province.as_ref(), &options, &mut |p| {
        let o = message("progress");
        set(&o, "rows", p.rows as f64);
        set(&o, "fraction", p.fraction);
        let _ = scope.post_message(&o);
    })
    .map_err(|e| {
        let headings = (e.field == "(header)")
            .then(|| roster::headings_only(&bytes, today, &options).ok())
            .flatten()
            .map(|s| pack(&s, &[], PeopleWriter::default()).head);
        (e, headings)
    })
}

/// Reads and assesses a roster as the worker does, and packs the result (also used natively by
/// the tests).
pub fn assess(
    bytes: &[u8],
    today: Date,
    province: Option<&Province>,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> Result<Packed, InputError> {
    let mut people = PeopleWriter::default();
    let mut posts = Posts::default();
    let summary = roster::assess_file_with(bytes, today, province, options, progress, &mut |r| {
        people.write(&posts.person(r), r.name, r.commune)
    })?;
    Ok(pack(&summary, &posts.names, people))
}

/// The post names met so far (the land official's title depends on the unit).
#[derive(Default)]
struct Posts {
    names: Vec<PostName>,
    /// (the post's address, urban title) → index in `names`.
    seen: Vec<(usize, bool, u16)>,
}

impl Posts {
    fn index(&mut self, post: &'static Post, unit: Unit, r: &Row) -> u16 {
        let urban = unit != Unit::Xa && post.urban_name_vi.is_some();
        let at = post as *const Post as usize;
        if let Some((_, _, i)) = self.seen.iter().find(|(p, u, _)| *p == at && *u == urban) {
            return *i;
        }
        let (vi, en) = cbcc_engine::assess::post_names(post, r.profile);
        let i = match self
            .names
            .iter()
            .position(|n| n.id == post.id && n.vi == vi)
        {
            Some(i) => i,
            None => {
                self.names.push(PostName {
                    id: post.id.to_string(),
                    vi,
                    en,
                });
                self.names.len() - 1
            }
        } as u16;
        self.seen.push((at, urban, i));
        i
    }

    fn person(&mut self, r: &Row) -> Person {
        let v = r.verdicts;
        let mut status = [cbcc_engine::Status::NotRequired; 8];
        for (s, a) in status.iter_mut().zip(&v.areas) {
            *s = a.status;
        }
        Person {
            row: r.row as u32,
            // Written apart by the caller.
            name: Box::default(),
            commune: Box::default(),
            post: self.index(v.post, r.profile.unit, r),
            meets_all: v.meets_all(),
            status,
            trainings: r.trainings,
        }
    }
}
