//! "You are here": one organisation's own answers drawn over the picture of all organisations, as
//! a self-contained HTML report (no script that runs, no external reference) meant to be sent back
//! to that organisation.
//!
//! It holds that organisation's own values (its name, its need, current and target level per
//! service) and only the figures of the picture of all organisations together
//! ([`GroupBy::All`](super::GroupBy::All)), which are k-safe: never a group label, never another
//! organisation's name or answer. Assessors, owners, evidence, notes and reasons are left out even
//! of the organisation's own answers (the report is about levels).
//!
//! - Current levels per category: the bars of all organisations, and a table that adds this
//!   organisation's own current levels in the category, level by level.
//! - Per service, a heat map as a table: the count of organisations at each current level 0–5,
//!   shaded, with this organisation's level marked ● (and told in its own column), and its target.

use std::fmt::Write;

use super::charts;
use super::html::{th, wrap, STYLE};
use super::picture::{Cell, Group, Picture};
use super::text;
use super::GroupBy;
use crate::model::{Assessment, Need};
use crate::report::{escape_html as esc, ReportContext};

const HEAT_FILL: [(&str, &str); 6] = [
    ("#ffffff", "#1b1f24"),
    ("#e3eef7", "#1b1f24"),
    ("#bcd6ec", "#1b1f24"),
    ("#8db5d9", "#1b1f24"),
    ("#4f84b3", "#ffffff"),
    ("#1d3f5e", "#ffffff"),
];

const EXTRA_STYLE: &str =
    ".x1060-table-wrap{overflow-x:auto}td.x1060-yah-you{outline:3px solid #b3261e;outline-offset:-3px;font-weight:700}";

/// The organisation's current level of a service, if it marked it needed and gave one.
fn own_level(a: &Assessment, service: &str) -> Option<u8> {
    a.services.get(service).filter(|r| r.need == Some(Need::Needed)).and_then(|r| r.current).map(|l| l.value())
}

fn own_target(a: &Assessment, service: &str) -> Option<u8> {
    a.services.get(service).filter(|r| r.need == Some(Need::Needed)).and_then(|r| r.target).map(|l| l.value())
}

fn own_text(a: &Assessment, service: &str, w: &text::WbText) -> String {
    match a.services.get(service).and_then(|r| r.need) {
        None => "—".to_string(),
        Some(Need::NotNeeded) => w.wb_col_not_needed.to_string(),
        Some(Need::Needed) => own_level(a, service).map_or_else(|| "—".to_string(), |l| l.to_string()),
    }
}

fn categories(h: &mut String, a: &Assessment, g: &Group, p: &Picture, ctx: &ReportContext<'_>) {
    let t = ctx.lang.ui();
    let w = text::text(ctx.lang);
    let m = w.more;
    let _ = write!(
        h,
        "<h2>{}</h2>\n<figure class=\"x1060-chart-figure\">\n{}</figure>\n",
        esc(w.wb_categories_heading),
        charts::level_bars(g, p.k, t, w, "x1060-yah-bars", ctx.lang.dir() == "rtl")
    );
    let mut cols = vec![t.col_category.to_string()];
    cols.extend((0..6).map(|l| format!("{} {l}", m.wb_yah_yours)));
    cols.extend((0..6).map(|l| format!("{} {l}", w.wb_group_all)));
    cols.push(format!("{} {}", w.wb_group_all, w.wb_col_total));
    let _ = write!(
        h,
        "{}<table class=\"x1060-table\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        wrap(w.wb_categories_heading),
        th(&cols)
    );
    for c in &g.categories {
        let mut own = [0u32; 6];
        for s in g.services.iter().filter(|s| s.category == c.category) {
            if let Some(l) = own_level(a, &s.service) {
                own[usize::from(l)] += 1;
            }
        }
        let title = ctx.catalogue.category(&c.category).map(|x| x.title.get(ctx.lang)).unwrap_or("");
        let mut cells: String = own.iter().map(|n| format!("<td class=\"x1060-num\">{n}</td>")).collect();
        for (l, cell) in c.figures.current.parts.iter().enumerate() {
            let you = own[l] > 0;
            cells.push_str(&heat_td(*cell, c.figures.current.total, you, p));
        }
        cells.push_str(&super::html::td_k(c.figures.current.total, p.k));
        let _ = writeln!(
            h,
            "<tr data-category=\"{}\"><th scope=\"row\">{} {}</th>{cells}</tr>",
            esc(&c.category),
            esc(&c.category),
            esc(title)
        );
    }
    h.push_str("</tbody>\n</table></div>\n");
}

/// A heat-map cell: shaded by its share of the row's total, marked ● when it is this
/// organisation's level.
fn heat_td(cell: Cell, total: Cell, you: bool, p: &Picture) -> String {
    let text = cell.text(p.k);
    let shade = match (cell, total) {
        (Cell::Shown(n), Cell::Shown(t)) => charts::shade(n, t),
        _ => 0,
    };
    let (fill, ink) = HEAT_FILL[shade];
    let (class, mark) = if you { (" x1060-yah-you", "● ") } else { ("", "") };
    format!(
        "<td class=\"x1060-num{class}\" style=\"background:{fill};color:{ink}\"{}>{mark}{}</td>",
        if you { " data-you=\"\"" } else { "" },
        esc(&text)
    )
}

fn services(h: &mut String, a: &Assessment, g: &Group, p: &Picture, ctx: &ReportContext<'_>) {
    let w = text::text(ctx.lang);
    let m = w.more;
    let _ = write!(h, "<h2>{}</h2>\n<p class=\"x1060-hint\">{}</p>\n", esc(m.wb_yah_all_heading), esc(m.wb_yah_marker));
    let mut cols = vec![w.wb_col_service.to_string(), m.wb_yah_your_current.into(), m.wb_yah_your_target.into()];
    cols.extend((0..6).map(|l| format!("{} {l}", w.wb_group_all)));
    cols.push(format!("{} {}", w.wb_group_all, w.wb_col_total));
    let _ = write!(
        h,
        "{}<table class=\"x1060-table x1060-yah-heat\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        wrap(m.wb_yah_all_heading),
        th(&cols)
    );
    for s in &g.services {
        let title = ctx.catalogue.service(&s.service).map(|x| x.title.get(ctx.lang)).unwrap_or("");
        let own = own_level(a, &s.service);
        let target = own_target(a, &s.service).map_or_else(|| "—".to_string(), |l| l.to_string());
        let mut cells = format!(
            "<td data-own-current=\"\">{}</td><td class=\"x1060-num\">{}</td>",
            esc(&own_text(a, &s.service, w)),
            esc(&target)
        );
        let d = &s.figures.current;
        for (l, cell) in d.parts.iter().enumerate() {
            cells.push_str(&heat_td(*cell, d.total, own == Some(l as u8), p));
        }
        cells.push_str(&super::html::td_k(d.total, p.k));
        let _ = writeln!(
            h,
            "<tr data-service=\"{}\"><th scope=\"row\">{} {}</th>{cells}</tr>",
            esc(&s.service),
            esc(&s.service),
            esc(title)
        );
    }
    h.push_str("</tbody>\n</table></div>\n");
}

/// The file name of the report: `x1060-you-are-here-DATE.html`.
pub fn file_name(date: &str) -> String {
    format!("x1060-you-are-here-{date}.html")
}

/// The "you are here" report of `a` over `p`, the picture of all organisations (grouped by
/// nothing; any other grouping gives no figure, as its groups could be small and labelled).
pub fn report(a: &Assessment, p: &Picture, ctx: &ReportContext<'_>) -> String {
    let t = ctx.lang.ui();
    let w = text::text(ctx.lang);
    let m = w.more;
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}{EXTRA_STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"muted\">{}</p>\n<dl>\n",
        ctx.lang.code(),
        ctx.lang.dir(),
        esc(m.wb_yah_title),
        esc(m.wb_yah_title),
        esc(&(t.label_value)(t.report_generated, ctx.generated))
    );
    let c = ctx.catalogue;
    for (label, value) in [
        (t.profile_organisation, a.profile.organisation.clone()),
        (w.wb_organisations, p.organisations.text(p.k)),
        (w.wb_k_label, p.k.to_string()),
        (t.catalogue_label, format!("{} {}", c.id, c.version)),
    ] {
        let _ = writeln!(h, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(&value));
    }
    let _ = write!(
        h,
        "</dl>\n<p class=\"note\">{} {}</p>\n</header>\n",
        esc(m.wb_yah_note),
        esc(&(w.wb_suppressed_note)(p.k.value()))
    );
    match p.groups.first().filter(|_| p.group_by == GroupBy::All) {
        Some(g) => {
            h.push_str("<section data-yah=\"\">\n");
            categories(&mut h, a, g, p, ctx);
            services(&mut h, a, g, p, ctx);
            h.push_str("</section>\n");
        }
        None => {
            let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(&(w.wb_too_few)(p.k.value())));
        }
    }
    let _ = write!(
        h,
        "<footer class=\"muted\"><p>{}</p></footer>\n</body>\n</html>\n",
        esc(&(t.about_method)(crate::METHOD_VERSION))
    );
    h
}
