//! The shape of the rule data and its checks: the model crate (`engine/model/`), used by the
//! build script and by the engine alike.

pub use cbcc_rules_model::*;
