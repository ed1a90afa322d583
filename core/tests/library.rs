//! The library of assessments against a fake storage that runs the returned writes the way the
//! web app does: in order, stopping at the first failure, with a quota.

use std::collections::BTreeMap;

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::Edit;
use x1060_core::ids::AssessmentId;
use x1060_core::library::{
    self, keys, plan_load, Block, EntryState, Library, LibraryError, LoadNotice, Resolution, Slot, Snapshot, StorageOp,
    Stored, SyncOutcome, TrashReason,
};
use x1060_core::model::{Delivery, Level, Need};
use x1060_core::save;
use x1060_core::sync::Part;

const T0: &str = "2026-11-01T09:00:00.000Z";
const T1: &str = "2026-11-02T10:00:00.000Z";
const T2: &str = "2026-11-03T11:00:00.000Z";
const T3: &str = "2026-11-04T12:00:00.000Z";

/// Browser storage as the web app sees it.
#[derive(Default)]
struct FakeStore {
    map: BTreeMap<String, String>,
    /// Most bytes of values it holds; a write beyond fails like `QuotaExceededError`.
    quota: Option<usize>,
}

impl FakeStore {
    fn used_after(&self, key: &str, value: &str) -> usize {
        self.map.iter().filter(|(k, _)| k.as_str() != key).map(|(_, v)| v.len()).sum::<usize>() + value.len()
    }

    /// Runs writes in order; stops at the first failure. Returns whether all succeeded.
    fn run(&mut self, ops: &[StorageOp]) -> bool {
        for op in ops {
            match op {
                StorageOp::Set { key, value } => {
                    if self.quota.is_some_and(|q| self.used_after(key, value) > q) {
                        return false;
                    }
                    self.map.insert(key.clone(), value.clone());
                }
                StorageOp::Remove { key } => {
                    self.map.remove(key);
                }
            }
        }
        true
    }

    fn snapshot(&self) -> Snapshot<'_> {
        Snapshot {
            index: self.map.get(keys::INDEX).map(String::as_str),
            docs: self
                .map
                .iter()
                .filter(|(k, _)| k.starts_with(keys::DOC_PREFIX))
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect(),
            legacy: self.map.get(keys::LEGACY).map(String::as_str),
            backups: self.map.keys().filter(|k| k.starts_with(keys::BACKUP_PREFIX)).map(String::as_str).collect(),
        }
    }

    fn load(&mut self, now: &str, legacy_id: &str) -> (Library, Vec<LoadNotice>) {
        let plan = plan_load(&self.snapshot(), now, &legacy_id.into());
        self.run(&plan.ops);
        (plan.library, plan.notices)
    }

    /// The web app's save point: sync every unsaved assessment, confirm what was written, write
    /// the index.
    fn save_point(&mut self, lib: &mut Library, now: &str) -> Vec<SyncOutcome> {
        let mut outcomes = Vec::new();
        for id in lib.unsaved() {
            let text = self.map.get(&keys::doc(&id)).cloned();
            let plan = lib.sync(&id, text.as_deref().map_or(Stored::Missing, Stored::Text), now);
            if self.run(&plan.ops) {
                if let Some(p) = plan.pending {
                    let follow = lib.confirm(p);
                    self.run(&follow);
                }
            }
            outcomes.push(plan.outcome);
        }
        if let Some(ix) = lib.index_text() {
            self.run(&[StorageOp::Set { key: keys::INDEX.into(), value: ix }]);
        }
        outcomes
    }

    /// What a `storage` event in another tab leads to: read the key now, sync.
    fn event(&mut self, lib: &mut Library, id: &str, now: &str) -> SyncOutcome {
        let text = self.map.get(&keys::doc(id)).cloned();
        let plan = lib.sync(&id.into(), text.as_deref().map_or(Stored::Missing, Stored::Text), now);
        if self.run(&plan.ops) {
            if let Some(p) = plan.pending {
                lib.confirm(p);
            }
        }
        plan.outcome
    }

    fn revision(&self, id: &str) -> u64 {
        save::decode_stored(&self.map[&keys::doc(id)]).unwrap().1
    }
}

fn cat() -> Catalogue {
    Catalogue::builtin()
}

fn answer(lib: &mut Library, id: &str, service: &str, level: u8, now: &str) {
    let id = &AssessmentId::from(id);
    lib.apply(id, Edit::SetNeed { service: service.into(), need: Some(Need::Needed) }, now).unwrap();
    lib.apply(id, Edit::SetDelivery { service: service.into(), delivery: Some(Delivery::InHouse) }, now).unwrap();
    lib.apply(id, Edit::SetCurrent { service: service.into(), level: Level::new(level) }, now).unwrap();
}

/// Storage with one saved assessment "base" (A-1 at level 2), and two tabs loaded from it.
fn two_tabs() -> (FakeStore, Library, Library) {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"base".into(), "2026 baseline", &cat(), T0).unwrap();
    lib.select(&"base".into()).unwrap();
    answer(&mut lib, "base", "A-1", 2, T0);
    store.save_point(&mut lib, T0);
    let (a, _) = store.load(T1, "unused");
    let (b, _) = store.load(T1, "unused");
    (store, a, b)
}

#[test]
fn key_names_and_ids() {
    assert_eq!(keys::doc("k1"), "a/k1");
    assert_eq!(keys::doc_id("a/k1"), Some("k1"));
    assert_eq!(keys::doc_id("a/../x"), None);
    assert_eq!(keys::doc_id("a/"), None);
    assert_eq!(keys::doc_id("index"), None);
    assert_eq!(keys::backup(T0, "a/k1"), "backup/2026-11-01T09:00:00.000Z/a/k1");
    assert_eq!(
        keys::backup_file_name("backup/2026-11-01T09:00:00.000Z/a/k1"),
        "x1060-backup-2026-11-01T09-00-00.000Z-a-k1.json"
    );
    assert_eq!(keys::backup_file_name("backup/../<x>"), "x1060-backup-..--x-.json");
    assert_eq!(library::make_id(0, 0), "0-0");
    // 36 = "10" in base 36; 35 = "z".
    assert_eq!(library::make_id(36, 35), "10-z");
    assert!(library::is_valid_id(&library::make_id(u64::MAX, u32::MAX)));
    assert!(!library::is_valid_id(&"x".repeat(65)));
    assert!(!library::is_valid_id("a b"));
}

#[test]
fn create_rename_duplicate_and_list_by_last_change() {
    let c = cat();
    let mut lib = Library::new();
    lib.create(&"y2026".into(), "2026 baseline", &c, T0).unwrap();
    answer(&mut lib, "y2026", "A-1", 2, T0);
    lib.apply(&"y2026".into(), Edit::SetNeed { service: "B-1".into(), need: Some(Need::NotNeeded) }, T0).unwrap();
    lib.apply(
        &"y2026".into(),
        Edit::SetProfile { field: x1060_core::model::ProfileField::Organisation, value: "ACME".into() },
        T0,
    )
    .unwrap();
    lib.duplicate(&"y2026".into(), &"y2027".into(), "2027 review", T1).unwrap();
    let copy = lib.get(&"y2027".into()).unwrap();
    assert_eq!(copy.name, "2027 review");
    assert_eq!((copy.created.as_str(), copy.updated.as_str()), (T1, T1));
    assert_eq!(copy.profile.organisation, "ACME");
    assert_eq!(copy.services, lib.get(&"y2026".into()).unwrap().services);
    assert_eq!(copy.catalogue.id, "x1060-builtin");

    assert!(lib.rename(&"y2026".into(), "2026 baseline (final)", T2).unwrap());
    assert!(!lib.rename(&"y2026".into(), "2026 baseline (final)", T3).unwrap());
    lib.select(&"y2027".into()).unwrap();

    let list = lib.list(&c);
    let ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["y2026", "y2027"], "most recently changed first (the rename at T2)");
    assert_eq!(list[0].name, "2026 baseline (final)");
    assert_eq!(list[0].updated, T2);
    assert_eq!(list[0].progress.unwrap().answered, 2);
    assert_eq!(list[0].progress.unwrap().total, 58);
    assert!(list[1].current && !list[0].current);
    assert_eq!(list[0].state, EntryState::Ready { unsaved: true, blocked: false });

    assert_eq!(
        lib.duplicate(&"y2026".into(), &"y2027".into(), "x", T3),
        Err(LibraryError::IdTaken { id: "y2027".into() })
    );
    assert_eq!(
        lib.duplicate(&"nope".into(), &"n2".into(), "x", T3),
        Err(LibraryError::UnknownId { id: "nope".into() })
    );
    assert_eq!(lib.create(&"bad id".into(), "x", &c, T3), Err(LibraryError::InvalidId { id: "bad id".into() }));
    assert_eq!(lib.select(&"nope".into()), Err(LibraryError::UnknownId { id: "nope".into() }));
}

#[test]
fn save_point_writes_docs_with_revisions_and_the_index() {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"k1".into(), "First", &cat(), T0).unwrap();
    lib.select(&"k1".into()).unwrap();
    assert_eq!(lib.unsaved(), ["k1"]);
    assert_eq!(store.save_point(&mut lib, T0), [SyncOutcome::Saved]);
    assert!(lib.unsaved().is_empty());
    assert_eq!(store.revision("k1"), 1);
    answer(&mut lib, "k1", "A-1", 3, T1);
    assert_eq!(store.save_point(&mut lib, T1), [SyncOutcome::Saved]);
    assert_eq!(store.revision("k1"), 2);
    assert_eq!(save::decode(&store.map["a/k1"]).unwrap(), *lib.get(&"k1".into()).unwrap());
    let ix: serde_json::Value = serde_json::from_str(&store.map["index"]).unwrap();
    assert_eq!(ix["format"], "x1060-library");
    assert_eq!(ix["schema"], 1);
    assert_eq!(ix["current"], "k1");
    assert_eq!(ix["entries"][0]["id"], "k1");
    assert_eq!(ix["entries"][0]["name"], "First");
    assert_eq!(ix["entries"][0]["updated"], T1);
    assert_eq!(ix["entries"][0]["catalogue"]["id"], "x1060-builtin");
    // A reload finds it as it was.
    let (again, notices) = store.load(T2, "unused");
    assert!(notices.is_empty());
    assert_eq!(again.current_id().map(|i| i.as_str()), Some("k1"));
    assert_eq!(again.get(&"k1".into()), lib.get(&"k1".into()));
    assert!(again.unsaved().is_empty());
}

#[test]
fn quota_keeps_the_change_in_memory_and_the_previous_copy_intact() {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"k1".into(), "First", &cat(), T0).unwrap();
    store.save_point(&mut lib, T0);
    let before = store.map["a/k1"].clone();
    store.quota = Some(store.map.values().map(String::len).sum());
    lib.apply(
        &"k1".into(),
        Edit::SetText { service: "A-1".into(), field: x1060_core::edit::TextField::Note, value: "x".repeat(500) },
        T1,
    )
    .unwrap();
    store.save_point(&mut lib, T1);
    assert_eq!(store.map["a/k1"], before, "previous saved copy intact");
    assert_eq!(lib.unsaved(), ["k1"], "the change stays in memory, still to save");
    assert_eq!(lib.get(&"k1".into()).unwrap().record("A-1").note.len(), 500);
    // Space freed: the next save point writes it, one revision on.
    store.quota = None;
    assert_eq!(store.save_point(&mut lib, T2), [SyncOutcome::Saved]);
    assert_eq!(store.revision("k1"), 2);
    assert!(lib.unsaved().is_empty());
}

#[test]
fn other_tab_without_changes_takes_the_new_version() {
    let (mut store, mut a, mut b) = two_tabs();
    answer(&mut a, "base", "A-1", 3, T2);
    assert_eq!(store.save_point(&mut a, T2), [SyncOutcome::Saved]);
    assert_eq!(store.event(&mut b, "base", T2), SyncOutcome::TookTheirs);
    assert_eq!(b.get(&"base".into()), a.get(&"base".into()));
    assert!(b.unsaved().is_empty());
    // A later event with nothing new is nothing.
    assert_eq!(store.event(&mut b, "base", T2), SyncOutcome::UpToDate);
}

#[test]
fn two_tabs_changing_different_services_lose_nothing() {
    let (mut store, mut a, mut b) = two_tabs();
    answer(&mut a, "base", "C-1", 1, T2);
    answer(&mut b, "base", "D-1", 4, T3);
    assert_eq!(store.save_point(&mut a, T2), [SyncOutcome::Saved]);
    // B saves without having seen A's event: it reads storage first and combines.
    assert_eq!(store.save_point(&mut b, T3), [SyncOutcome::Merged { from_theirs: vec![Part::Service("C-1".into())] }]);
    assert_eq!(store.revision("base"), 3);
    assert_eq!(store.event(&mut a, "base", T3), SyncOutcome::TookTheirs);
    for lib in [&a, &b] {
        let x = lib.get(&"base".into()).unwrap();
        assert_eq!(x.record("C-1").current, Level::new(1));
        assert_eq!(x.record("D-1").current, Level::new(4));
        assert_eq!(x.record("A-1").current, Level::new(2));
    }
    assert_eq!(save::decode(&store.map["a/base"]).unwrap(), *a.get(&"base".into()).unwrap());
}

#[test]
fn conflict_writes_nothing_keeps_both_and_waits_for_the_user() {
    let (mut store, mut a, mut b) = two_tabs();
    answer(&mut a, "base", "A-1", 3, T2);
    answer(&mut b, "base", "A-1", 5, T3);
    store.save_point(&mut a, T2);
    let theirs_text = store.map["a/base"].clone();
    assert_eq!(store.save_point(&mut b, T3), [SyncOutcome::Conflict { parts: vec![Part::Service("A-1".into())] }]);
    assert_eq!(store.map["a/base"], theirs_text, "theirs kept in storage");
    assert_eq!(b.get(&"base".into()).unwrap().record("A-1").current, Level::new(5), "ours kept in memory");
    assert!(matches!(b.block(&"base".into()), Some(Block::Conflict { .. })));
    assert!(b.unsaved().is_empty(), "nothing is written until the user decides");
    let entry = b.list(&cat()).into_iter().find(|e| e.id == "base").unwrap();
    assert_eq!(entry.state, EntryState::Ready { unsaved: true, blocked: true });

    // Keep mine: written over theirs, one revision on.
    let mut keep = b.clone();
    keep.resolve(&"base".into(), Resolution::KeepOurs, T3).unwrap();
    let mut s = FakeStore { map: store.map.clone(), quota: None };
    assert_eq!(s.save_point(&mut keep, T3), [SyncOutcome::Saved]);
    assert_eq!(s.revision("base"), 3);
    assert_eq!(save::decode(&s.map["a/base"]).unwrap().record("A-1").current, Level::new(5));

    // Take theirs: mine goes to the trash, from where undo brings it back.
    let mut take = b.clone();
    take.resolve(&"base".into(), Resolution::TakeTheirs, T3).unwrap();
    assert_eq!(take.get(&"base".into()).unwrap().record("A-1").current, Level::new(3));
    assert!(take.unsaved().is_empty());
    assert_eq!(take.trash().last().map(|t| t.reason), Some(TrashReason::Replaced));
    take.undo(&"base".into()).unwrap();
    assert_eq!(take.get(&"base".into()).unwrap().record("A-1").current, Level::new(5));

    // Keep both: mine becomes a new assessment, the original takes theirs.
    let mut both = b.clone();
    both.resolve(
        &"base".into(),
        Resolution::KeepBoth { new_id: "mine".into(), name: "2026 baseline (my copy)".into() },
        T3,
    )
    .unwrap();
    assert_eq!(both.get(&"base".into()).unwrap().record("A-1").current, Level::new(3));
    assert_eq!(both.get(&"mine".into()).unwrap().record("A-1").current, Level::new(5));
    assert_eq!(both.get(&"mine".into()).unwrap().name, "2026 baseline (my copy)");
    let mut s = FakeStore { map: store.map.clone(), quota: None };
    assert_eq!(s.save_point(&mut both, T3), [SyncOutcome::Saved]);
    assert!(s.map.contains_key("a/mine"));

    assert_eq!(
        a.resolve(&"base".into(), Resolution::KeepOurs, T3),
        Err(LibraryError::NothingToResolve { id: "base".into() })
    );
}

#[test]
fn delete_is_undoable_until_the_page_is_closed() {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"k1".into(), "One", &cat(), T0).unwrap();
    lib.create(&"k2".into(), "Two", &cat(), T1).unwrap();
    lib.select(&"k2".into()).unwrap();
    store.save_point(&mut lib, T1);
    let ops = lib.delete(&"k2".into()).unwrap();
    assert_eq!(ops, [StorageOp::Remove { key: "a/k2".into() }]);
    assert!(store.run(&ops));
    assert_eq!(lib.current_id().map(|i| i.as_str()), Some("k1"), "the most recent other one opens");
    assert_eq!(lib.trash().len(), 1);
    assert!(lib.get(&"k2".into()).is_none());
    store.save_point(&mut lib, T2);
    assert!(!store.map["index"].contains("k2"));

    assert!(lib.undo(&"k2".into()).unwrap().is_empty());
    assert_eq!(lib.get(&"k2".into()).unwrap().name, "Two");
    assert_eq!(lib.unsaved(), ["k2"]);
    assert_eq!(store.save_point(&mut lib, T2), [SyncOutcome::Saved]);
    assert_eq!(store.revision("k2"), 2, "written again one revision on");
    assert!(lib.trash().is_empty());
    assert_eq!(lib.undo(&"k2".into()), Err(LibraryError::NothingToUndo { id: "k2".into() }));
}

#[test]
fn deleted_in_another_tab() {
    let (mut store, mut a, mut b) = two_tabs();
    let ops = a.delete(&"base".into()).unwrap();
    store.run(&ops);
    // B had no unsaved change: it follows, and can still undo here.
    let mut follow = b.clone();
    assert_eq!(store.event(&mut follow, "base", T2), SyncOutcome::DeletedElsewhere { kept: false });
    assert!(follow.get(&"base".into()).is_none());
    assert_eq!(follow.trash()[0].reason, TrashReason::DeletedElsewhere);
    // B had unsaved changes: kept, and saved again only if the user says so.
    answer(&mut b, "base", "E-1", 1, T2);
    assert_eq!(store.event(&mut b, "base", T2), SyncOutcome::DeletedElsewhere { kept: true });
    assert_eq!(b.block(&"base".into()), Some(&Block::Deleted));
    assert!(b.unsaved().is_empty());
    b.resolve(&"base".into(), Resolution::KeepOurs, T2).unwrap();
    assert_eq!(store.save_point(&mut b, T2), [SyncOutcome::Saved]);
    assert_eq!(save::decode(&store.map["a/base"]).unwrap().record("E-1").current, Level::new(1));
}

#[test]
fn assessment_created_in_another_tab_is_listed() {
    let (mut store, mut a, mut b) = two_tabs();
    a.create(&"new1".into(), "Created in A", &cat(), T2).unwrap();
    store.save_point(&mut a, T2);
    assert_eq!(store.event(&mut b, "new1", T2), SyncOutcome::Added);
    assert_eq!(b.get(&"new1".into()).unwrap().name, "Created in A");
    assert!(b.unsaved().is_empty());
    assert_eq!(store.event(&mut b, "nothing-here", T2), SyncOutcome::Unknown);
}

#[test]
fn newer_schema_written_by_another_tab_is_never_overwritten() {
    let (mut store, _a, mut b) = two_tabs();
    let newer = r#"{"format":"x1060-assessment","schema":3,"name":"From the future","assessments":[]}"#;
    store.map.insert("a/base".into(), newer.into());
    answer(&mut b, "base", "A-2", 1, T2);
    assert_eq!(store.save_point(&mut b, T2), [SyncOutcome::NewerElsewhere { found: 3 }]);
    assert_eq!(store.map["a/base"], newer);
    assert_eq!(
        b.apply(&"base".into(), Edit::SetName("x".into()), T2),
        Err(LibraryError::WouldOverwriteNewer { id: "base".into() })
    );
    assert_eq!(
        b.resolve(&"base".into(), Resolution::KeepOurs, T2),
        Err(LibraryError::WouldOverwriteNewer { id: "base".into() })
    );
    b.resolve(&"base".into(), Resolution::KeepBoth { new_id: "copy".into(), name: "My copy".into() }, T2).unwrap();
    assert_eq!(b.get(&"copy".into()).unwrap().record("A-2").current, Level::new(1));
    assert!(matches!(b.slot(&"base".into()), Some(Slot::Unreadable { .. })));
    store.save_point(&mut b, T2);
    assert_eq!(store.map["a/base"], newer);
    assert!(store.map.contains_key("a/copy"));
}

#[test]
fn damaged_copy_in_storage_is_backed_up_before_ours_is_written() {
    let (mut store, _a, mut b) = two_tabs();
    store.map.insert("a/base".into(), "{\"format\":\"x1060-assess".into());
    answer(&mut b, "base", "A-2", 1, T2);
    let outcomes = store.save_point(&mut b, T2);
    assert!(
        matches!(&outcomes[..], [SyncOutcome::DamagedElsewhere { backup_key, .. }] if backup_key == "backup/2026-11-03T11:00:00.000Z/a/base"),
        "{outcomes:?}"
    );
    assert_eq!(store.map["backup/2026-11-03T11:00:00.000Z/a/base"], "{\"format\":\"x1060-assess");
    assert_eq!(save::decode(&store.map["a/base"]).unwrap(), *b.get(&"base".into()).unwrap());
    // No room for the backup: nothing is overwritten.
    let (mut store, _a, mut b) = two_tabs();
    store.map.insert("a/base".into(), "garbage".into());
    store.quota = Some(store.map.values().map(String::len).sum());
    answer(&mut b, "base", "A-2", 1, T2);
    store.save_point(&mut b, T2);
    assert_eq!(store.map["a/base"], "garbage");
}

#[test]
fn load_sorts_out_damaged_newer_missing_and_unindexed_data() {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"good".into(), "Good", &cat(), T0).unwrap();
    lib.create(&"stray".into(), "Not in the index", &cat(), T1).unwrap();
    lib.create(&"ghost".into(), "Index only", &cat(), T1).unwrap();
    lib.select(&"good".into()).unwrap();
    store.save_point(&mut lib, T1);
    // The index lost "stray" (another tab's stale index), "ghost" lost its document.
    let stale = lib.index_text().unwrap();
    store.map.remove("a/ghost");
    let mut idx: serde_json::Value = serde_json::from_str(&stale).unwrap();
    let entries = idx["entries"].as_array_mut().unwrap();
    entries.retain(|e| e["id"] != "stray");
    entries.push(serde_json::json!({"id":"future","name":"Made by v9","created":T0,"updated":T3,"catalogue":{"id":"x1060-builtin","version":"2030"}}));
    store.map.insert("index".into(), idx.to_string());
    store.map.insert("a/future".into(), r#"{"format":"x1060-assessment","schema":9}"#.into());
    store.map.insert("a/bad".into(), r#"{"format":"x1060-assessment","schema":1,"catalogue":{"id":"c","version":"1"},"services":{"A-1":{"current":7}}}"#.into());
    store.map.insert("a/not valid id!".into(), "whatever".into());

    let plan = plan_load(&store.snapshot(), T2, &"unused".into());
    let backup = "backup/2026-11-03T11:00:00.000Z/a/bad";
    assert_eq!(
        plan.ops,
        [
            StorageOp::Set { key: backup.into(), value: store.map["a/bad"].clone() },
            StorageOp::Remove { key: "a/bad".into() },
        ]
    );
    assert_eq!(plan.notices.len(), 2);
    assert!(plan.notices.contains(&LoadNotice::DocNewer { id: "future".into(), found: 9 }));
    assert!(plan.notices.iter().any(|n| matches!(n, LoadNotice::DocDamaged { id, backup_key, detail }
        if id == "bad" && backup_key == backup && detail.contains("services.A-1.current: level 7 is outside the scale"))));
    let lib = plan.library;
    let ids: Vec<&str> = lib.ids().map(|i| i.as_str()).collect();
    assert_eq!(ids, ["bad", "future", "good", "stray"]);
    assert_eq!(lib.current_id().map(|i| i.as_str()), Some("good"));
    let list = lib.list(&cat());
    let future = list.iter().find(|e| e.id == "future").unwrap();
    assert_eq!((future.name.as_str(), &future.state), ("Made by v9", &EntryState::Newer { found: 9 }));
    let bad = list.iter().find(|e| e.id == "bad").unwrap();
    assert!(matches!(&bad.state, EntryState::Damaged { backup_key, .. } if backup_key == backup));
    assert_eq!(lib.unreadable_raw(&"bad".into()), Some(store.map["a/bad"].as_str()));
    assert!(lib.unsaved().is_empty());
    // The new index lists the readable and the newer ones; the damaged one lives in its backup.
    let ix = lib.index_text().unwrap();
    assert!(ix.contains("\"stray\"") && ix.contains("\"future\"") && !ix.contains("\"bad\"") && !ix.contains("ghost"));
    store.run(&plan.ops);
    assert!(!store.map.contains_key("a/bad"));
    assert!(store.map.contains_key(backup));
    // Next start: the backup is listed, nothing is backed up twice.
    let again = plan_load(&store.snapshot(), T3, &"unused".into());
    assert!(again.ops.is_empty());
    assert_eq!(again.library.backups(), [backup]);
    // The newer one is never written, even when deleted and restored it comes back as it was.
    let mut lib = lib;
    let ops = lib.delete(&"future".into()).unwrap();
    assert_eq!(ops, [StorageOp::Remove { key: "a/future".into() }]);
    let ops = lib.undo(&"future".into()).unwrap();
    assert_eq!(
        ops,
        [StorageOp::Set { key: "a/future".into(), value: r#"{"format":"x1060-assessment","schema":9}"#.into() }]
    );
}

#[test]
fn damaged_index_is_backed_up_and_rebuilt() {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"k1".into(), "One", &cat(), T0).unwrap();
    store.save_point(&mut lib, T0);
    store.map.insert("index".into(), "{\"format\":\"x1060-library\",\"schema\":1,\"entries\":[{\"id\":1}]}".into());
    let plan = plan_load(&store.snapshot(), T1, &"unused".into());
    assert_eq!(plan.ops.len(), 1);
    assert_eq!(plan.ops[0].key(), "backup/2026-11-02T10:00:00.000Z/index");
    assert!(
        matches!(&plan.notices[..], [LoadNotice::IndexDamaged { detail, .. }] if detail.starts_with("entries[0].id: invalid type")),
        "{:?}",
        plan.notices
    );
    assert_eq!(plan.library.current_id().map(|i| i.as_str()), Some("k1"));
    assert!(plan.library.index_text().unwrap().contains("\"k1\""));
}

#[test]
fn newer_index_makes_everything_read_only() {
    let mut store = FakeStore::default();
    let mut lib = Library::new();
    lib.create(&"k1".into(), "One", &cat(), T0).unwrap();
    store.save_point(&mut lib, T0);
    store.map.insert("index".into(), r#"{"format":"x1060-library","schema":2,"whatever":true}"#.into());
    store.map.insert("a/bad".into(), "not json".into());
    store.map.insert("assessment".into(), save::encode(lib.get(&"k1".into()).unwrap(), false));
    let before = store.map.clone();
    let mut plan = plan_load(&store.snapshot(), T1, &"legacy".into());
    assert!(plan.library.is_read_only());
    assert!(plan.ops.is_empty(), "nothing written, not even backups");
    assert_eq!(plan.notices, [LoadNotice::IndexNewer { found: 2 }]);
    assert!(plan.library.get(&"k1".into()).is_some(), "still shown");
    assert!(plan.library.index_text().is_none());
    assert_eq!(plan.library.create(&"k2".into(), "x", &cat(), T1), Err(LibraryError::ReadOnly));
    assert_eq!(plan.library.sync(&"k1".into(), Stored::Missing, T1).outcome, SyncOutcome::ReadOnly);
    assert!(plan.library.unsaved().is_empty());
    store.save_point(&mut plan.library, T1);
    assert_eq!(store.map, before);
}

#[test]
fn legacy_single_assessment_is_adopted_and_its_key_removed_only_after_the_write() {
    let c = cat();
    let mut old = x1060_core::model::Assessment::new(&c, T0);
    old.apply(Edit::SetNeed { service: "A-1".into(), need: Some(Need::NotNeeded) }, T1);
    let mut store = FakeStore::default();
    store.map.insert("assessment".into(), save::encode(&old, false));
    store.map.insert("prefs".into(), "{\"lang\":\"ja\"}".into());

    // First start, storage full: adopted in memory, old key untouched.
    store.quota = Some(store.map.values().map(String::len).sum());
    let (mut lib, notices) = store.load(T2, "legacy1");
    assert_eq!(notices, [LoadNotice::LegacyAdopted { id: "legacy1".into() }]);
    assert_eq!(lib.current_id().map(|i| i.as_str()), Some("legacy1"));
    assert_eq!(*lib.get(&"legacy1".into()).unwrap(), old);
    store.save_point(&mut lib, T2);
    assert!(store.map.contains_key("assessment"));
    assert!(!store.map.contains_key("a/legacy1"));

    // Room again: the save point writes it, then the old key goes.
    store.quota = None;
    assert_eq!(store.save_point(&mut lib, T2), [SyncOutcome::Saved]);
    assert!(store.map.contains_key("a/legacy1"));
    assert!(!store.map.contains_key("assessment"));
    assert_eq!(store.map["prefs"], "{\"lang\":\"ja\"}");

    // Interrupted between the write and the removal: the next start only removes the old key.
    store.map.insert("assessment".into(), save::encode(&old, false));
    let plan = plan_load(&store.snapshot(), T3, &"legacy2".into());
    assert_eq!(plan.ops, [StorageOp::Remove { key: "assessment".into() }]);
    assert_eq!(plan.library.ids().count(), 1);

    // The old key damaged: backed up, then removed.
    let mut store = FakeStore::default();
    store.map.insert("assessment".into(), "{\"format\":".into());
    let plan = plan_load(&store.snapshot(), T3, &"legacy3".into());
    let key = "backup/2026-11-04T12:00:00.000Z/assessment".to_string();
    assert_eq!(
        plan.ops,
        [
            StorageOp::Set { key: key.clone(), value: "{\"format\":".into() },
            StorageOp::Remove { key: "assessment".into() }
        ]
    );
    assert!(matches!(&plan.notices[..], [LoadNotice::LegacyDamaged { backup_key, .. }] if *backup_key == key));
    assert_eq!(plan.library.ids().count(), 0);
    assert_eq!(plan.library.current_id(), None);
}

#[test]
fn replace_keeps_a_backup_and_can_be_undone() {
    let (mut store, mut a, _b) = two_tabs();
    let before = a.get(&"base".into()).unwrap().clone();
    let op = a.backup_op(&"base".into(), T2).unwrap();
    assert_eq!(op.key(), "backup/2026-11-03T11:00:00.000Z/a/base");
    assert!(store.run(&[op]));
    let mut incoming = x1060_core::model::Assessment::new(&cat(), "");
    incoming.name = "Imported".into();
    a.replace(&"base".into(), incoming, T2).unwrap();
    assert_eq!(a.get(&"base".into()).unwrap().name, "Imported");
    assert_eq!(a.get(&"base".into()).unwrap().created, T2, "a file without dates gets now");
    store.save_point(&mut a, T2);
    assert_eq!(save::decode(&store.map["a/base"]).unwrap().name, "Imported");
    assert_eq!(save::decode(&store.map["backup/2026-11-03T11:00:00.000Z/a/base"]).unwrap(), before);
    a.undo(&"base".into()).unwrap();
    assert_eq!(*a.get(&"base".into()).unwrap(), before);
    store.save_point(&mut a, T3);
    assert_eq!(save::decode(&store.map["a/base"]).unwrap(), before);
}

#[test]
fn stored_from_a_read_result() {
    let ok: Result<Option<String>, ()> = Ok(Some("x".into()));
    assert_eq!(Stored::from_read(&ok), Stored::Text("x"));
    let none: Result<Option<String>, ()> = Ok(None);
    assert_eq!(Stored::from_read(&none), Stored::Missing);
    let err: Result<Option<String>, ()> = Err(());
    assert_eq!(Stored::from_read(&err), Stored::Unavailable);
    let mut lib = Library::new();
    lib.create(&"k".into(), "x", &cat(), T0).unwrap();
    let plan = lib.sync(&"k".into(), Stored::from_read(&err), T0);
    assert_eq!((plan.ops.len(), plan.outcome), (0, SyncOutcome::Unavailable));
    assert_eq!(lib.unsaved(), ["k"]);
}

#[test]
fn a_conflict_clears_when_the_other_tab_comes_round() {
    let (mut store, mut a, mut b) = two_tabs();
    answer(&mut a, "base", "A-1", 3, T2);
    answer(&mut b, "base", "A-1", 5, T3);
    store.save_point(&mut a, T2);
    store.save_point(&mut b, T3);
    assert!(b.block(&"base".into()).is_some());
    // A's user sets the level B's user chose: both now agree, nothing is left to decide.
    a.apply(&"base".into(), Edit::SetCurrent { service: "A-1".into(), level: Level::new(5) }, T3).unwrap();
    store.save_point(&mut a, T3);
    assert_eq!(store.event(&mut b, "base", T3), SyncOutcome::UpToDate);
    assert_eq!(b.block(&"base".into()), None);
    assert!(b.unsaved().is_empty());
}

#[test]
fn list_shows_the_assessment_date_of_the_profile() {
    let mut lib = Library::new();
    lib.create(&"k".into(), "x", &cat(), T0).unwrap();
    lib.apply(
        &"k".into(),
        Edit::SetProfile { field: x1060_core::model::ProfileField::Date, value: "2026-11-02".into() },
        T1,
    )
    .unwrap();
    assert_eq!(lib.list(&cat())[0].date, "2026-11-02");
}

/// Issue 13, item 9: two tabs typing in the same note at the same moment. Each keystroke is
/// saved, and the other tab hears of it at once (the `storage` event). What a tab shows in the
/// field is its library's text, so a rewrite would put the other tab's characters under the
/// user's fingers ("nnootee from tab 2").
#[test]
fn two_tabs_typing_in_one_note_keep_each_text_intact_and_offer_the_conflict() {
    use x1060_core::edit::TextField;
    let (mut store, mut a, mut b) = two_tabs();
    let part = Part::Service("A-1".into());
    a.set_typing(Some(("base".into(), part.clone())));
    b.set_typing(Some(("base".into(), part.clone())));
    let note = |lib: &Library| lib.get(&"base".into()).unwrap().record("A-1").note.clone();
    let (text_a, text_b) = ("note from tab 1", "note from tab 2");
    // The user types one character at the end of what the field shows; it is saved, and the
    // other tab hears of it.
    let keystroke = |store: &mut FakeStore, lib: &mut Library, other: &mut Library, c: char| {
        let value = format!("{}{c}", lib.get(&"base".into()).unwrap().record("A-1").note);
        lib.apply(&"base".into(), Edit::SetText { service: "A-1".into(), field: TextField::Note, value }, T2).unwrap();
        store.save_point(lib, T2);
        store.event(other, "base", T2);
    };
    for (ca, cb) in text_a.chars().zip(text_b.chars()) {
        keystroke(&mut store, &mut a, &mut b, ca);
        keystroke(&mut store, &mut b, &mut a, cb);
        assert!(text_a.starts_with(&note(&a)), "tab 1 shows {:?}", note(&a));
        assert!(text_b.starts_with(&note(&b)), "tab 2 shows {:?}", note(&b));
    }
    assert_eq!(note(&a), text_a);
    assert_eq!(note(&b), text_b);
    // Both stop typing: each syncs once more. The texts differ: wherever this tab's text is not
    // the one in storage, the conflict is offered, and nothing is lost.
    for lib in [&mut a, &mut b] {
        lib.set_typing(None);
        store.event(lib, "base", T3);
    }
    let stored = save::decode(&store.map["a/base"]).unwrap().record("A-1").note.clone();
    for (lib, text) in [(&a, text_a), (&b, text_b)] {
        assert_eq!(note(lib), text);
        if stored != text {
            assert!(
                matches!(lib.block(&"base".into()), Some(Block::Conflict { parts, .. }) if parts == std::slice::from_ref(&part))
            );
        }
    }
    assert!(stored == text_a || stored == text_b);
}

/// A tab whose user is typing in a field does not take another tab's change to that field (it
/// is deferred until the field is left), but takes other changes as before.
#[test]
fn a_change_elsewhere_waits_while_its_field_is_being_typed_in() {
    use x1060_core::edit::TextField;
    let (mut store, mut a, mut b) = two_tabs();
    b.set_typing(Some(("base".into(), Part::Service("A-1".into()))));
    a.apply(
        &"base".into(),
        Edit::SetText { service: "A-1".into(), field: TextField::Note, value: "from a".into() },
        T2,
    )
    .unwrap();
    store.save_point(&mut a, T2);
    assert_eq!(store.event(&mut b, "base", T2), SyncOutcome::Deferred);
    assert_eq!(b.get(&"base".into()).unwrap().record("A-1").note, "");
    b.set_typing(None);
    assert_eq!(store.event(&mut b, "base", T2), SyncOutcome::TookTheirs);
    assert_eq!(b.get(&"base".into()).unwrap().record("A-1").note, "from a");
    // Typing elsewhere does not hold back a change to another service.
    b.set_typing(Some(("base".into(), Part::Service("B-1".into()))));
    answer(&mut a, "base", "A-1", 4, T3);
    store.save_point(&mut a, T3);
    assert_eq!(store.event(&mut b, "base", T3), SyncOutcome::TookTheirs);
}

#[test]
fn ensure_open_keeps_the_open_one_else_opens_the_most_recently_changed_else_a_new_one() {
    let c = Catalogue::builtin();
    let mut lib = Library::new();
    lib.ensure_open(&c, &"new".into(), T0);
    assert_eq!(lib.current_id().map(|i| i.as_str()), Some("new"));
    lib.create(&"b".into(), "B", &c, T1).unwrap();
    lib.create(&"c".into(), "C", &c, T2).unwrap();
    lib.rename(&"b".into(), "B changed last", T3).unwrap();
    lib.select(&"c".into()).unwrap();
    lib.ensure_open(&c, &"unused".into(), T3);
    assert_eq!(lib.current_id().map(|i| i.as_str()), Some("c"), "the open one stays open");
    lib.delete(&"c".into()).unwrap();
    lib.ensure_open(&c, &"unused".into(), T3);
    assert_eq!(lib.current_id().map(|i| i.as_str()), Some("b"), "the most recently changed one");
    assert!(lib.get(&"unused".into()).is_none());
}

#[test]
fn typing_in_a_field_holds_it_and_leaving_names_the_assessment_to_sync_again() {
    let c = Catalogue::builtin();
    let mut lib = Library::new();
    assert_eq!(lib.typing_in(Some(Part::Service("A-1".into()))), None, "nothing open: nothing held");
    lib.ensure_open(&c, &"k1".into(), T0);
    let hold = lib.typing_in(Some(Part::Service("A-1".into()))).expect("a change");
    assert_eq!(hold, Some(("k1".into(), Part::Service("A-1".into()))));
    assert_eq!(lib.set_typing(hold), None, "entering a field leaves none");
    assert_eq!(lib.typing_in(Some(Part::Service("A-1".into()))), None, "the same field again: no change");
    let next = lib.typing_in(Some(Part::Service("B-1".into()))).expect("another field");
    assert_eq!(lib.set_typing(next), None, "moving between fields leaves none");
    let leave = lib.typing_in(None).expect("leaving");
    assert_eq!(lib.set_typing(leave), Some("k1".into()));
    assert_eq!(lib.typing(), None);
    assert_eq!(lib.typing_in(None), None, "no field, still none: no change");
}
