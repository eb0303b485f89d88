//! The answers saved in localStorage: `{"v":1,"profile":…}` with the contract profile JSON, and
//! `"variant":…`, the profile of an open comparison ("nếu tôi…"), so that it survives a reload too.

use cbcc_engine::json::{self, Value};
use cbcc_engine::Profile;

/// The version of the saved value `{"v":1,"profile":…}` in localStorage.
pub const SAVE_VERSION: u64 = 1;

/// Why a saved value could not be used.
#[derive(Debug, PartialEq)]
pub enum SavedError {
    /// Not JSON, not `{"v":1,"profile":{…}}`, or a profile the engine refuses.
    Unreadable,
    /// From another version of the widget.
    UnknownVersion,
}

/// The value saved in localStorage: `{"v":1,"profile":…}` with the contract profile JSON, and the
/// compared variant's (`"variant":…`) when a comparison is open. An older widget reading it
/// ignores the variant.
pub fn saved_json(p: &Profile, variant: Option<&Profile>) -> String {
    match variant {
        Some(v) => format!(
            "{{\"v\":{SAVE_VERSION},\"profile\":{},\"variant\":{}}}",
            p.to_json(),
            v.to_json()
        ),
        None => format!("{{\"v\":{SAVE_VERSION},\"profile\":{}}}", p.to_json()),
    }
}

/// Reads a value written by [`saved_json`]: the answers, and the variant if one was open. A
/// variant the engine refuses is dropped; the answers are kept.
pub fn parse_saved(text: &str) -> Result<(Profile, Option<Profile>), SavedError> {
    let v = json::parse(text).map_err(|_| SavedError::Unreadable)?;
    match v.get("v").and_then(Value::as_u64) {
        Some(SAVE_VERSION) => {}
        Some(_) => return Err(SavedError::UnknownVersion),
        None => return Err(SavedError::Unreadable),
    }
    let profile = v.get("profile").ok_or(SavedError::Unreadable)?;
    let profile = Profile::from_value(profile).map_err(|_| SavedError::Unreadable)?;
    let variant = v.get("variant").and_then(|v| Profile::from_value(v).ok());
    Ok((profile, variant))
}
