//! The progress of checking many files: counts, a native progress bar and a Cancel button; after
//! a stop, how many files were kept.

use yew::prelude::*;

use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ProgressLineProps {
    /// Files checked so far, of all.
    pub progress: Option<(usize, usize)>,
    /// Files kept, of all, after the coordinator stopped the checking.
    pub stopped: Option<(usize, usize)>,
    pub on_stop: Callback<MouseEvent>,
}

#[function_component]
pub fn ProgressLine(props: &ProgressLineProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let m = x1060_core::cohort::text::text(ctx.lang).more;
    html! {
        <>
            if let Some((done, total)) = props.progress {
                <p role="status" data-wb-progress={done.to_string()} data-wb-total={total.to_string()}>
                    { (m.wb_progress)(done, total) }{ " " }
                    <progress max={total.to_string()} value={done.to_string()}></progress>{ " " }
                    <button type="button" class="x1060-button" onclick={props.on_stop.clone()} data-wb-stop="">{ m.wb_cancel }</button>
                </p>
            }
            if let Some((done, total)) = props.stopped {
                <p role="status" class="x1060-hint" data-wb-stopped={done.to_string()}>{ (m.wb_cancelled)(done, total) }</p>
            }
        </>
    }
}
