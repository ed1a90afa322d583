//! One assessment of the list: its facts, its buttons, and the one inline editor open on it
//! (renaming it, naming its copy, or confirming its deletion). One editor is open at a time in the
//! whole list, so its state belongs to the list (`Rows`).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use x1060_core::ids::AssessmentId;
use x1060_core::library::{keys, EntryState, Library, ListEntry};
use yew::prelude::*;

use super::display_name;
use crate::context::Ctx;
use crate::persist;
use crate::platform;
use crate::state::Action;

/// An inline editor open on one row: renaming it, or naming its copy, or confirming deletion.
#[derive(Clone, PartialEq)]
pub(super) enum RowEdit {
    None,
    Rename(AssessmentId),
    Duplicate(AssessmentId),
    ConfirmDelete(AssessmentId),
}

/// What every row needs: the app, the library, and the list's one inline editor with its text.
pub(super) struct Rows<'a> {
    pub ctx: &'a Ctx,
    pub library: &'a Rc<Library>,
    pub edit: &'a UseStateHandle<RowEdit>,
    pub draft: &'a UseStateHandle<String>,
}

impl Rows<'_> {
    /// Sends the action `make` gives, and closes the editor.
    fn send(&self, make: impl Fn() -> Action + 'static) -> Callback<MouseEvent> {
        let (ctx, edit) = (self.ctx.clone(), self.edit.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.send(make());
            edit.set(RowEdit::None);
        })
    }

    /// Opens `edit` with `initial` as its text.
    fn start(&self, edit: RowEdit, initial: String) -> Callback<MouseEvent> {
        let (row_edit, draft) = (self.edit.clone(), self.draft.clone());
        Callback::from(move |_: MouseEvent| {
            draft.set(initial.clone());
            row_edit.set(edit.clone());
        })
    }

    fn cancel(&self) -> Callback<MouseEvent> {
        let edit = self.edit.clone();
        Callback::from(move |_: MouseEvent| edit.set(RowEdit::None))
    }

    /// The editor's text field and its two buttons: `label`, then `ok` sending `make(text)`.
    fn name_form(
        &self,
        input_id: String,
        label: &'static str,
        ok: &'static str,
        make: impl Fn(String) -> Action + 'static,
    ) -> Html {
        let on_draft = {
            let draft = self.draft.clone();
            Callback::from(move |e: InputEvent| draft.set(e.target_unchecked_into::<HtmlInputElement>().value()))
        };
        let save = {
            let draft = self.draft.clone();
            self.send(move || make((*draft).trim().to_string()))
        };
        html! {
            <div class="x1060-inline-form">
                <label for={input_id.clone()}>{ label }</label>
                <input id={input_id} type="text" value={(**self.draft).clone()} oninput={on_draft} />
                <button type="button" class="x1060-button x1060-button-primary" onclick={save}>{ ok }</button>
                <button type="button" class="x1060-button x1060-button-quiet" onclick={self.cancel()}>{ self.ctx.t().cancel }</button>
            </div>
        }
    }

    /// The inline editor of row `id`, if it is the one open.
    fn inline(&self, id: &AssessmentId, name: &str) -> Html {
        let t = self.ctx.t();
        match &**self.edit {
            RowEdit::Rename(rid) if rid == id => {
                let id = id.clone();
                self.name_form(self.ctx.id(&format!("rename-{id}")), t.name_label, t.action_save_name, move |name| {
                    Action::Rename { id: id.clone(), name, at: platform::now_iso() }
                })
            }
            RowEdit::Duplicate(rid) if rid == id => {
                let source = id.clone();
                self.name_form(self.ctx.id(&format!("copy-{id}")), t.copy_name_label, t.action_make_copy, move |name| {
                    Action::Duplicate { source: source.clone(), id: persist::new_id(), name, at: platform::now_iso() }
                })
            }
            RowEdit::ConfirmDelete(rid) if rid == id => {
                let id = id.clone();
                let del = self.send(move || Action::Delete {
                    id: id.clone(),
                    fallback: persist::new_id(),
                    at: platform::now_iso(),
                });
                html! {
                    <div class="x1060-inline-form" role="group">
                        <p>{ (t.delete_confirm)(name) }</p>
                        <button type="button" class="x1060-button x1060-button-danger" onclick={del}>{ t.action_delete }</button>
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={self.cancel()}>{ t.cancel }</button>
                    </div>
                }
            }
            _ => html! {},
        }
    }

    /// Downloads what storage kept of an assessment this app cannot read (damaged, or newer).
    fn kept_download(&self, e: &ListEntry) -> Option<Callback<MouseEvent>> {
        let raw = self.library.unreadable_raw(&e.id)?.to_string();
        let file = keys::backup_file_name(match &e.state {
            EntryState::Damaged { backup_key, .. } => backup_key,
            EntryState::Newer { .. } => &e.id,
            EntryState::Ready { .. } => return None,
        });
        let ctx = self.ctx.clone();
        Some(Callback::from(move |_: MouseEvent| ctx.download(&file, "application/json", &raw)))
    }

    /// The row of assessment `e`.
    pub fn row(&self, e: &ListEntry) -> Html {
        let (ctx, t) = (self.ctx, self.ctx.t());
        let name = display_name(ctx, &e.name).into_owned();
        let state_text = match &e.state {
            EntryState::Ready { blocked: true, .. } => t.state_blocked,
            EntryState::Ready { unsaved: true, .. } => t.state_unsaved,
            EntryState::Ready { .. } => t.state_saved,
            EntryState::Newer { .. } => t.state_newer,
            EntryState::Damaged { .. } => t.state_damaged,
        };
        let ready = matches!(e.state, EntryState::Ready { .. });
        let progress = e.progress.map(|p| (t.progress_category)(p.answered, p.total)).unwrap_or_else(|| "—".into());
        let id = e.id.clone();
        let open = {
            let id = id.clone();
            self.send(move || Action::Open(id.clone()))
        };
        let writable = !self.library.is_read_only();
        html! {
            <li class={classes!("x1060-assessment", e.current.then_some("x1060-assessment-current"))} data-assessment-id={id.to_string()}>
                <div class="x1060-assessment-head">
                    <h3 class="x1060-assessment-name">{ name.clone() }</h3>
                    if e.current { <span class="x1060-badge x1060-badge-done">{ t.open_now }</span> }
                </div>
                <dl class="x1060-facts x1060-facts-row">
                    <dt>{ t.profile_date }</dt><dd>{ if e.date.is_empty() { "—".to_string() } else { e.date.clone() } }</dd>
                    <dt>{ t.report_progress }</dt><dd data-assessment-progress="">{ progress }</dd>
                    <dt>{ t.col_last_change }</dt><dd>{ platform::local_datetime_of(&e.updated) }</dd>
                    <dt>{ t.col_state }</dt><dd data-assessment-state="">{ state_text }</dd>
                </dl>
                <div class="x1060-actions">
                    if ready && !e.current {
                        <button type="button" class="x1060-button x1060-button-primary" onclick={open} data-action="open">{ t.action_open }</button>
                    }
                    if ready && writable {
                        <button type="button" class="x1060-button" data-action="rename" onclick={self.start(RowEdit::Rename(id.clone()), e.name.clone())}>{ t.action_rename }</button>
                        <button type="button" class="x1060-button" data-action="duplicate" onclick={self.start(RowEdit::Duplicate(id.clone()), format!("{} (2)", name))}>{ t.action_duplicate }</button>
                    }
                    if let Some(dl) = self.kept_download(e) {
                        <button type="button" class="x1060-button" onclick={dl} data-action="download-kept">{ t.download_kept }</button>
                    }
                    if writable {
                        <button type="button" class="x1060-button x1060-button-quiet" data-action="delete" onclick={self.start(RowEdit::ConfirmDelete(id.clone()), String::new())}>{ t.action_delete }{ "…" }</button>
                    }
                </div>
                { self.inline(&id, &name) }
            </li>
        }
    }
}
