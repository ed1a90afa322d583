//! The app's one state, its typed actions and the reducer. The reducer is pure: it calls the
//! domain and never touches the browser. Saving happens in one effect in `App`.

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::Edit;
use x1060_core::i18n::Lang;
use x1060_core::model::Assessment;
use yew::Reducible;

use crate::config::AppConfig;

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// Introduction, profile and the list of categories.
    Overview,
    /// The services of one category.
    Category(String),
    /// About the tool and its catalogue; loading another catalogue.
    About,
    /// The evaluations, charts and improvement plan.
    Results,
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
    Saved { at: String },
    Quota,
    Unavailable,
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
    pub assessment: Assessment,
    /// Language of the interface.
    pub lang: Lang,
    /// Language of the catalogue texts: the interface language, or a language only the
    /// catalogue has (the interface then falls back to English).
    pub content_lang: String,
    pub view: View,
    pub notices: Vec<Notice>,
    pub save: SaveStatus,
    /// Grows by one at every change of the answers; the save effect watches it.
    pub revision: u64,
    /// Grows by one at every change of the preferences.
    pub prefs_revision: u64,
    /// Whether writing the assessment is allowed (false when that would destroy data).
    pub can_write: bool,
    /// A service to bring into view and focus after the next render.
    pub focus: Option<String>,
}

/// Every thing that can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A change to the answers, made at `at` (ISO time).
    Edit { edit: Edit, at: String },
    /// Choose a language by code: an interface language, or one only the catalogue has.
    SetLanguage(String),
    /// Use another catalogue (answers are kept and matched by service id).
    UseCatalogue { catalogue: Rc<Catalogue>, raw: Option<Rc<str>>, source: CatalogueSource },
    Show(View),
    /// Open the category of the next unanswered service after `after` and focus it.
    NextUnanswered { after: Option<String> },
    /// The service was focused.
    FocusDone,
    Saved(SaveOutcome),
    Notify(Notice),
    Dismiss(usize),
}

impl AppState {
    /// The categories this widget shows, in catalogue order.
    pub fn visible_categories(&self) -> Vec<&x1060_core::catalogue::Category> {
        self.catalogue
            .categories
            .iter()
            .filter(|c| self.config.shows_category(&c.id))
            .collect()
    }

    fn with(self: Rc<Self>, f: impl FnOnce(&mut AppState)) -> Rc<Self> {
        let mut next = (*self).clone();
        f(&mut next);
        Rc::new(next)
    }

    fn add_notice(&mut self, n: Notice) {
        if !self.notices.contains(&n) {
            self.notices.push(n);
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit { edit, at } => {
                let mut a = self.assessment.clone();
                if !a.apply(edit, &at) {
                    return self;
                }
                self.with(|s| {
                    s.assessment = a;
                    s.revision += 1;
                })
            }
            Action::SetLanguage(code) if code != self.content_lang => self.with(|s| {
                s.lang = Lang::from_code(&code).unwrap_or_default();
                s.content_lang = code;
                s.prefs_revision += 1;
            }),
            Action::SetLanguage(_) => self,
            Action::UseCatalogue { catalogue, raw, source } => self.with(|s| {
                // A language only the old catalogue had falls back to the interface language.
                if Lang::from_code(&s.content_lang).is_none() && !catalogue.languages.contains(&s.content_lang) {
                    s.content_lang = s.lang.code().to_string();
                }
                s.catalogue = catalogue;
                s.catalogue_raw = raw;
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
            Action::Show(view) if view != self.view => self.with(|s| {
                s.view = view;
                s.focus = None;
            }),
            Action::Show(_) => self,
            Action::NextUnanswered { after } => {
                let only: Option<Vec<String>> = self.config.categories.clone();
                let next = x1060_core::progress::next_unanswered(
                    &self.catalogue,
                    &self.assessment,
                    after.as_deref(),
                    only.as_deref(),
                )
                .map(str::to_string);
                let Some(id) = next else { return self };
                let cat = self.catalogue.service(&id).map(|s| s.category.clone()).unwrap_or_default();
                self.with(|s| {
                    s.view = View::Category(cat);
                    s.focus = Some(id);
                })
            }
            Action::FocusDone if self.focus.is_some() => self.with(|s| s.focus = None),
            Action::FocusDone => self,
            Action::Saved(outcome) => {
                let (status, notice) = match outcome {
                    SaveOutcome::Saved { at } => (SaveStatus::Saved(at), None),
                    SaveOutcome::Quota => (SaveStatus::Failed, Some(Notice::QuotaExceeded)),
                    SaveOutcome::Unavailable => (SaveStatus::MemoryOnly, Some(Notice::StorageUnavailable)),
                };
                self.with(|s| {
                    if matches!(status, SaveStatus::Saved(_)) {
                        s.notices.retain(|n| !matches!(n, Notice::QuotaExceeded));
                    }
                    s.save = status;
                    if let Some(n) = notice {
                        s.add_notice(n);
                    }
                })
            }
            Action::Notify(n) => self.with(|s| s.add_notice(n)),
            Action::Dismiss(i) if i < self.notices.len() => self.with(|s| {
                s.notices.remove(i);
            }),
            Action::Dismiss(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x1060_core::model::Need;

    fn state() -> Rc<AppState> {
        let catalogue = Rc::new(Catalogue::builtin());
        Rc::new(AppState {
            config: Rc::new(AppConfig::default()),
            assessment: Assessment::new(&catalogue, "t0"),
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
            can_write: true,
            focus: None,
        })
    }

    fn edit(e: Edit) -> Action {
        Action::Edit { edit: e, at: "t1".into() }
    }

    #[test]
    fn an_edit_bumps_the_revision_once() {
        let s = state().reduce(edit(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }));
        assert_eq!(s.revision, 1);
        assert_eq!(s.assessment.updated, "t1");
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
        let s = state().reduce(Action::Saved(SaveOutcome::Quota));
        assert_eq!(s.save, SaveStatus::Failed);
        assert_eq!(s.notices, vec![Notice::QuotaExceeded]);
        let s = s.reduce(Action::Saved(SaveOutcome::Quota));
        assert_eq!(s.notices.len(), 1, "the same notice is not repeated");
        let s = s.reduce(Action::Saved(SaveOutcome::Saved { at: "t2".into() }));
        assert_eq!(s.save, SaveStatus::Saved("t2".into()));
        assert!(s.notices.is_empty(), "a successful save clears the quota notice");
        let s = s.reduce(Action::Saved(SaveOutcome::Unavailable));
        assert_eq!(s.save, SaveStatus::MemoryOnly);
        assert_eq!(s.notices, vec![Notice::StorageUnavailable]);
        let s = s.reduce(Action::Dismiss(0));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn language_change_is_a_preference_not_an_answer() {
        let s = state().reduce(Action::SetLanguage("ja".into()));
        assert_eq!((s.lang, s.prefs_revision, s.revision), (Lang::Ja, 1, 0));
        // A language only a catalogue has: the interface falls back to English.
        let s = s.reduce(Action::SetLanguage("es".into()));
        assert_eq!((s.lang, s.content_lang.as_str()), (Lang::En, "es"));
    }
}
