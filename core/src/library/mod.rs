//! The set of assessments kept in one browser storage namespace, and every decision about
//! reading and writing them. Pure: the caller reads and writes storage and passes texts in; this
//! module returns what to write as data ([`StorageOp`]) and never touches storage itself.
//!
//! # Storage layout (names below the widget's namespace)
//!
//! | key | holds |
//! | --- | --- |
//! | `index` | the index: format `x1060-library`, schema 1, the id of the assessment last open, and per assessment its id, name, dates and catalogue. A cache of the documents, rebuilt from them when lost. |
//! | `a/<id>` | one assessment, in the assessment file format ([`crate::save`]) with its storage `revision` |
//! | `backup/<time>/<key>` | data that could not be read (or that an import replaced), kept as it was |
//! | `assessment` | the single assessment of app versions before the library (adopted, then removed) |
//!
//! The documents are the truth: an `a/<id>` missing from the index is listed, an index entry
//! without its document is dropped. Two tabs writing the index at once can thus lose nothing.
//!
//! # The caller's sequence
//!
//! - Load: read `index`, every `a/…` key, `assessment` and the names of `backup/…` keys; call
//!   [`plan_load`]; run [`LoadPlan::ops`] in order, stopping at the first failure.
//! - Save point (after every change): for each id of [`Library::unsaved`], read `a/<id>` and call
//!   [`Library::sync`]; run [`SyncPlan::ops`] in order, stopping at the first failure; when they all
//!   succeeded, call [`Library::confirm`] with [`SyncPlan::pending`] and run the ops it returns. Then,
//!   when [`Library::index_text`] differs from what was last written, write it to `index`.
//! - Another tab wrote (`storage` event on `a/<id>`): read `a/<id>` now and call
//!   [`Library::sync`] the same way.
//! - A write fails (quota, blocked): do not confirm. The change stays in memory and in
//!   [`Library::unsaved`]; storage keeps the previous copy; the next save point tries again.
//! - Delete: [`Library::delete`] (after the user confirmed) and run its ops; [`Library::undo`]
//!   brings it back until the page is closed (the trash lives in memory only).
//! - Replace an assessment by an imported one: run [`Library::backup_op`]; only if it succeeded,
//!   call [`Library::replace`].

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::edit::Edit;
use crate::ids::AssessmentId;
use crate::model::{Assessment, CatalogueRef};
use crate::progress::{self, Progress};
use crate::save::{self, DecodeError};
use crate::sync::{self, Decision, Part};

mod load;
mod saving;

pub use load::{plan_load, LoadNotice, LoadPlan, Snapshot};
pub use saving::{Pending, Resolution, Stored, SyncOutcome, SyncPlan};

/// Storage key names, below the widget's namespace.
pub mod keys {
    /// The index of the library.
    pub const INDEX: &str = "index";
    /// Prefix of one assessment's key: `a/<id>`.
    pub const DOC_PREFIX: &str = "a/";
    /// Prefix of every backup key: `backup/<time>/<original key>`.
    pub const BACKUP_PREFIX: &str = "backup/";
    /// Where app versions before the library kept their one assessment.
    pub const LEGACY: &str = "assessment";

    /// The key of assessment `id`.
    pub fn doc(id: &str) -> String {
        format!("{DOC_PREFIX}{id}")
    }

    /// The id in an assessment key, if `key` is one and the id is valid.
    pub fn doc_id(key: &str) -> Option<&str> {
        key.strip_prefix(DOC_PREFIX).filter(|id| super::is_valid_id(id))
    }

    /// The key under which the data of `original` is backed up at time `now`.
    pub fn backup(now: &str, original: &str) -> String {
        format!("{BACKUP_PREFIX}{now}/{original}")
    }

    /// A file name to download the data kept under backup key `key` with:
    /// `backup/2026-11-25T10:00:00.000Z/a/k1` → `x1060-backup-2026-11-25T10-00-00.000Z-a-k1.json`.
    pub fn backup_file_name(key: &str) -> String {
        let rest = key.strip_prefix(BACKUP_PREFIX).unwrap_or(key);
        let safe: String = rest
            .chars()
            .take(120)
            .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
            .collect();
        format!("x1060-backup-{safe}.json")
    }
}

/// Value of the `format` field of the index.
pub const INDEX_FORMAT: &str = "x1060-library";
/// The index schema this code writes, and the newest it reads.
pub const INDEX_SCHEMA: u32 = 1;

/// Reads a stored copy of assessment `id`. One stored before schema 2 has no [`Assessment::uid`]:
/// it gets its storage id, the same at every reading, so nothing needs to be written for it.
fn decode_doc(id: &str, text: &str) -> Result<(Assessment, u64), DecodeError> {
    let (mut a, revision) = save::decode_stored(text)?;
    if a.uid.is_empty() {
        a.uid = id.to_string();
    }
    Ok((a, revision))
}

/// Whether `id` can name an assessment: 1 to 64 ASCII letters, digits, `-` or `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// An id from a time in milliseconds and a random number, both given by the caller (so this
/// stays pure): base 36, such as `mi8x3k2a-1z141z3`.
pub fn make_id(millis: u64, random: u32) -> AssessmentId {
    AssessmentId::new(format!("{}-{}", base36(millis), base36(u64::from(random))))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// One write to storage, for the caller to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageOp {
    Set { key: String, value: String },
    Remove { key: String },
}

impl StorageOp {
    /// The key it writes or removes.
    pub fn key(&self) -> &str {
        match self {
            StorageOp::Set { key, .. } | StorageOp::Remove { key } => key,
        }
    }
}

/// What the index says about one assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    pub id: AssessmentId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub updated: String,
    #[serde(default)]
    pub catalogue: CatalogueRef,
}

impl IndexEntry {
    fn of(id: &AssessmentId, a: &Assessment) -> IndexEntry {
        IndexEntry {
            id: id.clone(),
            name: a.name.clone(),
            created: a.created.clone(),
            updated: a.updated.clone(),
            catalogue: a.catalogue.clone(),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexFile {
    format: String,
    schema: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    current: Option<AssessmentId>,
    #[serde(default)]
    entries: Vec<IndexEntry>,
}

/// Why stored data cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer app: shown, never written over.
    Newer { found: u64 },
    /// Does not decode; `detail` says why.
    Damaged { detail: String },
}

/// One assessment this tab can open and edit, with what it knows of the storage copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    /// What this tab holds now.
    pub assessment: Assessment,
    /// What storage held when this tab last read or wrote it; `None`: not in storage yet.
    base: Option<Assessment>,
    /// The storage revision of `base` (or of the last copy written, when `base` is `None`).
    revision: u64,
    /// Why this tab does not write it now, until the user decides.
    block: Option<Block>,
}

/// Why a save is held back until the user decides ([`Library::resolve`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Another tab changed the same parts differently. `theirs` is in storage at `revision`.
    Conflict { theirs: Box<Assessment>, revision: u64, parts: Vec<Part> },
    /// Another tab deleted it while this tab had unsaved changes.
    Deleted,
    /// Another tab (a newer app) wrote it in a newer schema (`raw`): never written over.
    Newer { found: u64, raw: String },
}

/// An assessment known to the library.
// A handful of short-lived values: boxing the large variant would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    Ready(Doc),
    /// Stored data that cannot be read. `raw` is kept for download; `key` is where it lives in
    /// storage (its `a/<id>` key when newer, its backup key when damaged); `info` is what the
    /// index said about it, if anything.
    Unreadable {
        why: Unreadable,
        raw: String,
        key: String,
        info: Option<IndexEntry>,
    },
}

/// Why an assessment went to the trash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrashReason {
    /// The user deleted it.
    Deleted,
    /// An import replaced its content; the trash holds the content before.
    Replaced,
    /// Another tab deleted it (this tab had no unsaved change).
    DeletedElsewhere,
}

/// Something the user can still undo, until the page is closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trashed {
    pub id: AssessmentId,
    pub reason: TrashReason,
    pub slot: Slot,
    /// The legacy key was still to be removed once this assessment was written.
    legacy: bool,
}

/// Why a library operation was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// No assessment has this id.
    UnknownId { id: AssessmentId },
    /// The id is already used.
    IdTaken { id: AssessmentId },
    /// The id is not 1 to 64 letters, digits, `-` or `_`.
    InvalidId { id: AssessmentId },
    /// The library was written by a newer app: nothing may be changed.
    ReadOnly,
    /// The assessment cannot be read (damaged, or from a newer app).
    Unreadable { id: AssessmentId },
    /// Nothing to undo for this id.
    NothingToUndo { id: AssessmentId },
    /// No conflict or block waits for a decision on this id.
    NothingToResolve { id: AssessmentId },
    /// Data from a newer app is never written over.
    WouldOverwriteNewer { id: AssessmentId },
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownId { id } => write!(f, "There is no assessment with id \"{id}\"."),
            Self::IdTaken { id } => write!(f, "The id \"{id}\" is already used by another assessment."),
            Self::InvalidId { id } => write!(
                f,
                "\"{}\" is not a valid id: expected 1 to 64 letters, digits, '-' or '_'.",
                crate::json::clip(id, 80)
            ),
            Self::ReadOnly => f.write_str(
                "The saved assessments were made by a newer version of this app; this version only shows them.",
            ),
            Self::Unreadable { id } => write!(f, "The assessment \"{id}\" cannot be read, so it cannot be changed."),
            Self::NothingToUndo { id } => write!(f, "There is nothing to undo for \"{id}\"."),
            Self::NothingToResolve { id } => write!(f, "There is no conflict to resolve for \"{id}\"."),
            Self::WouldOverwriteNewer { id } => {
                write!(f, "\"{id}\" was saved by a newer version of this app and cannot be overwritten.")
            }
        }
    }
}

impl std::error::Error for LibraryError {}

/// Every assessment of one namespace, as this tab knows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    slots: BTreeMap<AssessmentId, Slot>,
    current: Option<AssessmentId>,
    read_only: bool,
    trash: Vec<Trashed>,
    backups: Vec<String>,
    /// The id adopted from the legacy key, which is removed once that assessment is written.
    legacy_pending: Option<AssessmentId>,
    /// The part of an assessment (id, part) whose text field has the focus in this tab: another
    /// tab's change to it is not taken while the user types (see [`Library::sync`]).
    typing: Option<(AssessmentId, Part)>,
}

/// One line of the list of assessments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListEntry {
    pub id: AssessmentId,
    /// As the user named it; may be empty (the interface then shows "Untitled").
    pub name: String,
    pub created: String,
    /// Time of the last change.
    pub updated: String,
    /// The assessment date of the profile, as the user wrote it ("" when not given or unreadable).
    pub date: String,
    pub catalogue: CatalogueRef,
    /// Against the catalogue passed to [`Library::list`]; `None` when unreadable.
    pub progress: Option<Progress>,
    pub state: EntryState,
    /// Whether it is the one open.
    pub current: bool,
}

/// How an assessment of the list stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryState {
    /// Usable. `unsaved`: changes not yet in storage. `blocked`: a conflict or another tab's
    /// deletion waits for the user's decision.
    Ready { unsaved: bool, blocked: bool },
    /// Saved by a newer app: read-only.
    Newer { found: u64 },
    /// Could not be read; kept under `backup_key`.
    Damaged { detail: String, backup_key: String },
}

impl Library {
    /// An empty library (also the one to use, in memory only, when storage is unavailable).
    pub fn new() -> Library {
        Library::default()
    }

    /// Whether the stored library comes from a newer app, so that nothing may be written.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The part being typed in, if any: `(assessment id, part)`.
    pub fn typing(&self) -> Option<&(AssessmentId, Part)> {
        self.typing.as_ref()
    }

    /// What the focus moving to `part` of the open assessment (`None`: no text field has it)
    /// changes: `None` when nothing does, else the hold to give [`Library::set_typing`].
    pub fn typing_in(&self, part: Option<Part>) -> Option<Option<(AssessmentId, Part)>> {
        let id = self.current_id()?.clone();
        let next = part.map(|p| (id, p));
        (self.typing.as_ref() != next.as_ref()).then_some(next)
    }

    /// Says which part of which assessment the user is typing in (a text field has the focus), or
    /// `None` when no field has it. When a field was left, returns that assessment's id: sync it
    /// again, a change from another tab may have waited for it.
    pub fn set_typing(&mut self, typing: Option<(AssessmentId, Part)>) -> Option<AssessmentId> {
        let left = match (&typing, &self.typing) {
            (None, Some((id, _))) => Some(id.clone()),
            _ => None,
        };
        self.typing = typing;
        left
    }

    /// Id of the assessment open, if any.
    pub fn current_id(&self) -> Option<&AssessmentId> {
        self.current.as_ref()
    }

    /// The assessment open, if any.
    pub fn current(&self) -> Option<&Assessment> {
        self.current.as_ref().and_then(|id| self.get(id))
    }

    /// Assessment `id`, if it is readable.
    pub fn get(&self, id: &AssessmentId) -> Option<&Assessment> {
        match self.slots.get(id) {
            Some(Slot::Ready(d)) => Some(&d.assessment),
            _ => None,
        }
    }

    /// The slot of `id`.
    pub fn slot(&self, id: &AssessmentId) -> Option<&Slot> {
        self.slots.get(id)
    }

    /// Ids of every assessment, readable or not.
    pub fn ids(&self) -> impl Iterator<Item = &AssessmentId> {
        self.slots.keys()
    }

    /// What holds back saving `id`, if anything.
    pub fn block(&self, id: &AssessmentId) -> Option<&Block> {
        match self.slots.get(id) {
            Some(Slot::Ready(d)) => d.block.as_ref(),
            _ => None,
        }
    }

    /// The stored text of an unreadable assessment, to offer as a download.
    pub fn unreadable_raw(&self, id: &AssessmentId) -> Option<&str> {
        match self.slots.get(id) {
            Some(Slot::Unreadable { raw, .. }) => Some(raw),
            _ => None,
        }
    }

    /// Backup keys known in storage (names below the namespace), oldest first.
    pub fn backups(&self) -> &[String] {
        &self.backups
    }

    /// What can still be undone, oldest first.
    pub fn trash(&self) -> &[Trashed] {
        &self.trash
    }

    /// Ids whose changes are not in storage yet and may be written now (not blocked, library not
    /// read-only): the ones the save point passes to [`Library::sync`].
    pub fn unsaved(&self) -> Vec<AssessmentId> {
        if self.read_only {
            return Vec::new();
        }
        self.slots
            .iter()
            .filter_map(|(id, s)| match s {
                Slot::Ready(d) if d.block.is_none() && d.is_unsaved() => Some(id.clone()),
                _ => None,
            })
            .collect()
    }

    /// Every assessment for the list, most recently changed first (then by name and id).
    pub fn list(&self, catalogue: &Catalogue) -> Vec<ListEntry> {
        let mut out: Vec<ListEntry> = self
            .slots
            .iter()
            .map(|(id, slot)| {
                let current = self.current.as_deref() == Some(id.as_str());
                match slot {
                    Slot::Ready(d) => {
                        let a = &d.assessment;
                        ListEntry {
                            id: id.clone(),
                            name: a.name.clone(),
                            created: a.created.clone(),
                            updated: a.updated.clone(),
                            date: a.profile.date.clone(),
                            catalogue: a.catalogue.clone(),
                            progress: Some(progress::overall(catalogue, a)),
                            state: EntryState::Ready { unsaved: d.is_unsaved(), blocked: d.block.is_some() },
                            current,
                        }
                    }
                    Slot::Unreadable { why, key, info, .. } => {
                        let info =
                            info.clone().unwrap_or_else(|| IndexEntry { id: id.clone(), ..IndexEntry::default() });
                        let state = match why {
                            Unreadable::Newer { found } => EntryState::Newer { found: *found },
                            Unreadable::Damaged { detail } => {
                                EntryState::Damaged { detail: detail.clone(), backup_key: key.clone() }
                            }
                        };
                        ListEntry {
                            id: id.clone(),
                            name: info.name,
                            created: info.created,
                            updated: info.updated,
                            date: String::new(),
                            catalogue: info.catalogue,
                            progress: None,
                            state,
                            current,
                        }
                    }
                }
            })
            .collect();
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.name.cmp(&b.name)).then_with(|| a.id.cmp(&b.id)));
        out
    }

    /// The index document to keep under [`keys::INDEX`]; `None` when the library is read-only.
    /// Damaged assessments are left out: their data lives under a backup key.
    pub fn index_text(&self) -> Option<String> {
        if self.read_only {
            return None;
        }
        let entries = self
            .slots
            .iter()
            .filter_map(|(id, s)| match s {
                Slot::Ready(d) => Some(IndexEntry::of(id, &d.assessment)),
                Slot::Unreadable { why: Unreadable::Newer { .. }, info, .. } => {
                    Some(info.clone().unwrap_or_else(|| IndexEntry { id: id.clone(), ..IndexEntry::default() }))
                }
                Slot::Unreadable { .. } => None,
            })
            .collect();
        let file =
            IndexFile { format: INDEX_FORMAT.into(), schema: INDEX_SCHEMA, current: self.current.clone(), entries };
        serde_json::to_string(&file).ok()
    }

    fn writable(&self) -> Result<(), LibraryError> {
        if self.read_only {
            Err(LibraryError::ReadOnly)
        } else {
            Ok(())
        }
    }

    fn new_id(&self, id: &AssessmentId) -> Result<(), LibraryError> {
        self.writable()?;
        if !is_valid_id(id) {
            return Err(LibraryError::InvalidId { id: id.clone() });
        }
        if self.slots.contains_key(id) {
            return Err(LibraryError::IdTaken { id: id.clone() });
        }
        Ok(())
    }

    fn doc_mut(&mut self, id: &AssessmentId) -> Result<&mut Doc, LibraryError> {
        self.writable()?;
        match self.slots.get_mut(id) {
            Some(Slot::Ready(d)) => Ok(d),
            Some(Slot::Unreadable { .. }) => Err(LibraryError::Unreadable { id: id.clone() }),
            None => Err(LibraryError::UnknownId { id: id.clone() }),
        }
    }

    fn insert_new(&mut self, id: &AssessmentId, a: Assessment) {
        self.slots.insert(id.clone(), Slot::Ready(Doc { assessment: a, base: None, revision: 0, block: None }));
    }

    /// Makes sure an assessment is open: the one open, else the most recently changed readable
    /// one, else a new empty one with `fallback_id` (the caller makes the id, so this stays pure).
    pub fn ensure_open(&mut self, catalogue: &Catalogue, fallback_id: &AssessmentId, now: &str) {
        if self.current_id().is_some() {
            return;
        }
        let id = match self.most_recent() {
            Some(id) => id,
            None => {
                let _ = self.create(fallback_id, "", catalogue, now);
                fallback_id.clone()
            }
        };
        let _ = self.select(&id);
    }

    /// Opens assessment `id`.
    pub fn select(&mut self, id: &AssessmentId) -> Result<(), LibraryError> {
        match self.slots.get(id) {
            Some(Slot::Ready(_)) => {
                self.current = Some(id.clone());
                Ok(())
            }
            Some(Slot::Unreadable { .. }) => Err(LibraryError::Unreadable { id: id.clone() }),
            None => Err(LibraryError::UnknownId { id: id.clone() }),
        }
    }

    /// Adds a new, empty assessment named `name`, made with `catalogue`. It is written by the
    /// next save point. Does not open it.
    pub fn create(
        &mut self,
        id: &AssessmentId,
        name: &str,
        catalogue: &Catalogue,
        now: &str,
    ) -> Result<(), LibraryError> {
        self.new_id(id)?;
        let mut a = Assessment::new(catalogue, now);
        // Time and randomness (persist::new_id): unique enough to tell organisations apart.
        a.uid = id.to_string();
        a.apply(Edit::SetName(name.to_string()), now);
        self.insert_new(id, a);
        Ok(())
    }

    /// Adds a copy of `source` under the new `id` and `name`, such as "2027 review" from
    /// "2026 baseline": same catalogue, profile and answers, created now. Does not open it.
    pub fn duplicate(
        &mut self,
        source: &AssessmentId,
        id: &AssessmentId,
        name: &str,
        now: &str,
    ) -> Result<(), LibraryError> {
        self.new_id(id)?;
        let src = match self.slots.get(source) {
            Some(Slot::Ready(d)) => &d.assessment,
            Some(Slot::Unreadable { .. }) => return Err(LibraryError::Unreadable { id: source.clone() }),
            None => return Err(LibraryError::UnknownId { id: source.clone() }),
        };
        // The same organisation's next round: it keeps the identifier (see `Assessment::uid`).
        let mut copy = Assessment {
            uid: if src.uid.is_empty() { source.to_string() } else { src.uid.clone() },
            name: String::new(),
            catalogue: src.catalogue.clone(),
            profile: src.profile.clone(),
            services: src.services.clone(),
            to_review: src.to_review.clone(),
            created: now.to_string(),
            updated: now.to_string(),
        };
        copy.apply(Edit::SetName(name.to_string()), now);
        self.insert_new(id, copy);
        Ok(())
    }

    /// Adds an assessment read from a file under the new `id` ("open as a new assessment"),
    /// keeping its own dates (or `now` where it has none). Does not open it.
    pub fn add(&mut self, id: &AssessmentId, mut a: Assessment, now: &str) -> Result<(), LibraryError> {
        self.new_id(id)?;
        if a.created.is_empty() {
            a.created = now.to_string();
        }
        if a.uid.is_empty() {
            // A file from before schema 2: from now on it is known by this id (see `decode_doc`).
            a.uid = id.to_string();
        }
        if a.updated.is_empty() {
            a.updated = now.to_string();
        }
        self.insert_new(id, a);
        Ok(())
    }

    /// Renames assessment `id`. Returns whether the name changed.
    pub fn rename(&mut self, id: &AssessmentId, name: &str, now: &str) -> Result<bool, LibraryError> {
        self.apply(id, Edit::SetName(name.to_string()), now)
    }

    /// Applies one edit to assessment `id`. Returns whether anything changed. Refused while a
    /// newer app's copy is in storage under its key (it could never be saved).
    pub fn apply(&mut self, id: &AssessmentId, edit: Edit, now: &str) -> Result<bool, LibraryError> {
        let doc = self.doc_mut(id)?;
        if let Some(Block::Newer { .. }) = doc.block {
            return Err(LibraryError::WouldOverwriteNewer { id: id.clone() });
        }
        Ok(doc.assessment.apply(edit, now))
    }

    /// The write that backs up assessment `id` as it is now, before [`Library::replace`]. Run it
    /// first; replace only if it succeeded.
    pub fn backup_op(&self, id: &AssessmentId, now: &str) -> Result<StorageOp, LibraryError> {
        self.writable()?;
        match self.slots.get(id) {
            Some(Slot::Ready(d)) => Ok(StorageOp::Set {
                key: keys::backup(now, &keys::doc(id)),
                value: save::encode_stored(&d.assessment, d.revision),
            }),
            Some(Slot::Unreadable { .. }) => Err(LibraryError::Unreadable { id: id.clone() }),
            None => Err(LibraryError::UnknownId { id: id.clone() }),
        }
    }

    /// Replaces the content of assessment `id` by `incoming` (an imported file). The content
    /// before goes to the trash ([`Library::undo`] brings it back) and the next save point writes
    /// the new content.
    pub fn replace(&mut self, id: &AssessmentId, mut incoming: Assessment, now: &str) -> Result<(), LibraryError> {
        let legacy = self.legacy_pending.as_deref() == Some(id);
        let doc = self.doc_mut(id)?;
        if let Some(Block::Newer { .. }) = doc.block {
            return Err(LibraryError::WouldOverwriteNewer { id: id.clone() });
        }
        if incoming.created.is_empty() {
            incoming.created = now.to_string();
        }
        if incoming.updated.is_empty() {
            incoming.updated = now.to_string();
        }
        if incoming.uid.is_empty() {
            // As `decode_doc` will read it back.
            incoming.uid = id.to_string();
        }
        let before = doc.clone();
        doc.assessment = incoming;
        self.trash.push(Trashed { id: id.clone(), reason: TrashReason::Replaced, slot: Slot::Ready(before), legacy });
        Ok(())
    }

    /// Deletes assessment `id` (the user has confirmed). It goes to the trash, from which
    /// [`Library::undo`] brings it back until the page is closed. Returns the writes to run.
    pub fn delete(&mut self, id: &AssessmentId) -> Result<Vec<StorageOp>, LibraryError> {
        self.writable()?;
        let slot = self.slots.remove(id).ok_or_else(|| LibraryError::UnknownId { id: id.clone() })?;
        let legacy = self.legacy_pending.as_deref() == Some(id);
        let mut ops = Vec::new();
        match &slot {
            // Damaged data is no longer under `a/<id>`: it stays under its backup key.
            Slot::Unreadable { why: Unreadable::Damaged { .. }, .. } => {}
            _ => ops.push(StorageOp::Remove { key: keys::doc(id) }),
        }
        if legacy {
            // The old key held the same assessment; it was never written under its new key.
            ops.push(StorageOp::Remove { key: keys::LEGACY.to_string() });
            self.legacy_pending = None;
        }
        self.trash.push(Trashed { id: id.clone(), reason: TrashReason::Deleted, slot, legacy: false });
        if self.current.as_deref() == Some(id) {
            self.current = self.most_recent();
        }
        Ok(ops)
    }

    /// Undoes the last delete or replace of `id`. A restored assessment is written again by the
    /// next save point; the returned writes (for data from a newer app, which this version cannot
    /// re-encode) are to be run now.
    pub fn undo(&mut self, id: &AssessmentId) -> Result<Vec<StorageOp>, LibraryError> {
        self.writable()?;
        let pos = self
            .trash
            .iter()
            .rposition(|t| t.id == *id)
            .ok_or_else(|| LibraryError::NothingToUndo { id: id.clone() })?;
        let t = self.trash.remove(pos);
        match t.reason {
            TrashReason::Replaced => {
                let Slot::Ready(before) = t.slot else { return Ok(Vec::new()) };
                match self.slots.get_mut(id) {
                    Some(Slot::Ready(d)) => {
                        d.assessment = before.assessment;
                        Ok(Vec::new())
                    }
                    // Deleted since: bring the content before the replace back as it was.
                    _ => self.restore(id, Slot::Ready(before)),
                }
            }
            TrashReason::Deleted | TrashReason::DeletedElsewhere => {
                if self.slots.contains_key(id) {
                    // Another tab wrote an assessment under this id since; keep both.
                    self.trash.insert(pos, t);
                    return Err(LibraryError::IdTaken { id: id.clone() });
                }
                self.restore(id, t.slot)
            }
        }
    }

    fn restore(&mut self, id: &AssessmentId, slot: Slot) -> Result<Vec<StorageOp>, LibraryError> {
        let mut ops = Vec::new();
        let slot = match slot {
            // Storage no longer has it: it is written again, one revision on.
            Slot::Ready(mut d) => {
                d.base = None;
                d.block = None;
                Slot::Ready(d)
            }
            Slot::Unreadable { why: Unreadable::Newer { found }, raw, key, info } => {
                ops.push(StorageOp::Set { key: keys::doc(id), value: raw.clone() });
                Slot::Unreadable { why: Unreadable::Newer { found }, raw, key, info }
            }
            damaged => damaged,
        };
        self.slots.insert(id.clone(), slot);
        if self.current.is_none() && matches!(self.slots.get(id), Some(Slot::Ready(_))) {
            self.current = Some(id.clone());
        }
        Ok(ops)
    }

    /// Id of the readable assessment changed last.
    fn most_recent(&self) -> Option<AssessmentId> {
        self.slots
            .iter()
            .filter_map(|(id, s)| match s {
                Slot::Ready(d) => Some((&d.assessment.updated, id)),
                _ => None,
            })
            .max()
            .map(|(_, id)| id.clone())
    }
}

impl Doc {
    fn is_unsaved(&self) -> bool {
        match &self.base {
            None => true,
            Some(b) => !sync::same_content(b, &self.assessment),
        }
    }
}

/// What a document we cannot decode says about itself at the top level, if it says anything:
/// its name and dates (data from a newer app usually keeps them).
fn peek_info(id: &str, raw: &str) -> Option<IndexEntry> {
    let value = crate::json::parse(raw).ok()?;
    let text = |k: &str| value.get(k).and_then(|v| v.as_str()).map(|s| crate::json::clip(s, 200)).unwrap_or_default();
    let catalogue = value
        .get("catalogue")
        .map(|c| CatalogueRef {
            id: c.get("id").and_then(|v| v.as_str()).unwrap_or_default().to_string(),
            version: c.get("version").and_then(|v| v.as_str()).unwrap_or_default().to_string(),
        })
        .unwrap_or_default();
    Some(IndexEntry {
        id: id.into(),
        name: text("name"),
        created: text("created"),
        updated: text("updated"),
        catalogue,
    })
}
