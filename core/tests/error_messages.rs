//! The messages of a refused file in every language (`x1060_core::error_text`): every variant of
//! the catalogue's and the importer's errors, in every language, is written out with the figures
//! and technical parts it was given; the English message is the error's `Display` text.

use x1060_core::campaign::file::{CampaignError, CatalogueMismatch};
use x1060_core::catalogue::{CatalogueError, CATALOGUE_FORMAT, CATALOGUE_SCHEMA, MAX_CATALOGUE_BYTES};
use x1060_core::i18n::Lang;
use x1060_core::import::ImportError;
use x1060_core::json::JsonError;
use x1060_core::report::html::EMBED_ID;
use x1060_core::save::{Problem, FORMAT};

/// One value of every variant, with figures that cannot be confused with each other, and
/// the figures each message must write out.
fn catalogue_errors() -> Vec<(CatalogueError, Vec<String>)> {
    let kb = |b: usize| (b / 1024).to_string();
    vec![
        (CatalogueError::TooLarge { bytes: 3_500_000 }, vec![kb(3_500_000), (MAX_CATALOGUE_BYTES / 1024).to_string()]),
        (CatalogueError::Utf16, vec![]),
        (CatalogueError::NotUtf8 { offset: 4711 }, vec!["4711".into()]),
        (
            CatalogueError::Syntax { detail: "expected value at line 7 column 13".into() },
            vec!["expected value at line 7 column 13".into()],
        ),
        (CatalogueError::NotACatalogue, vec![CATALOGUE_FORMAT.into()]),
        (CatalogueError::NewerSchema { found: 9 }, vec!["9".into(), CATALOGUE_SCHEMA.to_string()]),
        (
            CatalogueError::Invalid { at: "services[42].id".into(), problem: "must not be empty".into() },
            vec!["services[42].id".into(), "must not be empty".into()],
        ),
    ]
}

fn import_errors() -> Vec<(ImportError, Vec<String>)> {
    let problem = |p: Problem, inputs: &[&str]| (ImportError::Data(p), inputs.iter().map(|s| s.to_string()).collect());
    vec![
        (ImportError::Empty, vec![]),
        (ImportError::TooLarge { bytes: 9_000_000, limit: 12 * 1024 * 1024 }, vec!["8790".into(), "12288".into()]),
        (ImportError::Utf16, vec![]),
        (ImportError::NotUtf8 { offset: 4711 }, vec!["4711".into()]),
        (ImportError::UnknownKind { start: "PK??zip".into() }, vec!["PK??zip".into()]),
        (ImportError::HtmlWithoutData, vec![EMBED_ID.into()]),
        (ImportError::HtmlSeveralData { count: 3 }, vec!["3".into()]),
        (ImportError::HtmlUnclosedData, vec!["</script>".into()]),
        problem(
            Problem::Json(JsonError::Syntax { line: 17, column: 23, detail: "EOF while parsing".into() }),
            &["17", "23", "EOF while parsing"],
        ),
        problem(Problem::Json(JsonError::TooDeep { at: "services.A-1".into() }), &["services.A-1", "32"]),
        problem(Problem::Json(JsonError::TooDeep { at: String::new() }), &["32"]),
        problem(Problem::Json(JsonError::TooManyValues), &["200000"]),
        problem(
            Problem::Json(JsonError::DuplicateKey { at: "profile".into(), key: "sector".into() }),
            &["profile", "sector"],
        ),
        problem(Problem::NotOurs { found: Some("x1060-campaign".into()) }, &["x1060-campaign", FORMAT]),
        problem(Problem::NotOurs { found: None }, &[FORMAT]),
        problem(Problem::NoSchema, &["2"]),
        problem(Problem::SchemaNotANumber, &["2"]),
        problem(Problem::NewerSchema { found: 9 }, &["9", "2"]),
        problem(Problem::UnsupportedSchema { found: 7 }, &["7"]),
        problem(
            Problem::Invalid { at: "services.A-1.current".into(), problem: "expected a level from 0 to 5".into() },
            &["services.A-1.current", "expected a level from 0 to 5"],
        ),
        problem(Problem::Invalid { at: ".".into(), problem: "expected an object".into() }, &["expected an object"]),
    ]
}

fn campaign_errors() -> Vec<(CampaignError, Vec<String>)> {
    let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    vec![
        (CampaignError::TooLarge { bytes: 700_000 }, s(&["683", "256"])),
        (CampaignError::NotUtf8, vec![]),
        (CampaignError::Json(JsonError::TooManyValues), s(&["200000"])),
        (
            CampaignError::Json(JsonError::Syntax { line: 17, column: 23, detail: "trailing comma".into() }),
            s(&["17", "23", "trailing comma"]),
        ),
        (CampaignError::NotACampaign, s(&[x1060_core::campaign::file::FORMAT])),
        (CampaignError::NewerSchema { found: 9 }, s(&["9", "1"])),
        (
            CampaignError::Invalid { at: "fields[4].key".into(), problem: "must not be empty".into() },
            s(&["fields[4].key", "must not be empty"]),
        ),
    ]
}

fn mismatches() -> Vec<(CatalogueMismatch, Vec<String>)> {
    vec![
        (CatalogueMismatch::OtherCatalogue { id: "national-cdc".into() }, vec!["national-cdc".into()]),
        (CatalogueMismatch::OtherVersion { version: "2031.4".into() }, vec!["2031.4".into()]),
        (CatalogueMismatch::UnknownCategory { id: "Q".into() }, vec!["Q".into()]),
    ]
}

/// Every message in every language, with what it must write out.
fn all() -> Vec<(Lang, String, String, Vec<String>)> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let t = lang.errors();
        for (e, inputs) in catalogue_errors() {
            out.push((lang, format!("{e:?}"), e.message(t), inputs));
        }
        for (e, inputs) in import_errors() {
            out.push((lang, format!("{e:?}"), e.message(t), inputs));
        }
        for (e, inputs) in campaign_errors() {
            out.push((lang, format!("{e:?}"), e.message(t), inputs));
        }
        for (e, inputs) in mismatches() {
            out.push((lang, format!("{e:?}"), (t.campaign_unusable)(&e.message(t)), inputs));
        }
    }
    out
}

#[test]
fn english_messages_are_the_display_texts() {
    let t = Lang::En.errors();
    for (e, _) in catalogue_errors() {
        assert_eq!(e.message(t), e.to_string(), "{e:?}");
    }
    for (e, _) in import_errors() {
        assert_eq!(e.message(t), e.to_string(), "{e:?}");
        if let ImportError::Data(p) = &e {
            assert_eq!(p.message(t), p.to_string(), "{p:?}");
        }
    }
    for (e, _) in campaign_errors() {
        assert_eq!(e.message(t), e.to_string(), "{e:?}");
    }
    for (m, _) in mismatches() {
        assert_eq!(m.message(t), m.to_string(), "{m:?}");
        // The sentence the web app wrote before (src/components/campaign).
        assert_eq!((t.campaign_unusable)(&m.message(t)), format!("{m}."));
    }
}

#[test]
fn every_message_is_written_out_with_what_it_was_given() {
    for (lang, variant, text, inputs) in all() {
        assert!(!text.trim().is_empty(), "{lang:?} {variant}: empty");
        assert!(!text.contains("{}") && !text.contains('{') && !text.contains('}'), "{lang:?} {variant}: {text}");
        for i in inputs {
            assert!(text.contains(&i), "{lang:?} {variant}: \"{i}\" not written out: {text}");
        }
    }
}

#[test]
fn other_languages_are_not_the_english_text() {
    let en: Vec<String> = all().into_iter().filter(|(l, ..)| *l == Lang::En).map(|(_, _, text, _)| text).collect();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let texts = all().into_iter().filter(|(l, ..)| *l == lang);
        for ((_, variant, text, _), en) in texts.zip(&en) {
            assert_ne!(&text, en, "{lang:?} {variant}");
        }
    }
}

#[test]
fn arabic_isolates_the_technical_parts() {
    let ar = Lang::Ar.errors();
    let m = CatalogueError::Invalid { at: "services[1].id".into(), problem: "must not be empty".into() }.message(ar);
    assert!(m.contains("\u{2066}services[1].id\u{2069}"), "{m}");
    assert!(m.contains("\u{2066}must not be empty\u{2069}"), "{m}");
    // The root is named in words, not isolated.
    let m = ImportError::Data(Problem::Invalid { at: ".".into(), problem: "expected an object".into() }).message(ar);
    assert!(m.contains(ar.top_level) && !m.contains(&format!("\u{2066}{}", ar.top_level)), "{m}");
}
