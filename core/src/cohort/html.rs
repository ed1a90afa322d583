//! The aggregate report: one self-contained HTML file (no script that runs, no external
//! reference), printable on A4 and Letter, that carries its data as the JSON export in a
//! `<script type="application/json" id="x1060-aggregate">` element.
//!
//! Header (what was counted, k, the grouping, the anonymity rules), then one section per group:
//! current levels per category (bars and table), the services most often missing, and per service
//! the heat map of current levels with its table, target levels, delivery and gap. Every text from
//! a participant (a group label) goes through [`esc`].

use std::fmt::Write;

use super::charts;
use super::export;
use super::picture::{Cell, Dist, Figures, Group, GroupLabel, Picture};
use super::text::{self, WbText};
use super::{GroupBy, Round};
use crate::i18n::UiText;
use crate::report::{escape_html as esc, json_for_script, ReportContext};

/// Id of the element that carries the JSON export.
pub const EMBED_ID: &str = "x1060-aggregate";

pub(super) const STYLE: &str = "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP','Yu Gothic',Meiryo,sans-serif;color:#1b1f24;margin:0 auto;max-width:60rem;padding:1.5rem}\
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}h3{font-size:1rem;margin:1.25rem 0 .4rem}\
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}th,td{border:1px solid #b8c2cc;padding:.25rem .4rem;text-align:start;vertical-align:top}\
th{background:#eef3f7}td.x1060-num{text-align:end;font-variant-numeric:tabular-nums}td.x1060-missing{color:#4a5561;font-style:italic}\
dl{display:grid;grid-template-columns:fit-content(60%) 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}.muted,.x1060-hint{color:#4a5561}.note{border-inline-start:4px solid #1f5f8b;padding:.25rem .75rem}\
.x1060-table-wrap{overflow-x:auto;max-width:100%}figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}.x1060-chart{display:block;max-width:100%;height:auto;margin:0 auto;direction:ltr}\
@media (forced-colors:active){.x1060-chart text{fill:CanvasText}}\
@media print{body{max-width:none;padding:0;font-size:10pt}.x1060-table-wrap{overflow:visible}h2,h3{break-after:avoid;page-break-after:avoid}section.page{break-before:page;page-break-before:always}\
tr,figure,svg,dl{break-inside:avoid;page-break-inside:avoid}table{font-size:8pt}thead{display:table-header-group}.x1060-chart{max-height:240mm;width:auto}}\
html:lang(ar) td.x1060-missing{font-style:normal}html[dir=rtl] td.x1060-missing{direction:ltr;text-align:left}html:lang(ar) body{font-family:'Noto Sans Arabic','Noto Naskh Arabic','Segoe UI',Tahoma,'Geeza Pro','Arial',sans-serif;line-height:1.7}\
@page{size:auto;margin:15mm 12mm}";

/// The label of a group, as shown.
pub fn group_label(g: &GroupLabel, by: GroupBy, t: &UiText, w: &WbText) -> String {
    let field = by.field().map(|f| t.profile_field(f)).unwrap_or("");
    match g {
        GroupLabel::All => w.wb_group_all.to_string(),
        GroupLabel::NotGiven => (t.label_value)(field, w.wb_group_not_given),
        GroupLabel::Value(v) => (t.label_value)(field, v),
        GroupLabel::Round(r) => round_name(*r, w).to_string(),
    }
}

/// The name of a round.
pub fn round_name(r: Round, w: &WbText) -> &'static str {
    match r {
        Round::Last => w.more.wb_round_last,
        Round::This => w.more.wb_round_this,
    }
}

/// The name of a grouping.
pub fn grouping(by: GroupBy, t: &UiText, w: &WbText) -> &'static str {
    match by {
        GroupBy::Round => w.more.wb_group_round,
        _ => by.field().map_or(w.wb_group_all, |f| t.profile_field(f)),
    }
}

/// The start of a table's wrapper: a region that scrolls sideways on narrow screens, reachable
/// by keyboard and named by its heading and its group (each group has the same tables, and
/// regions need names of their own).
pub(super) fn wrap_group(label: &str, group: &str, t: &UiText) -> String {
    format!(
        "<div class=\"x1060-table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
        esc(&format!("{label}{}", (t.in_brackets)(group)))
    )
}

/// A table that can scroll sideways in its own box, reachable by keyboard and named by its heading.
pub(super) fn wrap(label: &str) -> String {
    format!("<div class=\"x1060-table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">", esc(label))
}

pub(super) fn th(cols: &[String]) -> String {
    cols.iter().map(|c| format!("<th scope=\"col\">{}</th>", esc(c))).collect()
}

fn td(c: Cell, p: &Picture) -> String {
    td_k(c, p.k)
}

/// One count as a table cell: the number, or `<k` in grey.
pub fn td_k(c: Cell, k: super::K) -> String {
    match c {
        Cell::Shown(n) => format!("<td class=\"x1060-num\">{n}</td>"),
        Cell::Suppressed => format!("<td class=\"x1060-num x1060-missing\">{}</td>", esc(&c.text(k))),
    }
}

fn dist_tds<const N: usize>(d: &Dist<N>, p: &Picture) -> String {
    d.parts.iter().chain(std::iter::once(&d.total)).map(|c| td(*c, p)).collect()
}

fn levels_cols(first: &[&str], w: &WbText) -> Vec<String> {
    let mut cols: Vec<String> = first.iter().map(|s| s.to_string()).collect();
    cols.extend((0..6).map(|l| l.to_string()));
    cols.push(w.wb_col_total.to_string());
    cols
}

fn need_tds(f: &Figures, p: &Picture) -> String {
    format!("{}{}{}", td(f.needed, p), td(f.not_needed, p), td(f.unanswered, p))
}

fn categories(h: &mut String, g: &Group, p: &Picture, ctx: &ReportContext<'_>, t: &UiText, n: usize, group: &str) {
    let w = text::text(ctx.lang);
    let _ = write!(
        h,
        "<h3>{}</h3>\n<p class=\"x1060-hint\">{}</p>\n<figure class=\"x1060-chart-figure\" tabindex=\"0\" aria-label=\"{}\">\n{}</figure>\n{}<table class=\"x1060-table\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(w.wb_categories_heading),
        esc(w.wb_categories_unit),
        esc(w.wb_categories_heading),
        charts::level_bars(g, p.k, t, w, &format!("x1060-wb-bars-{n}"), ctx.lang.dir() == "rtl"),
        wrap_group(w.wb_categories_heading, group, t),
        th(&{
            let mut c = vec![t.col_category.to_string(), w.wb_col_needed.into(), w.wb_col_not_needed.into(), w.wb_col_unanswered.into()];
            c.extend(levels_cols(&[], w).into_iter().map(|l| if l == w.wb_col_total { l } else { format!("{} {l}", w.wb_current_heading) }));
            c.push(w.wb_col_missing.into());
            c
        })
    );
    for c in &g.categories {
        let title = ctx.catalogue.category(&c.category).map(|x| x.title.get(ctx.lang)).unwrap_or("");
        let _ = writeln!(
            h,
            "<tr data-category=\"{}\"><th scope=\"row\">{} {}</th>{}{}{}</tr>",
            esc(&c.category),
            esc(&c.category),
            esc(title),
            need_tds(&c.figures, p),
            dist_tds(&c.figures.current, p),
            td(c.figures.missing, p)
        );
    }
    let _ = writeln!(
        h,
        "<tr data-category=\"*\"><th scope=\"row\">{}</th>{}{}{}</tr>\n</tbody>\n</table></div>",
        esc(t.overall_label),
        need_tds(&g.overall, p),
        dist_tds(&g.overall.current, p),
        td(g.overall.missing, p)
    );
    let title = |id: &str| ctx.catalogue.category(id).map(|x| x.title.get(ctx.lang).to_string()).unwrap_or_default();
    let _ = write!(
        h,
        "<h3>{}</h3>\n<p class=\"x1060-hint\">{}</p>\n<figure class=\"x1060-chart-figure\" tabindex=\"0\" aria-label=\"{}\">\n{}</figure>\n{}",
        esc(w.more.wb_box_heading),
        esc(w.more.wb_box_help),
        esc(w.more.wb_box_heading),
        super::boxplot::chart(g, t, w, &format!("x1060-wb-box-{n}")),
        super::boxplot::table(g, t, w, &title, group)
    );
}

fn most_missing(h: &mut String, g: &Group, ctx: &ReportContext<'_>, t: &UiText, group: &str) {
    let w = text::text(ctx.lang);
    let _ = writeln!(h, "<h3>{}</h3>", esc(w.wb_missing_heading));
    if g.most_missing.is_empty() {
        let _ = writeln!(h, "<p class=\"x1060-hint\">—</p>");
        return;
    }
    let _ = write!(
        h,
        "{}<table class=\"x1060-table x1060-wb-missing\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        wrap_group(w.wb_missing_heading, group, t),
        th(&[w.wb_col_service.into(), w.wb_col_missing.into()])
    );
    for (s, n) in &g.most_missing {
        let title = ctx.catalogue.service(s).map(|x| x.title.get(ctx.lang)).unwrap_or("");
        let _ = writeln!(
            h,
            "<tr data-service=\"{}\"><th scope=\"row\">{} {}</th><td class=\"x1060-num\">{n}</td></tr>",
            esc(s),
            esc(s),
            esc(title)
        );
    }
    h.push_str("</tbody>\n</table></div>\n");
}

fn service_table(
    h: &mut String,
    g: &Group,
    ctx: &ReportContext<'_>,
    group: &str,
    heading: &str,
    cols: Vec<String>,
    cells: impl Fn(&Figures) -> String,
) {
    let _ = write!(
        h,
        "<h3>{}</h3>\n{}<table class=\"x1060-table\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(heading),
        wrap_group(heading, group, ctx.lang.ui()),
        th(&cols)
    );
    for s in &g.services {
        let title = ctx.catalogue.service(&s.service).map(|x| x.title.get(ctx.lang)).unwrap_or("");
        let _ = writeln!(
            h,
            "<tr data-service=\"{}\"><th scope=\"row\">{} {}</th>{}</tr>",
            esc(&s.service),
            esc(&s.service),
            esc(title),
            cells(&s.figures)
        );
    }
    h.push_str("</tbody>\n</table></div>\n");
}

fn services(h: &mut String, g: &Group, p: &Picture, ctx: &ReportContext<'_>, t: &UiText, n: usize, group: &str) {
    let w = text::text(ctx.lang);
    let _ = write!(
        h,
        "<h3>{}</h3>\n<figure class=\"x1060-chart-figure\" tabindex=\"0\" aria-label=\"{}\">\n{}</figure>\n",
        esc(w.wb_heatmap_heading),
        esc(w.wb_heatmap_heading),
        charts::heat_map(g, p.k, t, w, &format!("x1060-wb-heat-{n}"), ctx.lang.dir() == "rtl")
    );
    let mut cols = vec![
        w.wb_col_service.to_string(),
        w.wb_col_needed.into(),
        w.wb_col_not_needed.into(),
        w.wb_col_unanswered.into(),
    ];
    cols.extend(levels_cols(&[], w));
    cols.push(w.wb_col_missing.into());
    service_table(h, g, ctx, group, &format!("{} — {}", w.wb_services_heading, w.wb_current_heading), cols, |f| {
        format!("{}{}{}", need_tds(f, p), dist_tds(&f.current, p), td(f.missing, p))
    });
    service_table(h, g, ctx, group, w.wb_target_heading, levels_cols(&[w.wb_col_service], w), |f| {
        dist_tds(&f.target, p)
    });
    let mut cols = vec![
        w.wb_col_service.to_string(),
        t.delivery_in_house.into(),
        t.delivery_outsourced.into(),
        t.delivery_shared.into(),
        t.delivery_not_yet.into(),
        w.wb_col_total.into(),
    ];
    cols.extend((0..6).map(|l| format!("{} {l}", t.col_gap)));
    cols.push(w.wb_col_total.into());
    service_table(h, g, ctx, group, &format!("{} · {}", w.wb_delivery_heading, w.wb_gap_heading), cols, |f| {
        format!("{}{}", dist_tds(&f.delivery, p), dist_tds(&f.gap, p))
    });
}

/// One group's part of the report, also shown as is by the workbench view (the same model, so the
/// two cannot disagree): heading, categories, most often missing, services. `n` makes the chart
/// ids unique.
pub fn group_body(g: &Group, p: &Picture, ctx: &ReportContext<'_>, n: usize) -> String {
    let t = ctx.lang.ui();
    let w = text::text(ctx.lang);
    let group = group_label(&g.label, p.group_by, t, w);
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<h2>{}</h2>\n<p>{}</p>\n",
        esc(&group),
        esc(&(t.label_value)(w.wb_organisations, &g.organisations.to_string()))
    );
    categories(&mut h, g, p, ctx, t, n, &group);
    most_missing(&mut h, g, ctx, t, &group);
    services(&mut h, g, p, ctx, t, n, &group);
    h
}

/// The aggregate report, in the context's language.
pub fn report(p: &Picture, ctx: &ReportContext<'_>) -> String {
    let t = ctx.lang.ui();
    let w = text::text(ctx.lang);
    let mut h = String::with_capacity(256 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"muted\">{}</p>\n<dl>\n",
        ctx.lang.code(),
        ctx.lang.dir(),
        esc(w.wb_report_title),
        esc(w.wb_report_title),
        esc(&(t.label_value)(t.report_generated, ctx.generated))
    );
    let c = ctx.catalogue;
    for (label, value) in [
        (w.wb_organisations, p.organisations.text(p.k)),
        (w.wb_k_label, p.k.to_string()),
        (w.wb_group_label, grouping(p.group_by, t, w).to_string()),
        (t.catalogue_label, format!("{} {}", c.id, c.version)),
    ] {
        let _ = writeln!(h, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(&value));
    }
    let _ = write!(
        h,
        "</dl>\n<p class=\"note\">{} {}</p>\n<p>{}</p>\n",
        esc(w.wb_report_privacy),
        esc(&(w.wb_suppressed_note)(p.k.value())),
        esc(t.report_method_note)
    );
    if p.organisations == Cell::Suppressed {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(&(w.wb_too_few)(p.k.value())));
    }
    if p.hidden_groups > 0 && p.group_by != GroupBy::All {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(&(w.wb_hidden_groups)(p.hidden_groups, p.k.value())));
    }
    h.push_str("</header>\n");
    for (n, g) in p.groups.iter().enumerate() {
        let _ = write!(
            h,
            "<section class=\"page\" data-group=\"{}\">\n{}</section>\n",
            esc(g.label.key()),
            group_body(g, p, ctx, n)
        );
    }
    if let Some(ch) = &p.changes {
        let _ =
            write!(h, "<section class=\"page\" data-changes=\"\">\n{}</section>\n", super::changes_html::body(ch, ctx));
    }
    let _ = write!(
        h,
        "<footer class=\"muted\"><p>{}</p></footer>\n<script type=\"application/json\" id=\"{EMBED_ID}\">{}</script>\n</body>\n</html>\n",
        esc(&(t.about_method)(crate::METHOD_VERSION)),
        json_for_script(&export::json_value(p, c).to_string())
    );
    h
}
