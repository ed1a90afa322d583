//! What the root of a widget does besides laying it out: one hook per effect, each saying when
//! it runs. Every write goes through `crate::persist`; every decision is the reducer's
//! (`crate::state`) or the domain's.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::parts;
use crate::persist;
use crate::platform::{self, Store};
use crate::state::{Action, AppState, CatalogueSource, Notice, View};
use x1060_core::i18n::Lang;

/// The one save point: after every change of the library (and when another tab wrote), the
/// save procedure syncs each changed assessment with storage and reports back.
#[hook]
pub fn use_save_point(state: &UseReducerHandle<AppState>) {
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

/// Another tab wrote an assessment of this namespace: sync it (the storage event).
#[hook]
pub fn use_other_tabs(state: &UseReducerHandle<AppState>) {
    let handle = state.clone();
    use_effect_with((), move |_| {
        let prefix = format!("{}/{}", handle.config.namespace, x1060_core::library::keys::DOC_PREFIX);
        let dispatcher = handle.dispatcher();
        let listener = web_sys::window().map(|w| {
            platform::on_storage(&w, move |key: String| {
                if let Some(id) = key.strip_prefix(&prefix) {
                    dispatcher.dispatch(Action::External(id.into()));
                }
            })
        });
        move || drop(listener)
    });
}

/// Ask the browser to keep this site's data (it may otherwise clear it after a while).
#[hook]
pub fn use_persisted_storage(state: &UseReducerHandle<AppState>) {
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

/// Preferences (the language) are saved apart from the answers.
#[hook]
pub fn use_prefs_saved(state: &UseReducerHandle<AppState>) {
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

/// The catalogue the user chose is remembered; going back to the built-in one forgets it.
#[hook]
pub fn use_catalogue_choice_saved(state: &UseReducerHandle<AppState>) {
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

/// A catalogue named by the host page, unless the user has loaded their own.
#[hook]
pub fn use_site_catalogue(state: &UseReducerHandle<AppState>) {
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

/// The campaign: at start, the one named by the host page (same origin only), checked by the
/// campaign part; after every change, remembered (or forgotten) in storage. One effect for both
/// keeps the first download small.
#[hook]
pub fn use_campaign(state: &UseReducerHandle<AppState>) {
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

/// The language shown: the one chosen once its strings are there (every language but English is
/// fetched when first chosen). Until then the previous one stays; at start, nothing is shown.
#[hook]
pub fn use_language_shown(state: &UseReducerHandle<AppState>) -> Option<Lang> {
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
    *shown
}

/// The live app is on screen: the first screen rendered at build time goes, and a category
/// clicked on it meanwhile opens.
#[hook]
pub fn use_first_screen_replaced(state: &UseReducerHandle<AppState>, root: &NodeRef, live: bool) {
    let (root, handle) = (root.clone(), state.clone());
    use_effect_with(live, move |live| {
        let clicked =
            root.cast::<web_sys::Element>().filter(|_| *live).and_then(|el| crate::embed::take_first_screen(&el));
        let known = clicked.and_then(|id| handle.catalogue.category(&id).map(|c| c.id.clone()));
        if let Some(id) = known.filter(|id| handle.config.shows_category(id)) {
            handle.dispatch(Action::Show(View::Category(id)));
        }
    });
}

/// Bring a service into view and move the focus to its heading after a jump.
#[hook]
pub fn use_focus_after_jump(state: &UseReducerHandle<AppState>, root: &NodeRef) {
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

/// After switching views (not on first load), move the focus to the new view's heading.
#[hook]
pub fn use_focus_after_view_change(state: &UseReducerHandle<AppState>, root: &NodeRef) {
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
