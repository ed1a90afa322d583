//! The files a user downloads, as text: assessment data (JSON), the summary report (HTML) and the
//! spreadsheet (CSV). Each format is a module with one pure function from the assessment to the
//! file's text; [`file`] makes any of them, with or without identifying details ([`Detail`]).

pub mod compare_html;
pub mod csv;
pub mod html;
pub mod svg;

use std::borrow::Cow;

use crate::catalogue::Catalogue;
use crate::lang::Lang;
use crate::model::Assessment;

/// What a report needs to know besides the answers.
pub struct ReportContext<'a> {
    pub catalogue: &'a Catalogue,
    /// The interface language: every word of the file but the catalogue's.
    pub lang: Lang,
    /// The language code of the catalogue's texts (category and service titles): usually
    /// `lang`'s, or a language only the catalogue has (its titles then, in an English file).
    pub content: &'a str,
    /// When the file is made, as the user should read it (local time).
    pub generated: &'a str,
}

/// A file to download: suggested name, MIME type, text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOut {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

/// Which file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// Assessment data (JSON), the documented format (docs/assessment-format.md).
    Json,
    /// Summary report (HTML), self-contained, with the assessment embedded.
    Html,
    /// Spreadsheet (CSV), one row per service.
    Csv,
}

impl FileKind {
    pub const ALL: [FileKind; 3] = [FileKind::Html, FileKind::Json, FileKind::Csv];
}

/// Whether a file keeps identifying details ("Share without identifying details").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Detail {
    /// Everything recorded.
    #[default]
    Full,
    /// Made from [`Assessment::redacted`]: no assessment name, organisation, assessor, owners,
    /// evidence, notes or reasons. The file name says so (`-redacted`), and so does the report.
    Redacted,
}

impl Detail {
    /// The assessment a file is made from.
    pub fn apply(self, a: &Assessment) -> Cow<'_, Assessment> {
        match self {
            Detail::Full => Cow::Borrowed(a),
            Detail::Redacted => Cow::Owned(a.redacted()),
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Detail::Full => "",
            Detail::Redacted => "-redacted",
        }
    }
}

/// Any downloadable file: `x1060-assessment-DATE.json`, `x1060-summary-DATE.html` or
/// `x1060-services-DATE.csv`, with `-redacted` before the extension when details are removed.
pub fn file(kind: FileKind, a: &Assessment, ctx: &ReportContext<'_>, date: &str, detail: Detail) -> FileOut {
    let sfx = detail.suffix();
    match kind {
        FileKind::Json => FileOut {
            name: format!("x1060-assessment-{date}{sfx}.json"),
            mime: "application/json",
            text: crate::save::encode(&detail.apply(a), true),
        },
        FileKind::Html => FileOut {
            name: format!("x1060-summary-{date}{sfx}.html"),
            mime: "text/html;charset=utf-8",
            text: html::report(a, ctx, detail),
        },
        FileKind::Csv => FileOut {
            name: format!("x1060-services-{date}{sfx}.csv"),
            mime: "text/csv;charset=utf-8",
            text: csv::table(&detail.apply(a), ctx),
        },
    }
}

/// The assessment data file, complete.
pub fn json_file(a: &Assessment, date: &str) -> FileOut {
    FileOut {
        name: format!("x1060-assessment-{date}.json"),
        mime: "application/json",
        text: crate::save::encode(a, true),
    }
}

/// The summary report file, complete.
pub fn html_file(a: &Assessment, ctx: &ReportContext<'_>, date: &str) -> FileOut {
    file(FileKind::Html, a, ctx, date, Detail::Full)
}

/// The spreadsheet file, complete.
pub fn csv_file(a: &Assessment, ctx: &ReportContext<'_>, date: &str) -> FileOut {
    file(FileKind::Csv, a, ctx, date, Detail::Full)
}

/// Two sentences one after the other: with a space between them, but none after a Japanese 。.
pub(crate) fn join_sentences(first: &str, second: &str) -> String {
    if first.ends_with('。') {
        format!("{first}{second}")
    } else {
        format!("{first} {second}")
    }
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A value set into a sentence, isolated for bidirectional text (U+2068 … U+2069): an id such as
/// "A-1" or an English name inside Arabic keeps its own order.
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// Makes JSON safe inside `<script type="application/json">`: no `</script`, no `<!--`.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
