//! The app's one state, its typed actions and the reducer. The reducer is pure: it calls the
//! domain and never touches the browser. Saving happens in one effect of `App`
//! (`components/app/effects.rs`, `use_save_point`), through `crate::persist`.

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::Edit;
use x1060_core::i18n::Lang;
use x1060_core::ids::{AssessmentId, CategoryId, ServiceId};
use x1060_core::library::{Library, Resolution, StorageOp, SyncOutcome};
use x1060_core::model::Assessment;
use x1060_core::save::Prefs;
use x1060_core::sync::Part;
use yew::Reducible;

use crate::config::AppConfig;

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// Introduction, profile and the list of categories.
    Overview,
    /// The services of one category.
    Category(CategoryId),
    /// About the tool and its catalogue; loading another catalogue.
    About,
    /// The evaluations, charts and improvement plan.
    Results,
    /// The list of assessments: create, rename, duplicate, delete, import, compare.
    Assessments,
    /// The coordinator workbench: returned files of many organisations, one anonymised picture.
    /// It reads and writes none of the user's own assessments.
    Workbench,
    /// A catalogue change for the open assessment: where each answer goes, and the answers
    /// waiting for review (docs/catalogue-editions.md).
    Editions,
    /// The campaign in use (issue 16): its settings and "Prepare my submission".
    Campaign,
}

/// Something the user must know about: a storage problem or a failed download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage cannot be used here; answers live in memory only.
    StorageUnavailable,
    /// The last write failed because storage is full.
    QuotaExceeded,
    /// Saved data could not be read; it was kept under `backup_key`. `raw` is the data itself.
    Corrupt { backup_key: String, raw: Rc<str>, detail: String },
    /// Saved data comes from a newer app; it is left untouched and never overwritten.
    NewerSchema,
    /// A download could not be made.
    DownloadFailed,
    /// The stored catalogue could not be read; it was kept under `backup_key`.
    CatalogueCorrupt { backup_key: String, detail: String },
    /// The catalogue named by the host page could not be loaded.
    CatalogueRemote { detail: String },
    /// The campaign named by the host page could not be loaded (issue 16).
    CampaignRemote { detail: String },
    /// The strings of the chosen language could not be fetched (src/parts.rs); the interface stays
    /// in the language shown. Choosing the language again tries again.
    LanguageUnavailable,
    /// The open assessment could not be backed up (its saved data is damaged or newer), so a file
    /// did not replace it.
    ReplaceRefused,
    /// The stored catalogue comes from a newer app; it is left untouched (issue 13).
    CatalogueNewer,
    /// The stored preferences could not be read; they were moved to `backup_key`.
    PrefsCorrupt { backup_key: String, detail: String },
    /// The stored preferences come from a newer app; they are never overwritten.
    PrefsNewer,
}

/// Where the catalogue in use comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueSource {
    /// Compiled into the app.
    Builtin,
    /// Loaded by the user from a file; remembered in storage.
    User,
    /// Named by the host page (`data-catalogue`); fetched at each start, not stored.
    Site,
}

/// Where the answers stand against storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since loading.
    Loaded,
    /// Written to storage at this ISO time.
    Saved(String),
    /// Storage cannot be used: memory only.
    MemoryOnly,
    /// The last write failed; memory holds the newer answers.
    Failed,
}

/// Result of one save attempt, reported back by the save effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        at: String,
    },
    /// Nothing needed writing.
    Unchanged,
    Quota,
    Unavailable,
}

/// A passing message about something that happened elsewhere (another tab) or was done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Info {
    /// Another tab changed the open assessment; its version is shown.
    UpdatedElsewhere,
    /// Both tabs changed different parts; both sets of changes are kept.
    MergedElsewhere,
    /// Another tab created an assessment; it is in the list.
    AddedElsewhere,
}

/// The whole state of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub config: Rc<AppConfig>,
    pub catalogue: Rc<Catalogue>,
    pub catalogue_source: CatalogueSource,
    /// The catalogue file's text when the user loaded it, to store it.
    pub catalogue_raw: Option<Rc<str>>,
    /// Grows by one whenever the user changes the catalogue; the catalogue save effect watches it.
    pub catalogue_revision: u64,
    /// Every assessment of this namespace; one is open.
    pub library: Library,
    /// Language of the interface.
    pub lang: Lang,
    /// Language of the catalogue texts: the interface language, or a language only the
    /// catalogue has (the interface then falls back to English).
    pub content_lang: String,
    pub view: View,
    pub notices: Vec<Notice>,
    pub info: Option<Info>,
    pub save: SaveStatus,
    /// Grows by one at every change that must reach storage; the save effect watches it.
    pub revision: u64,
    /// Grows by one at every change of the preferences.
    pub prefs_revision: u64,
    /// Counts the choices of a language, also of the one already chosen (a retry).
    pub lang_attempt: u32,
    /// Counts the languages whose strings could not be fetched: the language menu goes back to
    /// the language shown at each one.
    pub lang_failures: u32,
    pub prefs: Prefs,
    /// Whether the preferences may be saved (not over a newer version's).
    pub prefs_writable: bool,
    /// Whether storage can be written at all.
    pub can_write: bool,
    /// A service to bring into view and focus after the next render.
    pub focus: Option<ServiceId>,
    /// Writes decided by the library (deletions, restorations) for the next save.
    pub queue: Vec<StorageOp>,
    /// Assessments another tab wrote, to sync at the next save.
    pub external: Vec<AssessmentId>,
    /// Answers changed since the open assessment was last downloaded as a file.
    pub edits_since_backup: u32,
    /// Whether the browser agreed to keep this site's data (`navigator.storage.persist()`).
    pub persisted: Option<bool>,
    /// The campaign in use (issue 16), as its file's text, checked before it got here. Its
    /// categories in scope are `config.campaign_categories`.
    pub campaign: Option<Rc<str>>,
    /// Grows by one whenever the campaign changes; the effect that remembers it watches it.
    pub campaign_revision: u64,
}

/// Every thing that can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The built-in catalogue with the texts a language's part brought (Arabic, Mongolian): used
    /// only while the built-in catalogue is in use. Only texts differ, so no answer is touched.
    BuiltinTexts(Rc<Catalogue>),
    /// A change to the open assessment's answers, made at `at` (ISO time).
    Edit {
        edit: Edit,
        at: String,
    },
    /// Choose a language by code: an interface language, or one only the catalogue has.
    SetLanguage(String),
    /// Use another catalogue (answers are kept and matched by service id).
    UseCatalogue {
        catalogue: Rc<Catalogue>,
        raw: Option<Rc<str>>,
        source: CatalogueSource,
    },
    Show(View),
    /// Open the category of the next unanswered service after `after` and focus it.
    NextUnanswered {
        after: Option<ServiceId>,
    },
    /// The service was focused.
    FocusDone,
    /// The save procedure ran on the library as it was at `revision`.
    /// `fallback` names a new assessment (made at `at`) in case another tab's change left none open.
    Synced {
        revision: u64,
        library: Library,
        outcome: SaveOutcome,
        synced: Vec<(AssessmentId, SyncOutcome)>,
        /// How many of the queued writes the save carried out (in order); the rest stay queued.
        queue_done: usize,
        fallback: AssessmentId,
        at: String,
    },
    Notify(Notice),
    /// The strings of the chosen language could not be fetched: say so, and put the language menu
    /// back to the language shown.
    LanguageFailed,
    /// The user dismissed this notice (named by itself, not by its place in a list that may have
    /// changed since the page was drawn).
    Dismiss(Notice),
    DismissInfo,
    /// Another tab wrote assessment `id`.
    External(AssessmentId),
    /// Create an empty assessment and open it.
    Create {
        id: AssessmentId,
        name: String,
        at: String,
    },
    /// Copy assessment `source` as `id` named `name`, and open the copy.
    Duplicate {
        source: AssessmentId,
        id: AssessmentId,
        name: String,
        at: String,
    },
    Rename {
        id: AssessmentId,
        name: String,
        at: String,
    },
    Open(AssessmentId),
    /// Delete (to the trash of this page, undoable until it is closed). `fallback` names a new
    /// assessment to create if no other is left.
    Delete {
        id: AssessmentId,
        fallback: AssessmentId,
        at: String,
    },
    Undo(AssessmentId),
    /// Add an imported assessment as `id` and open it.
    AddImported {
        id: AssessmentId,
        assessment: Box<Assessment>,
        at: String,
    },
    /// Replace assessment `id` with an imported one (the caller has backed it up first).
    ReplaceWith {
        id: AssessmentId,
        assessment: Box<Assessment>,
        at: String,
    },
    /// Replace assessment `id` with its copy moved to the catalogue in use (the caller has backed
    /// it up first). Then the answers to review, if any, are shown.
    ApplyEdition {
        id: AssessmentId,
        assessment: Box<Assessment>,
        at: String,
    },
    /// Settle a conflict with another tab.
    Resolve {
        id: AssessmentId,
        resolution: Resolution,
        at: String,
    },
    /// The open assessment was downloaded as a file that can restore it.
    BackedUp {
        id: AssessmentId,
        at: String,
    },
    /// A text field of this part of the open assessment got the focus (`Some`), or lost it
    /// (`None`): another tab's change to it waits until the user leaves the field (issue 13).
    Typing(Option<Part>),
    Persisted(bool),
    /// Use a campaign (its file's text, checked) and show only its categories in scope.
    UseCampaign {
        raw: Rc<str>,
        scope: Vec<CategoryId>,
    },
    /// Stop using the campaign: every category shows again (or those the host page names).
    ForgetCampaign,
}

/// How many answer changes since the last download make the app suggest one.
pub const BACKUP_REMINDER_EDITS: u32 = 20;

impl AppState {
    /// A category view that the categories shown no longer include goes back to the overview.
    fn leave_hidden_category(&mut self) {
        if let View::Category(c) = &self.view {
            if !self.config.shows_category(c) {
                self.view = View::Overview;
            }
        }
    }

    /// The open assessment (an empty one if none can be opened).
    pub fn current(&self) -> Assessment {
        self.library.current().cloned().unwrap_or_default()
    }

    fn with(self: Rc<Self>, f: impl FnOnce(&mut AppState)) -> Rc<Self> {
        let mut next = (*self).clone();
        f(&mut next);
        Rc::new(next)
    }

    /// Runs `op` on a copy of the library; if it succeeds, keeps the copy, marks it for saving and
    /// runs `then`. Otherwise nothing changes (and Yew skips the render).
    fn library_op(self: Rc<Self>, op: impl FnOnce(&mut Library) -> bool, then: impl FnOnce(&mut AppState)) -> Rc<Self> {
        let mut lib = self.library.clone();
        if !op(&mut lib) {
            return self;
        }
        self.with(|s| {
            s.library = lib;
            s.changed();
            then(s);
        })
    }

    fn add_notice(&mut self, n: Notice) {
        if !self.notices.contains(&n) {
            self.notices.push(n);
        }
    }

    /// Assessment `id` is synced with storage at the next save (another tab wrote it, or a field
    /// that held its change back was left).
    fn sync_again(&mut self, id: AssessmentId) {
        if !self.external.contains(&id) {
            self.external.push(id);
        }
        self.changed();
    }

    /// After a library change that must be saved.
    fn changed(&mut self) {
        self.revision += 1;
    }

    fn opened(&mut self) {
        self.view = View::Overview;
        self.focus = None;
        self.edits_since_backup = 0;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit { edit, at } => {
                let Some(id) = self.library.current_id().cloned() else { return self };
                let mut lib = self.library.clone();
                let counts = !matches!(edit, Edit::SetText { .. } | Edit::SetProfile { .. } | Edit::SetName(_));
                if !matches!(lib.apply(&id, edit, &at), Ok(true)) {
                    return self;
                }
                self.with(|s| {
                    s.library = lib;
                    s.changed();
                    if counts {
                        s.edits_since_backup += 1;
                    }
                })
            }
            Action::SetLanguage(code) if code != self.content_lang => self.with(|s| {
                s.lang = Lang::from_code(&code).unwrap_or_default();
                s.content_lang = code;
                s.prefs.lang = Some(s.content_lang.clone());
                s.prefs_revision += 1;
            }),
            // The same language chosen again: nothing to save, but its strings are fetched again
            // if they could not be the first time (`App` watches `lang_attempt`).
            Action::SetLanguage(_) => self.with(|s| s.lang_attempt += 1),
            Action::UseCatalogue { catalogue, raw, source } => self.with(|s| {
                // A language only the old catalogue had falls back to the interface language.
                if Lang::from_code(&s.content_lang).is_none() && !catalogue.languages.contains(&s.content_lang) {
                    s.content_lang = s.lang.code().to_string();
                }
                s.catalogue = catalogue;
                s.catalogue_raw = raw;
                s.config = Rc::new(s.config.matched(&s.catalogue));
                if source != CatalogueSource::Site {
                    s.catalogue_revision += 1;
                }
                s.catalogue_source = source;
                if let View::Category(c) = &s.view {
                    if s.catalogue.category(c).is_none() {
                        s.view = View::Overview;
                    }
                }
            }),
            Action::UseCampaign { raw, scope } => {
                if self.campaign.as_deref() == Some(&*raw) {
                    return self;
                }
                self.with(|s| {
                    s.campaign = Some(raw);
                    s.campaign_revision += 1;
                    s.config = Rc::new(
                        AppConfig { campaign_categories: Some(scope), ..(*s.config).clone() }.matched(&s.catalogue),
                    );
                    s.leave_hidden_category();
                })
            }
            Action::ForgetCampaign => self.with(|s| {
                s.campaign = None;
                s.campaign_revision += 1;
                s.config =
                    Rc::new(AppConfig { campaign_categories: None, ..(*s.config).clone() }.matched(&s.catalogue));
                if s.view == View::Campaign {
                    s.view = View::Overview;
                }
            }),
            Action::BuiltinTexts(catalogue) => {
                if self.catalogue_source != CatalogueSource::Builtin || catalogue.id != self.catalogue.id {
                    return self;
                }
                self.with(|s| {
                    s.catalogue = catalogue;
                    s.config = Rc::new(s.config.matched(&s.catalogue));
                })
            }
            Action::Show(view) if view != self.view => self.with(|s| {
                s.view = view;
                s.focus = None;
            }),
            Action::Show(_) => self,
            Action::NextUnanswered { after } => {
                let only: Option<Vec<CategoryId>> = self.config.categories.clone();
                let current = self.current();
                let next =
                    x1060_core::progress::next_unanswered(&self.catalogue, &current, after.as_deref(), only.as_deref())
                        .and_then(|id| self.catalogue.service(id));
                let Some((id, cat)) = next.map(|s| (s.id.clone(), s.category.clone())) else { return self };
                self.with(|s| {
                    s.view = View::Category(cat);
                    s.focus = Some(id);
                })
            }
            Action::FocusDone if self.focus.is_some() => self.with(|s| s.focus = None),
            Action::FocusDone => self,
            Action::Synced { revision, library, outcome, synced, queue_done, fallback, at } => {
                if revision != self.revision {
                    // Changed again meanwhile: the next run of the save procedure will see it.
                    return self;
                }
                self.with(|s| {
                    // The field typed in now, not the one when the save began.
                    let typing = s.library.typing().cloned();
                    s.library = library;
                    s.library.set_typing(typing);
                    // Only what was done leaves the lists: a failed write, and an assessment another
                    // tab changed that the save did not reach, are tried again at the next save.
                    s.queue.drain(..queue_done.min(s.queue.len()));
                    s.external.retain(|id| !synced.iter().any(|(done, _)| done == id));
                    for (id, o) in synced {
                        let open = s.library.current_id() == Some(&id);
                        match o {
                            SyncOutcome::TookTheirs if open => s.info = Some(Info::UpdatedElsewhere),
                            SyncOutcome::Merged { .. } if open => s.info = Some(Info::MergedElsewhere),
                            SyncOutcome::Added => s.info = Some(Info::AddedElsewhere),
                            _ => {}
                        }
                    }
                    s.library.ensure_open(&s.catalogue, &fallback, &at);
                    apply_outcome(s, outcome);
                })
            }
            Action::Notify(n) => self.with(|s| s.add_notice(n)),
            Action::LanguageFailed => self.with(|s| {
                s.add_notice(Notice::LanguageUnavailable);
                s.lang_failures += 1;
            }),
            Action::Dismiss(n) => match self.notices.iter().position(|x| *x == n) {
                Some(i) => self.with(|s| {
                    s.notices.remove(i);
                }),
                None => self,
            },
            Action::DismissInfo => self.with(|s| s.info = None),
            Action::External(id) => self.with(|s| s.sync_again(id)),
            Action::Create { id, name, at } => {
                let catalogue = self.catalogue.clone();
                self.library_op(
                    |l| l.create(&id, &name, &catalogue, &at).is_ok() && l.select(&id).is_ok(),
                    AppState::opened,
                )
            }
            Action::Duplicate { source, id, name, at } => self.library_op(
                |l| l.duplicate(&source, &id, &name, &at).is_ok() && l.select(&id).is_ok(),
                AppState::opened,
            ),
            Action::Rename { id, name, at } => {
                self.library_op(|l| matches!(l.rename(&id, &name, &at), Ok(true)), |_| {})
            }
            Action::Open(id) => {
                if self.library.current_id() == Some(&id) {
                    return self.with(|s| s.view = View::Overview);
                }
                self.library_op(|l| l.select(&id).is_ok(), AppState::opened)
            }
            Action::Delete { id, fallback, at } => {
                let mut lib = self.library.clone();
                let Ok(ops) = lib.delete(&id) else { return self };
                lib.ensure_open(&self.catalogue, &fallback, &at);
                self.with(|s| {
                    s.library = lib;
                    s.queue.extend(ops);
                    s.changed();
                })
            }
            Action::Undo(id) => {
                let mut lib = self.library.clone();
                let Ok(ops) = lib.undo(&id) else { return self };
                self.with(|s| {
                    s.library = lib;
                    s.queue.extend(ops);
                    s.changed();
                })
            }
            Action::AddImported { id, assessment, at } => {
                self.library_op(|l| l.add(&id, *assessment, &at).is_ok() && l.select(&id).is_ok(), AppState::opened)
            }
            Action::ReplaceWith { id, assessment, at } => {
                self.library_op(|l| l.replace(&id, *assessment, &at).is_ok(), AppState::opened)
            }
            Action::ApplyEdition { id, assessment, at } => {
                let review = !assessment.to_review.is_empty();
                self.library_op(
                    |l| l.replace(&id, *assessment, &at).is_ok(),
                    |s| s.view = if review { View::Editions } else { View::Overview },
                )
            }
            Action::Resolve { id, resolution, at } => {
                self.library_op(|l| l.resolve(&id, resolution, &at).is_ok(), |_| {})
            }
            Action::BackedUp { id, at } => self.with(|s| {
                s.prefs.backed_up.insert(id, at);
                s.edits_since_backup = 0;
                s.prefs_revision += 1;
            }),
            Action::Persisted(p) => self.with(|s| s.persisted = Some(p)),
            Action::Typing(part) => match self.library.typing_in(part) {
                None => self,
                Some(hold) => self.with(|s| {
                    if let Some(left) = s.library.set_typing(hold) {
                        s.sync_again(left);
                    }
                }),
            },
        }
    }
}

fn apply_outcome(s: &mut AppState, outcome: SaveOutcome) {
    let (status, notice) = match outcome {
        SaveOutcome::Saved { at } => (SaveStatus::Saved(at), None),
        SaveOutcome::Unchanged => (s.save.clone(), None),
        SaveOutcome::Quota => (SaveStatus::Failed, Some(Notice::QuotaExceeded)),
        SaveOutcome::Unavailable => (SaveStatus::MemoryOnly, Some(Notice::StorageUnavailable)),
    };
    if matches!(status, SaveStatus::Saved(_)) {
        s.notices.retain(|n| !matches!(n, Notice::QuotaExceeded));
    }
    s.save = status;
    if let Some(n) = notice {
        s.add_notice(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x1060_core::model::Need;

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
}
