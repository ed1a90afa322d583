//! Moving answers between catalogues (docs/catalogue-editions.md): every kind of mapping with a
//! hand-worked result, answers to review counted in no figure, and the built-in catalogue's new
//! version taking every saved assessment of the previous one with nothing lost.

mod common;

use proptest::prelude::*;
use serde_json::json;
use x1060_core::catalogue::Catalogue;
use x1060_core::edition::{self, Change, Mapping, Outcome};
use x1060_core::ids::ServiceId;
use x1060_core::model::{Assessment, CatalogueRef, Delivery, Level, Need, ReviewReason, ServiceRecord};

const T: &str = "2026-12-01T10:00:00.000Z";
const T2: &str = "2026-12-02T10:00:00.000Z";

/// A small catalogue: `(id, provenance, English title)` per service, categories from the ids.
fn catalogue(version: &str, services: &[(&str, &str, &str)]) -> Catalogue {
    let mut cats: Vec<String> = services.iter().map(|s| s.0.split('-').next().unwrap().to_string()).collect();
    cats.dedup();
    let v = json!({
        "format": "x1060-catalogue", "schema": 1, "id": "test", "version": version, "edition": "",
        "languages": ["en"],
        "categories": cats.iter().map(|c| json!({"id": c, "title": {"en": format!("Category {c}")},
            "description": {"en": "d"}, "provenance": "confirmed"})).collect::<Vec<_>>(),
        "services": services.iter().map(|(id, p, t)| json!({"id": id, "category": id.split('-').next().unwrap(),
            "provenance": p, "title": {"en": t}, "description": {"en": "d"}})).collect::<Vec<_>>(),
    });
    Catalogue::parse(&v.to_string()).unwrap()
}

fn old() -> Catalogue {
    catalogue(
        "1",
        &[
            ("A-1", "confirmed", "Risk management"),
            ("A-2", "confirmed", "Risk assessment"),
            ("A-3", "confirmed", "Policy planning"),
            ("B-1", "confirmed", "Monitoring"),
            ("B-2", "confirmed", "Log keeping"),
            ("C-1", "confirmed", "Forensics"),
            ("C-2", "confirmed", "Malware analysis"),
            ("D-1", "provisional", "Incident classification"),
            ("D-2", "provisional", "Incident handling"),
        ],
    )
}

fn new() -> Catalogue {
    catalogue(
        "2",
        &[
            ("A-1", "confirmed", "Risk management"),
            ("A-2", "confirmed", "Risk evaluation"),
            ("A-3", "confirmed", "A new service"),
            ("A-4", "confirmed", "Policy planning"),
            ("B-1", "confirmed", "Network monitoring"),
            ("B-3", "confirmed", "Host monitoring"),
            ("C-1", "confirmed", "Deep analysis"),
            ("D-1", "provisional", "Incident analysis"),
            ("D-2", "provisional", "Incident handling"),
        ],
    )
}

fn mapping() -> Mapping {
    Mapping::parse(
        &json!({
            "format": "x1060-mapping", "schema": 1,
            "from": {"id": "test", "version": "1"}, "to": {"id": "test", "version": "2"},
            "services": [
                {"from": "A-1", "change": "kept"},
                {"from": "A-2", "change": "renamed"},
                {"from": "A-3", "change": "moved", "to": ["A-4"]},
                {"from": "B-1", "change": "split", "to": ["B-1", "B-3"]},
                {"from": "B-2", "change": "removed"},
                {"from": "C-1", "change": "merged", "to": ["C-1"]},
                {"from": "C-2", "change": "merged", "to": ["C-1"]},
                {"from": "D-1", "change": "renamed"}
            ],
            "new": ["A-3"]
        })
        .to_string(),
    )
    .unwrap()
}

/// Answer with a distinct current level per service, so each can be followed: A-1 → 0, A-2 → 1…
fn rec(level: u8) -> ServiceRecord {
    ServiceRecord {
        need: Some(Need::Needed),
        delivery: Some(Delivery::InHouse),
        current: Level::new(level % 6),
        note: format!("answer {level}"),
        ..ServiceRecord::default()
    }
}

fn answered(ids: &[&str]) -> Assessment {
    let mut a = Assessment::new(&old(), T);
    for (i, id) in ids.iter().enumerate() {
        a.services.insert((*id).into(), rec(i as u8));
    }
    a
}

const ALL: [&str; 10] = ["A-1", "A-2", "A-3", "B-1", "B-2", "C-1", "C-2", "D-1", "D-2", "Z-9"];

fn note(r: &ServiceRecord) -> &str {
    &r.note
}

#[test]
fn every_kind_of_change_with_a_mapping() {
    let a = answered(&ALL);
    let p = edition::plan(&a, Some(&old()), &new(), Some(&mapping()));
    let outcome = |id: &str| p.moves.iter().find(|m| m.from == id).unwrap().outcome.clone();
    assert_eq!(outcome("A-1"), Outcome::Carried { to: "A-1".into(), change: Some(Change::Kept) });
    assert_eq!(outcome("A-2"), Outcome::Carried { to: "A-2".into(), change: Some(Change::Renamed) });
    assert_eq!(outcome("A-3"), Outcome::Carried { to: "A-4".into(), change: Some(Change::Moved) });
    assert_eq!(outcome("B-1"), Outcome::ToReview { to: vec!["B-1".into(), "B-3".into()], why: ReviewReason::Split });
    assert_eq!(outcome("B-2"), Outcome::Aside);
    assert_eq!(outcome("C-1"), Outcome::ToReview { to: vec!["C-1".into()], why: ReviewReason::Merged });
    assert_eq!(outcome("C-2"), Outcome::ToReview { to: vec!["C-1".into()], why: ReviewReason::Merged });
    // Renamed onto a provisional service: its identity is not certain.
    assert_eq!(outcome("D-1"), Outcome::ToReview { to: vec!["D-1".into()], why: ReviewReason::Renamed });
    // Not listed by the mapping, same id in the new catalogue: kept.
    assert_eq!(outcome("D-2"), Outcome::Carried { to: "D-2".into(), change: Some(Change::Kept) });
    // In neither catalogue: kept aside as before.
    assert_eq!(outcome("Z-9"), Outcome::Aside);
    // The preview lists what the change touches: all but A-1 and D-2 (kept).
    let touched: Vec<&str> = p.touched().map(|m| m.from.as_str()).collect();
    assert_eq!(touched, ["A-2", "A-3", "B-1", "B-2", "C-1", "C-2", "D-1", "Z-9"]);
    assert_eq!(p.to_review_count(), 5);
    assert_eq!((p.carried_count(), p.aside_count()), (4, 2), "A-1, A-2, A-3 → A-4, D-2; B-2 and Z-9");
    assert_eq!(p.moves[1].from_title.get_code("en"), "Risk assessment");

    let b = edition::apply(&a, &p, T2);
    assert_eq!(b.catalogue, CatalogueRef { id: "test".into(), version: "2".into() });
    assert_eq!(b.updated, T2);
    let counted: Vec<(&str, &str)> = b.services.iter().map(|(k, r)| (k.as_str(), note(r))).collect();
    assert_eq!(
        counted,
        [
            ("A-1", "answer 0"),
            ("A-2", "answer 1"),
            ("A-4", "answer 2"),
            ("B-2", "answer 4"),
            ("D-2", "answer 8"),
            ("Z-9", "answer 9")
        ]
    );
    // A-3 is a new service now: it has no answer, old A-3's answer is on A-4.
    assert!(!b.services.contains_key("A-3"));
    let review: Vec<(Option<&str>, &str, &str, ReviewReason)> =
        b.to_review.iter().map(|t| (t.service.as_deref(), t.from.service.as_str(), note(&t.answer), t.why)).collect();
    assert_eq!(
        review,
        [
            (Some("B-1"), "B-1", "answer 3", ReviewReason::Split),
            (Some("B-3"), "B-1", "answer 3", ReviewReason::Split),
            (Some("C-1"), "C-1", "answer 5", ReviewReason::Merged),
            (Some("C-1"), "C-2", "answer 6", ReviewReason::Merged),
            (Some("D-1"), "D-1", "answer 7", ReviewReason::Renamed),
        ]
    );
    assert_eq!(b.to_review[4].from.title.get_code("en"), "Incident classification");
    assert_eq!(b.to_review[0].from.catalogue, CatalogueRef { id: "test".into(), version: "1".into() });
}

#[test]
fn without_a_mapping_only_ids_confirmed_in_both_are_carried() {
    let a = answered(&ALL);
    let p = edition::plan(&a, Some(&old()), &new(), None);
    let outcome = |id: &str| p.moves.iter().find(|m| m.from == id).unwrap().outcome.clone();
    for id in ["A-1", "A-2", "A-3", "B-1", "C-1"] {
        assert_eq!(outcome(id), Outcome::Carried { to: id.into(), change: None }, "{id}");
    }
    for id in ["B-2", "C-2", "Z-9"] {
        assert_eq!(outcome(id), Outcome::Aside, "{id}");
    }
    for id in ["D-1", "D-2"] {
        assert_eq!(outcome(id), Outcome::ToReview { to: vec![id.into()], why: ReviewReason::ProvisionalId }, "{id}");
    }
    // Without the old catalogue at hand, no id is known to be the same service.
    let p = edition::plan(&a, None, &new(), None);
    assert!(!p.old_known);
    for m in &p.moves {
        let expected = if new().service(&m.from).is_some() {
            Outcome::ToReview { to: vec![m.from.clone()], why: ReviewReason::ProvisionalId }
        } else {
            Outcome::Aside
        };
        assert_eq!(m.outcome, expected, "{}", m.from);
    }
}

#[test]
fn a_removed_service_whose_id_names_another_service_waits_for_review_for_no_service() {
    let m = Mapping::parse(
        &json!({"format": "x1060-mapping", "from": {"id": "test", "version": "1"}, "to": {"id": "test", "version": "2"},
                "services": [{"from": "A-3", "change": "removed"}], "new": ["A-3"]})
        .to_string(),
    )
    .unwrap();
    let a = answered(&["A-3"]);
    let p = edition::plan(&a, Some(&old()), &new(), Some(&m));
    assert_eq!(p.moves[0].outcome, Outcome::ToReview { to: vec![], why: ReviewReason::Removed });
    let b = edition::apply(&a, &p, T2);
    assert!(b.services.is_empty());
    assert_eq!(b.to_review.len(), 1);
    assert_eq!(b.to_review[0].service, None);
}

#[test]
fn answers_to_review_count_in_no_figure_until_confirmed() {
    let c = new();
    let a = answered(&ALL);
    let b = edition::apply(&a, &edition::plan(&a, Some(&old()), &c, Some(&mapping())), T2);
    let mut without = b.clone();
    without.to_review.clear();
    assert_eq!(x1060_core::progress::overall(&c, &b), x1060_core::progress::overall(&c, &without));
    assert_eq!(x1060_core::eval::evaluate(&c, &b), x1060_core::eval::evaluate(&c, &without));
    assert_eq!(x1060_core::progress::overall(&c, &b).answered, 4, "A-1, A-2, A-4, D-2");

    // Confirm B-1's copy for B-3; D-1's answer for D-1. Confirming into an answered service is refused.
    let mut b = b;
    assert_eq!(b.confirm_review(0, &"A-1".into(), &c, T2), Err(edition::ConfirmError::Answered));
    assert_eq!(b.confirm_review(0, &"Q-1".into(), &c, T2), Err(edition::ConfirmError::UnknownService));
    assert_eq!(b.confirm_review(99, &"B-3".into(), &c, T2), Err(edition::ConfirmError::Gone));
    b.confirm_review(1, &"B-3".into(), &c, T2).unwrap();
    let d1 = b.to_review.iter().position(|t| t.from.service == "D-1").unwrap();
    b.confirm_review(d1, &"D-1".into(), &c, T2).unwrap();
    assert_eq!(note(&b.services["B-3"]), "answer 3");
    assert_eq!(note(&b.services["D-1"]), "answer 7");
    assert_eq!(b.to_review.len(), 3);
    assert_eq!(x1060_core::progress::overall(&c, &b).answered, 6);
    assert_eq!(b.reviews_for("C-1").count(), 2);
}

#[test]
fn mapping_rules_are_checked_with_a_clear_place() {
    let base = |services: serde_json::Value, new: serde_json::Value| {
        json!({"format": "x1060-mapping", "schema": 1, "from": {"id": "a", "version": "1"},
               "to": {"id": "b", "version": "1"}, "services": services, "new": new})
        .to_string()
    };
    let bad = [
        (base(json!([{"from": "A-1", "change": "moved"}]), json!([])), "services[0]"),
        (base(json!([{"from": "A-1", "change": "split", "to": ["A-2"]}]), json!([])), "services[0]"),
        (
            base(json!([{"from": "A-1", "change": "kept"}, {"from": "A-1", "change": "removed"}]), json!([])),
            "services[1]",
        ),
        (
            base(
                json!([{"from": "A-1", "change": "moved", "to": ["A-9"]}, {"from": "A-2", "change": "moved", "to": ["A-9"]}]),
                json!([]),
            ),
            "services[1]",
        ),
        (
            base(
                json!([{"from": "A-1", "change": "kept"}, {"from": "A-2", "change": "merged", "to": ["A-1"]}]),
                json!([]),
            ),
            "services[1]",
        ),
        (base(json!([{"from": "A-1", "change": "moved", "to": ["A-2"]}]), json!(["A-2"])), "new[0]"),
        (base(json!([{"from": "<b>", "change": "kept"}]), json!([])), "services[0]"),
    ];
    for (text, at) in bad {
        match Mapping::parse(&text) {
            Err(edition::MappingError::Invalid { at: got, .. }) => assert_eq!(got, at, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    assert_eq!(Mapping::parse("{}"), Err(edition::MappingError::NotAMapping));
    assert!(matches!(Mapping::parse("{\"format\":\"x1060-mapping\""), Err(edition::MappingError::Syntax { .. })));
    // Against the catalogues: a target the new catalogue lacks.
    let m = Mapping::parse(&base(json!([{"from": "A-1", "change": "moved", "to": ["A-9"]}]), json!([]))).unwrap();
    assert!(m.check_against(Some(&old()), &new()).unwrap_err().to_string().contains("A-9"));
}

#[test]
fn the_mapping_schema_agrees_with_the_reader() {
    let path = format!("{}/../docs/mapping.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(jsonschema::meta::is_valid(&schema));
    let v = jsonschema::draft202012::new(&schema).unwrap();
    let good: serde_json::Value = serde_json::from_str(&mapping().to_json()).unwrap();
    assert!(v.is_valid(&good));
    let shipped: serde_json::Value = serde_json::from_str(edition::BUILTIN_MAPPING_JSON).unwrap();
    assert!(v.is_valid(&shipped));
    for bad in [
        json!({"from": {"id": "a", "version": "1"}, "services": [{"from": "A-1", "change": "moved"}]}),
        json!({"from": {"id": "a", "version": "1"}, "services": [{"from": "A-1", "change": "split", "to": ["A-2"]}]}),
        json!({"from": {"id": "a", "version": "1"}, "services": [{"from": "A-1", "change": "guessed"}]}),
    ] {
        assert!(!v.is_valid(&bad), "{bad}");
    }
}

#[test]
fn a_catalogue_file_carries_its_own_mapping_and_a_broken_one_is_reported_not_used() {
    let mut v: serde_json::Value = serde_json::from_str(&new().to_json()).unwrap();
    let mut m: serde_json::Value = serde_json::from_str(&mapping().to_json()).unwrap();
    m.as_object_mut().unwrap().remove("to");
    v["mappings"] = json!([m, {"from": {"id": "x", "version": "1"}, "services": [{"from": "A-1", "change": "moved", "to": ["Q-9"]}]}]);
    let c = Catalogue::parse(&v.to_string()).unwrap();
    let (ok, bad) = edition::mappings_to(&c, &[]);
    assert_eq!(ok.len(), 1);
    assert_eq!(bad.len(), 1);
    assert!(bad[0].to_string().contains("Q-9"), "{}", bad[0]);
    let a = answered(&ALL);
    let p = edition::plan(&a, Some(&old()), &c, edition::find_mapping(&a.catalogue, &ok));
    assert!(p.mapped);
    assert_eq!(p.to_review_count(), 5);
}

#[test]
fn the_new_built_in_catalogue_sends_d3_to_d5_to_review_and_keeps_the_rest() {
    let current = Catalogue::builtin();
    assert_eq!(current.version, "2026.12");
    let previous = Catalogue::parse(edition::PREVIOUS_BUILTIN_JSON).unwrap();
    assert_eq!(previous.version, "2026.11");
    let m = &edition::shipped_mappings()[0];
    m.check_against(Some(&previous), &current).unwrap();
    let mut a = Assessment::new(&previous, T);
    for s in &previous.services {
        a.services.insert(s.id.clone(), rec(s.id.len() as u8));
    }
    let (p, bad) = edition::plan_for(&a, &current);
    assert!(bad.is_empty() && p.mapped && p.old_known);
    let touched: Vec<&str> = p.touched().map(|m| m.from.as_str()).collect();
    assert_eq!(touched, ["D-3", "D-4", "D-5"]);
    assert_eq!(p.moves.iter().find(|m| m.from == "D-3").unwrap().from_title.get_code("en"), "Incident classification");
    let b = edition::apply(&a, &p, T2);
    assert_eq!(b.services.len(), previous.services.len() - 3);
    assert_eq!(b.to_review.iter().map(|t| t.service.as_deref().unwrap()).collect::<Vec<_>>(), ["D-3", "D-4", "D-5"]);
    // What the app's own French says now.
    assert_eq!(current.category("A").unwrap().title.get_code("fr"), "Gestion stratégique d’un centre de cyberdéfense");
    assert_eq!(current.service("A-10").unwrap().official_titles, ["fr"]);
    assert!(current.services.iter().all(|s| (s.category == "A") == (s.official_titles == ["fr"])));
    assert!(current.service("D-4").unwrap().provenance_note.as_ref().unwrap().get_code("en").contains("ISOG-J"));
}

fn arb_record() -> impl Strategy<Value = ServiceRecord> {
    (0u8..8, prop::option::of(0u8..6), "[a-z ]{0,8}").prop_map(|(n, cur, note)| ServiceRecord {
        need: match n % 3 {
            0 => None,
            1 => Some(Need::Needed),
            _ => Some(Need::NotNeeded),
        },
        delivery: (n > 3).then_some(Delivery::Shared),
        current: cur.and_then(Level::new),
        note,
        ..ServiceRecord::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Every saved assessment of the previous built-in catalogue moves to the current one with
    /// nothing lost: each answer ends carried, aside or to review, exactly once per origin.
    #[test]
    fn the_built_in_upgrade_loses_nothing(
        picks in prop::collection::vec((0usize..64, arb_record()), 0..70),
        orphan in prop::option::of(arb_record()),
    ) {
        let previous = Catalogue::parse(edition::PREVIOUS_BUILTIN_JSON).unwrap();
        let current = Catalogue::builtin();
        let mut a = Assessment::new(&previous, T);
        for (i, r) in picks {
            if let Some(s) = previous.services.get(i) {
                if !r.is_empty() { a.services.insert(s.id.clone(), r); }
            }
        }
        if let Some(r) = orphan.filter(|r| !r.is_empty()) { a.services.insert("X-1".into(), r); }
        let (p, _) = edition::plan_for(&a, &current);
        let b = edition::apply(&a, &p, T2);
        let mut before: Vec<(ServiceId, ServiceRecord)> = a.services.clone().into_iter().collect();
        let mut after: Vec<(ServiceId, ServiceRecord)> = Vec::new();
        for m in &p.moves {
            match &m.outcome {
                Outcome::Carried { to, .. } => after.push((m.from.clone(), b.services[to].clone())),
                Outcome::Aside => after.push((m.from.clone(), b.services[&m.from].clone())),
                Outcome::ToReview { .. } => {
                    let t = b.to_review.iter().find(|t| t.from.service == m.from).unwrap();
                    after.push((m.from.clone(), t.answer.clone()));
                }
            }
        }
        before.sort_by(|x, y| x.0.cmp(&y.0));
        after.sort_by(|x, y| x.0.cmp(&y.0));
        prop_assert_eq!(before, after);
        // Counted answers + aside + one per origin to review = what there was.
        let origins: std::collections::BTreeSet<&str> = b.to_review.iter().map(|t| t.from.service.as_str()).collect();
        prop_assert_eq!(b.services.len() + origins.len(), a.services.len());
        // And it survives the file format.
        prop_assert_eq!(x1060_core::save::decode(&x1060_core::save::encode(&b, false)).unwrap(), b);
    }
}

#[test]
fn a_catalogue_change_in_one_tab_and_an_answer_in_another_is_a_conflict_never_a_mix() {
    use x1060_core::sync::{merge3, Part};
    let base = answered(&["A-1", "D-1"]);
    let moved = edition::apply(&base, &edition::plan(&base, Some(&old()), &new(), Some(&mapping())), T2);
    let mut typed = base.clone();
    typed.services.insert("D-1".into(), rec(5));
    // Under the old catalogue, D-1 was "Incident classification"; merged into the moved copy it
    // would silently answer "Incident analysis".
    assert_eq!(merge3(&base, &moved, &typed).unwrap_err(), [Part::Service("D-1".into()), Part::Catalogue]);
    // An answer to a service the move did not touch: still a conflict.
    let mut other = base.clone();
    other.services.insert("A-1".into(), rec(5));
    assert_eq!(merge3(&base, &moved, &other).unwrap_err(), [Part::Catalogue]);
    assert_eq!(merge3(&base, &other, &moved).unwrap_err(), [Part::Catalogue]);
    // A change of the name alone still combines.
    let mut renamed = base.clone();
    renamed.name = "2026".into();
    assert_eq!(merge3(&base, &moved, &renamed).unwrap().assessment.name, "2026");
}

#[test]
fn every_report_lists_the_answers_to_review_and_counts_none_of_them() {
    use x1060_core::i18n::Lang;
    use x1060_core::report::{self, csv, html, Detail, ReportContext};
    let c = new();
    let a = answered(&ALL);
    let b = edition::apply(&a, &edition::plan(&a, Some(&old()), &c, Some(&mapping())), T2);
    let mut without = b.clone();
    without.to_review.clear();
    for lang in Lang::ALL {
        let ctx = ReportContext { catalogue: &c, lang, content: "en", generated: "2026-12-02 10:00" };
        let h = html::report(&b, &ctx, Detail::Full);
        let e = edition::text::text(lang);
        assert!(h.contains(&format!("<h3 id=\"to-review\">{}</h3>", e.ed_review_heading)), "{lang:?}");
        for from in ["B-1", "C-1", "C-2", "D-1"] {
            assert!(h.contains(&format!("<tr data-review-from=\"{from}\">")), "{lang:?} {from}");
        }
        assert!(h.contains("Incident classification"));
        assert!(h.contains("\u{2068}D-1\u{2069}"), "ids set into a sentence are isolated for right-to-left text");
        // Without the list (and the embedded data, which carries the answers to review), the
        // report is the one made without those answers: no figure counts them.
        let start = h.find("<h3 id=\"to-review\">").unwrap();
        let end = start + h[start..].find("</tbody>\n</table>\n").unwrap() + "</tbody>\n</table>\n".len();
        let strip = |s: &str| s[..s.find("<script type=\"application/json\"").unwrap()].to_string();
        let plain = html::report(&without, &ctx, Detail::Full);
        assert_eq!(strip(&format!("{}{}", &h[..start], &h[end..])), strip(&plain), "{lang:?}");
        let table = csv::table(&b, &ctx);
        let rows: Vec<&str> = table.lines().filter(|l| l.contains(",to_review,")).collect();
        assert_eq!(rows.len(), 5, "{lang:?}");
        assert!(rows.iter().all(|r| r.ends_with(",false")));
        assert!(rows.iter().any(|r| r.starts_with(",,D-1,Incident classification,to_review,needed")));
        assert_eq!(
            table.lines().filter(|l| !l.contains(",to_review,")).collect::<Vec<_>>(),
            csv::table(&without, &ctx).lines().collect::<Vec<_>>()
        );
        let cmp = x1060_core::compare::compare(&c, &without, &b);
        let r = report::compare_html::comparison(&cmp, &ctx);
        assert!(r.contains(e.ed_review_heading), "{lang:?}");
    }
}

#[test]
fn moving_from_the_built_in_catalogue_to_a_file_uses_the_built_in_titles() {
    // An official catalogue file: A-1 confirmed and unchanged, D-3 provisional with another title.
    let builtin = Catalogue::builtin_base();
    let mut v: serde_json::Value = serde_json::from_str(&builtin.to_json()).unwrap();
    v["id"] = json!("itu-x1060-official");
    v["version"] = json!("2021");
    for s in v["services"].as_array_mut().unwrap() {
        if s["id"] == "D-3" {
            s["title"] = json!({"en": "Something else", "ja": "別のもの", "fr": "Autre chose"});
        }
    }
    let file = Catalogue::parse(&v.to_string()).unwrap();
    let mut a = Assessment::new(&builtin, T);
    a.services.insert("A-1".into(), rec(1));
    a.services.insert("D-3".into(), rec(2));
    let (p, _) = edition::plan_for(&a, &file);
    assert!(p.old_known && !p.mapped);
    assert_eq!(p.moves[0].outcome, Outcome::Carried { to: "A-1".into(), change: None });
    assert_eq!(p.moves[1].outcome, Outcome::ToReview { to: vec!["D-3".into()], why: ReviewReason::ProvisionalId });
    assert_eq!(p.moves[1].from_title.get_code("en"), "Incident analysis");
}
