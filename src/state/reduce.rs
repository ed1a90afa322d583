//! The reducer: each action is one line over a step below or over the domain (`x1060_core`).
//! Pure: no browser call, no storage (saving is `crate::persist`, run by the save effect).

use std::rc::Rc;

use x1060_core::edit::Edit;
use x1060_core::i18n::Lang;
use x1060_core::library::SyncOutcome;
use yew::Reducible;

use super::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit { edit, at } => self.edit(edit, &at),
            Action::SetLanguage(code) if code != self.content_lang => self.with(|s| s.set_language(code)),
            // The same language chosen again: nothing to save, but its strings are fetched again
            // if they could not be the first time (`App` watches `lang_attempt`).
            Action::SetLanguage(_) => self.with(|s| s.lang_attempt += 1),
            Action::UseCatalogue { catalogue, raw, source } => self.with(|s| s.use_catalogue(catalogue, raw, source)),
            Action::UseCampaign { raw, .. } if self.campaign.as_deref() == Some(&*raw) => self,
            Action::UseCampaign { raw, scope } => self.with(|s| s.set_campaign(Some((raw, scope)))),
            Action::ForgetCampaign => self.with(|s| s.set_campaign(None)),
            Action::BuiltinTexts(c)
                if self.catalogue_source != CatalogueSource::Builtin || c.id != self.catalogue.id =>
            {
                self
            }
            Action::BuiltinTexts(catalogue) => self.with(|s| {
                s.catalogue = catalogue;
                s.config = Rc::new(s.config.matched(&s.catalogue));
            }),
            Action::Show(view) if view != self.view => self.with(|s| {
                s.view = view;
                s.focus = None;
            }),
            Action::Show(_) => self,
            Action::NextUnanswered { after } => self.next_unanswered(after.as_ref()),
            Action::FocusDone if self.focus.is_some() => self.with(|s| s.focus = None),
            Action::FocusDone => self,
            Action::Synced { revision, .. } if revision != self.revision => self,
            Action::Synced { library, outcome, synced, queue_done, fallback, at, .. } => {
                self.with(|s| s.synced(library, outcome, synced, queue_done, &fallback, &at))
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
                let catalogue = self.catalogue.clone();
                self.library_writes(|l| {
                    let ops = l.delete(&id).ok()?;
                    l.ensure_open(&catalogue, &fallback, &at);
                    Some(ops)
                })
            }
            Action::Undo(id) => self.library_writes(|l| l.undo(&id).ok()),
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

/// The steps of the longer actions, each one rule of the app over the domain.
impl AppState {
    /// An answer or the profile changed in the open assessment; answers count towards the
    /// reminder to download a backup.
    fn edit(self: Rc<Self>, edit: Edit, at: &str) -> Rc<Self> {
        let Some(id) = self.library.current_id().cloned() else { return self };
        let counts = !matches!(edit, Edit::SetText { .. } | Edit::SetProfile { .. } | Edit::SetName(_));
        self.library_op(
            |l| matches!(l.apply(&id, edit, at), Ok(true)),
            |s| {
                if counts {
                    s.edits_since_backup += 1;
                }
            },
        )
    }

    /// Another language chosen: the interface's if we have it, the content's in any case; saved.
    fn set_language(&mut self, code: String) {
        self.lang = Lang::from_code(&code).unwrap_or_default();
        self.content_lang = code;
        self.prefs.lang = Some(self.content_lang.clone());
        self.prefs_revision += 1;
    }

    /// Another catalogue in use. A language only the old catalogue had falls back to the interface
    /// language; a category view the new one lacks goes back to the overview.
    fn use_catalogue(&mut self, catalogue: Rc<Catalogue>, raw: Option<Rc<str>>, source: CatalogueSource) {
        if Lang::from_code(&self.content_lang).is_none() && !catalogue.languages.contains(&self.content_lang) {
            self.content_lang = self.lang.code().to_string();
        }
        self.catalogue = catalogue;
        self.catalogue_raw = raw;
        self.config = Rc::new(self.config.matched(&self.catalogue));
        if source != CatalogueSource::Site {
            self.catalogue_revision += 1;
        }
        self.catalogue_source = source;
        if let View::Category(c) = &self.view {
            if self.catalogue.category(c).is_none() {
                self.view = View::Overview;
            }
        }
    }

    /// A campaign in use (its file's text and its categories in scope), or none: only its
    /// categories are shown; a view it hides goes back to the overview.
    fn set_campaign(&mut self, campaign: Option<(Rc<str>, Vec<CategoryId>)>) {
        let (raw, scope) = campaign.unzip();
        self.campaign = raw;
        self.campaign_revision += 1;
        self.config =
            Rc::new(AppConfig { campaign_categories: scope, ..(*self.config).clone() }.matched(&self.catalogue));
        if self.campaign.is_none() && self.view == View::Campaign {
            self.view = View::Overview;
        }
        self.leave_hidden_category();
    }

    /// Opens the category of the first unanswered service after `after` and focuses it.
    fn next_unanswered(self: Rc<Self>, after: Option<&ServiceId>) -> Rc<Self> {
        let only = self.config.categories.as_deref();
        let current = self.current();
        let next = x1060_core::progress::next_unanswered(&self.catalogue, &current, after.map(|a| a.as_str()), only)
            .and_then(|id| self.catalogue.service(id))
            .map(|s| (s.id.clone(), s.category.clone()));
        let Some((id, category)) = next else { return self };
        self.with(|s| {
            s.view = View::Category(category);
            s.focus = Some(id);
        })
    }

    /// The save procedure finished on the library as it was now: take its library, keep what it
    /// did not reach for the next save, tell what other tabs changed.
    fn synced(
        &mut self,
        library: Library,
        outcome: SaveOutcome,
        synced: Vec<(AssessmentId, SyncOutcome)>,
        queue_done: usize,
        fallback: &AssessmentId,
        at: &str,
    ) {
        // The field typed in now, not the one when the save began.
        let typing = self.library.typing().cloned();
        self.library = library;
        self.library.set_typing(typing);
        // Only what was done leaves the lists: a failed write, and an assessment another tab
        // changed that the save did not reach, are tried again at the next save.
        self.queue.drain(..queue_done.min(self.queue.len()));
        self.external.retain(|id| !synced.iter().any(|(done, _)| done == id));
        for (id, o) in synced {
            let open = self.library.current_id() == Some(&id);
            match o {
                SyncOutcome::TookTheirs if open => self.info = Some(Info::UpdatedElsewhere),
                SyncOutcome::Merged { .. } if open => self.info = Some(Info::MergedElsewhere),
                SyncOutcome::Added => self.info = Some(Info::AddedElsewhere),
                _ => {}
            }
        }
        self.library.ensure_open(&self.catalogue, fallback, at);
        apply_outcome(self, outcome);
    }

    /// Runs `op` on a copy of the library; if it gives writes (a deletion, an undo), keeps the
    /// copy and queues them for the next save.
    fn library_writes(self: Rc<Self>, op: impl FnOnce(&mut Library) -> Option<Vec<StorageOp>>) -> Rc<Self> {
        let mut lib = self.library.clone();
        let Some(ops) = op(&mut lib) else { return self };
        self.with(|s| {
            s.library = lib;
            s.queue.extend(ops);
            s.changed();
        })
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
