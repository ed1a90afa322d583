//! The summary report with the evaluations: sections, figures, charts, print rules, the hostile
//! corpus in every language, and sharing without identifying details.

mod common;

use common::{builtin, fixture, hostile_assessment, HOSTILE};
use x1060_core::i18n::Lang;
use x1060_core::model::Assessment;
use x1060_core::report::{self, html, Detail, FileKind, ReportContext};
use x1060_core::save;

fn render(a: &Assessment, lang: Lang, detail: Detail) -> String {
    let c = builtin();
    let ctx = ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" };
    report::file(FileKind::Html, a, &ctx, "2026-11-25", detail).text
}

fn section<'a>(h: &'a str, id: &str) -> &'a str {
    let start = h.find(&format!("<section id=\"{id}\"")).unwrap_or_else(|| panic!("no section {id}"));
    let end = h[start..].find("</section>").unwrap();
    &h[start..start + end]
}

fn row<'a>(h: &'a str, attr: &str, id: &str) -> &'a str {
    let start = h.find(&format!("<tr {attr}=\"{id}\"")).unwrap_or_else(|| panic!("no row {attr}={id}"));
    let end = h[start..].find("</tr>").unwrap();
    &h[start..start + end]
}

#[test]
fn sections_come_in_order_and_new_pages_start_where_sensible() {
    let h = render(&fixture("report-sample.json"), Lang::En, Detail::Full);
    let order =
        ["profile", "headline", "catalogue-eval", "profile-eval", "portfolio-eval", "plan", "services", "about"];
    let pos: Vec<usize> = order.iter().map(|id| h.find(&format!("<section id=\"{id}\"")).unwrap()).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{pos:?}");
    for id in &order[2..] {
        assert!(h.contains(&format!("<section id=\"{id}\" class=\"page\">")), "{id} starts a page");
    }
    // Print rules: margins that fit A4 and Letter (no page size), page breaks, charts never cut.
    assert!(h.contains("@page{margin:15mm 12mm}"));
    let page = &h[h.find("@page{").unwrap()..];
    assert!(!page[..page.find('}').unwrap()].contains("size"), "no paper size is forced");
    assert!(h.contains("section.page{break-before:page"));
    assert!(h.contains("tr,figure,svg,dl{break-inside:avoid"));
    assert!(h.contains(".x1060-chart{display:block;max-width:100%;height:auto"));
}

#[test]
fn headline_and_evaluations_show_the_hand_worked_figures() {
    let h = render(&fixture("report-sample.json"), Lang::En, Detail::Full);
    let head = section(&h, "headline");
    for (figure, value) in [
        ("Needed", "7"),
        ("NotNeeded", "12"),
        ("Undecided", "40"),
        ("Coverage", "5 of 7 (71%)"),
        ("AvgCurrent", "2.1"),
        ("AvgTarget", "3.3"),
        ("Gap", "1.7"),
        ("ShareOutsourced", "2 of 6 (33%)"),
        ("ShareShared", "1 of 6 (17%)"),
        ("Plan", "4"),
    ] {
        assert!(head.contains(&format!("<dd data-figure=\"{figure}\">{value}</dd>")), "{figure}");
    }
    assert!(head.contains("18 of 58 services answered (31%)"));
    let cat = section(&h, "catalogue-eval");
    assert!(row(cat, "data-category", "A").contains("<td class=\"num\">4 of 6 (67%)</td>"));
    assert!(row(cat, "data-category", "C").contains("<td class=\"na\">Not applicable</td>"));
    assert!(row(cat, "data-category", "B").contains("<td class=\"na\">Not answered</td>"));
    let prof = section(&h, "profile-eval");
    let c = row(prof, "data-profile-category", "C");
    assert_eq!(c.matches("Not applicable").count(), 3);
    assert!(!c.contains("0.0"), "not applicable is never 0");
    let a = row(prof, "data-profile-category", "A");
    assert!(a.contains(">2.0<") && a.contains(">3.3<") && a.contains(">1.7<"));
    let port = section(&h, "portfolio-eval");
    assert!(row(port, "data-portfolio-category", "A").contains("1 of 5 (20%)"));
    // Charts with their text equivalents.
    for (sec, id) in [(prof, "x1060-radar"), (port, "x1060-delivery")] {
        assert!(sec.contains(&format!(
            "<figure>\n<svg class=\"x1060-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\""
        )));
        assert!(sec.contains(&format!("<desc id=\"{id}-desc\">")));
        assert!(sec.contains("<table>"), "a data table beside the chart");
        assert!(sec.contains("How is this calculated?"));
    }
    // Plan in the documented order.
    let plan = section(&h, "plan");
    let ids: Vec<&str> = plan.split("data-plan-id=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert_eq!(ids, ["A-1", "A-4", "A-6", "A-5"]);
}

#[test]
fn full_table_notes_evidence_orphans_provenance_and_versions() {
    let h = render(&fixture("report-sample.json"), Lang::En, Detail::Full);
    let svc = section(&h, "services");
    assert_eq!(svc.matches("<tr data-service-id=").count(), 58);
    let a1 = row(svc, "data-service-id", "A-1");
    assert!(
        a1.contains("CISO")
            && a1.contains("Risk register v3")
            && a1.contains("Reviewed yearly; next review in &quot;Q3&quot;")
    );
    assert!(row(svc, "data-service-id", "A-7").contains("Covered by group IT"));
    assert!(row(svc, "data-service-id", "D-2").contains("(Provisional title)"));
    assert!(row(svc, "data-orphan-id", "X-1").contains("From a national adaptation"));
    let about = section(&h, "about");
    assert!(about.contains("22 service titles confirmed, 36 provisional (not yet checked against the Recommendation), 6 of the Recommendation&#39;s services not in this catalogue."));
    assert!(about.contains(&format!("<dt>Method version</dt><dd>{}</dd>", x1060_core::METHOD_VERSION)));
    assert!(about.contains(&format!("<dt>App version</dt><dd>{}</dd>", x1060_core::APP_VERSION)));
    assert!(about.contains("<dt>Generated</dt><dd>2026-11-25 10:00</dd>"));
    assert!(about.contains("x1060-builtin 2026.12"));
}

#[test]
fn never_presented_as_an_official_score_and_self_contained() {
    for lang in Lang::ALL {
        let h = render(&fixture("report-sample.json"), lang, Detail::Full);
        for needle in ["http://", "https://", "src=", "href=", "@import", "url(", "xmlns", "<link", "<img", "<iframe"] {
            assert!(!h.contains(needle), "{lang:?}: report contains {needle}");
        }
        if lang == Lang::En {
            assert_eq!(h.matches("X.1060 score").count(), h.matches("not an official X.1060 score").count());
            assert!(h.contains("this tool&#39;s own, openly documented method"));
        }
    }
}

#[test]
fn japanese_report_is_in_japanese() {
    let h = render(&fixture("report-sample.json"), Lang::Ja, Detail::Full);
    assert!(h.contains("<html lang=\"ja\""));
    assert!(h.contains("<h2>サービスカタログ評価：センターが対応しているサービス</h2>"));
    assert!(h.contains("<dd data-figure=\"Coverage\">7 件中 5 件（71%）</dd>"));
    assert!(h.contains("<td class=\"na\">対象外</td>"));
    assert!(h.contains("日本語のメモ：週次で確認します。"));
    assert!(!h.contains("Not applicable") && !h.contains("Not answered"));
}

#[test]
fn hostile_corpus_is_escaped_everywhere_in_every_language() {
    let a = hostile_assessment();
    for lang in Lang::ALL {
        for detail in [Detail::Full, Detail::Redacted] {
            let h = render(&a, lang, detail);
            let lower = h.to_lowercase();
            assert_eq!(lower.matches("<script").count(), 1, "{lang:?}: one script element, the data");
            assert_eq!(lower.matches("</script").count(), 1, "{lang:?}: no text ends it early");
            for raw in ["<img", "<svg onload", "<!-- not", "<b>"] {
                assert!(!lower.contains(raw), "{lang:?}: {raw} unescaped");
            }
            let embedded = html::extract_embedded(&h).unwrap();
            assert!(!embedded.contains('<') && !embedded.contains('>') && !embedded.contains('&'));
            let expected = detail.apply(&a).into_owned();
            assert_eq!(save::decode(embedded).unwrap(), expected, "{lang:?}: embedded data reads back");
        }
    }
    // In the complete report every corpus entry is shown, escaped.
    let h = render(&a, Lang::En, Detail::Full);
    for s in HOSTILE {
        assert!(h.contains(&report::escape_html(s)), "{s:?} not shown escaped");
    }
}

#[test]
fn redacted_report_removes_identifying_details_and_says_so() {
    let a = fixture("report-sample.json");
    let c = builtin();
    let ctx = ReportContext { catalogue: &c, lang: Lang::En, content: Lang::En.code(), generated: "2026-11-25 10:00" };
    let f = report::file(FileKind::Html, &a, &ctx, "2026-11-25", Detail::Redacted);
    assert_eq!(f.name, "x1060-summary-2026-11-25-redacted.html");
    let h = f.text;
    assert!(h.contains("<p class=\"redacted\" role=\"note\">This copy is shared without identifying details."));
    for secret in [
        "Example Telecom",
        "A. Mwangi",
        "2026 baseline",
        "CISO",
        "SOC lead",
        "Risk register",
        "Reviewed yearly",
        "Covered by group IT",
        "national CERT",
        "日本語のメモ",
        "national adaptation",
        "does more than we need",
    ] {
        assert!(!h.contains(secret), "{secret} is still in the report");
    }
    // What makes results comparable stays: sector, size, country, date, and every figure.
    for kept in ["Telecommunications", "1200", "Kenya", "2026-11-02", "<dd data-figure=\"Coverage\">5 of 7 (71%)</dd>"]
    {
        assert!(h.contains(kept), "{kept} was removed");
    }
    let back = save::decode(html::extract_embedded(&h).unwrap()).unwrap();
    assert_eq!(back, a.redacted());
    // The complete report is unchanged by the option's existence.
    assert!(!render(&a, Lang::En, Detail::Full).contains("class=\"redacted\""));
    // The JSON download too.
    let j = report::file(FileKind::Json, &a, &ctx, "2026-11-25", Detail::Redacted);
    assert_eq!(j.name, "x1060-assessment-2026-11-25-redacted.json");
    assert_eq!(save::decode(&j.text).unwrap(), a.redacted());
    assert!(!j.text.contains("CISO") && !j.text.contains("Example Telecom"));
}

#[test]
fn redaction_drops_only_identifying_fields() {
    let a = fixture("report-sample.json");
    let r = a.redacted();
    assert!(r.name.is_empty() && r.profile.organisation.is_empty() && r.profile.assessor.is_empty());
    assert_eq!(
        (r.profile.sector.as_str(), r.profile.size.as_str(), r.profile.country.as_str()),
        ("Telecommunications", "1200", "Kenya")
    );
    assert_eq!(
        (r.created.as_str(), r.updated.as_str(), &r.catalogue),
        (a.created.as_str(), a.updated.as_str(), &a.catalogue)
    );
    for (id, rec) in &r.services {
        assert!(
            rec.owner.is_empty() && rec.evidence.is_empty() && rec.note.is_empty() && rec.reason.is_empty(),
            "{id}"
        );
        let orig = &a.services[id];
        assert_eq!(
            (rec.need, rec.delivery, rec.current, rec.target, rec.priority),
            (orig.need, orig.delivery, orig.current, orig.target, orig.priority)
        );
    }
    // Records that held only free text disappear, like any empty record.
    let mut only_note = Assessment::default();
    only_note
        .services
        .insert("B-1".into(), x1060_core::model::ServiceRecord { note: "secret".into(), ..Default::default() });
    assert!(only_note.redacted().services.is_empty());
    assert_eq!(r.redacted(), r, "redacting twice changes nothing");
}

#[test]
fn every_kind_of_file_can_be_made_in_either_detail() {
    let a = fixture("report-sample.json");
    let c = builtin();
    let ctx = ReportContext { catalogue: &c, lang: Lang::Fr, content: Lang::Fr.code(), generated: "x" };
    let mut names = Vec::new();
    for kind in FileKind::ALL {
        for detail in [Detail::Full, Detail::Redacted] {
            let f = report::file(kind, &a, &ctx, "2026-11-25", detail);
            assert!(!f.text.is_empty());
            names.push(f.name);
        }
    }
    assert_eq!(
        names,
        [
            "x1060-summary-2026-11-25.html",
            "x1060-summary-2026-11-25-redacted.html",
            "x1060-assessment-2026-11-25.json",
            "x1060-assessment-2026-11-25-redacted.json",
            "x1060-services-2026-11-25.csv",
            "x1060-services-2026-11-25-redacted.csv",
        ]
    );
    // The older helpers still make the complete files.
    assert_eq!(report::json_file(&a, "d").text, report::file(FileKind::Json, &a, &ctx, "d", Detail::Full).text);
    assert_eq!(report::html_file(&a, &ctx, "d").text, html::summary(&a, &ctx));
    assert_eq!(report::csv_file(&a, &ctx, "d").name, "x1060-services-d.csv");
}
