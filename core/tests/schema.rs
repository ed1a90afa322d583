//! Every assessment file we write validates against the published JSON Schema
//! (docs/assessment.schema.json), and the schema refuses what the reader refuses.

mod common;

use common::{builtin, fixture, fixture_text, hostile_assessment};
use serde_json::Value;
use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::model::Assessment;
use x1060_core::report::{self, html, Detail, FileKind, ReportContext};
use x1060_core::save;

fn schema() -> Value {
    let path = format!("{}/../docs/assessment.schema.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, text: &str, what: &str) {
    let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: not JSON: {e}"));
    let errors: Vec<String> = v.iter_errors(&value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{what} does not match the schema: {errors:#?}");
}

/// Every download of `a`: JSON, the data embedded in the report, complete and redacted.
fn every_download(c: &Catalogue, a: &Assessment) -> Vec<(String, String)> {
    let ctx = ReportContext { catalogue: c, lang: Lang::Ja, content: Lang::Ja.code(), generated: "2026-11-25 10:00" };
    let mut out = Vec::new();
    for detail in [Detail::Full, Detail::Redacted] {
        let j = report::file(FileKind::Json, a, &ctx, "2026-11-25", detail);
        out.push((j.name.clone(), j.text));
        let h = report::file(FileKind::Html, a, &ctx, "2026-11-25", detail);
        let embedded = html::extract_embedded(&h.text).unwrap().to_string();
        out.push((format!("{} (embedded)", h.name), embedded));
    }
    out.push(("storage copy".into(), save::encode_stored(a, 42)));
    out
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(jsonschema::meta::is_valid(&s));
}

#[test]
fn fixtures_validate() {
    let v = validator();
    for name in ["schema1-full.json", "schema1-minimal.json", "schema2-full.json", "report-sample.json"] {
        assert_valid(&v, &fixture_text(name), name);
    }
}

#[test]
fn every_download_validates_empty_full_hostile_and_redacted() {
    let v = validator();
    let c = builtin();
    let cases = [
        ("empty", Assessment::new(&c, common::T)),
        ("report sample", fixture("report-sample.json")),
        ("schema1-full", fixture("schema1-full.json")),
        ("schema2-full", fixture("schema2-full.json")),
        ("hostile", hostile_assessment()),
    ];
    for (label, a) in cases {
        for (name, text) in every_download(&c, &a) {
            assert_valid(&v, &text, &format!("{label}: {name}"));
        }
    }
}

#[test]
fn the_schema_refuses_what_the_reader_refuses() {
    let v = validator();
    for name in ["bad-level.json", "bad-delivery.json", "newer-schema.json", "bad-not-ours.json"] {
        let value: Value = serde_json::from_str(&fixture_text(name)).unwrap();
        assert!(!v.is_valid(&value), "{name} should not match the schema");
        assert!(save::decode(&fixture_text(name)).is_err(), "{name} should not decode");
    }
    let base = fixture_text("schema1-minimal.json");
    let with = |patch: &str| -> Value {
        let mut value: Value = serde_json::from_str(&base).unwrap();
        let extra: Value = serde_json::from_str(patch).unwrap();
        for (k, x) in extra.as_object().unwrap() {
            value[k] = x.clone();
        }
        value
    };
    for patch in [
        r#"{"unknown": 1}"#,
        r#"{"services": {"A-1": {"current": 6}}}"#,
        r#"{"services": {"A-1": {"target": -1}}}"#,
        r#"{"services": {"A-1": {"need": "maybe"}}}"#,
        r#"{"services": {"A-1": {"priority": "urgent"}}}"#,
        r#"{"services": {"A-1": {"colour": "red"}}}"#,
        r#"{"profile": {"email": "x@example.org"}}"#,
        r#"{"catalogue": {"id": "x"}}"#,
        r#"{"schema": 3}"#,
        r#"{"uid": "abc"}"#,
        r#"{"to_review": []}"#,
        r#"{"schema": 2, "to_review": [{"why": "renamed", "answer": {}, "from": {"service": "A-1"}}]}"#,
    ] {
        let value = with(patch);
        assert!(!v.is_valid(&value), "{patch} should not match the schema");
        assert!(save::decode(&value.to_string()).is_err(), "{patch} should not decode either");
    }
}
