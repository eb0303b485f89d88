//! Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã — the self-assessment widget (Yew, csr).
//!
//! As the page: mounts the App into index.html's own `[data-cbcc-root]` element (replacing its
//! static "Đang tải…" block), never into a generic `#app` a portal might also have. Embedded:
//! `embed.js` loads the same wasm (this `main` then finds no such element and does nothing) and
//! calls the exported [`embed::mount`] for each `<cbcc-self-assessment>` element.

mod app;
mod browser;
mod components;
mod embed;
mod i18n;
#[path = "roster/host.rs"]
mod roster_host;
mod state;

fn main() {
    let document = gloo::utils::document();
    if let Some(root) = document.query_selector("[data-cbcc-root]").ok().flatten() {
        root.set_inner_html("");
        let props = embed::page_props(root.clone());
        yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    }
}
