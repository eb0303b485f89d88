//! What the form's inputs hold before they reach the profile: a date input's value (empty, a
//! day, or not a date), the date fields that can be wrong, and the age as typed.

use cbcc_engine::profile::AGE_RANGE;
use cbcc_engine::Date;

/// What a date input holds: nothing, a valid day, or something that is not a date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DateInput {
    Empty,
    Valid(Date),
    Invalid,
}

impl DateInput {
    /// Reads the value of an `<input type="date">` (`YYYY-MM-DD` or empty).
    pub fn parse(text: &str) -> DateInput {
        let text = text.trim();
        if text.is_empty() {
            DateInput::Empty
        } else {
            Date::parse(text).map_or(DateInput::Invalid, DateInput::Valid)
        }
    }

    pub(super) fn date(self) -> Option<Date> {
        match self {
            DateInput::Valid(d) => Some(d),
            _ => None,
        }
    }
}

/// The date fields that can hold an invalid date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    AsOf,
    InPostSince,
    BirthDate,
    ItIssued(usize),
}

/// A valid age (a whole number in the engine's range), or None.
pub fn parse_age(text: &str) -> Option<u32> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|a| AGE_RANGE.contains(a))
        .map(|a| a as u32)
}
