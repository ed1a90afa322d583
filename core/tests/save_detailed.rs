//! The detailed decoder behind `save::decode`: field paths in messages, storage revisions,
//! pre-release drafts, repeated keys. Expected values worked out by hand.

use x1060_core::json::JsonError;
use x1060_core::save::{self, DecodeError, Drafts, Problem};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn wrong_field_is_named_by_its_path() {
    let e = save::decode_detailed(&fixture("bad-level.json"), Drafts::Refuse).unwrap_err();
    assert_eq!(
        e,
        Problem::Invalid { at: "services.A-1.current".into(), problem: "level 9 is outside the scale 0 to 5".into() }
    );
    assert_eq!(e.to_string(), "services.A-1.current: level 9 is outside the scale 0 to 5");
    let d = save::decode(&fixture("bad-delivery.json")).unwrap_err();
    assert!(d.to_string().contains("services.A-1.delivery: unknown variant `by-magic`, expected one of"), "{d}");
    let missing = save::decode_detailed(r#"{"format":"x1060-assessment","schema":1}"#, Drafts::Refuse).unwrap_err();
    assert_eq!(missing.to_string(), "the top level: missing field `catalogue`");
    let wrong_type = save::decode_detailed(
        r#"{"format":"x1060-assessment","schema":1,"catalogue":{"id":1,"version":"v"}}"#,
        Drafts::Refuse,
    )
    .unwrap_err();
    assert_eq!(wrong_type.to_string(), "catalogue.id: invalid type: integer `1`, expected a string");
}

#[test]
fn revision_is_written_only_in_storage_copies_and_reads_back() {
    let a = save::decode(&fixture("schema1-full.json")).unwrap();
    let stored = save::encode_stored(&a, 7);
    assert!(stored.contains("\"revision\":7"));
    assert_eq!(save::decode_stored(&stored).unwrap(), (a.clone(), 7));
    assert_eq!(save::decode(&stored).unwrap(), a);
    // Downloads carry no revision; files without one read as revision 0.
    assert!(!save::encode(&a, true).contains("revision"));
    assert_eq!(save::decode_stored(&fixture("schema1-full.json")).unwrap().1, 0);
    let bad = fixture("schema1-minimal.json").replace("\"schema\":1", "\"schema\":1,\"revision\":-1");
    assert!(save::decode(&bad).unwrap_err().to_string().contains("revision: invalid value: integer `-1`"));
}

#[test]
fn drafts_without_schema_read_from_files_but_not_from_storage() {
    let draft = r#"{"format":"x1060-assessment","name":"PoC","catalogue":{"id":"x1060-builtin","version":"2026.11"}}"#;
    let d = save::decode_detailed(draft, Drafts::Accept).unwrap();
    assert_eq!(d.migrated_from, Some(0));
    assert_eq!(d.assessment.name, "PoC");
    assert_eq!(save::decode_detailed(draft, Drafts::Refuse), Err(Problem::NoSchema));
    assert!(save::decode(draft).unwrap_err().to_string().contains("schema"));
    // An explicit schema 0 is the same draft, from either place.
    let zero = draft.replace("\"name\"", "\"schema\":0,\"name\"");
    assert_eq!(save::decode_detailed(&zero, Drafts::Refuse).unwrap().migrated_from, Some(0));
    // A current file is not "migrated".
    assert_eq!(save::decode_detailed(&fixture("schema2-full.json"), Drafts::Accept).unwrap().migrated_from, None);
    // The draft is read as strictly as schema 1: an unknown field is refused, not guessed at.
    let odd = draft.replace("\"name\"", "\"answers\":{},\"name\"");
    let e = save::decode_detailed(&odd, Drafts::Accept).unwrap_err();
    assert!(e.to_string().contains("unknown field `answers`"), "{e}");
}

#[test]
fn repeated_keys_are_refused_with_the_key_and_place() {
    let dup_service = r#"{"format":"x1060-assessment","schema":1,"catalogue":{"id":"c","version":"1"},
        "services":{"A-1":{"need":"needed"},"A-1":{"need":"not_needed"}}}"#;
    assert_eq!(
        save::decode_detailed(dup_service, Drafts::Refuse),
        Err(Problem::Json(JsonError::DuplicateKey { at: "services".into(), key: "A-1".into() }))
    );
    let e = save::decode(dup_service).unwrap_err();
    assert!(
        matches!(&e, DecodeError::Invalid { detail } if detail == "services: the key \"A-1\" appears twice"),
        "{e:?}"
    );
    let dup_top = r#"{"format":"x1060-assessment","format":"x1060-assessment","schema":1}"#;
    assert!(matches!(
        save::decode_detailed(dup_top, Drafts::Refuse),
        Err(Problem::Json(JsonError::DuplicateKey { .. }))
    ));
}

#[test]
fn schema_problems_are_told_apart() {
    let newer = save::decode_detailed(&fixture("newer-schema.json"), Drafts::Accept).unwrap_err();
    assert_eq!(newer, Problem::NewerSchema { found: 3 });
    let text = save::decode_detailed(r#"{"format":"x1060-assessment","schema":"1"}"#, Drafts::Accept).unwrap_err();
    assert_eq!(text, Problem::SchemaNotANumber);
    let other = save::decode_detailed(r#"{"format":"x1060-catalogue","schema":1}"#, Drafts::Accept).unwrap_err();
    assert_eq!(
        other.to_string(),
        "this is not an X.1060 assessment: \"format\" is \"x1060-catalogue\", expected \"x1060-assessment\""
    );
    assert_eq!(save::decode_detailed("[]", Drafts::Accept), Err(Problem::NotOurs { found: None }));
}
