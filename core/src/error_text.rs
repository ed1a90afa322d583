//! Why a file was refused, in the user's language: the shape of the messages of the errors a user
//! meets when they load a catalogue file or import an assessment file.
//!
//! This module holds no language's text and depends on no other module: each language file
//! (`core/src/i18n/en/mod.rs` …) holds one [`ErrorText`] constant, `ERRORS`, beside its `UiText`, and
//! each error writes its message next to its `Display` (`CatalogueError::message`,
//! `ImportError::message`, `save::Problem::message`, `json::JsonError::message`), so the catalogue
//! and the importer need not know the interface strings. The web app reaches a language's
//! `ErrorText` as it reaches its `UiText` (src/parts.rs): the first download holds none of them.
//!
//! The sentence around a technical part is translated; the technical part itself (a JSON path,
//! the JSON parser's message, the file's first characters, a rule of the file format, which is
//! written in English) is passed in as it is, set by the language's [`ErrorText::technical`]: as
//! it is in English, French and Mongolian, in 「」 in Japanese, isolated left to right in Arabic.
//!
//! The errors keep their English `Display` text (tests, logs, the command line); the English
//! message here is the same text, word for word (a test says so for every variant).

/// The messages of a refused file in one language. Every field takes the figures and the
/// technical parts it shows, so each language orders words its own way. A "part" is a piece of a
/// sentence that another message ends with (after a colon).
#[derive(Debug)]
pub struct ErrorText {
    /// How a technical part (a path, a parser's message, a field name) is set in a sentence:
    /// as it is, or isolated left to right in a right-to-left script.
    pub technical: fn(&str) -> String,
    /// The root of a file, named where a path would be.
    pub top_level: &'static str,

    // A catalogue file (`CatalogueError`).
    /// Size of the file and the limit, in KB.
    pub catalogue_too_large: fn(usize, usize) -> String,
    /// A catalogue or assessment file saved as UTF-16.
    pub utf16: &'static str,
    /// Position of the first byte that is not UTF-8.
    pub catalogue_not_utf8: fn(usize) -> String,
    /// The JSON parser's message.
    pub catalogue_syntax: fn(&str) -> String,
    /// The `format` a catalogue file must have.
    pub not_a_catalogue: fn(&str) -> String,
    /// Schema of the file, schema this app reads.
    pub catalogue_newer: fn(u32, u32) -> String,
    /// Where in the file (a path), and the rule it breaks (technical, in English).
    pub catalogue_invalid: fn(&str, &str) -> String,

    // An assessment file (`ImportError`).
    pub import_empty: &'static str,
    /// Size of the file and the limit, in KB.
    pub import_too_large: fn(u64, u64) -> String,
    /// Position of the first byte that is not UTF-8.
    pub import_not_utf8: fn(usize) -> String,
    /// The file's first characters.
    pub import_unknown_kind: fn(&str) -> String,
    /// The HTML element a summary report holds its data in.
    pub html_without_data: fn(&str) -> String,
    /// How many data elements the page holds (2 or more).
    pub html_several_data: fn(usize) -> String,
    /// The end tag that is missing.
    pub html_unclosed_data: fn(&str) -> String,
    /// The file is not JSON we read: a part below follows.
    pub import_unreadable: fn(&str) -> String,
    /// The data is not a valid assessment: a part below follows.
    pub import_invalid: fn(&str) -> String,

    // A campaign file (`campaign::CampaignError`), and a campaign that does not fit the catalogue
    // in use (`campaign::CatalogueMismatch`).
    /// Size of the file and the limit, in KB.
    pub campaign_too_large: fn(usize, usize) -> String,
    pub campaign_not_utf8: &'static str,
    /// The file is not JSON we read: a part below follows.
    pub campaign_not_json: fn(&str) -> String,
    /// The `format` a campaign file must have.
    pub not_a_campaign: fn(&str) -> String,
    /// Schema of the file, schema this app reads.
    pub campaign_newer: fn(u64, u32) -> String,
    /// Where (a path or `top_level`), and the rule it breaks (technical, in English).
    pub campaign_invalid: fn(&str, &str) -> String,
    /// The campaign does not fit the catalogue in use: one of the three parts below follows.
    pub campaign_unusable: fn(&str) -> String,
    /// Part: the catalogue id the campaign is for.
    pub campaign_other_catalogue: fn(&str) -> String,
    /// Part: the catalogue version the campaign is for.
    pub campaign_other_version: fn(&str) -> String,
    /// Part: a category in the campaign's scope that the catalogue lacks.
    pub campaign_unknown_category: fn(&str) -> String,

    // Parts: what is wrong with the JSON (`JsonError`).
    /// Line, column, the parser's message.
    pub json_syntax: fn(usize, usize, &str) -> String,
    /// Where (a path or `top_level`), the deepest nesting accepted.
    pub json_too_deep: fn(&str, usize) -> String,
    /// The most values accepted.
    pub json_too_many: fn(usize) -> String,
    /// Where (a path or `top_level`), the key written twice.
    pub json_duplicate_key: fn(&str, &str) -> String,

    // Parts: what is wrong with the assessment data (`Problem`).
    /// The `format` the file has, the one expected.
    pub not_ours_found: fn(&str, &str) -> String,
    /// The `format` expected.
    pub not_ours: fn(&str) -> String,
    /// An example of a schema number (the current one).
    pub no_schema: fn(u32) -> String,
    /// An example of a schema number (the current one).
    pub schema_not_a_number: fn(u32) -> String,
    /// Schema of the file, newest schema this app reads.
    pub newer_schema: fn(u64, u32) -> String,
    /// Schema of the file.
    pub unsupported_schema: fn(u64) -> String,
    /// Where (a path or `top_level`), and what is wrong (technical, in English).
    pub field_problem: fn(&str, &str) -> String,
}

impl ErrorText {
    /// How a path is named in a message: `top_level` for the root, else the path (clipped to 120
    /// characters, as `json::place`).
    pub fn place(&self, path: &str) -> String {
        if path.is_empty() || path == "." {
            self.top_level.to_string()
        } else {
            let clipped: String = path.chars().take(120).collect();
            let ellipsis = if path.chars().nth(120).is_some() { "…" } else { "" };
            (self.technical)(&format!("{clipped}{ellipsis}"))
        }
    }
}
