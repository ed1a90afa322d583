//! The two keys kept beside the library of assessments: the catalogue file the user loaded and
//! the preferences. The same promise holds for them as for assessments: data the app cannot read
//! is moved to a backup key once (never copied again at every start) and reported; data written
//! by a newer version is left where it is, reported as such, and never overwritten without a
//! backup. The decisions are pure: they return the writes for the caller to run, in order.

use std::fmt;

use crate::catalogue::{Catalogue, CatalogueError};
use crate::json;
use crate::library::{keys, StorageOp};
use crate::save::Prefs;

/// The key of the catalogue file the user loaded (its text), below the widget's namespace.
pub const CATALOGUE_KEY: &str = "catalogue";
/// The key of the preferences, below the widget's namespace.
pub const PREFS_KEY: &str = "prefs";
/// The newest preferences schema this code reads. Preferences without a `schema` are schema 1.
pub const PREFS_SCHEMA: u32 = 1;

/// Something found under one of these keys that the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyNotice {
    /// It could not be read: moved to `backup_key`; `detail` says why.
    Damaged { backup_key: String, detail: String },
    /// Written by a newer version (schema `found`): left unchanged.
    Newer { found: u64 },
}

/// What to start with from the saved catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogueLoad {
    /// The user's catalogue, if there is one and it reads.
    pub catalogue: Option<Catalogue>,
    /// Writes to run now, in order.
    pub ops: Vec<StorageOp>,
    pub notice: Option<KeyNotice>,
}

/// Decides, from the text under [`CATALOGUE_KEY`], the catalogue to start with: a catalogue that
/// does not read is moved to a backup (so the next start finds nothing to back up again); one of
/// a newer schema stays where it is.
pub fn plan_catalogue(text: Option<&str>, now: &str) -> CatalogueLoad {
    let Some(text) = text else {
        return CatalogueLoad { catalogue: None, ops: vec![], notice: None };
    };
    match Catalogue::parse(text) {
        Ok(c) => CatalogueLoad { catalogue: Some(c), ops: vec![], notice: None },
        Err(CatalogueError::NewerSchema { found }) => {
            CatalogueLoad { catalogue: None, ops: vec![], notice: Some(KeyNotice::Newer { found: u64::from(found) }) }
        }
        Err(e) => {
            let (ops, backup_key) = move_to_backup(CATALOGUE_KEY, text, now);
            CatalogueLoad {
                catalogue: None,
                ops,
                notice: Some(KeyNotice::Damaged { backup_key, detail: e.to_string() }),
            }
        }
    }
}

/// The writes that put `new` (the text of the user's catalogue; `None`: go back to the built-in
/// one) under [`CATALOGUE_KEY`], where `stored` is what it holds now. What this version cannot
/// read there (a newer catalogue) is kept under a backup key first.
pub fn catalogue_write(stored: Option<&str>, new: Option<&str>, now: &str) -> Vec<StorageOp> {
    let mut ops = Vec::new();
    if let Some(old) = stored {
        if Some(old) != new && Catalogue::parse(old).is_err() {
            ops.push(StorageOp::Set { key: keys::backup(now, CATALOGUE_KEY), value: old.to_string() });
        }
    }
    ops.push(match new {
        Some(text) => StorageOp::Set { key: CATALOGUE_KEY.to_string(), value: text.to_string() },
        None => StorageOp::Remove { key: CATALOGUE_KEY.to_string() },
    });
    ops
}

/// What to start with from the saved preferences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrefsLoad {
    pub prefs: Prefs,
    /// Whether preferences may be saved: not over those of a newer version.
    pub writable: bool,
    /// Writes to run now, in order.
    pub ops: Vec<StorageOp>,
    pub notice: Option<KeyNotice>,
}

/// Why preferences could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefsProblem {
    /// Written by a newer version.
    Newer { found: u64 },
    /// Not preferences this version wrote; says what is wrong.
    Damaged(String),
}

impl fmt::Display for PrefsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Newer { found } => write!(f, "the settings use schema {found}, made by a newer version of this app"),
            Self::Damaged(detail) => write!(f, "the settings cannot be read: {}", json::clip_message(detail)),
        }
    }
}

/// Reads preferences strictly: an object with known fields only, and a `schema` (1 when absent)
/// no newer than [`PREFS_SCHEMA`].
pub fn read_prefs(text: &str) -> Result<Prefs, PrefsProblem> {
    let mut value = json::parse(text).map_err(|e| PrefsProblem::Damaged(e.to_string()))?;
    let Some(obj) = value.as_object_mut() else {
        return Err(PrefsProblem::Damaged("expected an object".into()));
    };
    if let Some(s) = obj.remove("schema") {
        match json::whole_number(&s) {
            Some(n) if n > u64::from(PREFS_SCHEMA) => return Err(PrefsProblem::Newer { found: n }),
            Some(_) => {}
            None => return Err(PrefsProblem::Damaged("\"schema\" must be a whole number".into())),
        }
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let at = json::place(&e.path().to_string());
        PrefsProblem::Damaged(format!("{at}: {}", json::clip_message(&e.into_inner().to_string())))
    })
}

/// Decides, from the text under [`PREFS_KEY`], the preferences to start with: unreadable ones
/// are moved to a backup and the defaults used; a newer version's are left alone, and none are
/// saved (the choices made here last until the page closes).
pub fn plan_prefs(text: Option<&str>, now: &str) -> PrefsLoad {
    let Some(text) = text else {
        return PrefsLoad { prefs: Prefs::default(), writable: true, ops: vec![], notice: None };
    };
    match read_prefs(text) {
        Ok(prefs) => PrefsLoad { prefs, writable: true, ops: vec![], notice: None },
        Err(PrefsProblem::Newer { found }) => PrefsLoad {
            prefs: Prefs::default(),
            writable: false,
            ops: vec![],
            notice: Some(KeyNotice::Newer { found }),
        },
        Err(p) => {
            let (ops, backup_key) = move_to_backup(PREFS_KEY, text, now);
            PrefsLoad {
                prefs: Prefs::default(),
                writable: true,
                ops,
                notice: Some(KeyNotice::Damaged { backup_key, detail: p.to_string() }),
            }
        }
    }
}

/// Copies `text` from `key` to a backup key, then removes `key`: a move, so that it is done once.
fn move_to_backup(key: &str, text: &str, now: &str) -> (Vec<StorageOp>, String) {
    let backup_key = keys::backup(now, key);
    let ops = vec![
        StorageOp::Set { key: backup_key.clone(), value: text.to_string() },
        StorageOp::Remove { key: key.to_string() },
    ];
    (ops, backup_key)
}
