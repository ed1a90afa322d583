//! Opening a file (JSON data or HTML summary report) as a new assessment, or in place of the open
//! one: what the panel shows after a file was chosen (its preview, or why it was refused).

use std::rc::Rc;

use x1060_core::import::{self, Imported, SourceKind};
use x1060_core::library::Library;
use yew::prelude::*;

use super::display_name;
use crate::components::filepick::{PickError, Picked};
use crate::context::Ctx;
use crate::persist;
use crate::platform;
use crate::state::Action;

/// What the import panel shows.
#[derive(Clone, PartialEq)]
pub(super) enum ImportState {
    Idle,
    Preview { file: String, imported: Rc<Imported> },
    Refused { file: String, detail: String },
}

/// A file was read: its preview, or why it cannot be opened.
/// Why a file was refused is said in the interface's language (`ImportError::message`).
pub(super) fn on_file(ctx: &Ctx, state: &UseStateHandle<ImportState>) -> Callback<Picked> {
    let (state, errors) = (state.clone(), crate::parts::errors(ctx.lang));
    Callback::from(move |p: Picked| {
        state.set(match import::import(&p.bytes, &p.name) {
            Ok(imported) => ImportState::Preview { file: p.name, imported: Rc::new(imported) },
            Err(e) => ImportState::Refused { file: p.name, detail: e.message(errors) },
        })
    })
}

/// A file could not be read at all (too large, unreadable).
pub(super) fn on_error(ctx: &Ctx, state: &UseStateHandle<ImportState>) -> Callback<PickError> {
    let (state, t) = (state.clone(), ctx.t());
    Callback::from(move |e: PickError| state.set(ImportState::Refused { file: String::new(), detail: e.message(t) }))
}

/// The panel's state below the file picker. Replacing is offered only where a backup of the open
/// assessment can be made first (`can_write`).
pub(super) fn view(
    ctx: &Ctx,
    library: &Rc<Library>,
    can_write: bool,
    import_state: &UseStateHandle<ImportState>,
) -> Html {
    let t = ctx.t();
    match &**import_state {
        ImportState::Idle => html! {},
        ImportState::Refused { file, detail } => html! {
            <div class="x1060-notice" role="alert" data-import-refused="">
                <p><strong>{ t.import_refused }</strong></p>
                <p class="x1060-notice-detail">{ file.clone() }{ if file.is_empty() { "" } else { ": " } }{ detail.clone() }</p>
            </div>
        },
        ImportState::Preview { file, imported } => {
            let p = imported.preview(&ctx.catalogue);
            let open_new = {
                let (ctx2, imported, import_state) = (ctx.clone(), imported.clone(), import_state.clone());
                Callback::from(move |_: MouseEvent| {
                    ctx2.send(Action::AddImported {
                        id: persist::new_id(),
                        assessment: Box::new(imported.assessment.clone()),
                        at: platform::now_iso(),
                    });
                    import_state.set(ImportState::Idle);
                })
            };
            let replace = {
                let (ctx2, imported, import_state, lib) =
                    (ctx.clone(), imported.clone(), import_state.clone(), library.clone());
                Callback::from(move |_: MouseEvent| {
                    let Some(id) = lib.current_id().cloned() else { return };
                    let now = platform::now_iso();
                    // The open assessment is backed up first; without that backup nothing is replaced.
                    // Each reason it could not be backed up is said as it is (issue 12, defect 1).
                    if let Err(notice) = persist::back_up(&lib, &id, &ctx2.config.namespace, &now) {
                        ctx2.send(Action::Notify(notice));
                        return;
                    }
                    ctx2.send(Action::ReplaceWith { id, assessment: Box::new(imported.assessment.clone()), at: now });
                    import_state.set(ImportState::Idle);
                })
            };
            html! {
                <div class="x1060-preview" data-import-preview="">
                    <h4>{ (t.label_value)(t.import_preview_heading, file) }</h4>
                    <dl class="x1060-facts">
                        <dt>{ t.col_name }</dt><dd data-preview-name="">{ display_name(ctx, &p.name).into_owned() }</dd>
                        <dt>{ t.profile_organisation }</dt><dd>{ if p.organisation.is_empty() { "—".to_string() } else { p.organisation.clone() } }</dd>
                        <dt>{ t.col_last_change }</dt><dd>{ platform::local_datetime_of(&p.updated) }</dd>
                        <dt>{ t.report_progress }</dt><dd data-preview-progress="">{ (t.progress_overall)(p.progress.answered, p.progress.total) }</dd>
                        <dt>{ t.catalogue_label }</dt><dd>{ format!("{} {}", p.catalogue.id, p.catalogue.version) }</dd>
                        <dt>{ t.col_state }</dt><dd>{ match p.kind { SourceKind::HtmlSummary => t.import_kind_html, SourceKind::Json => t.import_kind_json } }</dd>
                    </dl>
                    if !p.orphans.is_empty() {
                        <p data-preview-orphans={p.orphans.join(",")}>{ (t.import_orphans)(p.orphans.len()) }{ " " }{ p.orphans.join(", ") }</p>
                    }
                    if p.migrated_from.is_some() { <p>{ t.import_migrated }</p> }
                    <div class="x1060-actions">
                        <button type="button" class="x1060-button x1060-button-primary" onclick={open_new} data-import="new">{ t.import_open_new }</button>
                        // Replacing needs a backup in storage first: never offered where it cannot be made.
                        if !library.is_read_only() && can_write {
                            <button type="button" class="x1060-button" onclick={replace} data-import="replace">{ t.import_replace }</button>
                        }
                    </div>
                    if can_write { <p class="x1060-hint">{ t.import_replace_help }</p> }
                </div>
            }
        }
    }
}
