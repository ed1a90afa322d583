//! The comparison report: content per language, self-containment, escaping. Uses the pair of
//! `tests/compare.rs` (figures worked out there).

use x1060_core::catalogue::Catalogue;
use x1060_core::compare;
use x1060_core::edit::{Edit, TextField};
use x1060_core::i18n::Lang;
use x1060_core::model::{Assessment, Delivery, Level, Need, Priority};
use x1060_core::report::{compare_html, ReportContext};

const T: &str = "2026-11-25T10:00:00.000Z";

fn rec(a: &mut Assessment, id: &str, delivery: Delivery, current: u8, target: Option<u8>) {
    a.apply(Edit::SetNeed { service: id.into(), need: Some(Need::Needed) }, T);
    a.apply(Edit::SetDelivery { service: id.into(), delivery: Some(delivery) }, T);
    a.apply(Edit::SetCurrent { service: id.into(), level: Level::new(current) }, T);
    a.apply(Edit::SetTarget { service: id.into(), level: target.and_then(Level::new) }, T);
}

fn pair(c: &Catalogue) -> (Assessment, Assessment) {
    let mut b = Assessment::new(c, T);
    b.name = "2026 baseline".into();
    b.profile.organisation = "Example Telecom".into();
    rec(&mut b, "A-1", Delivery::InHouse, 2, Some(4));
    b.apply(Edit::SetPriority { service: "A-1".into(), priority: Some(Priority::High) }, T);
    rec(&mut b, "A-2", Delivery::Outsourced, 1, Some(3));
    rec(&mut b, "B-1", Delivery::NotYet, 0, Some(2));
    rec(&mut b, "X-1", Delivery::InHouse, 5, None);
    for s in c.services_in("I") {
        b.apply(Edit::SetNeed { service: s.id.clone(), need: Some(Need::NotNeeded) }, T);
    }
    let mut a = b.clone();
    a.name = "2027 review".into();
    rec(&mut a, "A-1", Delivery::InHouse, 3, Some(4));
    a.apply(Edit::SetPriority { service: "A-1".into(), priority: Some(Priority::Medium) }, T);
    a.apply(Edit::SetText { service: "A-1".into(), field: TextField::Note, value: "Reviewed".into() }, T);
    rec(&mut a, "A-2", Delivery::Shared, 2, Some(3));
    a.apply(Edit::ClearService { service: "B-1".into() }, T);
    rec(&mut a, "C-1", Delivery::InHouse, 1, None);
    rec(&mut a, "X-1", Delivery::InHouse, 4, None);
    a.updated = "2027-11-25T10:00:00.000Z".into();
    (b, a)
}

fn render(b: &Assessment, a: &Assessment, lang: Lang) -> String {
    let c = Catalogue::builtin();
    let cmp = compare::compare(&c, b, a);
    compare_html::comparison(
        &cmp,
        &ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" },
    )
}

/// The text of the element that starts with `start` (up to its end tag `end`).
fn element<'a>(h: &'a str, start: &str, end: &str) -> &'a str {
    let i = h.find(start).unwrap_or_else(|| panic!("{start} not found"));
    let j = h[i..].find(end).unwrap();
    &h[i..i + j]
}

#[test]
fn english_report_shows_sides_figures_and_changes() {
    let c = Catalogue::builtin();
    let (b, a) = pair(&c);
    let h = render(&b, &a, Lang::En);
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(h.contains("<html lang=\"en\""));
    assert!(h.contains("<title>Comparison of two assessments</title>"));
    assert!(h.contains("Before<br>2026 baseline"));
    assert!(h.contains("After<br>2027 review"));
    assert!(h.contains("2027-11-25T10:00:00.000Z"));
    assert!(h.contains("<p id=\"change-count\">5 services changed</p>"));
    assert!(!h.contains("class=\"warn\""), "same catalogue");

    // One figure row per category and one overall.
    assert_eq!(h.matches("<tr data-category=").count(), 10);
    let row_a = element(&h, "<tr data-category=\"A\">", "</tr>");
    assert!(row_a.contains("1.5 → 2.5 (+1.0)"), "{row_a}");
    assert!(row_a.contains("3.5 → 3.5 (0.0)"), "{row_a}");
    assert!(row_a.contains("2.0 → 1.0 (−1.0)"), "{row_a}");
    assert!(row_a.contains("100% → 100% (0)"), "{row_a}");
    let row_b = element(&h, "<tr data-category=\"B\">", "</tr>");
    assert!(row_b.contains("0% → Not answered<"), "no change from or to a missing figure: {row_b}");
    assert!(row_b.contains("1 → 0 (−1)"), "{row_b}");
    let row_i = element(&h, "<tr data-category=\"I\">", "</tr>");
    assert!(row_i.contains("Not applicable → Not applicable"), "{row_i}");
    let overall = element(&h, "<tr data-category=\"overall\">", "</tr>");
    assert!(overall.contains("Overall") && overall.contains("1.0 → 2.0 (+1.0)"), "{overall}");

    // Per service: one row per changed answer, the service named once.
    let a1 = element(&h, "<tr data-service-id=\"A-1\"", "<tr data-service-id=\"A-2\"");
    assert!(a1.contains("rowspan=\"3\""), "{a1}");
    assert!(
        a1.contains("<td>Current level</td><td>2 Repeatable</td><td>3 Defined</td><td class=\"num\">+1</td>"),
        "{a1}"
    );
    assert!(a1.contains("<td>Priority</td><td>High</td><td>Medium</td>"), "{a1}");
    assert!(a1.contains("<td>Text changed</td><td></td><td></td><td class=\"num\">Note</td>"), "{a1}");
    let a2 = element(&h, "<tr data-service-id=\"A-2\"", "</tbody>");
    assert!(a2.contains("<td>Delivery</td><td>Outsourced</td><td>Shared</td>"), "{a2}");
    assert!(element(&h, "<tr data-service-id=\"B-1\"", "</tbody>").contains("Answers cleared"));
    assert!(element(&h, "<tr data-service-id=\"C-1\"", "</tbody>").contains("New answer"));
    let unlisted = element(&h, "<section id=\"unlisted\">", "</section>");
    assert!(unlisted.contains("Services not in this catalogue"));
    assert!(unlisted.contains("<th scope=\"rowgroup\" rowspan=\"1\">X-1</th><td rowspan=\"1\">—</td>"), "{unlisted}");
    assert!(unlisted.contains("5 Optimising</td><td>4 Managed</td><td class=\"num\">−1"), "{unlisted}");
    assert!(h.contains("not an official X.1060 score"));
}

#[test]
fn japanese_and_french_reports() {
    let c = Catalogue::builtin();
    let (b, a) = pair(&c);
    let ja = render(&b, &a, Lang::Ja);
    assert!(ja.contains("<html lang=\"ja\""));
    assert!(ja.contains("<title>2 つの評価の比較</title>"));
    assert!(ja.contains("5 件のサービスに変更があります"));
    assert!(ja.contains("前回<br>2026 baseline"));
    let fr = render(&b, &a, Lang::Fr);
    assert!(fr.contains("<html lang=\"fr\""));
    assert!(fr.contains("Comparaison de deux évaluations"));
    assert!(fr.contains("5 services modifiés"));
    let row_a = element(&fr, "<tr data-category=\"A\">", "</tr>");
    assert!(row_a.contains("1,5 → 2,5 (+1,0)"), "{row_a}");
}

#[test]
fn arabic_report_reads_right_to_left() {
    // Issue 17: the page is right to left; the arrow points the way Arabic reads (from the value
    // before, read first, to the value after); a signed change is isolated left to right, or its
    // sign would stand after the figure ("1,0+"); ids stay as they are.
    let c = Catalogue::builtin();
    let (b, a) = pair(&c);
    let h = render(&b, &a, Lang::Ar);
    assert!(h.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(!h.contains('→'), "no left-to-right arrow in Arabic");
    let row_a = element(&h, "<tr data-category=\"A\">", "</tr>");
    assert!(row_a.contains("1,5 ← 2,5 (<bdi dir=\"ltr\">+1,0</bdi>)"), "{row_a}");
    assert!(row_a.contains("2,0 ← 1,0 (<bdi dir=\"ltr\">−1,0</bdi>)"), "{row_a}");
    let a1 = element(&h, "<tr data-service-id=\"A-1\"", "<tr data-service-id=\"A-2\"");
    assert!(a1.contains("<th scope=\"rowgroup\" rowspan=\"3\">A-1</th>"), "{a1}");
    assert!(a1.contains("<td class=\"num\"><bdi dir=\"ltr\">+1</bdi></td>"), "{a1}");
    assert!(a1.contains("<td class=\"num\">ملاحظة</td>"), "a list of fields is text, not isolated: {a1}");
    assert!(h.contains("تغيّرت 5 خدمات"));
    // Left-to-right languages are unchanged: no isolation needed there.
    assert!(!render(&b, &a, Lang::En).contains("<bdi"));
    let mn = render(&b, &a, Lang::Mn);
    assert!(mn.contains("<html lang=\"mn\" dir=\"ltr\">") && mn.contains("1.5 → 2.5 (+1.0)"));
}

#[test]
fn report_is_self_contained_and_printable() {
    let c = Catalogue::builtin();
    let (b, a) = pair(&c);
    let h = render(&b, &a, Lang::En);
    for needle in ["http://", "https://", "src=", "href=", "@import", "url(", "<script", "<link", "<img", "<iframe"] {
        assert!(!h.contains(needle), "report contains {needle}");
    }
    assert!(h.contains("@media print"));
    assert!(h.contains("thead{display:table-header-group}"));
}

#[test]
fn user_text_is_escaped() {
    let c = Catalogue::builtin();
    let (mut b, mut a) = pair(&c);
    let evil = "</td><script>alert(1)</script><img src=x onerror=alert(2)> & \"'";
    b.name = evil.into();
    a.profile.organisation = evil.into();
    a.catalogue.version = evil.into();
    let h = render(&b, &a, Lang::En);
    assert!(!h.contains("<script"));
    assert!(!h.contains("<img"));
    assert!(h.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(h.contains("class=\"warn\""), "the catalogue now differs");
}

#[test]
fn no_changes_says_so() {
    let c = Catalogue::builtin();
    let (b, _) = pair(&c);
    let h = render(&b, &b, Lang::En);
    assert!(h.contains("No answer changed."));
    assert!(h.contains("0 services changed"));
    assert!(!h.contains("data-service-id"));
    assert!(!h.contains("id=\"unlisted\""));
}

#[test]
fn file_name_follows_the_pattern() {
    let c = Catalogue::builtin();
    let (b, a) = pair(&c);
    let cmp = compare::compare(&c, &b, &a);
    let f = compare_html::comparison_file(
        &cmp,
        &ReportContext { catalogue: &c, lang: Lang::En, content: Lang::En.code(), generated: "x" },
        "2026-11-25",
    );
    assert_eq!(f.name, "x1060-comparison-2026-11-25.html");
    assert_eq!(f.mime, "text/html;charset=utf-8");
}
