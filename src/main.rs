//! Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã — the self-assessment widget (Yew, csr): the
//! page's own wasm, its first load. Everything else is the library (src/lib.rs).
//!
//! Mounts the App into index.html's own `[data-cbcc-root]` element (replacing its static "Đang
//! tải…" block), never into a generic `#app` a portal might also have. A page that asks for a
//! province file (`?province=`) or runs in a portal's iframe (`?embed=iframe`) is started by
//! the full wasm instead (src/bin/cbcc-full.rs; index.html's loader chooses), and so is a
//! widget embedded by `embed.js`: this one carries neither the province reader nor the report
//! JSON nor the exports `embed.js` calls.

use cbcc_widget::embed;

fn main() {
    embed::start_page(embed::page_props);
}

/// Talc instead of Rust's default allocator: smaller and faster in wasm (Cargo.toml).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
