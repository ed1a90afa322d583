//! Title, language menu and the "saved" indicator.

use web_sys::HtmlSelectElement;
use x1060_core::i18n::Lang;
use yew::prelude::*;

use crate::context::use_ctx;
use crate::platform;
use crate::state::{Action, SaveStatus};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub save: SaveStatus,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let on_lang = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Lang::from_code(&sel.value()) {
                ctx.send(Action::SetLang(l));
            }
        })
    };
    let (status_class, status_text) = match &props.save {
        SaveStatus::Loaded => ("x1060-status x1060-status-ok", t.status_saved.to_string()),
        SaveStatus::Saved(at) => ("x1060-status x1060-status-ok", (t.status_saved_at)(&platform::local_time_of(at))),
        SaveStatus::MemoryOnly => ("x1060-status x1060-status-warn", t.status_memory_only.to_string()),
        SaveStatus::Failed => ("x1060-status x1060-status-warn", t.status_save_failed.to_string()),
    };
    let lang_id = ctx.id("lang");
    html! {
        <header class="x1060-header">
            <div class="x1060-header-text">
                <h1 class="x1060-title">{ t.app_title }</h1>
                <p class="x1060-tagline">{ t.app_tagline }</p>
            </div>
            <div class="x1060-header-tools">
                <div class="x1060-lang">
                    <label for={lang_id.clone()}>{ t.language_label }</label>
                    <select id={lang_id} onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} lang={l.code()} selected={*l == ctx.lang}>{ l.native_name() }</option>
                        }) }
                    </select>
                </div>
                <p class={status_class} role="status" data-save-status="">{ status_text }</p>
            </div>
        </header>
    }
}
