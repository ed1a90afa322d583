//! The comparison report: one self-contained HTML file (no script, no external reference of any
//! kind, every user text escaped) showing what changed between two assessments
//! ([`crate::compare::Comparison`]), in the style of the summary report, and printable on A4 and
//! Letter.

use std::fmt::Write;

use super::{escape_html as esc, FileOut, ReportContext};
use crate::compare::{Change, ChangeKind, Comparison, ScopeComparison, ServiceChange, Side};
use crate::edit::TextField;
use crate::eval::{Figure, Ratio};
use crate::i18n::UiText;
use crate::progress::Progress;

const STYLE: &str = "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP','Yu Gothic',Meiryo,sans-serif;color:#1b1f24;margin:0 auto;max-width:60rem;padding:1.5rem}\
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.25rem 0 .4rem}\
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #b8c2cc;padding:.3rem .45rem;text-align:start;vertical-align:top}\
th{background:#eef3f7}td.num{font-variant-numeric:tabular-nums;white-space:nowrap}.muted{color:#4a5561}.warn{border-inline-start:4px solid #b35900;padding:.3rem .6rem;background:#fff6ec}\
.tag{display:inline-block;font-size:.8rem;border:1px solid #4a5561;border-radius:.2rem;padding:0 .3rem;margin-inline-start:.3rem}\
.wrap{overflow-x:auto;max-width:100%}@media print{body{max-width:none;padding:0}.wrap{overflow:visible}h2,h3{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}\
html:lang(ar) body{font-family:'Noto Sans Arabic','Noto Naskh Arabic','Segoe UI',Tahoma,'Geeza Pro','Arial',sans-serif;line-height:1.7}@page{margin:15mm}";

/// The comparison report in the context's language. `ctx.catalogue` is the catalogue the
/// comparison was made against (service and category titles come from it).
pub fn comparison(cmp: &Comparison, ctx: &ReportContext<'_>) -> String {
    let t = ctx.lang.ui();
    let mut h = String::with_capacity(32 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        ctx.lang.code(),
        ctx.lang.dir(),
        esc(t.compare_title)
    );
    let _ = write!(
        h,
        "<header>\n<h1>{}</h1>\n<p class=\"muted\">{}</p>\n</header>\n",
        esc(t.compare_title),
        esc(&(t.label_value)(t.report_generated, ctx.generated))
    );
    sides(&mut h, cmp, t, ctx.lang);
    figures(&mut h, cmp, ctx);
    services(&mut h, cmp, ctx);
    let cat = ctx.catalogue;
    let _ = write!(
        h,
        "<footer>\n<p>{}</p>\n<p>{}<br>{} · {}</p>\n<p class=\"muted\">{}</p>\n</footer>\n</body>\n</html>\n",
        esc(t.compare_method_note),
        esc(&(t.label_value)(t.catalogue_label, &format!("{} {}", cat.id, cat.version))),
        esc(&(t.label_value)(t.method_version_label, crate::METHOD_VERSION)),
        esc(&(t.label_value)(t.app_version_label, crate::APP_VERSION)),
        esc(t.privacy_footer)
    );
    h
}

/// The comparison report as a file to download.
pub fn comparison_file(cmp: &Comparison, ctx: &ReportContext<'_>, date: &str) -> FileOut {
    FileOut {
        name: format!("x1060-comparison-{date}.html"),
        mime: "text/html;charset=utf-8",
        text: comparison(cmp, ctx),
    }
}

/// The start of a table's wrapper: a region that scrolls sideways on a narrow screen (the page
/// itself does not), reachable by keyboard and named by its heading.
fn wrap(label: &str) -> String {
    format!("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">", esc(label))
}

fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() {
        "—"
    } else {
        s
    }
}

fn sides(h: &mut String, cmp: &Comparison, t: &UiText, lang: crate::i18n::Lang) {
    let (b, a) = (&cmp.before, &cmp.after);
    let _ = write!(
        h,
        "<section id=\"sides\">\n<h2>{}</h2>\n{}<table>\n<thead><tr><td></td><th scope=\"col\">{}<br>{}</th><th scope=\"col\">{}<br>{}</th></tr></thead>\n<tbody>\n",
        esc(t.compare_sides_heading),
        wrap(t.compare_sides_heading),
        esc(t.compare_before),
        esc(or_dash(&b.name)),
        esc(t.compare_after),
        esc(or_dash(&a.name)),
    );
    let row = |h: &mut String, label: &str, f: &dyn Fn(&Side) -> String| {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            esc(label),
            esc(or_dash(&f(b))),
            esc(or_dash(&f(a)))
        );
    };
    row(h, t.profile_organisation, &|s| s.organisation.clone());
    row(h, t.compare_created, &|s| s.created.clone());
    row(h, t.compare_last_change, &|s| s.updated.clone());
    row(h, t.catalogue_label, &|s| format!("{} {}", s.catalogue.id, s.catalogue.version));
    if b.to_review + a.to_review > 0 {
        // Listed, never counted: what waits for review after a catalogue change.
        row(h, crate::edition::text::text(lang).ed_review_heading, &|s| s.to_review.to_string());
    }
    let p = cmp.overall.progress;
    let _ = write!(
        h,
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n</tbody>\n</table></div>\n",
        esc(t.report_progress),
        esc(&progress_text(t, p.before)),
        esc(&progress_text(t, p.after))
    );
    if !cmp.same_catalogue {
        let _ = writeln!(h, "<p class=\"warn\">{}</p>", esc(t.compare_catalogue_differs));
    }
    let _ =
        write!(h, "<p id=\"change-count\">{}</p>\n</section>\n", esc(&(t.compare_change_count)(cmp.change_count())));
}

fn progress_text(t: &UiText, p: Progress) -> String {
    format!("{}{}", (t.progress_overall)(p.answered, p.total), (t.in_brackets)(&(t.percent)(p.percent())))
}

/// "+1.5", "−0.5", "0.0" from tenths.
pub fn signed_tenths(tenths: i32, sep: char) -> String {
    let sign = match tenths.signum() {
        1 => "+",
        -1 => "−",
        _ => "",
    };
    let n = tenths.unsigned_abs();
    format!("{sign}{}{sep}{}", n / 10, n % 10)
}

/// "+2", "−1", "0".
pub fn signed(n: i64) -> String {
    match n.signum() {
        1 => format!("+{n}"),
        -1 => format!("−{}", n.unsigned_abs()),
        _ => "0".into(),
    }
}

fn percent_text(t: &UiText, f: &Figure<Ratio>) -> String {
    match f {
        Figure::Value(r) => (t.percent)(r.percent()),
        _ => t.missing(f).unwrap_or_default().to_string(),
    }
}

/// The arrow from a value before to the value after: it points the way the script reads, so in
/// Arabic ("2,0 ← 3,0") it points left, from the first value read to the second.
pub fn change_arrow(rtl: bool) -> &'static str {
    if rtl {
        "←"
    } else {
        "→"
    }
}

/// A signed change ("+1,0", "−2") as HTML. Inside right-to-left text the sign would stand after
/// the figure ("1,0+"), so there it is isolated, left to right.
fn signed_html(change: &str, rtl: bool) -> String {
    if rtl {
        format!("<bdi dir=\"ltr\">{}</bdi>", esc(change))
    } else {
        esc(change)
    }
}

/// "before → after (change)" as HTML, or without the change when there is none to compute.
fn moved(t: &UiText, rtl: bool, before: String, after: String, change: Option<String>) -> String {
    let arrow = change_arrow(rtl);
    let (before, after) = (esc(&before), esc(&after));
    match change {
        // The change goes through `in_brackets` as a placeholder without markup, then in place.
        Some(c) => format!("{before} {arrow} {after}{}", esc(&(t.in_brackets)("\u{1}")))
            .replace('\u{1}', &signed_html(&c, rtl)),
        None => format!("{before} {arrow} {after}"),
    }
}

fn figures(h: &mut String, cmp: &Comparison, ctx: &ReportContext<'_>) {
    let t = ctx.lang.ui();
    let _ = write!(
        h,
        "<section id=\"figures\">\n<h2>{}</h2>\n{}<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(t.compare_figures_heading),
        wrap(t.compare_figures_heading),
        [t.col_category, t.col_answered, t.col_coverage, t.col_avg_current, t.col_avg_target, t.col_gap]
            .iter()
            .map(|c| format!("<th scope=\"col\">{}</th>", esc(c)))
            .collect::<String>()
    );
    let rtl = ctx.lang.dir() == "rtl";
    let row = |h: &mut String, attr: &str, label: String, f: &ScopeComparison| {
        let sep = t.decimal_separator;
        let cells = [
            moved(
                t,
                rtl,
                f.progress.before.answered.to_string(),
                f.progress.after.answered.to_string(),
                Some(signed(f.answered_delta())),
            ),
            moved(
                t,
                rtl,
                percent_text(t, &f.before.catalogue.coverage),
                percent_text(t, &f.after.catalogue.coverage),
                f.coverage_delta().map(|d| signed(i64::from(d))),
            ),
            moved(
                t,
                rtl,
                t.average(&f.before.profile.avg_current),
                t.average(&f.after.profile.avg_current),
                f.avg_current_delta().map(|d| signed_tenths(d, sep)),
            ),
            moved(
                t,
                rtl,
                t.average(&f.before.profile.avg_target),
                t.average(&f.after.profile.avg_target),
                f.avg_target_delta().map(|d| signed_tenths(d, sep)),
            ),
            moved(
                t,
                rtl,
                t.average(&f.before.profile.gap),
                t.average(&f.after.profile.gap),
                f.gap_delta().map(|d| signed_tenths(d, sep)),
            ),
        ];
        let _ = write!(h, "<tr{attr}><th scope=\"row\">{}</th>", esc(&label));
        for c in cells {
            let _ = write!(h, "<td class=\"num\">{c}</td>");
        }
        h.push_str("</tr>\n");
    };
    for c in &cmp.categories {
        let title = ctx.catalogue.category(&c.id).map(|x| x.title.get_code(ctx.content)).unwrap_or("");
        row(h, &format!(" data-category=\"{}\"", esc(&c.id)), format!("{} {}", c.id, title), &c.figures);
    }
    row(h, " data-category=\"overall\"", t.overall_label.to_string(), &cmp.overall);
    h.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn text_field_label(t: &UiText, f: TextField) -> &'static str {
    match f {
        TextField::Reason => t.col_reason,
        TextField::Owner => t.owner_label,
        TextField::Evidence => t.evidence_label,
        TextField::Note => t.note_label,
    }
}

/// The rows of one service: one per answer that changed.
fn service_rows(h: &mut String, s: &ServiceChange, title: &str, t: &UiText, rtl: bool) {
    let opt = |v: Option<&'static str>| v.unwrap_or("—").to_string();
    let mut rows: Vec<(&str, &str, String, String, String)> = Vec::new();
    if let Some(Change { before, after }) = s.need {
        rows.push((
            "need",
            t.compare_need,
            opt(before.map(|n| t.need(n))),
            opt(after.map(|n| t.need(n))),
            String::new(),
        ));
    }
    if let Some(Change { before, after }) = s.delivery {
        let d = |x: Option<crate::model::Delivery>| opt(x.map(|d| t.delivery(d)));
        rows.push(("delivery", t.delivery_heading, d(before), d(after), String::new()));
    }
    if let Some(Change { before, after }) = s.current {
        let delta = s.current_delta().map(|d| signed(i64::from(d))).unwrap_or_default();
        rows.push(("current", t.current_legend, t.level_or_dash(before), t.level_or_dash(after), delta));
    }
    if let Some(Change { before, after }) = s.target {
        let delta = s.target_delta().map(|d| signed(i64::from(d))).unwrap_or_default();
        rows.push(("target", t.target_label, t.level_or_dash(before), t.level_or_dash(after), delta));
    }
    if let Some(Change { before, after }) = s.priority {
        let p = |x: Option<crate::model::Priority>| opt(x.map(|p| t.priority(p)));
        rows.push(("priority", t.priority_label, p(before), p(after), String::new()));
    }
    if !s.texts.is_empty() {
        let names: Vec<&str> = s.texts.iter().map(|f| text_field_label(t, *f)).collect();
        rows.push(("texts", t.compare_texts_changed, String::new(), String::new(), names.join(t.list_separator)));
    }
    let tag = match s.kind {
        ChangeKind::Added => format!("<span class=\"tag\">{}</span>", esc(t.compare_added)),
        ChangeKind::Removed => format!("<span class=\"tag\">{}</span>", esc(t.compare_removed)),
        ChangeKind::Changed => String::new(),
    };
    let span = rows.len().max(1);
    for (i, (key, label, before, after, change)) in rows.iter().enumerate() {
        h.push_str("<tr");
        if i == 0 {
            let _ = write!(h, " data-service-id=\"{}\"", esc(&s.id));
        }
        let _ = write!(h, " data-field=\"{key}\">");
        if i == 0 {
            let _ = write!(
                h,
                "<th scope=\"rowgroup\" rowspan=\"{span}\">{}</th><td rowspan=\"{span}\">{}{tag}</td>",
                esc(&s.id),
                esc(or_dash(title))
            );
        }
        // A signed figure (a change of level) is isolated; a list of field names is text.
        let change = if change.starts_with(['+', '−']) { signed_html(change, rtl) } else { esc(change) };
        let _ = writeln!(
            h,
            "<td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{change}</td></tr>",
            esc(label),
            esc(before),
            esc(after),
        );
    }
}

fn services_table_head(h: &mut String, t: &UiText, label: &str) {
    let _ = write!(
        h,
        "{}<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        wrap(label),
        [t.col_id, t.col_service, t.compare_answer, t.compare_before, t.compare_after, t.compare_change]
            .iter()
            .map(|c| format!("<th scope=\"col\">{}</th>", esc(c)))
            .collect::<String>()
    );
}

fn services(h: &mut String, cmp: &Comparison, ctx: &ReportContext<'_>) {
    let t = ctx.lang.ui();
    let _ = write!(h, "<section id=\"services\">\n<h2>{}</h2>\n", esc(t.compare_services_heading));
    if cmp.change_count() == 0 {
        let _ = writeln!(h, "<p>{}</p>", esc(t.compare_no_changes));
    }
    for c in cmp.categories.iter().filter(|c| !c.changes.is_empty()) {
        let title = ctx.catalogue.category(&c.id).map(|x| x.title.get_code(ctx.content)).unwrap_or("");
        let heading = format!("{} {}", c.id, title);
        let _ = writeln!(h, "<h3>{}</h3>", esc(&heading));
        services_table_head(h, t, &heading);
        for s in &c.changes {
            let title = ctx.catalogue.service(&s.id).map(|x| x.title.get_code(ctx.content)).unwrap_or("");
            service_rows(h, s, title, t, ctx.lang.dir() == "rtl");
        }
        h.push_str("</tbody>\n</table></div>\n");
    }
    h.push_str("</section>\n");
    if !cmp.unlisted.is_empty() {
        let _ = write!(h, "<section id=\"unlisted\">\n<h2>{}</h2>\n", esc(t.compare_unlisted_heading));
        services_table_head(h, t, t.compare_unlisted_heading);
        for s in &cmp.unlisted {
            service_rows(h, s, "", t, ctx.lang.dir() == "rtl");
        }
        h.push_str("</tbody>\n</table></div>\n</section>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_numbers_read_naturally() {
        assert_eq!(signed_tenths(15, '.'), "+1.5");
        assert_eq!(signed_tenths(-5, ','), "−0,5");
        assert_eq!(signed_tenths(0, '.'), "0.0");
        assert_eq!(signed_tenths(-20, '.'), "−2.0");
        assert_eq!(signed(3), "+3");
        assert_eq!(signed(-1), "−1");
        assert_eq!(signed(0), "0");
    }
}
