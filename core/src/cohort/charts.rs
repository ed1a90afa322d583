//! The workbench's charts as SVG text, drawn by our own code in the house style of
//! [`crate::report::svg`]: `role="img"`, a `<title>`, a `<desc>` that states every value, no URL,
//! numbers with at most two decimals. The report and the view put the data table beside each.
//!
//! - [`level_bars`]: one bar per category (and overall) split by current level 0–5, each bar the
//!   full width (shares of its shown total), with a dashed part for what is suppressed.
//! - [`heat_map`]: services × current levels 0–5, each cell shaded by its share of the service's
//!   organisations, with its count or `<k`.
//!
//! Levels are told apart by lightness (dark = high) and by the number in each part, not by hue.

use std::fmt::Write;

use super::picture::{Cell, Dist, Group};
use super::text::WbText;
use super::K;
use crate::i18n::UiText;
use crate::report::escape_html as esc;
use crate::report::svg::num;

const INK: &str = "#1b1f24";
/// Fill and text colour of levels 0–5, light to dark.
const LEVEL_FILL: [(&str, &str); 6] = [
    ("#f1f1f1", INK),
    ("#d6e6f3", INK),
    ("#a9cbe8", INK),
    ("#6a9bc4", "#ffffff"),
    ("#3f6f99", "#ffffff"),
    ("#1d3f5e", "#ffffff"),
];

/// One drawn part of a level bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part {
    /// The level 0–5, or `None` for the suppressed remainder.
    pub level: Option<u8>,
    pub count: Option<u32>,
    pub x: f64,
    pub width: f64,
}

/// The parts of one bar `span` wide from `x0`: shown levels in proportion to the total, then the
/// suppressed remainder (total minus the shown parts). Empty when the total is not shown or 0.
pub fn bar_parts(d: &Dist<6>, x0: f64, span: f64) -> Vec<Part> {
    let Some(total) = d.total.value().filter(|t| *t > 0) else {
        return Vec::new();
    };
    let unit = span / f64::from(total);
    let mut x = x0;
    let mut out = Vec::new();
    let mut shown = 0;
    for (l, c) in d.parts.iter().enumerate() {
        if let Cell::Shown(n) = c {
            if *n > 0 {
                let width = f64::from(*n) * unit;
                out.push(Part { level: Some(l as u8), count: Some(*n), x, width });
                x += width;
                shown += n;
            }
        }
    }
    let rest = total.saturating_sub(shown);
    if rest > 0 {
        out.push(Part { level: None, count: None, x, width: f64::from(rest) * unit });
    }
    out
}

fn open(h: &mut String, id: &str, w: f64, height: f64, title: &str, desc: &str) {
    let _ = write!(
        h,
        "<svg class=\"x1060-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"{INK}\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        num(w),
        num(height),
        num(w),
        num(height),
        esc(title),
        esc(desc)
    );
}

fn dist_text(d: &Dist<6>, k: K, t: &UiText, w: &WbText) -> String {
    let parts: Vec<String> =
        d.parts.iter().enumerate().map(|(l, c)| (t.label_value)(&l.to_string(), &c.text(k))).collect();
    format!("{}{}{}", parts.join(t.list_separator), t.list_separator, (t.label_value)(w.wb_col_total, &d.total.text(k)))
}

/// Mirroring for a right-to-left drawing `width` wide: the x of a point, the x of a box of width
/// `w`, and the anchor of text that starts at a point (its end, when right to left).
fn mirror(width: f64, rtl: bool) -> (impl Fn(f64) -> f64, impl Fn(f64, f64) -> f64, &'static str) {
    let px = move |x: f64| if rtl { width - x } else { x };
    let bx = move |x: f64, w: f64| if rtl { width - x - w } else { x };
    (px, bx, if rtl { " text-anchor=\"end\"" } else { "" })
}

const BAR_W: f64 = 640.0;
const BAR_X0: f64 = 44.0;
const BAR_SPAN: f64 = 560.0;
const ROW_H: f64 = 30.0;
const BAR_H: f64 = 20.0;

/// Current levels per category and overall, one full-width bar each. With `rtl` (Arabic) the
/// drawing is mirrored, as the summary report's bars are: the category letters stand at the right
/// and level 0 starts at the right, in the order of the table's columns beside it.
pub fn level_bars(g: &Group, k: K, t: &UiText, w: &WbText, id: &str, rtl: bool) -> String {
    let mut rows: Vec<(String, &Dist<6>)> =
        g.categories.iter().map(|c| (c.category.to_string(), &c.figures.current)).collect();
    rows.push(("∑".to_string(), &g.overall.current));
    dist_bars(&rows, k, t, w, id, w.wb_categories_heading, BAR_X0, rtl)
}

/// One full-width bar of levels 0–5 per row, its label in the first `x0` pixels (on the right
/// with `rtl`, the whole drawing mirrored).
#[allow(clippy::too_many_arguments)]
pub fn dist_bars(
    rows: &[(String, &Dist<6>)],
    k: K,
    t: &UiText,
    w: &WbText,
    id: &str,
    title: &str,
    x0: f64,
    rtl: bool,
) -> String {
    let (px, bx, start) = mirror(BAR_W, rtl);
    let span = BAR_W - x0 - (BAR_W - BAR_X0 - BAR_SPAN);
    let desc: Vec<String> = rows.iter().map(|(l, d)| (t.label_value)(l, &dist_text(d, k, t, w))).collect();
    let legend_y = 12.0 + rows.len() as f64 * ROW_H + 8.0;
    let height = legend_y + 26.0;
    let mut h = String::with_capacity(8 * 1024);
    open(&mut h, id, BAR_W, height, title, &desc.join(t.item_separator));
    for (i, (label, d)) in rows.iter().enumerate() {
        let y = 12.0 + i as f64 * ROW_H;
        let _ = writeln!(
            h,
            "<g class=\"x1060-bar\" data-category=\"{}\">\n<text x=\"{}\" y=\"{}\"{start} font-weight=\"700\">{}</text>",
            esc(label),
            num(px(8.0)),
            num(y + BAR_H / 2.0 + 5.0),
            esc(label)
        );
        for p in bar_parts(d, x0, span) {
            let (fill, text, outline, shown) = match (p.level, p.count) {
                (Some(l), Some(n)) => {
                    let (f, tx) = LEVEL_FILL[usize::from(l)];
                    (f, tx, "", format!("{l}: {n}"))
                }
                _ => (
                    "#ffffff",
                    INK,
                    " stroke=\"#4a5561\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"",
                    format!("<{k}"),
                ),
            };
            let _ = writeln!(
                h,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"{outline}><title>{}</title></rect>",
                num(bx(p.x, p.width)),
                num(y),
                num(p.width),
                num(BAR_H),
                esc(&shown)
            );
            if p.width >= 22.0 {
                let label = p.count.map_or_else(|| format!("<{k}"), |n| n.to_string());
                let _ = writeln!(
                    h,
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{text}\">{}</text>",
                    num(px(p.x + p.width / 2.0)),
                    num(y + BAR_H / 2.0 + 4.0),
                    esc(&label)
                );
            }
        }
        h.push_str("</g>\n");
    }
    h.push_str("<g class=\"x1060-legend\">\n");
    for (l, (fill, _)) in LEVEL_FILL.iter().enumerate() {
        let x = BAR_X0 + l as f64 * 70.0;
        let _ = writeln!(
            h,
            "<rect x=\"{}\" y=\"{}\" width=\"24\" height=\"14\" fill=\"{fill}\" stroke=\"#4a5561\" stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\"{start}>{l}</text>",
            num(bx(x, 24.0)),
            num(legend_y),
            num(px(x + 30.0)),
            num(legend_y + 12.0)
        );
    }
    let _ = writeln!(
        h,
        "<rect x=\"{}\" y=\"{}\" width=\"24\" height=\"14\" fill=\"#ffffff\" stroke=\"#4a5561\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/><text x=\"{}\" y=\"{}\"{start}>{}</text>",
        num(bx(BAR_X0 + 6.0 * 70.0, 24.0)),
        num(legend_y),
        num(px(BAR_X0 + 6.0 * 70.0 + 30.0)),
        num(legend_y + 12.0),
        esc(&format!("<{k}"))
    );
    h.push_str("</g>\n</svg>\n");
    h
}

/// Shade of a heat-map cell: its share of the row's total, in five steps (0 = empty).
pub fn shade(count: u32, total: u32) -> usize {
    if count == 0 || total == 0 {
        return 0;
    }
    // 1..=5, by fifths, rounded up so any organisation shows.
    ((count * 5).div_ceil(total) as usize).clamp(1, 5)
}

const HEAT_FILL: [&str; 6] = ["#ffffff", "#e3eef7", "#bcd6ec", "#8db5d9", "#4f84b3", "#1d3f5e"];
const HEAT_X0: f64 = 60.0;
const CELL_W: f64 = 56.0;
const CELL_H: f64 = 18.0;

/// Services × current levels: one row per service, one column per level. With `rtl` (Arabic)
/// mirrored like [`level_bars`]: service ids at the right, level 0 in the rightmost column.
pub fn heat_map(g: &Group, k: K, t: &UiText, w: &WbText, id: &str, rtl: bool) -> String {
    let desc: Vec<String> =
        g.services.iter().map(|s| (t.label_value)(&s.service, &dist_text(&s.figures.current, k, t, w))).collect();
    let top = 24.0;
    let height = top + g.services.len() as f64 * CELL_H + 8.0;
    let width = HEAT_X0 + 6.0 * CELL_W + 70.0;
    let (px, bx, start) = mirror(width, rtl);
    let mut h = String::with_capacity(32 * 1024);
    open(&mut h, id, width, height, w.wb_heatmap_heading, &desc.join(t.item_separator));
    for l in 0..6 {
        let _ = writeln!(
            h,
            "<text x=\"{}\" y=\"16\" text-anchor=\"middle\" font-weight=\"700\">{l}</text>",
            num(px(HEAT_X0 + l as f64 * CELL_W + CELL_W / 2.0))
        );
    }
    let _ = writeln!(
        h,
        "<text x=\"{}\" y=\"16\" text-anchor=\"middle\" font-weight=\"700\">{}</text>",
        num(px(HEAT_X0 + 6.0 * CELL_W + 35.0)),
        esc(w.wb_col_total)
    );
    for (i, s) in g.services.iter().enumerate() {
        let y = top + i as f64 * CELL_H;
        let d = &s.figures.current;
        let total = d.total.value().unwrap_or(0);
        let _ = writeln!(
            h,
            "<g class=\"x1060-heat-row\" data-service=\"{}\">\n<text x=\"{}\" y=\"{}\"{start} font-size=\"12\">{}</text>",
            esc(&s.service),
            num(px(4.0)),
            num(y + 13.0),
            esc(&s.service)
        );
        for (l, cell) in d.parts.iter().enumerate() {
            let x = HEAT_X0 + l as f64 * CELL_W;
            let (fill, label, dark, outline) = match cell {
                Cell::Shown(n) => {
                    let sh = shade(*n, total);
                    (HEAT_FILL[sh], if *n == 0 { String::new() } else { n.to_string() }, sh >= 4, "")
                }
                Cell::Suppressed => (
                    "#ffffff",
                    if total == 0 { String::new() } else { format!("<{k}") },
                    false,
                    " stroke-dasharray=\"3 2\"",
                ),
            };
            let _ = writeln!(
                h,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"#b8c2cc\"{outline}/>",
                num(bx(x, CELL_W)),
                num(y),
                num(CELL_W),
                num(CELL_H)
            );
            if !label.is_empty() {
                let _ = writeln!(
                    h,
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{}\">{}</text>",
                    num(px(x + CELL_W / 2.0)),
                    num(y + 13.0),
                    if dark { "#ffffff" } else { INK },
                    esc(&label)
                );
            }
        }
        let _ = writeln!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>\n</g>",
            num(px(HEAT_X0 + 6.0 * CELL_W + 35.0)),
            num(y + 13.0),
            esc(&d.total.text(k))
        );
    }
    h.push_str("</svg>\n");
    h
}
