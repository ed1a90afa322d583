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
use x1060_core::ids::ServiceId;
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
    // Organisations 0–19 carry a uid (schema 2); 20 and later have none (written before it).
    if i < 20 {
        a.uid = format!("uid-{i:02}");
    }
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
    assert_eq!(p.groups[0].most_missing.first(), Some(&("A-1".into(), 11)));
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
        for k in [3, 5, 18, 40] {
            for p in [pic(g, k), with_changes(g, k, true), with_changes(g, k, false)] {
                let v = export::json_value(&p, &cat());
                let errors: Vec<String> =
                    validator.iter_errors(&v).map(|e| format!("{} at {}", e, e.instance_path())).collect();
                assert!(errors.is_empty(), "{g:?} k={k}: {errors:?}");
            }
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
        GroupLabel::All | GroupLabel::NotGiven | GroupLabel::Round(_) => None,
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
        let ids: Vec<ServiceId> = c.services.iter().take(8).map(|s| s.id.clone()).collect();
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

// ---------------------------------------------------------------------------------------------
// Rounds.

/// Organisation `i` in the last round. Present: 0, 1, 3–6, 8–24 and "Org 40" (uid-40), who did
/// not send a file this round; 2 and 7 are new this round. Org 19 had another uid then (a fresh
/// assessment), so it is matched neither by uid nor by name. Orgs 20–24 have no uid; org 21 wrote
/// its name "  org   21 " (matched by name all the same). Answers:
///
/// - needed, not delivered yet, current `max(i % 6 − 1, 0)`.
/// - needed in-house at 2 for 0–9, not needed for 10–14, needed in-house at 3 for 15–24.
/// - as this round (level 4 for orgs 0 and 1, not needed for the rest).
fn last_org(i: usize, c: &Catalogue) -> Assessment {
    let mut a = org(i, c);
    a.services.clear();
    a.created = "2025-10-01T09:00:00.000Z".into();
    a.updated = "2025-11-01T09:00:00.000Z".into();
    if i == 19 {
        a.uid = "uid-19-old".into();
    }
    if i == 21 {
        a.profile.organisation = "  org   21 ".into();
    }
    let cur = ((i % 6) as u8).saturating_sub(1);
    a.services.insert("A-1".into(), rec(Need::Needed, Some(Delivery::NotYet), Some(cur), None));
    let a2 = match i {
        0..=9 => rec(Need::Needed, Some(Delivery::InHouse), Some(2), None),
        10..=14 => rec(Need::NotNeeded, None, None, None),
        _ => rec(Need::Needed, Some(Delivery::InHouse), Some(3), None),
    };
    a.services.insert("A-2".into(), a2);
    let a3 = if i < 2 {
        rec(Need::Needed, Some(Delivery::InHouse), Some(4), None)
    } else {
        rec(Need::NotNeeded, None, None, None)
    };
    a.services.insert("A-3".into(), a3);
    a
}

/// The last round's 24 files.
fn last_round() -> Vec<(String, Vec<u8>)> {
    let c = cat();
    let mut files: Vec<(String, Vec<u8>)> = (0..=24)
        .filter(|i| *i != 2 && *i != 7)
        .map(|i| (format!("last-org-{i:02}.json"), json(&last_org(i, &c))))
        .collect();
    let mut gone = last_org(3, &c);
    gone.uid = "uid-40".into();
    gone.profile.organisation = "Org 40".into();
    files.push(("last-org-40.json".into(), json(&gone)));
    files
}

fn rounds(by_name: bool, k: u32) -> x1060_core::cohort::rounds::Changes {
    let (this_files, last_files) = (corpus(), last_round());
    let (this, last) = (run_intake(&this_files), run_intake(&last_files));
    let left_out: BTreeSet<FileIndex> = [FileIndex(40)].into();
    x1060_core::cohort::rounds::changes(
        &last.counted(&BTreeSet::new()),
        &this.counted(&left_out),
        &cat(),
        K::new(k),
        by_name,
    )
}

fn change<'a>(ch: &'a x1060_core::cohort::rounds::Changes, id: &str) -> &'a x1060_core::cohort::rounds::ChangeFigures {
    &ch.services.iter().find(|s| s.service == id).unwrap().figures
}

fn cells<const N: usize>(d: &x1060_core::cohort::picture::Dist<N>) -> Vec<Option<u32>> {
    d.parts.iter().chain(std::iter::once(&d.total)).map(|c| c.value()).collect()
}

#[test]
fn last_round_files_are_all_counted() {
    let ik = run_intake(&last_round());
    assert_eq!(ik.rows.len(), 24);
    assert_eq!(ik.counted_len(&BTreeSet::new()), 24, "{:?}", ik.rows.iter().map(|r| r.codes()).collect::<Vec<_>>());
}

#[test]
fn rounds_are_matched_by_uid_and_by_name_only_when_agreed() {
    let (this_files, last_files) = (corpus(), last_round());
    let (this, last) = (run_intake(&this_files), run_intake(&last_files));
    let left_out: BTreeSet<FileIndex> = [FileIndex(40)].into();
    let (this, last) = (this.counted(&left_out), last.counted(&BTreeSet::new()));
    assert_eq!((last.len(), this.len()), (24, 30));
    // By uid: 0, 1, 3–6, 8–18 (19 has another uid, 20–24 none).
    let m = x1060_core::cohort::rounds::match_rounds(&last, &this, false);
    assert_eq!((m.by_uid, m.by_name, m.last_unmatched, m.this_unmatched), (17, 0, 7, 13));
    // And by name: 20–24 (21 written "  org   21 "); never 19 (two different uids).
    let m = x1060_core::cohort::rounds::match_rounds(&last, &this, true);
    assert_eq!((m.by_uid, m.by_name, m.last_unmatched, m.this_unmatched), (17, 5, 2, 8));
    for (i, j) in &m.pairs {
        assert_eq!(
            x1060_core::cohort::rounds::name_key(&last[*i].profile.organisation),
            x1060_core::cohort::rounds::name_key(&this[*j].profile.organisation)
        );
    }
    // A uid sent twice in one round matches nothing.
    let twice = vec![this[0], this[0]];
    let m = x1060_core::cohort::rounds::match_rounds(&last, &twice, false);
    assert_eq!((m.by_uid, m.this_unmatched), (0, 2));
}

#[test]
fn changes_counted_by_hand_k5() {
    let ch = rounds(true, 5);
    assert_eq!(ch.matched, Cell::Shown(22));
    assert_eq!(
        (ch.by_uid, ch.by_name, ch.last_unmatched, ch.this_unmatched),
        (Cell::Shown(17), Cell::Shown(5), Cell::Suppressed, Cell::Shown(8))
    );
    let a1 = change(&ch, "A-1");
    // Last round: 0 ×7 (0 1 6 12 13 18 24), 1 ×3, 2 ×4, 3 ×4, 4 ×4: only level 0 shows.
    assert_eq!(cells(&a1.before), [Some(7), None, None, None, None, None, Some(22)]);
    // This round: 0 ×4, 1 ×2, 2 ×3, 3 ×4, 4 ×4, 5 ×5 (org 6's later file is at 5).
    assert_eq!(cells(&a1.after), [None, None, None, None, None, Some(5), Some(22)]);
    // Up 18, same 4 (i % 6 = 0 but org 6), down 0: the same hides, so does the up (secondary).
    assert_eq!(cells(&a1.moves), [None, None, None, Some(22)]);
    // Delivery: same 4 (3 11 15 23 still not yet), started 18, other 0.
    assert_eq!(cells(&a1.delivery), [None, None, None, Some(22)]);
    assert_eq!((a1.newly_needed, a1.no_longer_needed), (Cell::Shown(0), Cell::Shown(0)));
    let a2 = change(&ch, "A-2");
    // 0–9 in both rounds: 8 needed then, not needed now; 10–14: 5 newly needed; 15–24: 9 same.
    assert_eq!((a2.newly_needed, a2.no_longer_needed), (Cell::Shown(5), Cell::Shown(8)));
    assert_eq!(cells(&a2.before), [Some(0), Some(0), Some(8), Some(9), Some(0), Some(0), Some(17)]);
    assert_eq!(cells(&a2.after), [Some(0), Some(0), Some(0), Some(14), Some(0), Some(0), Some(14)]);
    assert_eq!(cells(&a2.moves), [Some(0), Some(9), Some(0), Some(9)]);
    assert_eq!(cells(&a2.delivery), [Some(9), Some(0), Some(0), Some(9)]);
    // Orgs 0 and 1 only: A-3's level 4 and total hide (zeros rest on nobody).
    assert_eq!(cells(&change(&ch, "A-3").before), [Some(0), Some(0), Some(0), Some(0), None, Some(0), None]);
    // Category A, pooled: level 0 ×7 (7 orgs), 1 ×3 (3 orgs: hidden), 2 ×12, 3 ×13, 4 ×6 (6 orgs:
    // the smallest other part, hidden with it), 5 ×0 (hidden, as a part is).
    let cat_a = &ch.categories.iter().find(|c| c.category == "A").unwrap().figures;
    assert_eq!(cells(&cat_a.before), [Some(7), None, Some(12), Some(13), None, None, Some(41)]);
}

#[test]
fn changes_counted_by_hand_k3_and_without_names() {
    let ch = rounds(true, 3);
    let a1 = change(&ch, "A-1");
    assert_eq!(cells(&a1.moves), [Some(18), Some(4), Some(0), Some(22)]);
    assert_eq!(cells(&a1.delivery), [Some(4), Some(18), Some(0), Some(22)]);
    // 1 ×2 hides, and the smallest other part (2 ×3) with it.
    assert_eq!(cells(&a1.after), [Some(4), None, None, Some(4), Some(4), Some(5), Some(22)]);
    // Without names: the 17 matched by uid; org 6 and orgs 0, 12, 18 stay at 0 (same), 6 goes up.
    let ch = rounds(false, 3);
    assert_eq!(ch.matched, Cell::Shown(17));
    assert_eq!(ch.by_name, Cell::Shown(0));
    let a1 = change(&ch, "A-1");
    assert_eq!(cells(&a1.moves), [Some(14), Some(3), Some(0), Some(17)]);
}

#[test]
fn too_few_in_both_rounds_show_no_change() {
    let ch = rounds(false, 18);
    assert_eq!(ch.matched, Cell::Suppressed);
    assert!(ch.services.is_empty() && ch.categories.is_empty() && ch.overall.is_none());
    assert_eq!(export::changes_csv(&ch).lines().count(), 1);
}

#[test]
fn round_is_a_grouping() {
    let (this_files, last_files) = (corpus(), last_round());
    let (this, last) = (run_intake(&this_files), run_intake(&last_files));
    let left_out: BTreeSet<FileIndex> = [FileIndex(40)].into();
    let p = x1060_core::cohort::picture::picture_by_round(
        &last.counted(&BTreeSet::new()),
        &this.counted(&left_out),
        &cat(),
        K::new(5),
    );
    assert_eq!(p.group_by, GroupBy::Round);
    let labels: Vec<&str> = p.groups.iter().map(|g| g.label.key()).collect();
    assert_eq!(labels, ["last", "this"]);
    assert_eq!((p.groups[0].organisations, p.groups[1].organisations), (24, 30));
    assert_eq!(p.organisations, Cell::Shown(54));
    // This round's group is the picture of this round alone.
    assert_eq!(p.groups[1].services, pic(GroupBy::All, 5).groups[0].services);
    let v = export::json_value(&p, &cat());
    assert_eq!(v["group_by"], "round");
    assert_eq!(v["groups"][0]["label"]["value"], "last");
}

fn with_changes(by: GroupBy, k: u32, by_name: bool) -> Picture {
    let mut p = pic(by, k);
    p.changes = Some(rounds(by_name, k));
    p
}

#[test]
fn change_exports() {
    let p = with_changes(GroupBy::All, 5, true);
    let c = cat();
    let ctx = ReportContext { catalogue: &c, lang: Lang::En, content: "en", generated: "2026-12-01 10:00" };
    let csv = export::file(ExportKind::ChangesCsv, &p, &ctx, "2026-12-01");
    assert_eq!(csv.name, "x1060-aggregate-changes-2026-12-01.csv");
    golden("aggregate-changes.csv", &csv.text);
    let a2 = csv.text.lines().find(|l| l.starts_with("service,22,A,A-2,")).unwrap();
    assert_eq!(a2, "service,22,A,A-2,0,0,8,9,0,0,17,0,0,0,14,0,0,14,0,9,0,9,5,8,9,0,0,9");
    let html = x1060_core::cohort::html::report(&p, &ctx);
    assert!(html.contains("data-changes"));
    assert!(html.contains("What changed since the last round"));
    assert!(html.contains("<dd data-wb-match=\"by-name\">5</dd>"));
    for i in 0..41 {
        assert!(!html.contains(&format!("Org {i:02}")), "a name in the report");
    }
    assert!(!html.contains("uid-"), "a uid in the report");
    let v = export::json_value(&p, &c);
    assert_eq!(v["changes"]["matched"], 22);
    assert_eq!(v["changes"]["services"][1]["figures"]["newly_needed"], 5);
}

// ---------------------------------------------------------------------------------------------
// "You are here".

fn you_are_here(i: usize, lang: Lang) -> String {
    let c = cat();
    let ctx = ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-12-01 10:00" };
    x1060_core::cohort::you_are_here::report(&org(i, &c), &pic(GroupBy::All, 5), &ctx)
}

#[test]
fn you_are_here_holds_its_own_values_and_k_safe_figures_only() {
    let h = you_are_here(7, Lang::En);
    assert!(h.contains("Org 07"));
    for i in (0..41).filter(|i| *i != 7) {
        assert!(!h.contains(&format!("Org {i:02}")), "org {i} in the report of org 7");
    }
    for secret in [
        "Assessor",
        "Owner",
        "Evidence",
        "Secret note",
        "Reason 0",
        "uid-",
        "Energy",
        "Finance",
        "Health",
        "Kenya",
        "Japan",
        "Flagged",
    ] {
        assert!(!h.contains(secret), "{secret} in the report");
    }
    // Self-contained: no script, no external reference.
    assert!(!h.contains("<script") && !h.contains("http://") && !h.contains("src="), "not self-contained");
    // Org 7: A-1 needed at level 1 (target 3), A-2 not needed, A-3 not needed.
    let row = |id: &str| h.lines().find(|l| l.starts_with(&format!("<tr data-service=\"{id}\""))).unwrap().to_string();
    let a1 = row("A-1");
    assert!(a1.contains("<td data-own-current=\"\">1</td><td class=\"x1060-num\">3</td>"), "{a1}");
    assert_eq!(a1.matches("data-you").count(), 1);
    // A-1 level 1 is five organisations (1, 7, 13, 19, 25), but hidden with level 0 (four: 0, 12,
    // 18, 24; org 6's later file is at 5) as the smallest other part; marked all the same.
    assert!(a1.contains("data-you=\"\">● &lt;5</td>"), "{a1}");
    assert!(row("A-2").contains("<td data-own-current=\"\">Not needed</td>"));
    assert_eq!(row("A-2").matches("data-you").count(), 0);
    // Every count in the heat map is 0, at least 5, or <5.
    for l in h.lines().filter(|l| l.starts_with("<tr data-service=")) {
        for cell in l.split("<td class=\"x1060-num").skip(1) {
            let text = cell.split('>').nth(1).unwrap_or("").trim_start_matches("● ").split('<').next().unwrap_or("");
            if let Ok(n) = text.parse::<u32>() {
                assert!(
                    n == 0 || n >= 5 || l.contains(&format!("<td class=\"x1060-num\">{n}</td><td class=\"x1060-num")),
                    "{l}"
                );
            }
        }
    }
    // In another language too.
    assert!(you_are_here(7, Lang::Ja).contains("<html lang=\"ja\""));
}

#[test]
fn you_are_here_with_too_few_organisations_shows_no_figure() {
    let c = cat();
    let ctx = ReportContext { catalogue: &c, lang: Lang::En, content: "en", generated: "" };
    let a = org(3, &c);
    let p = picture(&[&a], &c, GroupBy::All, K::new(5));
    let h = x1060_core::cohort::you_are_here::report(&a, &p, &ctx);
    assert!(h.contains("Fewer than 5 organisations"));
    assert!(!h.contains("data-service"));
    // A grouped picture is never used: its groups could be small and are labelled.
    let h = x1060_core::cohort::you_are_here::report(&a, &pic(GroupBy::Sector, 5), &ctx);
    assert!(!h.contains("data-service") && !h.contains("Energy"));
}

#[test]
fn intake_one_file_at_a_time_is_the_intake() {
    let files = corpus();
    let mut b = x1060_core::cohort::intake::IntakeBuilder::default();
    for (n, bytes) in &files {
        b.push(Returned { name: n, bytes }, &cat());
    }
    assert_eq!(b.len(), 42);
    assert_eq!(b.finish(), run_intake(&files));
}

/// One generated organisation: a sector and (need, delivery, current, target) for eight services.
type ArbOrg = (u8, Vec<(u8, u8, u8, u8)>);

fn arb_assessments(orgs: &[ArbOrg], c: &Catalogue, prefix: &str) -> Vec<Assessment> {
    let ids: Vec<ServiceId> = c.services.iter().take(8).map(|s| s.id.clone()).collect();
    orgs.iter()
        .enumerate()
        .map(|(i, (_, answers))| {
            let mut a = Assessment::new(c, "2026-11-01T00:00:00.000Z");
            a.profile.organisation = format!("{prefix}{i}");
            a.uid = format!("u{i}");
            for (id, (need, d, cur, tgt)) in ids.iter().zip(answers) {
                let need = [None, Some(Need::Needed), Some(Need::NotNeeded)][usize::from(*need)];
                a.services.insert(
                    id.clone(),
                    ServiceRecord {
                        need,
                        delivery: [
                            Some(Delivery::InHouse),
                            Some(Delivery::Outsourced),
                            Some(Delivery::Shared),
                            Some(Delivery::NotYet),
                            None,
                        ][usize::from(*d)],
                        current: Level::new(*cur),
                        target: Level::new(*tgt),
                        ..ServiceRecord::default()
                    },
                );
            }
            a
        })
        .collect()
}

/// Every change figure of one set: each shown count is 0 or rests on at least k organisations,
/// counted again here: per service a count is a number of organisations (one answer each).
fn check_change_k(
    f: &x1060_core::cohort::rounds::ChangeFigures,
    k: u32,
    per_service: bool,
    what: &str,
) -> Result<(), TestCaseError> {
    let mut cells: Vec<Cell> = Vec::new();
    cells.extend(f.before.parts.iter().chain([&f.before.total]));
    cells.extend(f.after.parts.iter().chain([&f.after.total]));
    cells.extend(f.moves.parts.iter().chain([&f.moves.total]));
    cells.extend(f.delivery.parts.iter().chain([&f.delivery.total]));
    cells.extend([f.newly_needed, f.no_longer_needed]);
    if per_service {
        for c in cells {
            if let Cell::Shown(n) = c {
                prop_assert!(n == 0 || n >= k, "{what}: {n} shown with k = {k}");
            }
        }
    }
    // Secondary suppression: a distribution with its total shown never has exactly one hidden
    // non-zero part and the rest shown.
    for (parts, total) in [(&f.before.parts[..], f.before.total), (&f.after.parts[..], f.after.total)] {
        if total != Cell::Suppressed {
            let hidden = parts.iter().filter(|c| **c == Cell::Suppressed).count();
            prop_assert!(hidden != 1, "{what}: one part hidden alone");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn no_change_figure_rests_on_fewer_than_k(
        last in prop::collection::vec(arb_org(), 0..25),
        this in prop::collection::vec(arb_org(), 0..25),
        k in 3u32..8,
    ) {
        let c = cat();
        let (last, this) = (arb_assessments(&last, &c, "L"), arb_assessments(&this, &c, "T"));
        let (lr, tr): (Vec<&Assessment>, Vec<&Assessment>) = (last.iter().collect(), this.iter().collect());
        let ch = x1060_core::cohort::rounds::changes(&lr, &tr, &c, K::new(k), false);
        let matched = lr.len().min(tr.len()) as u32;
        prop_assert_eq!(ch.matched, if matched == 0 || matched >= k { Cell::Shown(matched) } else { Cell::Suppressed });
        if matched < k {
            prop_assert!(ch.services.is_empty() && ch.categories.is_empty() && ch.overall.is_none());
        }
        for s in &ch.services {
            check_change_k(&s.figures, k, true, &s.service)?;
        }
        for cat in &ch.categories {
            check_change_k(&cat.figures, k, false, &cat.category)?;
        }
        // Per category, a shown part of "before" rests on at least k organisations: counted again.
        for cat in &ch.categories {
            for (level, cell) in cat.figures.before.parts.iter().enumerate() {
                let Cell::Shown(n) = cell else { continue };
                if *n == 0 { continue; }
                let orgs = lr.iter().take(matched as usize).filter(|a| c.services.iter().filter(|s| s.category == cat.category).any(|s| {
                    a.services.get(&s.id).is_some_and(|r| r.need == Some(Need::Needed) && r.current.map(|l| usize::from(l.value())) == Some(level))
                })).count() as u32;
                prop_assert!(orgs >= k, "{} level {level}: {n} answers of {orgs} organisations shown", cat.category);
            }
        }
        let csv = export::changes_csv(&ch);
        for line in csv.lines().skip(1) {
            for cell in line.split(',').skip(4) {
                if let Ok(n) = cell.parse::<u32>() {
                    prop_assert!(n == 0 || n >= k || !line.starts_with("service,"), "{line}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Box plots.

fn dist6(parts: [Option<u32>; 6], total: Option<u32>) -> x1060_core::cohort::picture::Dist<6> {
    let cell = |v: Option<u32>| v.map_or(Cell::Suppressed, Cell::Shown);
    x1060_core::cohort::picture::Dist { parts: parts.map(cell), total: cell(total) }
}

#[test]
fn box_stats_by_nearest_rank_and_only_from_whole_shown_distributions() {
    use x1060_core::cohort::boxplot::{box_stats, BoxStats};
    // 0, 3, 3 is not a 2: lowest 0, Q1 0, median 3, Q3 3, highest 3.
    let b = box_stats(&dist6([Some(5), Some(0), Some(0), Some(10), Some(0), Some(0)], Some(15)));
    assert_eq!(b, Some(BoxStats { lowest: 0, q1: 0, median: 3, q3: 3, highest: 3 }));
    // 40 answers (5 at 1, 10 at 2, 3 and 4, 5 at 5): Q1 is answer 10 → 2, the median answer 20 → 3,
    // Q3 answer 30 → 4.
    let b = box_stats(&dist6([Some(0), Some(5), Some(10), Some(10), Some(10), Some(5)], Some(40)));
    assert_eq!(b, Some(BoxStats { lowest: 1, q1: 2, median: 3, q3: 4, highest: 5 }));
    // A hidden part, a hidden total, or nothing at all: no box.
    assert_eq!(box_stats(&dist6([Some(5), None, Some(0), Some(10), None, Some(0)], Some(17))), None);
    assert_eq!(box_stats(&dist6([Some(0); 6], None)), None);
    assert_eq!(box_stats(&dist6([Some(0); 6], Some(0))), None);
}

#[test]
fn the_report_draws_boxes_with_their_table() {
    let h = aggregate_html(Lang::En, GroupBy::All);
    assert!(h.contains("Quartiles per category"));
    assert!(h.contains("class=\"x1060-table x1060-wb-box\""));
    // Overall current levels of the corpus at k = 5 hide parts: no box, dashes in the table.
    let p = pic(GroupBy::All, 5);
    let drawn = x1060_core::cohort::boxplot::box_stats(&p.groups[0].overall.current);
    assert_eq!(drawn.is_some(), p.groups[0].overall.current.parts.iter().all(|c| *c != Cell::Suppressed));
}

#[test]
fn a_whole_shown_distribution_gets_its_box() {
    let p = pic(GroupBy::All, 3);
    let g = &p.groups[0];
    let b = x1060_core::cohort::boxplot::box_stats(&g.overall.current).expect("every part shown at k = 3");
    // Overall current levels (30 organisations): A-1 five at each level 0–5 (org 6 at 5: 4 at 0,
    // 6 at 5), A-2 fifteen at 3, A-3 two at 4, A-6 org 28 at 3, A-5 org 29 at 1: 49 answers,
    // 4, 6, 5, 21, 7, 6 at levels 0–5. Q1: answer 12.25 → 2; median: 24.5 → 3; Q3: 36.75 → 4.
    assert_eq!(g.overall.current.total, Cell::Shown(49));
    assert_eq!((b.lowest, b.q1, b.median, b.q3, b.highest), (0, 2, 3, 4, 5));
    let c = cat();
    let ctx = ReportContext { catalogue: &c, lang: Lang::En, content: "en", generated: "" };
    let h = x1060_core::cohort::html::report(&p, &ctx);
    let svg = h.split("id=\"x1060-wb-box-0\"").nth(1).unwrap();
    assert!(svg.split("</svg>").next().unwrap().contains("<rect"), "no box drawn");
    assert!(h.contains("<tr data-category=\"*\"><th scope=\"row\">Overall · Current level</th><td class=\"x1060-num\">0</td><td class=\"x1060-num\">2</td><td class=\"x1060-num\">3</td>"));
}
