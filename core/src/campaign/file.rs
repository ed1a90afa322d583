//! The campaign file (`x1060-campaign`, schema 1), documented in docs/campaigns.md and described
//! by docs/campaign.schema.json.
//!
//! Read strictly: UTF-8 only, a repeated key, an unknown field, a wrong type, a key that is not a
//! plain key, a text missing in one of the campaign's languages or a limit passed are refused, and
//! the message names the place and what was expected. Nothing here panics.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, LocalText};
use crate::error_text::ErrorText;
use crate::json::{self, clip, clip_message, JsonError};

/// Value of the `format` field of every campaign file.
pub const FORMAT: &str = "x1060-campaign";
/// The schema this code reads and writes.
pub const SCHEMA: u32 = 1;
/// Largest campaign file read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// Longest campaign id, field key or choice key, in characters.
pub const MAX_KEY_CHARS: usize = 64;
/// Most languages a campaign is written in.
pub const MAX_LANGUAGES: usize = 10;
/// Longest name, organiser or label, in characters, in each language.
pub const MAX_LABEL_CHARS: usize = 200;
/// Longest consent statement or description, in characters, in each language.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// Most profile fields a campaign asks.
pub const MAX_FIELDS: usize = 20;
/// Most values in one closed list (a list of every country has about 250).
pub const MAX_CHOICES: usize = 300;
/// Most categories in scope.
pub const MAX_SCOPE: usize = 50;
/// Longest catalogue id, version or edition, in characters (as the catalogue format).
pub const MAX_REF_CHARS: usize = crate::catalogue::MAX_REF_CHARS;
/// RSA modulus sizes accepted for the organiser's key, in bits.
pub const RSA_BITS: std::ops::RangeInclusive<usize> = 2048..=4096;

/// The catalogue a campaign is assessed with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueScope {
    pub id: String,
    pub version: String,
    /// The edition's name as the catalogue gives it (shown; not compared).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub edition: String,
    /// The ids of the categories in scope, in the order shown.
    pub categories: Vec<crate::ids::CategoryId>,
}

/// One value of a closed list: a stable key (written in the submission) and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub key: String,
    pub label: LocalText,
}

/// How a profile field is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Free text (kept short: [`MAX_LABEL_CHARS`]).
    Text,
    /// One value of a closed list.
    Choice,
}

/// A profile field the campaign asks: sector, size band, region, type of assessment, ...
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileField {
    /// Stable key, written in the submission.
    pub key: String,
    pub label: LocalText,
    pub kind: FieldKind,
    /// Whether a submission needs it.
    #[serde(default)]
    pub required: bool,
    /// The closed list (kind `choice` only, and then at least two values).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
}

impl ProfileField {
    /// The choice with key `key`.
    pub fn choice(&self, key: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.key == key)
    }
}

/// What a campaign may ask for beyond the answers and the profile. Nothing of it is sent unless
/// the campaign asks for it and the participant agrees, one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Extra {
    /// The organisation's name and the assessment's name.
    Names,
    /// Who made the assessment.
    Assessor,
    /// The owner of each service.
    Owners,
    /// The evidence of each service.
    Evidence,
    /// The note of each service.
    Notes,
    /// Why a service is not needed.
    Reasons,
}

impl Extra {
    pub const ALL: [Extra; 6] =
        [Extra::Names, Extra::Assessor, Extra::Owners, Extra::Evidence, Extra::Notes, Extra::Reasons];

    /// Stable key, as in the files.
    pub fn key(self) -> &'static str {
        match self {
            Extra::Names => "names",
            Extra::Assessor => "assessor",
            Extra::Owners => "owners",
            Extra::Evidence => "evidence",
            Extra::Notes => "notes",
            Extra::Reasons => "reasons",
        }
    }
}

/// The organiser's public key: an RSA JSON Web Key (RFC 7517) for RSA-OAEP with SHA-256, as
/// WebCrypto exports it. Only the public part: a private member (`d`, `p`, ...) is refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicJwk {
    pub kty: String,
    pub n: String,
    pub e: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_ops: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<bool>,
}

/// The algorithm name of the organiser's key, as JWK spells it.
pub const JWK_ALG: &str = "RSA-OAEP-256";

impl PublicJwk {
    /// The modulus size in bits (0 when `n` is not base64url).
    pub fn bits(&self) -> usize {
        super::b64::decode_url(&self.n)
            .map(|n| {
                let lead = n.iter().take_while(|b| **b == 0).count();
                match n.get(lead) {
                    Some(first) => (n.len() - lead) * 8 - first.leading_zeros() as usize,
                    None => 0,
                }
            })
            .unwrap_or(0)
    }

    /// The key as WebCrypto imports it: `kty`, `n`, `e`, `alg`, `ext`, `key_ops` (`encrypt`).
    pub fn for_import(&self) -> String {
        serde_json::json!({ "kty": "RSA", "n": self.n, "e": self.e, "alg": JWK_ALG, "ext": true, "key_ops": ["encrypt"] })
            .to_string()
    }
}

/// A whole campaign file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    pub format: String,
    pub schema: u32,
    /// Stable id: lower-case letters, digits, `-`, `_` (it is part of the file names).
    pub id: String,
    /// The languages the campaign is written in; the first is the one shown when the
    /// interface's language is not among them.
    pub languages: Vec<String>,
    pub name: LocalText,
    pub organiser: LocalText,
    /// More about the campaign (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalText>,
    pub catalogue: CatalogueScope,
    #[serde(default)]
    pub profile: Vec<ProfileField>,
    /// What the campaign asks for beyond the answers (see [`Extra`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asks: Vec<Extra>,
    /// The consent statement the participant agrees to before the file is made.
    pub consent: LocalText,
    /// The last day to send the file, `YYYY-MM-DD`.
    pub deadline: String,
    /// When given, submissions are encrypted for the organiser ([`super::sealed`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<PublicJwk>,
}

/// Why a campaign file was refused. Each message names the place and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CampaignError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not UTF-8 text (UTF-16 included).
    NotUtf8,
    /// Not JSON, or JSON we refuse (a repeated key, too deep).
    Json(JsonError),
    /// `format` is not `x1060-campaign`.
    NotACampaign,
    /// Made for a newer app.
    NewerSchema { found: u64 },
    /// A rule of the format is broken; `at` names the place.
    Invalid { at: String, problem: String },
}

impl CampaignError {
    /// Stable code, for tests and support.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "too-large",
            Self::NotUtf8 => "not-utf8",
            Self::Json(_) => "not-json",
            Self::NotACampaign => "not-a-campaign",
            Self::NewerSchema { .. } => "newer-schema",
            Self::Invalid { .. } => "invalid",
        }
    }
}

impl fmt::Display for CampaignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "The file is too large ({} KB). A campaign file can be at most {} KB.",
                bytes / 1024,
                MAX_BYTES / 1024
            ),
            Self::NotUtf8 => f.write_str("The file is not UTF-8 text. Save it again as UTF-8."),
            Self::Json(e) => write!(f, "The file is not valid JSON: {e}."),
            Self::NotACampaign => write!(f, "This is not an X.1060 campaign file (\"format\" must be \"{FORMAT}\")."),
            Self::NewerSchema { found } => write!(
                f,
                "This campaign uses schema {found}; this app reads schema {SCHEMA}. Use a newer version of the app."
            ),
            Self::Invalid { at, problem } => write!(f, "{}: {}.", json::place(at), clip_message(problem)),
        }
    }
}

impl std::error::Error for CampaignError {}

impl CampaignError {
    /// Why the campaign file was refused, in the language of `t`. The English text is the
    /// `Display` text.
    pub fn message(&self, t: &ErrorText) -> String {
        match self {
            Self::TooLarge { bytes } => (t.campaign_too_large)(bytes / 1024, MAX_BYTES / 1024),
            Self::NotUtf8 => t.campaign_not_utf8.to_string(),
            Self::Json(e) => (t.campaign_not_json)(&e.message(t)),
            Self::NotACampaign => (t.not_a_campaign)(&(t.technical)(FORMAT)),
            Self::NewerSchema { found } => (t.campaign_newer)(*found, SCHEMA),
            Self::Invalid { at, problem } => (t.campaign_invalid)(&t.place(at), &(t.technical)(&clip_message(problem))),
        }
    }
}

fn invalid(at: impl Into<String>, problem: impl Into<String>) -> CampaignError {
    CampaignError::Invalid { at: at.into(), problem: problem.into() }
}

/// How well a campaign fits the catalogue in use ([`Campaign::check_catalogue`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueMismatch {
    /// The campaign is for another catalogue (its id).
    OtherCatalogue { id: String },
    /// The campaign is for another version of this catalogue (its version).
    OtherVersion { version: String },
    /// A category in scope that the catalogue does not have.
    UnknownCategory { id: crate::ids::CategoryId },
}

impl fmt::Display for CatalogueMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OtherCatalogue { id } => write!(f, "the campaign is for the catalogue \"{}\"", clip(id, 60)),
            Self::OtherVersion { version } => {
                write!(f, "the campaign is for version \"{}\" of the catalogue", clip(version, 60))
            }
            Self::UnknownCategory { id } => write!(f, "the catalogue has no category \"{}\"", clip(id, 60)),
        }
    }
}

impl CatalogueMismatch {
    /// Why the campaign does not fit, as a part of a sentence, in the language of `t` (the
    /// sentence: `t.campaign_unusable`). The English text is the `Display` text.
    pub fn message(&self, t: &ErrorText) -> String {
        match self {
            Self::OtherCatalogue { id } => (t.campaign_other_catalogue)(&(t.technical)(&clip(id, 60))),
            Self::OtherVersion { version } => (t.campaign_other_version)(&(t.technical)(&clip(version, 60))),
            Self::UnknownCategory { id } => (t.campaign_unknown_category)(&(t.technical)(&clip(id, 60))),
        }
    }
}

impl Campaign {
    /// Reads and validates a campaign file from its bytes.
    pub fn parse_bytes(bytes: &[u8]) -> Result<Campaign, CampaignError> {
        if bytes.len() > MAX_BYTES {
            return Err(CampaignError::TooLarge { bytes: bytes.len() });
        }
        if crate::json::looks_like_utf16(bytes) {
            return Err(CampaignError::NotUtf8);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| CampaignError::NotUtf8)?;
        Campaign::parse(text)
    }

    /// Reads and validates a campaign file.
    pub fn parse(text: &str) -> Result<Campaign, CampaignError> {
        if text.len() > MAX_BYTES {
            return Err(CampaignError::TooLarge { bytes: text.len() });
        }
        let text = text.trim_start_matches('\u{FEFF}');
        let value = json::parse(text).map_err(CampaignError::Json)?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            _ => return Err(CampaignError::NotACampaign),
        }
        match value.get("schema").map(json::whole_number) {
            Some(Some(n)) if n > u64::from(SCHEMA) => return Err(CampaignError::NewerSchema { found: n }),
            Some(Some(n)) if n == u64::from(SCHEMA) => {}
            _ => return Err(invalid("schema", format!("expected the whole number {SCHEMA}"))),
        }
        if let Some(k) = value.get("public_key").and_then(|k| k.as_object()) {
            if ["d", "p", "q", "dp", "dq", "qi"].iter().any(|m| k.contains_key(*m)) {
                return Err(invalid(
                    "public_key",
                    "this is a private key; a campaign file carries only the public key (never share the private key)",
                ));
            }
        }
        let c: Campaign = serde_path_to_error::deserialize(value).map_err(|e| CampaignError::Invalid {
            at: clip(&e.path().to_string(), 200),
            problem: clip_message(&e.into_inner().to_string()),
        })?;
        c.validate()?;
        Ok(c)
    }

    /// The campaign as a file (what the organiser tool writes), pretty-printed.
    pub fn encode(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks every rule of the format beyond types.
    pub fn validate(&self) -> Result<(), CampaignError> {
        if self.format != FORMAT {
            return Err(CampaignError::NotACampaign);
        }
        if self.schema != SCHEMA {
            return Err(invalid("schema", format!("expected {SCHEMA}")));
        }
        if !super::is_key(&self.id, MAX_KEY_CHARS) {
            return Err(invalid("id", key_rule()));
        }
        if self.languages.is_empty() || self.languages.len() > MAX_LANGUAGES {
            return Err(invalid("languages", format!("must list 1 to {MAX_LANGUAGES} languages")));
        }
        let mut seen = BTreeSet::new();
        for (i, l) in self.languages.iter().enumerate() {
            if !is_lang_code(l) {
                return Err(invalid(format!("languages[{i}]"), "expected a language code such as \"en\" or \"fr\""));
            }
            if !seen.insert(l.as_str()) {
                return Err(invalid(format!("languages[{i}]"), format!("\"{l}\" is listed twice")));
            }
        }
        self.check_text("name", &self.name, MAX_LABEL_CHARS)?;
        self.check_text("organiser", &self.organiser, MAX_LABEL_CHARS)?;
        if let Some(d) = &self.description {
            self.check_text("description", d, MAX_TEXT_CHARS)?;
        }
        self.check_text("consent", &self.consent, MAX_TEXT_CHARS)?;
        for (at, v) in [("catalogue.id", &self.catalogue.id), ("catalogue.version", &self.catalogue.version)] {
            if v.trim().is_empty() {
                return Err(invalid(at, "must not be empty"));
            }
        }
        for (at, v) in [
            ("catalogue.id", &self.catalogue.id),
            ("catalogue.version", &self.catalogue.version),
            ("catalogue.edition", &self.catalogue.edition),
        ] {
            if v.chars().count() > MAX_REF_CHARS {
                return Err(invalid(at, format!("longer than {MAX_REF_CHARS} characters")));
            }
        }
        let scope = &self.catalogue.categories;
        if scope.is_empty() || scope.len() > MAX_SCOPE {
            return Err(invalid("catalogue.categories", format!("must list 1 to {MAX_SCOPE} categories")));
        }
        let mut seen = BTreeSet::new();
        for (i, c) in scope.iter().enumerate() {
            if c.is_empty() || c.len() > crate::catalogue::MAX_ID_CHARS {
                return Err(invalid(format!("catalogue.categories[{i}]"), "expected a category id"));
            }
            if !seen.insert(c.as_str()) {
                return Err(invalid(
                    format!("catalogue.categories[{i}]"),
                    format!("\"{}\" is listed twice", clip(c, 20)),
                ));
            }
        }
        if self.profile.len() > MAX_FIELDS {
            return Err(invalid("profile", format!("more than {MAX_FIELDS} fields")));
        }
        let mut keys = BTreeSet::new();
        for (i, f) in self.profile.iter().enumerate() {
            let at = format!("profile[{i}]");
            if !super::is_key(&f.key, MAX_KEY_CHARS) {
                return Err(invalid(format!("{at}.key"), key_rule()));
            }
            if !keys.insert(f.key.as_str()) {
                return Err(invalid(format!("{at}.key"), format!("\"{}\" is used by two fields", f.key)));
            }
            self.check_text(&format!("{at}.label"), &f.label, MAX_LABEL_CHARS)?;
            match f.kind {
                FieldKind::Text if !f.choices.is_empty() => {
                    return Err(invalid(format!("{at}.choices"), "a text field has no list of values"))
                }
                FieldKind::Choice if f.choices.len() < 2 || f.choices.len() > MAX_CHOICES => {
                    return Err(invalid(format!("{at}.choices"), format!("must list 2 to {MAX_CHOICES} values")))
                }
                _ => {}
            }
            let mut choice_keys = BTreeSet::new();
            for (j, c) in f.choices.iter().enumerate() {
                let at = format!("{at}.choices[{j}]");
                if !super::is_key(&c.key, MAX_KEY_CHARS) {
                    return Err(invalid(format!("{at}.key"), key_rule()));
                }
                if !choice_keys.insert(c.key.as_str()) {
                    return Err(invalid(format!("{at}.key"), format!("\"{}\" is used twice in this list", c.key)));
                }
                self.check_text(&format!("{at}.label"), &c.label, MAX_LABEL_CHARS)?;
            }
        }
        let mut asks = BTreeSet::new();
        for (i, a) in self.asks.iter().enumerate() {
            if !asks.insert(*a) {
                return Err(invalid(format!("asks[{i}]"), format!("\"{}\" is listed twice", a.key())));
            }
        }
        if !super::is_date(&self.deadline) {
            return Err(invalid("deadline", "expected a date written YYYY-MM-DD"));
        }
        if let Some(k) = &self.public_key {
            check_jwk(k)?;
        }
        Ok(())
    }

    /// A text of the campaign must be given in each of its languages and in no other, be no longer
    /// than `max` characters, and not be blank.
    fn check_text(&self, at: &str, t: &LocalText, max: usize) -> Result<(), CampaignError> {
        for l in &self.languages {
            if !t.has(l) {
                return Err(invalid(at, format!("the text in \"{l}\" is missing")));
            }
        }
        for (code, text) in &t.0 {
            if !self.languages.iter().any(|l| l == code) {
                return Err(invalid(
                    format!("{at}.{}", clip(code, 20)),
                    "a language the campaign does not list in \"languages\"",
                ));
            }
            if text.chars().count() > max {
                return Err(invalid(format!("{at}.{code}"), format!("longer than {max} characters")));
            }
        }
        Ok(())
    }

    /// The language code the campaign's texts are shown in for an interface in `ui`: that
    /// language when the campaign has it, else the campaign's first language.
    pub fn text_lang<'a>(&'a self, ui: &str) -> &'a str {
        self.languages.iter().find(|l| *l == ui).or_else(|| self.languages.first()).map(String::as_str).unwrap_or("en")
    }

    /// The profile field with key `key`.
    pub fn field(&self, key: &str) -> Option<&ProfileField> {
        self.profile.iter().find(|f| f.key == key)
    }

    /// Whether the campaign asks for `e`.
    pub fn asks_for(&self, e: Extra) -> bool {
        self.asks.contains(&e)
    }

    /// Whether a category is in scope.
    pub fn in_scope(&self, category: &str) -> bool {
        self.catalogue.categories.iter().any(|c| c == category)
    }

    /// Whether the campaign fits `c`: the same catalogue id and version, and every category in
    /// scope known to it.
    pub fn check_catalogue(&self, c: &Catalogue) -> Result<(), CatalogueMismatch> {
        if self.catalogue.id != c.id {
            return Err(CatalogueMismatch::OtherCatalogue { id: self.catalogue.id.clone() });
        }
        if self.catalogue.version != c.version {
            return Err(CatalogueMismatch::OtherVersion { version: self.catalogue.version.clone() });
        }
        match self.catalogue.categories.iter().find(|id| !c.categories.iter().any(|k| &&k.id == id)) {
            Some(id) => Err(CatalogueMismatch::UnknownCategory { id: id.clone() }),
            None => Ok(()),
        }
    }
}

fn key_rule() -> String {
    format!(
        "expected 1 to {MAX_KEY_CHARS} lower-case letters, digits, \"-\" or \"_\", starting with a letter or a digit"
    )
}

/// A language code: two or three lower-case letters, optionally a region (`fr-CA`).
fn is_lang_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    let region = parts.next();
    parts.next().is_none()
        && (2..=3).contains(&primary.len())
        && primary.bytes().all(|c| c.is_ascii_lowercase())
        && region.is_none_or(|r| (2..=4).contains(&r.len()) && r.bytes().all(|c| c.is_ascii_alphanumeric()))
}

fn check_jwk(k: &PublicJwk) -> Result<(), CampaignError> {
    if k.kty != "RSA" {
        return Err(invalid("public_key.kty", "expected \"RSA\""));
    }
    if let Some(alg) = &k.alg {
        if alg != JWK_ALG {
            return Err(invalid("public_key.alg", format!("expected \"{JWK_ALG}\"")));
        }
    }
    if k.kid.as_ref().is_some_and(|s| s.chars().count() > MAX_LABEL_CHARS) {
        return Err(invalid("public_key.kid", format!("longer than {MAX_LABEL_CHARS} characters")));
    }
    if k.use_.as_ref().is_some_and(|u| u != "enc") {
        return Err(invalid("public_key.use", "expected \"enc\""));
    }
    if let Some(ops) = &k.key_ops {
        if ops.iter().any(|o| o != "encrypt" && o != "wrapKey") {
            return Err(invalid("public_key.key_ops", "a public key only encrypts (\"encrypt\", \"wrapKey\")"));
        }
    }
    let bits = k.bits();
    if !RSA_BITS.contains(&bits) {
        return Err(invalid(
            "public_key.n",
            format!("expected an RSA modulus of {} to {} bits in base64url", RSA_BITS.start(), RSA_BITS.end()),
        ));
    }
    match super::b64::decode_url(&k.e) {
        Some(e) if !e.is_empty() && e.len() <= 8 && e.last().is_some_and(|b| b & 1 == 1) => Ok(()),
        _ => Err(invalid("public_key.e", "expected an odd RSA exponent in base64url, such as \"AQAB\"")),
    }
}
