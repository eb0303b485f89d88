//! The provincial standards applied to the roster, as the self-assessment applies them: a
//! province file (JSON, checked by the engine: a rule lowering a national standard is refused by
//! name), chosen here, or named by the page's address (`?province=<id>` loads the file shipped
//! as `provinces/<id>.json`). Its targets are shown against the roster too.

use crate::i18n::roster::{self as text, t, K};
use crate::i18n::Lang;
use cbcc_engine::Province;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A province file larger than this is refused unread (the examples are a few KB).
const MAX_BYTES: usize = 256 * 1024;

/// A province file that passed the engine's checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    /// The file, sent to the worker with each run.
    pub json: Rc<str>,
}

/// Checks a province file's text; the error in (Vietnamese, English).
pub fn read(text: &str) -> Result<Choice, (String, String)> {
    if text.len() > MAX_BYTES {
        return Err((
            "tệp tiêu chuẩn của tỉnh quá lớn".into(),
            "the province file is too large".into(),
        ));
    }
    let p = Province::from_json(text).map_err(|e| {
        // The value names where in the file (`(tệp).targets[0].percent`).
        let at = |why: &str| format!("{why} ({})", e.value);
        (at(&e.vi), at(&e.en))
    })?;
    Ok(Choice {
        id: p.id,
        name_vi: p.name_vi,
        name_en: p.name_en,
        json: text.into(),
    })
}

/// The `?province=<id>` of the page's address, if it names a file safely.
pub fn from_address() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let id = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix("province="))?
        .to_string();
    let ok = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    ok.then_some(id)
}

/// Fetches `provinces/<id>.json` (next to the page) and gives its text, or None.
pub fn fetch(id: &str, done: impl FnOnce(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(None);
    };
    let done = Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |v: Option<String>| {
            if let Some(f) = done.borrow_mut().take() {
                f(v)
            }
        }
    };
    let fail = finish.clone();
    let on_response = Closure::once(move |r: JsValue| match r.dyn_into::<web_sys::Response>() {
        Ok(r) if r.ok() => match r.text() {
            Ok(text) => {
                let on_text = Closure::once(move |t: JsValue| finish(t.as_string()));
                let _ = text.then(&on_text);
                on_text.forget();
            }
            Err(_) => finish(None),
        },
        _ => finish(None),
    });
    let on_error = Closure::once(move |_: JsValue| fail(None));
    let request = window.fetch_with_str(&format!("provinces/{id}.json"));
    let _ = request.then(&on_response);
    let _ = request.catch(&on_error);
    // Each runs once, when the request ends.
    on_response.forget();
    on_error.forget();
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub current: Option<Choice>,
    /// (Vietnamese, English) of the last file refused.
    pub error: Option<(String, String)>,
    pub on_text: Callback<String>,
    pub on_remove: Callback<()>,
}

#[component]
pub fn ProvincePicker(p: &Props) -> Html {
    let lang = p.lang;
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let onchange = {
        let on_text = p.on_text.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                let on_text = on_text.clone();
                let r =
                    gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |t| {
                        on_text.emit(t.unwrap_or_default())
                    });
                *reader.borrow_mut() = Some(r);
            }
            input.set_value("");
        })
    };
    let remove = {
        let on_remove = p.on_remove.clone();
        Callback::from(move |_: MouseEvent| on_remove.emit(()))
    };
    html! {
        <div class="roster-province no-print">
            <label for="roster-province-file">{ t(lang, K::RosterProvince) }</label>
            <input id="roster-province-file" type="file" accept=".json,application/json" {onchange} />
            if let Some(c) = &p.current {
                <p data-roster-province={c.id.clone()}>
                    { text::province_applied(lang, lang.pick(&c.name_vi, &c.name_en)) }{ " " }
                    <button type="button" class="link" onclick={remove}>{ t(lang, K::RosterProvinceRemove) }</button>
                </p>
            }
            if let Some((vi, en)) = &p.error {
                <p class="roster-error" role="alert">{ lang.pick(vi, en) }</p>
            }
        </div>
    }
}
