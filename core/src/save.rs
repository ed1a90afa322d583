//! The assessment file format (`x1060-assessment`, schema 1): the JSON a user downloads and the
//! form kept in browser storage. Decoding is strict and explains failures; nothing here panics.
//!
//! ```json
//! { "format": "x1060-assessment", "schema": 1, "app_version": "0.1.0",
//!   "name": "2026 baseline", "created": "...", "updated": "...",
//!   "catalogue": { "id": "x1060-builtin", "version": "2026.11" },
//!   "profile": { "organisation": "..." },
//!   "services": { "A-1": { "need": "needed", "delivery": "in_house", "current": 2, "target": 3 } } }
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{Assessment, CatalogueRef, Profile, ServiceRecord};

/// Value of the `format` field of every assessment file.
pub const FORMAT: &str = "x1060-assessment";
/// The schema this code writes, and the newest it reads.
pub const SCHEMA: u32 = 1;
/// Largest assessment file we read, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    format: String,
    schema: u32,
    #[serde(default)]
    app_version: String,
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
    services: BTreeMap<String, ServiceRecord>,
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
            Self::NotJson { detail } => write!(f, "The data is not valid JSON ({detail})."),
            Self::NotOurs => write!(f, "The data is not an X.1060 assessment (\"format\" is not \"{FORMAT}\")."),
            Self::NewerSchema { found } => write!(f, "The data uses schema {found}, made by a newer version of this app; this version reads schema {SCHEMA}."),
            Self::Invalid { detail } => write!(f, "The assessment has a wrong field: {detail}."),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The assessment as a file, compact (for storage) or pretty (for download).
pub fn encode(a: &Assessment, pretty: bool) -> String {
    let file = FileV1 {
        format: FORMAT.into(),
        schema: SCHEMA,
        app_version: crate::APP_VERSION.into(),
        name: a.name.clone(),
        created: a.created.clone(),
        updated: a.updated.clone(),
        catalogue: a.catalogue.clone(),
        profile: a.profile.clone(),
        services: a.services.clone(),
    };
    let out = if pretty { serde_json::to_string_pretty(&file) } else { serde_json::to_string(&file) };
    // Serialising plain strings, numbers and maps cannot fail.
    out.unwrap_or_default()
}

/// Reads an assessment file strictly.
pub fn decode(text: &str) -> Result<Assessment, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson { detail: e.to_string() })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    match value.get("schema").and_then(|s| s.as_u64()) {
        Some(n) if n > u64::from(SCHEMA) => return Err(DecodeError::NewerSchema { found: n }),
        Some(_) => {}
        None => return Err(DecodeError::Invalid { detail: "\"schema\" must be a whole number".into() }),
    }
    let file: FileV1 = serde_json::from_value(value).map_err(|e| DecodeError::Invalid { detail: e.to_string() })?;
    if file.schema != SCHEMA {
        return Err(DecodeError::Invalid { detail: format!("\"schema\" {} is not supported", file.schema) });
    }
    Ok(Assessment {
        name: file.name,
        catalogue: file.catalogue,
        profile: file.profile,
        services: file.services.into_iter().filter(|(_, r)| !r.is_empty()).collect(),
        created: file.created,
        updated: file.updated,
    })
}

/// Preferences kept beside the assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Language code chosen by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
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
