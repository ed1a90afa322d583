//! The root of one widget: owns the state, provides the context, and is the one save point.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::status::StatusStrip;
use super::{category::CategoryView, downloads::Downloads, header::Header, notices::Notices, overview::Overview};
use crate::boot::{first_visit_state, initial_state};
use crate::config::AppConfig;
use crate::context::Ctx;
use crate::parts::{self, Part, PartView, ViewArgs};
use crate::persist;
use crate::platform::{self, Store};
use crate::state::{Action, CatalogueSource, Notice, View};
use x1060_core::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<AppConfig>,
    /// Start as a first visit without reading storage: only for the first screen rendered at
    /// build time (`crate::first_screen`), never in a browser.
    #[prop_or_default]
    pub first_visit: bool,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let (config, first_visit) = (props.config.clone(), props.first_visit);
    let state = use_reducer(move || if first_visit { first_visit_state(config) } else { initial_state(config) });
    let root = use_node_ref();
    let main_ref = use_node_ref();

    // The one save point: after every change of the library (and when another tab wrote), the
    // save procedure syncs each changed assessment with storage and reports back.
    {
        let handle = state.clone();
        use_effect_with(state.revision, move |rev| {
            if *rev > 0 && handle.can_write {
                let store = Store::new(&handle.config.namespace);
                let now = platform::now_iso();
                let saved = persist::save(&store, &handle.library, &handle.queue, &handle.external, &now);
                handle.dispatch(Action::Synced {
                    revision: *rev,
                    library: saved.library,
                    outcome: saved.outcome,
                    synced: saved.synced,
                    queue_done: saved.queue_done,
                    fallback: persist::new_id(),
                    at: now,
                });
            }
        });
    }
    // Another tab wrote an assessment of this namespace: sync it (the storage event).
    {
        let handle = state.clone();
        use_effect_with((), move |_| {
            let prefix = format!("{}/{}", handle.config.namespace, x1060_core::library::keys::DOC_PREFIX);
            let dispatcher = handle.dispatcher();
            let listener = web_sys::window().map(|w| {
                platform::on_storage(&w, move |key: String| {
                    if let Some(id) = key.strip_prefix(&prefix) {
                        dispatcher.dispatch(Action::External(id.to_string()));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Ask the browser to keep this site's data (it may otherwise clear it after a while).
    {
        let handle = state.clone();
        use_effect_with(handle.can_write, move |can| {
            if *can {
                let dispatcher = handle.dispatcher();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(p) = platform::persist_storage().await {
                        dispatcher.dispatch(Action::Persisted(p));
                    }
                });
            }
        });
    }
    // Preferences (the language) are saved apart from the answers.
    {
        let handle = state.clone();
        use_effect_with(state.prefs_revision, move |rev| {
            if *rev > 0 && handle.can_write && handle.prefs_writable {
                // A failed write is reported like every other (issue 12, defect 5).
                if let Err(notice) = persist::save_prefs(&Store::new(&handle.config.namespace), &handle.prefs) {
                    handle.dispatch(Action::Notify(notice));
                }
            }
        });
    }
    // The catalogue the user chose is remembered; going back to the built-in one forgets it.
    {
        let handle = state.clone();
        use_effect_with(state.catalogue_revision, move |rev| {
            if *rev > 0 {
                let chosen = match (&handle.catalogue_source, &handle.catalogue_raw) {
                    (CatalogueSource::User, Some(raw)) => Some(&**raw),
                    _ => None,
                };
                let store = Store::new(&handle.config.namespace);
                if let Err(notice) = persist::save_catalogue_choice(&store, chosen, &platform::now_iso()) {
                    handle.dispatch(Action::Notify(notice));
                }
            }
        });
    }
    // A catalogue named by the host page, unless the user has loaded their own.
    {
        let handle = state.clone();
        use_effect_with((), move |_| {
            if let (Some(url), CatalogueSource::Builtin) =
                (handle.config.catalogue_url.clone(), handle.catalogue_source)
            {
                let dispatcher = handle.dispatcher();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = platform::fetch_same_origin_text(&url, x1060_core::catalogue::MAX_CATALOGUE_BYTES)
                        .await
                        .and_then(|text| x1060_core::catalogue::Catalogue::parse(&text).map_err(|e| e.to_string()));
                    match loaded {
                        Ok(c) => dispatcher.dispatch(Action::UseCatalogue {
                            catalogue: Rc::new(c),
                            raw: None,
                            source: CatalogueSource::Site,
                        }),
                        Err(detail) => dispatcher.dispatch(Action::Notify(Notice::CatalogueRemote { detail })),
                    }
                });
            }
        });
    }
    // The campaign: at start, the one named by the host page (same origin only), checked by the
    // campaign part; after every change, remembered (or forgotten) in storage. One effect for both
    // keeps the first download small.
    {
        let handle = state.clone();
        use_effect_with(state.campaign_revision, move |rev| {
            if *rev > 0 {
                if handle.can_write {
                    if let Err(notice) =
                        persist::save_campaign(&Store::new(&handle.config.namespace), handle.campaign.as_deref())
                    {
                        handle.dispatch(Action::Notify(notice));
                    }
                }
            } else if let Some(url) = handle.config.campaign_url.clone() {
                let dispatcher = handle.dispatcher();
                let catalogue = handle.catalogue.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = platform::fetch_same_origin_text(&url, x1060_core::campaign::file::MAX_BYTES).await;
                    let checked = match (text, parts::load_campaign_check().await) {
                        (Ok(text), Ok(check)) => check(&text, &catalogue).map(|scope| (text, scope)),
                        (Err(detail), _) => Err(detail),
                        (_, Err(parts::Unavailable)) => Err(String::new()),
                    };
                    dispatcher.dispatch(match checked {
                        Ok((text, scope)) => Action::UseCampaign { raw: Rc::from(text.as_str()), scope },
                        Err(detail) => Action::Notify(Notice::CampaignRemote { detail }),
                    });
                });
            }
        });
    }
    // The language shown: the one chosen once its strings are there (every language but English is
    // fetched when first chosen). Until then the previous one stays; at start, nothing is shown.
    let shown = use_state(|| parts::text(state.lang).map(|_| state.lang));
    let chosen = use_mut_ref(|| state.lang);
    *chosen.borrow_mut() = state.lang;
    {
        let shown = shown.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((state.lang, state.lang_attempt), move |(lang, _)| {
            let lang = *lang;
            if parts::text(lang).is_some() {
                shown.set(Some(lang));
            } else {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = parts::load_text(lang).await;
                    // The user may have chosen another language meanwhile: that one wins.
                    if *chosen.borrow() != lang {
                        return;
                    }
                    match loaded {
                        Ok(_) => {
                            // The catalogue's texts in the language came with it: shown together.
                            if parts::has_catalogue_texts(lang) {
                                dispatcher.dispatch(Action::BuiltinTexts(Rc::new(parts::builtin_catalogue())));
                            }
                            shown.set(Some(lang));
                        }
                        Err(parts::Unavailable) => {
                            if shown.is_none() {
                                shown.set(Some(Lang::En));
                            }
                            dispatcher.dispatch(Action::LanguageFailed);
                        }
                    }
                });
            }
        });
    }
    // The live app is on screen: the first screen rendered at build time goes, and a category
    // clicked on it meanwhile opens.
    {
        let (root, handle) = (root.clone(), state.clone());
        use_effect_with(shown.is_some(), move |live| {
            let clicked =
                root.cast::<web_sys::Element>().filter(|_| *live).and_then(|el| crate::embed::take_first_screen(&el));
            if let Some(id) =
                clicked.filter(|id| handle.config.shows_category(id) && handle.catalogue.category(id).is_some())
            {
                handle.dispatch(Action::Show(View::Category(id)));
            }
        });
    }
    // Once the first screen is there, fetch the other parts in idle time.
    use_effect_with((), |_| parts::prefetch_all());
    // Bring a service into view and move the focus to its heading after a jump.
    {
        let handle = state.clone();
        let root = root.clone();
        use_effect_with(state.focus.clone(), move |focus| {
            if let (Some(id), Some(el)) = (focus, root.cast::<web_sys::Element>()) {
                let sel = format!("[data-service-id=\"{id}\"] h3");
                if let Ok(Some(h)) = el.query_selector(&sel) {
                    h.scroll_into_view();
                    if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
                handle.dispatch(Action::FocusDone);
            }
        });
    }
    // After switching views (not on first load), move the focus to the new view's heading.
    {
        let root = root.clone();
        let focus_pending = state.focus.is_some();
        let mounted = use_mut_ref(|| false);
        use_effect_with(state.view.clone(), move |_| {
            let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
            if !first && !focus_pending {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    if let Ok(Some(h)) = el.query_selector(".x1060-view-heading") {
                        h.scroll_into_view();
                        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                            let _ = h.focus();
                        }
                    }
                }
            }
        });
    }

    let Some(lang) = *shown else {
        // A first screen in a language whose strings are being fetched: nothing to show yet.
        return html! { <div class="x1060" lang={state.lang.code()} dir={state.lang.dir()} aria-busy="true"></div> };
    };
    let ctx = Ctx {
        dispatch: state.dispatcher(),
        lang,
        // Until the chosen language's strings are there, everything stays in the language shown,
        // the catalogue's titles and the language menu too (choosing the language again retries).
        content: if lang == state.lang { Rc::from(state.content_lang.as_str()) } else { Rc::from(lang.code()) },
        catalogue: state.catalogue.clone(),
        config: state.config.clone(),
        root: root.clone(),
        read_only: state.library.is_read_only(),
    };
    let t = ctx.t();
    let current = Rc::new(state.current());
    let current_id = state.library.current_id().unwrap_or_default().to_string();
    let remind = state.can_write && state.edits_since_backup >= crate::state::BACKUP_REMINDER_EDITS;
    let part = |part: Part| {
        let args = ViewArgs {
            assessment: current.clone(),
            library: Rc::new(state.library.clone()),
            source: state.catalogue_source,
            can_write: state.can_write,
            campaign: state.campaign.clone(),
        };
        html! { <PartView {part} {args} /> }
    };
    let body = match &state.view {
        View::Overview => html! { <Overview assessment={current.clone()} /> },
        View::About => part(Part::About),
        View::Assessments => part(Part::Assessments),
        View::Results => part(Part::Results),
        View::Workbench => part(Part::Workbench),
        View::Editions => part(Part::Editions),
        View::Campaign => part(Part::Campaign),
        View::Category(id) => html! {
            <CategoryView category={AttrValue::from(id.clone())} assessment={current.clone()} />
        },
    };
    let main_id = ctx.id("main");
    // A skip link that works inside a shadow root too, where "#id" links do not reach.
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(m) = main_ref.cast::<web_sys::HtmlElement>() {
                let _ = m.focus();
                m.scroll_into_view();
            }
        })
    };
    let main_body = html! { <>{ body }</> };
    let main = if state.config.standalone {
        html! { <main id={main_id.clone()} class="x1060-main" tabindex="-1" ref={main_ref}>{ main_body }</main> }
    } else {
        // Embedded: no landmark of the page's own (the host has its main); the root is a named region.
        html! { <div id={main_id.clone()} class="x1060-main" tabindex="-1" ref={main_ref}>{ main_body }</div> }
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            // Standalone, the widget is the page: its header and footer are the page's banner and
            // contentinfo. Embedded, it is one named region, so they are not.
            <@{if state.config.standalone { "div" } else { "section" }} class="x1060" lang={lang.code()} dir={lang.dir()}
                aria-label={(!state.config.standalone).then_some(t.app_title)} ref={root}>
                // A button, not a "#id" link: such links cannot reach into a shadow root.
                <button type="button" class="x1060-skip" onclick={skip}>{ t.skip_link }</button>
                <Header save={state.save.clone()} view={state.view.clone()} lang_resync={state.lang_failures} campaign={state.campaign.is_some()} />
                <Notices notices={state.notices.clone()} />
                <StatusStrip id={AttrValue::from(current_id.clone())} name={AttrValue::from(current.name.clone())}
                    block={state.library.block(&current_id).cloned()} info={state.info.clone()}
                    backed_up={state.prefs.backed_up.get(&current_id).cloned().map(AttrValue::from)}
                    persisted={state.persisted} remind={remind} read_only={state.library.is_read_only()} />
                { main }
                <Downloads assessment={current.clone()} id={AttrValue::from(current_id.clone())} />
                <footer class="x1060-footer">
                    <p>{ t.intro_method }</p>
                    <p>
                        { format!("{} {} · {} {} · {} {}", t.catalogue_label, state.catalogue.version,
                            t.method_version_label, x1060_core::METHOD_VERSION,
                            t.app_version_label, x1060_core::APP_VERSION) }
                    </p>
                </footer>
            </@>
        </ContextProvider<Ctx>>
    }
}
