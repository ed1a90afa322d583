//! Every write to storage is here: the library of assessments (read at start, and the one save
//! procedure run by the save point after every change and when another tab writes), a backup
//! before a replace, the preferences, the catalogue the user chose and the campaign in use. The
//! decisions are pure domain code (`x1060_core::library`, `x1060_core::stored`); this module only
//! carries them out against real storage, running each list of writes in order and stopping at
//! the first failure, and says what went wrong as the notice to show.

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::ids::AssessmentId;
use x1060_core::library::{self, keys, plan_load, Library, LoadNotice, Snapshot, StorageOp, Stored, SyncOutcome};

use crate::platform::{Store, StoreError};
use crate::state::{Notice, SaveOutcome};

/// What start-up found.
pub struct Loaded {
    pub library: Library,
    pub notices: Vec<Notice>,
    /// Whether storage can be used at all.
    pub can_write: bool,
}

/// A new assessment id, unique enough for one browser: time and randomness.
pub fn new_id() -> AssessmentId {
    let millis = js_sys::Date::now().max(0.0) as u64;
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    library::make_id(millis, random)
}

/// Keeps a backup of assessment `id` in storage before it is replaced (by an imported file, or by
/// its copy moved to another catalogue). Without that backup nothing may be replaced: each reason
/// it could not be made is the notice to show.
pub fn back_up(lib: &Library, id: &AssessmentId, namespace: &str, now: &str) -> Result<(), Notice> {
    let op = lib.backup_op(id, now).map_err(|_| Notice::ReplaceRefused)?;
    run(&Store::new(namespace), &[op]).map_err(|e| match e {
        StoreError::Quota => Notice::QuotaExceeded,
        StoreError::Unavailable => Notice::StorageUnavailable,
    })
}

/// Runs `ops` in order; stops at the first failure and returns it.
pub fn run(store: &Store, ops: &[StorageOp]) -> Result<(), StoreError> {
    for op in ops {
        match op {
            StorageOp::Set { key, value } => store.set(key, value)?,
            StorageOp::Remove { key } => store.remove(key)?,
        }
    }
    Ok(())
}

/// Reads the library from storage, carrying out the start-up plan (backups of unreadable data
/// first). With no usable storage, an empty library in memory.
pub fn load(store: &Store, catalogue: &Catalogue, now: &str) -> Loaded {
    let mut notices = Vec::new();
    // A full storage still reads (only writes fail): only storage that cannot be used at all
    // means memory only.
    if let Err(StoreError::Unavailable) = store.probe() {
        let mut library = Library::new();
        library.ensure_open(catalogue, &new_id(), now);
        notices.push(Notice::StorageUnavailable);
        return Loaded { library, notices, can_write: false };
    }
    let read = |name: &str| store.get(name).ok().flatten();
    let index = read(keys::INDEX);
    let legacy = read(keys::LEGACY);
    let doc_names = store.names_with_prefix(keys::DOC_PREFIX);
    let docs: Vec<(String, String)> = doc_names.into_iter().filter_map(|k| read(&k).map(|t| (k, t))).collect();
    let backups = store.names_with_prefix(keys::BACKUP_PREFIX);
    let snap = Snapshot {
        index: index.as_deref(),
        docs: docs.iter().map(|(k, t)| (k.as_str(), t.as_str())).collect(),
        legacy: legacy.as_deref(),
        backups: backups.iter().map(String::as_str).collect(),
    };
    let plan = plan_load(&snap, now, &new_id());
    let mut library = plan.library;
    let mut can_write = true;
    if let Err(e) = run(store, &plan.ops) {
        // The backups could not be written: nothing more is written, so nothing is destroyed.
        can_write = false;
        notices.push(if e == StoreError::Quota { Notice::QuotaExceeded } else { Notice::StorageUnavailable });
    }
    for n in plan.notices {
        let raw_of = |text: Option<&str>| Rc::<str>::from(text.unwrap_or_default());
        match n {
            LoadNotice::IndexNewer { .. } | LoadNotice::DocNewer { .. } | LoadNotice::LegacyNewer { .. } => {
                if !notices.contains(&Notice::NewerSchema) {
                    notices.push(Notice::NewerSchema);
                }
            }
            LoadNotice::IndexDamaged { backup_key, detail } => notices.push(Notice::Corrupt {
                backup_key: store.key(&backup_key),
                raw: raw_of(index.as_deref()),
                detail,
            }),
            LoadNotice::DocDamaged { id, backup_key, detail } => notices.push(Notice::Corrupt {
                backup_key: store.key(&backup_key),
                raw: raw_of(library.unreadable_raw(&id)),
                detail,
            }),
            LoadNotice::LegacyDamaged { backup_key, detail } => notices.push(Notice::Corrupt {
                backup_key: store.key(&backup_key),
                raw: raw_of(legacy.as_deref()),
                detail,
            }),
            LoadNotice::LegacyAdopted { .. } => {}
        }
    }
    if library.is_read_only() {
        can_write = false;
    }
    library.ensure_open(catalogue, &new_id(), now);
    Loaded { library, notices, can_write }
}

/// What one run of the save procedure did.
pub struct Saved {
    pub library: Library,
    pub outcome: SaveOutcome,
    /// What syncing found per assessment (other tabs' changes, conflicts, ...).
    pub synced: Vec<(AssessmentId, SyncOutcome)>,
    /// How many of the queued writes were carried out, in order. The others stay queued and are
    /// tried again at the next save.
    pub queue_done: usize,
}

/// The save procedure: queued writes (deletions, restorations), then each unsaved or externally
/// changed assessment synced against what storage holds now, then the index.
pub fn save(store: &Store, library: &Library, queue: &[StorageOp], external: &[AssessmentId], now: &str) -> Saved {
    let mut lib = library.clone();
    let mut synced = Vec::new();
    // Queued writes one by one: those done before a failure are done, the rest stay queued.
    let mut done = 0;
    let mut failed = None;
    for op in queue {
        if let Err(e) = run(store, std::slice::from_ref(op)) {
            failed = Some(e);
            break;
        }
        done += 1;
    }
    let fail = |lib: Library, synced, e: StoreError| Saved {
        library: lib,
        outcome: if e == StoreError::Quota { SaveOutcome::Quota } else { SaveOutcome::Unavailable },
        synced,
        queue_done: done,
    };
    if let Some(e) = failed {
        return fail(lib, synced, e);
    }
    let mut wrote = !queue.is_empty();
    let mut ids = lib.unsaved();
    for id in external {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    for id in ids {
        let read = store.get(&keys::doc(&id));
        let plan = lib.sync(&id, Stored::from_read(&read), now);
        let outcome = plan.outcome.clone();
        if let Err(e) = run(store, &plan.ops) {
            synced.push((id, outcome));
            return fail(lib, synced, e);
        }
        wrote |= !plan.ops.is_empty();
        if let Some(pending) = plan.pending {
            let follow = lib.confirm(pending);
            if let Err(e) = run(store, &follow) {
                synced.push((id, outcome));
                return fail(lib, synced, e);
            }
        }
        synced.push((id, outcome));
    }
    if let Some(text) = lib.index_text() {
        if store.get(keys::INDEX).ok().flatten().as_deref() != Some(text.as_str()) {
            if let Err(e) = store.set(keys::INDEX, &text) {
                return fail(lib, synced, e);
            }
            wrote = true;
        }
    }
    let outcome = if wrote { SaveOutcome::Saved { at: now.to_string() } } else { SaveOutcome::Unchanged };
    Saved { library: lib, outcome, synced, queue_done: done }
}

/// The storage key of the campaign in use (its file's text), below the widget's namespace.
pub const KEY_CAMPAIGN: &str = "campaign";

/// The campaign remembered in this namespace, as its file's text (checked when it was stored).
pub fn load_campaign(store: &Store) -> Option<String> {
    store.get(KEY_CAMPAIGN).ok().flatten()
}

/// Remembers the campaign in use (its file's text), or forgets it (`None`).
pub fn save_campaign(store: &Store, raw: Option<&str>) -> Result<(), Notice> {
    match raw {
        Some(text) => store.set(KEY_CAMPAIGN, text),
        None => store.remove(KEY_CAMPAIGN),
    }
    .map_err(notice_of)
}

/// Saves the preferences (the language), apart from the answers.
pub fn save_prefs(store: &Store, prefs: &x1060_core::save::Prefs) -> Result<(), Notice> {
    store.set(crate::boot::KEY_PREFS, &prefs.encode()).map_err(notice_of)
}

/// Remembers the catalogue file the user chose (`Some(text)`), or forgets it when they go back to
/// the built-in one. What this version cannot read there (a newer catalogue) is backed up first.
pub fn save_catalogue_choice(store: &Store, raw: Option<&str>, now: &str) -> Result<(), Notice> {
    let old = store.get(crate::boot::KEY_CATALOGUE).ok().flatten();
    run(store, &x1060_core::stored::catalogue_write(old.as_deref(), raw, now)).map_err(notice_of)
}

/// The notice for a write that failed.
fn notice_of(e: StoreError) -> Notice {
    match e {
        StoreError::Quota => Notice::QuotaExceeded,
        StoreError::Unavailable => Notice::StorageUnavailable,
    }
}
