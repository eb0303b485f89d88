//! Everything the build compiles into the engine.

use crate::catalogue::Catalogue;
use crate::rule::{List, Regime};
use serde::{Deserialize, Serialize};

/// Everything compiled into the binary.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub regimes: List<Regime>,
    pub catalogue: Catalogue,
}
