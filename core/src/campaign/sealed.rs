//! The envelope of an encrypted submission (`x1060-sealed`, schema 1), docs/campaigns.md and
//! docs/sealed.schema.json.
//!
//! The browser encrypts (WebCrypto): a fresh AES-256-GCM key and a fresh 12-byte nonce per file;
//! the submission's UTF-8 text is encrypted with them (the 16-byte tag ends the ciphertext); the
//! AES key's 32 raw bytes are encrypted with the organiser's RSA-OAEP (SHA-256) public key. This
//! module only reads and writes the envelope; it never sees a key.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::b64;
use crate::json::{self, clip, clip_message, JsonError};

/// Value of the `format` field of every sealed file.
pub const FORMAT: &str = "x1060-sealed";
/// The schema this code reads and writes.
pub const SCHEMA: u32 = 1;
/// The only scheme: RSA-OAEP with SHA-256 wraps an AES-256-GCM key.
pub const ALG: &str = "RSA-OAEP-256+A256GCM";
/// Length of the AES-GCM nonce, in bytes.
pub const IV_BYTES: usize = 12;
/// Length of the AES-GCM tag at the end of the ciphertext, in bytes.
pub const TAG_BYTES: usize = 16;
/// Largest sealed file read: a submission at its largest, in base64, and some room.
pub const MAX_BYTES: usize = super::submission::MAX_BYTES / 3 * 4 + 64 * 1024;

/// A sealed submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub format: String,
    pub schema: u32,
    /// The campaign's id (not secret: it says which key opens the file).
    pub campaign: String,
    pub alg: String,
    /// The organiser key's `kid`, when the campaign's key has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// The AES key, encrypted with RSA-OAEP (base64).
    pub wrapped_key: String,
    /// The AES-GCM nonce (base64, 12 bytes).
    pub iv: String,
    /// The encrypted submission followed by the GCM tag (base64).
    pub ciphertext: String,
}

/// The bytes of an envelope, decoded from base64 and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub envelope: Envelope,
    pub wrapped_key: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Why an envelope cannot be read (before any decryption).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedError {
    TooLarge { bytes: usize },
    Json(JsonError),
    NotSealed,
    NewerSchema { found: u64 },
    Invalid { at: String, problem: String },
}

impl fmt::Display for SealedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(f, "The file is too large ({} KB).", bytes / 1024),
            Self::Json(e) => write!(f, "The file is not valid JSON: {e}."),
            Self::NotSealed => write!(f, "This is not a sealed submission (\"format\" must be \"{FORMAT}\")."),
            Self::NewerSchema { found } => {
                write!(f, "This sealed file uses schema {found}; this app reads schema {SCHEMA}.")
            }
            Self::Invalid { at, problem } => write!(f, "{}: {}.", json::place(at), clip_message(problem)),
        }
    }
}

impl std::error::Error for SealedError {}

fn invalid(at: &str, problem: impl Into<String>) -> SealedError {
    SealedError::Invalid { at: at.into(), problem: problem.into() }
}

impl Envelope {
    /// An envelope for the given bytes.
    pub fn new(campaign: &str, kid: Option<&str>, wrapped_key: &[u8], iv: &[u8], ciphertext: &[u8]) -> Envelope {
        Envelope {
            format: FORMAT.into(),
            schema: SCHEMA,
            campaign: campaign.into(),
            alg: ALG.into(),
            kid: kid.map(str::to_string),
            wrapped_key: b64::encode(wrapped_key),
            iv: b64::encode(iv),
            ciphertext: b64::encode(ciphertext),
        }
    }

    /// The envelope as a file.
    pub fn encode(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The file name: `x1060-submission-<campaign>-<date>.sealed.json`.
    pub fn file_name(campaign: &str, date: &str) -> String {
        format!("x1060-submission-{campaign}-{date}.sealed.json")
    }
}

/// Whether a text looks like a sealed file (its `format`), without reading it all.
pub fn is_sealed(text: &str) -> bool {
    json::parse(text.trim_start_matches('\u{FEFF}'))
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_str()).map(|f| f == FORMAT))
        .unwrap_or(false)
}

/// Reads an envelope strictly and decodes its bytes.
pub fn open(text: &str) -> Result<Opened, SealedError> {
    if text.len() > MAX_BYTES {
        return Err(SealedError::TooLarge { bytes: text.len() });
    }
    let value = json::parse(text.trim_start_matches('\u{FEFF}')).map_err(SealedError::Json)?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => return Err(SealedError::NotSealed),
    }
    match value.get("schema").map(json::whole_number) {
        Some(Some(n)) if n > u64::from(SCHEMA) => return Err(SealedError::NewerSchema { found: n }),
        Some(Some(n)) if n == u64::from(SCHEMA) => {}
        _ => return Err(invalid("schema", format!("expected the whole number {SCHEMA}"))),
    }
    let envelope: Envelope = serde_path_to_error::deserialize(value).map_err(|e| SealedError::Invalid {
        at: clip(&e.path().to_string(), 200),
        problem: clip_message(&e.into_inner().to_string()),
    })?;
    if envelope.alg != ALG {
        return Err(invalid("alg", format!("expected \"{ALG}\"")));
    }
    if !super::is_key(&envelope.campaign, super::file::MAX_KEY_CHARS) {
        return Err(invalid("campaign", "expected a campaign id"));
    }
    let wrapped_key = b64::decode(&envelope.wrapped_key)
        .filter(|k| (256..=512).contains(&k.len()))
        .ok_or_else(|| invalid("wrapped_key", "expected 256 to 512 bytes in base64"))?;
    let iv = b64::decode(&envelope.iv)
        .filter(|v| v.len() == IV_BYTES)
        .ok_or_else(|| invalid("iv", format!("expected {IV_BYTES} bytes in base64")))?;
    let ciphertext = b64::decode(&envelope.ciphertext)
        .filter(|c| c.len() > TAG_BYTES)
        .ok_or_else(|| invalid("ciphertext", "expected the encrypted data in base64"))?;
    Ok(Opened { envelope, wrapped_key, iv, ciphertext })
}
