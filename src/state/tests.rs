//! The reducer's rules, on the host (`cargo test -p x1060 --lib`).

use super::*;
use x1060_core::model::Need;
use yew::Reducible;

fn state() -> Rc<AppState> {
    let catalogue = Rc::new(Catalogue::builtin());
    let mut library = Library::new();
    library.create(&"k1".into(), "", &catalogue, "t0").unwrap();
    library.select(&"k1".into()).unwrap();
    Rc::new(AppState {
        config: Rc::new(AppConfig::default()),
        library,
        info: None,
        prefs: Prefs::default(),
        prefs_writable: true,
        queue: vec![],
        external: vec![],
        edits_since_backup: 0,
        persisted: None,
        campaign: None,
        campaign_revision: 0,
        catalogue,
        catalogue_source: CatalogueSource::Builtin,
        catalogue_raw: None,
        catalogue_revision: 0,
        lang: Lang::En,
        content_lang: "en".into(),
        view: View::Overview,
        notices: vec![],
        save: SaveStatus::Loaded,
        revision: 0,
        prefs_revision: 0,
        lang_attempt: 0,
        lang_failures: 0,
        can_write: true,
        focus: None,
    })
}

#[test]
fn a_campaign_shows_its_categories_only_and_forgetting_it_shows_all_again() {
    let s = state().reduce(Action::Show(View::Category("B".into())));
    let s = s.reduce(Action::UseCampaign { raw: Rc::from("{}"), scope: vec!["A".into(), "C".into()] });
    assert_eq!(s.config.categories, Some(vec!["A".into(), "C".into()]));
    assert!(!s.config.shows_category("B"));
    assert_eq!(s.view, View::Overview, "a category out of scope is left");
    assert_eq!(s.campaign_revision, 1);
    let same = s.clone().reduce(Action::UseCampaign { raw: Rc::from("{}"), scope: vec!["A".into()] });
    assert_eq!(same.campaign_revision, 1, "the same campaign again changes nothing");
    let s = s.reduce(Action::Show(View::Campaign)).reduce(Action::ForgetCampaign);
    assert_eq!(s.config.categories, None);
    assert_eq!(s.campaign, None);
    assert_eq!(s.view, View::Overview);
    assert_eq!(s.campaign_revision, 2);
}

/// The save procedure's report on the state as it is.
fn synced(s: &Rc<AppState>, outcome: SaveOutcome) -> Action {
    Action::Synced {
        revision: s.revision,
        library: s.library.clone(),
        outcome,
        synced: vec![],
        queue_done: 0,
        fallback: "k9".into(),
        at: "t9".into(),
    }
}

fn edit(e: Edit) -> Action {
    Action::Edit { edit: e, at: "t1".into() }
}

#[test]
fn an_edit_bumps_the_revision_once() {
    let s = state().reduce(edit(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }));
    assert_eq!(s.revision, 1);
    assert_eq!(s.current().updated, "t1");
    assert_eq!(s.edits_since_backup, 1);
    let same = s.clone().reduce(edit(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }));
    assert!(Rc::ptr_eq(&s, &same), "no change returns the same state, so Yew skips the render");
}

#[test]
fn next_unanswered_opens_its_category_and_asks_for_focus() {
    let mut s = state();
    for id in ["A-1", "A-2"] {
        s = s.reduce(edit(Edit::SetNeed { service: id.into(), need: Some(Need::NotNeeded) }));
    }
    let s = s.reduce(Action::NextUnanswered { after: None });
    assert_eq!(s.view, View::Category("A".into()));
    assert_eq!(s.focus.as_deref(), Some("A-3"));
    let s = s.reduce(Action::FocusDone);
    assert_eq!(s.focus, None);
    let s = s.reduce(Action::NextUnanswered { after: Some("A-13".into()) });
    assert_eq!(s.view, View::Category("B".into()));
}

#[test]
fn save_outcomes_set_status_and_notices() {
    let s = state();
    let s = s.clone().reduce(synced(&s, SaveOutcome::Quota));
    assert_eq!(s.save, SaveStatus::Failed);
    assert_eq!(s.notices, vec![Notice::QuotaExceeded]);
    let s = s.clone().reduce(synced(&s, SaveOutcome::Quota));
    assert_eq!(s.notices.len(), 1, "the same notice is not repeated");
    let s = s.clone().reduce(synced(&s, SaveOutcome::Saved { at: "t2".into() }));
    assert_eq!(s.save, SaveStatus::Saved("t2".into()));
    assert!(s.notices.is_empty(), "a successful save clears the quota notice");
    let s = s.clone().reduce(synced(&s, SaveOutcome::Unavailable));
    assert_eq!(s.save, SaveStatus::MemoryOnly);
    assert_eq!(s.notices, vec![Notice::StorageUnavailable]);
    let gone = s.clone().reduce(Action::Dismiss(Notice::QuotaExceeded));
    assert!(Rc::ptr_eq(&s, &gone), "a notice no longer shown: nothing to dismiss");
    let s = s.reduce(Action::Dismiss(Notice::StorageUnavailable));
    assert!(s.notices.is_empty());
}

#[test]
fn a_language_that_could_not_be_fetched_is_said_once_and_counted_each_time() {
    let s = state().reduce(Action::LanguageFailed);
    assert_eq!((s.notices.clone(), s.lang_failures), (vec![Notice::LanguageUnavailable], 1));
    let s = s.reduce(Action::LanguageFailed);
    assert_eq!((s.notices.len(), s.lang_failures), (1, 2), "one notice, and the menu put back again");
}

#[test]
fn language_change_is_a_preference_not_an_answer() {
    let s = state().reduce(Action::SetLanguage("ja".into()));
    assert_eq!((s.lang, s.prefs_revision, s.revision), (Lang::Ja, 1, 0));
    // Chosen again (a retry after its strings could not be fetched): nothing saved again.
    let again = s.clone().reduce(Action::SetLanguage("ja".into()));
    assert_eq!((again.prefs_revision, again.lang_attempt), (1, s.lang_attempt + 1));
    // A language only a catalogue has: the interface falls back to English.
    let s = s.reduce(Action::SetLanguage("es".into()));
    assert_eq!((s.lang, s.content_lang.as_str()), (Lang::En, "es"));
}

#[test]
fn create_duplicate_delete_and_undo_go_through_the_library_and_queue_writes() {
    let s = state().reduce(edit(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }));
    let s = s.reduce(Action::Rename { id: "k1".into(), name: "2026 baseline".into(), at: "t2".into() });
    assert_eq!(s.current().name, "2026 baseline");
    let s = s.reduce(Action::Duplicate {
        source: "k1".into(),
        id: "k2".into(),
        name: "2027 review".into(),
        at: "t3".into(),
    });
    assert_eq!(s.library.current_id().map(|i| i.as_str()), Some("k2"));
    assert_eq!(s.current().name, "2027 review");
    assert_eq!(s.current().record("A-1").need, Some(Need::Needed), "the copy has the answers");
    let before = s.revision;
    let s = s.reduce(Action::Delete { id: "k2".into(), fallback: "k3".into(), at: "t4".into() });
    assert_eq!(s.library.current_id().map(|i| i.as_str()), Some("k1"), "another assessment opens");
    assert!(s.queue.iter().any(|op| op.key() == "a/k2"), "the deletion is queued for the save point");
    assert!(s.revision > before);
    let s = s.reduce(Action::Undo("k2".into()));
    assert!(s.library.get(&"k2".into()).is_some(), "undo brings it back");
    let s = s.reduce(Action::Delete { id: "k1".into(), fallback: "k3".into(), at: "t5".into() });
    let s = s.reduce(Action::Delete { id: "k2".into(), fallback: "k3".into(), at: "t6".into() });
    assert_eq!(s.library.current_id().map(|i| i.as_str()), Some("k3"), "a new empty assessment when none is left");
}

#[test]
fn requested_categories_are_matched_again_when_the_catalogue_changes() {
    let s = state();
    let config = AppConfig { requested_categories: Some(vec!["B".into(), "Z".into()]), ..AppConfig::default() };
    let s = Rc::new(AppState { config: Rc::new(config), ..(*s).clone() });
    let s = s.reduce(Action::UseCatalogue {
        catalogue: Rc::new(Catalogue::builtin()),
        raw: None,
        source: CatalogueSource::Site,
    });
    assert_eq!(s.config.categories, Some(vec!["B".into()]));
    assert_eq!(s.config.unknown_categories(&s.catalogue), ["Z"]);
}

#[test]
fn typing_holds_the_part_and_leaving_the_field_syncs_again() {
    let s = state();
    let s = s.reduce(Action::Typing(Some(Part::Service("A-1".into()))));
    assert_eq!(s.library.typing(), Some(&("k1".into(), Part::Service("A-1".into()))));
    assert_eq!(s.revision, 0, "the focus alone writes nothing");
    // A save that began before the focus does not take the hold away.
    let s = s.clone().reduce(synced(&s, SaveOutcome::Unchanged));
    assert!(s.library.typing().is_some());
    let s = s.reduce(Action::Typing(None));
    assert_eq!(s.library.typing(), None);
    assert_eq!(
        (s.revision, s.external.as_slice()),
        (1, [AssessmentId::from("k1")].as_slice()),
        "synced again on leaving"
    );
}

#[test]
fn a_failed_write_stays_queued_and_an_unreached_tab_change_stays_listed() {
    let s = state().reduce(Action::Create { id: "k2".into(), name: "b".into(), at: "t1".into() });
    let s = s.reduce(Action::Delete { id: "k2".into(), fallback: "k3".into(), at: "t2".into() });
    let s = s.reduce(Action::External("k7".into()));
    let s = s.reduce(Action::External("k8".into()));
    let queued = s.queue.clone();
    assert!(!queued.is_empty());
    // Storage full at the first queued write: nothing done, nothing reached.
    let failed = s.clone().reduce(Action::Synced {
        revision: s.revision,
        library: s.library.clone(),
        outcome: SaveOutcome::Quota,
        synced: vec![("k7".into(), SyncOutcome::UpToDate)],
        queue_done: 0,
        fallback: "k9".into(),
        at: "t3".into(),
    });
    assert_eq!(failed.queue, queued, "the deletion is tried again at the next save");
    assert_eq!(failed.external, ["k8".to_string()], "k7 was synced, k8 was not reached");
    // The next save does it all.
    let done = failed.clone().reduce(Action::Synced {
        revision: failed.revision,
        library: failed.library.clone(),
        outcome: SaveOutcome::Saved { at: "t4".into() },
        synced: vec![("k8".into(), SyncOutcome::UpToDate)],
        queue_done: queued.len(),
        fallback: "k9".into(),
        at: "t4".into(),
    });
    assert!(done.queue.is_empty() && done.external.is_empty());
}

#[test]
fn a_stale_sync_result_is_ignored() {
    let s = state().reduce(edit(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }));
    let stale = Library::new();
    let s2 = s.clone().reduce(Action::Synced {
        revision: s.revision - 1,
        library: stale,
        outcome: SaveOutcome::Saved { at: "t9".into() },
        synced: vec![],
        queue_done: 0,
        fallback: "k9".into(),
        at: "t9".into(),
    });
    assert!(Rc::ptr_eq(&s, &s2));
}
