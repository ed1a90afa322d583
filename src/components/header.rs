//! Title, language menu and the "saved" indicator.

use web_sys::HtmlSelectElement;
use x1060_core::i18n::Lang;
use yew::prelude::*;

use crate::context::use_ctx;
use crate::platform;
use crate::state::{Action, SaveStatus, View};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub save: SaveStatus,
    pub view: View,
    /// Changes each time a chosen language could not be fetched: the menu then goes back to the
    /// language shown, so that choosing it again is a change that retries.
    pub lang_resync: u32,
    /// A campaign is in use: its tab is shown.
    #[prop_or_default]
    pub campaign: bool,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let select = use_node_ref();
    {
        let (select, content) = (select.clone(), ctx.content.clone());
        use_effect_with(props.lang_resync, move |n| {
            if let (true, Some(s)) = (*n > 0, select.cast::<HtmlSelectElement>()) {
                s.set_value(&content);
            }
        });
    }
    let on_lang = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            ctx.send(Action::SetLanguage(sel.value()));
        })
    };
    // Interface languages, then languages only the catalogue has.
    let mut choices: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_string(), l.native_name().to_string())).collect();
    for code in &ctx.catalogue.languages {
        if Lang::from_code(code).is_none() {
            choices.push((code.clone(), code.clone()));
        }
    }
    let fallback = Lang::from_code(&ctx.content).is_none();
    let (status_class, status_text) = match &props.save {
        SaveStatus::Loaded => ("x1060-status x1060-status-ok", t.status_saved.to_string()),
        SaveStatus::Saved(at) => ("x1060-status x1060-status-ok", (t.status_saved_at)(&platform::local_time_of(at))),
        SaveStatus::MemoryOnly => ("x1060-status x1060-status-warn", t.status_memory_only.to_string()),
        SaveStatus::Failed => ("x1060-status x1060-status-warn", t.status_save_failed.to_string()),
    };
    let lang_id = ctx.id("lang");
    let go = |v: View| {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.send(Action::Show(v.clone())))
    };
    let current = |on: bool| if on { Some("page") } else { None };
    let on_checklist = matches!(props.view, View::Overview | View::Category(_));
    html! {
        <header class="x1060-header">
            <div class="x1060-header-text">
                <h1 class="x1060-title">{ t.app_title }</h1>
                <p class="x1060-tagline">{ t.app_tagline }</p>
            </div>
            <div class="x1060-header-tools">
                <div class="x1060-lang">
                    <label for={lang_id.clone()}>{ t.language_label }</label>
                    <select id={lang_id} onchange={on_lang} ref={select}>
                        { for choices.into_iter().map(|(code, name)| html! {
                            <option value={code.clone()} lang={code.clone()} selected={*code == *ctx.content}>{ name }</option>
                        }) }
                    </select>
                </div>
                if fallback {
                    <p class="x1060-hint x1060-fallback" data-ui-fallback="">{ (t.ui_fallback)(&ctx.content) }</p>
                }
                <p class={status_class} role="status" data-save-status="">{ status_text }</p>
            </div>
            <nav class="x1060-nav" aria-label={t.nav_label}>
                <button type="button" class="x1060-tab" aria-current={current(on_checklist)} onclick={go(View::Overview)} data-nav="checklist">{ t.nav_checklist }</button>
                <button type="button" class="x1060-tab" aria-current={current(props.view == View::Assessments)} onclick={go(View::Assessments)} data-nav="assessments">{ t.nav_assessments }</button>
                <button type="button" class="x1060-tab" aria-current={current(props.view == View::Results)} onclick={go(View::Results)} data-nav="results">{ t.nav_results }</button>
                if props.campaign {
                    <button type="button" class="x1060-tab" aria-current={current(props.view == View::Campaign)} onclick={go(View::Campaign)} data-nav="campaign">{ t.nav_campaign }</button>
                }
                <button type="button" class="x1060-tab" aria-current={current(props.view == View::About)} onclick={go(View::About)} data-nav="about">{ t.nav_about }</button>
                <button type="button" class="x1060-tab" aria-current={current(props.view == View::Workbench)} onclick={go(View::Workbench)} data-nav="workbench">{ t.nav_workbench }</button>
            </nav>
        </header>
    }
}
