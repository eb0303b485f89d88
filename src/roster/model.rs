//! The result of a roster, compact enough for a national one (212,600 officials), and the names,
//! numbers and percentages the tables and exports print.

use crate::i18n::Lang;
use cbcc_engine::labels;
use cbcc_engine::roster::Summary;
use cbcc_engine::rules::rule_set;
use cbcc_engine::schema::{Area, Training};
use cbcc_engine::Status;
use std::rc::Rc;

/// A post as the reports name it (the land official's title depends on the unit).
#[derive(Clone, Debug, PartialEq)]
pub struct PostName {
    pub id: String,
    pub vi: String,
    pub en: String,
}

/// One assessed official.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The row in the file (the header is row 1).
    pub row: u32,
    pub name: Box<str>,
    pub commune: Box<str>,
    /// Index into [`Outcome::posts`].
    pub post: u16,
    pub meets_all: bool,
    /// The status of each area, in the order of `AREAS`.
    pub status: [Status; 8],
    /// Bit `i` set: needs the catalogue's training `i` (see [`trainings`]).
    pub trainings: u32,
}

impl Person {
    pub fn needs(&self, training: usize) -> bool {
        self.trainings & (1 << training) != 0
    }

    /// The indices of the trainings this official needs, in the catalogue's order.
    pub fn needed(&self) -> impl Iterator<Item = usize> + '_ {
        (0..trainings().len()).filter(|i| self.needs(*i))
    }
}

pub struct Outcome {
    pub file: String,
    pub summary: Summary,
    pub people: Vec<Person>,
    pub posts: Vec<PostName>,
    /// How long reading and assessing took.
    pub seconds: f64,
    /// Whether any row named its commune (the optional `commune` column).
    pub has_commune: bool,
}

impl Outcome {
    pub fn new(
        file: String,
        summary: Summary,
        people: Vec<Person>,
        posts: Vec<PostName>,
        seconds: f64,
    ) -> Outcome {
        let has_commune = people.iter().any(|p| !p.commune.is_empty());
        Outcome {
            file,
            summary,
            people,
            posts,
            seconds,
            has_commune,
        }
    }

    /// The name of the post a person holds.
    pub fn post_of(&self, lang: Lang, p: &Person) -> &str {
        match self.posts.get(p.post as usize) {
            Some(n) => lang.pick(&n.vi, &n.en),
            None => "",
        }
    }

    /// The name of a post id (for the table by post).
    pub fn post_name(&self, lang: Lang, id: &str) -> String {
        match self.posts.iter().find(|p| p.id == id) {
            Some(n) => lang.pick(&n.vi, &n.en).to_string(),
            None => id.to_string(),
        }
    }
}

/// A result shared by the components, compared by identity.
#[derive(Clone)]
pub struct OutcomeRef(pub Rc<Outcome>);

impl PartialEq for OutcomeRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The training catalogue, in the order to take the courses.
pub fn trainings() -> &'static [Training] {
    &rule_set().catalogue.trainings
}

pub fn training_index(id: &str) -> Option<usize> {
    trainings().iter().position(|t| t.id == id)
}

pub fn training_name(lang: Lang, id: &str) -> String {
    match trainings().iter().find(|t| t.id == id) {
        Some(t) => lang.pick(&t.name_vi, &t.name_en).to_string(),
        None => id.to_string(),
    }
}

pub fn area_name(lang: Lang, area: Area) -> &'static str {
    let (vi, en) = labels::area(area);
    lang.pick(vi, en)
}

/// 212.600 in Vietnamese, 212,600 in English.
pub fn number(lang: Lang, n: usize) -> String {
    let sep = lang.pick(".", ",");
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A share with at most one decimal, as the articles print it: 44%, 1,3% (1.3% in English).
pub fn percent(lang: Lang, part: usize, whole: usize) -> String {
    if whole == 0 {
        return "—".to_string();
    }
    let tenths = (part as u64 * 1000 + whole as u64 / 2) / whole as u64;
    let (int, dec) = (tenths / 10, tenths % 10);
    if dec == 0 {
        format!("{int}%")
    } else {
        format!("{int}{}{dec}%", lang.pick(",", "."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_shares_read_as_in_the_articles() {
        assert_eq!(number(Lang::Vi, 212_600), "212.600");
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::Vi, 75), "75");
        assert_eq!(percent(Lang::Vi, 33, 75), "44%");
        assert_eq!(percent(Lang::Vi, 1, 75), "1,3%");
        assert_eq!(percent(Lang::En, 2, 75), "2.7%");
        assert_eq!(percent(Lang::Vi, 0, 0), "—");
    }

    #[test]
    fn every_training_fits_the_bit_set() {
        assert!(trainings().len() <= 32);
        assert_eq!(
            training_index("llct_trung_cap").map(|i| &*trainings()[i].id),
            Some("llct_trung_cap")
        );
    }
}
