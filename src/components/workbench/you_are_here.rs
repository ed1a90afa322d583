//! "You are here": the coordinator picks one counted file of this round and downloads a report
//! for that organisation (its own levels over the figures of all organisations, made by
//! `x1060_core::cohort::you_are_here`).

use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use x1060_core::cohort::intake::{FileIndex, Intake};
use x1060_core::cohort::picture::Picture;
use x1060_core::cohort::you_are_here;
use x1060_core::report::ReportContext;
use yew::prelude::*;

use crate::context::use_ctx;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct YouAreHereProps {
    pub intake: Rc<Intake>,
    pub left_out: Rc<BTreeSet<FileIndex>>,
    /// The picture of all organisations of this round (grouped by nothing).
    pub picture: Rc<Picture>,
}

#[function_component]
pub fn YouAreHere(props: &YouAreHereProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let m = w.more;
    let chosen = use_state(|| None::<FileIndex>);
    let counted: Vec<(FileIndex, String)> = props
        .intake
        .rows
        .iter()
        .filter(|r| !props.left_out.contains(&r.file) && props.intake.assessment(r.file).is_some())
        .map(|r| (r.file, r.name.clone()))
        .collect();
    let current = (*chosen).filter(|f| counted.iter().any(|(c, _)| c == f)).or_else(|| counted.first().map(|c| c.0));
    let id = ctx.id("wb-yah-file");
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            chosen.set(sel.value().parse::<usize>().ok().map(FileIndex));
        })
    };
    let onclick = {
        let (ctx, intake, p) = (ctx.clone(), props.intake.clone(), props.picture.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(a) = current.and_then(|f| intake.assessment(f)) else {
                return;
            };
            let generated = platform::local_datetime();
            let rc = ReportContext {
                catalogue: &ctx.catalogue,
                lang: ctx.lang,
                content: &ctx.content,
                generated: &generated,
            };
            let text = you_are_here::report(a, &p, &rc);
            ctx.download(&you_are_here::file_name(&platform::today()), "text/html;charset=utf-8", &text);
        })
    };
    if counted.is_empty() {
        return html! {};
    }
    html! {
        <div class="x1060-wb-yah" data-wb-yah="">
            <h3>{ m.wb_yah_heading }</h3>
            <p class="x1060-hint">{ m.wb_yah_intro }</p>
            <p>
                <label for={id.clone()}>{ m.wb_yah_choose }</label>{ " " }
                <select id={id} {onchange} data-wb-yah-file="">
                    { for counted.iter().map(|(f, name)| html! {
                        <option value={f.0.to_string()} selected={Some(*f) == current}>{ name }</option>
                    }) }
                </select>
            </p>
            <p><button type="button" class="x1060-button" data-wb-yah-download="" {onclick}>{ m.wb_yah_download }</button></p>
        </div>
    }
}
