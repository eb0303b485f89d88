//! Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã — the self-assessment widget (Yew, csr).
//! Mounts the App into `#app`, replacing the static "Đang tải…" block of index.html.

mod app;
mod browser;
mod components;
mod i18n;
#[path = "roster/host.rs"]
mod roster_host;
mod state;

fn main() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
