//! What changed since the last round: the coordinator's agreement to match files without an
//! identifier by organisation name, then the change section made by
//! `x1060_core::cohort::changes_html` (the same as in the report; every text escaped there).

use x1060_core::cohort::changes_html;
use x1060_core::cohort::rounds::Changes;
use x1060_core::report::ReportContext;
use yew::prelude::*;

use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ChangesViewProps {
    pub changes: Changes,
    pub on_by_name: Callback<bool>,
}

#[function_component]
pub fn ChangesView(props: &ChangesViewProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let id = ctx.id("wb-by-name");
    let rc = ReportContext { catalogue: &ctx.catalogue, lang: ctx.lang, content: &ctx.content, generated: "" };
    // `checked` read through Reflect: a typed binding would add an import to the first download.
    let onchange = props.on_by_name.reform(|e: Event| {
        e.target()
            .and_then(|t| js_sys::Reflect::get(&t, &wasm_bindgen::JsValue::from_str("checked")).ok())
            .is_some_and(|v| v.as_bool() == Some(true))
    });
    html! {
        <div class="x1060-wb-changes" data-wb-changes="">
            { Html::from_html_unchecked(AttrValue::from(changes_html::head(&props.changes, &rc))) }
            <p>
                <input type="checkbox" id={id.clone()} checked={props.changes.name_matching} {onchange}
                    data-wb-by-name="" aria-describedby={format!("{id}-help")} />{ " " }
                <label for={id.clone()}>{ w.more.wb_match_by_name }</label>
            </p>
            <p id={format!("{id}-help")} class="x1060-hint">{ w.more.wb_match_by_name_help }</p>
            { Html::from_html_unchecked(AttrValue::from(changes_html::figures(&props.changes, &rc))) }
        </div>
    }
}
