//! Reads a province file from a JSON value by hand, as strictly as serde would (unknown keys,
//! wrong types and unknown names are refused with their path). Hand-written because serde's
//! derived parsing of these types would add ~7 KB of brotli to the widget's wasm.

use crate::date::Date;
use crate::province::Province;
use crate::schema::{
    Area, Basis, Confidence, Deadline, Flag, Kind, Rule, Text, Unit, When, AREAS, FLAGS, UNITS,
};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// (path, Vietnamese, English) of the first problem found.
pub type Problem = (String, String, String);

fn problem(path: &str, vi: &str, en: &str) -> Problem {
    (path.to_string(), vi.to_string(), en.to_string())
}

struct Obj<'a> {
    map: &'a Map<String, Value>,
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
    name_of(
        v,
        path,
        &[
            ("S", Confidence::S),
            ("S-2nd", Confidence::S2nd),
            ("S-draft", Confidence::SDraft),
            ("R", Confidence::R),
        ],
    )
}

fn basis(v: &Value, path: &str) -> Result<Basis, Problem> {
    let o = Obj::new(v, path, &["document", "article", "clause", "source"])?;
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
    let o = Obj::new(
        v,
        path,
        &[
            "difficult_area",
            "units",
            "in_post_before",
            "from",
            "until",
            "any_of",
        ],
    )?;
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
    let o = Obj::new(
        v,
        path,
        &[
            "date",
            "months_after_appointment",
            "for_in_post_by",
            "basis",
            "confidence",
        ],
    )?;
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
    let o = Obj::new(
        v,
        path,
        &[
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
        ],
    )?;
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

/// The province file's fields, read strictly; `Province::from_json` then checks the law.
pub fn read(v: &Value) -> Result<Province, Problem> {
    let o = Obj::new(
        v,
        "(tệp)",
        &[
            "id", "name_vi", "name_en", "example", "regime", "basis", "rules",
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
    })
}
