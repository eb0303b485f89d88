//! What the readers of each format share (and the opened file, `mod.rs`, hands on).

use crate::profile::InputError;
pub use ::csv::StringRecord as Record;
use std::ops::ControlFlow;

/// Called with each row's number (the first row is 1), its cells, and how far the reading is
/// (0 to 1). Break to stop reading.
pub type Visit<'v> = dyn FnMut(usize, &Record, f64) -> ControlFlow<()> + 'v;

pub fn file_error(vi: &str, en: &str) -> InputError {
    InputError::new("(tệp)", "", vi, en)
}

pub fn not_a_roster() -> InputError {
    file_error(
        "tệp không phải CSV hay .xlsx",
        "the file is neither CSV nor .xlsx",
    )
}
