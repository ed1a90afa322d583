//! What the list keeps besides the assessments: the deletions of this page (undoable until it is
//! closed), the backups kept in this browser, and the form that starts a new assessment.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use x1060_core::ids::AssessmentId;
use x1060_core::library::{keys, Library, Slot, TrashReason};
use yew::prelude::*;

use super::display_name;
use crate::context::use_ctx;
use crate::persist;
use crate::platform::{self, Store};
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub(super) struct LibraryProps {
    pub library: Rc<Library>,
}

/// Deletions and replacements of this page, each with its undo button.
#[function_component]
pub(super) fn Trash(props: &LibraryProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let trash: Vec<(AssessmentId, String)> = props
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
    if trash.is_empty() {
        return html! {};
    }
    html! {
        <section class="x1060-card x1060-trash" data-trash="">
            <h3>{ t.deleted_heading }</h3>
            <p class="x1060-hint">{ t.deleted_help }</p>
            <ul class="x1060-compact">
                { for trash.into_iter().map(|(id, name)| {
                    let undo = { let (ctx2, id) = (ctx.clone(), id.clone()); Callback::from(move |_: MouseEvent| ctx2.send(Action::Undo(id.clone()))) };
                    html! { <li data-trashed={id.to_string()}>{ name }{ " " }
                        <button type="button" class="x1060-button" onclick={undo}>{ t.action_undo }</button></li> }
                }) }
            </ul>
        </section>
    }
}

/// The backups kept in this browser (before a replace, of damaged data), each downloadable.
#[function_component]
pub(super) fn Backups(props: &LibraryProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    if props.library.backups().is_empty() {
        return html! {};
    }
    html! {
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
}

/// A name, and a button that creates an empty assessment with it and opens it.
#[function_component]
pub(super) fn NewAssessment() -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let new_name = use_state(String::new);
    let input_id = ctx.id("new-name");
    let on_input = {
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
    html! {
        <section class="x1060-card" data-new-assessment="">
            <h3>{ t.new_assessment }</h3>
            <div class="x1060-inline-form">
                <label for={input_id.clone()}>{ t.new_name_label }</label>
                <input id={input_id} type="text" value={(*new_name).clone()} oninput={on_input} />
                <button type="button" class="x1060-button x1060-button-primary" onclick={create}>{ t.action_create }</button>
            </div>
        </section>
    }
}
