//! The picture: the notes on anonymity, then per group the same body as the aggregate report
//! (charts and tables made by `x1060_core::cohort::html`, every text escaped there).

use std::rc::Rc;

use x1060_core::cohort::html::group_body;
use x1060_core::cohort::picture::{Cell, Picture};
use x1060_core::cohort::GroupBy;
use x1060_core::report::ReportContext;
use yew::prelude::*;

use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct PictureViewProps {
    pub picture: Rc<Picture>,
}

#[function_component]
pub fn PictureView(props: &PictureViewProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let t = ctx.t();
    let w = x1060_core::cohort::text::text(ctx.lang);
    let p = &*props.picture;
    let k = p.k.value();
    let rc = ReportContext { catalogue: &ctx.catalogue, lang: ctx.lang, content: &ctx.content, generated: "" };
    html! {
        <div class="x1060-wb-picture" data-wb-picture="" data-k={k.to_string()} data-group-by={p.group_by.key()}>
            <h3>{ w.wb_picture_heading }</h3>
            <p data-wb-organisations={p.organisations.text(p.k)}>{ (t.label_value)(w.wb_organisations, &p.organisations.text(p.k)) }</p>
            <p class="x1060-hint">{ (w.wb_suppressed_note)(k) }</p>
            if p.organisations == Cell::Suppressed {
                <p class="x1060-hint" data-wb-too-few="">{ (w.wb_too_few)(k) }</p>
            }
            if p.hidden_groups > 0 && p.group_by != GroupBy::All {
                <p class="x1060-hint" data-wb-hidden-groups={p.hidden_groups.to_string()}>{ (w.wb_hidden_groups)(p.hidden_groups, k) }</p>
            }
            { for p.groups.iter().enumerate().map(|(n, g)| html! {
                <div class="x1060-wb-group" data-group={g.label.key().to_string()}>
                    { Html::from_html_unchecked(AttrValue::from(group_body(g, p, &rc, n))) }
                </div>
            }) }
        </div>
    }
}
