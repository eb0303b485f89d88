//! Vietnamese and English names of the areas and levels, for reasons, the UI and exports. The
//! names are data: rules/scales.toml for areas and levels, catalogue.toml for the credentials
//! that count through an equivalence.

use crate::rules::rule_set;
use crate::schema::Area;

/// (Vietnamese, English) name of an area.
pub fn area(a: Area) -> (&'static str, &'static str) {
    a.names()
}

/// (Vietnamese, English) name of a level or of an input value of `area`.
pub fn level(area: Area, id: &str) -> (&'static str, &'static str) {
    area.level_name(id)
        .or_else(|| {
            rule_set()
                .catalogue
                .equivalences
                .iter()
                .find(|e| e.area == area && e.holds == id)
                .map(|e| (e.name_vi.as_ref(), e.name_en.as_ref()))
        })
        .unwrap_or(("?", "?"))
}

/// Lower case of one letter of Vietnamese or English text (ASCII, Latin-1, the Latin
/// Extended-A letters ă đ ĩ ũ, ơ ư, and the Latin Extended Additional block of ạ ả ấ … ỹ);
/// any other character is left as it is. The same as `char::to_lowercase` on these letters
/// (a test checks every character of the rule data and of the UI's strings), without the
/// Unicode case tables (24 KB of the wasm).
pub fn lower(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A => n + 32,
        0xC0..=0xDE if n != 0xD7 => n + 32,
        0x100..=0x12F | 0x14A..=0x177 | 0x1EA0..=0x1EF9 if n.is_multiple_of(2) => n + 1,
        0x1A0 | 0x1AF => n + 1,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Upper case of one letter: the inverse of [`lower`] on the same letters.
pub fn upper(c: char) -> char {
    let n = c as u32;
    let upper = match n {
        0x61..=0x7A => n - 32,
        0xE0..=0xFE if n != 0xF7 => n - 32,
        0x100..=0x12F | 0x14A..=0x177 | 0x1EA0..=0x1EF9 if !n.is_multiple_of(2) => n - 1,
        0x1A1 | 0x1B0 => n - 1,
        _ => n,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// An upper-case letter (one that [`lower`] changes).
pub fn is_upper(c: char) -> bool {
    lower(c) != c
}

/// The text in lower case (see [`lower`]).
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// Upper-case the first letter (Vietnamese-safe), for labels that start a sentence.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(upper(f)).chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_one(mut s: impl Iterator<Item = char>) -> Option<char> {
        let c = s.next()?;
        s.next().is_none().then_some(c)
    }

    /// On the letters it maps, [`lower`] and [`upper`] are the standard library's case
    /// mappings (and on the Vietnamese alphabet in both cases).
    #[test]
    fn letters_are_cased_as_the_standard_library_does() {
        let mapped = (0x20..0x7F)
            .chain(0xC0..=0xFE)
            .chain(0x100..=0x12F)
            .chain(0x14A..=0x177)
            .chain([0x1A0, 0x1A1, 0x1AF, 0x1B0])
            .chain(0x1EA0..=0x1EF9)
            .filter_map(char::from_u32);
        let alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        let both = alphabet.chars().flat_map(|c| [c, upper(c)]);
        for c in mapped.chain(both) {
            if c == 'ß' {
                continue; // "SS" in upper case: never the first letter of our names
            }
            assert_eq!(
                Some(lower(c)),
                std_one(c.to_lowercase()),
                "lower U+{:04X}",
                c as u32
            );
            assert_eq!(
                Some(upper(c)),
                std_one(c.to_uppercase()),
                "upper U+{:04X}",
                c as u32
            );
        }
        assert_eq!(capitalise("đại học"), "Đại học");
        assert_eq!(lowercase("Lý luận chính trị"), "lý luận chính trị");
    }
}
