//! The root of one widget: owns the state, provides the context and lays the widget out. What it
//! does besides (the save point, other tabs, the language, the focus…) is in [`effects`], one hook
//! per effect.

mod effects;

use std::rc::Rc;

use yew::prelude::*;

use super::status::StatusStrip;
use super::{category::CategoryView, downloads::Downloads, header::Header, notices::Notices, overview::Overview};
use crate::boot::{first_visit_state, initial_state};
use crate::config::AppConfig;
use crate::context::Ctx;
use crate::parts::{self, Part, PartView, ViewArgs};
use crate::state::View;

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

    effects::use_save_point(&state);
    effects::use_other_tabs(&state);
    effects::use_persisted_storage(&state);
    effects::use_prefs_saved(&state);
    effects::use_catalogue_choice_saved(&state);
    effects::use_site_catalogue(&state);
    effects::use_campaign(&state);
    let shown = effects::use_language_shown(&state);
    effects::use_first_screen_replaced(&state, &root, shown.is_some());
    // Once the first screen is there, fetch the other parts in idle time.
    use_effect_with((), |_| parts::prefetch_all());
    effects::use_focus_after_jump(&state, &root);
    effects::use_focus_after_view_change(&state, &root);

    let Some(lang) = shown else {
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
    let current_id = state.library.current_id().cloned().unwrap_or_default();
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
            <CategoryView category={id.clone()} assessment={current.clone()} />
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
                <StatusStrip id={current_id.clone()} name={AttrValue::from(current.name.clone())}
                    block={state.library.block(&current_id).cloned()} info={state.info.clone()}
                    backed_up={state.prefs.backed_up.get(&current_id).cloned().map(AttrValue::from)}
                    persisted={state.persisted} remind={remind} read_only={state.library.is_read_only()} />
                { main }
                <Downloads assessment={current.clone()} id={current_id.clone()} />
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
