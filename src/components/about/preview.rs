//! A catalogue file the user picked, before it is used: what it is, and what changes against the
//! catalogue in use (services added, removed, renamed, moved; languages).

use std::rc::Rc;

use x1060_core::catalogue::{self, Catalogue};
use yew::prelude::*;

use super::Loader;
use crate::components::focus::FocusRequest;
use crate::context::Ctx;
use crate::state::{Action, CatalogueSource};

/// The file `new` (named `name`, its text `raw`) against the catalogue in use, `current`, which
/// lists `languages`. "Use" sends it; "Cancel" puts the loader back.
pub(super) fn preview(
    ctx: &Ctx,
    loader: &UseStateHandle<Loader>,
    focus: &FocusRequest,
    languages: &[String],
    (new, raw, name): (&Rc<Catalogue>, &Rc<str>, &str),
) -> Html {
    let t = ctx.t();
    let current = &ctx.catalogue;
    let d = catalogue::diff(&Catalogue { languages: languages.to_vec(), ..(**current).clone() }, new);
    let npc = new.provenance_counts();
    let title = |c: &Catalogue, id: &str| {
        c.service(id).map(|s| format!("{id} {}", s.title.get_code(&ctx.content))).unwrap_or_else(|| id.to_string())
    };
    let list = |items: Vec<String>| html! { <ul class="x1060-compact">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> };
    let use_it = {
        let (ctx, loader, new, raw) = (ctx.clone(), loader.clone(), new.clone(), raw.clone());
        Callback::from(move |_| {
            ctx.send(Action::UseCatalogue {
                catalogue: new.clone(),
                raw: Some(raw.clone()),
                source: CatalogueSource::User,
            });
            loader.set(Loader::Loaded);
        })
    };
    let cancel = {
        let (loader, focus) = (loader.clone(), focus.clone());
        Callback::from(move |_| {
            focus.request(&["[data-file-pick=\"catalogue\"] input"]);
            loader.set(Loader::Idle)
        })
    };
    html! {
        <div class="x1060-preview" data-catalogue-preview="">
            <h4 tabindex="-1">{ (t.label_value)(t.catalogue_preview_heading, name) }</h4>
            <dl class="x1060-facts">
                <dt>{ t.catalogue_label }</dt><dd>{ format!("{} {}", new.id, new.version) }</dd>
                <dt>{ t.about_edition }</dt><dd>{ new.edition.clone() }</dd>
                <dt>{ t.col_total }</dt><dd>{ (t.catalogue_counts)(new.categories.len(), new.services.len(), npc.confirmed, npc.provisional) }</dd>
                <dt>{ t.catalogue_languages }</dt><dd>{ new.languages.join(", ") }</dd>
            </dl>
            <h5>{ t.catalogue_changes }</h5>
            if d.is_empty() {
                <p>{ t.catalogue_no_changes }</p>
            } else {
                <>
                    if !d.added.is_empty() {
                        <p>{ t.catalogue_added }</p>{ list(d.added.iter().map(|id| title(new, id)).collect()) }
                    }
                    if !d.removed.is_empty() {
                        <p>{ t.catalogue_removed }</p>{ list(d.removed.iter().map(|id| title(current, id)).collect()) }
                    }
                    if !d.renamed.is_empty() {
                        <p>{ t.catalogue_renamed }</p>{ list(d.renamed.iter().map(|(id, o, n)| (t.label_value)(id, &format!("{o} → {n}"))).collect()) }
                    }
                    if !d.moved.is_empty() {
                        <p>{ t.catalogue_moved }</p>{ list(d.moved.iter().map(|(id, o, n)| (t.label_value)(id, &format!("{o} → {n}"))).collect()) }
                    }
                    if !d.languages_added.is_empty() || !d.languages_removed.is_empty() {
                        <p>{ (t.label_value)(t.catalogue_languages, &format!("+{} −{}", d.languages_added.join(", "), d.languages_removed.join(", "))) }</p>
                    }
                </>
            }
            <div class="x1060-actions">
                <button type="button" class="x1060-button x1060-button-primary" onclick={use_it}>{ t.catalogue_use }</button>
                <button type="button" class="x1060-button x1060-button-quiet" onclick={cancel}>{ t.cancel_load }</button>
            </div>
        </div>
    }
}
