//! The intake: one row per file, its status, its findings (a sentence and the stable code of
//! each) and a checkbox to leave it out.

use std::collections::BTreeSet;
use std::rc::Rc;

use x1060_core::cohort::intake::{FileIndex, Intake, IntakeRow, Reason};
use yew::prelude::*;

use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct IntakeTableProps {
    pub intake: Rc<Intake>,
    pub left_out: Rc<BTreeSet<FileIndex>>,
    pub on_toggle: Callback<FileIndex>,
    /// Which round's files (`this`, `last`): keeps the ids of two tables apart.
    #[prop_or("this")]
    pub round: &'static str,
}

/// Rows listed before "List every file": thousands of rows would keep the page busy for
/// seconds, and the figures never depend on what is listed.
const FIRST_ROWS: usize = 200;

fn status_key(row: &IntakeRow, left_out: bool) -> &'static str {
    match (row.accepted(), left_out) {
        (false, _) => "refused",
        (true, true) => "left-out",
        (true, false) => "counted",
    }
}

#[function_component]
pub fn IntakeTable(props: &IntakeTableProps) -> Html {
    let all = use_state(|| false);
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let t = ctx.t();
    let w = x1060_core::cohort::text::text(ctx.lang);
    let heading = ctx.id(&format!("workbench-intake-{}", props.round));
    let total = props.intake.rows.len();
    let listed = if *all { total } else { total.min(FIRST_ROWS) };
    let show_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    };
    let row = |r: &IntakeRow| {
        let out = props.left_out.contains(&r.file);
        let key = status_key(r, out);
        let status = match key {
            "refused" => w.wb_status_refused,
            "left-out" => w.wb_status_left_out,
            _ => w.wb_status_counted,
        };
        let file = r.file;
        let toggle = props.on_toggle.reform(move |_: Event| file);
        let box_id = ctx.id(&format!("wb-leave-out-{}-{}", props.round, r.file.0));
        html! {
            <tr data-file-row={r.file.0.to_string()} data-status={key} data-codes={r.codes().join(" ")}>
                <th scope="row" class="x1060-wb-file">{ &r.name }</th>
                <td>{ status }</td>
                <td>
                    <ul class="x1060-wb-findings">
                        { for r.findings.iter().map(|f| html! {
                            <li>
                                { f.reason.sentence(w) }
                                if !f.services.is_empty() { { format!(" ({})", f.services.join(t.list_separator)) } }
                                { " " }<code>{ f.reason.code() }</code>
                                // The other file of a duplicate, and the importer's own
                                // explanation (where and what was expected).
                                if let Some(o) = f.other.and_then(|o| props.intake.rows.get(o.0)) {
                                    <span class="x1060-hint" data-other={o.file.0.to_string()}>{ format!(" → {}", o.name) }</span>
                                }
                                // The importer explains in English in every language; a
                                // catalogue's id or version is no language. Either reads left to
                                // right, isolated inside right-to-left text.
                                if !f.detail.is_empty() {
                                    { " " }<bdi class="x1060-hint x1060-wb-detail" dir="ltr"
                                        lang={matches!(f.reason, Reason::Unreadable | Reason::InvalidData).then_some("en")}>{ &f.detail }</bdi>
                                }
                            </li>
                        }) }
                    </ul>
                </td>
                <td>
                    if r.accepted() {
                        <input type="checkbox" id={box_id.clone()} checked={out} onchange={toggle}
                            data-leave-out={r.file.0.to_string()} aria-label={format!("{}: {}", w.wb_col_leave_out, r.name)} />
                    }
                </td>
            </tr>
        }
    };
    html! {
        <div class="x1060-wb-intake">
            <h3 id={heading.clone()}>
                { w.wb_intake_heading }
                if props.round == "last" { { format!(" — {}", w.more.wb_round_last) } }
            </h3>
            <div class="x1060-table-wrap" role="region" aria-labelledby={heading.clone()} tabindex="0">
                <table class="x1060-table" data-wb-intake="">
                    <thead><tr>
                        <th scope="col">{ w.wb_col_file }</th>
                        <th scope="col">{ w.wb_col_status }</th>
                        <th scope="col">{ w.wb_col_findings }</th>
                        <th scope="col">{ w.wb_col_leave_out }</th>
                    </tr></thead>
                    <tbody>{ for props.intake.rows.iter().take(listed).map(row) }</tbody>
                </table>
            </div>
            if listed < total {
                <p data-wb-rows-shown={listed.to_string()}>
                    { (w.more.wb_rows_shown)(listed, total) }{ " " }
                    <button type="button" class="x1060-button" onclick={show_all}>{ w.more.wb_show_all_rows }</button>
                </p>
            }
        </div>
    }
}
