//! Integrity of the built-in catalogue and the rules of the catalogue format.

use std::collections::BTreeSet;

use x1060_core::catalogue::{Catalogue, CatalogueError, Provenance, BUILTIN_JSON};
use x1060_core::i18n::Lang;

#[test]
fn builtin_parses_and_validates() {
    let c = Catalogue::parse(BUILTIN_JSON).expect("built-in catalogue must be valid");
    assert_eq!(c.id, "x1060-builtin");
    assert_eq!(c.categories.len(), 9);
    assert_eq!(c.services.len(), 58);
    // The first download's base (English only, core/build.rs) with the Japanese and French texts
    // added is the file itself: splitting it by language loses and changes nothing.
    use x1060_core::catalogue::{BUILTIN_FR_JSON, BUILTIN_JA_JSON};
    let mut base = Catalogue::builtin_base();
    assert_eq!(base.languages, ["en"]);
    assert!(base.services.iter().all(|s| !s.title.has("ja") && !s.description.has("fr")));
    base.add_texts("ja", BUILTIN_JA_JSON).unwrap();
    base.add_texts("fr", BUILTIN_FR_JSON).unwrap();
    assert_eq!(base, c);
}

#[test]
fn builtin_categories_are_a_to_i_in_order() {
    let c = Catalogue::builtin();
    let ids: Vec<&str> = c.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
    assert_eq!(c.category("B").unwrap().title.get(Lang::En), "Real-time analysis");
    assert_eq!(c.category("H").unwrap().title.get(Lang::Ja), "内部不正対応の支援");
}

#[test]
fn builtin_service_counts_per_category() {
    let c = Catalogue::builtin();
    let counts: Vec<usize> = c.categories.iter().map(|k| c.services_in(&k.id).count()).collect();
    assert_eq!(counts, [13, 4, 4, 7, 7, 5, 10, 3, 5]);
}

#[test]
fn builtin_ids_are_unique_and_follow_category() {
    let c = Catalogue::builtin();
    let mut seen = BTreeSet::new();
    for s in &c.services {
        assert!(seen.insert(s.id.clone()), "duplicate {}", s.id);
        let (cat, n) = s.id.split_once('-').expect("id is CATEGORY-NUMBER");
        assert_eq!(s.category, cat);
        assert!(n.parse::<u32>().is_ok(), "{}", s.id);
    }
}

#[test]
fn builtin_every_text_in_every_language() {
    let c = Catalogue::builtin();
    for lang in ["en", "ja", "fr"] {
        assert!(c.languages.iter().any(|l| l == lang));
        for k in &c.categories {
            assert!(k.title.has(lang) && k.description.has(lang), "{} {lang}", k.id);
        }
        for s in &c.services {
            assert!(s.title.has(lang), "{} title {lang}", s.id);
            assert!(s.description.has(lang), "{} description {lang}", s.id);
        }
    }
}

#[test]
fn builtin_provenance_matches_reference() {
    let c = Catalogue::builtin();
    let pc = c.provenance_counts();
    assert_eq!((pc.confirmed, pc.provisional, pc.missing), (22, 36, 6));
    // Confirmed exactly: A-1..A-13, B-1..B-4, C-1..C-4, D-1.
    for s in &c.services {
        let confirmed = matches!(s.category.as_str(), "A" | "B" | "C") || s.id == "D-1";
        let want = if confirmed { Provenance::Confirmed } else { Provenance::Provisional };
        assert_eq!(s.provenance, want, "{}", s.id);
    }
    assert_eq!(c.service("A-1").unwrap().title.get(Lang::En), "Risk management");
    assert_eq!(c.service("D-1").unwrap().title.get(Lang::En), "Incident report acceptance");
    assert_eq!(c.service("I-5").unwrap().title.get(Lang::Ja), "CSIRT・セキュリティコミュニティとの連携");
}

#[test]
fn round_trip_through_json() {
    let c = Catalogue::builtin();
    let again = Catalogue::parse(&c.to_json()).unwrap();
    assert_eq!(c, again);
}

fn mutate(f: impl FnOnce(&mut serde_json::Value)) -> Result<Catalogue, CatalogueError> {
    let mut v: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    f(&mut v);
    Catalogue::parse(&v.to_string())
}

#[test]
fn refuses_bad_catalogues_with_precise_messages() {
    let dup = mutate(|v| v["services"][1]["id"] = "A-1".into()).unwrap_err();
    assert!(dup.to_string().contains("\"A-1\" appears twice"), "{dup}");

    let unknown = mutate(|v| v["services"][0]["category"] = "Z".into()).unwrap_err();
    assert!(unknown.to_string().contains("unknown category \"Z\""), "{unknown}");

    let missing_lang = mutate(|v| {
        v["services"][3]["title"].as_object_mut().unwrap().remove("ja");
    })
    .unwrap_err();
    assert!(missing_lang.to_string().contains("services[3].title (A-4)"), "{missing_lang}");

    let empty = mutate(|v| v["services"][0]["title"]["en"] = "  ".into()).unwrap_err();
    assert!(empty.to_string().contains("\"en\" is missing or empty"), "{empty}");

    let wrong_type = mutate(|v| v["services"] = "none".into()).unwrap_err();
    assert!(matches!(wrong_type, CatalogueError::Syntax { .. }), "{wrong_type}");

    let not_ours = mutate(|v| v["format"] = "something-else".into()).unwrap_err();
    assert_eq!(not_ours, CatalogueError::NotACatalogue);

    let newer = mutate(|v| v["schema"] = 7.into()).unwrap_err();
    assert_eq!(newer, CatalogueError::NewerSchema { found: 7 });

    let bad_prov = mutate(|v| v["services"][0]["provenance"] = "official".into()).unwrap_err();
    assert!(matches!(bad_prov, CatalogueError::Syntax { .. }));

    let extra = mutate(|v| v["services"][0]["colour"] = "red".into()).unwrap_err();
    assert!(extra.to_string().contains("colour"), "{extra}");

    let huge = "x".repeat(3 * 1024 * 1024);
    assert!(matches!(Catalogue::parse(&huge), Err(CatalogueError::TooLarge { .. })));
    assert!(matches!(Catalogue::parse("{"), Err(CatalogueError::Syntax { .. })));
}

#[test]
fn diff_lists_added_removed_renamed_moved() {
    use x1060_core::catalogue::diff;
    let old = Catalogue::parse(BUILTIN_JSON).unwrap();
    assert!(diff(&old, &old).is_empty());
    let mut v: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    v["services"][0]["title"]["en"] = "Enterprise risk management".into(); // A-1 renamed
    v["services"][13]["category"] = "C".into(); // B-1 moved to C
    let services = v["services"].as_array_mut().unwrap();
    services.retain(|s| s["id"] != "E-7"); // removed
    let mut extra = services[0].clone();
    extra["id"] = "A-14".into();
    services.insert(13, extra); // added
    v["languages"].as_array_mut().unwrap().push("es".into());
    for s in v["services"].as_array_mut().unwrap() {
        s["title"]["es"] = "título".into();
    }
    for c in v["categories"].as_array_mut().unwrap() {
        c["title"]["es"] = "categoría".into();
    }
    let new = Catalogue::parse(&v.to_string()).unwrap();
    let d = diff(&old, &new);
    assert_eq!(d.added, ["A-14"]);
    assert_eq!(d.removed, ["E-7"]);
    assert_eq!(d.renamed, [("A-1".into(), "Risk management".to_string(), "Enterprise risk management".to_string())]);
    assert_eq!(d.moved, [("B-1".into(), "B".into(), "C".into())]);
    assert_eq!(d.languages_added, ["es"]);
    assert!(d.languages_removed.is_empty());
    assert_eq!(new.service("A-2").unwrap().title.get_code("es"), "título");
    assert_eq!(new.service("A-2").unwrap().title.get_code("de"), "Risk assessment");
}

#[test]
fn arabic_and_mongolian_texts_are_complete_and_kept_out_of_the_base_file() {
    use x1060_core::catalogue::{BUILTIN_AR_JSON, BUILTIN_MN_JSON};
    // The first download of the web app has the base only (English).
    let base = Catalogue::builtin_base();
    assert_eq!(base.languages, ["en"]);
    for (code, json) in [("ar", BUILTIN_AR_JSON), ("mn", BUILTIN_MN_JSON)] {
        let mut c = base.clone();
        c.add_texts(code, json).unwrap();
        assert_eq!(c.languages.last().map(String::as_str), Some(code));
        assert!(c.source.has(code), "{code}: source");
        for cat in &c.categories {
            assert!(cat.title.has(code) && cat.description.has(code), "{code}: {}", cat.id);
        }
        for s in &c.services {
            assert!(s.title.has(code) && s.description.has(code), "{code}: {}", s.id);
            assert!(s.provenance_note.as_ref().is_none_or(|n| n.has(code)), "{code}: {} note", s.id);
        }
        // Provenance and everything else as in the base file: only texts are added.
        let provenance = |c: &Catalogue| c.services.iter().map(|s| (s.id.clone(), s.provenance)).collect::<Vec<_>>();
        assert_eq!(provenance(&c), provenance(&base));
    }
    assert_eq!(Catalogue::builtin().languages, x1060_core::catalogue::BUILTIN_LANGUAGES);
    // An id the catalogue lacks is refused, and nothing changes.
    let mut c = base.clone();
    assert!(c.add_texts("ar", r#"{"Z-9.title": "x"}"#).is_err());
    assert!(c.add_texts("ar", "[]").is_err());
    assert_eq!(c, base);
}
