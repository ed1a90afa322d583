//! About: the edition, how well the catalogue is known, the method, the versions, and loading,
//! exporting or restoring a catalogue file. A picked file's preview is in `preview`.

mod preview;

use std::rc::Rc;

use x1060_core::catalogue::{self, Catalogue, MAX_CATALOGUE_BYTES};
use yew::prelude::*;

use super::filepick::{FilePick, PickError, Picked};
use super::focus::{focus_in, use_focus_request};
use crate::context::use_ctx;
use crate::state::{Action, CatalogueSource};

/// What the loader shows: nothing, a file ready to use, or why a file was refused.
#[derive(Clone, PartialEq)]
enum Loader {
    Idle,
    Preview { catalogue: Rc<Catalogue>, raw: Rc<str>, name: String },
    Refused { name: String, detail: String },
    Loaded,
}

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub source: CatalogueSource,
}

#[function_component]
pub fn About(props: &AboutProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let loader = use_state(|| Loader::Idle);
    let focus = use_focus_request(ctx.root.clone());
    // A preview or a confirmation replaces what the user just used: the focus follows it.
    {
        let root = ctx.root.clone();
        let target = match &*loader {
            Loader::Preview { .. } => Some("[data-catalogue-preview] h4"),
            Loader::Loaded => Some("[data-catalogue-loaded]"),
            Loader::Idle | Loader::Refused { .. } => None,
        };
        use_effect_with(target, move |target| {
            if let Some(selector) = target {
                focus_in(&root, selector);
            }
        });
    }
    let t = ctx.t();
    let cat = ctx.catalogue.clone();
    let pc = cat.provenance_counts();
    // The built-in catalogue has every language, though only those used so far are loaded: what
    // it lists and what a file is compared with.
    let languages: Vec<String> = match props.source {
        CatalogueSource::Builtin => catalogue::BUILTIN_LANGUAGES.map(String::from).to_vec(),
        _ => cat.languages.clone(),
    };

    let on_file = {
        let loader = loader.clone();
        let errors = crate::parts::errors(ctx.lang);
        Callback::from(move |p: Picked| {
            // From the bytes: a byte order mark is read, UTF-16 is named (issue 13).
            loader.set(match (Catalogue::parse_bytes(&p.bytes), p.text()) {
                (Ok(c), Some(text)) => {
                    Loader::Preview { catalogue: Rc::new(c), raw: Rc::from(text), name: p.name.clone() }
                }
                (Err(e), _) => Loader::Refused { name: p.name.clone(), detail: e.message(errors) },
                (Ok(_), None) => Loader::Refused { name: p.name.clone(), detail: t.file_unreadable.to_string() },
            })
        })
    };
    let on_error = {
        let loader = loader.clone();
        Callback::from(move |e: PickError| loader.set(Loader::Refused { name: String::new(), detail: e.message(t) }))
    };
    let export = {
        let ctx = ctx.clone();
        let builtin = props.source == CatalogueSource::Builtin;
        Callback::from(move |_| {
            let name = format!("x1060-catalogue-{}-{}.json", ctx.catalogue.id, ctx.catalogue.version);
            if !builtin {
                ctx.download(&name, "application/json", &ctx.catalogue.to_json());
                return;
            }
            // The built-in catalogue with every language's texts, fetched with their parts.
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::parts::builtin_catalogue_complete().await {
                    Ok(all) => ctx.download(&name, "application/json", &all.to_json()),
                    Err(crate::parts::Unavailable) => ctx.send(Action::Notify(crate::state::Notice::DownloadFailed)),
                }
            });
        })
    };
    let restore = {
        let ctx = ctx.clone();
        let loader = loader.clone();
        let focus = focus.clone();
        Callback::from(move |_| {
            focus.request(&["[data-catalogue-export]"]);
            ctx.send(Action::UseCatalogue {
                catalogue: Rc::new(crate::parts::builtin_catalogue()),
                raw: None,
                source: CatalogueSource::Builtin,
            });
            loader.set(Loader::Idle);
        })
    };
    let source = match props.source {
        CatalogueSource::Builtin => t.catalogue_builtin,
        CatalogueSource::User => t.catalogue_from_user,
        CatalogueSource::Site => t.catalogue_from_site,
    };

    let loader_view = match &*loader {
        Loader::Idle => html! {},
        // Shown in the live region below.
        Loader::Loaded => html! {},
        Loader::Refused { name, detail } => html! {
            <div class="x1060-notice" role="alert" data-catalogue-refused="">
                <p><strong>{ t.catalogue_refused }</strong></p>
                <p class="x1060-notice-detail">{ name.clone() }{ if name.is_empty() { "" } else { ": " } }{ detail.clone() }</p>
            </div>
        },
        Loader::Preview { catalogue: new, raw, name } => {
            preview::preview(&ctx, &loader, &focus, &languages, (new, raw, name))
        }
    };
    let heading = ctx.id("about-heading");
    html! {
        <section class="x1060-card x1060-about" aria-labelledby={heading.clone()} data-view="about">
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ t.about_heading }</h2>
            <p>{ t.intro_what }</p>
            <p>{ (t.about_method)(x1060_core::METHOD_VERSION) }</p>
            <p class="x1060-privacy">{ t.about_privacy }</p>
            <dl class="x1060-facts" data-about-facts="">
                <dt>{ t.catalogue_label }</dt><dd data-catalogue-id={cat.id.clone()}>{ format!("{} {}", cat.id, cat.version) }</dd>
                <dt>{ t.about_source }</dt><dd data-catalogue-source="">{ source }</dd>
                <dt>{ t.about_edition }</dt><dd>{ cat.edition.clone() }</dd>
                <dt>{ t.about_provenance }</dt>
                <dd data-provenance={format!("{}/{}/{}", pc.confirmed, pc.provisional, pc.missing)}>{ (t.provenance_summary)(pc.confirmed, pc.provisional, pc.missing) }</dd>
                <dt>{ t.catalogue_languages }</dt><dd>{ languages.join(", ") }</dd>
                <dt>{ t.method_version_label }</dt><dd>{ x1060_core::METHOD_VERSION }</dd>
                <dt>{ t.app_version_label }</dt><dd>{ x1060_core::APP_VERSION }</dd>
            </dl>
            <p class="x1060-hint">{ cat.source.get_code(&ctx.content) }</p>
            <h3>{ t.catalogue_load_heading }</h3>
            <p>{ t.catalogue_load_help }</p>
            <FilePick name="catalogue" label={t.catalogue_pick} accept=".json,application/json" max_bytes={MAX_CATALOGUE_BYTES} {on_file} {on_error} />
            { loader_view }
            // A live region that is always there, so that the confirmation is announced.
            <div role="status">
                if *loader == Loader::Loaded {
                    <p class="x1060-ok" tabindex="-1" data-catalogue-loaded="">{ t.catalogue_loaded }</p>
                }
            </div>
            <div class="x1060-actions">
                <button type="button" class="x1060-button" onclick={export} data-catalogue-export="">{ t.catalogue_export }</button>
                if props.source != CatalogueSource::Builtin {
                    <button type="button" class="x1060-button x1060-button-quiet" onclick={restore} data-catalogue-restore="">{ t.catalogue_restore }</button>
                }
            </div>
            <h3>{ x1060_core::campaign::text::text(ctx.lang).cp_load_heading }</h3>
            <p>{ x1060_core::campaign::text::text(ctx.lang).cp_load_help }</p>
            <super::campaign::CampaignLoad />
        </section>
    }
}
