//! The mapping file (`x1060-mapping`, schema 1): how the services of one catalogue became those
//! of another (docs/catalogue-editions.md, docs/mapping.schema.json).
//!
//! ```json
//! { "format": "x1060-mapping", "schema": 1,
//!   "from": { "id": "x1060-builtin", "version": "2026.11" },
//!   "to": { "id": "x1060-builtin", "version": "2026.12" },
//!   "services": [ { "from": "D-3", "change": "renamed" },
//!                 { "from": "E-3", "change": "moved", "to": ["E-5"] },
//!                 { "from": "F-1", "change": "split", "to": ["F-1", "F-2"] } ],
//!   "new": ["I-8"] }
//! ```
//!
//! A catalogue file may carry mappings from other catalogues in its `mappings` field; there `to`
//! may be left out (it is the catalogue itself).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::ids::ServiceId;
use crate::json::{clip, clip_message};
use crate::model::CatalogueRef;

/// Value of the `format` field of a mapping file.
pub const MAPPING_FORMAT: &str = "x1060-mapping";
/// The schema this code reads and writes.
pub const MAPPING_SCHEMA: u32 = 1;
/// Most entries in one mapping.
pub const MAX_ENTRIES: usize = 1_000;
/// Most services one entry can lead to.
pub const MAX_TARGETS: usize = 20;

/// What happened to one service of the old catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The same service, same id and title.
    Kept,
    /// The same service, same id, a new title.
    Renamed,
    /// The same service under a new id (`to` has one id).
    Moved,
    /// It became several services (`to` has two or more).
    Split,
    /// It and others became one service (`to` has one id, shared with the others merged).
    Merged,
    /// It is gone (`to` is empty).
    Removed,
}

impl Change {
    /// Stable name, as in the file.
    pub fn key(self) -> &'static str {
        match self {
            Change::Kept => "kept",
            Change::Renamed => "renamed",
            Change::Moved => "moved",
            Change::Split => "split",
            Change::Merged => "merged",
            Change::Removed => "removed",
        }
    }
}

/// One service of the old catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub from: ServiceId,
    pub change: Change,
    /// The services of the new catalogue it leads to; for `kept` and `renamed`, left out (the
    /// same id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<ServiceId>,
}

impl Entry {
    /// The services of the new catalogue it leads to.
    pub fn targets(&self) -> Vec<ServiceId> {
        match self.change {
            Change::Kept | Change::Renamed if self.to.is_empty() => vec![self.from.clone()],
            _ => self.to.clone(),
        }
    }
}

/// A whole mapping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default = "format_default")]
    pub format: String,
    #[serde(default = "schema_default")]
    pub schema: u32,
    pub from: CatalogueRef,
    /// Left out inside a catalogue file's `mappings`: the catalogue itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<CatalogueRef>,
    pub services: Vec<Entry>,
    /// Services only in the new catalogue.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new: Vec<ServiceId>,
}

fn format_default() -> String {
    MAPPING_FORMAT.into()
}

fn schema_default() -> u32 {
    MAPPING_SCHEMA
}

/// Why a mapping was refused. Each message names the place and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MappingError {
    /// Not JSON, or a field of the wrong type.
    Syntax { detail: String },
    /// The `format` field is not `x1060-mapping`.
    NotAMapping,
    /// A newer schema than this app reads.
    NewerSchema { found: u32 },
    /// A rule is broken; `at` names the place.
    Invalid { at: String, problem: String },
}

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { detail } => write!(f, "The file is not a valid mapping: {}.", clip_message(detail)),
            Self::NotAMapping => {
                write!(f, "This is not a catalogue mapping (\"format\" must be \"{MAPPING_FORMAT}\").")
            }
            Self::NewerSchema { found } => {
                write!(f, "This mapping uses schema {found}; this app reads schema {MAPPING_SCHEMA}.")
            }
            Self::Invalid { at, problem } => write!(f, "{}: {}.", clip(at, 120), clip_message(problem)),
        }
    }
}

impl std::error::Error for MappingError {}

fn invalid(at: impl Into<String>, problem: impl Into<String>) -> MappingError {
    MappingError::Invalid { at: at.into(), problem: problem.into() }
}

impl Mapping {
    /// Reads a mapping file strictly and checks the rules that need no catalogue.
    pub fn parse(text: &str) -> Result<Mapping, MappingError> {
        let value = crate::json::parse(text).map_err(|e| MappingError::Syntax { detail: e.to_string() })?;
        match value.get("format") {
            Some(serde_json::Value::String(f)) if f == MAPPING_FORMAT => {}
            _ => return Err(MappingError::NotAMapping),
        }
        let m: Mapping = serde_path_to_error::deserialize(value).map_err(|e| MappingError::Syntax {
            detail: format!("{}: {}", clip(&e.path().to_string(), 120), e.into_inner()),
        })?;
        if m.to.is_none() {
            return Err(invalid("to", "missing; expected the catalogue this mapping leads to"));
        }
        m.check()?;
        Ok(m)
    }

    /// The rules of the format that need no catalogue: one entry per old service, the right
    /// number of targets for each change, a target of `moved` or `renamed` used once, `new`
    /// services that nothing leads to.
    pub fn check(&self) -> Result<(), MappingError> {
        if self.schema > MAPPING_SCHEMA {
            return Err(MappingError::NewerSchema { found: self.schema });
        }
        if self.services.len() > MAX_ENTRIES {
            return Err(invalid(
                "services",
                format!("{} entries; expected at most {MAX_ENTRIES}", self.services.len()),
            ));
        }
        let mut seen = BTreeSet::new();
        let mut single: BTreeMap<ServiceId, ServiceId> = BTreeMap::new();
        let mut all_targets = BTreeSet::new();
        for (i, e) in self.services.iter().enumerate() {
            let at = format!("services[{i}]");
            for id in std::iter::once(&e.from).chain(&e.to) {
                if !crate::ids::ServiceId::is_valid(id) {
                    return Err(invalid(&at, format!("\"{}\" is not a service id", clip(id, 40))));
                }
            }
            if !seen.insert(e.from.as_str()) {
                return Err(invalid(&at, format!("\"{}\" has a second entry; expected one per service", e.from)));
            }
            let n = e.to.len();
            let ok = match e.change {
                Change::Kept | Change::Renamed => n == 0 || (n == 1 && e.to[0] == e.from),
                Change::Moved => n == 1 && e.to[0] != e.from,
                Change::Split => (2..=MAX_TARGETS).contains(&n),
                Change::Merged => n == 1,
                Change::Removed => n == 0,
            };
            if !ok {
                let expected = match e.change {
                    Change::Kept | Change::Renamed => "no \"to\" (the same id)",
                    Change::Moved => "\"to\" with one other id",
                    Change::Split => "\"to\" with two or more ids",
                    Change::Merged => "\"to\" with one id",
                    Change::Removed => "no \"to\"",
                };
                return Err(invalid(&at, format!("\"{}\" is {}; expected {expected}", e.from, e.change.key())));
            }
            if e.to.iter().collect::<BTreeSet<_>>().len() != n {
                return Err(invalid(&at, "the same id twice in \"to\""));
            }
            for t in e.targets() {
                all_targets.insert(t.clone());
                if matches!(e.change, Change::Kept | Change::Renamed | Change::Moved) {
                    if let Some(other) = single.insert(t.clone(), e.from.clone()) {
                        return Err(invalid(
                            &at,
                            format!("\"{t}\" is already the same service as \"{other}\"; two services cannot become one unless both say merged"),
                        ));
                    }
                }
            }
        }
        // A merged target is shared by merged entries only.
        for (i, e) in self.services.iter().enumerate() {
            if e.change == Change::Merged && single.contains_key(&e.to[0]) {
                return Err(invalid(
                    format!("services[{i}]"),
                    format!("\"{}\" is merged into \"{}\", which another entry keeps as one service", e.from, e.to[0]),
                ));
            }
        }
        for (i, id) in self.new.iter().enumerate() {
            if !crate::ids::ServiceId::is_valid(id) {
                return Err(invalid(format!("new[{i}]"), format!("\"{}\" is not a service id", clip(id, 40))));
            }
            if all_targets.contains(id) {
                return Err(invalid(format!("new[{i}]"), format!("\"{id}\" is new, but an old service leads to it")));
            }
        }
        Ok(())
    }

    /// Checks the mapping against the two catalogues it joins: every old service of `old` (when
    /// at hand) exists there, every target and new service exists in `new`.
    pub fn check_against(&self, old: Option<&Catalogue>, new: &Catalogue) -> Result<(), MappingError> {
        self.check()?;
        for (i, e) in self.services.iter().enumerate() {
            if let Some(old) = old {
                if old.service(&e.from).is_none() {
                    return Err(invalid(
                        format!("services[{i}]"),
                        format!("\"{}\" is not a service of {} {}", e.from, clip(&old.id, 60), clip(&old.version, 60)),
                    ));
                }
            }
            for t in e.targets() {
                if new.service(&t).is_none() {
                    return Err(invalid(
                        format!("services[{i}]"),
                        format!("\"{t}\" is not a service of {} {}", clip(&new.id, 60), clip(&new.version, 60)),
                    ));
                }
            }
        }
        for (i, id) in self.new.iter().enumerate() {
            if new.service(id).is_none() {
                return Err(invalid(format!("new[{i}]"), format!("\"{id}\" is not a service of the new catalogue")));
            }
        }
        Ok(())
    }

    /// The entry for old service `id`.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.services.iter().find(|e| e.from == id)
    }

    /// The mapping as a file, pretty.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
