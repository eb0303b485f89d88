//! Reads a province file from a JSON value (crate::json) by hand, as strictly as serde would
//! (unknown keys, wrong types and unknown names are refused with their path). Hand-written
//! because serde's derived parsing of these types would add ~7 KB of brotli to the widget's wasm.

use crate::date::Date;
use crate::json::{Map, Value};
use crate::schema::{
    Area, Basis, Confidence, Deadline, Flag, Kind, Rule, Text, Unit, When, AREAS, FLAGS, UNITS,
};
use serde::Serialize;
use std::borrow::Cow;

/// A province file: its identity, the regime it layers on, its decision, and its rules.
#[derive(Clone, Debug, Serialize)]
pub struct Province {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    /// An illustration, not a real province's standards: the widget says so.
    pub example: bool,
    /// The national regime these rules layer on.
    pub regime: String,
    /// The provincial decision as a whole.
    pub basis: Basis,
    pub rules: Vec<Rule>,
    /// Targets the province sets itself (kept apart from the standards): the roster report
    /// shows each against the current share.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<StaffTarget>,
}

/// A provincial target, e.g. "100% of key cadres with intermediate political theory by 2027":
/// of the officials holding `posts` (ids, `group:…` or `*`), `percent` hold at least `level` in
/// `area` by the day `by`, on the province's decision `basis`.
#[derive(Clone, Debug, Serialize)]
pub struct StaffTarget {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub posts: Vec<String>,
    pub area: Area,
    pub level: String,
    pub percent: u32,
    pub by: Date,
    pub basis: Basis,
}

// The keys a province file may use: those of the serde types the national rule files use,
// less what a province does not give (the quoted excerpts of national law, training targets).
// A test checks them against the types.
const BASIS_KEYS: &[&str] = &["document", "article", "clause", "source"];
const WHEN_KEYS: &[&str] = &[
    "difficult_area",
    "units",
    "in_post_before",
    "led_before",
    "from",
    "until",
    "any_of",
];
const DEADLINE_KEYS: &[&str] = &[
    "date",
    "months_after_appointment",
    "for_in_post_by",
    "basis",
    "confidence",
];
const RULE_KEYS: &[&str] = &[
    "posts",
    "area",
    "kind",
    "level",
    "field_must_fit",
    "when",
    "deadline",
    "training",
    "basis",
    "confidence",
    "note_vi",
    "note_en",
];
const TARGET_KEYS: &[&str] = &[
    "id", "name_vi", "name_en", "posts", "area", "level", "percent", "by", "basis",
];
/// (path, Vietnamese, English) of the first problem found.
pub type Problem = (String, String, String);

fn problem(path: &str, vi: &str, en: &str) -> Problem {
    (path.to_string(), vi.to_string(), en.to_string())
}

struct Obj<'a> {
    map: &'a Map,
    path: String,
}

impl<'a> Obj<'a> {
    fn new(v: &'a Value, path: &str, keys: &[&str]) -> Result<Obj<'a>, Problem> {
        let map = v
            .as_object()
            .ok_or_else(|| problem(path, "phải là một đối tượng JSON", "must be a JSON object"))?;
        if let Some(k) = map.keys().find(|k| !keys.contains(&k.as_str())) {
            let at = format!("{path}.{k}");
            return Err((
                at.clone(),
                format!("trường `{k}` không có trong định dạng tệp của tỉnh"),
                format!(
                    "unknown field `{k}` at {at}, expected one of {}",
                    keys.join(", ")
                ),
            ));
        }
        Ok(Obj {
            map,
            path: path.to_string(),
        })
    }

    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn text(&self, key: &str) -> Result<Option<Text>, Problem> {
        self.get(key)
            .map(|v| {
                v.as_str()
                    .map(|s| Cow::Owned(s.to_string()))
                    .ok_or_else(|| {
                        problem(&self.at(key), "phải là chuỗi ký tự", "must be a string")
                    })
            })
            .transpose()
    }

    fn need_text(&self, key: &str) -> Result<Text, Problem> {
        self.text(key)?
            .ok_or_else(|| problem(&self.at(key), "thiếu trường bắt buộc", "missing field"))
    }

    fn boolean(&self, key: &str) -> Result<Option<bool>, Problem> {
        self.get(key)
            .map(|v| {
                v.as_bool().ok_or_else(|| {
                    problem(
                        &self.at(key),
                        "phải là true hoặc false",
                        "must be true or false",
                    )
                })
            })
            .transpose()
    }

    fn date(&self, key: &str) -> Result<Option<Date>, Problem> {
        self.get(key)
            .map(|v| {
                v.as_str().and_then(Date::parse).ok_or_else(|| {
                    problem(
                        &self.at(key),
                        "không phải ngày dạng YYYY-MM-DD",
                        "is not a YYYY-MM-DD date",
                    )
                })
            })
            .transpose()
    }

    fn need<T>(
        &self,
        key: &str,
        read: impl Fn(&Value, &str) -> Result<T, Problem>,
    ) -> Result<T, Problem> {
        let v = self
            .get(key)
            .ok_or_else(|| problem(&self.at(key), "thiếu trường bắt buộc", "missing field"))?;
        read(v, &self.at(key))
    }
}

fn name_of<T: Copy>(v: &Value, path: &str, names: &[(&str, T)]) -> Result<T, Problem> {
    let s = v.as_str().unwrap_or("");
    names
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            (
                path.to_string(),
                format!(
                    "giá trị `{s}` không hợp lệ; chọn một trong: {}",
                    all.join(", ")
                ),
                format!("unknown value `{s}`; use one of: {}", all.join(", ")),
            )
        })
}

fn area(v: &Value, path: &str) -> Result<Area, Problem> {
    let names: Vec<(&str, Area)> = AREAS.iter().map(|a| (a.id(), *a)).collect();
    name_of(v, path, &names)
}

fn kind(v: &Value, path: &str) -> Result<Kind, Problem> {
    name_of(
        v,
        path,
        &[
            ("required", Kind::Required),
            ("advised", Kind::Advised),
            ("not_required", Kind::NotRequired),
        ],
    )
}

fn confidence(v: &Value, path: &str) -> Result<Confidence, Problem> {
    let all = [
        Confidence::S,
        Confidence::S2nd,
        Confidence::SDraft,
        Confidence::R,
    ];
    name_of(v, path, &all.map(|c| (c.id(), c)))
}

fn basis(v: &Value, path: &str) -> Result<Basis, Problem> {
    let o = Obj::new(v, path, BASIS_KEYS)?;
    Ok(Basis {
        document: o.need_text("document")?,
        article: o.text("article")?,
        clause: o.text("clause")?,
        source: o.text("source")?,
        excerpts: Cow::Borrowed(&[]),
    })
}

fn list<T>(
    v: &Value,
    path: &str,
    read: impl Fn(&Value, &str) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    let items = v
        .as_array()
        .ok_or_else(|| problem(path, "phải là một danh sách", "must be a list"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, x)| read(x, &format!("{path}[{i}]")))
        .collect()
}

fn when(v: &Value, path: &str) -> Result<When, Problem> {
    let o = Obj::new(v, path, WHEN_KEYS)?;
    let unit = |v: &Value, p: &str| {
        let names: Vec<(&str, Unit)> = UNITS.iter().map(|u| (u.id(), *u)).collect();
        name_of(v, p, &names)
    };
    let flag = |v: &Value, p: &str| {
        let names: Vec<(&str, Flag)> = FLAGS.iter().map(|f| (f.id(), *f)).collect();
        name_of(v, p, &names)
    };
    Ok(When {
        difficult_area: o.boolean("difficult_area")?,
        units: o
            .get("units")
            .map(|u| list(u, &o.at("units"), unit))
            .transpose()?
            .map(Cow::Owned),
        in_post_before: o.date("in_post_before")?,
        led_before: o.date("led_before")?,
        from: o.date("from")?,
        until: o.date("until")?,
        any_of: o
            .get("any_of")
            .map(|u| list(u, &o.at("any_of"), flag))
            .transpose()?
            .map(Cow::Owned),
    })
}

fn deadline(v: &Value, path: &str) -> Result<Deadline, Problem> {
    let o = Obj::new(v, path, DEADLINE_KEYS)?;
    let months = o
        .get("months_after_appointment")
        .map(|m| {
            m.as_u64()
                .and_then(|m| u32::try_from(m).ok())
                .ok_or_else(|| {
                    problem(
                        &o.at("months_after_appointment"),
                        "phải là số tháng",
                        "must be a number of months",
                    )
                })
        })
        .transpose()?;
    Ok(Deadline {
        date: o.date("date")?,
        months_after_appointment: months,
        for_in_post_by: o.date("for_in_post_by")?,
        basis: o.need("basis", basis)?,
        confidence: o.need("confidence", confidence)?,
    })
}

fn rule(v: &Value, path: &str) -> Result<Rule, Problem> {
    let o = Obj::new(v, path, RULE_KEYS)?;
    let text = |v: &Value, p: &str| {
        v.as_str()
            .map(|s| Cow::Owned(s.to_string()))
            .ok_or_else(|| problem(p, "phải là chuỗi ký tự", "must be a string"))
    };
    Ok(Rule {
        posts: Cow::Owned(o.need("posts", |v, p| list(v, p, text))?),
        area: o.need("area", area)?,
        kind: o.need("kind", kind)?,
        level: o.text("level")?,
        field_must_fit: o.boolean("field_must_fit")?.unwrap_or(false),
        when: o
            .get("when")
            .map(|w| when(w, &o.at("when")))
            .transpose()?
            .unwrap_or_default(),
        deadline: o
            .get("deadline")
            .map(|d| deadline(d, &o.at("deadline")))
            .transpose()?,
        training: o.text("training")?,
        target: None,
        basis: o.need("basis", basis)?,
        confidence: o.need("confidence", confidence)?,
        note_vi: o.text("note_vi")?,
        note_en: o.text("note_en")?,
    })
}

fn target(v: &Value, path: &str) -> Result<StaffTarget, Problem> {
    let o = Obj::new(v, path, TARGET_KEYS)?;
    let text = |v: &Value, p: &str| {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| problem(p, "phải là chuỗi ký tự", "must be a string"))
    };
    let percent = o.need("percent", |v, p| {
        v.as_u64()
            .filter(|n| (1..=100).contains(n))
            .map(|n| n as u32)
            .ok_or_else(|| {
                problem(
                    p,
                    "phải là số phần trăm từ 1 đến 100",
                    "must be a percentage from 1 to 100",
                )
            })
    })?;
    Ok(StaffTarget {
        id: o.need_text("id")?.into_owned(),
        name_vi: o.need_text("name_vi")?.into_owned(),
        name_en: o.need_text("name_en")?.into_owned(),
        posts: o.need("posts", |v, p| list(v, p, text))?,
        area: o.need("area", area)?,
        level: o.need_text("level")?.into_owned(),
        percent,
        by: o
            .date("by")?
            .ok_or_else(|| problem(&o.at("by"), "thiếu trường bắt buộc", "missing field"))?,
        basis: o.need("basis", basis)?,
    })
}

/// The province file's fields, read strictly; `Province::from_json` then checks the law.
pub fn read(v: &Value) -> Result<Province, Problem> {
    let o = Obj::new(
        v,
        "(tệp)",
        &[
            "id", "name_vi", "name_en", "example", "regime", "basis", "rules", "targets",
        ],
    )?;
    Ok(Province {
        id: o.need_text("id")?.into_owned(),
        name_vi: o.need_text("name_vi")?.into_owned(),
        name_en: o.need_text("name_en")?.into_owned(),
        example: o.boolean("example")?.unwrap_or(false),
        regime: o.need_text("regime")?.into_owned(),
        basis: o.need("basis", basis)?,
        rules: o.need("rules", |v, p| list(v, p, rule))?,
        targets: o
            .get("targets")
            .map(|t| list(t, &o.at("targets"), target))
            .transpose()?
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::schema::Target;

    /// Fields of the national types a province file does not take.
    const NOT_IN_PROVINCE_FILES: &[&str] = &["excerpts", "target"];

    /// The keys of a value serialised with serde, less those province files do not take.
    fn serde_keys(v: impl Serialize) -> Vec<String> {
        let mut keys: Vec<String> = serde_json::to_value(v)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| !NOT_IN_PROVINCE_FILES.contains(&k.as_str()))
            .cloned()
            .collect();
        keys.sort();
        keys
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut k: Vec<String> = keys.iter().map(|s| s.to_string()).collect();
        k.sort();
        k
    }

    /// The hand-written reader accepts exactly the fields of the serde types it mirrors: a field
    /// added to `Rule`, `When`, `Deadline` or `Basis` fails here until the reader reads it (or
    /// it is listed as not for province files).
    #[test]
    fn the_reader_takes_the_fields_of_the_serde_types() {
        let day = Date::parse("2025-01-01");
        let basis = Basis {
            document: "d".into(),
            article: Some("a".into()),
            clause: Some("c".into()),
            source: Some("s".into()),
            excerpts: Cow::Borrowed(&[]),
        };
        let when = When {
            difficult_area: Some(true),
            units: Some(Cow::Borrowed(&[])),
            in_post_before: day,
            led_before: day,
            from: day,
            until: day,
            any_of: Some(Cow::Borrowed(&[])),
        };
        let deadline = Deadline {
            date: day,
            months_after_appointment: Some(1),
            for_in_post_by: day,
            basis: basis.clone(),
            confidence: Confidence::S,
        };
        let rule = Rule {
            posts: Cow::Borrowed(&[]),
            area: Area::Age,
            kind: Kind::Required,
            level: Some("x".into()),
            field_must_fit: true,
            when: when.clone(),
            deadline: Some(deadline.clone()),
            training: Some("t".into()),
            target: Some(Target {
                level: "x".into(),
                training: None,
                basis: basis.clone(),
                confidence: Confidence::S,
                note_vi: None,
                note_en: None,
            }),
            basis: basis.clone(),
            confidence: Confidence::S,
            note_vi: Some("n".into()),
            note_en: Some("n".into()),
        };
        assert_eq!(serde_keys(&basis), sorted(BASIS_KEYS));
        assert_eq!(serde_keys(&when), sorted(WHEN_KEYS));
        assert_eq!(serde_keys(&deadline), sorted(DEADLINE_KEYS));
        assert_eq!(serde_keys(&rule), sorted(RULE_KEYS));
        let target = StaffTarget {
            id: "t".into(),
            name_vi: "t".into(),
            name_en: "t".into(),
            posts: vec!["*".into()],
            area: Area::PoliticalTheory,
            level: "trung_cap".into(),
            percent: 100,
            by: day.unwrap(),
            basis: basis.clone(),
        };
        assert_eq!(serde_keys(&target), sorted(TARGET_KEYS));
    }
}
