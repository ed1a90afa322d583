//! Box plots of levels per category: lowest, first quartile, median, third quartile and highest
//! level, read from a distribution of levels 0–5 **as shown** ([`Dist`]). A box is given only when
//! every part of the distribution and its total are shown (each 0 or resting on at least k
//! organisations), so it says nothing the table beside it does not: its five numbers follow from
//! the shown counts. Quartiles by nearest rank: the lowest level whose running count reaches
//! p × total.

use std::fmt::Write;

use super::picture::{Dist, Group};
use super::text::WbText;
use crate::i18n::UiText;
use crate::report::escape_html as esc;
use crate::report::svg::num;

/// The five numbers of one distribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoxStats {
    pub lowest: u8,
    pub q1: u8,
    pub median: u8,
    pub q3: u8,
    pub highest: u8,
}

/// The box of a distribution, when every part and the total are shown and the total is above 0.
pub fn box_stats(d: &Dist<6>) -> Option<BoxStats> {
    let counts: Vec<u32> = d.parts.iter().map(|c| c.value()).collect::<Option<Vec<u32>>>()?;
    let total = d.total.value().filter(|t| *t > 0)?;
    if counts.iter().sum::<u32>() != total {
        return None;
    }
    let rank = |num: u32, den: u32| -> u8 {
        // The lowest level whose running count reaches num/den of the total.
        let mut run = 0u32;
        for (l, n) in counts.iter().enumerate() {
            run += n;
            if u64::from(run) * u64::from(den) >= u64::from(total) * u64::from(num) && run > 0 {
                return l as u8;
            }
        }
        5
    };
    let lowest = counts.iter().position(|n| *n > 0)? as u8;
    let highest = counts.iter().rposition(|n| *n > 0)? as u8;
    Some(BoxStats { lowest, q1: rank(1, 4), median: rank(1, 2), q3: rank(3, 4), highest })
}

const W: f64 = 640.0;
const X0: f64 = 150.0;
const SPAN: f64 = 440.0;
const ROW: f64 = 30.0;

fn x(level: u8) -> f64 {
    X0 + f64::from(level) * SPAN / 5.0
}

/// One box per category and overall, for current and target levels (two rows each).
pub fn chart(g: &Group, t: &UiText, w: &WbText, id: &str) -> String {
    let m = w.more;
    let mut rows: Vec<(String, &Dist<6>)> = Vec::new();
    for c in &g.categories {
        rows.push((format!("{} · {}", c.category, w.wb_current_heading), &c.figures.current));
        rows.push((format!("{} · {}", c.category, w.wb_target_heading), &c.figures.target));
    }
    rows.push((format!("∑ · {}", w.wb_current_heading), &g.overall.current));
    rows.push((format!("∑ · {}", w.wb_target_heading), &g.overall.target));
    let desc: Vec<String> = rows
        .iter()
        .map(|(l, d)| {
            let v = box_stats(d).map_or_else(
                || "—".to_string(),
                |b| {
                    format!(
                        "{} {}, Q1 {}, {} {}, Q3 {}, {} {}",
                        m.wb_col_lowest, b.lowest, b.q1, m.wb_col_median, b.median, b.q3, m.wb_col_highest, b.highest
                    )
                },
            );
            (t.label_value)(l, &v)
        })
        .collect();
    let top = 26.0;
    let height = top + rows.len() as f64 * ROW + 8.0;
    let mut h = String::with_capacity(8 * 1024);
    let _ = write!(
        h,
        "<svg class=\"x1060-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"#1b1f24\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        num(W),
        num(height),
        num(W),
        num(height),
        esc(m.wb_box_heading),
        esc(&desc.join(t.item_separator))
    );
    for l in 0..=5u8 {
        let _ = writeln!(
            h,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#d0d7de\"/><text x=\"{}\" y=\"16\" text-anchor=\"middle\">{l}</text>",
            num(x(l)),
            num(top - 4.0),
            num(x(l)),
            num(height - 8.0),
            num(x(l))
        );
    }
    for (i, (label, d)) in rows.iter().enumerate() {
        let y = top + i as f64 * ROW + ROW / 2.0;
        let _ = writeln!(h, "<g class=\"x1060-box\"><text x=\"4\" y=\"{}\">{}</text>", num(y + 4.0), esc(label));
        match box_stats(d) {
            Some(b) => {
                let _ = writeln!(
                    h,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1b1f24\" stroke-width=\"1.5\"/>\n<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"#a9cbe8\" stroke=\"#1b1f24\"/>\n<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1b1f24\" stroke-width=\"3\"/>",
                    num(x(b.lowest)),
                    num(y),
                    num(x(b.highest)),
                    num(y),
                    num(x(b.q1) - 3.0),
                    num(y - 8.0),
                    num(x(b.q3) - x(b.q1) + 6.0),
                    num(x(b.median)),
                    num(y - 8.0),
                    num(x(b.median)),
                    num(y + 8.0)
                );
            }
            None => {
                let _ = writeln!(h, "<text x=\"{}\" y=\"{}\" fill=\"#4a5561\">—</text>", num(X0), num(y + 4.0));
            }
        }
        h.push_str("</g>\n");
    }
    h.push_str("</svg>\n");
    h
}

/// The chart's table: one row per category and overall, current and target.
/// The table of the boxes, its region named by its heading and `group` (each group has one).
pub fn table(g: &Group, t: &UiText, w: &WbText, category_title: &dyn Fn(&str) -> String, group: &str) -> String {
    let m = w.more;
    let mut h = String::new();
    let heading = m.wb_box_heading;
    let cols = [t.col_category, m.wb_col_lowest, m.wb_col_q1, m.wb_col_median, m.wb_col_q3, m.wb_col_highest];
    let _ = write!(
        h,
        "{}<table class=\"x1060-table x1060-wb-box\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        super::html::wrap_group(heading, group, t),
        super::html::th(&cols.map(String::from))
    );
    let mut rows: Vec<(String, String, &Dist<6>, &str)> = Vec::new();
    for c in &g.categories {
        let label = format!("{} {}", c.category, category_title(&c.category));
        rows.push((c.category.to_string(), label.clone(), &c.figures.current, w.wb_current_heading));
        rows.push((c.category.to_string(), label, &c.figures.target, w.wb_target_heading));
    }
    rows.push(("*".into(), t.overall_label.to_string(), &g.overall.current, w.wb_current_heading));
    rows.push(("*".into(), t.overall_label.to_string(), &g.overall.target, w.wb_target_heading));
    for (key, label, d, kind) in rows {
        let cells = match box_stats(d) {
            Some(b) => [b.lowest, b.q1, b.median, b.q3, b.highest]
                .iter()
                .map(|v| format!("<td class=\"x1060-num\">{v}</td>"))
                .collect::<String>(),
            None => "<td class=\"x1060-num x1060-missing\">—</td>".repeat(5),
        };
        let _ = writeln!(
            h,
            "<tr data-category=\"{}\"><th scope=\"row\">{} · {}</th>{cells}</tr>",
            esc(&key),
            esc(&label),
            esc(kind)
        );
    }
    h.push_str("</tbody>\n</table></div>\n");
    h
}
