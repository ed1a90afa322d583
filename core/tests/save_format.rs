//! The assessment file format: fixtures per schema, round trips, strict and clear refusals.

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::{Edit, TextField};
use x1060_core::model::{Assessment, Delivery, Level, Need, Priority};
use x1060_core::save::{self, DecodeError, Prefs};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn reads_schema1_fixture_field_by_field() {
    let a = save::decode(&fixture("schema1-full.json")).unwrap();
    assert_eq!(a.name, "2026 baseline");
    assert_eq!(a.catalogue.id, "x1060-builtin");
    assert_eq!(a.profile.organisation, "Example Telecom");
    assert_eq!(a.profile.date, "2026-11-02");
    let r = a.record("A-1");
    assert_eq!(r.need, Some(Need::Needed));
    assert_eq!(r.delivery, Some(Delivery::InHouse));
    assert_eq!(r.current, Level::new(2));
    assert_eq!(r.target, Level::new(4));
    assert_eq!(r.priority, Some(Priority::High));
    assert_eq!(r.evidence, "Risk register v3");
    assert_eq!(a.record("C-2").need, Some(Need::NotNeeded));
    assert_eq!(a.record("C-2").reason, "Done by the national CERT");
    assert_eq!(a.record("E-5").delivery, Some(Delivery::NotYet));
    // A service the built-in catalogue lacks is kept.
    assert_eq!(a.record("X-1").current, Level::new(5));
    assert_eq!(a.services.len(), 6);
}

#[test]
fn reads_minimal_fixture() {
    let a = save::decode(&fixture("schema1-minimal.json")).unwrap();
    assert!(a.services.is_empty());
    assert_eq!(a.profile, Default::default());
}

#[test]
fn encode_then_decode_is_identity() {
    let c = Catalogue::builtin();
    let mut a = Assessment::new(&c, "2026-11-25T00:00:00.000Z");
    let t = "2026-11-25T01:00:00.000Z";
    a.apply(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }, t);
    a.apply(
        Edit::SetText {
            service: "A-1".into(),
            field: TextField::Note,
            value: "</script><b>\"quoted\" 日本語\n2nd line".into(),
        },
        t,
    );
    a.apply(Edit::SetNeed { service: "G-3".into(), need: Some(Need::NotNeeded) }, t);
    for pretty in [false, true] {
        let text = save::encode(&a, pretty);
        assert_eq!(save::decode(&text).unwrap(), a);
    }
    for name in ["schema1-full.json", "schema2-full.json"] {
        let full = save::decode(&fixture(name)).unwrap();
        assert_eq!(save::decode(&save::encode(&full, true)).unwrap(), full);
    }
}

#[test]
fn schema_one_files_read_unchanged_and_schema_two_keeps_uid_and_answers_to_review() {
    let one = save::decode(&fixture("schema1-full.json")).unwrap();
    let two = save::decode(&fixture("schema2-full.json")).unwrap();
    assert_eq!((one.uid.as_str(), one.to_review.len()), ("", 0));
    assert_eq!(two.uid, "mhx2k1-1c3v9z");
    assert_eq!(two.to_review.len(), 1);
    assert_eq!(two.to_review[0].from.service, "D-3");
    assert_eq!(two.to_review[0].why, x1060_core::model::ReviewReason::Renamed);
    // Apart from the new fields, the two fixtures hold the same assessment.
    assert_eq!(Assessment { uid: String::new(), to_review: Vec::new(), ..two }, one);
}

#[test]
fn encoded_file_has_documented_top_level_fields() {
    let a = save::decode(&fixture("schema1-full.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&save::encode(&a, true)).unwrap();
    assert_eq!(v["format"], "x1060-assessment");
    assert_eq!(v["schema"], 2);
    assert_eq!(v["catalogue"]["id"], "x1060-builtin");
    assert_eq!(v["services"]["A-1"]["delivery"], "in_house");
    assert_eq!(v["services"]["A-1"]["current"], 2);
    assert!(v["app_version"].is_string());
    // Empty answers are not written.
    assert!(v["services"]["B-1"].get("note").is_none());
}

#[test]
fn refuses_bad_files_clearly() {
    assert!(matches!(save::decode(&fixture("bad-truncated.json")), Err(DecodeError::NotJson { .. })));
    assert_eq!(save::decode(&fixture("bad-not-ours.json")), Err(DecodeError::NotOurs));
    assert_eq!(save::decode(&fixture("newer-schema.json")), Err(DecodeError::NewerSchema { found: 3 }));
    let level = save::decode(&fixture("bad-level.json")).unwrap_err();
    assert!(level.to_string().contains("level 9 is outside the scale 0 to 5"), "{level}");
    let delivery = save::decode(&fixture("bad-delivery.json")).unwrap_err();
    assert!(delivery.to_string().contains("by-magic"), "{delivery}");
    assert!(matches!(save::decode(""), Err(DecodeError::NotJson { .. })));
    assert!(matches!(save::decode("null"), Err(DecodeError::NotOurs)));
    assert!(matches!(save::decode("[1,2]"), Err(DecodeError::NotOurs)));
    let no_schema = save::decode(r#"{"format":"x1060-assessment"}"#).unwrap_err();
    assert!(no_schema.to_string().contains("schema"), "{no_schema}");
    let big = format!(r#"{{"format":"x1060-assessment","pad":"{}"}}"#, "x".repeat(save::MAX_BYTES));
    assert!(matches!(save::decode(&big), Err(DecodeError::TooLarge { .. })));
    let deep = "[".repeat(100_000);
    assert!(save::decode(&deep).is_err());
}

#[test]
fn prefs_never_fail() {
    assert_eq!(Prefs::decode("garbage"), Prefs::default());
    let mut p = Prefs { lang: Some("ja".into()), ..Prefs::default() };
    p.backed_up.insert("k1".into(), "2026-11-25T10:00:00.000Z".into());
    assert_eq!(Prefs::decode(&p.encode()), p);
}
