//! The service catalogue: categories and services with stable ids, titles and descriptions per
//! language, and where each title comes from (provenance).
//!
//! The built-in catalogue is a catalogue file (`core/catalogue/builtin.json`) compiled in and read
//! by the same validating parser that reads a user's own file.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error_text::ErrorText;
use crate::ids::{CategoryId, ServiceId};
use crate::json::{clip, clip_message};
use crate::lang::Lang;

/// The text of the built-in catalogue file.
pub const BUILTIN_JSON: &str = include_str!("../catalogue/builtin.json");
/// [`BUILTIN_JSON`] with its English texts only, made at build time (core/build.rs): what the web
/// app's first download holds. The other languages' texts come with their interface strings.
pub const BUILTIN_BASE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-base.json"));
/// The built-in catalogue's Japanese texts, taken out of [`BUILTIN_JSON`] at build time (as
/// [`BUILTIN_AR_JSON`]).
pub const BUILTIN_JA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-ja.json"));
/// The built-in catalogue's French texts, as [`BUILTIN_JA_JSON`].
pub const BUILTIN_FR_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-fr.json"));
/// Every language of the built-in catalogue ([`Catalogue::builtin`]), though the web app's copy
/// holds only those loaded so far: what it says it has, and what it is compared with.
pub const BUILTIN_LANGUAGES: [&str; 5] = ["en", "ja", "fr", "ar", "mn"];
/// The built-in catalogue's Arabic texts, kept out of [`BUILTIN_JSON`] so that the web app's first
/// download does not carry them: they travel with the Arabic interface strings (a part of their
/// own). A flat object, `"<id>.title"`, `"<id>.description"`, `"<id>.provenance_note"` and
/// `"source"` to the text; read by [`Catalogue::add_texts`].
pub const BUILTIN_AR_JSON: &str = include_str!("../catalogue/builtin-ar.json");
/// The built-in catalogue's Mongolian texts, as [`BUILTIN_AR_JSON`].
pub const BUILTIN_MN_JSON: &str = include_str!("../catalogue/builtin-mn.json");

/// Value of the `format` field of every catalogue file.
pub const CATALOGUE_FORMAT: &str = "x1060-catalogue";
/// Newest catalogue schema this code reads.
pub const CATALOGUE_SCHEMA: u32 = 1;
/// Largest catalogue file we accept, in bytes.
pub const MAX_CATALOGUE_BYTES: usize = 2 * 1024 * 1024;
/// Longest category or service id, in characters (letters, digits, `-`, `.`).
pub const MAX_ID_CHARS: usize = 16;
/// Longest catalogue `id`, `version` or `edition`, in characters.
pub const MAX_REF_CHARS: usize = 200;
/// Longest title, in characters, in each language.
pub const MAX_TITLE_CHARS: usize = 300;
/// Longest description, source or provenance note, in characters, in each language.
pub const MAX_DESCRIPTION_CHARS: usize = 5_000;
/// Most languages in one catalogue.
pub const MAX_LANGUAGES: usize = 50;
/// Most categories in one catalogue (X.1060 has 9).
pub const MAX_CATEGORIES: usize = 50;
/// Most services in one catalogue (X.1060 lists 64). Every service is a card with a dozen
/// controls: with more, the page is slow to open and to answer on an ordinary laptop.
pub const MAX_SERVICES: usize = 500;
/// Most services in one category (X.1060's largest has 13): a category is shown as one page,
/// so this bounds the work of every click in it.
pub const MAX_SERVICES_PER_CATEGORY: usize = 100;
/// Most mappings one catalogue file carries.
pub const MAX_MAPPINGS: usize = 20;

/// A text in several languages, keyed by language code (`en`, `ja`, ...).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalText(pub BTreeMap<String, String>);

impl LocalText {
    /// The text in `lang`, else in English, else any text there is, else "".
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.code())
            .filter(|s| !s.trim().is_empty())
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The text in the language with code `code`, else in English, else any text there is.
    pub fn get_code(&self, code: &str) -> &str {
        self.0
            .get(code)
            .filter(|s| !s.trim().is_empty())
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether the text exists in `lang` itself, without falling back.
    pub fn has(&self, code: &str) -> bool {
        self.0.get(code).is_some_and(|s| !s.trim().is_empty())
    }
}

/// How well a title is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Checked against a source that shows the Recommendation's own text.
    Confirmed,
    /// Reconstructed; not checked against the Recommendation's Annex A.
    Provisional,
}

/// One of the nine categories A–I.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: CategoryId,
    pub title: LocalText,
    pub description: LocalText,
    pub provenance: Provenance,
    /// Languages whose title is the Recommendation's own official wording (such as the ITU's
    /// French); in every other language the title is a translation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_titles: Vec<String>,
}

/// One service of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    pub category: CategoryId,
    pub provenance: Provenance,
    pub title: LocalText,
    pub description: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance_note: Option<LocalText>,
    /// Languages whose title is the Recommendation's own official wording (see [`Category`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_titles: Vec<String>,
}

/// A whole catalogue file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format: String,
    pub schema: u32,
    pub id: String,
    pub version: String,
    pub edition: String,
    /// How many services the Recommendation itself lists, when known (64 for X.1060).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_service_count: Option<u32>,
    pub languages: Vec<String>,
    #[serde(default)]
    pub source: LocalText,
    pub categories: Vec<Category>,
    pub services: Vec<Service>,
    /// Mappings from other catalogues to this one (`x1060-mapping` without `to`,
    /// docs/catalogue-editions.md). Kept as the file's JSON, taken out by [`Catalogue::parse`]
    /// before the typed reading, and read by [`crate::edition`] only when answers move: the first
    /// screen carries neither the mapping reader nor a second JSON-value reader.
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub mappings: Vec<serde_json::Value>,
}

/// Counts of how well the catalogue's services are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProvenanceCounts {
    pub confirmed: usize,
    pub provisional: usize,
    /// Services the Recommendation lists that this catalogue does not have.
    pub missing: usize,
}

/// Why a catalogue file was refused. Each message names the place and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// The file is larger than [`MAX_CATALOGUE_BYTES`].
    TooLarge { bytes: usize },
    /// Saved as UTF-16 (with or without a byte order mark); only UTF-8 is read.
    Utf16,
    /// Not UTF-8 text: the first bad byte is at `offset` (counted from 0).
    NotUtf8 { offset: usize },
    /// The file is not JSON, or a field has the wrong type.
    Syntax { detail: String },
    /// The `format` field is not `x1060-catalogue`.
    NotACatalogue,
    /// The schema is newer than this app reads.
    NewerSchema { found: u32 },
    /// A rule of the format is broken; `at` names the place.
    Invalid { at: String, problem: String },
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "The file is too large ({} KB). A catalogue file can be at most {} KB.",
                bytes / 1024,
                MAX_CATALOGUE_BYTES / 1024
            ),
            Self::Utf16 => f.write_str("The file is saved as UTF-16 text; expected UTF-8. Save it again as UTF-8."),
            Self::NotUtf8 { offset } => {
                write!(f, "The file is not UTF-8 text: the byte at position {offset} is not valid.")
            }
            Self::Syntax { detail } => write!(f, "The file is not a valid catalogue: {}.", clip_message(detail)),
            Self::NotACatalogue => {
                write!(f, "This is not an X.1060 catalogue file (\"format\" must be \"{CATALOGUE_FORMAT}\").")
            }
            Self::NewerSchema { found } => write!(
                f,
                "This catalogue uses schema {found}; this app reads schema {CATALOGUE_SCHEMA}. Use a newer version of the app."
            ),
            Self::Invalid { at, problem } => write!(f, "{}: {}.", clip(at, 120), clip_message(problem)),
        }
    }
}

impl std::error::Error for CatalogueError {}

impl CatalogueError {
    /// Why the catalogue file was refused, in the language of `t`. The English text is the
    /// `Display` text.
    pub fn message(&self, t: &ErrorText) -> String {
        let tech = t.technical;
        match self {
            Self::TooLarge { bytes } => (t.catalogue_too_large)(bytes / 1024, MAX_CATALOGUE_BYTES / 1024),
            Self::Utf16 => t.utf16.to_string(),
            Self::NotUtf8 { offset } => (t.catalogue_not_utf8)(*offset),
            Self::Syntax { detail } => (t.catalogue_syntax)(&tech(&clip_message(detail))),
            Self::NotACatalogue => (t.not_a_catalogue)(&tech(CATALOGUE_FORMAT)),
            Self::NewerSchema { found } => (t.catalogue_newer)(*found, CATALOGUE_SCHEMA),
            Self::Invalid { at, problem } => {
                (t.catalogue_invalid)(&tech(&clip(at, 120)), &tech(&clip_message(problem)))
            }
        }
    }
}

fn invalid(at: impl Into<String>, problem: impl Into<String>) -> CatalogueError {
    CatalogueError::Invalid { at: at.into(), problem: problem.into() }
}

impl Catalogue {
    /// The built-in catalogue as the web app's first download has it: English only (the other
    /// languages' texts come with their parts, [`Catalogue::add_texts`]). It is checked by a test,
    /// so failing here is a build defect.
    pub fn builtin_base() -> Catalogue {
        match Catalogue::parse(BUILTIN_BASE_JSON) {
            Ok(c) => c,
            // A test guarantees this cannot happen; an empty catalogue keeps the app alive anyway.
            Err(_) => Catalogue {
                format: CATALOGUE_FORMAT.into(),
                schema: CATALOGUE_SCHEMA,
                id: "empty".into(),
                version: "0".into(),
                edition: String::new(),
                official_service_count: None,
                languages: vec!["en".into()],
                source: LocalText::default(),
                categories: vec![],
                services: vec![],
                mappings: vec![],
            },
        }
    }

    /// The built-in catalogue with the texts of every language (English, Japanese, French,
    /// Arabic, Mongolian): what the reports and the host tests use.
    pub fn builtin() -> Catalogue {
        let mut c = Catalogue::builtin_base();
        for (code, texts) in
            [("ja", BUILTIN_JA_JSON), ("fr", BUILTIN_FR_JSON), ("ar", BUILTIN_AR_JSON), ("mn", BUILTIN_MN_JSON)]
        {
            // A test checks both files; a failure here leaves the language out (English shows).
            let _ = c.add_texts(code, texts);
        }
        c
    }

    /// Adds one language's texts to the catalogue from a flat object (see [`BUILTIN_AR_JSON`]),
    /// and lists the language once every category and service has a title in it. Nothing is
    /// changed when the text is not such an object or names an id the catalogue lacks.
    pub fn add_texts(&mut self, code: &str, json: &str) -> Result<(), CatalogueError> {
        let texts: BTreeMap<String, String> =
            serde_json::from_str(json).map_err(|e| invalid("texts", format!("not a flat object of texts: {e}")))?;
        let mut next = self.clone();
        for (key, text) in &texts {
            let Some((id, field)) = key.rsplit_once('.') else {
                if key == "source" {
                    next.source.0.insert(code.to_string(), text.clone());
                }
                continue;
            };
            let target = if let Some(c) = next.categories.iter_mut().find(|c| c.id == id) {
                match field {
                    "title" => &mut c.title,
                    "description" => &mut c.description,
                    _ => return Err(invalid(key.as_str(), "unknown field")),
                }
            } else if let Some(s) = next.services.iter_mut().find(|s| s.id == id) {
                match field {
                    "title" => &mut s.title,
                    "description" => &mut s.description,
                    "provenance_note" => match &mut s.provenance_note {
                        Some(n) => n,
                        None => continue,
                    },
                    _ => return Err(invalid(key.as_str(), "unknown field")),
                }
            } else {
                return Err(invalid(key.as_str(), "no such category or service"));
            };
            target.0.insert(code.to_string(), text.clone());
        }
        let complete =
            next.categories.iter().all(|c| c.title.has(code)) && next.services.iter().all(|s| s.title.has(code));
        if complete && !next.languages.iter().any(|l| l == code) {
            next.languages.push(code.to_string());
        }
        next.validate()?;
        *self = next;
        Ok(())
    }

    /// Reads and validates a catalogue file from its bytes: UTF-8, with or without a byte order
    /// mark (what Windows Notepad writes); UTF-16 is named as such.
    pub fn parse_bytes(bytes: &[u8]) -> Result<Catalogue, CatalogueError> {
        if bytes.len() > MAX_CATALOGUE_BYTES {
            return Err(CatalogueError::TooLarge { bytes: bytes.len() });
        }
        if crate::json::looks_like_utf16(bytes) {
            return Err(CatalogueError::Utf16);
        }
        let text = std::str::from_utf8(bytes).map_err(|e| CatalogueError::NotUtf8 { offset: e.valid_up_to() })?;
        Catalogue::parse(text)
    }

    /// Reads and validates a catalogue file.
    pub fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        if text.len() > MAX_CATALOGUE_BYTES {
            return Err(CatalogueError::TooLarge { bytes: text.len() });
        }
        if crate::json::looks_like_utf16(text.as_bytes()) {
            return Err(CatalogueError::Utf16);
        }
        // Byte order marks (one, or more from repeated conversions) are not part of the text.
        let text = text.trim_start_matches('\u{FEFF}');
        let mut value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| CatalogueError::Syntax { detail: clip_message(&e.to_string()) })?;
        let mappings = match value.as_object_mut().and_then(|o| o.remove("mappings")) {
            None => Vec::new(),
            Some(serde_json::Value::Array(list)) if list.len() <= MAX_MAPPINGS => list,
            Some(_) => return Err(invalid("mappings", format!("expected a list of at most {MAX_MAPPINGS} mappings"))),
        };
        match value.get("format").and_then(|f| f.as_str()) {
            Some(CATALOGUE_FORMAT) => {}
            _ => return Err(CatalogueError::NotACatalogue),
        }
        if let Some(schema) = value.get("schema").and_then(crate::json::whole_number) {
            if schema > u64::from(CATALOGUE_SCHEMA) {
                return Err(CatalogueError::NewerSchema { found: schema.min(u64::from(u32::MAX)) as u32 });
            }
        }
        let mut cat: Catalogue = serde_json::from_value(value)
            .map_err(|e| CatalogueError::Syntax { detail: clip_message(&e.to_string()) })?;
        cat.mappings = mappings;
        cat.validate()?;
        Ok(cat)
    }

    /// Checks every rule the format states beyond types. Every value a message quotes is clipped.
    pub fn validate(&self) -> Result<(), CatalogueError> {
        if self.schema != CATALOGUE_SCHEMA {
            return Err(invalid("schema", format!("expected {CATALOGUE_SCHEMA}, found {}", self.schema)));
        }
        for (at, value) in [("id", &self.id), ("version", &self.version), ("edition", &self.edition)] {
            if at != "edition" && value.trim().is_empty() {
                return Err(invalid(at, "must not be empty"));
            }
            check_len(at, value, MAX_REF_CHARS)?;
        }
        if self.languages.is_empty() {
            return Err(invalid("languages", "must list at least one language"));
        }
        if self.languages.len() > MAX_LANGUAGES {
            return Err(invalid(
                "languages",
                format!("{} languages; expected at most {MAX_LANGUAGES}", self.languages.len()),
            ));
        }
        if !self.languages.iter().any(|l| l == "en") {
            return Err(invalid("languages", "must include \"en\" (English is the fallback)"));
        }
        let mut langs = BTreeSet::new();
        for l in &self.languages {
            if !is_lang_code(l) {
                return Err(invalid(
                    "languages",
                    format!("\"{}\" is not a language code such as \"en\" or \"pt-BR\"", clip(l, 20)),
                ));
            }
            if !langs.insert(l.as_str()) {
                return Err(invalid("languages", format!("\"{l}\" is listed twice")));
            }
        }
        check_text_limits("source", &self.source, MAX_DESCRIPTION_CHARS)?;
        if self.categories.is_empty() {
            return Err(invalid("categories", "must contain at least one category"));
        }
        if self.categories.len() > MAX_CATEGORIES {
            return Err(invalid(
                "categories",
                format!("{} categories; expected at most {MAX_CATEGORIES}", self.categories.len()),
            ));
        }
        let mut cat_ids = BTreeSet::new();
        for (i, c) in self.categories.iter().enumerate() {
            let at = format!("categories[{i}]");
            if !is_id(&c.id) {
                return Err(invalid(format!("{at}.id"), bad_id(&c.id)));
            }
            if !cat_ids.insert(c.id.as_str()) {
                return Err(invalid(format!("{at}.id"), format!("category \"{}\" appears twice", c.id)));
            }
            check_text(&self.languages, &c.title, &format!("{at}.title ({})", c.id))?;
            check_text_limits(&format!("{at}.title ({})", c.id), &c.title, MAX_TITLE_CHARS)?;
            check_text_limits(&format!("{at}.description ({})", c.id), &c.description, MAX_DESCRIPTION_CHARS)?;
        }
        if self.services.is_empty() {
            return Err(invalid("services", "must contain at least one service"));
        }
        if self.services.len() > MAX_SERVICES {
            return Err(invalid(
                "services",
                format!("{} services; expected at most {MAX_SERVICES}", self.services.len()),
            ));
        }
        let mut svc_ids = BTreeSet::new();
        let mut per_category: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, s) in self.services.iter().enumerate() {
            let at = format!("services[{i}]");
            if !is_id(&s.id) {
                return Err(invalid(format!("{at}.id"), bad_id(&s.id)));
            }
            if !svc_ids.insert(s.id.as_str()) {
                return Err(invalid(format!("{at}.id"), format!("service \"{}\" appears twice", s.id)));
            }
            if !cat_ids.contains(s.category.as_str()) {
                return Err(invalid(
                    format!("{at}.category ({})", s.id),
                    format!("unknown category \"{}\"", clip(&s.category, 20)),
                ));
            }
            let n = per_category.entry(s.category.as_str()).or_default();
            *n += 1;
            if *n > MAX_SERVICES_PER_CATEGORY {
                return Err(invalid(
                    format!("{at} ({})", s.id),
                    format!("category {} has more than {MAX_SERVICES_PER_CATEGORY} services; expected at most {MAX_SERVICES_PER_CATEGORY}", s.category),
                ));
            }
            check_text(&self.languages, &s.title, &format!("{at}.title ({})", s.id))?;
            check_text_limits(&format!("{at}.title ({})", s.id), &s.title, MAX_TITLE_CHARS)?;
            check_text_limits(&format!("{at}.description ({})", s.id), &s.description, MAX_DESCRIPTION_CHARS)?;
            if let Some(note) = &s.provenance_note {
                check_text_limits(&format!("{at}.provenance_note ({})", s.id), note, MAX_DESCRIPTION_CHARS)?;
            }
        }
        if let Some(n) = self.official_service_count {
            if (n as usize) < self.services.len() {
                return Err(invalid(
                    "official_service_count",
                    format!("{n} is less than the {} services listed", self.services.len()),
                ));
            }
        }
        Ok(())
    }

    /// The services of category `cat`, in catalogue order.
    pub fn services_in<'a>(&'a self, cat: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.category == cat)
    }

    /// The service with id `id`.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The category with id `id`.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Confirmed, provisional and missing counts.
    pub fn provenance_counts(&self) -> ProvenanceCounts {
        let confirmed = self.services.iter().filter(|s| s.provenance == Provenance::Confirmed).count();
        let provisional = self.services.len() - confirmed;
        let missing =
            self.official_service_count.map(|n| (n as usize).saturating_sub(self.services.len())).unwrap_or(0);
        ProvenanceCounts { confirmed, provisional, missing }
    }

    /// The catalogue as a file, pretty-printed.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn check_text(langs: &[String], text: &LocalText, at: &str) -> Result<(), CatalogueError> {
    for l in langs {
        if !text.has(l) {
            return Err(invalid(at.to_string(), format!("the text in \"{l}\" is missing or empty")));
        }
    }
    Ok(())
}

/// A text whose language codes are codes and whose texts are at most `max` characters long.
fn check_text_limits(at: &str, text: &LocalText, max: usize) -> Result<(), CatalogueError> {
    for (code, s) in &text.0 {
        if !is_lang_code(code) {
            return Err(invalid(
                at.to_string(),
                format!("\"{}\" is not a language code such as \"en\" or \"pt-BR\"", clip(code, 20)),
            ));
        }
        check_len(&format!("{at} [{code}]"), s, max)?;
    }
    Ok(())
}

fn check_len(at: &str, s: &str, max: usize) -> Result<(), CatalogueError> {
    // Counting stops past the limit: a text of megabytes is not counted to its end.
    if s.chars().nth(max).is_some() {
        return Err(invalid(at.to_string(), format!("the text is longer than {max} characters")));
    }
    Ok(())
}

fn bad_id(id: &str) -> String {
    format!("\"{}\" is not a valid id (letters, digits, '-', '.', at most {MAX_ID_CHARS})", clip(id, 20))
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID_CHARS && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

fn is_lang_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && s.len() <= 20
}

/// What changes when moving from one catalogue to another, by service id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogueDiff {
    /// Services only in the new catalogue: they appear unanswered.
    pub added: Vec<ServiceId>,
    /// Services only in the old catalogue: their answers are kept and listed as such.
    pub removed: Vec<ServiceId>,
    /// Services in both whose English title changed: (id, old title, new title).
    pub renamed: Vec<(ServiceId, String, String)>,
    /// Services in both that moved to another category: (id, old category, new category).
    pub moved: Vec<(ServiceId, CategoryId, CategoryId)>,
    /// Languages only in the new catalogue, and only in the old one.
    pub languages_added: Vec<String>,
    pub languages_removed: Vec<String>,
}

impl CatalogueDiff {
    /// Whether the two catalogues have the same services, titles, categories and languages.
    pub fn is_empty(&self) -> bool {
        *self == CatalogueDiff::default()
    }
}

/// Compares two catalogues service by service.
pub fn diff(old: &Catalogue, new: &Catalogue) -> CatalogueDiff {
    let mut d = CatalogueDiff::default();
    for s in &new.services {
        match old.service(&s.id) {
            None => d.added.push(s.id.clone()),
            Some(o) => {
                let (ot, nt) = (o.title.get(Lang::En), s.title.get(Lang::En));
                if ot != nt {
                    d.renamed.push((s.id.clone(), ot.to_string(), nt.to_string()));
                }
                if o.category != s.category {
                    d.moved.push((s.id.clone(), o.category.clone(), s.category.clone()));
                }
            }
        }
    }
    d.removed = old.services.iter().filter(|s| new.service(&s.id).is_none()).map(|s| s.id.clone()).collect();
    d.languages_added = new.languages.iter().filter(|l| !old.languages.contains(l)).cloned().collect();
    d.languages_removed = old.languages.iter().filter(|l| !new.languages.contains(l)).cloned().collect();
    d
}
