//! The three exports of the picture (HTML report, CSV per service and per category, JSON), made
//! by `x1060_core::cohort::export` and offered through `ctx.download`.

use std::rc::Rc;

use x1060_core::cohort::export::{self, ExportKind};
use x1060_core::cohort::picture::Picture;
use x1060_core::report::ReportContext;
use yew::prelude::*;

use crate::context::use_ctx;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub picture: Rc<Picture>,
}

#[function_component]
pub fn Exports(props: &ExportsProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let make = |kind: ExportKind| {
        let (ctx, p) = (ctx.clone(), props.picture.clone());
        Callback::from(move |_: MouseEvent| {
            let generated = platform::local_datetime();
            let rc = ReportContext {
                catalogue: &ctx.catalogue,
                lang: ctx.lang,
                content: &ctx.content,
                generated: &generated,
            };
            let file = export::file(kind, &p, &rc, &platform::today());
            ctx.download(&file.name, file.mime, &file.text);
        })
    };
    let label = |kind: ExportKind| match kind {
        ExportKind::Html => w.wb_download_html,
        ExportKind::ServicesCsv => w.wb_download_services_csv,
        ExportKind::CategoriesCsv => w.wb_download_categories_csv,
        ExportKind::Json => w.wb_download_json,
        ExportKind::ChangesCsv => w.more.wb_download_changes_csv,
    };
    let has_changes = props.picture.changes.is_some();
    html! {
        <div class="x1060-wb-exports">
            <h3>{ w.wb_downloads_heading }</h3>
            <ul class="x1060-wb-export-list">
                { for ExportKind::ALL.iter().filter(|k| has_changes || **k != ExportKind::ChangesCsv).map(|k| html! {
                    <li><button type="button" class="x1060-button" data-export={k.key()} onclick={make(*k)}>{ label(*k) }</button></li>
                }) }
            </ul>
        </div>
    }
}
