//! The reader: serde_json's grammar and its error messages.

use super::{Map, Number, Value};
use std::fmt;

/// Why a text is not JSON, and where (1-based line, column counted in bytes as serde_json does).
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    msg: &'static str,
    line: usize,
    column: usize,
}

impl Error {
    pub fn line(&self) -> usize {
        self.line
    }

    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.msg, self.line, self.column
        )
    }
}

impl std::error::Error for Error {}

/// The power of ten of a number's first significant digit (`1e3` → 3, `0.05` → -2, 0 → 0),
/// from its text (already checked against the grammar).
fn magnitude(text: &str) -> i64 {
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, "0"),
    };
    let (negative, digits) = match exp.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, exp.trim_start_matches('+')),
    };
    let exp = digits.bytes().fold(0i64, |n, d| {
        n.saturating_mul(10).saturating_add(i64::from(d - b'0'))
    });
    let exp = if negative { -exp } else { exp };
    let mantissa = mantissa.trim_start_matches('-');
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
    match mantissa
        .bytes()
        .filter(|b| *b != b'.')
        .position(|b| b != b'0')
    {
        Some(k) => exp.saturating_add(int_len - 1 - k as i64),
        None => 0,
    }
}

/// Reads a JSON text (one value, with whitespace around it).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.space();
    if p.i < p.s.len() {
        p.i += 1;
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    /// An error at the byte before `i` (the one just read), as serde_json places them.
    fn error(&self, msg: &'static str) -> Error {
        let upto = &self.s[..self.i.min(self.s.len())];
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let column = upto.len() - upto.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
        Error { msg, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.i += usize::from(b.is_some());
        b
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        self.space();
        let Some(b) = self.next() else {
            return Err(self.error("EOF while parsing a value"));
        };
        match b {
            b'n' => self.word(b"ull", Value::Null),
            b't' => self.word(b"rue", Value::Bool(true)),
            b'f' => self.word(b"alse", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number(),
            b'[' => self.nested(Parser::array),
            b'{' => self.nested(Parser::object),
            _ => Err(self.error("expected value")),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Result<Value, Error>) -> Result<Value, Error> {
        self.depth += 1;
        if self.depth >= 128 {
            return Err(self.error("recursion limit exceeded"));
        }
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn word(&mut self, rest: &[u8], v: Value) -> Result<Value, Error> {
        for &want in rest {
            match self.next() {
                Some(b) if b == want => {}
                Some(_) => return Err(self.error("expected ident")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(v)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.i - 1;
        let first = if self.s[start] == b'-' {
            match self.next() {
                Some(b @ b'0'..=b'9') => b,
                Some(_) => return Err(self.error("invalid number")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        } else {
            self.s[start]
        };
        if first == b'0' {
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                self.i += 1;
                return Err(self.error("invalid number"));
            }
        } else {
            self.digits();
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.fraction_error());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.fraction_error());
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default();
        // serde_json refuses a number too large for an f64 (about 1.8e308): here, from 1e309.
        if magnitude(text) > 308 {
            return Err(self.error("number out of range"));
        }
        Ok(Value::Number(Number(text.to_string())))
    }

    /// A `.` or exponent without digits after it.
    fn fraction_error(&mut self) -> Error {
        match self.next() {
            None => self.error("EOF while parsing a value"),
            Some(_) => self.error("invalid number"),
        }
    }

    /// The four hex digits of a `\u` escape (read first, then checked, as serde_json does).
    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.s.get(self.i..self.i + 4) else {
            self.i = self.s.len();
            return Err(self.error("EOF while parsing a string"));
        };
        self.i += 4;
        digits
            .iter()
            .try_fold(0, |n, &b| match (b as char).to_digit(16) {
                Some(d) => Ok(n * 16 + d),
                None => Err(self.error("invalid escape")),
            })
    }

    fn string(&mut self) -> Result<String, Error> {
        let mut out = Vec::new();
        loop {
            let Some(b) = self.next() else {
                return Err(self.error("EOF while parsing a string"));
            };
            match b {
                b'"' => break,
                b'\\' => {
                    let c = match self.next() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        Some(_) => return Err(self.error("invalid escape")),
                        None => return Err(self.error("EOF while parsing a string")),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                b => out.push(b),
            }
        }
        // The input is a &str and escapes write whole characters: always UTF-8.
        Ok(String::from_utf8(out).unwrap_or_default())
    }

    fn unicode_escape(&mut self) -> Result<char, Error> {
        let n = self.hex4()?;
        let n = match n {
            0xDC00..=0xDFFF => return Err(self.error("lone leading surrogate in hex escape")),
            0xD800..=0xDBFF => {
                if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                    return Err(self.error("unexpected end of hex escape"));
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00)
            }
            n => n,
        };
        char::from_u32(n).ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn array(&mut self) -> Result<Value, Error> {
        let mut items = Vec::new();
        self.space();
        match self.peek() {
            Some(b']') => {
                self.i += 1;
                return Ok(Value::Array(items));
            }
            None => return Err(self.error("EOF while parsing a list")),
            _ => {}
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.next() {
                Some(b',') => {
                    self.space();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(b']') => return Ok(Value::Array(items)),
                Some(_) => return Err(self.error("expected `,` or `]`")),
                None => return Err(self.error("EOF while parsing a list")),
            }
        }
    }

    fn object(&mut self) -> Result<Value, Error> {
        let mut map = Map::default();
        self.space();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.space();
            match self.next() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error("trailing comma")),
                Some(_) => return Err(self.error("key must be a string")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            let key = self.string()?;
            self.space();
            match self.next() {
                Some(b':') => {}
                Some(_) => return Err(self.error("expected `:`")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            let v = self.value()?;
            map.insert(key, v);
            self.space();
            match self.next() {
                Some(b',') => {}
                Some(b'}') => return Ok(Value::Object(map)),
                Some(_) => return Err(self.error("expected `,` or `}`")),
                None => return Err(self.error("EOF while parsing an object")),
            }
        }
    }
}
