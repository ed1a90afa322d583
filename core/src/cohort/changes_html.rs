//! The change section of the aggregate report and of the view ([`super::rounds::Changes`]): how
//! the rounds were matched, then (with at least k organisations in both rounds) current levels
//! of the last round and this round per category as bars with their table, and the moves, needs
//! and deliveries per category and per service. Every figure is a [`super::picture::Cell`]: `<k`
//! when suppressed.

use std::fmt::Write;

use super::charts;
use super::html::{td_k, th, wrap};
use super::picture::Dist;
use super::rounds::{ChangeFigures, Changes};
use super::text::{self, WbText};
use crate::report::{escape_html as esc, ReportContext};

fn dist_tds<const N: usize>(d: &Dist<N>, ch: &Changes) -> String {
    d.parts.iter().chain(std::iter::once(&d.total)).map(|c| td_k(*c, ch.k)).collect()
}

fn levels_cols(first: &str, w: &WbText) -> Vec<String> {
    let mut cols = vec![first.to_string()];
    for round in [w.more.wb_round_last, w.more.wb_round_this] {
        cols.extend((0..6).map(|l| format!("{round} {l}")));
        cols.push(format!("{round} {}", w.wb_col_total));
    }
    cols
}

fn moves_cols(first: &str, w: &WbText) -> Vec<String> {
    let m = w.more;
    [
        first,
        m.wb_col_up,
        m.wb_col_same,
        m.wb_col_down,
        w.wb_col_total,
        m.wb_col_newly_needed,
        m.wb_col_no_longer_needed,
        m.wb_col_delivery_same,
        m.wb_col_delivery_started,
        m.wb_col_delivery_changed,
        w.wb_col_total,
    ]
    .map(String::from)
    .to_vec()
}

fn levels_tds(f: &ChangeFigures, ch: &Changes) -> String {
    format!("{}{}", dist_tds(&f.before, ch), dist_tds(&f.after, ch))
}

fn moves_tds(f: &ChangeFigures, ch: &Changes) -> String {
    format!(
        "{}{}{}{}",
        dist_tds(&f.moves, ch),
        td_k(f.newly_needed, ch.k),
        td_k(f.no_longer_needed, ch.k),
        dist_tds(&f.delivery, ch)
    )
}

/// One table: a row per category (and overall) or per service.
fn table(h: &mut String, heading: &str, cols: Vec<String>, rows: &[(String, String, String)], attr: &str) {
    let _ = write!(
        h,
        "<h3>{}</h3>\n{}<table class=\"x1060-table\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(heading),
        wrap(heading),
        th(&cols)
    );
    for (key, label, cells) in rows {
        let _ = writeln!(h, "<tr {attr}=\"{}\"><th scope=\"row\">{}</th>{cells}</tr>", esc(key), esc(label));
    }
    h.push_str("</tbody>\n</table></div>\n");
}

/// The change section (HTML), in the context's language: [`head`] then [`figures`].
pub fn body(ch: &Changes, ctx: &ReportContext<'_>) -> String {
    format!("{}{}", head(ch, ctx), figures(ch, ctx))
}

/// The section's heading and what it counts.
pub fn head(_ch: &Changes, ctx: &ReportContext<'_>) -> String {
    let m = text::text(ctx.lang).more;
    format!("<h2>{}</h2>\n<p class=\"x1060-hint\">{}</p>\n", esc(m.wb_changes_heading), esc(m.wb_changes_unit))
}

/// How the rounds were matched, then the change figures (or why there are none).
pub fn figures(ch: &Changes, ctx: &ReportContext<'_>) -> String {
    let t = ctx.lang.ui();
    let w = text::text(ctx.lang);
    let m = w.more;
    let mut h = String::with_capacity(32 * 1024);
    h.push_str("<dl class=\"x1060-wb-matching\">\n");
    let mut facts = vec![("matched", m.wb_matched, ch.matched), ("by-uid", m.wb_matched_by_uid, ch.by_uid)];
    if ch.name_matching {
        facts.push(("by-name", m.wb_matched_by_name, ch.by_name));
    }
    facts.push(("last-unmatched", m.wb_unmatched_last, ch.last_unmatched));
    facts.push(("this-unmatched", m.wb_unmatched_this, ch.this_unmatched));
    for (key, label, cell) in facts {
        let _ = writeln!(h, "<dt>{}</dt><dd data-wb-match=\"{key}\">{}</dd>", esc(label), esc(&cell.text(ch.k)));
    }
    h.push_str("</dl>\n");
    let Some(overall) = &ch.overall else {
        let _ = writeln!(
            h,
            "<p class=\"note\" data-wb-changes-too-few=\"\">{}</p>",
            esc(&(m.wb_changes_too_few)(ch.k.value()))
        );
        return h;
    };
    let mut bars: Vec<(String, &Dist<6>)> = Vec::new();
    for c in &ch.categories {
        bars.push((format!("{} · {}", c.category, m.wb_round_last), &c.figures.before));
        bars.push((format!("{} · {}", c.category, m.wb_round_this), &c.figures.after));
    }
    bars.push((format!("∑ · {}", m.wb_round_last), &overall.before));
    bars.push((format!("∑ · {}", m.wb_round_this), &overall.after));
    let _ = write!(
        h,
        "<figure class=\"x1060-chart-figure\">\n{}</figure>\n",
        charts::dist_bars(
            &bars,
            ch.k,
            t,
            w,
            "x1060-wb-change-bars",
            m.wb_changes_levels_heading,
            190.0,
            ctx.lang.dir() == "rtl"
        )
    );
    let cat_title = |id: &str| ctx.catalogue.category(id).map(|x| x.title.get(ctx.lang)).unwrap_or("");
    let mut cat_rows: Vec<(String, String, &ChangeFigures)> = ch
        .categories
        .iter()
        .map(|c| (c.category.clone(), format!("{} {}", c.category, cat_title(&c.category)), &c.figures))
        .collect();
    cat_rows.push(("*".into(), t.overall_label.to_string(), overall));
    let rows = |f: &dyn Fn(&ChangeFigures) -> String,
                list: &[(String, String, &ChangeFigures)]|
     -> Vec<(String, String, String)> {
        list.iter().map(|(k, l, x)| (k.clone(), l.clone(), f(x))).collect()
    };
    table(
        &mut h,
        &format!("{} — {}", t.col_category, m.wb_changes_levels_heading),
        levels_cols(t.col_category, w),
        &rows(&|f| levels_tds(f, ch), &cat_rows),
        "data-category",
    );
    table(
        &mut h,
        &format!("{} — {}", t.col_category, m.wb_changes_moves_heading),
        moves_cols(t.col_category, w),
        &rows(&|f| moves_tds(f, ch), &cat_rows),
        "data-category",
    );
    let svc_rows: Vec<(String, String, &ChangeFigures)> = ch
        .services
        .iter()
        .map(|s| {
            let title = ctx.catalogue.service(&s.service).map(|x| x.title.get(ctx.lang)).unwrap_or("");
            (s.service.clone(), format!("{} {title}", s.service), &s.figures)
        })
        .collect();
    table(
        &mut h,
        &format!("{} — {}", w.wb_col_service, m.wb_changes_levels_heading),
        levels_cols(w.wb_col_service, w),
        &rows(&|f| levels_tds(f, ch), &svc_rows),
        "data-service",
    );
    table(
        &mut h,
        &format!("{} — {}", w.wb_col_service, m.wb_changes_moves_heading),
        moves_cols(w.wb_col_service, w),
        &rows(&|f| moves_tds(f, ch), &svc_rows),
        "data-service",
    );
    h
}
