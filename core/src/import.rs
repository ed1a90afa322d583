//! Loading an assessment from a file the user picks: our JSON data file, our HTML summary report
//! (which carries the data in a `<script type="application/json">` element), or a file of an
//! older schema (converted by [`crate::migrate`]).
//!
//! The file is only ever read as data: nothing in it is run or rendered. Checks come in the order
//! of their cost, so that a bad file is refused early: the size first (the web app can check
//! `File.size` with [`check_size`] before reading anything), then UTF-8, then the kind of file,
//! then the JSON strictly ([`crate::json`]: no repeated keys, bounded depth), then every field
//! (with its path, such as `services.A-1.current`), then the limits our own app keeps (text
//! lengths, service ids). Answers for services the current catalogue lacks are kept; the preview
//! lists them.

use std::fmt;

use crate::catalogue::Catalogue;
use crate::edit::MAX_TEXT_CHARS;
use crate::error_text::ErrorText;
use crate::ids::ServiceId;
use crate::json::{clip, looks_like_utf16};
use crate::model::{Assessment, CatalogueRef, ProfileField};
use crate::progress::{self, Progress};
use crate::report::html::EMBED_ID;
use crate::save::{self, Decoded, Drafts, Problem};

/// Largest file accepted, in bytes: a summary report holds the data twice (as a table and
/// embedded), so twice the largest data file, and room for the page around it.
pub const MAX_IMPORT_BYTES: usize = 2 * save::MAX_BYTES + 1024 * 1024;
/// Most service records in one file (a catalogue has about 60 services).
pub const MAX_RECORDS: usize = 5_000;
/// Longest catalogue id or version, in characters.
pub const MAX_REF_CHARS: usize = 200;
/// Longest service id read from a file, in bytes ([`ServiceId::MAX_LEN`]).
pub const MAX_SERVICE_ID: usize = ServiceId::MAX_LEN;

/// What kind of file it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// An assessment data file (JSON).
    Json,
    /// A summary report (HTML) with the assessment embedded.
    HtmlSummary,
}

/// An assessment read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub assessment: Assessment,
    pub kind: SourceKind,
    /// The schema the file was converted from, when older than the current one.
    pub migrated_from: Option<u32>,
    /// The app version that wrote the file, as the file says ("" when absent).
    pub app_version: String,
}

/// Why a file was refused. The `Display` text says where and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty (or only blank).
    Empty,
    /// Larger than `limit` bytes; not read.
    TooLarge { bytes: u64, limit: u64 },
    /// Saved as UTF-16; only UTF-8 is read.
    Utf16,
    /// Not UTF-8 text: the first bad byte is at `offset` (counted from 0).
    NotUtf8 { offset: usize },
    /// Neither JSON nor HTML; `start` is how the file begins.
    UnknownKind { start: String },
    /// An HTML page without the data of one of our summary reports.
    HtmlWithoutData,
    /// An HTML page with `count` data elements: which one to read would be a guess.
    HtmlSeveralData { count: usize },
    /// The data element of an HTML page is not closed.
    HtmlUnclosedData,
    /// The data itself is wrong (see [`Problem`]).
    Data(Problem),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("The file is empty."),
            Self::TooLarge { bytes, limit } => write!(
                f,
                "The file is too large ({} KB); the limit is {} KB. It was not read.",
                bytes.div_ceil(1024),
                limit / 1024
            ),
            Self::Utf16 => f.write_str("The file is saved as UTF-16 text; expected UTF-8. Save it again as UTF-8."),
            Self::NotUtf8 { offset } => write!(
                f,
                "The file is not UTF-8 text: the byte at position {offset} is not valid. Expected a JSON data file or an HTML summary report from this app."
            ),
            Self::UnknownKind { start } => write!(
                f,
                "The file is neither JSON nor HTML: it begins with \"{start}\". Expected a JSON data file or an HTML summary report from this app."
            ),
            Self::HtmlWithoutData => write!(
                f,
                "This HTML file holds no assessment data: expected a summary report from this app, with a <script type=\"application/json\" id=\"{EMBED_ID}\"> element."
            ),
            Self::HtmlSeveralData { count } => write!(
                f,
                "This HTML file holds {count} assessment data elements; a summary report from this app has exactly one."
            ),
            Self::HtmlUnclosedData => {
                f.write_str("The assessment data in this HTML file is cut off: its </script> end tag is missing.")
            }
            Self::Data(p @ Problem::Json(_)) => write!(f, "The file cannot be read: {p}."),
            Self::Data(p) => write!(f, "The assessment data is not valid: {p}."),
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// Why the assessment file was refused, in the language of `t`. The English text is the
    /// `Display` text.
    pub fn message(&self, t: &ErrorText) -> String {
        let tech = t.technical;
        match self {
            Self::Empty => t.import_empty.to_string(),
            Self::TooLarge { bytes, limit } => (t.import_too_large)(bytes.div_ceil(1024), limit / 1024),
            Self::Utf16 => t.utf16.to_string(),
            Self::NotUtf8 { offset } => (t.import_not_utf8)(*offset),
            Self::UnknownKind { start } => (t.import_unknown_kind)(&tech(start)),
            Self::HtmlWithoutData => {
                (t.html_without_data)(&tech(&format!("<script type=\"application/json\" id=\"{EMBED_ID}\">")))
            }
            Self::HtmlSeveralData { count } => (t.html_several_data)(*count),
            Self::HtmlUnclosedData => (t.html_unclosed_data)(&tech("</script>")),
            Self::Data(p @ Problem::Json(_)) => (t.import_unreadable)(&p.message(t)),
            Self::Data(p) => (t.import_invalid)(&p.message(t)),
        }
    }
}

impl From<Problem> for ImportError {
    fn from(p: Problem) -> ImportError {
        ImportError::Data(p)
    }
}

/// Refuses a file by its size alone, before anything of it is read.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    let limit = MAX_IMPORT_BYTES as u64;
    if bytes > limit {
        return Err(ImportError::TooLarge { bytes, limit });
    }
    Ok(())
}

/// Reads an assessment from the bytes of a file. `name_hint` (usually the file name) names an
/// assessment that has no name of its own.
pub fn import(bytes: &[u8], name_hint: &str) -> Result<Imported, ImportError> {
    check_size(bytes.len() as u64)?;
    if looks_like_utf16(bytes) {
        return Err(ImportError::Utf16);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 { offset: e.valid_up_to() })?;
    // One byte order mark or several (a file converted twice): none is part of the text.
    let text = text.trim_start_matches('\u{FEFF}');
    let body = text.trim_start();
    if body.is_empty() {
        return Err(ImportError::Empty);
    }
    let (json, kind) = match body.as_bytes().first() {
        Some(b'{' | b'[') => (body, SourceKind::Json),
        Some(b'<') => (embedded(body)?, SourceKind::HtmlSummary),
        _ => return Err(ImportError::UnknownKind { start: clip(&printable(body), 20) }),
    };
    if json.len() > save::MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() as u64, limit: save::MAX_BYTES as u64 });
    }
    let Decoded { mut assessment, migrated_from, app_version, .. } = save::decode_detailed(json, Drafts::Accept)?;
    check_limits(&assessment)?;
    if assessment.name.trim().is_empty() {
        assessment.name = name_from_hint(name_hint);
    }
    Ok(Imported { assessment, kind, migrated_from, app_version })
}

/// The embedded data of one of our summary reports.
fn embedded(html: &str) -> Result<&str, ImportError> {
    let open = format!("<script type=\"application/json\" id=\"{EMBED_ID}\">");
    let count = html.matches(&open).count();
    match count {
        0 => Err(ImportError::HtmlWithoutData),
        1 => crate::report::html::extract_embedded(html).ok_or(ImportError::HtmlUnclosedData),
        n => Err(ImportError::HtmlSeveralData { count: n }),
    }
}

/// Control characters shown as `?`, for quoting the start of an unknown file.
fn printable(s: &str) -> String {
    s.chars().take(20).map(|c| if c.is_control() { '?' } else { c }).collect()
}

/// "2026 baseline" from "2026 baseline.json": the file name without its folder and extension.
pub fn name_from_hint(hint: &str) -> String {
    let base = hint.rsplit(['/', '\\']).next().unwrap_or(hint);
    let stem = match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 5 => stem,
        _ => base,
    };
    let clean: String = stem.chars().filter(|c| !c.is_control()).collect();
    clip(clean.trim(), 200)
}

fn invalid(at: impl Into<String>, problem: impl Into<String>) -> Problem {
    Problem::Invalid { at: at.into(), problem: problem.into() }
}

/// The limits our own app keeps, so that an imported assessment is one the app could have made.
fn check_limits(a: &Assessment) -> Result<(), Problem> {
    let text = |at: &str, s: &str| -> Result<(), Problem> {
        let n = s.chars().count();
        if n > MAX_TEXT_CHARS {
            return Err(invalid(at, format!("the text has {n} characters; expected at most {MAX_TEXT_CHARS}")));
        }
        Ok(())
    };
    text("name", &a.name)?;
    let CatalogueRef { id, version } = &a.catalogue;
    for (at, s) in [("catalogue.id", id), ("catalogue.version", version)] {
        if s.trim().is_empty() {
            return Err(invalid(at, "expected a non-empty text"));
        }
        if s.chars().count() > MAX_REF_CHARS {
            return Err(invalid(at, format!("expected at most {MAX_REF_CHARS} characters")));
        }
    }
    for (at, s) in [("created", &a.created), ("updated", &a.updated)] {
        if !s.is_empty() && !is_timestamp(s) {
            return Err(invalid(
                at,
                format!("\"{}\" is not a date; expected a date and time such as 2026-11-25T10:00:00.000Z", clip(s, 40)),
            ));
        }
    }
    for f in ProfileField::ALL {
        text(&format!("profile.{}", f.key()), a.profile.get(f))?;
    }
    if a.services.len() > MAX_RECORDS {
        return Err(invalid("services", format!("{} records; expected at most {MAX_RECORDS}", a.services.len())));
    }
    for (id, r) in &a.services {
        if !is_service_id(id) {
            return Err(invalid(
                "services",
                format!(
                    "\"{}\" is not a service id; expected 1 to {MAX_SERVICE_ID} letters, digits, '-', '_' or '.'",
                    clip(id, 40)
                ),
            ));
        }
        for (name, s) in [("reason", &r.reason), ("owner", &r.owner), ("evidence", &r.evidence), ("note", &r.note)] {
            text(&format!("services.{id}.{name}"), s)?;
        }
    }
    if !a.uid.is_empty() && !is_uid(&a.uid) {
        return Err(invalid(
            "uid",
            format!(
                "\"{}\" is not an identifier; expected 1 to {MAX_SERVICE_ID} letters, digits, '-', '_' or '.'",
                clip(&a.uid, 40)
            ),
        ));
    }
    if a.to_review.len() > MAX_RECORDS {
        return Err(invalid("to_review", format!("{} answers; expected at most {MAX_RECORDS}", a.to_review.len())));
    }
    for (i, t) in a.to_review.iter().enumerate() {
        let ids = t.service.iter().map(|s| ("service", s)).chain([("from.service", &t.from.service)]);
        for (name, id) in ids {
            if !is_service_id(id) {
                return Err(invalid(
                    format!("to_review.{i}.{name}"),
                    format!("\"{}\" is not a service id", clip(id, 40)),
                ));
            }
        }
        let CatalogueRef { id, version } = &t.from.catalogue;
        for (name, s) in [("id", id), ("version", version)] {
            if s.chars().count() > MAX_REF_CHARS {
                return Err(invalid(
                    format!("to_review.{i}.from.catalogue.{name}"),
                    format!("expected at most {MAX_REF_CHARS} characters"),
                ));
            }
        }
        if t.from.title.0.len() > crate::catalogue::MAX_LANGUAGES {
            return Err(invalid(format!("to_review.{i}.from.title"), "too many languages"));
        }
        for (code, title) in &t.from.title.0 {
            if code.chars().count() > 35 || title.chars().count() > crate::catalogue::MAX_TITLE_CHARS {
                return Err(invalid(format!("to_review.{i}.from.title"), "a title or language code too long"));
            }
        }
        let r = &t.answer;
        for (name, s) in [("reason", &r.reason), ("owner", &r.owner), ("evidence", &r.evidence), ("note", &r.note)] {
            text(&format!("to_review.{i}.answer.{name}"), s)?;
        }
    }
    Ok(())
}

/// Whether `uid` can be an assessment's identifier ([`Assessment::uid`]): the same characters as
/// a service id.
pub fn is_uid(uid: &str) -> bool {
    is_service_id(uid)
}

/// Whether `id` can be a service id ([`ServiceId::is_valid`]).
pub fn is_service_id(id: &str) -> bool {
    ServiceId::is_valid(id)
}

/// A date that exists, `YYYY-MM-DD`, optionally followed by `T` or a space and a time that
/// exists, `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` (any number of digits), and optionally a zone:
/// `Z` or `+HH:MM` / `-HH:MM`.
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = b.get(r)?;
        d.iter().all(u8::is_ascii_digit).then(|| d.iter().fold(0, |n, c| n * 10 + u32::from(c - b'0')))
    };
    let date = (|| {
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        (b[4] == b'-' && b[7] == b'-').then_some(())?;
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&d).then_some(())
    })();
    if s.len() > 40 || date.is_none() {
        return false;
    }
    let mut rest = &b[10..];
    if rest.is_empty() {
        return true;
    }
    let hm = |t: &[u8]| -> Option<(u32, u32)> {
        let n = |r: std::ops::Range<usize>| -> Option<u32> {
            let d = t.get(r)?;
            d.iter().all(u8::is_ascii_digit).then(|| d.iter().fold(0, |n, c| n * 10 + u32::from(c - b'0')))
        };
        (t.get(2) == Some(&b':')).then_some(())?;
        Some((n(0..2)?, n(3..5)?))
    };
    if !matches!(rest.first(), Some(b'T' | b' ')) {
        return false;
    }
    rest = &rest[1..];
    match hm(rest) {
        Some((h, m)) if h < 24 && m < 60 => rest = &rest[5..],
        _ => return false,
    }
    if rest.first() == Some(&b':') {
        match rest.get(1..3) {
            Some(d) if d.iter().all(u8::is_ascii_digit) && (d[0] - b'0') * 10 + (d[1] - b'0') < 60 => rest = &rest[3..],
            _ => return false,
        }
        if rest.first() == Some(&b'.') {
            let digits = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return false;
            }
            rest = &rest[1 + digits..];
        }
    }
    match rest {
        [] | [b'Z'] => true,
        [b'+' | b'-', zone @ ..] => matches!(hm(zone), Some((h, m)) if h < 24 && m < 60) && zone.len() == 5,
        _ => false,
    }
}

/// How an imported assessment relates to the catalogue in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueMatch {
    /// Same id and version.
    Same,
    /// Same catalogue, another version.
    OtherVersion,
    /// Another catalogue.
    Other,
}

/// What the user sees before opening an imported file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub name: String,
    pub created: String,
    pub updated: String,
    pub organisation: String,
    /// The catalogue the file was made with.
    pub catalogue: CatalogueRef,
    pub catalogue_match: CatalogueMatch,
    /// Against the catalogue in use.
    pub progress: Progress,
    /// Service ids with answers that the catalogue in use lacks: kept, and shown as such.
    pub orphans: Vec<String>,
    pub kind: SourceKind,
    pub migrated_from: Option<u32>,
    pub app_version: String,
}

impl Imported {
    /// The preview against the catalogue in use.
    pub fn preview(&self, catalogue: &Catalogue) -> Preview {
        let a = &self.assessment;
        let catalogue_match = if a.catalogue.id != catalogue.id {
            CatalogueMatch::Other
        } else if a.catalogue.version != catalogue.version {
            CatalogueMatch::OtherVersion
        } else {
            CatalogueMatch::Same
        };
        Preview {
            name: a.name.clone(),
            created: a.created.clone(),
            updated: a.updated.clone(),
            organisation: a.profile.organisation.clone(),
            catalogue: a.catalogue.clone(),
            catalogue_match,
            progress: progress::overall(catalogue, a),
            orphans: progress::orphans(catalogue, a).into_iter().map(str::to_string).collect(),
            kind: self.kind,
            migrated_from: self.migrated_from,
            app_version: self.app_version.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_file_names() {
        assert_eq!(name_from_hint("2026 baseline.json"), "2026 baseline");
        assert_eq!(name_from_hint("C:\\Users\\me\\x1060-summary-2026-11-25.html"), "x1060-summary-2026-11-25");
        assert_eq!(name_from_hint("/tmp/v1.2.final"), "v1.2");
        assert_eq!(name_from_hint("noext"), "noext");
        assert_eq!(name_from_hint(".json"), ".json");
        assert_eq!(name_from_hint(""), "");
    }

    #[test]
    fn timestamps() {
        for ok in ["2026-11-25", "2026-11-25T10:00:00.000Z", "2026-11-25T10:00:00+09:00", "2026-11-25 10:00"] {
            assert!(is_timestamp(ok), "{ok}");
        }
        for bad in [
            "",
            "yesterday",
            "2026-1-25",
            "2026-11-25<script>",
            "2026/11/25",
            "2026-02-30",
            "2026-11-25T10",
            "2026-11-25T10:00:00.Z",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }
}
