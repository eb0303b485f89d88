//! The share link of the contract: `#p=` + base64url (no padding) of the profile JSON; with a
//! comparison open, `#p=…&v=…`: the variant compared with it, another profile in the same form
//! (an old link, `#p=…` alone, opens as before).

use crate::profile::{InputError, Profile};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url with or without padding (also accepts `+` and `/`); None if malformed.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (bits < 6).then_some(out)
}

/// The fragment for a profile, e.g. `p=eyJwb3N0Ijo…` (without the `#`).
pub fn encode(profile: &Profile) -> String {
    format!("p={}", base64url_encode(profile.to_json().as_bytes()))
}

/// The fragment for a profile and the variant compared with it: `p=…&v=…`.
pub fn encode_pair(profile: &Profile, variant: Option<&Profile>) -> String {
    match variant {
        Some(v) => format!(
            "{}&v={}",
            encode(profile),
            base64url_encode(v.to_json().as_bytes())
        ),
        None => encode(profile),
    }
}

/// One profile of a link (`key`: `#p` or `#v`, named in an error).
fn profile(key: &str, data: &str) -> Result<Profile, InputError> {
    let bytes = base64url_decode(data).ok_or_else(|| {
        InputError::new(
            key,
            data,
            "liên kết chia sẻ bị hỏng (không phải base64url)",
            "the share link is damaged (not base64url)",
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        InputError::new(
            key,
            data,
            "liên kết chia sẻ bị hỏng (không phải UTF-8)",
            "the share link is damaged (not UTF-8)",
        )
    })?;
    Profile::from_json(&text)
}

/// Reads a fragment (`#p=…` or `p=…`; a variant after it is left out); an error in Vietnamese
/// and English if it is damaged.
pub fn decode(fragment: &str) -> Result<Profile, InputError> {
    decode_pair(fragment).map(|(p, _)| p)
}

/// Reads a fragment with the variant compared, if it has one (`#p=…&v=…`).
pub fn decode_pair(fragment: &str) -> Result<(Profile, Option<Profile>), InputError> {
    let mut parts = fragment
        .trim_start_matches('#')
        .strip_prefix("p=")
        .unwrap_or("")
        .split('&');
    let data = parts.next().unwrap_or("");
    let variant = parts.find_map(|part| part.strip_prefix("v="));
    Ok((
        profile("#p", data)?,
        variant.map(|v| profile("#v", v)).transpose()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("-_8").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64url_decode("a$b"), None);
    }

    #[test]
    fn a_profile_survives_the_round_trip_with_vietnamese_text() {
        let json = r#"{"post":"chu_tich_ubnd","age":45,"political_theory":"so_cap","it":[{"kind":"abc_b","issued":"2015-03-01"}]}"#;
        let p = Profile::from_json(json).unwrap();
        let frag = encode(&p);
        assert!(frag.starts_with("p=") && !frag.contains('='.to_string().repeat(2).as_str()));
        assert_eq!(decode(&format!("#{frag}")).unwrap(), p);
        assert!(decode("#p=%%%").unwrap_err().vi.contains("liên kết"));
    }

    #[test]
    fn a_link_carries_the_variant_and_old_links_still_open() {
        let p =
            Profile::from_json(r#"{"post":"chu_tich_ubnd","political_theory":"so_cap"}"#).unwrap();
        let v = Profile {
            political_theory: "trung_cap".into(),
            ..p.clone()
        };
        let frag = encode_pair(&p, Some(&v));
        assert!(frag.starts_with(&format!("{}&v=", encode(&p))), "{frag}");
        assert_eq!(
            decode_pair(&format!("#{frag}")).unwrap(),
            (p.clone(), Some(v.clone()))
        );
        // Read as a one-profile link, the variant is left out.
        assert_eq!(decode(&format!("#{frag}")).unwrap(), p);
        // An old link: one profile, no variant.
        assert_eq!(encode_pair(&p, None), encode(&p));
        assert_eq!(
            decode_pair(&format!("#{}", encode(&p))).unwrap(),
            (p.clone(), None)
        );
        // A damaged variant is named as such.
        let e = decode_pair(&format!("#{}&v=%%", encode(&p))).unwrap_err();
        assert_eq!(e.field, "#v");
        // An unknown parameter after the profile is ignored.
        assert_eq!(
            decode_pair(&format!("#{}&x=1", encode(&p))).unwrap(),
            (p, None)
        );
    }
}
