//! A serde Serializer that writes a value as a Rust constant expression, so build.rs can compile
//! the rule data into the binary as static data: no parser and no start-up parsing in the wasm.
//! Strings and sequences become `Cow::Borrowed`, enum variants `Type::Variant` (snake_case and
//! "S-2nd"-style names are turned into CamelCase), and `Date` its struct literal.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Field names renamed for TOML (`[[post]]`) back to the Rust field names.
fn rust_field<'a>(structure: &str, name: &'a str) -> &'a str {
    match (structure, name) {
        ("Regime", "post") => "posts",
        ("Regime", "rule") => "rules",
        ("Catalogue", "equivalence") => "equivalences",
        ("Catalogue", "training") => "trainings",
        ("Catalogue", "reminder") => "reminders",
        ("Catalogue", "unit") => "units",
        _ => name,
    }
}

fn camel(variant: &str) -> String {
    variant
        .split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// `lean`: leave out what only the build and the tables use (for the wasm).
pub fn to_rust<T: ?Sized + Serialize>(value: &T, lean: bool) -> Result<String, Error> {
    let mut s = Emitter {
        out: String::new(),
        structs: Vec::new(),
        lean,
    };
    value.serialize(&mut s)?;
    Ok(s.out)
}

pub struct Emitter {
    out: String,
    /// The structs being written, innermost last (for field renames).
    structs: Vec<&'static str>,
    lean: bool,
}

type R = Result<(), Error>;

impl ser::Serializer for &mut Emitter {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> R {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> R {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> R {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_f32(self, _: f32) -> R {
        Err(ser::Error::custom("floats are not used in rule data"))
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(ser::Error::custom("floats are not used in rule data"))
    }
    fn serialize_char(self, v: char) -> R {
        write!(self.out, "{v:?}").map_err(ser::Error::custom)
    }
    fn serialize_str(self, v: &str) -> R {
        write!(self.out, "::std::borrow::Cow::Borrowed({v:?})").map_err(ser::Error::custom)
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(ser::Error::custom("bytes are not used in rule data"))
    }
    fn serialize_none(self) -> R {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> R {
        self.out.push_str("Some(");
        v.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> R {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> R {
        self.out.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> R {
        write!(self.out, "{name}::{}", camel(variant)).map_err(ser::Error::custom)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, name: &'static str, v: &T) -> R {
        if name == "Date" {
            // Dates serialise as their "YYYY-MM-DD" text; write the struct literal instead.
            let text = to_rust(v, self.lean)?;
            let ymd: Vec<u32> = text
                .trim_start_matches("::std::borrow::Cow::Borrowed(\"")
                .trim_end_matches("\")")
                .split('-')
                .filter_map(|p| p.parse().ok())
                .collect();
            let [year, month, day] = ymd[..] else {
                return Err(ser::Error::custom(format!("bad date {text}")));
            };
            return write!(
                self.out,
                "Date {{ year: {year}, month: {month}, day: {day} }}"
            )
            .map_err(ser::Error::custom);
        }
        write!(self.out, "{name}(").map_err(ser::Error::custom)?;
        v.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> R {
        Err(ser::Error::custom(
            "data-carrying enums are not used in rule data",
        ))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.out.push_str("::std::borrow::Cow::Borrowed(&[");
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Error> {
        Err(ser::Error::custom("tuples are not used in rule data"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        Err(ser::Error::custom(
            "tuple structs are not used in rule data",
        ))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        Err(ser::Error::custom(
            "tuple variants are not used in rule data",
        ))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        Err(ser::Error::custom("maps are not used in rule data"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        write!(self.out, "{name} {{ ").map_err(ser::Error::custom)?;
        self.structs.push(name);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        Err(ser::Error::custom(
            "struct variants are not used in rule data",
        ))
    }
}

impl ser::SerializeSeq for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
        v.serialize(&mut **self)?;
        self.out.push_str(", ");
        Ok(())
    }
    fn end(self) -> R {
        self.out.push_str("])");
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> R {
        let structure = self.structs.last().copied().unwrap_or("");
        write!(self.out, "{}: ", rust_field(structure, key)).map_err(ser::Error::custom)?;
        match (structure, key) {
            // Where a fact was read and its quoted excerpts serve the build's checks and the
            // tables, not the assessment: left out of the wasm.
            ("Basis", "source") if self.lean => self.out.push_str("None"),
            ("Basis", "excerpts") if self.lean => {
                self.out.push_str("std::borrow::Cow::Borrowed(&[])")
            }
            _ => v.serialize(&mut **self)?,
        }
        self.out.push_str(", ");
        Ok(())
    }
    fn end(self) -> R {
        self.structs.pop();
        self.out.push('}');
        Ok(())
    }
}

impl ser::SerializeTuple for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(ser::Error::custom("unsupported"))
    }
    fn end(self) -> R {
        Err(ser::Error::custom("unsupported"))
    }
}
impl ser::SerializeTupleStruct for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(ser::Error::custom("unsupported"))
    }
    fn end(self) -> R {
        Err(ser::Error::custom("unsupported"))
    }
}
impl ser::SerializeTupleVariant for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(ser::Error::custom("unsupported"))
    }
    fn end(self) -> R {
        Err(ser::Error::custom("unsupported"))
    }
}
impl ser::SerializeMap for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(ser::Error::custom("unsupported"))
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Err(ser::Error::custom("unsupported"))
    }
    fn end(self) -> R {
        Err(ser::Error::custom("unsupported"))
    }
}
impl ser::SerializeStructVariant for &mut Emitter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &'static str, _: &T) -> R {
        Err(ser::Error::custom("unsupported"))
    }
    fn end(self) -> R {
        Err(ser::Error::custom("unsupported"))
    }
}
