//! Charts as SVG text, drawn by our own code: the radar of the profile evaluation (one axis per
//! category, current and target outlines) and the stacked bars of the portfolio evaluation.
//!
//! Geometry comes from small pure functions ([`RadarGeometry`], [`runs`], [`segments`]) that are
//! tested on their own; the renderers only place their results. Every chart has `role="img"`, a
//! `<title>` and a `<desc>` that states every value, and the report puts a data table beside it.
//! The two outlines differ in line style and marker shape as well as colour, so they stay apart
//! in greyscale print and in forced-colours mode. Numbers are written with at most two decimals,
//! so the output is the same on every run (golden files depend on it). No `xmlns` or other URL:
//! the SVG is inline in HTML, which needs none, and the report must reference nothing outside.

use std::f64::consts::PI;
use std::fmt::Write;

use super::escape_html as esc;
use crate::catalogue::Catalogue;
use crate::eval::{Average, Evaluation, Figure, Status};
use crate::i18n::UiText;

/// A point in SVG user units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A number for SVG: rounded to two decimals, trailing zeros dropped, never "-0".
///
/// Written with whole hundredths: `format!("{:.2}")` on a float was the only float formatting in
/// the app and pulled about 7 KB (gzip) of it into the bundle (docs/performance.md). Exact for
/// |v| < 9·10^13, far beyond any chart coordinate.
pub fn num(v: f64) -> String {
    let hundredths = (v * 100.0).round();
    if hundredths == 0.0 || !hundredths.is_finite() {
        return "0".to_string();
    }
    let sign = if hundredths < 0.0 { "-" } else { "" };
    let h = hundredths.abs() as u64;
    match h % 100 {
        0 => format!("{sign}{}", h / 100),
        f if f % 10 == 0 => format!("{sign}{}.{}", h / 100, f / 10),
        f => format!("{sign}{}.{f:02}", h / 100),
    }
}

/// Where the radar is drawn: its centre, the radius of level 5 and the number of axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RadarGeometry {
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
    pub axes: usize,
}

/// The highest level, at the radar's edge.
pub const LEVEL_MAX: f64 = 5.0;

impl RadarGeometry {
    /// Angle of axis `i`, in radians: axis 0 points up, the others follow clockwise.
    pub fn angle(&self, i: usize) -> f64 {
        -PI / 2.0 + 2.0 * PI * i as f64 / self.axes.max(1) as f64
    }

    /// The point of `level` (0–5, clamped) on axis `i`.
    pub fn point(&self, i: usize, level: f64) -> Point {
        let r = self.radius * level.clamp(0.0, LEVEL_MAX) / LEVEL_MAX;
        let a = self.angle(i);
        Point { x: self.cx + r * a.cos(), y: self.cy + r * a.sin() }
    }

    /// The ring of one level: its point on every axis.
    pub fn ring(&self, level: f64) -> Vec<Point> {
        (0..self.axes).map(|i| self.point(i, level)).collect()
    }
}

/// Runs of consecutive axes that have a value, going round the circle, so that an outline can be
/// drawn with a gap where a category has none. One run holding every axis means a closed outline.
/// A run may wrap round from the last axis to the first; it then starts at its first axis in
/// drawing order (e.g. `[7, 8, 0, 1]`).
pub fn runs(present: &[bool]) -> Vec<Vec<usize>> {
    let n = present.len();
    if present.iter().all(|p| *p) {
        return if n == 0 { vec![] } else { vec![(0..n).collect()] };
    }
    // Start just after an axis without a value, so no run is cut in two.
    let start = present.iter().position(|p| !*p).unwrap_or(0) + 1;
    let mut out = Vec::new();
    let mut run = Vec::new();
    for k in 0..n {
        let i = (start + k) % n;
        if present[i] {
            run.push(i);
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

fn path(points: &[Point], closed: bool) -> String {
    let mut d = String::new();
    for (k, p) in points.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if k == 0 { "M" } else { " L" }, num(p.x), num(p.y));
    }
    if closed {
        d.push_str(" Z");
    }
    d
}

/// One axis of the radar: a category and its two averages.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    /// Short label at the end of the axis (the category id).
    pub label: String,
    /// The category's title, for the description.
    pub name: String,
    pub current: Figure<Average>,
    pub target: Figure<Average>,
}

/// The radar's axes from an evaluation, in catalogue order.
pub fn radar_axes(ev: &Evaluation, c: &Catalogue, content: &str) -> Vec<RadarAxis> {
    ev.categories
        .iter()
        .map(|s| {
            let id = s.category.clone().unwrap_or_default();
            RadarAxis {
                name: c.category(&id).map(|cat| cat.title.get_code(content).to_string()).unwrap_or_default(),
                label: id,
                current: s.profile.avg_current,
                target: s.profile.avg_target,
            }
        })
        .collect()
}

const INK: &str = "#1b1f24";
const GRID: &str = "#c3ccd5";
const CURRENT: &str = "#1f5f8b";
const TARGET: &str = "#a34a00";
const RADAR_W: f64 = 560.0;
const RADAR_H: f64 = 560.0;

fn svg_open(h: &mut String, id: &str, w: f64, ht: f64, title: &str, desc: &str) {
    let id = esc(id);
    let _ = write!(
        h,
        "<svg class=\"x1060-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {w} {ht}\" width=\"{w}\" height=\"{ht}\" font-size=\"13\" fill=\"{INK}\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        esc(title),
        esc(desc),
        w = num(w),
        ht = num(ht),
    );
}

fn marker(h: &mut String, p: Point, square: bool, class: &str, color: &str) {
    if square {
        let _ = writeln!(
            h,
            "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"{color}\" stroke-width=\"2\"/>",
            num(p.x - 4.0),
            num(p.y - 4.0)
        );
    } else {
        let _ =
            writeln!(h, "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{color}\"/>", num(p.x), num(p.y));
    }
}

/// The description of the radar: what it shows, then every value.
pub fn radar_desc(axes: &[RadarAxis], t: &UiText) -> String {
    let items: Vec<String> = axes
        .iter()
        .map(|a| {
            let value = match (&a.current, &a.target) {
                (Figure::NotApplicable, _) => t.not_applicable.to_string(),
                (c, g) => format!(
                    "{}{}{}",
                    (t.label_value)(t.legend_current, &t.average(c)),
                    t.list_separator,
                    (t.label_value)(t.legend_target, &t.average(g))
                ),
            };
            (t.label_value)(&format!("{} {}", a.label, a.name), &value)
        })
        .collect();
    with_items(t.chart_radar_desc, &items, t)
}

/// The radar chart: rings for levels 0–5, one axis per category, the current outline (solid line,
/// round markers) and the target outline (dashed line, square markers), gaps where a category has
/// no value, and "n/a" under the label of a category that is not applicable.
pub fn radar(axes: &[RadarAxis], t: &UiText, id: &str) -> String {
    let g = RadarGeometry { cx: RADAR_W / 2.0, cy: 250.0, radius: 190.0, axes: axes.len() };
    let mut h = String::with_capacity(8 * 1024);
    svg_open(&mut h, id, RADAR_W, RADAR_H, t.chart_radar_title, &radar_desc(axes, t));
    // Rings and level numbers.
    h.push_str("<g class=\"x1060-grid\" fill=\"none\" stroke=\"");
    h.push_str(GRID);
    h.push_str("\" stroke-width=\"1\">\n");
    for level in 1..=5 {
        let _ = writeln!(h, "<path d=\"{}\"/>", path(&g.ring(f64::from(level)), true));
    }
    for i in 0..g.axes {
        let end = g.point(i, LEVEL_MAX);
        let _ = writeln!(
            h,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            num(g.cx),
            num(g.cy),
            num(end.x),
            num(end.y)
        );
    }
    h.push_str("</g>\n<g class=\"x1060-levels\" font-size=\"11\" fill=\"#4a5561\">\n");
    for level in 0..=5 {
        let p = g.point(0, f64::from(level));
        let _ = writeln!(h, "<text x=\"{}\" y=\"{}\">{level}</text>", num(p.x + 4.0), num(p.y - 3.0));
    }
    h.push_str("</g>\n");
    // Axis labels, with the reason when there is no value.
    h.push_str("<g class=\"x1060-axis-labels\">\n");
    for (i, a) in axes.iter().enumerate() {
        let p = g.point(i, LEVEL_MAX + 0.8);
        let cos = g.angle(i).cos();
        let anchor = if cos.abs() < 0.2 {
            "middle"
        } else if cos > 0.0 {
            "start"
        } else {
            "end"
        };
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-weight=\"700\">{}",
            num(p.x),
            num(p.y + 4.0),
            esc(&a.label)
        );
        let note = match a.current {
            Figure::NotApplicable => Some(t.not_applicable_short),
            Figure::NotAnswered => Some(t.unanswered),
            Figure::Value(_) => None,
        };
        if let Some(note) = note {
            let _ = write!(
                h,
                "<tspan class=\"x1060-na\" x=\"{}\" dy=\"15\" font-weight=\"400\" font-size=\"11\">{}</tspan>",
                num(p.x),
                esc(note)
            );
        }
        h.push_str("</text>\n");
    }
    h.push_str("</g>\n");
    // The two outlines: target first, so that the current outline is drawn on top.
    for (is_target, color, class) in [(true, TARGET, "x1060-target"), (false, CURRENT, "x1060-current")] {
        let values: Vec<Option<f64>> =
            axes.iter().map(|a| if is_target { &a.target } else { &a.current }.value().map(|v| v.value())).collect();
        let present: Vec<bool> = values.iter().map(Option::is_some).collect();
        let dash = if is_target { " stroke-dasharray=\"7 5\"" } else { "" };
        let _ = writeln!(h, "<g class=\"{class}\">");
        for run in runs(&present) {
            if run.len() < 2 {
                continue;
            }
            let pts: Vec<Point> = run.iter().map(|&i| g.point(i, values[i].unwrap_or(0.0))).collect();
            let closed = run.len() == axes.len();
            let _ = writeln!(
                h,
                "<path d=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{dash}/>",
                path(&pts, closed)
            );
        }
        for (i, v) in values.iter().enumerate() {
            if let Some(v) = v {
                marker(&mut h, g.point(i, *v), is_target, class, color);
            }
        }
        h.push_str("</g>\n");
    }
    // Legend.
    let y = RADAR_H - 44.0;
    let _ = writeln!(
        h,
        "<g class=\"x1060-legend\">\n<line x1=\"20\" y1=\"{y}\" x2=\"56\" y2=\"{y}\" stroke=\"{CURRENT}\" stroke-width=\"2.5\"/>",
        y = num(y)
    );
    marker(&mut h, Point { x: 38.0, y }, false, "x1060-current", CURRENT);
    let _ = writeln!(h, "<text x=\"64\" y=\"{}\">{}</text>", num(y + 4.0), esc(t.legend_current));
    let y2 = y + 24.0;
    let _ = writeln!(
        h,
        "<line x1=\"20\" y1=\"{y}\" x2=\"56\" y2=\"{y}\" stroke=\"{TARGET}\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\"/>",
        y = num(y2)
    );
    marker(&mut h, Point { x: 38.0, y: y2 }, true, "x1060-target", TARGET);
    let _ = writeln!(h, "<text x=\"64\" y=\"{}\">{}</text>\n</g>", num(y2 + 4.0), esc(t.legend_target));
    h.push_str("</svg>\n");
    h
}

/// A part of a delivery bar, in drawing order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    InHouse,
    Shared,
    Outsourced,
    NotYet,
    /// Needed, no delivery answer.
    Unanswered,
}

impl Part {
    /// Drawing order: from own staff to external providers, then the gaps.
    pub const ALL: [Part; 5] = [Part::InHouse, Part::Shared, Part::Outsourced, Part::NotYet, Part::Unanswered];

    fn label(self, t: &UiText) -> &'static str {
        match self {
            Part::InHouse => t.delivery_in_house,
            Part::Shared => t.delivery_shared,
            Part::Outsourced => t.delivery_outsourced,
            Part::NotYet => t.delivery_not_yet,
            Part::Unanswered => t.col_delivery_unanswered,
        }
    }

    /// Fill, text colour and outline: they differ in lightness and line style, not hue alone.
    fn style(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Part::InHouse => ("#1d3f5e", "#ffffff", ""),
            Part::Shared => ("#3f6f99", "#ffffff", ""),
            Part::Outsourced => ("#a9cbe8", INK, ""),
            Part::NotYet => ("#f1f1f1", INK, " stroke=\"#1b1f24\" stroke-width=\"1.5\""),
            Part::Unanswered => ("#ffffff", INK, " stroke=\"#4a5561\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\""),
        }
    }
}

/// One bar: a category and its counts of needed services, in [`Part::ALL`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub name: String,
    pub status: Status,
    pub counts: [usize; 5],
}

/// The bars from an evaluation, in catalogue order.
pub fn bar_rows(ev: &Evaluation, c: &Catalogue, content: &str) -> Vec<BarRow> {
    ev.categories
        .iter()
        .map(|s| {
            let p = &s.portfolio;
            let id = s.category.clone().unwrap_or_default();
            BarRow {
                name: c.category(&id).map(|cat| cat.title.get_code(content).to_string()).unwrap_or_default(),
                label: id,
                status: s.status,
                counts: [p.in_house, p.shared, p.outsourced, p.not_yet, p.unanswered],
            }
        })
        .collect()
}

/// A drawn part of a bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub part: Part,
    pub count: usize,
    pub x: f64,
    pub width: f64,
}

/// The segments of one bar starting at `x0`, `unit` wide per service; empty parts are left out.
pub fn segments(counts: &[usize; 5], x0: f64, unit: f64) -> Vec<Segment> {
    let mut x = x0;
    let mut out = Vec::new();
    for (part, &count) in Part::ALL.iter().zip(counts) {
        if count == 0 {
            continue;
        }
        let width = count as f64 * unit;
        out.push(Segment { part: *part, count, x, width });
        x += width;
    }
    out
}

const BARS_W: f64 = 640.0;
const BAR_X0: f64 = 44.0;
const BAR_SPAN: f64 = 540.0;
const ROW_H: f64 = 30.0;
const BAR_H: f64 = 20.0;

/// The description of the bars: what they show, then every count.
pub fn bars_desc(rows: &[BarRow], t: &UiText) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            let value = match r.status {
                Status::NotApplicable => t.not_applicable.to_string(),
                Status::NotAnswered => t.unanswered.to_string(),
                Status::Applicable => Part::ALL
                    .iter()
                    .zip(r.counts)
                    .map(|(p, n)| (t.label_value)(p.label(t), &n.to_string()))
                    .collect::<Vec<_>>()
                    .join(t.list_separator),
            };
            (t.label_value)(&format!("{} {}", r.label, r.name), &value)
        })
        .collect();
    with_items(t.chart_bars_desc, &items, t)
}

/// A chart's description followed by its items, written as sentences of the language: after a
/// Japanese 。 no space, and the last item closed with a full stop (。 or .) like the others.
fn with_items(desc: &str, items: &[String], t: &UiText) -> String {
    if items.is_empty() {
        return desc.to_string();
    }
    let (gap, end) = if t.item_separator.starts_with('。') { ("", "。") } else { (" ", ".") };
    format!("{desc}{gap}{}{end}", items.join(t.item_separator))
}

/// The stacked bars: one per category, as long as its number of needed services (one scale for
/// all bars: the longest spans the drawing), split by delivery; "n/a" or "Not answered" in place
/// of a bar.
pub fn delivery_bars(rows: &[BarRow], t: &UiText, id: &str) -> String {
    delivery_bars_dir(rows, t, id, false)
}

/// The stacked bars, drawn for the script's direction: with `rtl` (Arabic) the labels stand at
/// the right and the bars grow to the left, as the script reads; the order of the parts inside a
/// bar (in-house first) follows the reading direction too.
pub fn delivery_bars_dir(rows: &[BarRow], t: &UiText, id: &str, rtl: bool) -> String {
    // x of a point, and of a box of width `w`, mirrored when right to left.
    let px = |x: f64| if rtl { BARS_W - x } else { x };
    let bx = |x: f64, w: f64| if rtl { BARS_W - x - w } else { x };
    // Text that starts at a point: its anchor is its end when right to left.
    let start = if rtl { " text-anchor=\"end\"" } else { "" };
    let scale = rows.iter().map(|r| r.counts.iter().sum::<usize>()).max().unwrap_or(0).max(1);
    let unit = BAR_SPAN / scale as f64;
    let legend_y = 12.0 + rows.len() as f64 * ROW_H + 10.0;
    let height = legend_y + Part::ALL.len() as f64 * 22.0 + 8.0;
    let mut h = String::with_capacity(8 * 1024);
    svg_open(&mut h, id, BARS_W, height, t.chart_bars_title, &bars_desc(rows, t));
    for (k, r) in rows.iter().enumerate() {
        let y = 12.0 + k as f64 * ROW_H;
        let _ = writeln!(
            h,
            "<g class=\"x1060-bar\" data-category=\"{}\">\n<text x=\"{}\" y=\"{}\"{start} font-weight=\"700\">{}</text>",
            esc(&r.label),
            num(px(8.0)),
            num(y + BAR_H / 2.0 + 5.0),
            esc(&r.label)
        );
        let total: usize = r.counts.iter().sum();
        if r.status != Status::Applicable {
            let note = if r.status == Status::NotApplicable { t.not_applicable_short } else { t.unanswered };
            let _ = writeln!(
                h,
                "<text class=\"x1060-na\" x=\"{}\" y=\"{}\"{start} fill=\"#4a5561\">{}</text>",
                num(px(BAR_X0)),
                num(y + BAR_H / 2.0 + 5.0),
                esc(note)
            );
        } else {
            for s in segments(&r.counts, BAR_X0, unit) {
                let (fill, text, outline) = s.part.style();
                let _ = writeln!(
                    h,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"{outline}><title>{}</title></rect>",
                    num(bx(s.x, s.width)),
                    num(y),
                    num(s.width),
                    num(BAR_H),
                    esc(&(t.label_value)(s.part.label(t), &s.count.to_string()))
                );
                if s.width >= 16.0 {
                    let _ = writeln!(
                        h,
                        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{text}\">{}</text>",
                        num(px(s.x + s.width / 2.0)),
                        num(y + BAR_H / 2.0 + 4.0),
                        s.count
                    );
                }
            }
            let _ = writeln!(
                h,
                "<text x=\"{}\" y=\"{}\"{start}>{total}</text>",
                num(px(BAR_X0 + total as f64 * unit + 6.0)),
                num(y + BAR_H / 2.0 + 5.0)
            );
        }
        h.push_str("</g>\n");
    }
    h.push_str("<g class=\"x1060-legend\">\n");
    for (k, part) in Part::ALL.iter().enumerate() {
        let y = legend_y + k as f64 * 22.0;
        let (fill, _, outline) = part.style();
        let _ = writeln!(
            h,
            "<rect x=\"{}\" y=\"{}\" width=\"24\" height=\"14\" fill=\"{fill}\"{outline}/><text x=\"{}\" y=\"{}\"{start}>{}</text>",
            num(bx(BAR_X0, 24.0)),
            num(y),
            num(px(BAR_X0 + 32.0)),
            num(y + 12.0),
            esc(part.label(t))
        );
    }
    h.push_str("</g>\n</svg>\n");
    h
}
