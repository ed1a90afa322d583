//! The summary report: one self-contained HTML file (no external reference of any kind) that
//! also carries the complete assessment as embedded JSON, so it can be loaded back.
//!
//! Sections, each starting on a new printed page except the first two: header and organisation
//! profile, headline figures, the three evaluations (each with its chart, the chart's data table
//! and "How is this calculated?"), the improvement plan, every service with notes and evidence,
//! answers kept for services outside the catalogue, and "About this report" (method, level scale,
//! catalogue provenance, versions, date). Every piece of user text goes through [`esc`]; the
//! embedded JSON goes through [`json_for_script`], so no note can end the script block.

use std::fmt::Write;

use super::{escape_html as esc, json_for_script, svg, Detail, ReportContext};
use crate::catalogue::Provenance;
use crate::eval::{self, Evaluation, FigureKind, ScopeEval};
use crate::i18n::UiText;
use crate::model::{Assessment, Level, Need, ProfileField};
use crate::{present, progress};

/// Id of the `<script type="application/json">` element that holds the assessment.
pub const EMBED_ID: &str = "x1060-assessment";

// In print, <thead> repeats on every page; <tfoot> (the overall row) is made an ordinary row group,
// because browsers repeat a footer group at every page break too, so a table cut across pages
// printed "Overall" under only some of its categories.
const STYLE: &str = "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP','Yu Gothic',Meiryo,sans-serif;color:#1b1f24;margin:0 auto;max-width:60rem;padding:1.5rem}\
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}h3{font-size:1rem;margin:1.25rem 0 .4rem}\
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #b8c2cc;padding:.3rem .45rem;text-align:start;vertical-align:top}\
th{background:#eef3f7}td.num{text-align:end;font-variant-numeric:tabular-nums}tfoot th,tfoot td{font-weight:700;border-top:2px solid #1b1f24}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
.muted{color:#4a5561}.prov{font-size:.8rem;color:#7a4b00}.note{white-space:pre-wrap;overflow-wrap:anywhere}.na{color:#4a5561;font-style:italic}td.id{white-space:nowrap;unicode-bidi:isolate}\
.redacted{border:2px solid #7a4b00;padding:.5rem .75rem}.formulas dl{display:block}.formulas dt{margin-top:.4rem}.formulas dd{color:#333c45}\
figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}.x1060-chart{display:block;max-width:100%;height:auto;margin:0 auto;direction:ltr}\
@media (forced-colors:active){.x1060-chart .x1060-current path,.x1060-chart .x1060-current line{stroke:CanvasText}.x1060-chart .x1060-target path,.x1060-chart .x1060-target line{stroke:LinkText}.x1060-chart text{fill:CanvasText}}\
@media print{body{max-width:none;padding:0;font-size:10.5pt}h2,h3{break-after:avoid;page-break-after:avoid}section.page{break-before:page;page-break-before:always}\
tr,figure,svg,dl{break-inside:avoid;page-break-inside:avoid}\
#services table{table-layout:fixed;font-size:8pt}#services .prov{font-size:7pt}#services td,#services th{hyphens:auto;overflow-wrap:break-word;padding:.2rem .22rem}#services th:nth-child(1){width:5%}#services th:nth-child(2){width:15%}#services th:nth-child(3),#services th:nth-child(7){width:8%}#services th:nth-child(4),#services th:nth-child(5),#services th:nth-child(6),#services th:nth-child(8){width:9%}#services th:nth-child(9){width:13%}#services th:nth-child(10){width:15%}.x1060-chart{max-height:120mm;width:auto}thead{display:table-header-group}tfoot{display:table-row-group}table{font-size:9pt}}\
html:lang(ar) .na{font-style:normal}html:lang(ar) body{font-family:'Noto Sans Arabic','Noto Naskh Arabic','Segoe UI',Tahoma,'Geeza Pro','Arial',sans-serif;line-height:1.7}@page{margin:15mm 12mm}";

/// The summary report, complete, in the context's language.
pub fn summary(a: &Assessment, ctx: &ReportContext<'_>) -> String {
    report(a, ctx, Detail::Full)
}

fn th_cols(cols: &[&str]) -> String {
    cols.iter().map(|c| format!("<th scope=\"col\">{}</th>", esc(c))).collect()
}

fn num_td(v: impl std::fmt::Display) -> String {
    format!("<td class=\"num\">{v}</td>")
}

/// A figure cell: the value right-aligned, or "Not answered" / "Not applicable" in words.
fn fig_td(text: String, missing: bool) -> String {
    if missing {
        format!("<td class=\"na\">{}</td>", esc(&text))
    } else {
        format!("<td class=\"num\">{}</td>", esc(&text))
    }
}

fn scope_head(s: &ScopeEval, ctx: &ReportContext<'_>, t: &UiText, attr: &str) -> String {
    match &s.category {
        Some(id) => format!(
            "<tr {attr}=\"{id}\"><th scope=\"row\">{id} {}</th>",
            esc(ctx.catalogue.category(id).map(|c| c.title.get_code(ctx.content)).unwrap_or("")),
            id = esc(id)
        ),
        None => format!("<tr><th scope=\"row\">{}</th>", esc(t.overall_label)),
    }
}

fn formulas(h: &mut String, t: &UiText, kinds: &[FigureKind]) {
    let _ = write!(h, "<div class=\"formulas\">\n<h3>{}</h3>\n<dl>\n", esc(t.how_calculated));
    for k in kinds {
        let _ = writeln!(h, "<dt>{}</dt><dd>{}</dd>", esc(t.figure_label(*k)), esc(t.formula(*k)));
    }
    h.push_str("</dl>\n</div>\n");
}

/// Rows for every category, then the overall row in `<tfoot>`.
fn scope_rows(h: &mut String, ev: &Evaluation, attr: &str, row: impl Fn(&ScopeEval, &str) -> String) {
    h.push_str("<tbody>\n");
    for s in &ev.categories {
        h.push_str(&row(s, attr));
    }
    let _ = write!(h, "</tbody>\n<tfoot>\n{}</tfoot>\n</table>\n", row(&ev.overall, attr));
}

fn catalogue_section(h: &mut String, ev: &Evaluation, ctx: &ReportContext<'_>, t: &UiText) {
    let _ = write!(
        h,
        "<section id=\"catalogue-eval\" class=\"page\">\n<h2>{}</h2>\n<table>\n<thead><tr>{}</tr></thead>\n",
        esc(t.eval_catalogue_heading),
        th_cols(&[
            t.col_category,
            t.col_total,
            t.col_needed,
            t.col_not_needed,
            t.col_undecided,
            t.col_delivered,
            t.col_coverage
        ])
    );
    scope_rows(h, ev, "data-category", |s, attr| {
        let c = &s.catalogue;
        format!(
            "{}{}{}{}{}{}{}</tr>\n",
            scope_head(s, ctx, t, attr),
            num_td(c.total),
            num_td(c.needed),
            num_td(c.not_needed),
            num_td(c.undecided),
            num_td(c.delivered),
            fig_td(t.ratio_figure(&c.coverage), c.coverage.value().is_none())
        )
    });
    formulas(
        h,
        t,
        &[
            FigureKind::Needed,
            FigureKind::NotNeeded,
            FigureKind::Undecided,
            FigureKind::Delivered,
            FigureKind::Coverage,
        ],
    );
    h.push_str("</section>\n");
}

fn profile_section(h: &mut String, ev: &Evaluation, ctx: &ReportContext<'_>, t: &UiText) {
    let _ = write!(
        h,
        "<section id=\"profile-eval\" class=\"page\">\n<h2>{}</h2>\n<figure>\n{}</figure>\n<table>\n<thead><tr>{}</tr></thead>\n",
        esc(t.eval_profile_heading),
        svg::radar(&svg::radar_axes(ev, ctx.catalogue, ctx.content), t, "x1060-radar"),
        th_cols(&[t.col_category, t.col_assessed, t.col_avg_current, t.col_avg_target, t.col_gap])
    );
    scope_rows(h, ev, "data-profile-category", |s, attr| {
        let p = &s.profile;
        format!(
            "{}{}{}{}{}</tr>\n",
            scope_head(s, ctx, t, attr),
            num_td(p.counts.assessed),
            fig_td(t.average(&p.avg_current), p.avg_current.value().is_none()),
            fig_td(t.average(&p.avg_target), p.avg_target.value().is_none()),
            fig_td(t.average(&p.gap), p.gap.value().is_none())
        )
    });
    formulas(h, t, &[FigureKind::AvgCurrent, FigureKind::AvgTarget, FigureKind::Gap]);
    h.push_str("</section>\n");
}

fn portfolio_section(h: &mut String, ev: &Evaluation, ctx: &ReportContext<'_>, t: &UiText) {
    let _ = write!(
        h,
        "<section id=\"portfolio-eval\" class=\"page\">\n<h2>{}</h2>\n<figure>\n{}</figure>\n<table>\n<thead><tr>{}</tr></thead>\n",
        esc(t.eval_portfolio_heading),
        svg::delivery_bars_dir(&svg::bar_rows(ev, ctx.catalogue, ctx.content), t, "x1060-delivery", ctx.lang.dir() == "rtl"),
        th_cols(&[&[t.col_category][..], &present::portfolio_columns(t)[..]].concat())
    );
    scope_rows(h, ev, "data-portfolio-category", |s, attr| {
        let cells: String = present::portfolio_cells(&s.portfolio, t)
            .into_iter()
            .map(|c| match c {
                present::Cell::Count(n) => num_td(n),
                present::Cell::Figure { text, missing } => fig_td(text, missing),
            })
            .collect();
        format!("{}{cells}</tr>\n", scope_head(s, ctx, t, attr))
    });
    formulas(
        h,
        t,
        &[
            FigureKind::InHouse,
            FigureKind::Shared,
            FigureKind::Outsourced,
            FigureKind::NotYet,
            FigureKind::DeliveryUnanswered,
            FigureKind::ShareOutsourced,
            FigureKind::ShareShared,
        ],
    );
    h.push_str("</section>\n");
}

fn plan_section(h: &mut String, a: &Assessment, ev: &Evaluation, ctx: &ReportContext<'_>, t: &UiText) {
    let _ = write!(
        h,
        "<section id=\"plan\" class=\"page\">\n<h2>{}</h2>\n<p>{}</p>\n",
        esc(t.plan_heading),
        esc(t.formula_plan)
    );
    if ev.plan.is_empty() {
        let _ = writeln!(h, "<p class=\"na\">{}</p>", esc(t.plan_empty));
    } else {
        let _ = write!(
            h,
            "<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
            th_cols(&[
                t.col_rank,
                t.col_id,
                t.col_service,
                t.priority_label,
                t.current_legend,
                t.target_label,
                t.col_service_gap,
                t.delivery_legend,
                t.owner_label,
            ])
        );
        for (rank, item) in ev.plan.iter().enumerate() {
            let title = ctx.catalogue.service(&item.id).map(|s| s.title.get_code(ctx.content)).unwrap_or("");
            let owner = a.record(&item.id).owner.clone();
            let _ = writeln!(
                h,
                "<tr data-plan-id=\"{id}\">{}<td class=\"id\">{id}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}<td>{}</td><td class=\"note\">{}</td></tr>",
                num_td(rank + 1),
                esc(title),
                esc(item.priority.map(|p| t.priority(p)).unwrap_or("—")),
                esc(&t.level_or_dash(Some(item.current))),
                esc(&t.level_or_dash(Some(item.target))),
                num_td(item.gap),
                esc(item.delivery.map(|d| t.delivery(d)).unwrap_or("—")),
                esc(&owner),
                id = esc(&item.id)
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</section>\n");
}

fn services_section(h: &mut String, a: &Assessment, ctx: &ReportContext<'_>, t: &UiText) {
    let cols = [
        t.col_id,
        t.col_service,
        t.need_needed,
        t.delivery_legend,
        t.current_legend,
        t.target_label,
        t.priority_label,
        t.owner_label,
        t.evidence_label,
        t.note_label,
    ];
    let _ = write!(
        h,
        "<section id=\"services\" class=\"page\">\n<h2>{}</h2>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(t.report_services),
        th_cols(&cols)
    );
    let row = |h: &mut String, id: &str, title: &str, provisional: bool, attr: &str| {
        let r = a.record(id);
        let need = match r.need {
            Some(n) => t.need(n),
            None => t.unanswered,
        };
        let reason = if r.need == Some(Need::NotNeeded) && !r.reason.is_empty() {
            format!("<br><span class=\"note\">{}</span>", esc(&r.reason))
        } else {
            String::new()
        };
        let prov = if provisional {
            // The language's brackets; the space before them (none in Japanese) stays outside the span.
            let marker = (t.in_brackets)(t.provisional_marker);
            let inner = marker.trim_start();
            format!("{}<span class=\"prov\">{}</span>", &marker[..marker.len() - inner.len()], esc(inner))
        } else {
            String::new()
        };
        let _ = writeln!(
            h,
            "<tr {attr}=\"{id}\"><td class=\"id\">{id}</td><td>{}{prov}</td><td>{}{reason}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"note\">{}</td><td class=\"note\">{}</td><td class=\"note\">{}</td></tr>",
            esc(title),
            esc(need),
            esc(r.delivery.map(|d| t.delivery(d)).unwrap_or("—")),
            esc(&t.level_or_dash(r.current)),
            esc(&t.level_or_dash(r.target)),
            esc(r.priority.map(|p| t.priority(p)).unwrap_or("—")),
            esc(&r.owner),
            esc(&r.evidence),
            esc(&r.note),
            id = esc(id)
        );
    };
    for s in &ctx.catalogue.services {
        row(h, &s.id, s.title.get_code(ctx.content), s.provenance == Provenance::Provisional, "data-service-id");
    }
    h.push_str("</tbody>\n</table>\n");
    let orphans = progress::orphans(ctx.catalogue, a);
    if !orphans.is_empty() {
        let _ = write!(
            h,
            "<h3>{}</h3>\n<p>{}</p>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
            esc(t.report_orphans_heading),
            esc(t.report_orphans_explain),
            th_cols(&cols)
        );
        for id in orphans {
            row(h, id, "", false, "data-orphan-id");
        }
        h.push_str("</tbody>\n</table>\n");
    }
    to_review_table(h, a, ctx, t);
    h.push_str("</section>\n");
}

/// The answers waiting for review after a catalogue change: listed, never counted
/// (docs/catalogue-editions.md).
fn to_review_table(h: &mut String, a: &Assessment, ctx: &ReportContext<'_>, t: &UiText) {
    if a.to_review.is_empty() {
        return;
    }
    let e = crate::edition::text::text(ctx.lang);
    let cols = [
        t.col_id,
        e.ed_col_before,
        e.ed_proposed,
        e.ed_why,
        t.need_needed,
        t.delivery_legend,
        t.current_legend,
        t.target_label,
    ];
    let _ = write!(
        h,
        "<h3 id=\"to-review\">{}</h3>\n<p>{}</p>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(e.ed_review_heading),
        esc(e.ed_review_intro),
        th_cols(&cols)
    );
    for item in &a.to_review {
        let title = item.from.title.get_code(ctx.content);
        // Isolated: an id or an English catalogue name inside Arabic keeps its own order.
        let given = (e.ed_given_to)(
            &super::isolate(&item.from.service),
            &super::isolate(&format!("{} {}", item.from.catalogue.id, item.from.catalogue.version)),
        );
        let proposed = match item.service.as_deref() {
            Some(id) => {
                let title = ctx.catalogue.service(id).map(|s| s.title.get_code(ctx.content)).unwrap_or("");
                format!("{id} {title}")
            }
            None => e.ed_review_for_none.to_string(),
        };
        let r = &item.answer;
        let _ = writeln!(
            h,
            "<tr data-review-from=\"{}\"><td class=\"id\">{}</td><td>{}<br><span class=\"note\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&item.from.service),
            esc(&item.from.service),
            esc(if title.is_empty() { e.ed_title_unknown } else { title }),
            esc(&given),
            esc(&proposed),
            esc(e.why(item.why)),
            esc(r.need.map(|n| t.need(n)).unwrap_or(t.unanswered)),
            esc(r.delivery.map(|d| t.delivery(d)).unwrap_or("—")),
            esc(&t.level_or_dash(r.current)),
            esc(&t.level_or_dash(r.target)),
        );
    }
    h.push_str("</tbody>\n</table>\n");
}

fn headline(h: &mut String, a: &Assessment, ev: &Evaluation, ctx: &ReportContext<'_>, t: &UiText) {
    let p = progress::overall(ctx.catalogue, a);
    let _ = write!(
        h,
        "<section id=\"headline\">\n<h2>{}</h2>\n<dl>\n<dt>{}</dt><dd id=\"progress-overall\">{}{}</dd>\n",
        esc(t.headline_heading),
        esc(t.report_progress),
        esc(&(t.progress_overall)(p.answered, p.total)),
        esc(&(t.in_brackets)(&(t.percent)(p.percent())))
    );
    for present::Headline { kind, value } in present::headline(ev, t) {
        let _ = writeln!(h, "<dt>{}</dt><dd data-figure=\"{kind:?}\">{}</dd>", esc(t.figure_label(kind)), esc(&value));
    }
    let _ = write!(
        h,
        "</dl>\n<p class=\"muted\">{}</p>\n</section>\n",
        esc(&super::join_sentences(t.formula_overall, t.formula_status))
    );
}

fn about_section(h: &mut String, ctx: &ReportContext<'_>, t: &UiText) {
    let cat = ctx.catalogue;
    let pc = cat.provenance_counts();
    let _ = write!(
        h,
        "<section id=\"about\" class=\"page\">\n<h2>{}</h2>\n<p>{}</p>\n<p>{}</p>\n<h3>{}</h3>\n<table>\n<tbody>\n",
        esc(t.report_about_heading),
        esc(t.report_method_note),
        esc(t.formula_status),
        esc(t.levels_heading)
    );
    for l in Level::all() {
        let lt = t.level(l);
        let _ =
            writeln!(h, "<tr><th scope=\"row\">{} {}</th><td>{}</td></tr>", l.value(), esc(lt.name), esc(lt.meaning));
    }
    let _ = write!(
        h,
        "</tbody>\n</table>\n<h3>{}</h3>\n<p>{} {} ({})<br>{}</p>\n<dl>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>\n<p class=\"muted\">{}</p>\n</section>\n",
        esc(t.catalogue_label),
        esc(&cat.id),
        esc(&cat.version),
        esc(&cat.edition),
        esc(&(t.provenance_summary)(pc.confirmed, pc.provisional, pc.missing)),
        esc(t.method_version_label),
        crate::METHOD_VERSION,
        esc(t.app_version_label),
        crate::APP_VERSION,
        esc(t.report_generated),
        esc(ctx.generated),
        esc(t.privacy_footer)
    );
}

/// The summary report in the context's language, complete or without identifying details (the
/// redaction is applied here, to the text shown and to the embedded data alike).
pub fn report(a: &Assessment, ctx: &ReportContext<'_>, detail: Detail) -> String {
    let a = &*detail.apply(a);
    let t = ctx.lang.ui();
    let ev = eval::evaluate(ctx.catalogue, a);
    let mut h = String::with_capacity(96 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        ctx.lang.code(),
        ctx.lang.dir(),
        esc(t.report_title)
    );
    let _ = write!(h, "<header>\n<h1>{}</h1>\n", esc(t.report_title));
    if !a.profile.organisation.is_empty() {
        let _ = writeln!(h, "<p class=\"org\">{}</p>", esc(&a.profile.organisation));
    }
    if !a.name.is_empty() {
        let _ = writeln!(h, "<p class=\"name\">{}</p>", esc(&a.name));
    }
    let _ = write!(
        h,
        "<p class=\"muted\">{}</p>\n<p>{}</p>\n",
        esc(&(t.label_value)(t.report_generated, ctx.generated)),
        esc(t.report_method_note)
    );
    if detail == Detail::Redacted {
        let _ = writeln!(h, "<p class=\"redacted\" role=\"note\">{}</p>", esc(t.redacted_notice));
    }
    h.push_str("</header>\n");

    let _ = write!(h, "<section id=\"profile\">\n<h2>{}</h2>\n<dl>\n", esc(t.profile_heading));
    for f in ProfileField::ALL {
        let v = a.profile.get(f);
        let shown = if v.is_empty() { "—" } else { v };
        let _ = writeln!(h, "<dt>{}</dt><dd>{}</dd>", esc(t.profile_field(f)), esc(shown));
    }
    h.push_str("</dl>\n</section>\n");

    headline(&mut h, a, &ev, ctx, t);
    catalogue_section(&mut h, &ev, ctx, t);
    profile_section(&mut h, &ev, ctx, t);
    portfolio_section(&mut h, &ev, ctx, t);
    plan_section(&mut h, a, &ev, ctx, t);
    services_section(&mut h, a, ctx, t);
    about_section(&mut h, ctx, t);
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"{EMBED_ID}\">{}</script>\n</body>\n</html>\n",
        json_for_script(&crate::save::encode(a, false))
    );
    h
}

/// Reads the assessment embedded in a summary report.
pub fn extract_embedded(html: &str) -> Option<&str> {
    let open = format!("<script type=\"application/json\" id=\"{EMBED_ID}\">");
    let start = html.find(&open)? + open.len();
    let len = html[start..].find("</script>")?;
    Some(&html[start..start + len])
}
