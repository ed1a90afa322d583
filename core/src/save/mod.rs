//! The assessment file format (`x1060-assessment`, schema 2): the JSON a user downloads and the
//! form kept in browser storage. Decoding is strict and explains failures; nothing here panics.
//!
//! ```json
//! { "format": "x1060-assessment", "schema": 2, "app_version": "0.1.0",
//!   "uid": "mhx2k1-1c3v9z", "name": "2026 baseline", "created": "...", "updated": "...",
//!   "catalogue": { "id": "x1060-builtin", "version": "2026.11" },
//!   "profile": { "organisation": "..." },
//!   "services": { "A-1": { "need": "needed", "delivery": "in_house", "current": 2, "target": 3 } } }
//! ```
//!
//! Copies in browser storage also carry `"revision"`: a number raised by one at every write, which
//! lets two tabs tell whose copy is newer (see [`crate::library`]). It is optional, so every
//! file without it still reads. Older schemas are converted by [`crate::migrate`].

pub mod migrate;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error_text::ErrorText;
use crate::ids::{AssessmentId, ServiceId};
use crate::json::{self, JsonError};
use crate::model::{Assessment, CatalogueRef, Profile, ServiceRecord, ToReview};

/// Value of the `format` field of every assessment file.
pub const FORMAT: &str = "x1060-assessment";
/// The schema this code writes, and the newest it reads.
pub const SCHEMA: u32 = 2;
/// Largest assessment file we read, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV2 {
    format: String,
    #[serde(deserialize_with = "whole_u32")]
    schema: u32,
    #[serde(default)]
    app_version: String,
    /// Storage copies only: how many times this assessment has been written to storage. Optional
    /// (0 when absent), so files without it are schema 1 as before. See [`crate::library`].
    #[serde(default, skip_serializing_if = "is_zero", deserialize_with = "whole")]
    revision: u64,
    /// Schema 2: the stable identifier ([`Assessment::uid`]); absent in older files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    created: String,
    #[serde(default)]
    updated: String,
    catalogue: CatalogueRef,
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    services: BTreeMap<ServiceId, ServiceRecord>,
    /// Schema 2: answers carried from another catalogue that wait for review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    to_review: Vec<ToReview>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn whole_u32<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let n = json::deserialize_whole(d, "a whole number")?;
    u32::try_from(n).map_err(|_| serde::de::Error::custom("a whole number too large"))
}

fn whole<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    json::deserialize_whole(d, "a whole number")
}

/// Why a saved or imported assessment could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_BYTES`]; not read.
    TooLarge { bytes: usize },
    /// Not JSON at all.
    NotJson { detail: String },
    /// JSON, but not an X.1060 assessment.
    NotOurs,
    /// Made by a newer app; must not be overwritten.
    NewerSchema { found: u64 },
    /// Ours, but a field is wrong; `detail` names it and what was expected.
    Invalid { detail: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(f, "The file is too large ({} KB); the limit is {} KB.", bytes / 1024, MAX_BYTES / 1024),
            Self::NotJson { detail } => write!(f, "The data is not valid JSON ({}).", json::clip_message(detail)),
            Self::NotOurs => write!(f, "The data is not an X.1060 assessment (\"format\" is not \"{FORMAT}\")."),
            Self::NewerSchema { found } => write!(f, "The data uses schema {found}, made by a newer version of this app; this version reads schema {SCHEMA}."),
            Self::Invalid { detail } => write!(f, "The assessment has a wrong field: {}.", json::clip_message(detail)),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Exactly what is wrong with the text of an assessment file: the detailed form of
/// [`DecodeError`], used by the importer to explain a refusal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON, or JSON we refuse (a repeated key, too deep, too many values).
    Json(JsonError),
    /// JSON, but not an X.1060 assessment; `found` is the `format` it has, if any.
    NotOurs { found: Option<String> },
    /// `"schema"` is missing (only accepted from files, as a pre-release draft).
    NoSchema,
    /// `"schema"` is not a whole number.
    SchemaNotANumber,
    /// Made by a newer app; must not be overwritten.
    NewerSchema { found: u64 },
    /// An older schema this version cannot convert.
    UnsupportedSchema { found: u64 },
    /// A field is wrong. `at` is its path, such as `services.A-1.current` ("." for the top level);
    /// `problem` says what was found and what was expected.
    Invalid { at: String, problem: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(e) => e.fmt(f),
            Self::NotOurs { found: Some(v) } => write!(
                f,
                "this is not an X.1060 assessment: \"format\" is \"{}\", expected \"{FORMAT}\"",
                json::clip(v, 60)
            ),
            Self::NotOurs { found: None } => {
                write!(f, "this is not an X.1060 assessment: expected an object with \"format\": \"{FORMAT}\"")
            }
            Self::NoSchema => write!(f, "\"schema\" is missing; expected a whole number such as {SCHEMA}"),
            Self::SchemaNotANumber => write!(f, "\"schema\" must be a whole number such as {SCHEMA}"),
            Self::NewerSchema { found } => write!(
                f,
                "the data uses schema {found}, made by a newer version of this app; this version reads schema {SCHEMA} and older"
            ),
            Self::UnsupportedSchema { found } => write!(f, "schema {found} is not supported"),
            Self::Invalid { at, problem } => write!(f, "{}: {}", json::place(at), json::clip_message(problem)),
        }
    }
}

impl std::error::Error for Problem {}

impl Problem {
    /// What is wrong with the assessment data, as a part of a sentence, in the language of `t`.
    /// The English text is the `Display` text.
    pub fn message(&self, t: &ErrorText) -> String {
        let tech = t.technical;
        match self {
            Self::Json(e) => e.message(t),
            Self::NotOurs { found: Some(v) } => (t.not_ours_found)(&tech(&json::clip(v, 60)), &tech(FORMAT)),
            Self::NotOurs { found: None } => (t.not_ours)(&tech(FORMAT)),
            Self::NoSchema => (t.no_schema)(SCHEMA),
            Self::SchemaNotANumber => (t.schema_not_a_number)(SCHEMA),
            Self::NewerSchema { found } => (t.newer_schema)(*found, SCHEMA),
            Self::UnsupportedSchema { found } => (t.unsupported_schema)(*found),
            Self::Invalid { at, problem } => (t.field_problem)(&t.place(at), &tech(&json::clip_message(problem))),
        }
    }
}

impl From<Problem> for DecodeError {
    fn from(p: Problem) -> DecodeError {
        match p {
            Problem::Json(JsonError::DuplicateKey { .. }) => DecodeError::Invalid { detail: p.to_string() },
            Problem::Json(JsonError::Syntax { line, column, detail }) => {
                DecodeError::NotJson { detail: format!("line {line}, column {column}: {detail}") }
            }
            Problem::Json(e) => DecodeError::NotJson { detail: e.to_string() },
            Problem::NotOurs { .. } => DecodeError::NotOurs,
            Problem::NewerSchema { found } => DecodeError::NewerSchema { found },
            Problem::NoSchema
            | Problem::SchemaNotANumber
            | Problem::UnsupportedSchema { .. }
            | Problem::Invalid { .. } => DecodeError::Invalid { detail: p.to_string() },
        }
    }
}

/// An assessment read from text, with what the file said about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub assessment: Assessment,
    /// The storage revision (0 in downloaded files and files without one).
    pub revision: u64,
    /// The schema the file was converted from, when it was older than [`SCHEMA`].
    pub migrated_from: Option<u32>,
    /// The app version that wrote the file, as the file says ("" when absent).
    pub app_version: String,
}

/// Whether a file without a `"schema"` field is read as a pre-release draft (schema 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drafts {
    /// Files the user picks: yes, converted and reported as such.
    Accept,
    /// Browser storage, always written with a schema number: a missing one means damage.
    Refuse,
}

fn write_file(a: &Assessment, revision: u64, pretty: bool) -> String {
    let file = FileV2 {
        format: FORMAT.into(),
        schema: SCHEMA,
        app_version: crate::APP_VERSION.into(),
        revision,
        uid: a.uid.clone(),
        name: a.name.clone(),
        created: a.created.clone(),
        updated: a.updated.clone(),
        catalogue: a.catalogue.clone(),
        profile: a.profile.clone(),
        services: a.services.clone(),
        to_review: a.to_review.clone(),
    };
    let out = if pretty { serde_json::to_string_pretty(&file) } else { serde_json::to_string(&file) };
    // Serialising plain strings, numbers and maps cannot fail.
    out.unwrap_or_default()
}

/// The assessment as a file, compact (for storage) or pretty (for download).
pub fn encode(a: &Assessment, pretty: bool) -> String {
    write_file(a, 0, pretty)
}

/// The assessment as kept in browser storage, carrying its storage `revision`.
pub fn encode_stored(a: &Assessment, revision: u64) -> String {
    write_file(a, revision, false)
}

/// Reads an assessment file strictly.
pub fn decode(text: &str) -> Result<Assessment, DecodeError> {
    decode_stored(text).map(|(a, _)| a)
}

/// Reads an assessment kept in browser storage: the assessment and its revision.
pub fn decode_stored(text: &str) -> Result<(Assessment, u64), DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    let d = decode_detailed(text, Drafts::Refuse)?;
    Ok((d.assessment, d.revision))
}

/// Reads an assessment file strictly, converting older schemas, and says exactly what is wrong
/// when it cannot. Does not check the size: callers do, before they hold the text.
pub fn decode_detailed(text: &str, drafts: Drafts) -> Result<Decoded, Problem> {
    let mut value = json::parse(text).map_err(Problem::Json)?;
    let Some(obj) = value.as_object_mut() else {
        return Err(Problem::NotOurs { found: None });
    };
    match obj.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(serde_json::Value::String(f)) => return Err(Problem::NotOurs { found: Some(f.clone()) }),
        _ => return Err(Problem::NotOurs { found: None }),
    }
    let schema = match obj.get("schema") {
        None if drafts == Drafts::Accept => 0,
        None => return Err(Problem::NoSchema),
        // 1.0 is 1, as in JSON Schema; a number too large for u64 is still a newer schema.
        Some(s) => match json::whole_number(s) {
            Some(n) if n > u64::from(SCHEMA) => return Err(Problem::NewerSchema { found: n }),
            // n <= SCHEMA, which is a u32.
            Some(n) => n as u32,
            None => return Err(Problem::SchemaNotANumber),
        },
    };
    if schema < SCHEMA {
        value = migrate::upgrade(value, schema)?;
    }
    // The path and the message can quote outside data (a field name, a value): both clipped.
    let file: FileV2 = serde_path_to_error::deserialize(value).map_err(|e| Problem::Invalid {
        at: json::clip(&e.path().to_string(), 200),
        problem: json::clip_message(&e.into_inner().to_string()),
    })?;
    Ok(Decoded {
        assessment: Assessment {
            uid: file.uid,
            name: file.name,
            catalogue: file.catalogue,
            profile: file.profile,
            services: file.services.into_iter().filter(|(_, r)| !r.is_empty()).collect(),
            to_review: file.to_review.into_iter().filter(|t| !t.answer.is_empty()).collect(),
            created: file.created,
            updated: file.updated,
        },
        revision: file.revision,
        migrated_from: (schema < SCHEMA).then_some(schema),
        app_version: file.app_version,
    })
}

/// Preferences kept beside the assessment. Read strictly by [`crate::stored::read_prefs`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Prefs {
    /// Language code chosen by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// When each assessment (by id) was last downloaded as a file that can restore it (ISO time).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub backed_up: BTreeMap<AssessmentId, String>,
}

impl Prefs {
    /// Reads preferences; anything unreadable means defaults (they are not worth a warning).
    pub fn decode(text: &str) -> Prefs {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
