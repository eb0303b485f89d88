//! Text as offices type it, brought to one form for matching: [`fold`]; and [`Forms`], written
//! forms looked up whole or as the start of a cell, longest first.

use std::collections::HashMap;

/// The base letter of a Vietnamese letter (lower case), or the letter itself.
fn base(c: char) -> char {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đð", 'd'),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map_or(c, |(_, b)| *b)
}

/// Lower case, no diacritics, no text in parentheses, punctuation and spaces as single spaces.
/// "Trình độ LLCT (ghi rõ)" → "trinh do llct". Abbreviations are not applied here (see
/// [`Forms::fold`]).
pub fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // Combining marks of decomposed text (a file saved on a Mac).
            '\u{300}'..='\u{36f}' => {}
            c if c.is_alphanumeric() => {
                out.push(base(c));
                space = false;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Written forms of one kind (headings, posts, values of a field) → what they mean.
pub struct Forms<T> {
    map: HashMap<String, (bool, T)>,
    abbreviations: &'static [(String, String)],
}

impl<T: Clone> Forms<T> {
    pub fn new(abbreviations: &'static [(String, String)]) -> Forms<T> {
        Forms {
            map: HashMap::new(),
            abbreviations,
        }
    }

    /// [`plain`], then the abbreviations written one way, word by word.
    pub fn fold(&self, s: &str) -> String {
        fold_with(self.abbreviations, s)
    }

    /// Adds a form ("=form" matches only a whole cell). A later form replaces an earlier one.
    pub fn add(&mut self, form: &str, meaning: T) {
        let (exact, form) = match form.strip_prefix('=') {
            Some(f) => (true, f),
            None => (false, form),
        };
        let key = self.fold(form);
        if !key.is_empty() {
            self.map.insert(key, (exact, meaning));
        }
    }

    /// Adds a form only if it is not there yet (names from the rule data, under the tables).
    pub fn add_default(&mut self, form: &str, meaning: T) {
        let key = self.fold(form.trim_start_matches('='));
        if !key.is_empty() && !self.map.contains_key(&key) {
            self.map.insert(key, (false, meaning));
        }
    }

    /// The meaning of folded text: the whole of it, else its longest start that is a form.
    pub fn find(&self, folded: &str) -> Option<&T> {
        if let Some((_, m)) = self.map.get(folded) {
            return Some(m);
        }
        let mut end = folded.len();
        while let Some(i) = folded[..end].rfind(' ') {
            if let Some((false, m)) = self.map.get(&folded[..i]) {
                return Some(m);
            }
            end = i;
        }
        None
    }

    /// [`Forms::find`] after dropping any of `leading` words from the start, as often as they come.
    pub fn find_after(&self, folded: &str, leading: &[String]) -> Option<&T> {
        let mut s = folded;
        loop {
            if let Some(m) = self.find(s) {
                return Some(m);
            }
            let next = leading.iter().find_map(|w| {
                s.strip_prefix(w.as_str())
                    .filter(|r| r.is_empty() || r.starts_with(' '))
            })?;
            s = next.trim_start();
            if s.is_empty() {
                return None;
            }
        }
    }
}

/// [`plain`] with `abbreviations` applied on word boundaries, in the order given.
pub fn fold_with(abbreviations: &[(String, String)], s: &str) -> String {
    let p = plain(s);
    if abbreviations.is_empty() || p.is_empty() {
        return p;
    }
    let mut padded = format!(" {p} ");
    for (from, to) in abbreviations {
        let pat = format!(" {from} ");
        if padded.contains(&pat) {
            let with = format!(" {to} ");
            while let Some(i) = padded.find(&pat) {
                padded.replace_range(i..i + pat.len(), &with);
            }
        }
    }
    padded.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_marks_punctuation_and_notes() {
        assert_eq!(plain("Trình độ LLCT (ghi rõ)"), "trinh do llct");
        assert_eq!(plain("  ĐẠI HỌC   Luật, Kinh tế "), "dai hoc luat kinh te");
        assert_eq!(plain("Xã, phường/đặc khu"), "xa phuong dac khu");
        // Decomposed (NFD) text, as a Mac may save it.
        assert_eq!(plain("Nu\u{303}"), "nu");
        assert_eq!(plain("professional_level"), "professional level");
        let abbr: &'static [(String, String)] = Box::leak(Box::new([
            ("uy ban nhan dan".to_string(), "ubnd".to_string()),
            ("pct".to_string(), "pho chu tich".to_string()),
        ]));
        assert_eq!(
            fold_with(abbr, "PCT Ủy ban nhân dân xã"),
            "pho chu tich ubnd xa"
        );
    }

    #[test]
    fn forms_match_whole_or_as_a_start_longest_first() {
        let mut f: Forms<&str> = Forms::new(&[]);
        f.add("Đại học", "dai_hoc");
        f.add("=Tên", "name");
        f.add("Tên đơn vị", "commune");
        assert_eq!(f.find(&f.fold("Đại học Luật")), Some(&"dai_hoc"));
        assert_eq!(f.find(&f.fold("Đại họcx")), None);
        assert_eq!(f.find(&f.fold("Tên")), Some(&"name"));
        assert_eq!(f.find(&f.fold("Tên đơn vị công tác")), Some(&"commune"));
        assert_eq!(f.find(&f.fold("Tên gọi khác")), None);
        let lead = ["bang".to_string(), "tot nghiep".to_string()];
        assert_eq!(
            f.find_after(&f.fold("Bằng tốt nghiệp đại học"), &lead),
            Some(&"dai_hoc")
        );
    }
}
