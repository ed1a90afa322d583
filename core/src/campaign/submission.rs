//! The submission file (`x1060-submission`, schema 1): what a participant sends back to a
//! campaign. Documented in docs/campaigns.md, described by docs/submission.schema.json.
//!
//! One pure function, [`build`], makes it from the assessment, the campaign and the
//! participant's [`Choices`]:
//!
//! - the answers of the services in the categories in scope only (need, delivery, current and
//!   target levels, priority);
//! - the campaign's profile fields, closed lists written as their keys;
//! - the campaign id, the catalogue, the date, and (once the assessment file carries one) the
//!   assessment's stable identifier `assessment_uid`;
//! - the names, the assessor, the owners, the evidence, the notes and the reasons only when the
//!   campaign asks for them ([`Campaign::asks`]) and the participant agrees, one by one.
//!
//! The file is written from one JSON value ([`Submission::value`]), and the [`Preview`] the
//! participant reads is that same value, field by field: the screen and the file cannot differ.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::file::{Campaign, CatalogueMismatch, Extra, FieldKind, MAX_KEY_CHARS, MAX_LABEL_CHARS};
use crate::catalogue::Catalogue;
use crate::ids::ServiceId;
use crate::json::{self, clip, clip_message, JsonError};
use crate::model::{Assessment, CatalogueRef, ServiceRecord};

/// Value of the `format` field of every submission file.
pub const FORMAT: &str = "x1060-submission";
/// The schema this code reads and writes.
pub const SCHEMA: u32 = 1;
/// Largest submission file read, in bytes.
pub const MAX_BYTES: usize = crate::save::MAX_BYTES;
/// Longest free-text profile value, in characters.
pub const MAX_TEXT_CHARS: usize = MAX_LABEL_CHARS;

/// The names, when the campaign asks for them and the participant agrees.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessment: String,
}

/// A whole submission file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    pub format: String,
    pub schema: u32,
    #[serde(default)]
    pub app_version: String,
    /// The campaign's id.
    pub campaign: String,
    /// The assessment's stable identifier (schema 2 of the assessment file), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_uid: Option<String>,
    /// The day the file was made, `YYYY-MM-DD`.
    pub date: String,
    pub catalogue: CatalogueRef,
    /// The categories in scope, as the campaign lists them.
    pub categories: Vec<crate::ids::CategoryId>,
    /// The language of the consent statement the participant agreed to.
    pub consent: String,
    /// What the participant agreed to share beyond the answers (only what the campaign asks).
    #[serde(default)]
    pub shared: Vec<Extra>,
    /// The campaign's profile fields: a closed list's key, or the text given.
    #[serde(default)]
    pub profile: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Names>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<String>,
    /// The answers, by service id, for the services in scope only.
    pub services: BTreeMap<ServiceId, ServiceRecord>,
}

/// What the participant decides before the file is made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    /// The value of each profile field, by key: a choice's key, or the text.
    pub profile: BTreeMap<String, String>,
    /// What the participant agrees to share (only what the campaign asks for is ever used).
    pub share: BTreeSet<Extra>,
    /// The language of the consent statement shown (a language of the campaign).
    pub consent_lang: String,
}

/// Why a submission cannot be made, or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmissionError {
    /// The assessment was made with another catalogue than the campaign's.
    Catalogue(CatalogueMismatch),
    /// No answer in the categories in scope.
    NoAnswers,
    /// A required profile field is empty (its key).
    Missing { field: String },
    /// A value that is not in the field's closed list.
    NotInList { field: String, value: String },
    /// A profile value longer than [`MAX_TEXT_CHARS`].
    TooLong { field: String },
    /// A profile field the campaign does not ask.
    UnknownField { field: String },
    /// `date` is not `YYYY-MM-DD`.
    BadDate,
    /// The participant has not agreed to the consent statement.
    NoConsent,
    /// A file: larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// A file: not JSON we read.
    Json(JsonError),
    /// A file: not a submission.
    NotASubmission,
    /// A file: made by a newer app.
    NewerSchema { found: u64 },
    /// A file: a field is wrong.
    Invalid { at: String, problem: String },
}

impl SubmissionError {
    /// Stable code, for tests and support.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Catalogue(_) => "other-catalogue",
            Self::NoAnswers => "no-answers",
            Self::Missing { .. } => "missing-field",
            Self::NotInList { .. } => "not-in-list",
            Self::TooLong { .. } => "too-long",
            Self::UnknownField { .. } => "unknown-field",
            Self::BadDate => "bad-date",
            Self::NoConsent => "no-consent",
            Self::TooLarge { .. } => "too-large",
            Self::Json(_) => "not-json",
            Self::NotASubmission => "not-a-submission",
            Self::NewerSchema { .. } => "newer-schema",
            Self::Invalid { .. } => "invalid",
        }
    }
}

impl fmt::Display for SubmissionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Catalogue(m) => write!(f, "The assessment does not fit the campaign: {m}."),
            Self::NoAnswers => f.write_str("The assessment has no answer in the categories of the campaign."),
            Self::Missing { field } => write!(f, "The field \"{}\" is required.", clip(field, 60)),
            Self::NotInList { field, value } => {
                write!(f, "\"{}\" is not a value of the list \"{}\".", clip(value, 60), clip(field, 60))
            }
            Self::TooLong { field } => {
                write!(f, "The field \"{}\" is longer than {MAX_TEXT_CHARS} characters.", clip(field, 60))
            }
            Self::UnknownField { field } => write!(f, "The campaign does not ask the field \"{}\".", clip(field, 60)),
            Self::BadDate => f.write_str("The date must be written YYYY-MM-DD."),
            Self::NoConsent => f.write_str("The consent statement has not been accepted."),
            Self::TooLarge { bytes } => {
                write!(f, "The file is too large ({} KB); the limit is {} KB.", bytes / 1024, MAX_BYTES / 1024)
            }
            Self::Json(e) => write!(f, "The file is not valid JSON: {e}."),
            Self::NotASubmission => write!(f, "This is not an X.1060 submission (\"format\" must be \"{FORMAT}\")."),
            Self::NewerSchema { found } => write!(
                f,
                "This submission uses schema {found}; this app reads schema {SCHEMA}. Use a newer version of the app."
            ),
            Self::Invalid { at, problem } => write!(f, "{}: {}.", json::place(at), clip_message(problem)),
        }
    }
}

impl std::error::Error for SubmissionError {}

/// The answers of one record that a submission carries, with the free text the participant
/// shares and nothing else.
fn scoped_record(r: &ServiceRecord, shared: &BTreeSet<Extra>) -> ServiceRecord {
    let keep = |e: Extra, s: &String| if shared.contains(&e) { s.trim().to_string() } else { String::new() };
    ServiceRecord {
        need: r.need,
        reason: keep(Extra::Reasons, &r.reason),
        delivery: r.delivery,
        current: r.current,
        target: r.target,
        priority: r.priority,
        owner: keep(Extra::Owners, &r.owner),
        evidence: keep(Extra::Evidence, &r.evidence),
        note: keep(Extra::Notes, &r.note),
    }
}

/// Whether a text is meant to be a submission (its `format`), valid or not.
pub fn looks_like(text: &str) -> bool {
    json::parse(text.trim_start_matches('\u{FEFF}'))
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_str()).map(|f| f == FORMAT))
        .unwrap_or(false)
}

/// Makes the submission of `a` to `campaign` (see the module documentation). `catalogue` is the
/// catalogue in use, which says which services are in the categories in scope; `date` is today,
/// `YYYY-MM-DD`; `uid` is the assessment's stable identifier when it has one.
pub fn build(
    a: &Assessment,
    uid: Option<&str>,
    campaign: &Campaign,
    catalogue: &Catalogue,
    choices: &Choices,
    date: &str,
) -> Result<Submission, SubmissionError> {
    campaign.check_catalogue(catalogue).map_err(SubmissionError::Catalogue)?;
    if a.catalogue.id != campaign.catalogue.id {
        return Err(SubmissionError::Catalogue(CatalogueMismatch::OtherCatalogue { id: a.catalogue.id.clone() }));
    }
    if a.catalogue.version != campaign.catalogue.version {
        return Err(SubmissionError::Catalogue(CatalogueMismatch::OtherVersion {
            version: a.catalogue.version.clone(),
        }));
    }
    if !super::is_date(date) {
        return Err(SubmissionError::BadDate);
    }
    let profile = profile_values(campaign, &choices.profile)?;
    let shared: BTreeSet<Extra> = choices.share.iter().copied().filter(|e| campaign.asks_for(*e)).collect();
    let services: BTreeMap<ServiceId, ServiceRecord> = catalogue
        .services
        .iter()
        .filter(|s| campaign.in_scope(&s.category))
        .filter_map(|s| {
            let r = scoped_record(a.services.get(&s.id)?, &shared);
            (!r.is_empty()).then(|| (s.id.clone(), r))
        })
        .collect();
    if services.is_empty() {
        return Err(SubmissionError::NoAnswers);
    }
    let names = shared.contains(&Extra::Names).then(|| Names {
        organisation: a.profile.organisation.trim().to_string(),
        assessment: a.name.trim().to_string(),
    });
    let assessor = shared.contains(&Extra::Assessor).then(|| a.profile.assessor.trim().to_string());
    Ok(Submission {
        format: FORMAT.into(),
        schema: SCHEMA,
        app_version: crate::APP_VERSION.into(),
        campaign: campaign.id.clone(),
        assessment_uid: uid.map(str::to_string),
        date: date.to_string(),
        catalogue: a.catalogue.clone(),
        categories: campaign.catalogue.categories.clone(),
        consent: campaign.text_lang(&choices.consent_lang).to_string(),
        shared: shared.into_iter().collect(),
        profile,
        names,
        assessor,
        services,
    })
}

/// The profile values as written: trimmed, empty ones left out, closed lists checked.
fn profile_values(
    campaign: &Campaign,
    given: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, SubmissionError> {
    if let Some(k) = given.keys().find(|k| campaign.field(k).is_none()) {
        return Err(SubmissionError::UnknownField { field: k.clone() });
    }
    let mut out = BTreeMap::new();
    for f in &campaign.profile {
        let v = given.get(&f.key).map(|s| s.trim()).unwrap_or("");
        if v.is_empty() {
            if f.required {
                return Err(SubmissionError::Missing { field: f.key.clone() });
            }
            continue;
        }
        match f.kind {
            FieldKind::Choice if f.choice(v).is_none() => {
                return Err(SubmissionError::NotInList { field: f.key.clone(), value: v.to_string() })
            }
            FieldKind::Text if v.chars().count() > MAX_TEXT_CHARS => {
                return Err(SubmissionError::TooLong { field: f.key.clone() })
            }
            _ => {}
        }
        out.insert(f.key.clone(), v.to_string());
    }
    Ok(out)
}

/// One field of the file, exactly as written: its path (`services`, `A-1`, `current`) and its
/// value as text (a list is its items joined with ", ").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRow {
    pub path: Vec<String>,
    pub value: String,
}

impl PreviewRow {
    /// The path written with dots: `services.A-1.current`.
    pub fn dotted(&self) -> String {
        self.path.join(".")
    }
}

/// Every field of the file, in the order written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub rows: Vec<PreviewRow>,
}

impl Preview {
    /// Every field of a JSON value, in order (see [`PreviewRow`]).
    pub fn of_value(v: &Value) -> Preview {
        fn walk(v: &Value, path: &mut Vec<String>, out: &mut Vec<PreviewRow>) {
            match v {
                Value::Object(m) => {
                    for (k, x) in m {
                        path.push(k.clone());
                        walk(x, path, out);
                        path.pop();
                    }
                }
                _ => out.push(PreviewRow { path: path.clone(), value: scalar(v) }),
            }
        }
        fn scalar(v: &Value) -> String {
            match v {
                Value::String(s) => s.clone(),
                Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(", "),
                Value::Null => String::new(),
                other => other.to_string(),
            }
        }
        let mut rows = Vec::new();
        walk(v, &mut Vec::new(), &mut rows);
        Preview { rows }
    }

    /// The rows under the top-level key `key`.
    pub fn section<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a PreviewRow> + 'a {
        self.rows.iter().filter(move |r| r.path.first().is_some_and(|k| k == key))
    }
}

impl Submission {
    /// The one JSON value both the file and the preview are made from.
    pub fn value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// What the participant sees before anything is written.
    pub fn preview(&self) -> Preview {
        Preview::of_value(&self.value())
    }

    /// The file's text, only once the participant has agreed to the consent statement.
    pub fn file_text(&self, consented: bool) -> Result<String, SubmissionError> {
        if !consented {
            return Err(SubmissionError::NoConsent);
        }
        Ok(serde_json::to_string_pretty(&self.value()).unwrap_or_default())
    }

    /// The file's name: `x1060-submission-<campaign>-<date>.json`.
    pub fn file_name(&self) -> String {
        format!("x1060-submission-{}-{}.json", self.campaign, self.date)
    }

    /// The submission as an assessment without names, for the coordinator workbench: the answers,
    /// and the profile values kept by their keys (grouping by a closed list's key).
    pub fn to_assessment(&self) -> Assessment {
        let mut a = Assessment {
            // Matches this organisation's submissions across rounds (docs/workbench.md).
            uid: self.assessment_uid.clone().unwrap_or_default(),
            name: String::new(),
            catalogue: self.catalogue.clone(),
            profile: Default::default(),
            services: self.services.clone(),
            to_review: Vec::new(),
            created: String::new(),
            updated: String::new(),
        };
        for (key, field) in
            [("sector", &mut a.profile.sector), ("size", &mut a.profile.size), ("country", &mut a.profile.country)]
        {
            if let Some(v) = self.profile.get(key) {
                *field = v.clone();
            }
        }
        a.profile.date = self.date.clone();
        a
    }

    /// Reads a submission file strictly.
    pub fn parse(text: &str) -> Result<Submission, SubmissionError> {
        if text.len() > MAX_BYTES {
            return Err(SubmissionError::TooLarge { bytes: text.len() });
        }
        let value = json::parse(text.trim_start_matches('\u{FEFF}')).map_err(SubmissionError::Json)?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            _ => return Err(SubmissionError::NotASubmission),
        }
        match value.get("schema").map(json::whole_number) {
            Some(Some(n)) if n > u64::from(SCHEMA) => return Err(SubmissionError::NewerSchema { found: n }),
            Some(Some(n)) if n == u64::from(SCHEMA) => {}
            _ => return Err(invalid("schema", format!("expected the whole number {SCHEMA}"))),
        }
        let s: Submission = serde_path_to_error::deserialize(value).map_err(|e| SubmissionError::Invalid {
            at: clip(&e.path().to_string(), 200),
            problem: clip_message(&e.into_inner().to_string()),
        })?;
        s.validate()?;
        Ok(s)
    }

    fn validate(&self) -> Result<(), SubmissionError> {
        if !super::is_key(&self.campaign, MAX_KEY_CHARS) {
            return Err(invalid("campaign", "expected a campaign id"));
        }
        if !super::is_date(&self.date) {
            return Err(invalid("date", "expected a date written YYYY-MM-DD"));
        }
        if self.assessment_uid.as_ref().is_some_and(|u| u.is_empty() || u.chars().count() > 100) {
            return Err(invalid("assessment_uid", "expected 1 to 100 characters"));
        }
        for (k, v) in &self.profile {
            if !super::is_key(k, MAX_KEY_CHARS) {
                return Err(invalid(format!("profile.{}", clip(k, 40)), "expected a field key"));
            }
            if v.chars().count() > MAX_TEXT_CHARS {
                return Err(invalid(format!("profile.{k}"), format!("longer than {MAX_TEXT_CHARS} characters")));
            }
        }
        if self.services.len() > crate::import::MAX_RECORDS {
            return Err(invalid("services", "too many services"));
        }
        if let Some(id) = self.services.keys().find(|id| !crate::ids::ServiceId::is_valid(id)) {
            return Err(invalid(format!("services.{}", clip(id, 40)), "expected a service id"));
        }
        let shared: BTreeSet<Extra> = self.shared.iter().copied().collect();
        for (id, r) in &self.services {
            for (e, s, name) in [
                (Extra::Owners, &r.owner, "owner"),
                (Extra::Evidence, &r.evidence, "evidence"),
                (Extra::Notes, &r.note, "note"),
                (Extra::Reasons, &r.reason, "reason"),
            ] {
                if !s.is_empty() && !shared.contains(&e) {
                    return Err(invalid(
                        format!("services.{id}.{name}"),
                        format!("present but \"{}\" is not in \"shared\"", e.key()),
                    ));
                }
            }
        }
        if self.names.is_some() && !shared.contains(&Extra::Names) {
            return Err(invalid("names", "present but \"names\" is not in \"shared\""));
        }
        if self.assessor.is_some() && !shared.contains(&Extra::Assessor) {
            return Err(invalid("assessor", "present but \"assessor\" is not in \"shared\""));
        }
        Ok(())
    }
}

fn invalid(at: impl Into<String>, problem: impl Into<String>) -> SubmissionError {
    SubmissionError::Invalid { at: at.into(), problem: problem.into() }
}

/// What a preview row means, in the campaign's language `code`: a profile field's label (and the
/// label of the value chosen from its list), a service's title, or "" for the other fields.
pub fn row_meaning(row: &PreviewRow, campaign: &Campaign, catalogue: &Catalogue, code: &str) -> String {
    match row.path.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["profile", key] => match campaign.field(key) {
            Some(f) => match f.choice(&row.value) {
                Some(c) => format!("{} — {}", f.label.get_code(code), c.label.get_code(code)),
                None => f.label.get_code(code).to_string(),
            },
            None => String::new(),
        },
        ["services", id, ..] => catalogue
            .services
            .iter()
            .find(|s| s.id == *id)
            .map(|s| s.title.get_code(code).to_string())
            .unwrap_or_default(),
        ["categories"] => row
            .value
            .split(", ")
            .filter_map(|id| {
                catalogue.categories.iter().find(|c| c.id == id).map(|c| c.title.get_code(code).to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// The id of the `<script>` that carries the submission in its HTML copy.
pub const SUMMARY_EMBED_ID: &str = "x1060-submission";

/// The participant's copy of a submission, for their own records: a self-contained HTML page (no
/// script that runs, no external reference) with the campaign, every field of the file as the
/// preview showed it, and the file itself in `<script type="application/json">`.
pub fn summary_html(
    s: &Submission,
    campaign: &Campaign,
    catalogue: &Catalogue,
    lang: crate::lang::Lang,
    t: &super::text::CpText,
) -> String {
    use crate::report::{escape_html as esc, json_for_script};
    use std::fmt::Write;
    let code = campaign.text_lang(lang.code());
    let mut h = String::with_capacity(16 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}}table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #999;padding:.25rem .5rem;text-align:start;vertical-align:top}}code{{overflow-wrap:anywhere}}</style>\n</head>\n<body>\n",
        lang.code(),
        lang.dir(),
        esc(t.cp_summary_title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(t.cp_summary_title));
    let _ = writeln!(h, "<p role=\"note\">{}</p>", esc(t.cp_summary_note));
    let _ = writeln!(
        h,
        "<dl>\n<dt>{}</dt><dd lang=\"{code}\">{}</dd>\n<dt>{}</dt><dd lang=\"{code}\">{}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>",
        esc(t.cp_heading),
        esc(campaign.name.get_code(code)),
        esc(t.cp_run_by),
        esc(campaign.organiser.get_code(code)),
        esc(t.cp_deadline),
        esc(&campaign.deadline)
    );
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(t.cp_preview_heading),
        esc(t.cp_col_field),
        esc(t.cp_col_value),
        esc(t.cp_col_meaning)
    );
    for row in &s.preview().rows {
        let _ = writeln!(
            h,
            "<tr><td><code>{}</code></td><td>{}</td><td lang=\"{code}\">{}</td></tr>",
            esc(&row.dotted()),
            esc(&row.value),
            esc(&row_meaning(row, campaign, catalogue, code))
        );
    }
    h.push_str("</tbody>\n</table>\n");
    let json = serde_json::to_string(&s.value()).unwrap_or_default();
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"{SUMMARY_EMBED_ID}\">{}</script>\n</body>\n</html>\n",
        json_for_script(&json)
    );
    h
}
