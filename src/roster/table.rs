//! The roster view's tables: one scrolling wrapper, one header row, the rows.

use yew::prelude::*;

/// A column heading.
pub fn th(text: &str) -> Html {
    html! { <th scope="col">{ text.to_string() }</th> }
}

/// A table of the view, `class` added to `roster-table`, in a horizontally scrolling box.
pub fn table(
    class: &str,
    caption: Option<&str>,
    heads: Vec<Html>,
    rows: impl IntoIterator<Item = Html>,
) -> Html {
    let rows: Html = rows.into_iter().collect();
    html! {
        <div class="roster-scroll">
            <table class={format!("roster-table {class}").trim().to_string()}>
                if let Some(c) = caption { <caption>{ c.to_string() }</caption> }
                <thead><tr>{ for heads }</tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}
