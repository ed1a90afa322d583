//! Strict JSON reading for data that comes from outside this process: a file the user picks or
//! text read back from browser storage.
//!
//! `serde_json` on its own accepts duplicate object keys (the last one silently wins), and it
//! only stops deep nesting at 128 levels. Reading into a [`Value`] through [`parse`] instead
//! refuses a repeated key, naming it and where it is; refuses nesting deeper than [`MAX_DEPTH`];
//! and refuses more than [`MAX_VALUES`] values, so that the memory taken stays a small multiple of
//! the input whatever its shape. Nothing here panics or recurses more than [`MAX_DEPTH`] levels.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::error_text::ErrorText;

/// Deepest nesting of arrays and objects accepted. An assessment file needs 4 levels.
pub const MAX_DEPTH: usize = 32;
/// Most values (objects, arrays, strings, numbers, ...) accepted in one document. A full
/// assessment of 58 services has about 700.
pub const MAX_VALUES: usize = 200_000;

/// Why a text is not acceptable JSON. Each says where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON: a syntax error, or the text ends early.
    Syntax { line: usize, column: usize, detail: String },
    /// Arrays or objects nested deeper than [`MAX_DEPTH`]; `at` is the path of the innermost
    /// accepted level.
    TooDeep { at: String },
    /// More than [`MAX_VALUES`] values.
    TooManyValues,
    /// The object at `at` has the key `key` twice.
    DuplicateKey { at: String, key: String },
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { line, column, detail } => {
                write!(f, "not valid JSON at line {line}, column {column}: {}", clip_message(detail))
            }
            Self::TooDeep { at } => write!(f, "{}: nested deeper than {MAX_DEPTH} levels", place(at)),
            Self::TooManyValues => write!(f, "more than {MAX_VALUES} values"),
            Self::DuplicateKey { at, key } => {
                write!(f, "{}: the key \"{}\" appears twice", place(at), clip(key, 80))
            }
        }
    }
}

impl std::error::Error for JsonError {}

impl JsonError {
    /// What is wrong with the JSON, as a part of a sentence, in the language of `t`. The English
    /// text is the `Display` text.
    pub fn message(&self, t: &ErrorText) -> String {
        let tech = t.technical;
        match self {
            Self::Syntax { line, column, detail } => (t.json_syntax)(*line, *column, &tech(&clip_message(detail))),
            Self::TooDeep { at } => (t.json_too_deep)(&t.place(at), MAX_DEPTH),
            Self::TooManyValues => (t.json_too_many)(MAX_VALUES),
            Self::DuplicateKey { at, key } => (t.json_duplicate_key)(&t.place(at), &tech(&clip(key, 80))),
        }
    }
}

/// Whether `bytes` are UTF-16 text: a UTF-16 byte order mark, or (without one) a zero byte in
/// each of the first pairs of bytes, which UTF-8 JSON and HTML never have.
pub fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(8).collect();
    !pairs.is_empty() && pairs.iter().all(|p| (p[0] == 0) != (p[1] == 0))
}

/// How a path is named in messages: "the top level" for the root, else `services.A-1.current`.
pub fn place(path: &str) -> String {
    if path.is_empty() || path == "." {
        "the top level".to_string()
    } else {
        clip(path, 120)
    }
}

/// `s` cut to `max` characters, with an ellipsis when cut (error messages quote user data).
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

/// A whole number that is not negative, as JSON Schema's `"integer"` counts them: `3` and also
/// `3.0`. `None` for anything else (a fraction, a negative number, a text). A whole number too
/// large for `u64` gives `u64::MAX`.
pub fn whole_number(v: &Value) -> Option<u64> {
    if let Some(n) = v.as_u64() {
        return Some(n);
    }
    let x = v.as_f64()?;
    // `as` saturates: a whole number beyond u64 becomes u64::MAX.
    (x.is_finite() && x >= 0.0 && x.fract() == 0.0).then_some(x as u64)
}

/// Deserializes a whole number that is not negative, also written with a decimal point (`3.0`);
/// `expected` says what was expected in the error.
pub fn deserialize_whole<'de, D: de::Deserializer<'de>>(d: D, expected: &'static str) -> Result<u64, D::Error> {
    struct Whole(&'static str);
    impl Visitor<'_> for Whole {
        type Value = u64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
            Ok(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
            u64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u64, E> {
            if v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v < u64::MAX as f64 {
                Ok(v as u64)
            } else {
                Err(E::invalid_type(de::Unexpected::Float(v), &self))
            }
        }
    }
    d.deserialize_any(Whole(expected))
}

/// Longest run of characters without a blank that a message quotes in full.
pub const MAX_QUOTED_RUN: usize = 60;
/// Longest message made from outside data, in characters.
pub const MAX_MESSAGE: usize = 400;

/// A message that may quote outside data (a field name, a value, an id), made short enough to
/// show: every run of characters without a blank longer than [`MAX_QUOTED_RUN`] is cut with an
/// ellipsis, and the whole message is cut at [`MAX_MESSAGE`] characters. One pass over the text,
/// so a message quoting megabytes costs no more than reading them once.
pub fn clip_message(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_MESSAGE * 4 + 8));
    let (mut run, mut total) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            if run > MAX_QUOTED_RUN {
                if run == MAX_QUOTED_RUN + 1 {
                    out.push('…');
                }
                continue;
            }
        }
        if total == MAX_MESSAGE {
            out.push('…');
            break;
        }
        out.push(c);
        total += 1;
    }
    out
}

/// Reads `text` as one JSON value, strictly (see the module documentation).
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let budget = Budget { values: Cell::new(0), failure: Cell::new(None) };
    let mut de = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let result =
        Strict { depth: 0, budget: &budget }.deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track));
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            let at = track.path().to_string();
            return Err(match budget.failure.take() {
                Some(Failure::Duplicate(key)) => JsonError::DuplicateKey { at, key },
                Some(Failure::Deep) => JsonError::TooDeep { at },
                Some(Failure::Many) => JsonError::TooManyValues,
                None => syntax(&e),
            });
        }
    };
    // Only whitespace may follow the value.
    de.end().map_err(|e| syntax(&e))?;
    Ok(value)
}

fn syntax(e: &serde_json::Error) -> JsonError {
    // serde_json's message ends with " at line L column C"; we say that ourselves.
    let msg = e.to_string();
    let detail = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    JsonError::Syntax { line: e.line(), column: e.column(), detail }
}

enum Failure {
    Duplicate(String),
    Deep,
    Many,
}

struct Budget {
    values: Cell<usize>,
    failure: Cell<Option<Failure>>,
}

impl Budget {
    fn count<E: de::Error>(&self) -> Result<(), E> {
        let n = self.values.get() + 1;
        self.values.set(n);
        if n > MAX_VALUES {
            self.failure.set(Some(Failure::Many));
            return Err(E::custom("too many values"));
        }
        Ok(())
    }
}

/// Reads one value at nesting `depth`.
#[derive(Clone, Copy)]
struct Strict<'b> {
    depth: usize,
    budget: &'b Budget,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.budget.count()?;
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.budget.count()?;
        Ok(Value::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.budget.count()?;
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.budget.count()?;
        // JSON text cannot hold NaN or infinity, so this is always a number.
        Ok(serde_json::Number::from_f64(v).map(Value::Number).unwrap_or(Value::Null))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.budget.count()?;
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        self.budget.count()?;
        Ok(Value::String(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.budget.count()?;
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.budget.count()?;
        let inner = self.enter::<A::Error>()?;
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(inner)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.budget.count()?;
        let inner = self.enter::<A::Error>()?;
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                let e = de::Error::custom(format_args!("the key \"{}\" appears twice", clip(&key, 80)));
                self.budget.failure.set(Some(Failure::Duplicate(key)));
                return Err(e);
            }
            let v = map.next_value_seed(inner)?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

impl<'b> Strict<'b> {
    /// The reader for the elements of an array or object at this level.
    fn enter<E: de::Error>(self) -> Result<Strict<'b>, E> {
        if self.depth + 1 > MAX_DEPTH {
            self.budget.failure.set(Some(Failure::Deep));
            return Err(E::custom("nested too deep"));
        }
        Ok(Strict { depth: self.depth + 1, budget: self.budget })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_json() {
        let v = parse(r#" {"a": [1, -2, 2.5, "x", null, true], "b": {}} "#).unwrap();
        assert_eq!(v["a"][1], -2);
        assert_eq!(v["a"][2], 2.5);
        assert!(v["b"].as_object().unwrap().is_empty());
    }

    #[test]
    fn duplicate_key_is_named_with_its_place() {
        let e = parse(r#"{"services":{"A-1":{"need":"needed","need":"not_needed"}}}"#).unwrap_err();
        assert_eq!(e, JsonError::DuplicateKey { at: "services.A-1".into(), key: "need".into() });
        assert_eq!(e.to_string(), "services.A-1: the key \"need\" appears twice");
        let top = parse(r#"{"a":1,"a":1}"#).unwrap_err();
        assert_eq!(top.to_string(), "the top level: the key \"a\" appears twice");
    }

    #[test]
    fn depth_is_limited_without_recursing_further() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(matches!(parse(&deep), Err(JsonError::TooDeep { .. })));
        let very = "[".repeat(1_000_000);
        assert!(matches!(parse(&very), Err(JsonError::TooDeep { .. })));
        let obj = format!("{}1{}", r#"{"k":"#.repeat(40), "}".repeat(40));
        let e = parse(&obj).unwrap_err();
        assert!(matches!(&e, JsonError::TooDeep { at } if at.starts_with("k.k.k")), "{e:?}");
    }

    #[test]
    fn value_count_is_limited() {
        let many = format!("[{}0]", "0,".repeat(MAX_VALUES));
        assert_eq!(parse(&many), Err(JsonError::TooManyValues));
    }

    #[test]
    fn syntax_errors_say_line_and_column() {
        let e = parse("{\n  \"a\": x\n}").unwrap_err();
        match e {
            JsonError::Syntax { line, column, .. } => assert_eq!((line, column), (2, 8)),
            other => panic!("{other:?}"),
        }
        assert!(matches!(parse(""), Err(JsonError::Syntax { .. })));
        assert!(matches!(parse("{} x"), Err(JsonError::Syntax { .. })));
        assert!(matches!(parse(r#"{"a":1e999}"#), Err(JsonError::Syntax { .. })));
        let msg = parse("[1,").unwrap_err().to_string();
        assert!(msg.starts_with("not valid JSON at line 1, column 3: "), "{msg}");
    }

    #[test]
    fn messages_quoting_outside_data_are_clipped() {
        let long = format!("unknown field `{}`, expected one of `format`, `schema`", "k".repeat(2_000_000));
        let m = clip_message(&long);
        assert!(m.chars().count() < MAX_MESSAGE + 2, "{}", m.len());
        assert!(m.starts_with("unknown field `kkk"), "{m}");
        assert!(m.ends_with("expected one of `format`, `schema`"), "{m}");
        assert_eq!(clip_message("short and plain"), "short and plain");
        let spaced = "a ".repeat(1000);
        assert_eq!(clip_message(&spaced).chars().count(), MAX_MESSAGE + 1);
        let msg = parse("[1,").unwrap_err().to_string();
        assert!(msg.starts_with("not valid JSON at line 1, column 3: "), "{msg}");
    }
}
