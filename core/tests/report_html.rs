//! The summary report: content, self-containment, escaping, embedded data.

use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::report::{self, html, ReportContext};
use x1060_core::save;

fn fixture() -> x1060_core::model::Assessment {
    let text =
        std::fs::read_to_string(format!("{}/tests/fixtures/schema1-full.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    save::decode(&text).unwrap()
}

fn render(a: &x1060_core::model::Assessment, lang: Lang) -> String {
    let c = Catalogue::builtin();
    html::summary(a, &ReportContext { catalogue: &c, lang, generated: "2026-11-25 10:00" })
}

#[test]
fn english_report_shows_profile_progress_and_every_service() {
    let h = render(&fixture(), Lang::En);
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(h.contains("<html lang=\"en\""));
    assert!(h.contains("Example Telecom"));
    assert!(h.contains("5 of 58 services answered (8%)"), "progress");
    assert_eq!(h.matches("<tr data-service-id=").count(), 58);
    assert_eq!(h.matches("<tr data-category=").count(), 9);
    assert!(h.contains("Risk register v3"));
    assert!(h.contains("2 Repeatable"));
    assert!(h.contains("22 service titles confirmed, 36 provisional"));
}

#[test]
fn japanese_report_uses_japanese_text() {
    let h = render(&fixture(), Lang::Ja);
    assert!(h.contains("<html lang=\"ja\""));
    assert!(h.contains("リスクマネジメント"));
    assert!(!h.contains("Risk management<"));
}

#[test]
fn report_is_self_contained() {
    let h = render(&fixture(), Lang::En);
    for needle in ["http://", "https://", "src=", "href=", "@import", "url("] {
        assert!(!h.contains(needle), "report contains {needle}");
    }
}

#[test]
fn hostile_text_is_escaped_and_embedded_data_reads_back() {
    let mut a = fixture();
    let evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)> & \"'";
    a.profile.organisation = evil.into();
    a.services.get_mut("A-1").unwrap().note = evil.into();
    let h = render(&a, Lang::En);
    assert!(!h.contains("<script>alert"));
    assert!(!h.contains("<img"));
    assert!(h.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
    // Exactly one script element: the embedded data, which no note can end early.
    assert_eq!(h.matches("<script").count(), 1);
    assert_eq!(h.matches("</script>").count(), 1);
    let embedded = html::extract_embedded(&h).unwrap();
    let back = save::decode(embedded).unwrap();
    assert_eq!(back, a);
}

#[test]
fn file_names_follow_the_documented_pattern() {
    let c = Catalogue::builtin();
    let a = fixture();
    let j = report::json_file(&a, "2026-11-25");
    assert_eq!(j.name, "x1060-assessment-2026-11-25.json");
    assert_eq!(save::decode(&j.text).unwrap(), a);
    let h = report::html_file(&a, &ReportContext { catalogue: &c, lang: Lang::En, generated: "x" }, "2026-11-25");
    assert_eq!(h.name, "x1060-summary-2026-11-25.html");
}
