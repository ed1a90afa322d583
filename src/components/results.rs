//! Results: the three evaluations of our method per category and overall, with charts, their
//! text equivalents, the improvement plan, and "How is this calculated?" next to every figure.

use std::rc::Rc;

use x1060_core::eval::{self, Evaluation, Figure, FigureKind, Scope, ScopeEval, Status};
use x1060_core::model::Assessment;
use x1060_core::present;
use x1060_core::report::svg;
use yew::prelude::*;

use crate::context::{use_ctx, Ctx};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: Rc<Assessment>,
}

/// "How is this calculated?" for one figure of one scope: its formula and the services behind it.
fn explain(ctx: &Ctx, a: &Assessment, scope: Scope<'_>, kind: FigureKind) -> Html {
    let t = ctx.t();
    let e = eval::explain(&ctx.catalogue, a, scope, kind);
    let list = |ids: &[&str]| -> String {
        if ids.is_empty() {
            "—".to_string()
        } else {
            ids.join(t.list_separator)
        }
    };
    html! {
        <details class="x1060-explain" data-explain={format!("{kind:?}")}>
            // Many summaries read the same; the figure's name, for screen readers only, tells them apart.
            <summary>{ t.how_calculated }<span class="x1060-sr">{ (t.in_brackets)(t.figure_label(kind)) }</span></summary>
            <p>{ t.formula(kind) }</p>
            if let Some(numerator) = kind.numerator() {
                <p>{ (t.label_value)(t.figure_label(numerator), &list(&e.counted)) }</p>
            }
            <p data-explain-over="">{ (t.label_value)(t.col_service, &list(&e.over)) }</p>
        </details>
    }
}

fn ratio_cell(ctx: &Ctx, f: &Figure<eval::Ratio>) -> Html {
    let t = ctx.t();
    let class = if f.value().is_some() { "x1060-num" } else { "x1060-num x1060-missing" };
    html! { <td class={class}>{ t.ratio_figure(f) }</td> }
}

/// A cell of a table core::present laid out.
fn cell(c: present::Cell) -> Html {
    match c {
        present::Cell::Count(n) => html! { <td class="x1060-num">{ n }</td> },
        present::Cell::Figure { text, missing } => {
            html! { <td class={if missing { "x1060-num x1060-missing" } else { "x1060-num" }}>{ text }</td> }
        }
    }
}

fn avg_cell(ctx: &Ctx, f: &Figure<eval::Average>) -> Html {
    let t = ctx.t();
    let class = if f.value().is_some() { "x1060-num" } else { "x1060-num x1060-missing" };
    html! { <td class={class}>{ t.average(f) }</td> }
}

/// The row heading of a scope: the category id and title, or "Overall".
fn scope_name(ctx: &Ctx, s: &ScopeEval) -> String {
    match &s.category {
        Some(id) => {
            format!("{id} {}", ctx.catalogue.category(id).map(|c| c.title.get_code(&ctx.content)).unwrap_or(""))
        }
        None => ctx.t().overall_label.to_string(),
    }
}

fn status_note(ctx: &Ctx, s: &ScopeEval) -> Option<&'static str> {
    match s.status {
        Status::Applicable => None,
        Status::NotApplicable => Some(ctx.t().not_applicable),
        Status::NotAnswered => Some(ctx.t().unanswered),
    }
}

#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let a = &*props.assessment;
    let cat = &ctx.catalogue;
    let ev: Evaluation = eval::evaluate(cat, a);
    let shown: Vec<&ScopeEval> =
        ev.categories.iter().filter(|s| s.category.as_deref().is_some_and(|c| ctx.config.shows_category(c))).collect();
    let o = &ev.overall;
    let radar = svg::radar(&svg::radar_axes(&ev, cat, &ctx.content), t, &ctx.id("radar"));
    let bars =
        svg::delivery_bars_dir(&svg::bar_rows(&ev, cat, &ctx.content), t, &ctx.id("bars"), ctx.lang.dir() == "rtl");
    let heading = ctx.id("results-heading");
    let rows = |f: &dyn Fn(&ScopeEval) -> Html| -> Html {
        html! {
            <>
                { for shown.iter().map(|s| html! {
                    <tr data-category={s.category.clone().unwrap_or_default()}>
                        <th scope="row">{ scope_name(&ctx, s) }
                            if let Some(n) = status_note(&ctx, s) { <span class="x1060-status-note">{ (t.in_brackets)(n) }</span> }
                        </th>
                        { f(s) }
                    </tr>
                }) }
                <tr class="x1060-total" data-category="overall"><th scope="row">{ t.overall_label }</th>{ f(o) }</tr>
            </>
        }
    };
    let explain_all = |kinds: &[FigureKind]| -> Html {
        html! {
            <div class="x1060-explains">
                { for kinds.iter().map(|k| html! {
                    <div class="x1060-explain-item">
                        <strong>{ t.figure_label(*k) }</strong>
                        { explain(&ctx, a, Scope::Overall, *k) }
                    </div>
                }) }
            </div>
        }
    };
    // The same figures, in the same order, as the summary report (core::present).
    let headline = present::headline(&ev, t);
    html! {
        <section class="x1060-results" aria-labelledby={heading.clone()} data-view="results">
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ t.nav_results }</h2>
            <p class="x1060-hint">{ (t.about_method)(x1060_core::METHOD_VERSION) }</p>

            <section class="x1060-card" data-results="headline">
                <h3>{ t.headline_heading }</h3>
                <ul class="x1060-headline">
                    { for headline.iter().map(|present::Headline { kind, value }| html! {
                        <li data-figure={format!("{kind:?}")}>
                            <span class="x1060-figure-label">{ t.figure_label(*kind) }</span>
                            <span class="x1060-figure-value">{ value.clone() }</span>
                            { explain(&ctx, a, Scope::Overall, *kind) }
                        </li>
                    }) }
                </ul>
            </section>

            <section class="x1060-card" data-results="catalogue">
                <h3>{ t.eval_catalogue_heading }</h3>
                <div class="x1060-table-wrap" tabindex="0" role="region" aria-label={t.eval_catalogue_heading}>
                    <table class="x1060-table">
                        <thead><tr>
                            <th scope="col">{ t.col_category }</th>
                            <th scope="col">{ t.col_needed }</th><th scope="col">{ t.col_not_needed }</th>
                            <th scope="col">{ t.col_undecided }</th><th scope="col">{ t.col_delivered }</th>
                            <th scope="col">{ t.col_coverage }</th>
                        </tr></thead>
                        <tbody>{ rows(&|s| html! { <>
                            <td class="x1060-num">{ s.catalogue.needed }</td>
                            <td class="x1060-num">{ s.catalogue.not_needed }</td>
                            <td class="x1060-num">{ s.catalogue.undecided }</td>
                            <td class="x1060-num">{ s.catalogue.delivered }</td>
                            { ratio_cell(&ctx, &s.catalogue.coverage) }
                        </> }) }</tbody>
                    </table>
                </div>
                { explain_all(&[FigureKind::Needed, FigureKind::NotNeeded, FigureKind::Undecided, FigureKind::Delivered, FigureKind::Coverage]) }
            </section>

            <section class="x1060-card" data-results="profile">
                <h3>{ t.eval_profile_heading }</h3>
                // Scrolls sideways on narrow screens rather than shrinking its text below legibility;
                // focusable so that a keyboard can scroll it.
                <figure class="x1060-chart-figure" tabindex="0" aria-label={t.chart_radar_title}>{ Html::from_html_unchecked(AttrValue::from(radar)) }</figure>
                <div class="x1060-table-wrap" tabindex="0" role="region" aria-label={t.eval_profile_heading}>
                    <table class="x1060-table">
                        <thead><tr>
                            <th scope="col">{ t.col_category }</th>
                            <th scope="col">{ t.col_assessed }</th>
                            <th scope="col">{ t.col_avg_current }</th><th scope="col">{ t.col_avg_target }</th>
                            <th scope="col">{ t.col_gap }</th>
                        </tr></thead>
                        <tbody>{ rows(&|s| html! { <>
                            <td class="x1060-num">{ s.profile.counts.assessed }</td>
                            { avg_cell(&ctx, &s.profile.avg_current) }
                            { avg_cell(&ctx, &s.profile.avg_target) }
                            { avg_cell(&ctx, &s.profile.gap) }
                        </> }) }</tbody>
                    </table>
                </div>
                { explain_all(&[FigureKind::AvgCurrent, FigureKind::AvgTarget, FigureKind::Gap]) }
            </section>

            <section class="x1060-card" data-results="portfolio">
                <h3>{ t.eval_portfolio_heading }</h3>
                <figure class="x1060-chart-figure" tabindex="0" aria-label={t.chart_bars_title}>{ Html::from_html_unchecked(AttrValue::from(bars)) }</figure>
                <div class="x1060-table-wrap" tabindex="0" role="region" aria-label={t.eval_portfolio_heading}>
                    <table class="x1060-table">
                        <thead><tr>
                            <th scope="col">{ t.col_category }</th>
                            { for present::portfolio_columns(t).iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                        </tr></thead>
                        <tbody>{ rows(&|s| html! { <>
                            { for present::portfolio_cells(&s.portfolio, t).into_iter().map(cell) }
                        </> }) }</tbody>
                    </table>
                </div>
                { explain_all(&[FigureKind::InHouse, FigureKind::Outsourced, FigureKind::Shared, FigureKind::NotYet, FigureKind::ShareOutsourced, FigureKind::ShareShared]) }
            </section>

            <section class="x1060-card" data-results="plan">
                <h3>{ t.plan_heading }</h3>
                if ev.plan.is_empty() {
                    <p>{ t.plan_empty }</p>
                } else {
                    <div class="x1060-table-wrap" tabindex="0" role="region" aria-label={t.plan_heading}>
                        <table class="x1060-table">
                            <thead><tr>
                                <th scope="col">{ t.col_rank }</th><th scope="col">{ t.col_service }</th>
                                <th scope="col">{ t.priority_label }</th><th scope="col">{ t.current_legend }</th>
                                <th scope="col">{ t.target_label }</th><th scope="col">{ t.col_service_gap }</th>
                                <th scope="col">{ t.delivery_legend }</th>
                            </tr></thead>
                            <tbody>
                                { for ev.plan.iter().enumerate().map(|(i, p)| html! {
                                    <tr data-plan-service={p.id.to_string()}>
                                        <td class="x1060-num">{ i + 1 }</td>
                                        <th scope="row">{ format!("{} {}", p.id, cat.service(&p.id).map(|s| s.title.get_code(&ctx.content)).unwrap_or("")) }</th>
                                        <td>{ p.priority.map(|x| t.priority(x)).unwrap_or("—") }</td>
                                        <td>{ t.level_label(p.current) }</td>
                                        <td>{ t.level_label(p.target) }</td>
                                        <td class="x1060-num">{ p.gap }</td>
                                        <td>{ p.delivery.map(|d| t.delivery(d)).unwrap_or("—") }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
                { explain(&ctx, a, Scope::Overall, FigureKind::Plan) }
            </section>
        </section>
    }
}
