//! The summary for the reviewers, counted from verdicts (no sentences are written): how many
//! meet each standard, the trainings to open with their earliest deadlines, the breakdowns by
//! post and by commune, the province's targets against the current share, the rows in error,
//! and how each column was understood.

use super::hashing::FastMap;
use crate::assess::Verdicts;
use crate::date::Date;
use crate::province::{target_covers, Province, StaffTarget};
use crate::rules::rule_set;
use crate::schema::AREAS;
use crate::verdict::Status;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct StatusCounts {
    pub met: usize,
    pub missing: usize,
    pub not_required: usize,
    pub advised: usize,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Group {
    pub total: usize,
    pub meets_all: usize,
    pub trainings: BTreeMap<String, usize>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct RowError {
    pub row: usize,
    pub message: String,
}

/// How a column was understood, and what it gave.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Column {
    /// The spreadsheet's letter (A, B…).
    pub column: String,
    pub heading: String,
    /// The contract field, or `ignored`.
    pub field: String,
    /// Set by the reviewer rather than matched.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub corrected: bool,
    /// Cells read.
    pub read: usize,
    /// Values that could not be read, with the number of rows holding each (most rows first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<Unread>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Unread {
    pub value: String,
    pub rows: usize,
    pub first_row: usize,
}

/// A province's target against the roster.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TargetResult {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub area: String,
    pub level: String,
    pub percent: u32,
    pub by: Date,
    pub basis: String,
    /// Officials holding the target's posts, and how many of them hold the level already.
    pub officials: usize,
    pub reached: usize,
    /// How many more must reach the level for the target's share.
    pub to_train: usize,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    pub total: usize,
    pub meets_all: usize,
    pub areas: BTreeMap<String, StatusCounts>,
    pub trainings: BTreeMap<String, usize>,
    /// Earliest deadline among the officials who need each training.
    pub training_deadlines: BTreeMap<String, Date>,
    pub by_post: BTreeMap<String, Group>,
    pub by_commune: BTreeMap<String, Group>,
    pub errors: Vec<RowError>,
    /// How each heading was understood: heading → contract field, or `ignored`.
    pub columns: Vec<Column>,
    /// The row of the headings (1 unless a title sits above them).
    pub header_row: usize,
    /// The sheet read, of a workbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Every sheet of a workbook, to choose another.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sheets: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<TargetResult>,
}

/// The trainings an official needs: bit `i` is the catalogue's training `i`.
pub type Trainings = u32;

#[derive(Clone, Default)]
struct GroupTally {
    total: usize,
    meets_all: usize,
    trainings: [usize; 32],
}

impl GroupTally {
    fn add(&mut self, meets_all: bool, needs: Trainings) {
        self.total += 1;
        self.meets_all += usize::from(meets_all);
        for (i, n) in self.trainings.iter_mut().enumerate() {
            *n += ((needs >> i) & 1) as usize;
        }
    }

    fn group(&self) -> Group {
        Group {
            total: self.total,
            meets_all: self.meets_all,
            trainings: training_map(&self.trainings),
        }
    }
}

fn training_map(counts: &[usize; 32]) -> BTreeMap<String, usize> {
    rule_set()
        .catalogue
        .trainings
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(t, n)| (t.id.to_string(), *n))
        .collect()
}

/// The counts, kept as arrays while the rows come.
pub struct Tally {
    total: usize,
    areas: [[usize; 4]; 8],
    all: GroupTally,
    deadlines: [Option<Date>; 32],
    posts: Vec<(&'static str, GroupTally)>,
    communes: FastMap<String, usize>,
    commune_groups: Vec<GroupTally>,
    targets: Vec<(StaffTarget, usize, usize)>,
    pub errors: Vec<RowError>,
    /// Training ids seen, by the address of their text (the rule data's, which does not move).
    seen: Vec<(usize, usize)>,
}

fn status_index(s: Status) -> usize {
    match s {
        Status::Met => 0,
        Status::Missing => 1,
        Status::NotRequired => 2,
        Status::Advised => 3,
    }
}

/// The catalogue's index of a training.
pub fn training_index(id: &str) -> Option<usize> {
    rule_set()
        .catalogue
        .trainings
        .iter()
        .position(|t| t.id == id)
}

/// The trainings that close the missing areas of `v`.
pub fn needs(v: &Verdicts) -> Trainings {
    v.areas
        .iter()
        .filter(|a| a.status == Status::Missing)
        .filter_map(|a| a.training.and_then(training_index))
        .fold(0, |bits, i| bits | (1 << i))
}

impl Tally {
    pub fn new(province: Option<&Province>) -> Tally {
        Tally {
            total: 0,
            areas: [[0; 4]; 8],
            all: GroupTally::default(),
            deadlines: [None; 32],
            posts: Vec::new(),
            communes: FastMap::default(),
            commune_groups: Vec::new(),
            targets: province
                .map(|p| p.targets.iter().map(|t| (t.clone(), 0, 0)).collect())
                .unwrap_or_default(),
            errors: Vec::new(),
            seen: Vec::new(),
        }
    }

    fn index_of(&mut self, id: &str) -> Option<usize> {
        let at = id.as_ptr() as usize;
        if let Some((_, i)) = self.seen.iter().find(|(p, _)| *p == at) {
            return Some(*i);
        }
        let i = training_index(id)?;
        self.seen.push((at, i));
        Some(i)
    }

    /// Counts one assessed official; returns the trainings they need.
    pub fn add(&mut self, v: &Verdicts, commune: &str) -> Trainings {
        self.total += 1;
        let meets_all = v.meets_all();
        let mut needs: Trainings = 0;
        for (a, verdict) in v.areas.iter().enumerate() {
            self.areas[a][status_index(verdict.status)] += 1;
            if verdict.status == Status::Missing {
                let Some(i) = verdict.training.and_then(|t| self.index_of(t)) else {
                    continue;
                };
                needs |= 1 << i;
                if let Some(d) = verdict.deadline {
                    self.deadlines[i] = Some(self.deadlines[i].map_or(d, |e| e.min(d)));
                }
            }
        }
        self.all.add(meets_all, needs);
        let post: &'static str = &v.post.id;
        let same = |id: &&str| std::ptr::eq(*id, post) || *id == post;
        match self.posts.iter_mut().find(|(id, _)| same(id)) {
            Some((_, g)) => g.add(meets_all, needs),
            None => {
                let mut g = GroupTally::default();
                g.add(meets_all, needs);
                self.posts.push((post, g));
            }
        }
        if !commune.is_empty() {
            let i = match self.communes.get(commune) {
                Some(&i) => i,
                None => {
                    self.communes
                        .insert(commune.to_string(), self.commune_groups.len());
                    self.commune_groups.push(GroupTally::default());
                    self.commune_groups.len() - 1
                }
            };
            self.commune_groups[i].add(meets_all, needs);
        }
        for (t, officials, reached) in &mut self.targets {
            if target_covers(t, v.post) {
                *officials += 1;
                let area = AREAS.iter().position(|a| *a == t.area).unwrap_or(0);
                let held = t.area.rank(v.areas[area].held);
                if held.is_some() && held >= t.area.rank(&t.level) {
                    *reached += 1;
                }
            }
        }
        needs
    }

    /// The summary (the columns and sheets are the reader's to fill in).
    pub fn summary(self) -> Summary {
        let mut areas = BTreeMap::new();
        for (a, c) in AREAS.iter().zip(self.areas) {
            let counts = StatusCounts {
                met: c[0],
                missing: c[1],
                not_required: c[2],
                advised: c[3],
            };
            areas.insert(a.id().to_string(), counts);
        }
        let trainings = rule_set().catalogue.trainings.iter();
        let training_deadlines = trainings
            .zip(self.deadlines)
            .filter_map(|(t, d)| d.map(|d| (t.id.to_string(), d)))
            .collect();
        let mut communes: Vec<(String, usize)> = self.communes.into_iter().collect();
        communes.sort();
        Summary {
            total: self.total,
            meets_all: self.all.meets_all,
            areas,
            trainings: training_map(&self.all.trainings),
            training_deadlines,
            by_post: self
                .posts
                .iter()
                .map(|(id, g)| (id.to_string(), g.group()))
                .collect(),
            by_commune: communes
                .into_iter()
                .map(|(name, i)| (name, self.commune_groups[i].group()))
                .collect(),
            errors: self.errors,
            targets: self
                .targets
                .into_iter()
                .map(|(t, officials, reached)| {
                    let wanted = (officials * t.percent as usize).div_ceil(100);
                    TargetResult {
                        area: t.area.id().to_string(),
                        basis: t.basis.cite(),
                        to_train: wanted.saturating_sub(reached),
                        id: t.id,
                        name_vi: t.name_vi,
                        name_en: t.name_en,
                        level: t.level,
                        percent: t.percent,
                        by: t.by,
                        officials,
                        reached,
                    }
                })
                .collect(),
            ..Summary::default()
        }
    }
}
