//! What the roster's Web Worker sends back to the page, and the page reads: the summary (JSON),
//! the post names, and every assessed official, packed in one buffer that is transferred (not
//! copied) and read on the page a slice at a time, so no task of the page runs long.
//!
//! Layout (little-endian): the summary's JSON without its breakdowns (u32 length, bytes); the
//! breakdowns by post and by commune (each: u32 count, then name, total u32, meets-all u32, and
//! the trainings as u8 count of (catalogue index u8, count u32)), read faster than JSON for a
//! country's ten thousand communes; the post names (u16 count, each id, vi, en as u16 length and
//! bytes); the officials (u32 count, each: row u32, post u16, meets-all u8, 8 statuses u8,
//! trainings u32, name and commune as u16 length and bytes).

use super::model::{training_index, trainings};
use super::model::{Person, PostName};
use cbcc_engine::roster::{Group, Summary};
use cbcc_engine::Status;
use std::collections::BTreeMap;

fn put_str(out: &mut Vec<u8>, s: &str) {
    let b = &s.as_bytes()[..s.len().min(u16::MAX as usize)];
    // Cut on a character boundary.
    let b = match std::str::from_utf8(b) {
        Ok(_) => b,
        Err(e) => &b[..e.valid_up_to()],
    };
    out.extend_from_slice(&(b.len() as u16).to_le_bytes());
    out.extend_from_slice(b);
}

fn status_byte(s: Status) -> u8 {
    match s {
        Status::Met => 0,
        Status::Missing => 1,
        Status::NotRequired => 2,
        Status::Advised => 3,
    }
}

fn status_of(b: u8) -> Status {
    match b {
        0 => Status::Met,
        1 => Status::Missing,
        3 => Status::Advised,
        _ => Status::NotRequired,
    }
}

/// Officials per part: a part is read on the page in a task of its own.
pub const PART: u32 = 16_000;

/// Packs the officials (appended one at a time while the roster is assessed), in parts.
#[derive(Default)]
pub struct PeopleWriter {
    pub parts: Vec<Vec<u8>>,
    in_part: u32,
}

impl PeopleWriter {
    pub fn push(&mut self, p: &Person) {
        let (name, commune) = (&*p.name, &*p.commune);
        self.write(p, name, commune);
    }

    /// An official whose name and commune are given apart (no copy of them is made).
    pub fn write(&mut self, p: &Person, name: &str, commune: &str) {
        if self.parts.is_empty() || self.in_part == PART {
            self.parts.push(Vec::with_capacity(PART as usize * 48));
            self.in_part = 0;
        }
        self.in_part += 1;
        let Some(out) = self.parts.last_mut() else {
            return;
        };
        out.extend_from_slice(&p.row.to_le_bytes());
        out.extend_from_slice(&p.post.to_le_bytes());
        out.push(u8::from(p.meets_all));
        out.extend(p.status.iter().map(|s| status_byte(*s)));
        out.extend_from_slice(&p.trainings.to_le_bytes());
        put_str(out, name);
        put_str(out, commune);
    }
}

fn put_groups(out: &mut Vec<u8>, groups: &BTreeMap<String, Group>) {
    out.extend_from_slice(&(groups.len() as u32).to_le_bytes());
    for (name, g) in groups {
        put_str(out, name);
        out.extend_from_slice(&(g.total as u32).to_le_bytes());
        out.extend_from_slice(&(g.meets_all as u32).to_le_bytes());
        let known: Vec<(usize, usize)> = g
            .trainings
            .iter()
            .filter_map(|(id, n)| training_index(id).map(|i| (i, *n)))
            .collect();
        out.push(known.len() as u8);
        for (i, n) in known {
            out.push(i as u8);
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
    }
}

/// The result in three kinds of buffer, each read on the page in a task of its own.
pub struct Packed {
    /// The summary without its breakdowns (JSON), and the post names.
    pub head: Vec<u8>,
    /// The breakdowns by post and by commune.
    pub groups: Vec<u8>,
    /// The officials, [`PART`] at a time.
    pub people: Vec<Vec<u8>>,
}

pub fn pack(summary: &Summary, posts: &[PostName], people: PeopleWriter) -> Packed {
    let rest = Summary {
        by_post: BTreeMap::new(),
        by_commune: BTreeMap::new(),
        ..summary.clone()
    };
    let json = serde_json::to_vec(&rest).unwrap_or_default();
    let mut head = Vec::with_capacity(json.len() + 64 * posts.len() + 8);
    head.extend_from_slice(&(json.len() as u32).to_le_bytes());
    head.extend_from_slice(&json);
    head.extend_from_slice(&(posts.len() as u16).to_le_bytes());
    for p in posts {
        put_str(&mut head, &p.id);
        put_str(&mut head, &p.vi);
        put_str(&mut head, &p.en);
    }
    let mut groups = Vec::new();
    put_groups(&mut groups, &summary.by_post);
    put_groups(&mut groups, &summary.by_commune);
    Packed {
        head,
        groups,
        people: people.parts,
    }
}

struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u16(&mut self) -> Option<u16> {
        self.take(2).map(|s| u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn str(&mut self) -> Option<&str> {
        let n = self.u16()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    fn groups(&mut self) -> Option<BTreeMap<String, Group>> {
        let mut out = BTreeMap::new();
        for _ in 0..self.u32()? {
            let name = self.str()?.to_string();
            let (total, meets_all) = (self.u32()? as usize, self.u32()? as usize);
            let mut t = BTreeMap::new();
            for _ in 0..self.take(1)?[0] {
                let i = self.take(1)?[0] as usize;
                let n = self.u32()? as usize;
                t.insert(trainings().get(i)?.id.to_string(), n);
            }
            out.insert(
                name,
                Group {
                    total,
                    meets_all,
                    trainings: t,
                },
            );
        }
        Some(out)
    }
}

/// The summary (without its breakdowns) and the post names; None if not one of ours.
pub fn read_head(bytes: &[u8]) -> Option<(Summary, Vec<PostName>)> {
    let mut c = Cursor { b: bytes, at: 0 };
    let n = c.u32()? as usize;
    let summary: Summary = serde_json::from_slice(c.take(n)?).ok()?;
    let mut posts = Vec::new();
    for _ in 0..c.u16()? {
        let (id, vi, en) = (c.str()?.into(), c.str()?.into(), c.str()?.into());
        posts.push(PostName { id, vi, en });
    }
    Some((summary, posts))
}

/// The breakdowns by post and by commune, into `summary`.
pub fn read_groups(bytes: &[u8], summary: &mut Summary) -> Option<()> {
    let mut c = Cursor { b: bytes, at: 0 };
    summary.by_post = c.groups()?;
    summary.by_commune = c.groups()?;
    Some(())
}

/// The officials of one part, appended to `people`; None if the part is damaged.
pub fn read_people(bytes: &[u8], people: &mut Vec<Person>) -> Option<()> {
    let mut c = Cursor { b: bytes, at: 0 };
    while c.at < bytes.len() {
        let row = c.u32()?;
        let post = c.u16()?;
        let meets_all = c.take(1)?[0] != 0;
        let st = c.take(8)?;
        let mut status = [Status::NotRequired; 8];
        for (s, b) in status.iter_mut().zip(st) {
            *s = status_of(*b);
        }
        let trainings = c.u32()?;
        let name = c.str()?.into();
        let commune = c.str()?.into();
        people.push(Person {
            row,
            name,
            commune,
            post,
            meets_all,
            status,
            trainings,
        });
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_result_reads_back_the_same() {
        let group = |n: usize| Group {
            total: n,
            meets_all: 1,
            trainings: [
                ("llct_trung_cap".to_string(), n),
                ("dai_hoc".to_string(), 1),
            ]
            .into(),
        };
        let summary = Summary {
            total: 2,
            meets_all: 1,
            by_post: [("chu_tich_ubnd".to_string(), group(2))].into(),
            by_commune: [
                ("Xã A".to_string(), group(1)),
                ("Xã B".to_string(), group(3)),
            ]
            .into(),
            ..Summary::default()
        };
        let posts = vec![PostName {
            id: "chu_tich_ubnd".into(),
            vi: "Chủ tịch Ủy ban nhân dân".into(),
            en: "Chair".into(),
        }];
        let people: Vec<Person> = (0..5)
            .map(|i| Person {
                row: i + 2,
                name: format!("Nguyễn Văn {i}").into(),
                commune: "Xã Lâm Thao".into(),
                post: 0,
                meets_all: i % 2 == 0,
                status: [
                    Status::Met,
                    Status::Missing,
                    Status::Advised,
                    Status::NotRequired,
                    Status::Met,
                    Status::Met,
                    Status::Met,
                    Status::Met,
                ],
                trainings: 1 << i,
            })
            .collect();
        let mut w = PeopleWriter::default();
        people.iter().for_each(|p| w.push(p));
        let packed = pack(&summary, &posts, w);
        let (mut back_summary, back_posts) = read_head(&packed.head).unwrap();
        read_groups(&packed.groups, &mut back_summary).unwrap();
        assert_eq!(back_summary, summary);
        assert_eq!(back_posts, posts);
        let mut back = Vec::new();
        for part in &packed.people {
            read_people(part, &mut back).unwrap();
        }
        assert_eq!(back, people);
        assert!(read_head(&[1, 2, 3]).is_none());
    }
}
