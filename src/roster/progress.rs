//! The progress bar while a roster is read and assessed: a `<progress>`, the rows done, and "Hủy".

use super::model::{number, percent};
use crate::i18n::roster::{self as text, t, K};
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: String,
    /// None while the file is being read (the bar is then indeterminate).
    pub done: Option<(usize, u32)>,
    pub on_cancel: Callback<()>,
}

/// `done` is (rows handled, thousandths of the way).
#[component]
pub fn Progress(p: &Props) -> Html {
    let lang = p.lang;
    let cancel = {
        let on_cancel = p.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    let (bar, text) = match p.done {
        None => (
            html! { <progress id="roster-progress-bar" data-roster-progress="reading"></progress> },
            t(lang, K::RosterReading).to_string(),
        ),
        Some((rows, permille)) => (
            html! {
                <progress id="roster-progress-bar" max="1000" value={permille.to_string()}
                    data-roster-progress={rows.to_string()}>
                    { percent(lang, permille as usize, 1000) }
                </progress>
            },
            text::progress(
                lang,
                &number(lang, rows),
                &percent(lang, permille as usize, 1000),
            ),
        ),
    };
    html! {
        <div class="roster-progress no-print">
            <label for="roster-progress-bar">{ text::progress_label(lang, &p.file) }</label>
            { bar }
            <span class="roster-count">{ text }</span>
            <button type="button" class="roster-cancel" onclick={cancel}>{ t(lang, K::RosterCancel) }</button>
        </div>
    }
}
