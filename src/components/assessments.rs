//! The list of assessments: open, create, rename, duplicate, delete with undo; open a file
//! (JSON data or HTML summary) as a new assessment or in place of the open one; compare two.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use x1060_core::compare;
use x1060_core::import::{self, Imported, SourceKind, MAX_IMPORT_BYTES};
use x1060_core::library::{keys, EntryState, Library, ListEntry, Slot, TrashReason};
use x1060_core::model::Assessment;
use x1060_core::report::compare_html;
use x1060_core::report::ReportContext;
use yew::prelude::*;

use super::compare_view::CompareView;
use super::filepick::{FilePick, PickError, Picked};
use crate::context::{use_ctx, Ctx};
use crate::persist;
use crate::platform::{self, Store};
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct AssessmentsProps {
    pub library: Rc<Library>,
    /// Storage can be written (not memory only): replacing by a file is offered only then.
    pub can_write: bool,
}

/// What the import panel shows.
#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Preview { file: String, imported: Rc<Imported> },
    Refused { file: String, detail: String },
}

/// An inline editor open on one row: renaming it, or naming its copy, or confirming deletion.
#[derive(Clone, PartialEq)]
enum RowEdit {
    None,
    Rename(String),
    Duplicate(String),
    ConfirmDelete(String),
}

fn display_name<'a>(ctx: &Ctx, name: &'a str) -> std::borrow::Cow<'a, str> {
    if name.trim().is_empty() {
        std::borrow::Cow::Borrowed(ctx.t().untitled)
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

#[function_component]
pub fn Assessments(props: &AssessmentsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let row_edit = use_state(|| RowEdit::None);
    let draft = use_state(String::new);
    let new_name = use_state(String::new);
    let import_state = use_state(|| ImportState::Idle);
    let entries: Vec<ListEntry> = props.library.list(&ctx.catalogue);
    let heading = ctx.id("assessments-heading");

    let send = |make: Rc<dyn Fn() -> Action>| {
        let ctx = ctx.clone();
        let row_edit = row_edit.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.send(make());
            row_edit.set(RowEdit::None);
        })
    };
    let on_draft = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| draft.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let start = |edit: RowEdit, initial: String| {
        let row_edit = row_edit.clone();
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            draft.set(initial.clone());
            row_edit.set(edit.clone());
        })
    };
    let cancel = {
        let row_edit = row_edit.clone();
        Callback::from(move |_: MouseEvent| row_edit.set(RowEdit::None))
    };

    let row = |e: &ListEntry| {
        let name = display_name(&ctx, &e.name).into_owned();
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
        let editing = (*row_edit).clone();
        let open = {
            let id = id.clone();
            send(Rc::new(move || Action::Open(id.clone())))
        };
        let kept_download = match &e.state {
            EntryState::Damaged { .. } | EntryState::Newer { .. } if props.library.unreadable_raw(&id).is_some() => {
                let raw = props.library.unreadable_raw(&id).unwrap_or_default().to_string();
                let file = keys::backup_file_name(match &e.state {
                    EntryState::Damaged { backup_key, .. } => backup_key,
                    _ => &id,
                });
                let ctx2 = ctx.clone();
                Some(Callback::from(move |_: MouseEvent| ctx2.download(&file, "application/json", &raw)))
            }
            _ => None,
        };
        let inline = match &editing {
            RowEdit::Rename(rid) if *rid == id => {
                let input_id = ctx.id(&format!("rename-{id}"));
                let save = {
                    let (ctx2, id, draft, row_edit) = (ctx.clone(), id.clone(), draft.clone(), row_edit.clone());
                    Callback::from(move |_: MouseEvent| {
                        ctx2.send(Action::Rename {
                            id: id.clone(),
                            name: (*draft).trim().to_string(),
                            at: platform::now_iso(),
                        });
                        row_edit.set(RowEdit::None);
                    })
                };
                html! {
                    <div class="x1060-inline-form">
                        <label for={input_id.clone()}>{ t.name_label }</label>
                        <input id={input_id} type="text" value={(*draft).clone()} oninput={on_draft.clone()} />
                        <button type="button" class="x1060-button x1060-button-primary" onclick={save}>{ t.action_save_name }</button>
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={cancel.clone()}>{ t.cancel }</button>
                    </div>
                }
            }
            RowEdit::Duplicate(rid) if *rid == id => {
                let input_id = ctx.id(&format!("copy-{id}"));
                let make = {
                    let (ctx2, id, draft, row_edit) = (ctx.clone(), id.clone(), draft.clone(), row_edit.clone());
                    Callback::from(move |_: MouseEvent| {
                        ctx2.send(Action::Duplicate {
                            source: id.clone(),
                            id: persist::new_id(),
                            name: (*draft).trim().to_string(),
                            at: platform::now_iso(),
                        });
                        row_edit.set(RowEdit::None);
                    })
                };
                html! {
                    <div class="x1060-inline-form">
                        <label for={input_id.clone()}>{ t.copy_name_label }</label>
                        <input id={input_id} type="text" value={(*draft).clone()} oninput={on_draft.clone()} />
                        <button type="button" class="x1060-button x1060-button-primary" onclick={make}>{ t.action_make_copy }</button>
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={cancel.clone()}>{ t.cancel }</button>
                    </div>
                }
            }
            RowEdit::ConfirmDelete(rid) if *rid == id => {
                let del = {
                    let id = id.clone();
                    send(Rc::new(move || Action::Delete {
                        id: id.clone(),
                        fallback: persist::new_id(),
                        at: platform::now_iso(),
                    }))
                };
                html! {
                    <div class="x1060-inline-form" role="group">
                        <p>{ (t.delete_confirm)(&name) }</p>
                        <button type="button" class="x1060-button x1060-button-danger" onclick={del}>{ t.action_delete }</button>
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={cancel.clone()}>{ t.cancel }</button>
                    </div>
                }
            }
            _ => html! {},
        };
        html! {
            <li class={classes!("x1060-assessment", e.current.then_some("x1060-assessment-current"))} data-assessment-id={id.clone()}>
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
                    if ready && !props.library.is_read_only() {
                        <button type="button" class="x1060-button" data-action="rename" onclick={start(RowEdit::Rename(id.clone()), e.name.clone())}>{ t.action_rename }</button>
                        <button type="button" class="x1060-button" data-action="duplicate" onclick={start(RowEdit::Duplicate(id.clone()), format!("{} (2)", name))}>{ t.action_duplicate }</button>
                    }
                    if let Some(dl) = kept_download {
                        <button type="button" class="x1060-button" onclick={dl} data-action="download-kept">{ t.download_kept }</button>
                    }
                    if !props.library.is_read_only() {
                        <button type="button" class="x1060-button x1060-button-quiet" data-action="delete" onclick={start(RowEdit::ConfirmDelete(id.clone()), String::new())}>{ t.action_delete }{ "…" }</button>
                    }
                </div>
                { inline }
            </li>
        }
    };

    // Trash: deletions of this page, undoable.
    let trash: Vec<(String, String)> = props
        .library
        .trash()
        .iter()
        .filter(|tr| matches!(tr.reason, TrashReason::Deleted | TrashReason::Replaced))
        .map(|tr| {
            let name = match &tr.slot {
                Slot::Ready(d) => d.assessment.name.clone(),
                _ => String::new(),
            };
            let name = display_name(&ctx, &name).into_owned();
            let label =
                if tr.reason == TrashReason::Replaced { (t.label_value)(&name, t.replaced_label) } else { name };
            (tr.id.clone(), label)
        })
        .collect();

    // New assessment.
    let new_id_attr = ctx.id("new-name");
    let on_new_name = {
        let new_name = new_name.clone();
        Callback::from(move |e: InputEvent| new_name.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let create = {
        let (ctx2, new_name) = (ctx.clone(), new_name.clone());
        Callback::from(move |_: MouseEvent| {
            ctx2.send(Action::Create {
                id: persist::new_id(),
                name: (*new_name).trim().to_string(),
                at: platform::now_iso(),
            });
            new_name.set(String::new());
        })
    };

    // Import.
    let on_file = {
        let import_state = import_state.clone();
        let errors = crate::parts::errors(ctx.lang);
        Callback::from(move |p: Picked| {
            import_state.set(match import::import(&p.bytes, &p.name) {
                Ok(imported) => ImportState::Preview { file: p.name, imported: Rc::new(imported) },
                Err(e) => ImportState::Refused { file: p.name, detail: e.message(errors) },
            })
        })
    };
    let on_error = {
        let import_state = import_state.clone();
        Callback::from(move |e: PickError| {
            import_state.set(ImportState::Refused { file: String::new(), detail: e.message(t) })
        })
    };
    let imported_assessment: Option<Rc<Assessment>> = match &*import_state {
        ImportState::Preview { imported, .. } => Some(Rc::new(imported.assessment.clone())),
        _ => None,
    };
    let import_view = match &*import_state {
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
                    (ctx.clone(), imported.clone(), import_state.clone(), props.library.clone());
                Callback::from(move |_: MouseEvent| {
                    let Some(id) = lib.current_id().map(str::to_string) else { return };
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
                        <dt>{ t.col_name }</dt><dd data-preview-name="">{ display_name(&ctx, &p.name).into_owned() }</dd>
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
                        if !props.library.is_read_only() && props.can_write {
                            <button type="button" class="x1060-button" onclick={replace} data-import="replace">{ t.import_replace }</button>
                        }
                    </div>
                    if props.can_write { <p class="x1060-hint">{ t.import_replace_help }</p> }
                </div>
            }
        }
    };

    html! {
        <section class="x1060-assessments" aria-labelledby={heading.clone()} data-view="assessments">
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ t.assessments_heading }</h2>
            <p>{ t.assessments_help }</p>
            <ul class="x1060-assessment-list">
                { for entries.iter().map(row) }
            </ul>
            if !trash.is_empty() {
                <section class="x1060-card x1060-trash" data-trash="">
                    <h3>{ t.deleted_heading }</h3>
                    <p class="x1060-hint">{ t.deleted_help }</p>
                    <ul class="x1060-compact">
                        { for trash.iter().map(|(id, name)| {
                            let undo = { let (ctx2, id) = (ctx.clone(), id.clone()); Callback::from(move |_: MouseEvent| ctx2.send(Action::Undo(id.clone()))) };
                            html! { <li data-trashed={id.clone()}>{ name.clone() }{ " " }
                                <button type="button" class="x1060-button" onclick={undo}>{ t.action_undo }</button></li> }
                        }) }
                    </ul>
                </section>
            }
            if !props.library.backups().is_empty() {
                <section class="x1060-card" data-backups="">
                    <h3>{ t.backups_heading }</h3>
                    <p class="x1060-hint">{ t.backups_help }</p>
                    <ul class="x1060-compact">
                        { for props.library.backups().iter().map(|key| {
                            let download = {
                                let (ctx2, key) = (ctx.clone(), key.clone());
                                Callback::from(move |_: MouseEvent| {
                                    let store = Store::new(&ctx2.config.namespace);
                                    match store.get(&key) {
                                        Ok(Some(text)) => ctx2.download(&keys::backup_file_name(&key), "application/json", &text),
                                        _ => ctx2.send(Action::Notify(Notice::DownloadFailed)),
                                    }
                                })
                            };
                            html! {
                                <li data-backup-key={key.clone()}>
                                    <code>{ key.clone() }</code>{ " " }
                                    <button type="button" class="x1060-button" onclick={download}>{ t.action_download }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !props.library.is_read_only() {
                <section class="x1060-card" data-new-assessment="">
                    <h3>{ t.new_assessment }</h3>
                    <div class="x1060-inline-form">
                        <label for={new_id_attr.clone()}>{ t.new_name_label }</label>
                        <input id={new_id_attr} type="text" value={(*new_name).clone()} oninput={on_new_name} />
                        <button type="button" class="x1060-button x1060-button-primary" onclick={create}>{ t.action_create }</button>
                    </div>
                </section>
            }
            <section class="x1060-card" data-import-panel="">
                <h3>{ t.import_heading }</h3>
                <p>{ t.import_help }</p>
                <FilePick name="import" label={t.import_pick} accept=".json,.html,.htm,application/json,text/html"
                    max_bytes={MAX_IMPORT_BYTES} {on_file} {on_error} />
                { import_view }
            </section>
            <CompareView library={props.library.clone()} imported={imported_assessment} />
        </section>
    }
}

/// The comparison report for download.
pub fn comparison_file(ctx: &Ctx, before: &Assessment, after: &Assessment) -> x1060_core::report::FileOut {
    let cmp = compare::compare(&ctx.catalogue, before, after);
    let generated = platform::local_datetime();
    let rc = ReportContext { catalogue: &ctx.catalogue, lang: ctx.lang, content: &ctx.content, generated: &generated };
    compare_html::comparison_file(&cmp, &rc, &platform::today())
}
