//! The spreadsheet: one row per service, every field, as CSV (RFC 4180).
//!
//! - UTF-8 with a byte-order mark, so spreadsheet programs read Japanese correctly.
//! - One header row of stable machine keys ([`COLUMNS`]), the same in every language; titles are
//!   in the chosen language. Choices are written as the keys of the JSON format (`needed`,
//!   `in_house`, `high`, ...), levels as digits, and anything not answered as an empty cell, never 0.
//! - Every field is quoted when it holds a comma, a quote, CR or LF; quotes are doubled; rows end
//!   with CRLF.
//! - Formula injection: a cell that starts with a tab or a carriage return, or whose first
//!   character after any blanks (spaces of every width, line breaks, zero-width characters) is
//!   one of [`FORMULA_STARTS`] (`=`, `+`, `-`, `@`, their full-width and small forms, the minus
//!   sign), is prefixed with a single quote, so no spreadsheet runs it as a formula. This applies
//!   to every cell, catalogue titles included (a catalogue can be the user's own file).
//! - Catalogue services first, in catalogue order; then answers kept for services the catalogue
//!   lacks, with provenance `not_in_catalogue`; then answers waiting for review after a catalogue
//!   change, with provenance `to_review`, the id and title of the service they were given to, and
//!   `answered` false (they count in no figure). So nothing recorded is missing.

use super::ReportContext;
use crate::catalogue::Provenance;
use crate::model::{Assessment, Delivery, Level, Need, Priority, ServiceRecord};

/// The header row, in order.
pub const COLUMNS: [&str; 15] = [
    "category",
    "category_title",
    "id",
    "title",
    "provenance",
    "need",
    "reason",
    "delivery",
    "current",
    "target",
    "priority",
    "owner",
    "evidence",
    "note",
    "answered",
];

/// The byte-order mark that starts the file.
pub const BOM: &str = "\u{feff}";

/// Characters that start a formula in some spreadsheet program: `=`, `+`, `-`, `@`, their
/// full-width forms (＝ ＋ － ＠), their small forms (﹦ ﹢ ﹣ ﹫) and the minus sign (−).
pub const FORMULA_STARTS: [char; 13] = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '−'];

/// Blank or invisible characters some programs skip before a formula: spaces of every width
/// (space, no-break space, ideographic space ...), tabs, line breaks, other control characters,
/// the byte order mark and zero-width characters.
fn is_skippable(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// Whether a cell could be read as a formula: it starts with a tab or a carriage return, or its
/// first character after any blank or invisible ones is in [`FORMULA_STARTS`].
pub fn looks_like_formula(value: &str) -> bool {
    value.starts_with(['\t', '\r'])
        || value.chars().find(|c| !is_skippable(*c)).is_some_and(|c| FORMULA_STARTS.contains(&c))
}

/// Makes one cell safe: neutralises formulas, then quotes as RFC 4180 requires.
pub fn cell(value: &str) -> String {
    let neutral = if looks_like_formula(value) { format!("'{value}") } else { value.to_string() };
    if neutral.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn need_key(n: Option<Need>) -> &'static str {
    match n {
        Some(Need::Needed) => "needed",
        Some(Need::NotNeeded) => "not_needed",
        None => "",
    }
}

fn delivery_key(d: Option<Delivery>) -> &'static str {
    match d {
        Some(Delivery::InHouse) => "in_house",
        Some(Delivery::Outsourced) => "outsourced",
        Some(Delivery::Shared) => "shared",
        Some(Delivery::NotYet) => "not_yet",
        None => "",
    }
}

fn priority_key(p: Option<Priority>) -> &'static str {
    match p {
        Some(Priority::High) => "high",
        Some(Priority::Medium) => "medium",
        Some(Priority::Low) => "low",
        None => "",
    }
}

fn level(l: Option<Level>) -> String {
    l.map(|l| l.value().to_string()).unwrap_or_default()
}

fn row(out: &mut String, fields: &[&str]) {
    let cells: Vec<String> = fields.iter().map(|f| cell(f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn record_row(out: &mut String, head: [&str; 5], r: &ServiceRecord) {
    record_row_as(out, head, r, r.is_answered());
}

fn record_row_as(out: &mut String, head: [&str; 5], r: &ServiceRecord, answered: bool) {
    let (current, target) = (level(r.current), level(r.target));
    let mut fields: Vec<&str> = head.to_vec();
    fields.extend([
        need_key(r.need),
        &r.reason,
        delivery_key(r.delivery),
        &current,
        &target,
        priority_key(r.priority),
        &r.owner,
        &r.evidence,
        &r.note,
        if answered { "true" } else { "false" },
    ]);
    row(out, &fields);
}

/// The whole spreadsheet, starting with the byte-order mark.
pub fn table(a: &Assessment, ctx: &ReportContext<'_>) -> String {
    let c = ctx.catalogue;
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(BOM);
    row(&mut out, &COLUMNS);
    for s in &c.services {
        let cat_title = c.category(&s.category).map(|cat| cat.title.get_code(ctx.content)).unwrap_or("");
        let prov = match s.provenance {
            Provenance::Confirmed => "confirmed",
            Provenance::Provisional => "provisional",
        };
        record_row(&mut out, [&s.category, cat_title, &s.id, s.title.get_code(ctx.content), prov], &a.record(&s.id));
    }
    for (id, r) in a.services.iter().filter(|(id, _)| c.service(id).is_none()) {
        record_row(&mut out, ["", "", id, "", "not_in_catalogue"], r);
    }
    // Answers waiting for review after a catalogue change: the service they were given to, its
    // title then, and `to_review`; `answered` is false, since they count in no figure.
    for t in &a.to_review {
        let head = ["", "", t.from.service.as_str(), t.from.title.get_code(ctx.content), "to_review"];
        record_row_as(&mut out, head, &t.answer, false);
    }
    out
}
