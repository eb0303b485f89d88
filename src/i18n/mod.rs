//! Every UI string, Vietnamese first, English second: one catalogue per file.
//!
//! - [`assessment`]: the fixed strings of the self-assessment ([`K`] and [`t`], re-exported here);
//! - [`messages`]: its strings with values in them, and those made from the rule data (age
//!   limits, cut-off dates, level and unit names, documents are never written here);
//! - [`compare`]: the comparison ("nếu tôi…") and the personal plan on a timeline;
//! - [`views`]: the switch between the two views and the roster's loader (in the page's wasm);
//! - [`roster`]: the roster view's strings (only in the roster's wasm, which uses them alone).
//!
//! Names that come from the rule data (posts, regimes, levels, reasons, trainings) are already
//! bilingual in the engine; [`Lang::pick`] chooses.

use cbcc_engine::schema::Area;
use cbcc_engine::{Date, Status};

/// A table of fixed strings: the enum `K` of its keys, `t(lang, key)`, and (in tests) `ALL`.
macro_rules! catalogue {
    ($($key:ident => $vi:expr, $en:expr;)*) => {
        /// A fixed UI string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K {
            $($key),*
        }

        /// Every key, for tests.
        #[cfg(test)]
        pub const ALL: &[K] = &[$(K::$key),*];

        /// (Vietnamese, English) of every key, in the order of `K` (a table is smaller than a match).
        const TABLE: &[(&str, &str)] = &[$(($vi, $en)),*];

        /// The text of `key` in `lang`.
        pub fn t(lang: $crate::i18n::Lang, key: K) -> &'static str {
            let (vi, en) = TABLE[key as usize];
            lang.pick(vi, en)
        }
    };
}

pub mod assessment;
pub mod compare;
pub mod messages;
pub mod roster;
pub mod views;

#[cfg(test)]
mod tests;

pub use assessment::{t, K};
pub use messages::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// The BCP 47 code for `<html lang>` and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// Chooses between the Vietnamese and English forms of a bilingual value.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// Vietnamese dates as 01/08/2028, English as 1 Aug 2028.
pub fn date(lang: Lang, d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Vi => d.vi(),
        Lang::En => format!(
            "{} {} {}",
            d.day,
            MONTHS[(d.month as usize).saturating_sub(1) % 12],
            d.year
        ),
    }
}

/// The icon and the text of a status (the icon is decoration: the text says it); an unknown or
/// too-high age is a point to check, not a recommendation. Used by both views.
pub fn status_text(lang: Lang, area: Area, status: Status) -> (&'static str, &'static str) {
    let (icon, key) = match status {
        Status::Met => ("✓", K::StatusMet),
        Status::Missing => ("✗", K::StatusMissing),
        Status::NotRequired => ("–", K::StatusNotRequired),
        Status::Advised if area == Area::Age => ("?", K::StatusToCheck),
        Status::Advised => ("!", K::StatusAdvised),
    };
    (icon, t(lang, key))
}
