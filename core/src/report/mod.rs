//! The files a user downloads, as text: assessment data (JSON) and the summary report (HTML).
//! Each format is a module with one pure function from the assessment to the file's text.

pub mod html;

use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::model::Assessment;

/// What a report needs to know besides the answers.
pub struct ReportContext<'a> {
    pub catalogue: &'a Catalogue,
    pub lang: Lang,
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

/// The assessment data file.
pub fn json_file(a: &Assessment, date: &str) -> FileOut {
    FileOut {
        name: format!("x1060-assessment-{date}.json"),
        mime: "application/json",
        text: crate::save::encode(a, true),
    }
}

/// The summary report file.
pub fn html_file(a: &Assessment, ctx: &ReportContext<'_>, date: &str) -> FileOut {
    FileOut {
        name: format!("x1060-summary-{date}.html"),
        mime: "text/html;charset=utf-8",
        text: html::summary(a, ctx),
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

/// Makes JSON safe inside `<script type="application/json">`: no `</script`, no `<!--`.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
