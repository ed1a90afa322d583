//! The summary report: one self-contained HTML file (no external reference of any kind) that
//! also carries the complete assessment as embedded JSON, so it can be loaded back.

use std::fmt::Write;

use super::{escape_html as esc, json_for_script, ReportContext};
use crate::model::{Assessment, Need, ProfileField};
use crate::progress;

/// Id of the `<script type="application/json">` element that holds the assessment.
pub const EMBED_ID: &str = "x1060-assessment";

const STYLE: &str = "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP','Yu Gothic',Meiryo,sans-serif;color:#1b1f24;margin:0 auto;max-width:60rem;padding:1.5rem}\
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}\
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #b8c2cc;padding:.3rem .45rem;text-align:left;vertical-align:top}\
th{background:#eef3f7}td.num{text-align:right;font-variant-numeric:tabular-nums}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}\
dt{font-weight:600}dd{margin:0}.muted{color:#4a5561}.prov{font-size:.8rem;color:#7a4b00}.note{white-space:pre-wrap;overflow-wrap:anywhere}\
@media print{body{max-width:none;padding:0}h2{break-after:avoid}section{break-before:page}section:first-of-type{break-before:auto}tr{break-inside:avoid}thead{display:table-header-group}}\
@page{margin:15mm}";

/// The summary report in the context's language.
pub fn summary(a: &Assessment, ctx: &ReportContext<'_>) -> String {
    let t = ctx.lang.ui();
    let cat = ctx.catalogue;
    let lang = ctx.lang;
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        lang.dir(),
        esc(t.report_title)
    );
    let _ = write!(h, "<header>\n<h1>{}</h1>\n", esc(t.report_title));
    if !a.profile.organisation.is_empty() {
        let _ = write!(h, "<p class=\"org\">{}</p>\n", esc(&a.profile.organisation));
    }
    let _ = write!(h, "<p class=\"muted\">{}: {}</p>\n</header>\n", esc(t.report_generated), esc(ctx.generated));

    // Profile
    let _ = write!(h, "<section id=\"profile\">\n<h2>{}</h2>\n<dl>\n", esc(t.profile_heading));
    for f in ProfileField::ALL {
        let v = a.profile.get(f);
        let shown = if v.is_empty() { "—" } else { v };
        let _ = write!(h, "<dt>{}</dt><dd>{}</dd>\n", esc(t.profile_field(f)), esc(shown));
    }
    let overall = progress::overall(cat, a);
    let _ = write!(
        h,
        "<dt>{}</dt><dd id=\"progress-overall\">{} ({}%)</dd>\n</dl>\n</section>\n",
        esc(t.report_progress),
        esc(&(t.progress_overall)(overall.answered, overall.total)),
        overall.percent()
    );

    // Per category
    let _ = write!(
        h,
        "<section id=\"by-category\">\n<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        esc(t.report_by_category),
        esc(t.col_category),
        esc(t.col_total),
        esc(t.col_answered),
        esc(t.col_needed),
        esc(t.col_not_needed)
    );
    for c in &cat.categories {
        let p = progress::category(cat, a, &c.id);
        let (mut needed, mut not_needed) = (0, 0);
        for s in cat.services_in(&c.id) {
            match a.services.get(&s.id).and_then(|r| r.need) {
                Some(Need::Needed) => needed += 1,
                Some(Need::NotNeeded) => not_needed += 1,
                None => {}
            }
        }
        let _ = write!(
            h,
            "<tr data-category=\"{id}\"><th scope=\"row\">{id} {}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            esc(c.title.get(lang)),
            p.total,
            p.answered,
            needed,
            not_needed,
            id = esc(&c.id)
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Per service
    let _ = write!(
        h,
        "<section id=\"services\">\n<h2>{}</h2>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        esc(t.report_services),
        [
            t.col_id,
            t.col_service,
            t.need_legend_short(),
            t.delivery_legend,
            t.current_legend,
            t.target_label,
            t.priority_label,
            t.owner_label,
            t.evidence_label,
            t.note_label,
        ]
        .iter()
        .map(|c| format!("<th scope=\"col\">{}</th>", esc(c)))
        .collect::<String>()
    );
    for s in &cat.services {
        let r = a.record(&s.id);
        let need = match r.need {
            Some(n) => t.need(n).to_string(),
            None => t.unanswered.to_string(),
        };
        let mut reason = String::new();
        if r.need == Some(Need::NotNeeded) && !r.reason.is_empty() {
            reason = format!("<br><span class=\"note\">{}</span>", esc(&r.reason));
        }
        let prov = if s.provenance == crate::catalogue::Provenance::Provisional {
            format!(" <span class=\"prov\">({})</span>", esc(t.provisional_marker))
        } else {
            String::new()
        };
        let level = |l: Option<crate::model::Level>| match l {
            Some(l) => format!("{} {}", l.value(), t.level(l).name),
            None => "—".into(),
        };
        let _ = write!(
            h,
            "<tr data-service-id=\"{id}\"><td>{id}</td><td>{}{prov}</td><td>{}{reason}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"note\">{}</td><td class=\"note\">{}</td><td class=\"note\">{}</td></tr>\n",
            esc(s.title.get(lang)),
            esc(&need),
            esc(r.delivery.map(|d| t.delivery(d)).unwrap_or("—")),
            esc(&level(r.current)),
            esc(&level(r.target)),
            esc(r.priority.map(|p| t.priority(p)).unwrap_or("—")),
            esc(&r.owner),
            esc(&r.evidence),
            esc(&r.note),
            id = esc(&s.id)
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Footer: method, catalogue, versions, privacy.
    let pc = cat.provenance_counts();
    let _ = write!(
        h,
        "<footer>\n<h2>{}</h2>\n<p>{}</p>\n<p>{}: {} {} ({})<br>{}</p>\n<p>{}: {} · {}: {}</p>\n<p class=\"muted\">{}</p>\n</footer>\n",
        esc(t.catalogue_label),
        esc(t.report_method_note),
        esc(t.catalogue_label),
        esc(&cat.id),
        esc(&cat.version),
        esc(&cat.edition),
        esc(&(t.provenance_summary)(pc.confirmed, pc.provisional, pc.missing)),
        esc(t.method_version_label),
        crate::METHOD_VERSION,
        esc(t.app_version_label),
        crate::APP_VERSION,
        esc(t.privacy_footer)
    );
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

impl crate::i18n::UiText {
    /// Short column heading for the need answer.
    fn need_legend_short(&self) -> &'static str {
        self.need_needed
    }
}
