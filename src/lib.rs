//! Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã — the widget's UI as a library, used by its
//! three wasm binaries: the page's own (src/main.rs: the self-assessment, the first load), the
//! full one (src/bin/cbcc-full.rs: the same App with the province reader, the report JSON and
//! the exports `embed.js` calls; loaded instead for `?province=`, `?embed=iframe` and by
//! `embed.js`) and the roster view (src/bin/cbcc-roster.rs, loaded when that view is opened).
//! Each binary carries only what it uses: the page never reaches [`roster`]'s view (only
//! [`roster::host`], which loads the other wasm) nor the province reader (given to the App by
//! the host, in [`app::ProvinceSource`]), the roster never reaches the [`app`].
//!
//! Layers, each using only those below it:
//! - [`embed`]: how the App is hosted (the page, a portal's widget or iframe) → props;
//! - [`app`]: the App component (its props, first state, effects and layout);
//! - [`components`]: the views of the self-assessment, plain functions of the state;
//! - [`roster`]: the roster view, and [`roster::host`], its switch and loader in the page;
//! - [`state`]: the reducer, pure Rust (tested natively);
//! - [`browser`]: the thin browser glue (storage, address, clipboard, fetch);
//! - [`i18n`]: every string, Vietnamese and English;
//! - the engine (`cbcc_engine`, engine/): the rules as data and the assessment.

pub mod app;
pub mod browser;
pub mod components;
pub mod embed;
pub mod i18n;
pub mod roster;
pub mod state;
