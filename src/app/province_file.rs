//! The province file a host asks for (`province="<id>"`, `?province=<id>` or a portal's own
//! `rules-url`): which ids may name a file, fetching it, and reading it (validated by the engine
//! before use; nothing in it is ever rendered as HTML).

use super::ProvinceSource;
use crate::browser;
use crate::components::province::ProvinceState;
use cbcc_engine::Province;
use std::rc::Rc;
use yew::prelude::*;

/// A province file larger than this is refused unread (the example is 3 KB).
pub const MAX_PROVINCE_BYTES: usize = 256 * 1024;

/// A province id that can safely name a file: `[a-z0-9_-]`, 1 to 64 characters.
pub fn valid_province_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// The province file shipped with the widget (`provinces/<id>.json` next to it); `base` is the
/// widget's own address (ends with `/`), or empty for a path relative to the page.
pub fn province_source(base: &str, id: &str) -> ProvinceSource {
    ProvinceSource {
        url: format!("{base}provinces/{id}.json"),
        id: Some(id.to_string()),
        read: read_province,
    }
}

/// Why a province file was not used, in Vietnamese and English.
pub type Why = (String, String);

/// The province id is not one that names a file.
pub fn bad_province_id(id: &str) -> Why {
    (
        format!("mã tỉnh “{id}” không hợp lệ (chỉ gồm chữ thường không dấu, chữ số, _ và -)"),
        format!("the province id “{id}” is not valid (lowercase letters, digits, _ and - only)"),
    )
}

/// The file could not be fetched (`status`: e.g. "HTTP 404", or empty for a network error).
pub fn not_loaded(url: &str, status: &str) -> Why {
    let status = if status.is_empty() {
        String::new()
    } else {
        format!(" ({status})")
    };
    (
        format!("không tải được tệp {url}{status}"),
        format!("could not load {url}{status}"),
    )
}

/// Reads a fetched province file: the engine's strict check (unknown keys, levels, posts, and any
/// rule lowering a national standard, named), the size, and the id asked for.
pub fn read_province(text: &str, id: Option<&str>) -> Result<Province, Why> {
    if text.len() > MAX_PROVINCE_BYTES {
        return Err((
            format!("tệp quá lớn (hơn {} KB)", MAX_PROVINCE_BYTES / 1024),
            format!(
                "the file is too large (over {} KB)",
                MAX_PROVINCE_BYTES / 1024
            ),
        ));
    }
    let p = Province::from_json(text).map_err(|e| (format!("{}: {}", e.value, e.vi), e.en))?;
    match id {
        Some(id) if p.id != id => Err((
            format!("tệp ghi mã tỉnh “{}”, không phải “{id}”", p.id),
            format!("the file is for province “{}”, not “{id}”", p.id),
        )),
        _ => Ok(p),
    }
}

/// The state of the host's province file: loading from the first render (so that no national
/// result shows first), then ready or failed.
#[hook]
pub fn use_province(source: &Option<ProvinceSource>) -> UseStateHandle<ProvinceState> {
    let province = use_state(|| match source {
        Some(_) => ProvinceState::Loading,
        None => ProvinceState::None,
    });
    {
        let (source, province) = (source.clone(), province.clone());
        use_effect_with((), move |_| load(&source, province));
    }
    province
}

/// Fetches and checks the province file, if the host asked for one.
fn load(source: &Option<ProvinceSource>, set: UseStateHandle<ProvinceState>) {
    let Some(source) = source else {
        return;
    };
    let failed = |why: Why| ProvinceState::Failed(Rc::new(why));
    if let Some(id) = source.id.as_deref().filter(|id| !valid_province_id(id)) {
        return set.set(failed(bad_province_id(id)));
    }
    let (url, source) = (source.url.clone(), source.clone());
    browser::fetch_text(
        &url,
        Callback::from(move |text: Result<String, String>| {
            set.set(
                match text.map_err(|status| not_loaded(&source.url, &status)) {
                    Ok(text) => match (source.read)(&text, source.id.as_deref()) {
                        Ok(p) => ProvinceState::Ready(Rc::new(p)),
                        Err(why) => failed(why),
                    },
                    Err(why) => failed(why),
                },
            )
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../engine/provinces/example.json");

    #[test]
    fn province_ids_name_files_and_nothing_else() {
        assert!(valid_province_id("vi_du"));
        assert!(valid_province_id("ha-giang-2025"));
        for bad in [
            "",
            "../x",
            "Vi_du",
            "a/b",
            "a.json",
            "tỉnh",
            &"a".repeat(65),
        ] {
            assert!(!valid_province_id(bad), "{bad}");
        }
        assert_eq!(province_source("", "vi_du").url, "provinces/vi_du.json");
        assert_eq!(
            province_source("https://w.example/tdcb/", "vi_du").url,
            "https://w.example/tdcb/provinces/vi_du.json"
        );
    }

    #[test]
    fn a_province_file_is_checked_before_use() {
        let p = read_province(EXAMPLE, Some("vi_du")).unwrap();
        assert!(p.example);
        assert!(read_province(EXAMPLE, None).is_ok());
        let (vi, en) = read_province(EXAMPLE, Some("ha_giang")).unwrap_err();
        assert!(
            vi.contains("vi_du") && en.contains("ha_giang"),
            "{vi} / {en}"
        );
        let (vi, _) = read_province("{not json", None).unwrap_err();
        assert!(vi.contains("không hợp lệ"), "{vi}");
        let typo = EXAMPLE.replacen("\"level\"", "\"levle\"", 1);
        let (vi, _) = read_province(&typo, None).unwrap_err();
        assert!(vi.contains("levle"), "{vi}");
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        v["rules"].as_array_mut().unwrap().push(serde_json::json!({
            "posts": ["chu_tich_ubnd"], "area": "political_theory", "kind": "advised",
            "level": "trung_cap", "basis": { "document": "QĐ tỉnh" }, "confidence": "S"
        }));
        let (vi, en) = read_province(&v.to_string(), None).unwrap_err();
        assert!(
            vi.starts_with("quy tắc #4") && vi.contains("hạ thấp"),
            "{vi}"
        );
        assert!(en.contains("would lower"), "{en}");
        let big = " ".repeat(MAX_PROVINCE_BYTES + 1);
        assert!(read_province(&big, None).unwrap_err().0.contains("quá lớn"));
    }
}
