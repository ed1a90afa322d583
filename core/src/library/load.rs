//! Start-up: [`plan_load`] turns what storage holds into the library to start with, and the
//! writes that keep unreadable data safe (backups) and adopt the single assessment of earlier app
//! versions.

use super::*;

/// What storage holds, as read by the caller at start-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot<'a> {
    /// The text under [`keys::INDEX`].
    pub index: Option<&'a str>,
    /// Every key starting with [`keys::DOC_PREFIX`] (name below the namespace) with its text.
    pub docs: Vec<(&'a str, &'a str)>,
    /// The text under [`keys::LEGACY`].
    pub legacy: Option<&'a str>,
    /// Names of every key starting with [`keys::BACKUP_PREFIX`].
    pub backups: Vec<&'a str>,
}

/// What [`plan_load`] decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadPlan {
    pub library: Library,
    /// Writes to run now, in order, stopping at the first failure.
    pub ops: Vec<StorageOp>,
    /// What to tell the user.
    pub notices: Vec<LoadNotice>,
}

/// Something found at start-up that the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The index was written by a newer app: everything is read-only.
    IndexNewer { found: u64 },
    /// The index did not decode: kept under `backup_key`, rebuilt from the assessments.
    IndexDamaged { backup_key: String, detail: String },
    /// An assessment was written by a newer app: read-only.
    DocNewer { id: AssessmentId, found: u64 },
    /// An assessment did not decode: moved to `backup_key`, downloadable, listed as damaged.
    DocDamaged { id: AssessmentId, backup_key: String, detail: String },
    /// The assessment of an earlier app version was taken into the library as `id`.
    LegacyAdopted { id: AssessmentId },
    /// The assessment of an earlier app version did not decode: moved to `backup_key`.
    LegacyDamaged { backup_key: String, detail: String },
    /// The legacy key holds data from a newer app: left alone.
    LegacyNewer { found: u64 },
}

/// Decides, from what storage holds, the library to start with and the writes that keep
/// unreadable data safe. `legacy_id` is the id to give the assessment of an earlier app version
/// (under [`keys::LEGACY`]) if there is one to adopt; it is written by the save point like any
/// new assessment, and the old key is removed only once that write is confirmed.
pub fn plan_load(snap: &Snapshot<'_>, now: &str, legacy_id: &AssessmentId) -> LoadPlan {
    let mut lib = Library::new();
    let mut ops = Vec::new();
    let mut notices = Vec::new();
    lib.backups = snap.backups.iter().map(|s| s.to_string()).collect();

    let mut index: BTreeMap<AssessmentId, IndexEntry> = BTreeMap::new();
    let mut wanted_current = None;
    if let Some(text) = snap.index {
        match read_index(text) {
            Ok(file) => {
                wanted_current = file.current;
                for e in file.entries {
                    index.insert(e.id.clone(), e);
                }
            }
            Err(IndexProblem::Newer(found)) => {
                lib.read_only = true;
                notices.push(LoadNotice::IndexNewer { found });
            }
            Err(IndexProblem::Damaged(detail)) => {
                let backup_key = keys::backup(now, keys::INDEX);
                ops.push(StorageOp::Set { key: backup_key.clone(), value: text.to_string() });
                lib.backups.push(backup_key.clone());
                notices.push(LoadNotice::IndexDamaged { backup_key, detail });
            }
        }
    }

    for (key, text) in &snap.docs {
        let Some(id) = keys::doc_id(key) else { continue };
        let info = index.get(id).cloned();
        let slot = match super::decode_doc(id, text) {
            Ok((a, revision)) => Slot::Ready(Doc { assessment: a.clone(), base: Some(a), revision, block: None }),
            Err(DecodeError::NewerSchema { found }) => {
                notices.push(LoadNotice::DocNewer { id: id.into(), found });
                let info = info.or_else(|| peek_info(id, text));
                Slot::Unreadable { why: Unreadable::Newer { found }, raw: text.to_string(), key: key.to_string(), info }
            }
            Err(e) if lib.read_only => {
                // Nothing may be written: leave it where it is.
                Slot::Unreadable {
                    why: Unreadable::Damaged { detail: e.to_string() },
                    raw: text.to_string(),
                    key: key.to_string(),
                    info,
                }
            }
            Err(e) => {
                let backup_key = keys::backup(now, key);
                ops.push(StorageOp::Set { key: backup_key.clone(), value: text.to_string() });
                ops.push(StorageOp::Remove { key: key.to_string() });
                lib.backups.push(backup_key.clone());
                notices.push(LoadNotice::DocDamaged {
                    id: id.into(),
                    backup_key: backup_key.clone(),
                    detail: e.to_string(),
                });
                Slot::Unreadable {
                    why: Unreadable::Damaged { detail: e.to_string() },
                    raw: text.to_string(),
                    key: backup_key,
                    info,
                }
            }
        };
        lib.slots.insert(id.into(), slot);
    }

    if let (Some(text), false) = (snap.legacy, lib.read_only) {
        match save::decode_stored(text) {
            Ok((a, _)) => {
                let adopted = lib.slots.values().any(|s| match s {
                    Slot::Ready(d) => {
                        d.assessment.created == a.created
                            && d.assessment.catalogue == a.catalogue
                            && d.assessment.updated >= a.updated
                    }
                    _ => false,
                });
                if adopted {
                    // Taken in by an earlier start whose removal of the old key did not happen.
                    ops.push(StorageOp::Remove { key: keys::LEGACY.to_string() });
                } else {
                    let mut id = legacy_id.clone();
                    if !is_valid_id(&id) || lib.slots.contains_key(&id) {
                        id = AssessmentId::new(format!("legacy-{}", lib.slots.len()));
                    }
                    lib.insert_new(&id, a);
                    lib.legacy_pending = Some(id.clone());
                    notices.push(LoadNotice::LegacyAdopted { id });
                }
            }
            Err(DecodeError::NewerSchema { found }) => notices.push(LoadNotice::LegacyNewer { found }),
            Err(e) => {
                let backup_key = keys::backup(now, keys::LEGACY);
                ops.push(StorageOp::Set { key: backup_key.clone(), value: text.to_string() });
                ops.push(StorageOp::Remove { key: keys::LEGACY.to_string() });
                lib.backups.push(backup_key.clone());
                notices.push(LoadNotice::LegacyDamaged { backup_key, detail: e.to_string() });
            }
        }
    }

    // Data found under the first version's key is the latest work (an older copy of the app wrote
    // it after this one ran, or this is the first start of this version): open it.
    lib.current = lib.legacy_pending.clone().or_else(|| {
        wanted_current.filter(|id| matches!(lib.slots.get(id), Some(Slot::Ready(_)))).or_else(|| lib.most_recent())
    });
    LoadPlan { library: lib, ops, notices }
}

enum IndexProblem {
    Newer(u64),
    Damaged(String),
}

fn read_index(text: &str) -> Result<IndexFile, IndexProblem> {
    let value = crate::json::parse(text).map_err(|e| IndexProblem::Damaged(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(INDEX_FORMAT) {
        return Err(IndexProblem::Damaged(format!("\"format\" is not \"{INDEX_FORMAT}\"")));
    }
    match value.get("schema").and_then(crate::json::whole_number) {
        Some(n) if n > u64::from(INDEX_SCHEMA) => return Err(IndexProblem::Newer(n)),
        Some(_) => {}
        None => return Err(IndexProblem::Damaged("\"schema\" must be a whole number".into())),
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let at = crate::json::place(&e.path().to_string());
        IndexProblem::Damaged(format!("{at}: {}", crate::json::clip_message(&e.into_inner().to_string())))
    })
}
