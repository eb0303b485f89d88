//! Labelled form controls: every control has a visible `<label for>`, an optional hint and an
//! optional error, both tied to it with `aria-describedby`.
//!
//! A `<select>` carries its state value in `data-value`; the App sets every select to it after
//! each render (see [`sync_selects`]), because the `selected` attribute only sets the default
//! choice and would not follow changes made by the program ("start again", a post cleared…).

use crate::state::DateInput;
use cbcc_engine::Date;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What every control has: an id, a visible label, maybe a hint, maybe an error.
pub struct Field<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub hint: Option<&'a str>,
    pub error: Option<&'a str>,
}

impl<'a> Field<'a> {
    pub fn new(id: &'a str, label: &'a str) -> Self {
        Field {
            id,
            label,
            hint: None,
            error: None,
        }
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn error(mut self, error: Option<&'a str>) -> Self {
        self.error = error;
        self
    }

    /// The ids of the hint and error that exist, for `aria-describedby`.
    fn described_by(&self) -> Option<String> {
        let ids: Vec<String> = [(self.hint.is_some(), "hint"), (self.error.is_some(), "err")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, what)| format!("{}-{what}", self.id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    fn invalid(&self) -> Option<&'static str> {
        self.error.is_some().then_some("true")
    }

    fn label(&self) -> Html {
        html! { <label for={self.id.to_string()}>{ self.label.to_string() }</label> }
    }

    fn notes(&self) -> Html {
        html! {
            <>
                if let Some(h) = self.hint {
                    <p class="hint" id={format!("{}-hint", self.id)}>{ h.to_string() }</p>
                }
                if let Some(e) = self.error {
                    <p class="error" id={format!("{}-err", self.id)}>
                        <span aria-hidden="true">{ "⚠ " }</span>{ e.to_string() }
                    </p>
                }
            </>
        }
    }
}

/// One `<option>`, marked selected when `value == current`.
pub fn option(value: &str, text: &str, current: &str) -> Html {
    html! {
        <option value={value.to_string()} selected={value == current}>{ text.to_string() }</option>
    }
}

/// A `<select>` of `options` (made with [`option`], maybe in `<optgroup>`s).
pub fn select(f: Field, value: &str, onchange: Callback<String>, options: Html) -> Html {
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field">
            { f.label() }
            <select id={f.id.to_string()} data-value={value.to_string()} {onchange}
                aria-describedby={f.described_by()} aria-invalid={f.invalid()}>
                { options }
            </select>
            { f.notes() }
        </div>
    }
}

/// Sets every `<select data-value>` under `root` to its value (called by the App after each
/// render; `root` rather than the document, so that it also works inside a shadow root).
pub fn sync_selects(root: &web_sys::Element) {
    let Ok(list) = root.query_selector_all("select[data-value]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(sel) = list
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlSelectElement>().ok())
        {
            let want = sel.get_attribute("data-value").unwrap_or_default();
            if sel.value() != want {
                sel.set_value(&want);
            }
        }
    }
}

pub fn check(f: Field, checked: bool, onchange: Callback<bool>) -> Html {
    check_implied(f, checked, false, onchange)
}

/// A checkbox that another answer can imply: then it is shown ticked and cannot be changed
/// (the hint says why), and the official's own choice comes back when that answer is undone.
pub fn check_implied(f: Field, checked: bool, implied: bool, onchange: Callback<bool>) -> Html {
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="field check">
            <input type="checkbox" id={f.id.to_string()} checked={checked || implied}
                disabled={implied} {onchange} aria-describedby={f.described_by()} />
            { f.label() }
            { f.notes() }
        </div>
    }
}

pub fn date(f: Field, value: Option<Date>, onchange: Callback<DateInput>) -> Html {
    let oninput = onchange.reform(|e: InputEvent| {
        DateInput::parse(&e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let value = value.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <div class="field">
            { f.label() }
            <input type="date" id={f.id.to_string()} {value} {oninput} min="1900-01-01"
                aria-describedby={f.described_by()} aria-invalid={f.invalid()} />
            { f.notes() }
        </div>
    }
}

/// A short text field with a number keypad on phones (the age).
pub fn number(f: Field, value: &str, oninput: Callback<String>) -> Html {
    let oninput =
        oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="field">
            { f.label() }
            <input type="text" inputmode="numeric" autocomplete="off" class="short"
                id={f.id.to_string()} value={value.to_string()} {oninput}
                aria-describedby={f.described_by()} aria-invalid={f.invalid()} />
            { f.notes() }
        </div>
    }
}
