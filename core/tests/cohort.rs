//! The coordinator workbench (issue 15): intake, the picture, anonymity and the exports, on a
//! synthetic corpus of 42 returned files made by [`corpus`], with counts worked out by hand.
//!
//! The corpus: 30 organisations (`Org 00` … `Org 29`), sectors Energy (0–19), Finance (20–23
//! "Finance", 24–27 "finance " — one group) and Health (28–29, a group too small to show); then
//! twelve more files: a second copy of org 3 (same content), org 4's HTML summary report (same
//! content), org 6 sent again later with other answers (the earlier file steps back), org 9 sent
//! again with an earlier change time (this one steps back), another catalogue, another catalogue
//! version, two unreadable files, one invalid file, one with no answers, and two files whose
//! organisation is the same as no other (orgs 28 and 29 carry the consistency flags in their own
//! files). Answers of org `i`:
//!
//! - needed; delivery by `i % 4` (in-house, outsourced, shared, not yet); current `i % 6`;
//!   target `min(current + 2, 5)`. Org 6's later copy: current 5, target 5.
//! - not needed for 0–9, needed in-house at 3 → 3 for 10–24, no answer for 25–29.
//! - needed at level 4 (in-house) for orgs 0 and 1 only, not needed for the rest.
//! - org 5 only: not needed, with a current level 2 left on it (flag).
//! - org 29 only: needed, no delivery, current 1 (flag).
//! - org 28 only: needed in-house, current 3, target 1 (flag).

use std::collections::BTreeSet;

use proptest::prelude::*;
use x1060_core::catalogue::Catalogue;
use x1060_core::cohort::export::{self, ExportKind};
use x1060_core::cohort::intake::{intake, FileIndex, Reason, Returned};
use x1060_core::cohort::picture::{picture, Cell, GroupLabel, Picture};
use x1060_core::cohort::{GroupBy, K};
use x1060_core::i18n::Lang;
use x1060_core::model::{Assessment, Delivery, Level, Need, ServiceRecord};
use x1060_core::report::{html as summary, ReportContext};
use x1060_core::save;

fn cat() -> Catalogue {
    Catalogue::builtin()
}

fn rec(need: Need, d: Option<Delivery>, cur: Option<u8>, tgt: Option<u8>) -> ServiceRecord {
    ServiceRecord {
        need: Some(need),
        delivery: d,
        current: cur.and_then(Level::new),
        target: tgt.and_then(Level::new),
        ..ServiceRecord::default()
    }
}

/// Organisation `i` as the generator makes it.
fn org(i: usize, c: &Catalogue) -> Assessment {
    let mut a = Assessment::new(c, &format!("2026-10-{:02}T09:00:00.000Z", 1 + i % 28));
    a.updated = format!("2026-11-{:02}T09:00:00.000Z", 1 + i % 28);
    a.profile.organisation = format!("Org {i:02}");
    a.profile.assessor = format!("Assessor {i:02}");
    a.profile.sector = match i {
        0..=19 => "Energy".into(),
        20..=23 => "Finance".into(),
        24..=27 => "finance ".into(),
        _ => "Health".into(),
    };
    a.profile.country = if i % 2 == 0 { "Kenya".into() } else { "Japan".into() };
    let d = [Delivery::InHouse, Delivery::Outsourced, Delivery::Shared, Delivery::NotYet][i % 4];
    let cur = (i % 6) as u8;
    let mut a1 = rec(Need::Needed, Some(d), Some(cur), Some((cur + 2).min(5)));
    a1.owner = format!("Owner {i:02}");
    a1.evidence = format!("Evidence {i:02}");
    a1.note = format!("Secret note {i:02}");
    a.services.insert("A-1".into(), a1);
    match i {
        0..=9 => {
            let mut r = rec(Need::NotNeeded, None, None, None);
            r.reason = format!("Reason {i:02}");
            a.services.insert("A-2".into(), r);
        }
        10..=24 => {
            a.services.insert("A-2".into(), rec(Need::Needed, Some(Delivery::InHouse), Some(3), Some(3)));
        }
        _ => {}
    }
    let a3 = if i < 2 {
        rec(Need::Needed, Some(Delivery::InHouse), Some(4), None)
    } else {
        rec(Need::NotNeeded, None, None, None)
    };
    a.services.insert("A-3".into(), a3);
    if i == 5 {
        a.services.insert("A-4".into(), rec(Need::NotNeeded, None, Some(2), None));
    }
    if i == 29 {
        a.services.insert("A-5".into(), rec(Need::Needed, None, Some(1), None));
    }
    if i == 28 {
        a.services.insert("A-6".into(), rec(Need::Needed, Some(Delivery::InHouse), Some(3), Some(1)));
    }
    a
}

fn json(a: &Assessment) -> Vec<u8> {
    save::encode(a, true).into_bytes()
}

/// The 42 files, with their names.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let c = cat();
    let mut files: Vec<(String, Vec<u8>)> = (0..30).map(|i| (format!("org-{i:02}.json"), json(&org(i, &c)))).collect();
    files.push(("org-03-again.json".into(), json(&org(3, &c))));
    let ctx = ReportContext { catalogue: &c, lang: Lang::En, content: Lang::En.code(), generated: "2026-11-25 10:00" };
    files.push(("org-04-summary.html".into(), summary::summary(&org(4, &c), &ctx).into_bytes()));
    let mut later = org(6, &c);
    later.updated = "2026-12-01T09:00:00.000Z".into();
    if let Some(r) = later.services.get_mut("A-1") {
        r.current = Level::new(5);
        r.target = Level::new(5);
    }
    files.push(("org-06-corrected.json".into(), json(&later)));
    let mut earlier = org(9, &c);
    earlier.updated = "2026-10-20T09:00:00.000Z".into();
    if let Some(r) = earlier.services.get_mut("A-1") {
        r.note = "first draft".into();
    }
    files.push(("org-09-draft.json".into(), json(&earlier)));
    let mut other = org(30, &c);
    other.catalogue.id = "national-cdc".into();
    files.push(("other-catalogue.json".into(), json(&other)));
    let mut version = org(31, &c);
    version.catalogue.version = "2025.01".into();
    files.push(("old-version.json".into(), json(&version)));
    files.push(("notes.txt".into(), b"hello, this is not an assessment".to_vec()));
    files.push(("broken.json".into(), b"{\"format\": \"x1060-assessment\", ".to_vec()));
    let bad = String::from_utf8(json(&org(32, &c))).unwrap_or_default().replace("\"current\": 2", "\"current\": 9");
    files.push(("bad-level.json".into(), bad.into_bytes()));
    let mut empty = Assessment::new(&c, "2026-11-01T00:00:00.000Z");
    empty.profile.organisation = "Empty Org".into();
    files.push(("empty.json".into(), json(&empty)));
    let mut flagged = org(33, &c);
    flagged.profile.organisation = "Flagged".into();
    flagged.profile.sector = "Health".into();
    for id in ["D-1", "D-2", "D-3", "D-4", "D-5"] {
        flagged.services.insert(id.into(), rec(Need::Needed, Some(Delivery::InHouse), Some(2), None));
    }
    flagged.services.remove("A-1");
    flagged.services.remove("A-3");
    files.push(("same-everywhere.json".into(), json(&flagged)));
    files.push(("org-09-draft-copy.json".into(), json(&earlier)));
    files
}

fn run_intake(files: &[(String, Vec<u8>)]) -> x1060_core::cohort::intake::Intake {
    let returned: Vec<Returned<'_>> = files.iter().map(|(n, b)| Returned { name: n, bytes: b }).collect();
    intake(&returned, &cat())
}

fn pic(group_by: GroupBy, k: u32) -> Picture {
    let files = corpus();
    let ik = run_intake(&files);
    let mut left_out = BTreeSet::new();
    // The all-identical file is left out by the coordinator.
    left_out.insert(FileIndex(40));
    picture(&ik.counted(&left_out), &cat(), group_by, K::new(k))
}

#[test]
fn the_corpus_has_at_least_forty_files() {
    assert!(corpus().len() >= 40);
}

#[test]
fn intake_rows_have_stable_reason_codes() {
    let files = corpus();
    let ik = run_intake(&files);
    assert_eq!(ik.rows.len(), 42);
    let codes = |i: usize| ik.rows[i].codes();
    for i in [0, 1, 2, 10, 20, 27] {
        assert!(codes(i).is_empty(), "org {i}: {:?}", codes(i));
        assert!(ik.rows[i].accepted());
    }
    assert_eq!(codes(5), ["level-on-not-needed"]);
    assert_eq!(codes(28), ["target-below-current"]);
    assert_eq!(codes(29), ["needed-without-delivery"]);
    // Org 6's first file steps back for the later one; org 9's later file stays.
    assert_eq!(codes(6), ["older-copy"]);
    assert_eq!(ik.rows[6].findings[0].other, Some(FileIndex(32)));
    assert!(codes(9).is_empty());
    assert_eq!(codes(30), ["same-content"]);
    assert_eq!(ik.rows[30].findings[0].other, Some(FileIndex(3)));
    assert_eq!(codes(31), ["same-content"], "the HTML summary of org 4");
    assert_eq!(ik.rows[31].kind, Some(x1060_core::import::SourceKind::HtmlSummary));
    assert!(codes(32).is_empty());
    assert_eq!(codes(33), ["older-copy"]);
    assert_eq!(codes(34), ["other-catalogue"]);
    assert_eq!(codes(35), ["other-catalogue-version"]);
    assert_eq!(codes(36), ["unreadable"]);
    assert_eq!(codes(37), ["unreadable"]);
    assert_eq!(codes(38), ["invalid-data"]);
    assert!(ik.rows[38].findings[0].detail.contains("current"), "{}", ik.rows[38].findings[0].detail);
    assert_eq!(codes(39), ["no-answers"]);
    assert_eq!(codes(40), ["all-identical"]);
    // The same content as file 33, which itself stepped back: still the same content.
    assert_eq!(codes(41), ["same-content"]);
    // 30 organisations and the flagged file.
    assert_eq!(ik.counted_len(&BTreeSet::new()), 31);
    assert_eq!(ik.counted_len(&BTreeSet::from([FileIndex(40), FileIndex(5)])), 29);
}

#[test]
fn every_reason_has_a_distinct_code_and_sentences_in_every_language() {
    let codes: BTreeSet<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), Reason::ALL.len());
    for l in Lang::ALL {
        for r in Reason::ALL {
            assert!(!r.sentence(x1060_core::cohort::text::text(l)).is_empty());
        }
    }
    assert_eq!(Reason::SameContent.to_string(), "The same content as an earlier file: counted once.");
    assert!(Reason::OlderCopy.blocks() && !Reason::AllIdentical.blocks());
}

fn service<'a>(p: &'a Picture, group: usize, id: &str) -> &'a x1060_core::cohort::picture::Figures {
    p.groups[group].services.iter().find(|s| s.service == id).map(|s| &s.figures).unwrap()
}

use Cell::{Shown as S, Suppressed as X};

#[test]
fn overall_counts_worked_by_hand_k5() {
    let p = pic(GroupBy::All, 5);
    assert_eq!(p.organisations, S(30));
    assert_eq!(p.groups.len(), 1);
    assert_eq!(p.groups[0].label, GroupLabel::All);
    let a1 = service(&p, 0, "A-1");
    assert_eq!(a1.needed, S(30));
    assert_eq!(a1.not_needed, S(0));
    assert_eq!(a1.unanswered, S(0));
    assert_eq!(a1.delivery.parts, [S(8), S(8), S(7), S(7)]);
    assert_eq!(a1.delivery.total, S(30));
    // Current: 4, 5, 5, 5, 5, 6. The 4 is suppressed, and the smallest other part with it.
    assert_eq!(a1.current.parts, [X, X, S(5), S(5), S(5), S(6)]);
    assert_eq!(a1.current.total, S(30));
    // Target: 0, 0, 4, 5, 5, 16: the 4, the zeros, and the smallest other part.
    assert_eq!(a1.target.parts, [X, X, X, X, S(5), S(16)]);
    // Gap: 6 at 0, 5 at 1, 19 at 2.
    assert_eq!(a1.gap.parts, [S(6), S(5), S(19), S(0), S(0), S(0)]);
    // Not delivered yet: 7; at level 0: 4.
    assert_eq!(a1.missing, S(11));
    let a2 = service(&p, 0, "A-2");
    assert_eq!((a2.needed, a2.not_needed, a2.unanswered), (S(15), S(10), S(5)));
    assert_eq!(a2.current.parts, [S(0), S(0), S(0), S(15), S(0), S(0)]);
    let a3 = service(&p, 0, "A-3");
    assert_eq!((a3.needed, a3.not_needed), (X, S(28)));
    assert_eq!(a3.current.total, X);
    // The level on a service marked not needed counts nowhere, and not as 0.
    let a4 = service(&p, 0, "A-4");
    assert_eq!((a4.needed, a4.not_needed, a4.unanswered), (S(0), X, S(29)));
    assert_eq!(a4.current.total, S(0));
    // Untouched services: unanswered, never level 0.
    let b1 = service(&p, 0, "B-1");
    assert_eq!((b1.unanswered, b1.current.parts[0]), (S(30), S(0)));
    // Category A, answers pooled: needed = 30 + 15 + 2 + 1 + 1.
    let a = &p.groups[0].categories[0];
    assert_eq!(a.category, "A");
    assert_eq!(a.organisations_needing, S(30));
    assert_eq!(a.figures.needed, S(49));
    assert_eq!(p.groups[0].most_missing.first(), Some(&("A-1".to_string(), 11)));
}

#[test]
fn groups_by_sector_hide_small_groups_and_fold_spelling() {
    let p = pic(GroupBy::Sector, 5);
    let labels: Vec<&GroupLabel> = p.groups.iter().map(|g| &g.label).collect();
    assert_eq!(labels, [&GroupLabel::Value("Energy".into()), &GroupLabel::Value("Finance".into())]);
    assert_eq!(p.groups[0].organisations, 20);
    assert_eq!(p.groups[1].organisations, 8);
    assert_eq!(p.hidden_groups, 1, "Health, 2 organisations");
    let energy = service(&p, 0, "A-1");
    // Energy current: 3, 4, 3, 3, 3, 4 — every part below 5.
    assert_eq!(energy.current.parts, [X; 6]);
    assert_eq!(energy.current.total, S(20));
    assert_eq!(energy.delivery.parts, [S(5); 4]);
    let p3 = pic(GroupBy::Sector, 3);
    assert_eq!(service(&p3, 0, "A-1").current.parts, [S(3), S(4), S(3), S(3), S(3), S(4)]);
    assert_eq!(service(&p3, 1, "A-1").current.parts, [X, X, X, X, X, X], "Finance: 1, 1, 2, 2, 1, 1");
}

#[test]
fn k_is_never_below_three() {
    assert_eq!(K::new(0).value(), 3);
    assert_eq!(K::new(2).value(), 3);
    assert_eq!(K::default().value(), 5);
    let p = pic(GroupBy::All, 1);
    assert_eq!(p.k.value(), 3);
}

#[test]
fn too_few_organisations_show_nothing() {
    let c = cat();
    let a: Vec<Assessment> = (0..4).map(|i| org(i, &c)).collect();
    let refs: Vec<&Assessment> = a.iter().collect();
    let p = picture(&refs, &c, GroupBy::All, K::DEFAULT);
    assert_eq!(p.organisations, X);
    assert!(p.groups.is_empty());
    let none = picture(&[], &c, GroupBy::All, K::DEFAULT);
    assert_eq!((none.organisations, none.hidden_groups), (S(0), 0));
}

const SECRETS: &[&str] = &["Org ", "Assessor", "Owner", "Evidence", "Secret note", "Reason 0", "first draft", "org-0"];

#[test]
fn no_name_or_free_text_reaches_an_export() {
    let c = cat();
    let ctx = ReportContext { catalogue: &c, lang: Lang::En, content: Lang::En.code(), generated: "2026-11-25 10:00" };
    for g in GroupBy::ALL {
        let p = pic(g, 3);
        for kind in ExportKind::ALL {
            let f = export::file(kind, &p, &ctx, "2026-11-25");
            for s in SECRETS {
                assert!(!f.text.contains(s), "{kind:?} by {g:?} holds {s}");
            }
        }
    }
}

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    let actual = actual.replace(x1060_core::APP_VERSION, "{APP_VERSION}");
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}; make it with UPDATE_GOLDEN=1"));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(e, a)| e != a).unwrap_or(0);
        panic!(
            "{name} differs at line {}:\n  golden: {:?}\n  actual: {:?}\nIf intended: UPDATE_GOLDEN=1 cargo test -p x1060-core --test cohort",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn golden_csv() {
    let p = pic(GroupBy::Sector, 5);
    golden("aggregate-services.csv", &export::services_csv(&p));
    golden("aggregate-categories.csv", &export::categories_csv(&p));
}

#[test]
fn csv_header_and_cells() {
    let p = pic(GroupBy::All, 5);
    let text = export::services_csv(&p);
    assert!(text.starts_with('\u{feff}'));
    let mut rd = csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let head: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&head[..5], ["group_by", "group", "organisations", "category", "service"]);
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 58);
    let a1 = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    assert_eq!(&a1[col("service")], "A-1");
    assert_eq!(&a1[col("needed")], "30");
    assert_eq!(&a1[col("current_0")], "<5");
    assert_eq!(&a1[col("current_5")], "6");
    assert_eq!(&a1[col("missing")], "11");
}

#[test]
fn csv_group_labels_are_neutralised() {
    let c = cat();
    let a: Vec<Assessment> = (0..5)
        .map(|i| {
            let mut a = org(i, &c);
            a.profile.sector = "=HYPERLINK(\"x\")".into();
            a
        })
        .collect();
    let refs: Vec<&Assessment> = a.iter().collect();
    let p = picture(&refs, &c, GroupBy::Sector, K::DEFAULT);
    assert!(export::services_csv(&p).contains("\"'=HYPERLINK(\"\"x\"\")\""));
}

#[test]
fn json_export_follows_its_schema() {
    let schema_text =
        std::fs::read_to_string(format!("{}/../docs/aggregate.schema.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for g in GroupBy::ALL {
        for k in [3, 5, 40] {
            let v = export::json_value(&pic(g, k), &cat());
            let errors: Vec<String> =
                validator.iter_errors(&v).map(|e| format!("{} at {}", e, e.instance_path())).collect();
            assert!(errors.is_empty(), "{g:?} k={k}: {errors:?}");
        }
    }
    let v = export::json_value(&pic(GroupBy::All, 5), &cat());
    assert_eq!(v["organisations"], 30);
    assert_eq!(v["groups"][0]["services"][0]["figures"]["current"]["parts"][0], serde_json::Value::Null);
}

/// Every count of the services CSV and the JSON is 0 or at least k: per service, a count is a
/// number of organisations. Pooled category counts are checked against the organisations they rest
/// on, counted again here independently.
fn check_k(p: &Picture, c: &Catalogue, counted: &[&Assessment]) -> Result<(), TestCaseError> {
    let k = p.k.value();
    let text = export::services_csv(p);
    for line in text.trim_start_matches('\u{feff}').lines().skip(1) {
        for cell in line.split(',').skip(2) {
            if let Ok(n) = cell.parse::<u32>() {
                prop_assert!(n == 0 || n >= k, "a count of {n} with k = {k}: {line}");
            }
        }
    }
    for g in &p.groups {
        prop_assert!(g.organisations >= k);
        let members: Vec<&&Assessment> = counted
            .iter()
            .filter(|a| p.group_by.value(&a.profile).map(|v| v.to_lowercase()) == group_key(&g.label))
            .collect();
        for row in &g.categories {
            // Organisations with any needed answer in the category: what `needed` rests on.
            let orgs = members
                .iter()
                .filter(|a| {
                    c.services_in(&row.category)
                        .any(|s| a.services.get(&s.id).is_some_and(|r| r.need == Some(Need::Needed)))
                })
                .count() as u32;
            if let Some(n) = row.figures.needed.value() {
                prop_assert!(n == 0 || orgs >= k, "category {} needed {n} rests on {orgs}", row.category);
            }
        }
    }
    Ok(())
}

fn group_key(l: &GroupLabel) -> Option<String> {
    match l {
        GroupLabel::All | GroupLabel::NotGiven => None,
        GroupLabel::Value(v) => Some(v.to_lowercase()),
    }
}

fn arb_org() -> impl Strategy<Value = (u8, Vec<(u8, u8, u8, u8)>)> {
    (0u8..4, prop::collection::vec((0u8..3, 0u8..5, 0u8..7, 0u8..7), 8))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn no_exported_cell_rests_on_fewer_than_k(orgs in prop::collection::vec(arb_org(), 0..30), k in 3u32..8, by in 0usize..4) {
        let c = cat();
        let ids: Vec<String> = c.services.iter().take(8).map(|s| s.id.clone()).collect();
        let assessments: Vec<Assessment> = orgs.iter().enumerate().map(|(i, (sector, answers))| {
            let mut a = Assessment::new(&c, "2026-11-01T00:00:00.000Z");
            a.profile.organisation = format!("P{i}");
            a.profile.sector = ["", "Energy", "Finance", "Water"][usize::from(*sector)].into();
            for (id, (need, d, cur, tgt)) in ids.iter().zip(answers) {
                let need = [None, Some(Need::Needed), Some(Need::NotNeeded)][usize::from(*need)];
                a.services.insert(id.clone(), ServiceRecord {
                    need,
                    delivery: [Some(Delivery::InHouse), Some(Delivery::Outsourced), Some(Delivery::Shared), Some(Delivery::NotYet), None][usize::from(*d)],
                    current: Level::new(*cur),
                    target: Level::new(*tgt),
                    ..ServiceRecord::default()
                });
            }
            a
        }).collect();
        let refs: Vec<&Assessment> = assessments.iter().collect();
        let p = picture(&refs, &c, GroupBy::ALL[by], K::new(k));
        check_k(&p, &c, &refs)?;
    }
}

fn aggregate_html(lang: Lang, by: GroupBy) -> String {
    let c = cat();
    let ctx = ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" };
    x1060_core::cohort::html::report(&pic(by, 5), &ctx)
}

#[test]
fn golden_html() {
    golden("aggregate-en.html", &aggregate_html(Lang::En, GroupBy::Sector));
    golden("aggregate-ja.html", &aggregate_html(Lang::Ja, GroupBy::All));
    golden("aggregate-ar.html", &aggregate_html(Lang::Ar, GroupBy::Sector));
    golden("aggregate-mn.html", &aggregate_html(Lang::Mn, GroupBy::Sector));
}

#[test]
fn html_report_is_self_contained_and_carries_its_data() {
    for lang in Lang::ALL {
        let h = aggregate_html(lang, GroupBy::Sector);
        let lower = h.to_lowercase();
        assert_eq!(lower.matches("<script").count(), 1, "only the data element");
        assert!(lower.contains("<script type=\"application/json\" id=\"x1060-aggregate\">"));
        for bad in ["http:", "https:", "src=", "href=", "@import", "url("] {
            assert!(!lower.contains(bad), "{lang:?}: {bad}");
        }
        assert!(h.contains("@media print") && h.contains("@page"));
        let start = h.find("id=\"x1060-aggregate\">").unwrap() + "id=\"x1060-aggregate\">".len();
        let end = start + h[start..].find("</script>").unwrap();
        let data: serde_json::Value = serde_json::from_str(&h[start..end]).unwrap();
        assert_eq!(data, export::json_value(&pic(GroupBy::Sector, 5), &cat()));
        // One bar chart and one heat map per group shown (Energy, Finance), each with tables.
        assert_eq!(h.matches("<svg class=\"x1060-chart\" id=\"x1060-wb-bars-").count(), 2);
        assert_eq!(h.matches("<svg class=\"x1060-chart\" id=\"x1060-wb-heat-").count(), 2);
        assert_eq!(h.matches("class=\"x1060-heat-row\"").count(), 2 * 58);
    }
}

#[test]
fn bar_parts_follow_the_shown_counts_and_keep_the_suppressed_rest() {
    use x1060_core::cohort::charts::{bar_parts, shade};
    use x1060_core::cohort::picture::Dist;
    let d = Dist { parts: [X, X, S(5), S(5), S(5), S(6)], total: S(30) };
    let parts = bar_parts(&d, 0.0, 300.0);
    let widths: Vec<(Option<u8>, f64)> = parts.iter().map(|p| (p.level, p.width)).collect();
    assert_eq!(widths, [(Some(2), 50.0), (Some(3), 50.0), (Some(4), 50.0), (Some(5), 60.0), (None, 90.0)]);
    assert!(bar_parts(&Dist { parts: [X; 6], total: X }, 0.0, 300.0).is_empty());
    assert_eq!((shade(0, 10), shade(1, 10), shade(2, 10), shade(10, 10)), (0, 1, 1, 5));
}

/// Scale (issue 15): 1,000 files of a full assessment, intake and picture. Prints the time; run
/// with `cargo test --release -p x1060-core --test cohort -- --ignored --nocapture scale`.
#[test]
#[ignore]
fn scale_thousand_full_files() {
    let c = cat();
    let files: Vec<(String, Vec<u8>)> = (0..1000)
        .map(|i| {
            let mut a = Assessment::new(&c, &format!("2026-10-01T09:00:{:02}.000Z", i % 60));
            a.profile.organisation = format!("Org {i}");
            a.profile.sector = ["Energy", "Finance", "Health", "Water"][i % 4].into();
            for (j, s) in c.services.iter().enumerate() {
                let cur = ((i + j) % 6) as u8;
                let d = [Delivery::InHouse, Delivery::Outsourced, Delivery::Shared, Delivery::NotYet][(i * 7 + j) % 4];
                let mut r = rec(Need::Needed, Some(d), Some(cur), Some((cur + 1).min(5)));
                r.note = "A note of some length, as people write them in real assessments.".into();
                a.services.insert(s.id.clone(), r);
            }
            (format!("org-{i}.json"), json(&a))
        })
        .collect();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let start = std::time::Instant::now();
    let ik = run_intake(&files);
    let t_intake = start.elapsed();
    let counted = ik.counted(&BTreeSet::new());
    let p = picture(&counted, &c, GroupBy::Sector, K::DEFAULT);
    let t_all = start.elapsed();
    assert_eq!(counted.len(), 1000);
    assert_eq!(p.groups.len(), 4);
    println!("1,000 files ({} MB): intake {:?}, intake + picture {:?}", bytes / 1_000_000, t_intake, t_all);
}

/// Files made with the previous built-in catalogue (2026.11) are counted after their answers are
/// moved as the user's own app would move them: D-3 to D-5 (renamed onto provisional titles) wait
/// for review there, so they count nowhere here; everything else counts as before.
#[test]
fn files_of_the_previous_built_in_version_are_moved_and_their_uncertain_answers_not_counted() {
    let c = cat();
    let mut files = Vec::new();
    for i in 0..6 {
        let mut a = org(i, &c);
        a.catalogue.version = "2026.11".into();
        a.services.insert("D-3".into(), rec(Need::Needed, Some(Delivery::InHouse), Some(2), Some(3)));
        a.services.insert("D-1".into(), rec(Need::Needed, Some(Delivery::Outsourced), Some(1), None));
        files.push((format!("old-{i}.json"), json(&a)));
    }
    let ik = run_intake(&files);
    for row in &ik.rows {
        assert_eq!(row.codes().first().copied(), Some("moved-from-older-version"), "{:?}", row.codes());
        assert_eq!(row.findings[0].detail, "2026.11");
        assert_eq!(row.findings[0].services, ["D-3"]);
        assert!(row.accepted());
    }
    let counted = ik.counted(&BTreeSet::new());
    assert_eq!(counted.len(), 6);
    let p = picture(&counted, &c, GroupBy::All, K::new(5));
    assert_eq!(service(&p, 0, "D-1").needed, Cell::Shown(6));
    // D-3 was answered by all six, but waits for review in each file: counted nowhere.
    assert_eq!(service(&p, 0, "D-3").needed, Cell::Shown(0));
    assert_eq!(service(&p, 0, "D-3").unanswered, Cell::Shown(6));
}

/// The x of the first `<text>` whose content is `label`, and its anchor, in an SVG drawing.
fn text_at(svg: &str, label: &str) -> (f64, Option<String>) {
    let end = svg.find(&format!(">{label}</text>")).unwrap_or_else(|| panic!("no text {label}"));
    let start = svg[..end].rfind("<text ").unwrap();
    let tag = &svg[start..end];
    let attr = |name: &str| {
        tag.find(&format!(" {name}=\"")).map(|i| {
            let v = &tag[i + name.len() + 3..];
            v[..v.find('"').unwrap()].to_string()
        })
    };
    (attr("x").unwrap().parse().unwrap(), attr("text-anchor"))
}

#[test]
fn charts_are_drawn_for_the_script() {
    // Issue 17: in Arabic the workbench's charts are mirrored like the summary report's bars, so
    // that they read in the order of the tables beside them (level 0 at the right).
    use x1060_core::cohort::charts::{heat_map, level_bars};
    use x1060_core::cohort::text::text;
    let p = pic(GroupBy::All, 5);
    let g = &p.groups[0];
    let (t, w) = (Lang::Ar.ui(), text(Lang::Ar));
    let ltr = level_bars(g, p.k, t, w, "b", false);
    let rtl = level_bars(g, p.k, t, w, "b", true);
    assert_eq!(text_at(&ltr, "A"), (8.0, None), "left to right: the letter at the left");
    assert_eq!(text_at(&rtl, "A"), (632.0, Some("end".into())), "right to left: the letter at the right, ending there");
    let first_rect = |svg: &str| -> f64 {
        let bar = &svg[svg.find("data-category=\"∑\"").unwrap()..];
        let r = &bar[bar.find("<rect x=\"").unwrap() + 9..];
        r[..r.find('"').unwrap()].parse().unwrap()
    };
    // The first part drawn (the lowest level shown) starts at the left, or ends at the right.
    assert_eq!(first_rect(&ltr), 44.0);
    assert!(first_rect(&rtl) > 320.0, "{}", first_rect(&rtl));
    let ltr = heat_map(g, p.k, t, w, "h", false);
    let rtl = heat_map(g, p.k, t, w, "h", true);
    assert!(text_at(&ltr, "0").0 < text_at(&ltr, "5").0);
    assert!(text_at(&rtl, "0").0 > text_at(&rtl, "5").0, "right to left: level 0 is the rightmost column");
    assert_eq!(text_at(&rtl, "A-1").1.as_deref(), Some("end"));
    // The same drawing in the report: Arabic is mirrored, Mongolian is not.
    assert!(aggregate_html(Lang::Ar, GroupBy::All).contains("text-anchor=\"end\" font-weight=\"700\">A</text>"));
    assert!(!aggregate_html(Lang::Mn, GroupBy::All).contains("text-anchor=\"end\""));
}
