//! Placeholder UI for the self-assessment widget ("Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã").
//! It only proves the build: it mounts into `#app`, shows the title and the engine version, and
//! marks `#app` with `data-ready="true"` once mounted (the e2e smoke test waits for that).
//! The real UI replaces this file.
use yew::prelude::*;

const TITLE: &str = "Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã";

#[component]
fn App() -> Html {
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().get_element_by_id("app") {
            // Failing to set a marker attribute is harmless; nothing to report.
            let _ = root.set_attribute("data-ready", "true");
        }
    });

    html! {
        <>
            <h1>{ TITLE }</h1>
            <p class="muted">
                { format!("Phiên bản bộ tiêu chuẩn: {}", cbcc_engine::engine_version()) }
            </p>
        </>
    }
}

fn main() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            // Replace the static "Đang tải…" block rather than appending after it.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
