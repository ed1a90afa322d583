//! The strip under the header: which assessment is open, when it was last downloaded, whether
//! the browser keeps the data, a reminder to download after much work, and what another tab did
//! (with the decision to make when both tabs changed the same answers).

use x1060_core::library::{Block, Resolution};
use yew::prelude::*;

use crate::context::use_ctx;
use crate::persist;
use crate::platform;
use crate::state::{Action, Info, View};

#[derive(Properties, PartialEq)]
pub struct StatusStripProps {
    pub id: x1060_core::ids::AssessmentId,
    pub name: AttrValue,
    pub block: Option<Block>,
    pub info: Option<Info>,
    /// ISO time of the last download that can restore the assessment.
    pub backed_up: Option<AttrValue>,
    pub persisted: Option<bool>,
    pub remind: bool,
    /// The open assessment cannot be changed here.
    #[prop_or_default]
    pub read_only: bool,
}

#[function_component]
pub fn StatusStrip(props: &StatusStripProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let name = if props.name.trim().is_empty() { t.untitled.to_string() } else { props.name.to_string() };
    let backup = match &props.backed_up {
        Some(at) => (t.backup_last)(&platform::local_datetime_of(at)),
        None => t.backup_never.to_string(),
    };
    let resolve = |r: Resolution| {
        let (ctx2, id) = (ctx.clone(), props.id.clone());
        Callback::from(move |_: MouseEvent| {
            ctx2.send(Action::Resolve { id: id.clone(), resolution: r.clone(), at: platform::now_iso() })
        })
    };
    let keep_both = {
        let (ctx2, id, name) = (ctx.clone(), props.id.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            ctx2.send(Action::Resolve {
                id: id.clone(),
                resolution: Resolution::KeepBoth { new_id: persist::new_id(), name: format!("{name} (2)") },
                at: platform::now_iso(),
            })
        })
    };
    let dismiss_info = {
        let ctx2 = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx2.send(Action::DismissInfo))
    };
    let go_assessments = {
        let ctx2 = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx2.send(Action::Show(View::Assessments)))
    };
    let block = match &props.block {
        None => html! {},
        Some(Block::Conflict { parts, .. }) => {
            let list = parts.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ");
            html! {
                <div class="x1060-notice" role="alert" data-conflict="">
                    <p><strong>{ t.conflict_heading }</strong></p>
                    <p>{ (t.conflict_help)(&list) }</p>
                    <div class="x1060-actions">
                        <button type="button" class="x1060-button x1060-button-primary" onclick={resolve(Resolution::KeepOurs)} data-resolve="ours">{ t.keep_mine }</button>
                        <button type="button" class="x1060-button" onclick={resolve(Resolution::TakeTheirs)} data-resolve="theirs">{ t.take_theirs }</button>
                        <button type="button" class="x1060-button" onclick={keep_both.clone()} data-resolve="both">{ t.keep_both }</button>
                    </div>
                </div>
            }
        }
        Some(Block::Deleted) => html! {
            <div class="x1060-notice" role="alert" data-deleted-elsewhere="">
                <p>{ t.deleted_elsewhere }</p>
                <div class="x1060-actions">
                    <button type="button" class="x1060-button x1060-button-primary" onclick={resolve(Resolution::KeepOurs)}>{ t.keep_it }</button>
                    <button type="button" class="x1060-button" onclick={resolve(Resolution::TakeTheirs)}>{ t.let_it_go }</button>
                </div>
            </div>
        },
        Some(Block::Newer { .. }) => html! {
            <div class="x1060-notice" role="alert" data-newer-elsewhere="">
                <p>{ t.newer_elsewhere }</p>
                <div class="x1060-actions">
                    <button type="button" class="x1060-button x1060-button-primary" onclick={keep_both}>{ t.keep_both }</button>
                    <button type="button" class="x1060-button" onclick={resolve(Resolution::TakeTheirs)}>{ t.let_it_go }</button>
                </div>
            </div>
        },
    };
    let info = props.info.as_ref().map(|i| {
        let (text, more) = match i {
            Info::UpdatedElsewhere => (t.info_updated, false),
            Info::MergedElsewhere => (t.info_merged, false),
            Info::AddedElsewhere => (t.info_added, true),
        };
        html! {
            <div class="x1060-info" role="status" data-info="">
                <p>{ text }</p>
                if more { <button type="button" class="x1060-button x1060-button-quiet" onclick={go_assessments}>{ t.nav_assessments }</button> }
                <button type="button" class="x1060-button x1060-button-quiet" onclick={dismiss_info}>{ t.dismiss }</button>
            </div>
        }
    });
    // A named region: between the header and the main content, it must sit in a landmark too.
    html! {
        <section class="x1060-strip" aria-label={t.open_assessment_label}>
            <p class="x1060-strip-line">
                <span class="x1060-strip-label">{ (t.label_value)(t.open_assessment_label, "") }</span>
                <strong data-open-name="">{ name }</strong>
                <span class="x1060-strip-sep" aria-hidden="true">{ " · " }</span>
                <span data-backup-status="">{ backup }</span>
            </p>
            if props.persisted == Some(false) {
                <p class="x1060-hint" data-persisted="false">{ t.persisted_no }</p>
            }
            if props.read_only {
                <p class="x1060-notice" data-read-only="">{ t.read_only_note }</p>
            }
            { block }
            { info.unwrap_or_default() }
            if props.remind {
                <div class="x1060-info x1060-remind" role="status" data-backup-reminder="">
                    <p>{ t.backup_reminder }</p>
                </div>
            }
        </section>
    }
}
