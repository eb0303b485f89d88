//! One row of cells into a contract profile, through the headings: a cell that cannot be read is
//! an error for its row (naming the column and the value), and is counted by value for the
//! review. Readings are cached per column (a column holds few different values), and one
//! profile is reused from row to row, so a national roster reads quickly.

use super::cells;
use super::field::{Field, Kind};
use super::hashing::FastMap;
use super::headings::Headings;
use super::lexicon::lexicon;
use super::read::Record;
use crate::assess::regime_in_force;
use crate::date::Date;
use crate::profile::{InputError, ItCertificate, Profile, Sex};
use crate::rules::regime;
use crate::schema::{Regime, Unit};

/// A cell's reading, cached by its text.
#[derive(Clone, Copy)]
enum Reading {
    Level(&'static str),
    Posts(&'static [String]),
    Bool(bool),
    Date(Date),
    Unread,
}

/// What a column gave over the whole file: cells read, and the values not read with their rows.
#[derive(Clone, Debug, Default)]
pub struct ColumnTally {
    pub read: usize,
    /// value → (rows, first row), in the order first seen.
    pub unread: Vec<(String, usize, usize)>,
    unread_index: FastMap<String, usize>,
}

impl ColumnTally {
    pub fn unread(&mut self, value: &str, row: usize) {
        match self.unread_index.get(value) {
            Some(&i) => self.unread[i].1 += 1,
            None => {
                self.unread_index
                    .insert(value.to_string(), self.unread.len());
                self.unread.push((value.to_string(), 1, row));
            }
        }
    }
}

pub struct RowReader {
    pub headings: Headings,
    /// The columns that hold a field, in order: (index, field).
    columns: Vec<(usize, Field)>,
    cache: Vec<FastMap<String, Reading>>,
    pub tallies: Vec<ColumnTally>,
    pub profile: Profile,
    pub name: String,
    pub commune: String,
    today_regime: Option<&'static Regime>,
    spare: String,
}

fn set(s: &mut String, v: &str) {
    s.clear();
    s.push_str(v);
}

impl RowReader {
    pub fn new(headings: Headings, today: Date) -> RowReader {
        let columns: Vec<(usize, Field)> = headings
            .fields
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.map(|f| (i, f)))
            .collect();
        let n = headings.fields.len();
        RowReader {
            headings,
            columns,
            cache: vec![FastMap::default(); n],
            tallies: vec![ColumnTally::default(); n],
            profile: Profile::default(),
            name: String::new(),
            commune: String::new(),
            today_regime: regime_in_force(today).ok(),
            spare: String::new(),
        }
    }

    /// Whether every column that holds a field is empty (a numbered but empty row of a form).
    pub fn is_empty_row(&self, record: &Record) -> bool {
        self.columns
            .iter()
            .all(|(i, _)| record.get(*i).is_none_or(|c| c.trim().is_empty()))
    }

    fn reset(&mut self) {
        let p = &mut self.profile;
        if let Some(r) = p.regime.take() {
            // Kept for its allocation.
            self.spare = r;
        }
        p.as_of = None;
        p.post.clear();
        p.unit = Unit::Xa;
        p.difficult_area = false;
        p.extremely_difficult_area = false;
        p.ethnic_minority = false;
        p.sex = None;
        p.birth_date = None;
        p.age = None;
        set(&mut p.general_education, "none");
        set(&mut p.professional.level, "none");
        p.professional.field_fits_post = true;
        set(&mut p.political_theory, "none");
        p.it.clear();
        set(&mut p.state_management, "none");
        set(&mut p.defence_security, "none");
        p.ethnic_language = false;
        p.in_post_since = None;
        p.leadership_since = None;
        self.name.clear();
        self.commune.clear();
    }

    /// The error for a cell of column `i` that cannot be read (and counts it for the review).
    fn unread(&mut self, i: usize, field: Field, cell: &str, row: usize) -> InputError {
        self.tallies[i].unread(cell, row);
        let (vi, en) = cells::expected(field);
        InputError::new(&self.headings.label(i), cell, vi, en)
    }

    fn reading(&mut self, i: usize, field: Field, cell: &str) -> Reading {
        if let Some(r) = self.cache[i].get(cell) {
            return *r;
        }
        let r = match field.kind() {
            Kind::Post => lexicon().post(cell).map(Reading::Posts),
            Kind::Boolean => cells::boolean(field, cell).map(Reading::Bool),
            Kind::Date => cells::date(cell).map(Reading::Date),
            _ if field == Field::GeneralEducation => {
                cells::general_education(cell).map(Reading::Level)
            }
            _ => cells::level(field, cell).map(Reading::Level),
        }
        .unwrap_or(Reading::Unread);
        self.cache[i].insert(cell.to_string(), r);
        r
    }

    /// Reads row `row` into [`RowReader::profile`], `name` and `commune`. The first cell that
    /// cannot be read is the error; every one is counted.
    pub fn read(&mut self, record: &Record, row: usize) -> Result<(), InputError> {
        self.reset();
        let mut first_error = None;
        let mut posts: Option<(usize, &'static [String])> = None;
        let (mut it_kinds, mut it_dates) = (None, None);
        for c in 0..self.columns.len() {
            let (i, field) = self.columns[c];
            let cell = record.get(i).unwrap_or("").trim();
            if cell.is_empty() || cell == "-" {
                continue;
            }
            let ok = match field.kind() {
                Kind::Text => {
                    match field {
                        Field::Name => {
                            if !self.name.is_empty() {
                                self.name.push(' ');
                            }
                            self.name.push_str(cell);
                        }
                        Field::Commune if self.commune.is_empty() => set(&mut self.commune, cell),
                        Field::Regime => {
                            let mut r = std::mem::take(&mut self.spare);
                            set(&mut r, cell);
                            self.profile.regime = Some(r);
                        }
                        _ => {}
                    }
                    true
                }
                // Read together below (kinds and dates in the same order), and counted there.
                Kind::Date if field == Field::ItIssued => {
                    it_dates = Some(i);
                    continue;
                }
                Kind::Level if field == Field::ItKind => {
                    it_kinds = Some(i);
                    continue;
                }
                Kind::Date => match self.reading(i, field, cell) {
                    Reading::Date(d) => {
                        let p = &mut self.profile;
                        match field {
                            Field::BirthDate => p.birth_date = p.birth_date.or(Some(d)),
                            Field::InPostSince => p.in_post_since = p.in_post_since.or(Some(d)),
                            Field::LeadershipSince => {
                                p.leadership_since = p.leadership_since.or(Some(d))
                            }
                            _ => p.as_of = p.as_of.or(Some(d)),
                        }
                        true
                    }
                    _ => false,
                },
                Kind::Number => match cells::number(cell) {
                    Some(n) => {
                        self.profile.age = self.profile.age.or(Some(n));
                        true
                    }
                    None => false,
                },
                _ => match self.reading(i, field, cell) {
                    Reading::Unread => false,
                    Reading::Posts(ids) => {
                        posts = posts.or(Some((i, ids)));
                        true
                    }
                    Reading::Bool(b) => {
                        let p = &mut self.profile;
                        match field {
                            Field::DifficultArea => p.difficult_area |= b,
                            Field::ExtremelyDifficultArea => p.extremely_difficult_area |= b,
                            Field::EthnicMinority => p.ethnic_minority |= b,
                            Field::FieldFitsPost => p.professional.field_fits_post = b,
                            _ => p.ethnic_language |= b,
                        }
                        true
                    }
                    Reading::Level(v) => {
                        self.set_level(field, v);
                        true
                    }
                    Reading::Date(_) => false,
                },
            };
            if ok {
                self.tallies[i].read += 1;
            } else {
                let e = self.unread(i, field, cell, row);
                first_error = first_error.or(Some(e));
            }
        }
        if let Some(i) = it_kinds {
            if let Err(e) = self.read_it(record, i, it_dates, row) {
                first_error = first_error.or(Some(e));
            }
        }
        if let Some(e) = first_error {
            return Err(e);
        }
        if !self.headings.has(Field::Unit) {
            if let Some(u) = cells::unit_of_commune(&self.commune) {
                self.profile.unit = u;
            }
        }
        if let Some((_, ids)) = posts {
            let reg = match &self.profile.regime {
                Some(id) => regime(id),
                None => match self.profile.as_of {
                    Some(d) => regime_in_force(d).ok(),
                    None => self.today_regime,
                },
            };
            let id = ids
                .iter()
                .find(|id| reg.is_some_and(|r| r.post(id).is_some()))
                .unwrap_or(&ids[0]);
            set(&mut self.profile.post, id);
        }
        Ok(())
    }

    fn set_level(&mut self, field: Field, v: &'static str) {
        let p = &mut self.profile;
        let slot = match field {
            Field::GeneralEducation => &mut p.general_education,
            Field::ProfessionalLevel => &mut p.professional.level,
            Field::PoliticalTheory => &mut p.political_theory,
            Field::StateManagement => &mut p.state_management,
            Field::DefenceSecurity => &mut p.defence_security,
            Field::Sex => {
                p.sex = p.sex.or(Some(if v == "nu" { Sex::Nu } else { Sex::Nam }));
                return;
            }
            Field::Unit => {
                p.unit = Unit::from_id(v).unwrap_or(Unit::Xa);
                return;
            }
            _ => return,
        };
        if slot == "none" {
            set(slot, v);
        }
    }

    /// IT certificates: kinds and dates separated by ';' in the same order.
    fn read_it(
        &mut self,
        record: &Record,
        i: usize,
        dates: Option<usize>,
        row: usize,
    ) -> Result<(), InputError> {
        let kinds = record.get(i).unwrap_or("").trim();
        let issued = dates.and_then(|d| record.get(d)).unwrap_or("").trim();
        let mut issued_parts = issued.split(';').map(str::trim);
        let mut error = None;
        for kind in kinds.split(';').map(str::trim).filter(|k| !k.is_empty()) {
            let date_text = issued_parts.next().unwrap_or("");
            let kind_id = match self.reading(i, Field::ItKind, kind) {
                Reading::Level(v) => v,
                _ => {
                    let e = self.unread(i, Field::ItKind, kind, row);
                    error = error.or(Some(e));
                    continue;
                }
            };
            let issued = match (date_text, cells::date(date_text)) {
                ("" | "-", _) => None,
                (_, Some(d)) => Some(d),
                (_, None) => {
                    let d = dates.unwrap_or(i);
                    let e = self.unread(d, Field::ItIssued, date_text, row);
                    error = error.or(Some(e));
                    continue;
                }
            };
            if kind_id != "none" {
                self.profile.it.push(ItCertificate {
                    kind: kind_id.to_string(),
                    issued,
                });
            }
        }
        match error {
            Some(e) => Err(e),
            None => {
                self.tallies[i].read += 1;
                if let Some(d) = dates.filter(|_| !issued.is_empty()) {
                    self.tallies[d].read += 1;
                }
                Ok(())
            }
        }
    }

    /// An error of the assessment (a post the regime does not have, an age out of range…)
    /// named by the column that holds the field, and counted for the review.
    pub fn column_error(&mut self, e: InputError, record: &Record, row: usize) -> InputError {
        let Some(field) = Field::from_id(&e.field) else {
            return e;
        };
        let Some(i) = self.headings.fields.iter().position(|f| *f == Some(field)) else {
            return e;
        };
        let cell = record.get(i).unwrap_or("").trim().to_string();
        if !cell.is_empty() {
            self.tallies[i].read = self.tallies[i].read.saturating_sub(1);
        }
        self.tallies[i].unread(&cell, row);
        let value = if cell.is_empty() { e.value } else { cell };
        InputError {
            field: self.headings.label(i),
            value,
            ..e
        }
    }
}
