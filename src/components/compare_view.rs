//! Comparing two assessments (or one with an opened file): what changed per category and per
//! service, with the evaluation deltas, and the comparison report to download.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use x1060_core::compare::{self, ChangeKind, Comparison, ScopeComparison};
use x1060_core::ids::AssessmentId;
use x1060_core::library::{EntryState, Library};
use x1060_core::model::Assessment;
use x1060_core::report::compare_html::{change_arrow, signed, signed_tenths};
use yew::prelude::*;

use crate::context::{use_ctx, Ctx};

/// The value used in the pickers for the opened file.
const FILE: &str = "\u{1}file";

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub library: Rc<Library>,
    /// An assessment read from a file, offered as one side.
    pub imported: Option<Rc<Assessment>>,
}

fn delta_tenths(ctx: &Ctx, d: Option<i32>) -> String {
    d.map(|d| signed_tenths(d, ctx.t().decimal_separator)).unwrap_or_else(|| "—".into())
}

fn delta_points(d: Option<i32>) -> String {
    d.map(|d| format!("{} pt", signed(i64::from(d)))).unwrap_or_else(|| "—".into())
}

/// A signed change, isolated left to right: inside right-to-left text its sign would otherwise
/// stand after the figure ("1,0+").
fn ltr(s: String) -> Html {
    html! { <bdi dir="ltr">{ s }</bdi> }
}

fn figures_row(ctx: &Ctx, label: String, f: &ScopeComparison, key: String) -> Html {
    html! {
        <tr data-compare-row={key}>
            <th scope="row">{ label }</th>
            <td class="x1060-num">{ ltr(signed(f.answered_delta())) }</td>
            <td class="x1060-num">{ ltr(delta_points(f.coverage_delta())) }</td>
            <td class="x1060-num">{ ltr(delta_tenths(ctx, f.avg_current_delta())) }</td>
            <td class="x1060-num">{ ltr(delta_tenths(ctx, f.avg_target_delta())) }</td>
            <td class="x1060-num">{ ltr(delta_tenths(ctx, f.gap_delta())) }</td>
        </tr>
    }
}

fn result_view(ctx: &Ctx, cmp: &Comparison, before: &Assessment, after: &Assessment) -> Html {
    let t = ctx.t();
    let download = {
        let (ctx2, b, a) = (ctx.clone(), before.clone(), after.clone());
        Callback::from(move |_: MouseEvent| {
            let f = super::assessments::comparison_file(&ctx2, &b, &a);
            ctx2.download(&f.name, f.mime, &f.text);
        })
    };
    // Before and after, joined by an arrow that points the way the script reads.
    let arrow = change_arrow(ctx.lang.dir() == "rtl");
    let changes: Vec<_> = cmp.categories.iter().flat_map(|c| c.changes.iter()).chain(cmp.unlisted.iter()).collect();
    html! {
        <div class="x1060-compare-result" data-compare-result="" data-change-count={cmp.change_count().to_string()}>
            if !cmp.same_catalogue { <p class="x1060-hint">{ t.compare_catalogue_differs }</p> }
            <p>{ (t.compare_change_count)(cmp.change_count()) }</p>
            <div class="x1060-table-wrap" tabindex="0" role="region" aria-label={t.compare_figures_heading}>
                <table class="x1060-table">
                    <caption>{ t.compare_figures_heading }{ " (" }{ t.compare_change }{ ")" }</caption>
                    <thead><tr>
                        <th scope="col">{ t.col_category }</th><th scope="col">{ t.col_answered }</th>
                        <th scope="col">{ t.col_coverage }</th><th scope="col">{ t.col_avg_current }</th>
                        <th scope="col">{ t.col_avg_target }</th><th scope="col">{ t.col_gap }</th>
                    </tr></thead>
                    <tbody>
                        { for cmp.categories.iter().filter(|c| ctx.config.shows_category(&c.id)).map(|c| {
                            let name = ctx.catalogue.category(&c.id).map(|k| k.title.get_code(&ctx.content)).unwrap_or("");
                            figures_row(ctx, format!("{} {name}", c.id), &c.figures, c.id.to_string())
                        }) }
                        { figures_row(ctx, t.overall_label.to_string(), &cmp.overall, "overall".into()) }
                    </tbody>
                </table>
            </div>
            <h4>{ t.compare_services_heading }</h4>
            if changes.is_empty() {
                <p>{ t.compare_no_changes }</p>
            } else {
                <ul class="x1060-compact x1060-changes">
                    { for changes.iter().map(|c| {
                        let title = ctx.catalogue.service(&c.id).map(|s| s.title.get_code(&ctx.content).to_string()).unwrap_or_default();
                        let mut parts: Vec<String> = Vec::new();
                        match c.kind {
                            ChangeKind::Added => parts.push(t.compare_added.to_string()),
                            ChangeKind::Removed => parts.push(t.compare_removed.to_string()),
                            ChangeKind::Changed => {}
                        }
                        if let Some(n) = c.need {
                            let f = |v: Option<x1060_core::model::Need>| v.map(|n| t.need(n)).unwrap_or("—");
                            parts.push((t.label_value)(t.compare_need, &format!("{} {arrow} {}", f(n.before), f(n.after))));
                        }
                        if let Some(d) = c.delivery {
                            let f = |v: Option<x1060_core::model::Delivery>| v.map(|d| t.delivery(d)).unwrap_or("—");
                            parts.push((t.label_value)(t.delivery_legend, &format!("{} {arrow} {}", f(d.before), f(d.after))));
                        }
                        if let Some(l) = c.current {
                            parts.push((t.label_value)(t.current_legend, &format!("{} {arrow} {}", t.level_or_dash(l.before), t.level_or_dash(l.after))));
                        }
                        if let Some(l) = c.target {
                            parts.push((t.label_value)(t.target_label, &format!("{} {arrow} {}", t.level_or_dash(l.before), t.level_or_dash(l.after))));
                        }
                        if let Some(p) = c.priority {
                            let f = |v: Option<x1060_core::model::Priority>| v.map(|p| t.priority(p)).unwrap_or("—");
                            parts.push((t.label_value)(t.priority_label, &format!("{} {arrow} {}", f(p.before), f(p.after))));
                        }
                        if !c.texts.is_empty() {
                            parts.push(t.compare_texts_changed.to_string());
                        }
                        html! { <li data-changed-service={c.id.to_string()}><strong>{ format!("{} {title}", c.id) }</strong>{ ": " }{ parts.join("; ") }</li> }
                    }) }
                </ul>
            }
            <button type="button" class="x1060-button x1060-button-primary" onclick={download} data-download="comparison">{ t.download_compare }</button>
            <span class="x1060-hint">{ " " }{ t.download_compare_help }</span>
        </div>
    }
}

#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let entries: Vec<(String, String)> = props
        .library
        .list(&ctx.catalogue)
        .into_iter()
        .filter(|e| matches!(e.state, EntryState::Ready { .. }))
        .map(|e| {
            let name = if e.name.trim().is_empty() { t.untitled.to_string() } else { e.name.clone() };
            (e.id.to_string(), format!("{name} · {}", crate::platform::local_datetime_of(&e.updated)))
        })
        .collect();
    let default_after = props.library.current_id().map(|id| id.to_string()).unwrap_or_default();
    let default_before = entries.iter().map(|(id, _)| id.clone()).find(|id| *id != default_after).unwrap_or_default();
    let before = use_state(|| default_before.clone());
    let after = use_state(|| default_after.clone());
    let shown = use_state(|| false);
    let resolve = |id: &str| -> Option<Assessment> {
        if id == FILE {
            props.imported.as_deref().cloned()
        } else {
            props.library.get(&AssessmentId::from(id)).cloned()
        }
    };
    let pick = |state: UseStateHandle<String>| {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            state.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            shown.set(false);
        })
    };
    let show = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(true))
    };
    let options = |selected: &str| {
        html! {
            <>
                { for entries.iter().map(|(id, label)| html! { <option value={id.clone()} selected={id == selected}>{ label.clone() }</option> }) }
                if props.imported.is_some() {
                    <option value={FILE} selected={selected == FILE}>{ t.compare_file_option }</option>
                }
            </>
        }
    };
    let (bid, aid) = (ctx.id("compare-before"), ctx.id("compare-after"));
    let result = if *shown {
        match (resolve(&before), resolve(&after)) {
            _ if *before == *after => html! { <p class="x1060-hint" role="status">{ t.compare_same }</p> },
            (Some(b), Some(a)) => {
                let cmp = compare::compare(&ctx.catalogue, &b, &a);
                result_view(&ctx, &cmp, &b, &a)
            }
            _ => html! {},
        }
    } else {
        html! {}
    };
    html! {
        <section class="x1060-card" data-compare-panel="">
            <h3>{ t.compare_heading }</h3>
            <p>{ t.compare_help }</p>
            <div class="x1060-fields">
                <div class="x1060-field">
                    <label for={bid.clone()}>{ t.compare_before }</label>
                    <select id={bid} onchange={pick(before.clone())} data-compare="before">{ options(&before) }</select>
                </div>
                <div class="x1060-field">
                    <label for={aid.clone()}>{ t.compare_after }</label>
                    <select id={aid} onchange={pick(after.clone())} data-compare="after">{ options(&after) }</select>
                </div>
            </div>
            <button type="button" class="x1060-button" onclick={show} data-compare="show">{ t.compare_show }</button>
            { result }
        </section>
    }
}
