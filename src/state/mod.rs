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

mod reduce;
#[cfg(test)]
mod tests;
