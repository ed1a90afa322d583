//! Importing files: the corpus of real bad (and good) files in `tests/corpus/`, each with the kind
//! of refusal expected and words its message must contain (`EXPECTED.tsv`), then the preview.

use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::import::{self, CatalogueMatch, ImportError, Imported, SourceKind, MAX_IMPORT_BYTES};
use x1060_core::json::JsonError;
use x1060_core::report::{html, ReportContext};
use x1060_core::save::{self, Problem};

fn corpus_dir() -> String {
    format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"))
}

/// The short name of a refusal, as written in `EXPECTED.tsv`.
fn kind(e: &ImportError) -> &'static str {
    match e {
        ImportError::Empty => "empty",
        ImportError::TooLarge { .. } => "too_large",
        ImportError::Utf16 => "utf16",
        ImportError::NotUtf8 { .. } => "not_utf8",
        ImportError::UnknownKind { .. } => "unknown_kind",
        ImportError::HtmlWithoutData => "html_without_data",
        ImportError::HtmlSeveralData { .. } => "html_several_data",
        ImportError::HtmlUnclosedData => "html_unclosed_data",
        ImportError::Data(p) => match p {
            Problem::Json(JsonError::Syntax { .. }) => "json_syntax",
            Problem::Json(JsonError::TooDeep { .. }) => "json_too_deep",
            Problem::Json(JsonError::TooManyValues) => "json_too_many_values",
            Problem::Json(JsonError::DuplicateKey { .. }) => "json_duplicate_key",
            Problem::NotOurs { .. } => "not_ours",
            Problem::NoSchema => "no_schema",
            Problem::SchemaNotANumber => "schema_not_a_number",
            Problem::NewerSchema { .. } => "newer_schema",
            Problem::UnsupportedSchema { .. } => "unsupported_schema",
            Problem::Invalid { .. } => "invalid",
        },
    }
}

/// What an accepted file shows, in the words `EXPECTED.tsv` checks.
fn summary(file: &str, i: &Imported) -> String {
    let p = i.preview(&Catalogue::builtin());
    format!(
        "{} name={} orphans={} migrated_from={} answered={}",
        file,
        p.name,
        p.orphans.join(","),
        p.migrated_from.map(|n| n.to_string()).unwrap_or_default(),
        p.progress.answered
    )
}

#[test]
fn every_corpus_file_gives_its_expected_result() {
    let manifest = std::fs::read_to_string(format!("{}/EXPECTED.tsv", corpus_dir())).unwrap();
    let mut listed = Vec::new();
    let mut failures = Vec::new();
    for line in manifest.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (file, want, words) = (cols.next().unwrap(), cols.next().unwrap(), cols.next().unwrap_or(""));
        listed.push(file.to_string());
        let bytes = std::fs::read(format!("{}/{file}", corpus_dir())).unwrap();
        match (import::import(&bytes, file), want) {
            (Ok(i), "ok") => {
                let s = summary(file, &i);
                if !s.contains(words) {
                    failures.push(format!("{file}: accepted as expected, but {s:?} lacks {words:?}"));
                }
                // What was accepted writes and reads back unchanged.
                let again = save::decode(&save::encode(&i.assessment, true)).unwrap();
                assert_eq!(again, i.assessment, "{file}");
            }
            (Ok(_), _) => failures.push(format!("{file}: accepted, expected {want}")),
            (Err(e), _) => {
                let msg = e.to_string();
                if kind(&e) != want {
                    failures.push(format!("{file}: {} ({msg}), expected {want}", kind(&e)));
                } else if !msg.contains(words) {
                    failures.push(format!("{file}: message {msg:?} lacks {words:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    // Every file of the corpus is listed, so none is silently skipped.
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "EXPECTED.tsv" && n != "README.md")
        .collect();
    on_disk.sort();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn size_is_checked_before_anything_is_read() {
    assert!(import::check_size(MAX_IMPORT_BYTES as u64).is_ok());
    let e = import::check_size(MAX_IMPORT_BYTES as u64 + 1).unwrap_err();
    assert!(matches!(e, ImportError::TooLarge { .. }));
    assert!(e.to_string().starts_with("The file is too large (11265 KB); the limit is 11264 KB."), "{e}");
    // Over the limit: refused before UTF-8 or JSON are looked at (this is neither).
    let big = vec![0xFFu8; MAX_IMPORT_BYTES + 1];
    assert!(matches!(import::import(&big, "x"), Err(ImportError::TooLarge { .. })));
    // A JSON file over the data limit, under the file limit.
    let mut json = br#"{"format":"x1060-assessment","schema":1,"name":""#.to_vec();
    json.extend(std::iter::repeat_n(b'x', save::MAX_BYTES));
    json.extend(br#""}"#);
    assert!(
        matches!(import::import(&json, "x"), Err(ImportError::TooLarge { limit, .. }) if limit == save::MAX_BYTES as u64)
    );
}

#[test]
fn too_many_values_are_refused() {
    let mut s = String::from(r#"{"format":"x1060-assessment","schema":1,"pad":["#);
    for _ in 0..x1060_core::json::MAX_VALUES {
        s.push_str("0,");
    }
    s.push_str("0]}");
    let e = import::import(s.as_bytes(), "x").unwrap_err();
    assert_eq!(kind(&e), "json_too_many_values");
}

#[test]
fn todays_summary_reports_import_in_every_language() {
    let c = Catalogue::builtin();
    let text =
        std::fs::read_to_string(format!("{}/tests/fixtures/schema1-full.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut a = save::decode(&text).unwrap();
    a.services.get_mut("A-1").unwrap().note = "</script><script>alert(1)</script> & 日本語".into();
    for lang in Lang::ALL {
        let h = html::summary(
            &a,
            &ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" },
        );
        let i = import::import(h.as_bytes(), "x1060-summary-2026-11-25.html").unwrap();
        assert_eq!(i.kind, SourceKind::HtmlSummary);
        assert_eq!(i.assessment, a, "{lang:?}");
    }
}

#[test]
fn preview_shows_name_dates_progress_catalogue_and_orphans() {
    let c = Catalogue::builtin();
    let text =
        std::fs::read_to_string(format!("{}/tests/fixtures/schema1-full.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let i = import::import(text.as_bytes(), "whatever.json").unwrap();
    let p = i.preview(&c);
    assert_eq!(p.name, "2026 baseline");
    assert_eq!(p.created, "2026-11-01T09:00:00.000Z");
    assert_eq!(p.updated, "2026-11-02T17:30:00.000Z");
    assert_eq!(p.organisation, "Example Telecom");
    assert_eq!(p.catalogue.id, "x1060-builtin");
    assert_eq!(p.kind, SourceKind::Json);
    assert_eq!(p.migrated_from, Some(1));
    assert_eq!(p.app_version, "0.1.0");
    // A-1, B-1, C-2, D-2, E-5 answered; X-1 is not in the catalogue.
    assert_eq!((p.progress.answered, p.progress.total), (5, 58));
    assert_eq!(p.orphans, ["X-1"]);
    assert!(i.assessment.services.contains_key("X-1"), "kept, never dropped");
    let expected = if c.version == "2026.11" { CatalogueMatch::Same } else { CatalogueMatch::OtherVersion };
    assert_eq!(p.catalogue_match, expected);
    let other = text.replace("\"x1060-builtin\"", "\"national-adaptation\"");
    assert_eq!(import::import(other.as_bytes(), "x").unwrap().preview(&c).catalogue_match, CatalogueMatch::Other);
}

#[test]
fn a_nameless_file_is_named_after_the_file() {
    let t = r#"{"format":"x1060-assessment","schema":1,"catalogue":{"id":"x1060-builtin","version":"2026.11"}}"#;
    assert_eq!(import::import(t.as_bytes(), "/home/me/2026 baseline.json").unwrap().assessment.name, "2026 baseline");
}

#[test]
fn imported_answers_open_as_a_new_assessment_with_orphans_kept() {
    let c = Catalogue::builtin();
    let bytes = std::fs::read(format!("{}/ok-orphans.json", corpus_dir())).unwrap();
    let i = import::import(&bytes, "ok-orphans.json").unwrap();
    let mut lib = x1060_core::library::Library::new();
    lib.add(&"imp1".into(), i.assessment.clone(), "2026-11-25T10:00:00.000Z").unwrap();
    let a = lib.get(&"imp1".into()).unwrap();
    assert_eq!(a.services.len(), 3);
    assert_eq!(x1060_core::progress::orphans(&c, a), ["NAT.7", "Z-9"]);
    assert_eq!(a.created, "2026-11-25T10:00:00.000Z", "a file without dates gets now");
}
