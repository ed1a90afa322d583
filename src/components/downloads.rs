//! The files a user takes away, made in the browser.

use std::rc::Rc;

use x1060_core::model::Assessment;
use x1060_core::report::{self, FileOut, ReportContext};
use yew::prelude::*;

use crate::context::use_ctx;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub assessment: Rc<Assessment>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Json,
    Html,
}

#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let make = |kind: Kind| {
        let ctx = ctx.clone();
        let a = props.assessment.clone();
        Callback::from(move |_| {
            let date = platform::today();
            let generated = platform::local_datetime();
            let file: FileOut = match kind {
                Kind::Json => report::json_file(&a, &date),
                Kind::Html => report::html_file(
                    &a,
                    &ReportContext { catalogue: &ctx.catalogue, lang: ctx.lang, generated: &generated },
                    &date,
                ),
            };
            ctx.download(&file.name, file.mime, &file.text);
        })
    };
    let heading = ctx.id("downloads-heading");
    html! {
        <section class="x1060-card x1060-downloads" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ t.downloads_heading }</h2>
            <p class="x1060-hint">{ t.downloads_intro }</p>
            <ul class="x1060-download-list">
                <li>
                    <button type="button" class="x1060-button x1060-button-primary" data-download="html" onclick={make(Kind::Html)}>{ t.download_html }</button>
                    <span class="x1060-hint">{ t.download_html_help }</span>
                </li>
                <li>
                    <button type="button" class="x1060-button" data-download="json" onclick={make(Kind::Json)}>{ t.download_json }</button>
                    <span class="x1060-hint">{ t.download_json_help }</span>
                </li>
            </ul>
        </section>
    }
}
