//! The root of one widget: owns the state, provides the context, and is the one save point.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use x1060_core::save::{self, Prefs};
use yew::prelude::*;

use super::{about::About, category::CategoryView, results::Results, downloads::Downloads, header::Header, notices::Notices, overview::Overview};
use crate::boot::{initial_state, KEY_ASSESSMENT, KEY_CATALOGUE, KEY_PREFS};
use crate::config::AppConfig;
use crate::context::Ctx;
use crate::platform::{self, Store, StoreError};
use crate::state::{Action, CatalogueSource, Notice, SaveOutcome, View};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<AppConfig>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let state = use_reducer(move || initial_state(config));
    let root = use_node_ref();

    // The one save point for answers: runs after every change of the revision.
    {
        let handle = state.clone();
        use_effect_with(state.revision, move |rev| {
            if *rev > 0 && handle.can_write {
                let store = Store::new(&handle.config.namespace);
                let outcome = match store.set(KEY_ASSESSMENT, &save::encode(&handle.assessment, false)) {
                    Ok(()) => SaveOutcome::Saved { at: platform::now_iso() },
                    Err(StoreError::Quota) => SaveOutcome::Quota,
                    Err(StoreError::Unavailable) => SaveOutcome::Unavailable,
                };
                handle.dispatch(Action::Saved(outcome));
            }
        });
    }
    // Preferences (the language) are saved apart from the answers.
    {
        let handle = state.clone();
        use_effect_with(state.prefs_revision, move |rev| {
            if *rev > 0 {
                let prefs = Prefs { lang: Some(handle.content_lang.clone()) };
                let _ = Store::new(&handle.config.namespace).set(KEY_PREFS, &prefs.encode());
            }
        });
    }
    // The catalogue the user chose is remembered; going back to the built-in one forgets it.
    {
        let handle = state.clone();
        use_effect_with(state.catalogue_revision, move |rev| {
            if *rev > 0 {
                let store = Store::new(&handle.config.namespace);
                let result = match (&handle.catalogue_source, &handle.catalogue_raw) {
                    (CatalogueSource::User, Some(raw)) => store.set(KEY_CATALOGUE, raw),
                    _ => store.remove(KEY_CATALOGUE),
                };
                if result == Err(StoreError::Quota) {
                    handle.dispatch(Action::Notify(Notice::QuotaExceeded));
                }
            }
        });
    }
    // A catalogue named by the host page, unless the user has loaded their own.
    {
        let handle = state.clone();
        use_effect_with((), move |_| {
            if let (Some(url), CatalogueSource::Builtin) = (handle.config.catalogue_url.clone(), handle.catalogue_source) {
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

    let ctx = Ctx {
        dispatch: state.dispatcher(),
        lang: state.lang,
        content: Rc::from(state.content_lang.as_str()),
        catalogue: state.catalogue.clone(),
        config: state.config.clone(),
        root: root.clone(),
    };
    let t = ctx.t();
    let body = match &state.view {
        View::Overview => html! { <Overview assessment={Rc::new(state.assessment.clone())} /> },
        View::About => html! { <About source={state.catalogue_source} /> },
        View::Results => html! { <Results assessment={Rc::new(state.assessment.clone())} /> },
        View::Category(id) => html! {
            <CategoryView category={AttrValue::from(id.clone())} assessment={Rc::new(state.assessment.clone())} />
        },
    };
    let main_id = ctx.id("main");
    let main_ref = use_node_ref();
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
        html! { <section id={main_id.clone()} class="x1060-main" tabindex="-1" aria-label={t.app_title} ref={main_ref}>{ main_body }</section> }
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class="x1060" lang={state.lang.code()} dir={state.lang.dir()} ref={root}>
                <a class="x1060-skip" href={format!("#{main_id}")} onclick={skip}>{ t.skip_link }</a>
                <Header save={state.save.clone()} view={state.view.clone()} />
                <Notices notices={state.notices.clone()} />
                { main }
                <Downloads assessment={Rc::new(state.assessment.clone())} />
                <footer class="x1060-footer">
                    <p>{ t.intro_method }</p>
                    <p>
                        { format!("{} {} · {} {} · {} {}", t.catalogue_label, state.catalogue.version,
                            t.method_version_label, x1060_core::METHOD_VERSION,
                            t.app_version_label, x1060_core::APP_VERSION) }
                    </p>
                </footer>
            </div>
        </ContextProvider<Ctx>>
    }
}
