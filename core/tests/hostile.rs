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
        let e = timed(&format!("catalogue with a {n}-char id"), Duration::from_millis(500), || Catalogue::parse(&text))
            .unwrap_err();
        let msg = e.to_string();
        assert!(msg.chars().count() < 400, "message of {} chars", msg.chars().count());
        assert!(msg.contains("services[0].id"), "{msg}");
    }
}

/// One way of breaking a catalogue file.
type Breakage = Box<dyn Fn(&mut Value)>;

#[test]
fn catalogue_texts_and_ids_have_limits_and_every_quoted_value_is_clipped() {
    let cases: Vec<(&str, Breakage)> = vec![
        ("catalogue id", Box::new(|v| v["id"] = Value::String("c".repeat(5_000)))),
        ("version", Box::new(|v| v["version"] = Value::String("1".repeat(5_000)))),
        ("edition", Box::new(|v| v["edition"] = Value::String("e".repeat(5_000)))),
        ("title", Box::new(|v| v["services"][0]["title"]["en"] = Value::String("t".repeat(5_000)))),
        ("description", Box::new(|v| v["services"][0]["description"]["en"] = Value::String("d ".repeat(30_000)))),
        ("category", Box::new(|v| v["services"][0]["category"] = Value::String("Z".repeat(100_000)))),
        ("language", Box::new(|v| v["languages"][1] = Value::String("x".repeat(100_000)))),
        ("text key", Box::new(|v| v["services"][0]["title"]["q".repeat(100_000)] = json!("x"))),
        ("unknown field", Box::new(|v| v["services"][0]["f".repeat(2_000_000)] = json!(1))),
        ("wrong type", Box::new(|v| v["services"][0]["provenance"] = Value::String("p".repeat(1_000_000)))),
    ];
    for (what, f) in cases {
        let mut v = builtin_value();
        f(&mut v);
        let text = v.to_string();
        let e = timed(what, Duration::from_millis(500), || Catalogue::parse(&text)).unwrap_err();
        let msg = e.to_string();
        assert!(msg.chars().count() < 500, "{what}: message of {} chars", msg.chars().count());
    }
}

// ---- 3. A catalogue file with a byte order mark; 8. UTF-16 without one ---------------------------

#[test]
fn a_catalogue_with_a_utf8_byte_order_mark_is_read() {
    let with_bom = format!("\u{FEFF}{BUILTIN_JSON}");
    let plain = Catalogue::parse(BUILTIN_JSON);
    assert!(plain.is_ok());
    assert_eq!(Catalogue::parse(&with_bom), plain);
    let bytes = with_bom.into_bytes();
    assert_eq!(Catalogue::parse_bytes(&bytes), plain);
}

#[test]
fn a_catalogue_saved_as_utf16_is_named_as_such() {
    let utf16le: Vec<u8> = BUILTIN_JSON.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let utf16be: Vec<u8> = BUILTIN_JSON.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    for bytes in
        [utf16le.clone(), utf16be.clone(), [vec![0xFF, 0xFE], utf16le].concat(), [vec![0xFE, 0xFF], utf16be].concat()]
    {
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
    v["services"].as_array_mut().unwrap().retain(|s| s["category"] != "A");
    // A short text in every language the built-in catalogue lists.
    let short: Value = v["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l.as_str().unwrap().to_string(), json!("t")))
        .collect::<serde_json::Map<_, _>>()
        .into();
    let services = v["services"].as_array_mut().unwrap();
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
    assert!(e.to_string().contains(&format!("at most {MAX_SERVICES_PER_CATEGORY}")), "{e}");
    assert!(e.to_string().contains("category A"), "{e}");
    let huge = with_services_in_a(10_000).to_string();
    let e = timed("10,000 services", Duration::from_secs(2), || Catalogue::parse(&huge)).unwrap_err();
    assert!(e.to_string().contains(&format!("at most {MAX_SERVICES}")), "{e}");
}

// ---- 7. Refusal messages repeat huge values in full ----------------------------------------------

const HEAD: &str = r#"{"format":"x1060-assessment","schema":1,"catalogue":{"id":"x1060-builtin","version":"2026.11"}"#;

fn import_message(text: &str) -> String {
    use x1060_core::import;
    let e = timed("import", Duration::from_secs(2), || import::import(text.as_bytes(), "x.json")).unwrap_err();
    e.to_string()
}

#[test]
fn assessment_refusals_quote_huge_values_clipped() {
    let big = "k".repeat(2_000_000);
    let cases = [
        format!(r#"{HEAD},"{big}":1}}"#),
        format!(r#"{HEAD},"services":{{"A-1":{{"{big}":1}}}}}}"#),
        format!(r#"{HEAD},"services":{{"A-1":{{"current":"{big}"}}}}}}"#),
        format!(r#"{HEAD},"services":{{"A-1":{{"need":"{big}"}}}}}}"#),
        format!(r#"{HEAD},"services":{{"{big}":{{"note":"x"}}}}}}"#),
        format!(r#"{{"format":"{big}","schema":1}}"#),
        format!(r#"{HEAD},"created":"{big}"}}"#),
    ];
    for text in cases {
        let msg = import_message(&text);
        assert!(
            msg.chars().count() < 600,
            "message of {} chars: {}",
            msg.chars().count(),
            x1060_core::json::clip(&msg, 200)
        );
    }
    // The same from browser storage.
    let e = x1060_core::save::decode(&format!(r#"{HEAD},"{}":1}}"#, "k".repeat(100_000))).unwrap_err();
    assert!(e.to_string().chars().count() < 600);
}

// ---- 8. Numbers and versions ------------------------------------------------------------------------

#[test]
fn a_huge_schema_number_is_a_newer_version() {
    use x1060_core::import::ImportError;
    use x1060_core::save::Problem;
    for schema in ["1e30", "18446744073709551616", "99999999999999999999999", "3.0"] {
        let text =
            format!(r#"{{"format":"x1060-assessment","schema":{schema},"catalogue":{{"id":"c","version":"v"}}}}"#);
        let e = x1060_core::import::import(text.as_bytes(), "x.json").unwrap_err();
        assert!(matches!(e, ImportError::Data(Problem::NewerSchema { .. })), "{schema}: {e}");
        assert!(e.to_string().contains("newer version"), "{e}");
        assert!(matches!(x1060_core::save::decode(&text), Err(x1060_core::save::DecodeError::NewerSchema { .. })));
    }
    for schema in ["1.5", "-1", "\"1\""] {
        let text =
            format!(r#"{{"format":"x1060-assessment","schema":{schema},"catalogue":{{"id":"c","version":"v"}}}}"#);
        let e = x1060_core::import::import(text.as_bytes(), "x.json").unwrap_err();
        assert!(e.to_string().contains("whole number"), "{schema}: {e}");
    }
}

#[test]
fn whole_numbers_written_with_a_decimal_point_are_read_as_the_json_schema_allows() {
    let text = format!(
        r#"{HEAD},"schema":1.0,"revision":3.0,"services":{{"A-1":{{"need":"needed","current":2.0,"target":5.0}}}}}}"#
    )
    .replacen(r#""schema":1,"#, "", 1);
    let (a, rev) = x1060_core::save::decode_stored(&text).unwrap();
    let r = a.record("A-1");
    assert_eq!((r.current.map(|l| l.value()), r.target.map(|l| l.value()), rev), (Some(2), Some(5), 3));
    for bad in ["2.5", "6.0", "-0.5", "1e3"] {
        let text = format!(r#"{HEAD},"services":{{"A-1":{{"current":{bad}}}}}}}"#);
        assert!(x1060_core::save::decode(&text).is_err(), "{bad} accepted");
    }
}

#[test]
fn impossible_dates_are_refused() {
    for date in [
        "2026-02-30",
        "2026-13-01",
        "2025-02-29",
        "2026-00-10",
        "2026-11-25T25:00:00Z",
        "2026-11-25T10:61",
        "2026-11-25T10:00:00.000Zjunk",
    ] {
        let text = format!(r#"{HEAD},"created":"{date}"}}"#);
        let msg = import_message(&text);
        assert!(msg.contains("is not a date"), "{date}: {msg}");
    }
    for date in [
        "2024-02-29",
        "2026-11-25",
        "2026-11-25T10:00:00.000Z",
        "2026-11-25T10:00:00+09:00",
        "2026-11-25 10:00",
        "2026-12-31T23:59:59Z",
    ] {
        let text = format!(r#"{HEAD},"created":"{date}"}}"#);
        assert!(x1060_core::import::import(text.as_bytes(), "x.json").is_ok(), "{date} refused");
    }
}

#[test]
fn a_double_byte_order_mark_is_read_and_utf16_without_one_is_named() {
    use x1060_core::import::{self, ImportError};
    let file = format!("{HEAD}}}");
    let double = format!("\u{FEFF}\u{FEFF}{file}");
    assert!(import::import(double.as_bytes(), "x.json").is_ok(), "{:?}", import::import(double.as_bytes(), "x.json"));
    let le: Vec<u8> = file.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = file.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    for bytes in [le, be] {
        let e = import::import(&bytes, "x.json").unwrap_err();
        assert_eq!(e, ImportError::Utf16);
    }
}

// ---- 10. Look-alikes of formula characters in the spreadsheet ------------------------------------

/// Cells a spreadsheet program may read as a formula: look-alikes of `=`, `+`, `-`, `@`, and blanks
/// or line breaks before them.
const FORMULA_LOOKALIKES: &[&str] = &[
    "＝1+1",
    "＋1+1",
    "－1+1",
    "＠SUM(1)",
    "﹦1+1",
    "﹢1",
    "﹣1",
    "﹫SUM(1)",
    "−1+1",
    " =1+1",
    "\u{a0}=1+1",
    "\u{3000}=1+1",
    "\u{feff}=1+1",
    "\u{200b}=1+1",
    "\n=1+1",
    "\r\n=1+1",
    "  \t =HYPERLINK(\"x\")",
    " ＋1",
];

#[test]
fn formula_lookalikes_are_neutralised_in_the_spreadsheet() {
    use x1060_core::report::csv as sheet;
    for v in FORMULA_LOOKALIKES {
        let c = sheet::cell(v);
        let inner = c.strip_prefix('"').unwrap_or(&c);
        assert!(inner.starts_with('\''), "{v:?} written as {c:?}");
    }
    // Ordinary text is left alone, leading blanks included.
    for v in ["plain", " indented", "\nsecond line", "a=b", "1-2", "メモ＝大事", "e-mail@example.org"] {
        assert!(!sheet::cell(v).trim_start_matches('"').starts_with('\''), "{v:?}");
    }
}

// ---- 2. The saved catalogue; 4. the preferences ----------------------------------------------------

mod beside {
    use x1060_core::catalogue::{Catalogue, BUILTIN_JSON};
    use x1060_core::library::StorageOp;
    use x1060_core::save::Prefs;
    use x1060_core::stored::{self, KeyNotice, CATALOGUE_KEY, PREFS_KEY};

    /// A storage of plain keys, to run the writes against and start again.
    #[derive(Default)]
    struct Storage(std::collections::BTreeMap<String, String>);

    impl Storage {
        fn run(&mut self, ops: &[StorageOp]) {
            for op in ops {
                match op {
                    StorageOp::Set { key, value } => {
                        self.0.insert(key.clone(), value.clone());
                    }
                    StorageOp::Remove { key } => {
                        self.0.remove(key);
                    }
                }
            }
        }
        fn get(&self, k: &str) -> Option<&str> {
            self.0.get(k).map(String::as_str)
        }
    }

    #[test]
    fn an_unreadable_saved_catalogue_is_moved_to_a_backup_once() {
        let mut s = Storage::default();
        let big = format!("{{\"format\":\"x1060-catalogue\",\"schema\":1,\"id\":\"{}\"", "x".repeat(100_000));
        s.0.insert(CATALOGUE_KEY.into(), big.clone());
        for (i, now) in ["t1", "t2", "t3", "t4"].into_iter().enumerate() {
            let plan = stored::plan_catalogue(s.get(CATALOGUE_KEY), now);
            assert!(plan.catalogue.is_none());
            s.run(&plan.ops);
            assert_eq!(matches!(plan.notice, Some(KeyNotice::Damaged { .. })), i == 0, "start {i}: {:?}", plan.notice);
        }
        let copies: Vec<&String> = s.0.values().filter(|v| **v == big).collect();
        assert_eq!(copies.len(), 1, "one backup, however many starts");
        assert_eq!(s.get(CATALOGUE_KEY), None);
        assert!(s.0.keys().any(|k| k.starts_with("backup/t1/")));
    }

    #[test]
    fn a_newer_saved_catalogue_is_named_as_newer_and_backed_up_before_it_is_replaced() {
        let mut v: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        v["schema"] = 2.into();
        let newer = v.to_string();
        let plan = stored::plan_catalogue(Some(&newer), "t1");
        assert_eq!(plan.notice, Some(KeyNotice::Newer { found: 2 }));
        assert!(plan.ops.is_empty(), "data from a newer version is left where it is");
        // Loading another catalogue later keeps the newer one as a backup first.
        let ops = stored::catalogue_write(Some(&newer), Some(BUILTIN_JSON), "t2");
        assert_eq!(ops[0], StorageOp::Set { key: format!("backup/t2/{CATALOGUE_KEY}"), value: newer.clone() });
        assert_eq!(ops[1], StorageOp::Set { key: CATALOGUE_KEY.into(), value: BUILTIN_JSON.into() });
        let ops = stored::catalogue_write(Some(&newer), None, "t2");
        assert_eq!(ops.len(), 2, "{ops:?}");
        // A readable one is simply replaced.
        assert_eq!(
            stored::catalogue_write(Some(BUILTIN_JSON), None, "t2"),
            vec![StorageOp::Remove { key: CATALOGUE_KEY.into() }]
        );
        assert_eq!(stored::plan_catalogue(Some(BUILTIN_JSON), "t1").catalogue, Catalogue::parse(BUILTIN_JSON).ok());
    }

    #[test]
    fn unreadable_preferences_are_backed_up_and_newer_ones_never_written() {
        // Unreadable: kept as a backup, once; the defaults are used and may be saved.
        for bad in ["garbage", "[]", r#"{"lang":5}"#, r#"{"lang":"ja","colour":"red"}"#, r#"{"lang":"ja","lang":"fr"}"#]
        {
            let plan = stored::plan_prefs(Some(bad), "t1");
            assert_eq!(plan.prefs, Prefs::default(), "{bad}");
            assert!(plan.writable, "{bad}");
            assert!(
                matches!(&plan.notice, Some(KeyNotice::Damaged { backup_key, .. }) if backup_key == "backup/t1/prefs"),
                "{bad}: {:?}",
                plan.notice
            );
            assert_eq!(
                plan.ops,
                vec![
                    StorageOp::Set { key: "backup/t1/prefs".into(), value: bad.into() },
                    StorageOp::Remove { key: PREFS_KEY.into() },
                ]
            );
        }
        // Newer: read-only; nothing written, ever.
        let plan = stored::plan_prefs(Some(r#"{"schema":2,"lang":"ja","theme":"dark"}"#), "t1");
        assert_eq!(plan.notice, Some(KeyNotice::Newer { found: 2 }));
        assert!(!plan.writable && plan.ops.is_empty());
        // Readable, with or without a schema number.
        for ok in [r#"{"lang":"ja"}"#, r#"{"schema":1,"lang":"ja"}"#] {
            let plan = stored::plan_prefs(Some(ok), "t1");
            assert_eq!(plan.prefs.lang.as_deref(), Some("ja"));
            assert!(plan.writable && plan.ops.is_empty() && plan.notice.is_none());
        }
        let plan = stored::plan_prefs(None, "t1");
        assert!(plan.writable && plan.ops.is_empty() && plan.notice.is_none());
    }
}

// ---- The catalogue corpus ----------------------------------------------------------------------------

#[test]
fn every_catalogue_corpus_file_gives_its_expected_result() {
    let dir = format!("{}/tests/catalogue-corpus", env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(format!("{dir}/EXPECTED.tsv")).unwrap();
    let mut listed = Vec::new();
    let mut failures = Vec::new();
    for line in manifest.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (file, want) = line.split_once('\t').unwrap();
        listed.push(file.to_string());
        let bytes = std::fs::read(format!("{dir}/{file}")).unwrap();
        match (timed(file, Duration::from_millis(500), || Catalogue::parse_bytes(&bytes)), want) {
            (Ok(_), "ok") => {}
            (Ok(_), _) => failures.push(format!("{file}: accepted, expected {want:?}")),
            (Err(e), _) => {
                let msg = e.to_string();
                if want == "ok" || !msg.contains(want) {
                    failures.push(format!("{file}: {msg:?}, expected {want:?}"));
                }
                if msg.chars().count() > 500 {
                    failures.push(format!("{file}: a message of {} characters", msg.chars().count()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "EXPECTED.tsv" && n != "README.md")
        .collect();
    on_disk.sort();
    listed.sort();
    assert_eq!(on_disk, listed);
}

/// Item 8: the published JSON Schema and the importer agree on numbers written with a decimal
/// point, on limits and on dates.
#[test]
fn the_assessment_schema_and_the_importer_agree_on_numbers_limits_and_dates() {
    let path = format!("{}/../docs/assessment.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let v = jsonschema::draft202012::new(&schema).unwrap();
    let base = r#"{"format":"x1060-assessment","schema":2,"catalogue":{"id":"x1060-builtin","version":"2026.11"}}"#;
    let with = |k: &str, x: Value| -> Value {
        let mut value: Value = serde_json::from_str(base).unwrap();
        value[k] = x;
        value
    };
    let accepted = [
        with("services", json!({ "A-1": { "need": "needed", "current": 2.0 } })),
        with("schema", json!(2.0)),
        with("created", json!("2024-02-29T10:00:00.000Z")),
        with("uid", json!("mhx2k1-1c3v9z")),
        with(
            "to_review",
            json!([{ "service": "E-3", "why": "provisional-id", "answer": { "need": "needed" },
                     "from": { "service": "E-3", "title": { "en": "Old" }, "catalogue": { "id": "c", "version": "1" } } }]),
        ),
    ];
    for value in accepted {
        assert!(v.is_valid(&value), "schema refuses {value}");
        assert!(x1060_core::import::import(value.to_string().as_bytes(), "x.json").is_ok(), "importer refuses {value}");
    }
    let refused = [
        with("name", json!("n".repeat(10_001))),
        with("services", json!({ "A-1": { "note": "n".repeat(10_001) } })),
        with("services", json!({ "<b>": { "note": "x" } })),
        with("services", json!({ "A".repeat(65): { "note": "x" } })),
        with("catalogue", json!({ "id": "", "version": "1" })),
        with("catalogue", json!({ "id": "c".repeat(201), "version": "1" })),
        with("created", json!("yesterday")),
        with("created", json!("2026-11-25T10:00:00.000Zjunk")),
        with("services", json!({ "A-1": { "current": 2.5 } })),
        with("uid", json!("<b>")),
        with("uid", json!("u".repeat(65))),
        with(
            "to_review",
            json!([{ "service": "<b>", "why": "split", "answer": { "need": "needed" },
                     "from": { "service": "E-3", "catalogue": { "id": "c", "version": "1" } } }]),
        ),
        with(
            "to_review",
            json!([{ "why": "guess", "answer": {}, "from": { "service": "E-3", "catalogue": { "id": "c", "version": "1" } } }]),
        ),
        with(
            "to_review",
            json!([{ "why": "split", "answer": { "note": "n".repeat(10_001) },
                     "from": { "service": "E-3", "catalogue": { "id": "c", "version": "1" } } }]),
        ),
    ];
    for value in refused {
        let shown = x1060_core::json::clip(&value.to_string(), 100);
        assert!(!v.is_valid(&value), "schema accepts {shown}");
        assert!(
            x1060_core::import::import(value.to_string().as_bytes(), "x.json").is_err(),
            "importer accepts {shown}"
        );
    }
}

#[test]
fn a_part_named_in_a_conflict_quotes_a_huge_service_id_clipped() {
    let part = x1060_core::sync::Part::Service("S".repeat(1_000_000).into());
    assert!(part.to_string().chars().count() <= "services.".len() + 65);
    assert_eq!(x1060_core::sync::Part::Service("A-1".into()).to_string(), "services.A-1");
}
