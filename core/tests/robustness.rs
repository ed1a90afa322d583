//! Property tests: the decoder, the importer and the library's load and sync decisions, fed
//! arbitrary bytes, arbitrary JSON, and mutations of valid files, never panic and always finish
//! quickly. (Memory is checked in `import_alloc.rs`.) Valid assessments survive every round trip.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::Value;
use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::ids::ServiceId;
use x1060_core::import;
use x1060_core::library::{self, plan_load, Library, Snapshot, Stored};
use x1060_core::model::{Assessment, CatalogueRef, Delivery, Level, Need, Priority, Profile, ServiceRecord};
use x1060_core::report::{html, ReportContext};
use x1060_core::save::{self, Drafts};
use x1060_core::sync;

/// Generous for a debug build on a slow machine; a loop or a blow-up takes far longer.
const LIMIT: Duration = Duration::from_secs(5);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < LIMIT, "{what} took {took:?}");
    out
}

/// Every entry point that reads outside data, on one input.
fn read_everything(bytes: &[u8]) {
    let _ = timed("import", || import::import(bytes, "file.json"));
    // The other readers of outside data (issue 13): catalogue files, the saved catalogue and
    // preferences, and the spreadsheet cell rule.
    let _ = timed("catalogue", || Catalogue::parse_bytes(bytes));
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = timed("plan_catalogue", || x1060_core::stored::plan_catalogue(Some(text), "t"));
        let _ = timed("plan_prefs", || x1060_core::stored::plan_prefs(Some(text), "t"));
        let _ = x1060_core::report::csv::cell(text);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = timed("decode", || save::decode(text));
        let _ = timed("decode_detailed", || save::decode_detailed(text, Drafts::Accept));
        let _ = timed("json::parse", || x1060_core::json::parse(text));
        let _ = timed("extract_embedded", || html::extract_embedded(text));
        let plan = timed("plan_load", || {
            plan_load(
                &Snapshot { index: Some(text), docs: vec![("a/x", text)], legacy: Some(text), backups: vec![] },
                "2026-11-25T00:00:00.000Z",
                &"legacy".into(),
            )
        });
        let mut lib = plan.library;
        let _ = timed("sync", || lib.sync(&"x".into(), Stored::Text(text), "2026-11-25T00:00:01.000Z"));
        let _ = lib.index_text();
        let _ = lib.list(&Catalogue::builtin());
    }
}

fn valid_file() -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/schema1-full.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

// ---- Strategies --------------------------------------------------------------------------------

fn arb_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(any::<char>(), 0..16).prop_map(|v| v.into_iter().collect::<String>()),
        2 => prop::sample::select(vec![
            "format", "schema", "catalogue", "services", "profile", "name", "created", "updated", "id", "version",
            "need", "delivery", "current", "target", "priority", "note", "revision", "x1060-assessment", "needed",
            "not_needed", "in_house", "outsourced", "shared", "not_yet", "high", "A-1", "B-2", "</script>", "",
        ])
        .prop_map(str::to_string),
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..8).prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        arb_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 128, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(arb_string(), inner, 0..8).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..40).prop_map(|v| v.into_iter().collect::<String>()),
        Just("</script><script>alert(1)</script> & \"'".to_string()),
        Just("日本語のメモ\n2行目".to_string()),
        Just(String::new()),
    ]
}

fn arb_record() -> impl Strategy<Value = ServiceRecord> {
    let level = prop::option::of((0u8..=5).prop_map(|n| Level::new(n).unwrap()));
    (
        prop::option::of(prop::sample::select(vec![Need::Needed, Need::NotNeeded])),
        prop::option::of(prop::sample::select(Delivery::ALL.to_vec())),
        level.clone(),
        level,
        prop::option::of(prop::sample::select(Priority::ALL.to_vec())),
        arb_text(),
        arb_text(),
    )
        .prop_map(|(need, delivery, current, target, priority, note, owner)| ServiceRecord {
            need,
            delivery,
            current,
            target,
            priority,
            note,
            owner,
            ..ServiceRecord::default()
        })
}

fn arb_service_id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["A-1", "A-2", "B-1", "C-3", "I-5", "X-1", "NAT.7", "z_9"]).prop_map(str::to_string),
        (1u8..20, 1u8..20).prop_map(|(a, b)| format!("Q{a}-{b}")),
    ]
}

fn arb_assessment() -> impl Strategy<Value = Assessment> {
    (
        arb_text(),
        prop::collection::btree_map(arb_service_id(), arb_record(), 0..12),
        arb_text(),
        prop::sample::select(vec!["", "2026-11-25T10:00:00.000Z", "2027-01-02"]),
    )
        .prop_map(|(name, services, organisation, date)| Assessment {
            name,
            catalogue: CatalogueRef { id: "x1060-builtin".into(), version: "2026.11".into() },
            profile: Profile { organisation, ..Profile::default() },
            services: services
                .into_iter()
                .filter(|(_, r)| !r.is_empty())
                .map(|(id, r)| (ServiceId::from(id), r))
                .collect(),
            created: date.to_string(),
            updated: date.to_string(),
            ..Assessment::default()
        })
}

// ---- Properties --------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        read_everything(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(chars in prop::collection::vec(any::<char>(), 0..512)) {
        let s: String = chars.into_iter().collect();
        read_everything(s.as_bytes());
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        read_everything(v.to_string().as_bytes());
        // The same value where an assessment file has its parts, to get past the first checks.
        for field in ["services", "profile", "catalogue", "name", "schema", "revision"] {
            let mut file: Value = serde_json::from_str(&valid_file()).unwrap();
            file[field] = v.clone();
            read_everything(file.to_string().as_bytes());
        }
        let mut file: Value = serde_json::from_str(&valid_file()).unwrap();
        file["services"]["A-1"] = v.clone();
        read_everything(file.to_string().as_bytes());
        file["services"]["A-1"] = serde_json::json!({ "current": v });
        read_everything(file.to_string().as_bytes());
    }

    #[test]
    fn byte_flips_of_a_valid_file_never_panic(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)) {
        let mut bytes = valid_file().into_bytes();
        for (i, x) in flips {
            let at = i.index(bytes.len());
            bytes[at] ^= x.max(1);
        }
        read_everything(&bytes);
    }

    #[test]
    fn cut_and_spliced_files_never_panic(
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
        insert in prop::collection::vec(any::<u8>(), 0..16),
        repeat in 0usize..4,
    ) {
        let file = valid_file().into_bytes();
        let (x, y) = { let (x, y) = (a.index(file.len()), b.index(file.len())); (x.min(y), x.max(y)) };
        // Remove [x, y), put `insert` there, and repeat the removed slice `repeat` times.
        let mut out = file[..x].to_vec();
        out.extend(&insert);
        for _ in 0..repeat { out.extend(&file[x..y]); }
        out.extend(&file[y..]);
        read_everything(&out);
    }

    #[test]
    fn valid_assessments_round_trip_through_json_and_import(a in arb_assessment()) {
        let json = save::encode(&a, true);
        prop_assert_eq!(&save::decode(&json).unwrap(), &a);
        let imported = import::import(json.as_bytes(), "x.json").unwrap();
        let mut expected = a.clone();
        if expected.name.trim().is_empty() { expected.name = "x".into(); }
        prop_assert_eq!(imported.assessment, expected);
        let stored = save::encode_stored(&a, 3);
        prop_assert_eq!(save::decode_stored(&stored).unwrap(), (a, 3));
    }

    #[test]
    fn merge_takes_each_part_from_the_side_that_changed_it(
        base in arb_assessment(),
        ours_edits in prop::collection::btree_map(arb_service_id(), prop::option::of(arb_record()), 0..5),
        theirs_edits in prop::collection::btree_map(arb_service_id(), prop::option::of(arb_record()), 0..5),
    ) {
        let edit = |edits: &std::collections::BTreeMap<String, Option<ServiceRecord>>| {
            let mut a = base.clone();
            for (id, r) in edits {
                match r {
                    Some(r) if !r.is_empty() => { a.services.insert(id.as_str().into(), r.clone()); }
                    _ => { a.services.remove(id.as_str()); }
                }
            }
            a
        };
        let (ours, theirs) = (edit(&ours_edits), edit(&theirs_edits));
        match sync::merge3(&base, &ours, &theirs) {
            Ok(m) => {
                let ids: std::collections::BTreeSet<&ServiceId> =
                    base.services.keys().chain(ours.services.keys()).chain(theirs.services.keys()).collect();
                for id in ids {
                    let (b, o, t, r) = (base.services.get(id), ours.services.get(id), theirs.services.get(id), m.assessment.services.get(id));
                    if o == b { prop_assert_eq!(r, t); } else { prop_assert_eq!(r, o); }
                }
            }
            Err(parts) => {
                prop_assert!(!parts.is_empty());
                for p in parts {
                    let sync::Part::Service(id) = p else { panic!("only services were edited") };
                    let (b, o, t) = (base.services.get(&id), ours.services.get(&id), theirs.services.get(&id));
                    prop_assert!(o != b && t != b && o != t);
                }
            }
        }
    }
}

#[test]
fn truncation_at_every_position_of_a_valid_file_is_refused_cleanly() {
    let file = valid_file();
    let bytes = file.as_bytes();
    // The whole file minus trailing blanks is the only prefix that may be accepted.
    let complete = file.trim_end().len();
    for n in 0..bytes.len() {
        let r = timed("import", || import::import(&bytes[..n], "cut.json"));
        if n < complete {
            assert!(r.is_err(), "a file cut at {n} was accepted");
        }
        read_everything(&bytes[..n]);
    }
}

#[test]
fn truncation_of_a_summary_report_is_refused_cleanly() {
    let c = Catalogue::builtin();
    let a = save::decode(&valid_file()).unwrap();
    let h = html::summary(
        &a,
        &ReportContext { catalogue: &c, lang: Lang::Ja, content: Lang::Ja.code(), generated: "2026-11-25 10:00" },
    );
    let bytes = h.as_bytes();
    let data_end = h.rfind("</script>").unwrap() + "</script>".len();
    // Every position in and around the embedded data; a stride elsewhere.
    let data_start = h.find("<script").unwrap().saturating_sub(64);
    let positions = (0..bytes.len()).filter(|&n| (data_start..data_end + 1).contains(&n) || n % 97 == 0);
    for n in positions {
        let r = timed("import", || import::import(&bytes[..n], "cut.html"));
        if n < data_end {
            assert!(r.is_err(), "a report cut at {n} was accepted");
        } else {
            assert_eq!(r.unwrap().assessment, a);
        }
    }
}

#[test]
fn library_survives_every_storage_content() {
    // Every kind of text under every key at once, and sync against each.
    let file = valid_file();
    let texts = ["", "null", "{", "[]", "{\"format\":\"x1060-library\",\"schema\":1}", file.as_str(), "\u{0}\u{FFFF}"];
    for index in texts {
        for doc in texts {
            let plan = plan_load(
                &Snapshot {
                    index: Some(index),
                    docs: vec![("a/k", doc), ("a/", doc), ("a/../k", doc)],
                    legacy: Some(doc),
                    backups: vec!["backup/x"],
                },
                "2026-11-25T00:00:00.000Z",
                &"legacy".into(),
            );
            let mut lib: Library = plan.library;
            for t in texts {
                for id in ["k", "legacy", "", "../x"] {
                    let _ = lib.sync(&id.into(), Stored::Text(t), "2026-11-25T00:00:01.000Z");
                    let _ = lib.sync(&id.into(), Stored::Missing, "2026-11-25T00:00:02.000Z");
                }
            }
            let _ = lib.list(&Catalogue::builtin());
            let _ = lib.index_text();
            assert!(lib.ids().all(|i| library::is_valid_id(i)));
        }
    }
}
