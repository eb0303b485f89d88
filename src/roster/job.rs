//! One roster being assessed, a slice at a time, so that the page stays responsive. Pure Rust (no
//! browser calls): the view calls [`Job::step`] from a timer and tests run it natively.
//!
//! A CSV file that is not .xlsx, .xls, UTF-16 or empty is split into rows here, a slice at a
//! time, exactly as the engine's `roster::parse_csv` splits the whole text (the slices end where
//! a row ends), and each slice is checked as the engine checks the whole file (UTF-8, no NUL).
//! Every other file goes to the engine's `rows_from_file` in one go, and so does a slice that
//! fails the check: the engine reads the file or explains, in Vietnamese and English, why not.

use super::model::{training_index, Outcome, Person, PostName};
use cbcc_engine::roster::{self, RosterRun, Row};
use cbcc_engine::schema::AREAS;
use cbcc_engine::{Date, InputError, Status};

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub struct Job {
    /// The CSV file being split into rows (empty when the engine read the whole file).
    csv: Vec<u8>,
    /// Where the next row starts in `csv`.
    offset: usize,
    /// The rows read so far; the ones already assessed are emptied to free their memory.
    rows: Vec<Vec<String>>,
    cleared: usize,
    run: Option<RosterRun>,
    today: Date,
    people: Vec<Person>,
    posts: Vec<PostName>,
}

impl Job {
    /// Starts on the bytes of a file. File-level problems (empty, not a roster, wrong encoding,
    /// a missing column) are returned here or by the first [`Job::step`].
    pub fn new(bytes: Vec<u8>, today: Date) -> Result<Job, InputError> {
        let mut job = Job {
            csv: Vec::new(),
            offset: 0,
            rows: Vec::new(),
            cleared: 0,
            run: None,
            today,
            people: Vec::new(),
            posts: Vec::new(),
        };
        if plain_csv(&bytes) {
            job.offset = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
            job.csv = bytes;
        } else {
            job.rows = roster::rows_from_file(&bytes)?;
            job.run = Some(RosterRun::start(&job.rows)?);
        }
        Ok(job)
    }

    fn all_read(&self) -> bool {
        self.offset >= self.csv.len()
    }

    /// What the engine says of the whole file, once a slice of it is not UTF-8 text.
    fn not_text(&self) -> InputError {
        match roster::rows_from_file(&self.csv) {
            Err(e) => e,
            Ok(_) => InputError::new(
                "(tệp)",
                "",
                "tệp không phải văn bản UTF-8",
                "the file is not UTF-8 text",
            ),
        }
    }

    /// Reads up to `max` more rows and assesses up to `max` rows; true when the roster is done.
    pub fn step(&mut self, max: usize) -> Result<bool, InputError> {
        if !self.all_read() {
            let end = rows_end(&self.csv, self.offset, max);
            let slice = &self.csv[self.offset..end];
            match std::str::from_utf8(slice) {
                Ok(text) if !slice.contains(&0) => self.rows.extend(roster::parse_csv(text)),
                _ => return Err(self.not_text()),
            }
            self.offset = end;
            if self.all_read() {
                // The rows hold their own copies of the cells.
                self.csv = Vec::new();
                self.offset = 0;
            }
        }
        if self.run.is_none() {
            let header_seen = self
                .rows
                .iter()
                .any(|r| r.iter().any(|c| !c.trim().is_empty()));
            if !header_seen && !self.all_read() {
                return Ok(false);
            }
            self.run = Some(RosterRun::start(&self.rows)?);
        }
        let Job {
            rows,
            run,
            today,
            people,
            posts,
            cleared,
            ..
        } = &mut *self;
        let Some(run) = run.as_mut() else {
            return Ok(false);
        };
        let done = run.step(rows, max, *today, None, |r| people.push(person(posts, r)));
        // Assessed rows are no longer needed: a national roster would not fit otherwise.
        let upto = run.position().min(rows.len());
        for r in &mut rows[*cleared..upto] {
            *r = Vec::new();
        }
        *cleared = upto;
        Ok(done && self.csv.is_empty())
    }

    /// Rows handled so far (assessed or in error).
    pub fn handled(&self) -> usize {
        self.people.len() + self.run.as_ref().map_or(0, |r| r.summary.errors.len())
    }

    /// How far along, from 0 to 1: the share of the text read (CSV) or of the rows assessed.
    pub fn fraction(&self) -> f64 {
        if !self.csv.is_empty() {
            return self.offset as f64 / self.csv.len() as f64;
        }
        match &self.run {
            Some(run) if !self.rows.is_empty() => run.position() as f64 / self.rows.len() as f64,
            _ => 0.0,
        }
    }

    /// The result, once [`Job::step`] has returned true.
    pub fn finish(self, file: String, seconds: f64) -> Outcome {
        let summary = self.run.map(|r| r.summary).unwrap_or_default();
        Outcome::new(file, summary, self.people, self.posts, seconds)
    }
}

/// Whether the engine would read the file as CSV text in UTF-8 (if it is UTF-8 at all).
fn plain_csv(bytes: &[u8]) -> bool {
    !(bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || bytes.iter().all(|b| b.is_ascii_whitespace()))
}

/// Where the `rows`-th row after `start` ends (just after its line break), splitting rows as
/// `roster::parse_csv` does: a quote opens a quoted cell only at the start of a cell, a doubled
/// quote inside one is a quote, and quoted cells may hold line breaks.
pub fn rows_end(text: &[u8], start: usize, rows: usize) -> usize {
    let mut quoted = false;
    let mut cell_empty = true;
    let mut count = 0;
    let mut i = start;
    while i < text.len() {
        let c = text[i];
        if quoted {
            if c == b'"' {
                if text.get(i + 1) == Some(&b'"') {
                    i += 1;
                    cell_empty = false;
                } else {
                    quoted = false;
                }
            } else {
                cell_empty = false;
            }
        } else {
            match c {
                b'"' if cell_empty => quoted = true,
                b',' => cell_empty = true,
                b'\r' if text.get(i + 1) == Some(&b'\n') => {}
                b'\n' | b'\r' => {
                    cell_empty = true;
                    count += 1;
                    if count >= rows {
                        return i + 1;
                    }
                }
                _ => cell_empty = false,
            }
        }
        i += 1;
    }
    text.len()
}

/// What the tables and exports need of one assessed row.
fn person(posts: &mut Vec<PostName>, r: &Row) -> Person {
    let rep = &r.report;
    let post = match posts
        .iter()
        .position(|p| p.id == rep.post && p.vi == rep.post_name_vi)
    {
        Some(i) => i,
        None => {
            posts.push(PostName {
                id: rep.post.clone(),
                vi: rep.post_name_vi.clone(),
                en: rep.post_name_en.clone(),
            });
            posts.len() - 1
        }
    };
    let mut status = [Status::NotRequired; AREAS.len()];
    for req in &rep.requirements {
        if let Some(i) = AREAS.iter().position(|a| *a == req.area) {
            status[i] = req.status;
        }
    }
    let trainings = rep
        .trainings
        .iter()
        .filter_map(|t| training_index(&t.id))
        .fold(0u32, |bits, i| bits | (1 << i));
    Person {
        row: r.row as u32,
        name: r.name.clone().into_boxed_str(),
        commune: r.commune.clone().into_boxed_str(),
        post: post as u16,
        meets_all: rep.meets_all,
        status,
        trainings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunked(text: &str, n: usize) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let end = rows_end(text.as_bytes(), at, n);
            rows.extend(roster::parse_csv(&text[at..end]));
            at = end;
        }
        rows
    }

    #[test]
    fn slices_split_rows_as_the_engine_does() {
        let samples = [
            "a,b\nc,d\n",
            "a,b\r\nc,d",
            "a,\"b\nstill b\",c\nd,e\n",
            "a,\"say \"\"hi\"\"\nthere\",c\r\n\r\nx,y\n",
            "a\"b,c\nd,\"\"\"e\nf\"\n",
            "\"\",\"\"\"\",x\ny\rz\n\n\n",
            "Nguyễn Văn Ánh,\"Xã Lâm, Thao\"\nTrần,\"\"\n",
            "",
            "\n",
            "no newline at the end",
        ];
        for s in samples {
            for n in 1..5 {
                assert_eq!(chunked(s, n), roster::parse_csv(s), "{s:?} by {n}");
            }
        }
    }

    fn lines(n: usize) -> String {
        let mut s = String::from("\u{feff}");
        s += &roster::COLUMNS.join(",");
        s += ",commune\n";
        for i in 0..n {
            let post = if i % 2 == 0 {
                "chu_tich_ubnd"
            } else {
                "giam_doc_so"
            };
            s += &format!(
                "Người {i},{post},xa,false,45,thpt,dai_hoc,true,so_cap,,,none,none,false,,Xã {}\n",
                i % 3
            );
        }
        s
    }

    fn today() -> Date {
        Date::parse("2024-06-01").unwrap()
    }

    #[test]
    fn a_chunked_run_gives_the_engines_summary() {
        let text = lines(101);
        let whole = roster::assess_roster(&text, today(), |_| {}).unwrap();
        let mut job = Job::new(text.into_bytes(), today()).unwrap();
        let mut steps = 0;
        while !job.step(7).unwrap() {
            steps += 1;
            assert!(job.fraction() <= 1.0);
        }
        assert!(steps > 10);
        assert_eq!(job.handled(), 101);
        let out = job.finish("x.csv".into(), 0.0);
        assert_eq!(out.summary, whole);
        assert_eq!(out.people.len(), 51);
        assert_eq!(out.summary.errors.len(), 50);
        assert_eq!(out.summary.errors[0].row, 3);
        assert_eq!(&*out.people[1].name, "Người 2");
        assert_eq!(out.people[1].row, 4);
        assert!(out.has_commune);
    }

    #[test]
    fn files_that_are_not_rosters_get_the_engines_message() {
        let err = |b: &[u8]| match Job::new(b.to_vec(), today()).and_then(|mut j| {
            while !j.step(10)? {}
            Ok(())
        }) {
            Err(e) => e.vi,
            Ok(()) => panic!("accepted"),
        };
        assert_eq!(err(b""), "tệp trống");
        assert_eq!(err(b" \n"), "tệp trống");
        assert_eq!(
            err(b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n"),
            "tệp không phải CSV hay .xlsx"
        );
        assert!(err(b"name,post\nNguy\xb5n,xa\n").contains("UTF-8"));
        assert!(err(b"name,unit\nA,xa\n").contains("thiếu cột"));
        assert_eq!(err(b"\n\n,,\n"), "danh sách trống");
        assert!(err(&[0xD0, 0xCF, 0x11, 0xE0, 1, 2]).contains(".xls"));
        assert_eq!(err(b"a,b\n\0\n"), "tệp không phải CSV hay .xlsx");
        // A bad byte far down the file, after many good rows.
        let mut late = lines(30).into_bytes();
        late.extend_from_slice(b"Nguy\xb5n,chu_tich_ubnd\n");
        assert!(err(&late).contains("UTF-8"));
    }

    #[test]
    fn the_header_may_come_after_blank_rows() {
        let text = format!("\n\n{}", lines(3).trim_start_matches('\u{feff}'));
        let mut job = Job::new(text.into_bytes(), today()).unwrap();
        while !job.step(1).unwrap() {}
        let out = job.finish(String::new(), 0.0);
        assert_eq!(out.summary.total, 2);
        assert_eq!(out.people[0].row, 4);
    }
}
