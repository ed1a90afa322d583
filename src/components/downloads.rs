//! The files a user takes away, made in the browser: summary report (HTML), assessment data
//! (JSON) and spreadsheet (CSV), each optionally without identifying details.

use std::rc::Rc;

use x1060_core::model::Assessment;
use x1060_core::report::{Detail, FileKind, ReportContext};
use yew::prelude::*;

use crate::context::use_ctx;
use crate::parts;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub assessment: Rc<Assessment>,
    /// Id of the assessment in the library, to record that it was backed up.
    pub id: x1060_core::ids::AssessmentId,
}

#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let redact = use_state(|| false);
    // The part that makes files could not be fetched at the last click.
    let failed = use_state(|| false);
    let t = ctx.t();
    let detail = if *redact { Detail::Redacted } else { Detail::Full };
    let make = |kind: FileKind| {
        let ctx = ctx.clone();
        let a = props.assessment.clone();
        let id = props.id.clone();
        let failed = failed.clone();
        Callback::from(move |_| {
            let (ctx, a, id, failed) = (ctx.clone(), a.clone(), id.clone(), failed.clone());
            // The part that makes files is fetched on first use (usually prefetched already).
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(make_file) = parts::load_files().await else {
                    failed.set(true);
                    return;
                };
                failed.set(false);
                let date = platform::today();
                let generated = platform::local_datetime();
                let rc = ReportContext {
                    catalogue: &ctx.catalogue,
                    lang: ctx.lang,
                    content: &ctx.content,
                    generated: &generated,
                };
                let file = make_file(kind, &a, &rc, &date, detail);
                ctx.download(&file.name, file.mime, &file.text);
                // The data file and the summary report (it embeds the data) can restore everything.
                if detail == Detail::Full && kind != FileKind::Csv {
                    ctx.send(crate::state::Action::BackedUp { id, at: platform::now_iso() });
                }
            });
        })
    };
    let toggle = {
        let redact = redact.clone();
        Callback::from(move |_| redact.set(!*redact))
    };
    let heading = ctx.id("downloads-heading");
    let redact_id = ctx.id("redact");
    let item = |kind: FileKind, key: &'static str, label: &'static str, help: &'static str, primary: bool| {
        let class = if primary { "x1060-button x1060-button-primary" } else { "x1060-button" };
        html! {
            <li>
                <button type="button" class={class} data-download={key} onclick={make(kind)}>{ label }</button>
                <span class="x1060-hint">{ help }</span>
            </li>
        }
    };
    html! {
        <section class="x1060-card x1060-downloads" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ t.downloads_heading }</h2>
            <p class="x1060-hint">{ t.downloads_intro }</p>
            <div class="x1060-check">
                <input type="checkbox" id={redact_id.clone()} checked={*redact} onchange={toggle} data-redact=""
                    aria-describedby={format!("{redact_id}-help")} />
                <label for={redact_id.clone()}>{ t.redact_label }</label>
            </div>
            <p id={format!("{redact_id}-help")} class="x1060-hint">{ t.redact_help }</p>
            if *failed {
                <p class="x1060-part-failed" role="alert" data-part="files" data-part-state="failed">{ t.part_failed }</p>
            }
            <ul class="x1060-download-list">
                { item(FileKind::Html, "html", t.download_html, t.download_html_help, true) }
                { item(FileKind::Json, "json", t.download_json, t.download_json_help, false) }
                { item(FileKind::Csv, "csv", t.download_csv, t.download_csv_help, false) }
            </ul>
        </section>
    }
}
