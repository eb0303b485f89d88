//! The file picker (`<input type="file">`, keyboard-accessible as the browser makes it) inside a
//! box that also takes a dropped file. Nothing is uploaded: the file goes to the view's callback.

use crate::i18n::roster::{t, K};
use crate::i18n::Lang;
use yew::prelude::*;

pub const INPUT_ID: &str = "roster-file";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub on_file: Callback<web_sys::File>,
}

#[component]
pub fn FileInput(p: &Props) -> Html {
    let lang = p.lang;
    let dragging = use_state(|| false);
    let onchange = {
        let on_file = p.on_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|list| list.get(0)) {
                on_file.emit(file);
            }
            // Choosing the same file again (after correcting it) must fire `change` again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser opens the dropped file instead of handing it over.
            e.prevent_default();
            if let Some(dt) = e.data_transfer() {
                dt.set_drop_effect("copy");
            }
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_file = p.on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|list| list.get(0));
            if let Some(file) = file {
                on_file.emit(file);
            }
        })
    };
    html! {
        <div class={classes!("roster-drop", "no-print", dragging.then_some("dragging"))}
            {ondragover} {ondragleave} {ondrop}>
            <label for={INPUT_ID}>{ t(lang, K::RosterFile) }</label>
            <input id={INPUT_ID} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="roster-file-hint" {onchange} />
            <p id="roster-file-hint" class="hint">
                { t(lang, if *dragging { K::RosterDropHere } else { K::RosterFileHint }) }
            </p>
        </div>
    }
}
