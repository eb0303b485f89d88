//! The shape of the rule data in `engine/rules/` and its checks, with no rule content: the
//! engine's build script reads the TOML files into these types and refuses data that fails
//! [`validate`]; the engine reads the same types, compiled in as static data.
//!
//! `rule`: areas, levels, posts, rules, regimes. `catalogue`: what every regime shares (units,
//! age rules, equivalences, trainings, reminders). `sources`: the quoted words the rules cite
//! (read by the build only). `set`: the whole of it. `date`: the calendar date they all use.

pub mod date;

mod catalogue;
mod rule;
mod set;
mod sources;
mod validate;

pub use catalogue::*;
pub use rule::*;
pub use set::*;
pub use sources::*;
pub use validate::validate;
