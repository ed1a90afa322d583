//! Hostile input and faults (issue 13): each defect found by attacking the app has a test here
//! that failed before its fix. The files behind some of them are in `tests/corpus/` and
//! `tests/catalogue-corpus/`.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use x1060_core::catalogue::{Catalogue, CatalogueError, BUILTIN_JSON};

fn builtin_value() -> Value {
    serde_json::from_str(BUILTIN_JSON).unwrap()
}

fn timed<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    eprintln!("{what}: {took:?}");
    assert!(took < limit, "{what} took {took:?}");
    out
}

// ---- 1. A very long invalid service id ----------------------------------------------------------

#[test]
fn a_200000_character_service_id_is_refused_at_once_with_a_short_message() {
    for n in [200_000usize, 1_500_000] {
        let mut v = builtin_value();
        v["services"][0]["id"] = Value::String("A".repeat(n));
        let text = v.to_string();
        let e = timed(
            &format!("catalogue with a {n}-char id"),
            Duration::from_millis(500),
            || Catalogue::parse(&text),
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.chars().count() < 400,
            "message of {} chars",
            msg.chars().count()
        );
        assert!(msg.contains("services[0].id"), "{msg}");
    }
}

#[test]
fn catalogue_texts_and_ids_have_limits_and_every_quoted_value_is_clipped() {
    let cases: Vec<(&str, Box<dyn Fn(&mut Value)>)> = vec![
        (
            "catalogue id",
            Box::new(|v| v["id"] = Value::String("c".repeat(5_000))),
        ),
        (
            "version",
            Box::new(|v| v["version"] = Value::String("1".repeat(5_000))),
        ),
        (
            "edition",
            Box::new(|v| v["edition"] = Value::String("e".repeat(5_000))),
        ),
        (
            "title",
            Box::new(|v| v["services"][0]["title"]["en"] = Value::String("t".repeat(5_000))),
        ),
        (
            "description",
            Box::new(|v| {
                v["services"][0]["description"]["en"] = Value::String("d ".repeat(30_000))
            }),
        ),
        (
            "category",
            Box::new(|v| v["services"][0]["category"] = Value::String("Z".repeat(100_000))),
        ),
        (
            "language",
            Box::new(|v| v["languages"][1] = Value::String("x".repeat(100_000))),
        ),
        (
            "text key",
            Box::new(|v| v["services"][0]["title"]["q".repeat(100_000)] = json!("x")),
        ),
        (
            "unknown field",
            Box::new(|v| v["services"][0]["f".repeat(2_000_000)] = json!(1)),
        ),
        (
            "wrong type",
            Box::new(|v| v["services"][0]["provenance"] = Value::String("p".repeat(1_000_000))),
        ),
    ];
    for (what, f) in cases {
        let mut v = builtin_value();
        f(&mut v);
        let text = v.to_string();
        let e = timed(what, Duration::from_millis(500), || Catalogue::parse(&text)).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.chars().count() < 500,
            "{what}: message of {} chars",
            msg.chars().count()
        );
    }
}

// ---- 3. A catalogue file with a byte order mark; 8. UTF-16 without one ---------------------------

#[test]
fn a_catalogue_with_a_utf8_byte_order_mark_is_read() {
    let with_bom = format!("\u{FEFF}{BUILTIN_JSON}");
    assert_eq!(Catalogue::parse(&with_bom), Ok(Catalogue::builtin()));
    let bytes = with_bom.into_bytes();
    assert_eq!(Catalogue::parse_bytes(&bytes), Ok(Catalogue::builtin()));
}

#[test]
fn a_catalogue_saved_as_utf16_is_named_as_such() {
    let utf16le: Vec<u8> = BUILTIN_JSON
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let utf16be: Vec<u8> = BUILTIN_JSON
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    for bytes in [
        utf16le.clone(),
        utf16be.clone(),
        [vec![0xFF, 0xFE], utf16le].concat(),
        [vec![0xFE, 0xFF], utf16be].concat(),
    ] {
        let e = Catalogue::parse_bytes(&bytes).unwrap_err();
        assert_eq!(e, CatalogueError::Utf16);
        assert!(e.to_string().contains("UTF-16"), "{e}");
    }
    let e = Catalogue::parse_bytes(b"{\"format\": \"x1060-catalogue\", \xFF}").unwrap_err();
    assert!(matches!(e, CatalogueError::NotUtf8 { offset: 30 }), "{e:?}");
}

// ---- 5. A very large valid catalogue -------------------------------------------------------------

fn with_services_in_a(n: usize) -> Value {
    let mut v = builtin_value();
    v.as_object_mut().unwrap().remove("official_service_count");
    let template = v["services"][0].clone();
    let services = v["services"].as_array_mut().unwrap();
    services.retain(|s| s["category"] != "A");
    let short = json!({ "en": "t", "ja": "t", "fr": "t" });
    for i in 0..n {
        let mut s = template.clone();
        s["title"] = short.clone();
        s["description"] = short.clone();
        s.as_object_mut().unwrap().remove("provenance_note");
        s["id"] = Value::String(format!("A-{}", i + 1));
        services.push(s);
    }
    v
}

#[test]
fn a_category_may_hold_at_most_max_services_per_category() {
    use x1060_core::catalogue::{MAX_SERVICES, MAX_SERVICES_PER_CATEGORY};
    let ok = with_services_in_a(MAX_SERVICES_PER_CATEGORY).to_string();
    assert!(Catalogue::parse(&ok).is_ok());
    let big = with_services_in_a(MAX_SERVICES_PER_CATEGORY + 1).to_string();
    let e = Catalogue::parse(&big).unwrap_err();
    assert!(
        e.to_string()
            .contains(&format!("at most {MAX_SERVICES_PER_CATEGORY}")),
        "{e}"
    );
    assert!(e.to_string().contains("category A"), "{e}");
    let huge = with_services_in_a(10_000).to_string();
    let e = timed("10,000 services", Duration::from_secs(2), || {
        Catalogue::parse(&huge)
    })
    .unwrap_err();
    assert!(
        e.to_string().contains(&format!("at most {MAX_SERVICES}")),
        "{e}"
    );
}
