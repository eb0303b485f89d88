//! The profile of the contract (what an official holds), read strictly from JSON with errors
//! that name the field and the value, in Vietnamese first.

use crate::date::Date;
use crate::json::{self, Value};
use crate::schema::{contract_inputs, Area, Unit, UNITS};
use serde::Serialize;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Professional {
    pub level: String,
    pub field_fits_post: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItCertificate {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<Date>,
}

/// Sex (giới tính): the retirement age differs (ND 135/2020).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Nam,
    Nu,
}

impl Sex {
    pub fn id(self) -> &'static str {
        match self {
            Sex::Nam => "nam",
            Sex::Nu => "nu",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regime: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    pub post: String,
    pub unit: Unit,
    pub difficult_area: bool,
    /// Xã đặc biệt khó khăn (CV 11/CV-BCĐ); implies a difficult area.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub extremely_difficult_area: bool,
    /// The official belongs to an ethnic minority (CV 11/CV-BCĐ).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ethnic_minority: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// When given, used instead of `age`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    pub general_education: String,
    pub professional: Professional,
    pub political_theory: String,
    pub it: Vec<ItCertificate>,
    pub state_management: String,
    pub defence_security: String,
    pub ethnic_language: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_post_since: Option<Date>,
    /// The day of the first appointment to any leadership or management post (chức vụ lãnh
    /// đạo, quản lý), including posts held before the 2025 reorganisation (ND 171/2025
    /// Art. 41 cl. 4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leadership_since: Option<Date>,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            regime: None,
            as_of: None,
            post: String::new(),
            unit: Unit::Xa,
            difficult_area: false,
            extremely_difficult_area: false,
            ethnic_minority: false,
            sex: None,
            birth_date: None,
            age: None,
            general_education: "none".into(),
            professional: Professional {
                level: "none".into(),
                field_fits_post: true,
            },
            political_theory: "none".into(),
            it: Vec::new(),
            state_management: "none".into(),
            defence_security: "none".into(),
            ethnic_language: false,
            in_post_since: None,
            leadership_since: None,
        }
    }
}

/// Bad input: which field, which value, and why, in both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    pub field: String,
    pub value: String,
    pub vi: String,
    pub en: String,
}

impl InputError {
    pub fn new(
        field: &str,
        value: impl Into<String>,
        vi: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        InputError {
            field: one_line(field),
            value: one_line(&value.into()),
            vi: vi.into(),
            en: en.into(),
        }
    }
}

/// Input text as it may be quoted in the one-line error: cut to 60 characters, with control
/// characters and line separators escaped (a `\r` or U+2028 in a value or an unknown key would
/// otherwise break the line or overwrite it on a terminal).
fn one_line(text: &str) -> String {
    let cut: String = if text.chars().count() > 60 {
        text.chars().take(57).collect::<String>() + "…"
    } else {
        text.to_string()
    };
    let mut out = String::with_capacity(cut.len());
    for c in cut.chars() {
        if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Lỗi: trường `{}` có giá trị `{}`: {} | Error: field `{}` has value `{}`: {}",
            self.field, self.value, self.vi, self.field, self.value, self.en
        )
    }
}

impl std::error::Error for InputError {}

/// Ages the contract accepts (v1.1); under the legal minimum is a standard not met, not bad input.
pub const AGE_RANGE: std::ops::RangeInclusive<u64> = 15..=80;
pub const SEXES: [&str; 2] = ["nam", "nu"];
/// The kinds of IT certificate of the contract.
pub const IT_KINDS: &[&str] = crate::schema::contract_inputs(Area::It);
/// The profile's fields in the contract (anything else is refused).
pub const FIELDS: [&str; 19] = [
    "regime",
    "as_of",
    "post",
    "unit",
    "difficult_area",
    "extremely_difficult_area",
    "ethnic_minority",
    "sex",
    "birth_date",
    "age",
    "general_education",
    "professional",
    "political_theory",
    "it",
    "state_management",
    "defence_security",
    "ethnic_language",
    "in_post_since",
    "leadership_since",
];

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn one_of(field: &str, v: &Value, allowed: &[&str]) -> Result<String, InputError> {
    match v.as_str() {
        Some(s) if allowed.contains(&s) => Ok(s.to_string()),
        _ => Err(InputError::new(
            field,
            show(v),
            format!("không hợp lệ; chọn một trong: {}", allowed.join(", ")),
            format!("not valid; use one of: {}", allowed.join(", ")),
        )),
    }
}

fn boolean(field: &str, v: &Value) -> Result<bool, InputError> {
    v.as_bool().ok_or_else(|| {
        InputError::new(
            field,
            show(v),
            "phải là true hoặc false",
            "must be true or false",
        )
    })
}

fn date(field: &str, v: &Value) -> Result<Date, InputError> {
    v.as_str().and_then(Date::parse).ok_or_else(|| {
        InputError::new(
            field,
            show(v),
            "không phải ngày hợp lệ dạng YYYY-MM-DD",
            "is not a valid date in the form YYYY-MM-DD",
        )
    })
}

impl Profile {
    /// Reads a profile from JSON text.
    pub fn from_json(text: &str) -> Result<Profile, InputError> {
        let value = json::parse(text).map_err(|e| {
            InputError::new(
                "(JSON)",
                format!("dòng {} cột {}", e.line(), e.column()),
                "hồ sơ không phải JSON hợp lệ",
                format!("the profile is not valid JSON ({e})"),
            )
        })?;
        Profile::from_value(&value)
    }

    /// Reads a profile from a JSON value; absent fields take the contract's defaults.
    pub fn from_value(value: &Value) -> Result<Profile, InputError> {
        let obj = value.as_object().ok_or_else(|| {
            InputError::new(
                "(JSON)",
                show(value),
                "hồ sơ phải là một đối tượng JSON",
                "the profile must be a JSON object",
            )
        })?;
        for key in obj.keys() {
            if !FIELDS.contains(&key.as_str()) {
                return Err(InputError::new(
                    key,
                    show(&obj[key]),
                    "trường không có trong hợp đồng dữ liệu",
                    "unknown field (not in the contract)",
                ));
            }
        }
        let get = |k: &str| obj.get(k).filter(|v| !v.is_null());
        let mut p = Profile::default();
        if let Some(v) = get("regime") {
            p.regime = Some(v.as_str().map(str::to_string).ok_or_else(|| {
                InputError::new(
                    "regime",
                    show(v),
                    "phải là mã chế độ, ví dụ nd33_2023",
                    "must be a regime id such as nd33_2023",
                )
            })?);
        }
        if let Some(v) = get("as_of") {
            p.as_of = Some(date("as_of", v)?);
        }
        // A profile may be read before a post is chosen (a saved form); `assess` refuses it then.
        p.post = match get("post") {
            Some(Value::String(s)) => s.clone(),
            Some(v) => {
                return Err(InputError::new(
                    "post",
                    show(v),
                    "phải là mã chức danh",
                    "must be a post id",
                ))
            }
            None => String::new(),
        };
        if let Some(v) = get("unit") {
            let ids = UNITS.map(Unit::id);
            p.unit = Unit::from_id(&one_of("unit", v, &ids)?).unwrap_or(Unit::Xa);
        }
        if let Some(v) = get("difficult_area") {
            p.difficult_area = boolean("difficult_area", v)?;
        }
        if let Some(v) = get("extremely_difficult_area") {
            p.extremely_difficult_area = boolean("extremely_difficult_area", v)?;
        }
        if let Some(v) = get("ethnic_minority") {
            p.ethnic_minority = boolean("ethnic_minority", v)?;
        }
        if let Some(v) = get("sex") {
            p.sex = Some(match one_of("sex", v, &SEXES)?.as_str() {
                "nam" => Sex::Nam,
                _ => Sex::Nu,
            });
        }
        if let Some(v) = get("birth_date") {
            p.birth_date = Some(date("birth_date", v)?);
        }
        if let Some(v) = get("age") {
            p.age = Some(
                v.as_u64()
                    .filter(|a| AGE_RANGE.contains(a))
                    .map(|a| a as u32)
                    .ok_or_else(|| {
                        InputError::new(
                            "age",
                            show(v),
                            format!(
                                "tuổi phải là số nguyên từ {} đến {}",
                                AGE_RANGE.start(),
                                AGE_RANGE.end()
                            ),
                            format!(
                                "age must be a whole number from {} to {}",
                                AGE_RANGE.start(),
                                AGE_RANGE.end()
                            ),
                        )
                    })?,
            );
        }
        if let Some(v) = get("general_education") {
            p.general_education = one_of(
                "general_education",
                v,
                contract_inputs(Area::GeneralEducation),
            )?;
        }
        if let Some(v) = get("professional") {
            let o = v.as_object().ok_or_else(|| {
                InputError::new(
                    "professional",
                    show(v),
                    "phải có dạng { \"level\": …, \"field_fits_post\": true/false }",
                    "must be { \"level\": …, \"field_fits_post\": true/false }",
                )
            })?;
            if let Some(key) = o.keys().find(|k| *k != "level" && *k != "field_fits_post") {
                return Err(InputError::new(
                    &format!("professional.{key}"),
                    show(&o[key]),
                    "trường không có trong hợp đồng dữ liệu",
                    "unknown field (not in the contract)",
                ));
            }
            if let Some(l) = o.get("level").filter(|v| !v.is_null()) {
                p.professional.level =
                    one_of("professional.level", l, contract_inputs(Area::Professional))?;
            }
            if let Some(f) = o.get("field_fits_post").filter(|v| !v.is_null()) {
                p.professional.field_fits_post = boolean("professional.field_fits_post", f)?;
            }
        }
        if let Some(v) = get("political_theory") {
            p.political_theory = one_of(
                "political_theory",
                v,
                contract_inputs(Area::PoliticalTheory),
            )?;
        }
        if let Some(v) = get("it") {
            let list = v.as_array().ok_or_else(|| {
                InputError::new(
                    "it",
                    show(v),
                    "phải là danh sách chứng chỉ",
                    "must be a list of certificates",
                )
            })?;
            for (i, c) in list.iter().enumerate() {
                let field = format!("it[{i}]");
                let o = c.as_object().ok_or_else(|| {
                    InputError::new(
                        &field,
                        show(c),
                        "phải có dạng { \"kind\": …, \"issued\": \"YYYY-MM-DD\" }",
                        "must be { \"kind\": …, \"issued\": \"YYYY-MM-DD\" }",
                    )
                })?;
                if let Some(key) = o.keys().find(|k| *k != "kind" && *k != "issued") {
                    return Err(InputError::new(
                        &format!("{field}.{key}"),
                        show(&o[key]),
                        "trường không có trong hợp đồng dữ liệu",
                        "unknown field (not in the contract)",
                    ));
                }
                let kind = one_of(
                    &format!("{field}.kind"),
                    o.get("kind").unwrap_or(&Value::Null),
                    IT_KINDS,
                )?;
                let issued = match o.get("issued").filter(|v| !v.is_null()) {
                    Some(d) => Some(date(&format!("{field}.issued"), d)?),
                    None => None,
                };
                p.it.push(ItCertificate { kind, issued });
            }
        }
        if let Some(v) = get("state_management") {
            p.state_management = one_of(
                "state_management",
                v,
                contract_inputs(Area::StateManagement),
            )?;
        }
        if let Some(v) = get("defence_security") {
            p.defence_security = one_of(
                "defence_security",
                v,
                contract_inputs(Area::DefenceSecurity),
            )?;
        }
        if let Some(v) = get("ethnic_language") {
            p.ethnic_language = boolean("ethnic_language", v)?;
        }
        if let Some(v) = get("in_post_since") {
            p.in_post_since = Some(date("in_post_since", v)?);
        }
        if let Some(v) = get("leadership_since") {
            p.leadership_since = Some(date("leadership_since", v)?);
        }
        Ok(p)
    }

    /// A difficult area in the broad sense: an extremely difficult commune is one too.
    pub fn in_difficult_area(&self) -> bool {
        self.difficult_area || self.extremely_difficult_area
    }

    /// Whether the profile has `flag` (for `when.any_of`).
    pub fn has(&self, flag: crate::schema::Flag) -> bool {
        use crate::schema::Flag;
        match flag {
            Flag::DifficultArea => self.in_difficult_area(),
            Flag::ExtremelyDifficultArea => self.extremely_difficult_area,
            Flag::EthnicMinority => self.ethnic_minority,
        }
    }

    /// The contract JSON of this profile (for share links and saving): what serde_json writes
    /// from the derived `Serialize`, byte for byte (engine/tests/json.rs), written by hand.
    pub fn to_json(&self) -> String {
        let date = |d: Option<Date>| d.map(|d| d.to_string());
        let mut w = json::Writer::new();
        w.opt_str("regime", self.regime.as_deref())
            .opt_str("as_of", date(self.as_of).as_deref())
            .str("post", &self.post)
            .str("unit", self.unit.id())
            .bool("difficult_area", self.difficult_area);
        if self.extremely_difficult_area {
            w.bool("extremely_difficult_area", true);
        }
        if self.ethnic_minority {
            w.bool("ethnic_minority", true);
        }
        w.opt_str("sex", self.sex.map(Sex::id))
            .opt_str("birth_date", date(self.birth_date).as_deref());
        if let Some(age) = self.age {
            w.num("age", age.into());
        }
        let professional = json::Writer::new()
            .str("level", &self.professional.level)
            .bool("field_fits_post", self.professional.field_fits_post)
            .finish();
        let it = json::list(self.it.iter().map(|c| {
            json::Writer::new()
                .str("kind", &c.kind)
                .opt_str("issued", date(c.issued).as_deref())
                .finish()
        }));
        w.str("general_education", &self.general_education)
            .raw("professional", &professional)
            .str("political_theory", &self.political_theory)
            .raw("it", &it)
            .str("state_management", &self.state_management)
            .str("defence_security", &self.defence_security)
            .bool("ethnic_language", self.ethnic_language)
            .opt_str("in_post_since", date(self.in_post_since).as_deref())
            .opt_str("leadership_since", date(self.leadership_since).as_deref())
            .finish()
    }
}
