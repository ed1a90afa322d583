//! The published catalogue JSON Schema (docs/catalogue.schema.json) agrees with the parser:
//! the built-in catalogue and its export validate; broken files fail both.

use x1060_core::catalogue::{Catalogue, BUILTIN_JSON};

fn validator() -> jsonschema::Validator {
    let path = format!("{}/../docs/catalogue.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn builtin_and_export_validate() {
    let v = validator();
    let builtin: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    let errors: Vec<String> = v.iter_errors(&builtin).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let export: serde_json::Value = serde_json::from_str(&Catalogue::builtin().to_json()).unwrap();
    assert!(v.is_valid(&export));
}

/// One way of breaking a catalogue file.
type Breakage = Box<dyn Fn(&mut serde_json::Value)>;

#[test]
fn broken_files_fail_schema_and_parser_alike() {
    let v = validator();
    let cases: Vec<Breakage> = vec![
        Box::new(|c| c["format"] = "other".into()),
        Box::new(|c| c["services"][0]["provenance"] = "official".into()),
        Box::new(|c| c["services"][0]["extra"] = 1.into()),
        Box::new(|c| c["languages"] = serde_json::json!(["ja"])),
        Box::new(|c| c["services"][0]["id"] = "has space".into()),
        Box::new(|c| c["categories"] = serde_json::json!([])),
        // Limits (issue 13): long ids and texts, too many services.
        Box::new(|c| c["id"] = "c".repeat(201).into()),
        Box::new(|c| c["services"][0]["id"] = "A".repeat(17).into()),
        Box::new(|c| c["services"][0]["title"]["en"] = "t".repeat(301).into()),
        Box::new(|c| c["services"][0]["description"]["en"] = "d".repeat(5001).into()),
        Box::new(|c| {
            let s = c["services"][0].clone();
            let list = c["services"].as_array_mut().unwrap();
            for i in 0..501 {
                let mut s = s.clone();
                s["id"] = format!("Z-{i}").into();
                list.push(s);
            }
        }),
    ];
    for (i, mutate) in cases.iter().enumerate() {
        let mut c: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        mutate(&mut c);
        assert!(!v.is_valid(&c), "case {i} passes the schema");
        assert!(Catalogue::parse(&c.to_string()).is_err(), "case {i} passes the parser");
    }
}
