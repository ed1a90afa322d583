//! Golden files of the summary report: the whole text, byte for byte, in English, Japanese,
//! French, Arabic and Mongolian (core/tests/golden/*.html), made from the report sample fixture;
//! in Arabic and Mongolian also the CSV and the comparison report (issue 17).
//!
//! Any difference fails. After an intended change, regenerate and review the diff:
//!
//! ```sh
//! UPDATE_GOLDEN=1 cargo test -p x1060-core --test golden
//! git diff core/tests/golden
//! ```
//!
//! The app version is written as `{APP_VERSION}` in the golden files, so that a version bump
//! alone does not change them.

mod common;

use x1060_core::compare;
use x1060_core::edit::Edit;
use x1060_core::i18n::Lang;
use x1060_core::model::{Delivery, Level, Need, Priority};
use x1060_core::report::{compare_html, csv as sheet, html, Detail, ReportContext};

fn golden_path(name: &str) -> String {
    format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn normalise(text: &str) -> String {
    let v = x1060_core::APP_VERSION;
    text.replace(&format!("\"app_version\":\"{v}\""), "\"app_version\":\"{APP_VERSION}\"")
        .replace(&format!("<dd>{v}</dd>"), "<dd>{APP_VERSION}</dd>")
}

fn check(name: &str, actual: &str) {
    let path = golden_path(name);
    let actual = normalise(actual);
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}. Make it with UPDATE_GOLDEN=1 cargo test -p x1060-core --test golden"));
    if expected == actual {
        return;
    }
    let (exp, act): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let line = exp.iter().zip(&act).position(|(e, a)| e != a).unwrap_or(exp.len().min(act.len()));
    panic!(
        "{name} differs from the golden file at line {}:\n  golden: {}\n  actual: {}\n({} lines golden, {} actual.) If the change is intended: UPDATE_GOLDEN=1 cargo test -p x1060-core --test golden, then review git diff.",
        line + 1,
        exp.get(line).unwrap_or(&"<end of file>"),
        act.get(line).unwrap_or(&"<end of file>"),
        exp.len(),
        act.len()
    );
}

fn render(lang: Lang, detail: Detail) -> String {
    let c = common::builtin();
    let a = common::fixture("report-sample.json");
    html::report(
        &a,
        &ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" },
        detail,
    )
}

#[test]
fn summary_en() {
    check("summary-en.html", &render(Lang::En, Detail::Full));
}

#[test]
fn summary_ja() {
    check("summary-ja.html", &render(Lang::Ja, Detail::Full));
}

#[test]
fn summary_fr() {
    check("summary-fr.html", &render(Lang::Fr, Detail::Full));
}

#[test]
fn summary_ar() {
    check("summary-ar.html", &render(Lang::Ar, Detail::Full));
}

#[test]
fn summary_mn() {
    check("summary-mn.html", &render(Lang::Mn, Detail::Full));
}

/// The services CSV of the report sample.
fn csv(lang: Lang) -> String {
    let c = common::builtin();
    let a = common::fixture("report-sample.json");
    sheet::table(&a, &ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" })
}

/// The comparison report of the report sample (before) with a later version of it (after):
/// levels up and down, a need and a delivery changed, an answer cleared, a new one, a note.
fn comparison(lang: Lang) -> String {
    let c = common::builtin();
    let before = common::fixture("report-sample.json");
    let mut after = before.clone();
    after.name = "2027".into();
    after.updated = "2027-11-25T10:00:00.000Z".into();
    after.apply(Edit::SetCurrent { service: "A-1".into(), level: Level::new(4) }, common::T);
    after.apply(Edit::SetCurrent { service: "A-3".into(), level: Level::new(0) }, common::T);
    after.apply(Edit::SetNeed { service: "A-2".into(), need: Some(Need::Needed) }, common::T);
    common::answer(&mut after, "C-1", Some(Delivery::Shared), Some(2), Some(4), Some(Priority::High));
    after.apply(Edit::ClearService { service: "B-1".into() }, common::T);
    let cmp = compare::compare(&c, &before, &after);
    compare_html::comparison(
        &cmp,
        &ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" },
    )
}

#[test]
fn csv_ar() {
    check("services-ar.csv", &csv(Lang::Ar));
}

#[test]
fn csv_mn() {
    check("services-mn.csv", &csv(Lang::Mn));
}

#[test]
fn comparison_ar() {
    check("comparison-ar.html", &comparison(Lang::Ar));
}

#[test]
fn comparison_mn() {
    check("comparison-mn.html", &comparison(Lang::Mn));
}

#[test]
fn summary_en_redacted() {
    check("summary-en-redacted.html", &render(Lang::En, Detail::Redacted));
}

#[test]
fn normalising_the_version_is_the_only_change() {
    let raw = render(Lang::En, Detail::Full);
    let n = normalise(&raw);
    assert_eq!(n.matches("{APP_VERSION}").count(), 2, "the version is written twice: embedded data and About");
    assert_eq!(n.replace("{APP_VERSION}", x1060_core::APP_VERSION), raw);
}
