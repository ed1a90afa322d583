//! Campaigns (issue 16): the campaign file, the submission built from an assessment, its preview,
//! and the sealed envelope, each against its JSON Schema (docs/campaign.schema.json,
//! docs/submission.schema.json, docs/sealed.schema.json) and hand-worked cases.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{answer, builtin, fixture_text, not_needed, T};
use serde_json::{json, Value};
use x1060_core::campaign::file::{CatalogueMismatch, MAX_BYTES};
use x1060_core::campaign::sealed::{self, Envelope};
use x1060_core::campaign::submission::{Preview, Submission, SubmissionError};
use x1060_core::campaign::{build, Campaign, CampaignError, Choices, Extra};
use x1060_core::edit::{Edit, TextField};
use x1060_core::model::{Assessment, Delivery, Priority, ProfileField};

fn schema(name: &str) -> jsonschema::Validator {
    let path = format!("{}/../docs/{name}", env!("CARGO_MANIFEST_DIR"));
    let s: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(jsonschema::meta::is_valid(&s), "{name} is not a valid schema");
    jsonschema::draft202012::new(&s).unwrap()
}

fn errors(v: &jsonschema::Validator, value: &Value) -> Vec<String> {
    v.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// A rule broken: where the reader says it is, the change, and whether the schema can see it.
type Case = (&'static str, Box<dyn Fn(&mut Value)>, bool);

/// The sample campaign, for the built-in catalogue's version of this build (the fixture names one
/// version; a new built-in edition must not break the builder's tests).
fn sample() -> Campaign {
    let mut c = Campaign::parse(&fixture_text("campaign-sample.json")).unwrap();
    c.catalogue.version = builtin().version;
    c
}

fn sample_value() -> Value {
    serde_json::from_str(&fixture_text("campaign-sample.json")).unwrap()
}

/// An assessment with answers in A (in scope), B (out of scope) and C (in scope), names and
/// free text everywhere.
fn assessment() -> Assessment {
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    a.name = "2027 baseline".into();
    for (f, v) in [
        (ProfileField::Organisation, "ACME Telecom"),
        (ProfileField::Sector, "Telco"),
        (ProfileField::Size, "about 600"),
        (ProfileField::Country, "Japan"),
        (ProfileField::Assessor, "Aiko Sato"),
    ] {
        a.apply(Edit::SetProfile { field: f, value: v.into() }, T);
    }
    answer(&mut a, "A-1", Some(Delivery::InHouse), Some(2), Some(3), Some(Priority::High));
    answer(&mut a, "B-1", Some(Delivery::Outsourced), Some(1), Some(2), None);
    answer(&mut a, "C-2", Some(Delivery::Shared), Some(3), Some(4), None);
    not_needed(&mut a, "A-2");
    for (s, field, v) in [
        ("A-1", TextField::Owner, "Ken at ACME"),
        ("A-1", TextField::Evidence, "SOC runbook v3"),
        ("A-1", TextField::Note, "Night shift is outsourced"),
        ("A-2", TextField::Reason, "Done by ACME's parent"),
        ("B-1", TextField::Note, "out of scope note"),
    ] {
        a.apply(Edit::SetText { service: s.into(), field, value: v.into() }, T);
    }
    a
}

fn choices(share: &[Extra]) -> Choices {
    Choices {
        profile: BTreeMap::from([
            ("sector".to_string(), "telecom".to_string()),
            ("size".to_string(), "250-999".to_string()),
            ("city".to_string(), "  Osaka ".to_string()),
        ]),
        share: share.iter().copied().collect::<BTreeSet<_>>(),
        consent_lang: "ja".into(),
    }
}

// --- the campaign file ---------------------------------------------------------------------

#[test]
fn the_sample_campaigns_read_and_match_the_schema() {
    let v = schema("campaign.schema.json");
    for name in ["campaign-sample.json", "campaign-sealed.json"] {
        let text = fixture_text(name);
        let c = Campaign::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(errors(&v, &serde_json::from_str(&text).unwrap()), Vec::<String>::new(), "{name}");
        // What the organiser tool writes reads back the same, and matches the schema.
        let again = c.encode();
        assert_eq!(Campaign::parse(&again).unwrap(), c);
        assert_eq!(errors(&v, &serde_json::from_str(&again).unwrap()), Vec::<String>::new());
    }
    let c = sample();
    assert_eq!(c.id, "apcert-2027");
    assert_eq!(c.catalogue.categories, ["A", "C"]);
    assert!(c.in_scope("A") && !c.in_scope("B"));
    assert_eq!(c.field("sector").unwrap().choice("telecom").unwrap().label.get_code("fr"), "Télécommunications");
    assert_eq!(c.text_lang("fr"), "fr");
    assert_eq!(c.text_lang("ar"), "en", "a language the campaign lacks shows its first language");
    assert!(c.check_catalogue(&builtin()).is_ok());
    assert_eq!(Campaign::parse(&fixture_text("campaign-sample.json")).unwrap().catalogue.categories, ["A", "C"]);
    let sealed = Campaign::parse(&fixture_text("campaign-sealed.json")).unwrap();
    assert_eq!(sealed.public_key.as_ref().unwrap().bits(), 2048);
}

/// Each patch breaks one rule; the reader refuses it naming the place, and so does the schema
/// where a schema can say it (`schema_too` false: only the reader can tell).
#[test]
fn the_reader_refuses_each_broken_rule_and_names_the_place() {
    let v = schema("campaign.schema.json");
    let cases: Vec<Case> = vec![
        ("id", Box::new(|c| c["id"] = json!("APCERT 2027")), true),
        ("colour", Box::new(|c| c["colour"] = json!("red")), true),
        ("languages", Box::new(|c| c["languages"] = json!([])), true),
        ("languages[1]", Box::new(|c| c["languages"] = json!(["en", "en"])), true),
        (
            "name",
            Box::new(|c| {
                c["name"].as_object_mut().unwrap().remove("fr");
            }),
            false,
        ),
        ("name.de", Box::new(|c| c["name"]["de"] = json!("Selbstbewertung")), false),
        ("consent", Box::new(|c| c["consent"]["en"] = json!("   ")), true),
        ("catalogue.categories", Box::new(|c| c["catalogue"]["categories"] = json!([])), true),
        ("catalogue.categories[1]", Box::new(|c| c["catalogue"]["categories"] = json!(["A", "A"])), true),
        ("profile[0].choices", Box::new(|c| c["profile"][0]["choices"] = json!([])), true),
        ("profile[3].choices", Box::new(|c| c["profile"][3]["choices"] = c["profile"][0]["choices"].clone()), true),
        ("profile[1].key", Box::new(|c| c["profile"][1]["key"] = json!("sector")), false),
        ("profile[0].choices[1].key", Box::new(|c| c["profile"][0]["choices"][1]["key"] = json!("telecom")), false),
        ("profile[0].choices[0].key", Box::new(|c| c["profile"][0]["choices"][0]["key"] = json!("Tele com")), true),
        ("profile[0].kind", Box::new(|c| c["profile"][0]["kind"] = json!("number")), true),
        ("asks[1]", Box::new(|c| c["asks"] = json!(["notes", "notes"])), true),
        ("asks[0]", Box::new(|c| c["asks"] = json!(["email"])), true),
        ("deadline", Box::new(|c| c["deadline"] = json!("2027-02-30")), false),
        ("deadline", Box::new(|c| c["deadline"] = json!("31/03/2027")), true),
        ("public_key.kty", Box::new(|c| c["public_key"] = json!({"kty": "EC", "n": "AQAB", "e": "AQAB"})), true),
        ("public_key.n", Box::new(|c| c["public_key"] = json!({"kty": "RSA", "n": "AQAB", "e": "AQAB"})), true),
    ];
    for (at, patch, schema_too) in cases {
        let mut value = sample_value();
        patch(&mut value);
        let err = Campaign::parse(&value.to_string()).expect_err(at);
        match &err {
            CampaignError::Invalid { at: found, .. } => assert_eq!(found, at, "{err}"),
            other => panic!("{at}: {other:?}"),
        }
        assert!(err.to_string().starts_with(&x1060_core::json::place(at)), "{err}");
        if schema_too {
            assert!(!v.is_valid(&value), "{at}: the schema should refuse it too");
        }
    }
}

#[test]
fn files_that_are_not_campaigns_get_a_clear_reason() {
    let mut private = serde_json::from_str::<Value>(&fixture_text("campaign-sealed.json")).unwrap();
    private["public_key"]["d"] = json!("AQAB");
    let err = Campaign::parse(&private.to_string()).unwrap_err();
    assert!(err.to_string().contains("private key"), "{err}");
    let mut newer = sample_value();
    newer["schema"] = json!(2);
    for (text, code) in [
        ("{", "not-json"),
        (r#"{"format":"x1060-assessment","schema":1}"#, "not-a-campaign"),
        (&newer.to_string(), "newer-schema"),
        (&fixture_text("campaign-sample.json").replacen("\"id\"", "\"id\": \"x\", \"id\"", 1), "not-json"),
    ] {
        assert_eq!(Campaign::parse(text).unwrap_err().code(), code, "{text:.60}");
    }
    assert_eq!(Campaign::parse_bytes(&vec![b' '; MAX_BYTES + 1]).unwrap_err().code(), "too-large");
    assert_eq!(Campaign::parse_bytes(b"\xff\xfe{\x00").unwrap_err().code(), "not-utf8");
    assert_eq!(Campaign::parse_bytes(b"{\"a\": \"\xc3\"}").unwrap_err().code(), "not-utf8");
    // With a byte order mark, as Windows Notepad saves it.
    assert!(Campaign::parse(&format!("\u{feff}{}", fixture_text("campaign-sample.json"))).is_ok());
}

#[test]
fn a_campaign_for_another_catalogue_or_category_is_named() {
    let c = builtin();
    let mut other = sample();
    other.catalogue.version = "2031.1".into();
    assert_eq!(other.check_catalogue(&c), Err(CatalogueMismatch::OtherVersion { version: "2031.1".into() }));
    other.catalogue.version = c.version.clone();
    other.catalogue.categories.push("Z".into());
    assert_eq!(other.check_catalogue(&c), Err(CatalogueMismatch::UnknownCategory { id: "Z".into() }));
}

// --- the submission ------------------------------------------------------------------------

/// Worked by hand: the campaign covers A and C and asks for names and notes. The participant
/// shares nothing: the file has A-1, A-2 and C-2 (not B-1), levels and priorities, the banded
/// profile as keys, and not one of the names, owners, evidence, notes or reasons.
#[test]
fn a_submission_without_sharing_holds_the_answers_in_scope_and_nothing_that_names() {
    let s = build(&assessment(), None, &sample(), &builtin(), &choices(&[]), "2027-02-01").unwrap();
    let text = s.file_text(true).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v,
        json!({
            "format": "x1060-submission", "schema": 1, "app_version": x1060_core::APP_VERSION,
            "campaign": "apcert-2027", "date": "2027-02-01",
            "catalogue": { "id": "x1060-builtin", "version": builtin().version },
            "categories": ["A", "C"], "consent": "ja", "shared": [],
            "profile": { "sector": "telecom", "size": "250-999", "city": "Osaka" },
            "services": {
                "A-1": { "need": "needed", "delivery": "in_house", "current": 2, "target": 3, "priority": "high" },
                "A-2": { "need": "not_needed" },
                "C-2": { "need": "needed", "delivery": "shared", "current": 3, "target": 4 }
            }
        })
    );
    for word in ["ACME", "Aiko", "baseline", "Telco", "Japan", "600", "runbook", "Night", "parent", "B-1"] {
        assert!(!text.contains(word), "{word} must not be in the file");
    }
    assert_eq!(s.file_name(), "x1060-submission-apcert-2027-2027-02-01.json");
    assert_eq!(errors(&schema("submission.schema.json"), &v), Vec::<String>::new());
    assert_eq!(Submission::parse(&text).unwrap(), s);
}

/// The participant agrees to everything: only what the campaign asks (names, notes) is added;
/// owners, evidence, reasons and the assessor stay out although ticked.
#[test]
fn only_what_the_campaign_asks_and_the_participant_agrees_to_is_shared() {
    let s = build(&assessment(), Some("uid-123"), &sample(), &builtin(), &choices(&Extra::ALL), "2027-02-01").unwrap();
    assert_eq!(s.shared, [Extra::Names, Extra::Notes]);
    let v = s.value();
    assert_eq!(v["names"], json!({ "organisation": "ACME Telecom", "assessment": "2027 baseline" }));
    assert_eq!(v["services"]["A-1"]["note"], "Night shift is outsourced");
    assert_eq!(v["assessment_uid"], "uid-123");
    for absent in ["owner", "evidence"] {
        assert!(v["services"]["A-1"].get(absent).is_none(), "{absent}");
    }
    assert!(v["services"]["A-2"].get("reason").is_none());
    assert!(v.get("assessor").is_none());
    assert_eq!(errors(&schema("submission.schema.json"), &v), Vec::<String>::new());
    // Only notes, of the two asked.
    let s = build(&assessment(), None, &sample(), &builtin(), &choices(&[Extra::Notes, Extra::Owners]), "2027-02-01")
        .unwrap();
    assert_eq!(s.shared, [Extra::Notes]);
    assert!(s.names.is_none());
    // A campaign that asks for everything gets everything the participant ticks.
    let mut all = sample();
    all.asks = Extra::ALL.to_vec();
    let s = build(&assessment(), None, &all, &builtin(), &choices(&[Extra::Assessor, Extra::Reasons]), "2027-02-01")
        .unwrap();
    assert_eq!(s.assessor.as_deref(), Some("Aiko Sato"));
    assert_eq!(s.services["A-2"].reason, "Done by ACME's parent");
    assert!(s.services["A-1"].note.is_empty());
}

#[test]
fn the_preview_is_the_file_field_by_field() {
    let s = build(&assessment(), None, &sample(), &builtin(), &choices(&[Extra::Notes]), "2027-02-01").unwrap();
    let preview = s.preview();
    let from_file = Preview::of_value(&serde_json::from_str(&s.file_text(true).unwrap()).unwrap());
    assert_eq!(preview, from_file);
    let rows: Vec<(String, String)> = preview.rows.iter().map(|r| (r.dotted(), r.value.clone())).collect();
    assert!(rows.contains(&("profile.sector".into(), "telecom".into())));
    assert!(rows.contains(&("services.A-1.note".into(), "Night shift is outsourced".into())));
    assert!(rows.contains(&("categories".into(), "A, C".into())));
    assert!(rows.contains(&("shared".into(), "notes".into())));
    // A-1: need, delivery, current, target, priority, note; A-2: need; C-2: four.
    assert_eq!(preview.section("services").count(), 11);
    assert!(!rows.iter().any(|(k, _)| k.starts_with("services.B-")));
}

#[test]
fn a_submission_is_refused_with_a_reason_when_it_cannot_be_made() {
    let (a, c, cat) = (assessment(), sample(), builtin());
    let with = |k: &str, v: &str| {
        let mut ch = choices(&[]);
        ch.profile.insert(k.into(), v.into());
        ch
    };
    let cases = [
        (with("sector", "Telco"), "2027-02-01", "not-in-list"),
        (with("sector", "  "), "2027-02-01", "missing-field"),
        (with("city", &"x".repeat(201)), "2027-02-01", "too-long"),
        (with("email", "a@b"), "2027-02-01", "unknown-field"),
        (choices(&[]), "1 Feb 2027", "bad-date"),
    ];
    for (ch, date, code) in cases {
        assert_eq!(build(&a, None, &c, &cat, &ch, date).unwrap_err().code(), code);
    }
    // Only B answered: nothing in scope.
    let mut only_b = Assessment::new(&cat, T);
    answer(&mut only_b, "B-1", Some(Delivery::InHouse), Some(1), None, None);
    assert_eq!(build(&only_b, None, &c, &cat, &choices(&[]), "2027-02-01").unwrap_err(), SubmissionError::NoAnswers);
    // Made with another catalogue version.
    let mut old = a.clone();
    old.catalogue.version = "2025.1".into();
    assert_eq!(build(&old, None, &c, &cat, &choices(&[]), "2027-02-01").unwrap_err().code(), "other-catalogue");
    // No file without consent.
    let s = build(&a, None, &c, &cat, &choices(&[]), "2027-02-01").unwrap();
    assert_eq!(s.file_text(false).unwrap_err(), SubmissionError::NoConsent);
    // Optional fields left empty are left out.
    let mut ch = choices(&[]);
    ch.profile.remove("size");
    ch.profile.remove("city");
    let s = build(&a, None, &c, &cat, &ch, "2027-02-01").unwrap();
    assert_eq!(s.profile.keys().collect::<Vec<_>>(), ["sector"]);
}

#[test]
fn the_submission_reader_and_schema_refuse_what_was_not_shared() {
    let v = schema("submission.schema.json");
    let s = build(&assessment(), None, &sample(), &builtin(), &choices(&[]), "2027-02-01").unwrap();
    let base = s.value();
    let cases: Vec<Case> = vec![
        ("services.A-1.note", Box::new(|x| x["services"]["A-1"]["note"] = json!("hidden")), false),
        ("names", Box::new(|x| x["names"] = json!({"organisation": "ACME"})), true),
        ("assessor", Box::new(|x| x["assessor"] = json!("Aiko")), true),
        ("date", Box::new(|x| x["date"] = json!("2027-2-1")), true),
        ("campaign", Box::new(|x| x["campaign"] = json!("A B")), true),
        ("services.A-1.current", Box::new(|x| x["services"]["A-1"]["current"] = json!(6)), true),
        ("email", Box::new(|x| x["email"] = json!("a@b")), true),
    ];
    for (at, patch, schema_too) in cases {
        let mut value = base.clone();
        patch(&mut value);
        let err = Submission::parse(&value.to_string()).expect_err(at);
        assert!(matches!(err, SubmissionError::Invalid { .. }), "{at}: {err:?}");
        if schema_too {
            assert!(!v.is_valid(&value), "{at}: the schema should refuse it too");
        }
    }
    assert_eq!(Submission::parse(&fixture_text("schema1-full.json")).unwrap_err().code(), "not-a-submission");
}

#[test]
fn a_submission_becomes_an_assessment_without_names_for_the_workbench() {
    let s = build(&assessment(), None, &sample(), &builtin(), &choices(&Extra::ALL), "2027-02-01").unwrap();
    let a = s.to_assessment();
    assert_eq!(a.profile.sector, "telecom");
    assert_eq!(a.profile.size, "250-999");
    assert!(a.profile.organisation.is_empty() && a.name.is_empty());
    assert_eq!(a.services.keys().collect::<Vec<_>>(), ["A-1", "A-2", "C-2"]);
}

// --- the sealed envelope -------------------------------------------------------------------

#[test]
fn a_sealed_envelope_reads_back_and_matches_its_schema() {
    let v = schema("sealed.schema.json");
    let (key, iv, ct) = (vec![7u8; 256], vec![1u8; 12], vec![9u8; 100]);
    let e = Envelope::new("apcert-2027", Some("k1"), &key, &iv, &ct);
    let text = e.encode();
    assert_eq!(errors(&v, &serde_json::from_str(&text).unwrap()), Vec::<String>::new());
    assert!(sealed::is_sealed(&text));
    assert!(!sealed::is_sealed(&fixture_text("campaign-sample.json")));
    let o = sealed::open(&text).unwrap();
    assert_eq!((o.wrapped_key, o.iv, o.ciphertext), (key, iv, ct));
    assert_eq!(Envelope::file_name("apcert-2027", "2027-02-01"), "x1060-submission-apcert-2027-2027-02-01.sealed.json");
    let base: Value = serde_json::from_str(&text).unwrap();
    for (at, patch) in [
        ("iv", json!({"iv": "AAAA"})),
        ("alg", json!({"alg": "RSA1_5"})),
        ("wrapped_key", json!({"wrapped_key": "AAAA"})),
        ("ciphertext", json!({"ciphertext": "not base64!"})),
    ] {
        let mut value = base.clone();
        for (k, x) in patch.as_object().unwrap() {
            value[k] = x.clone();
        }
        match sealed::open(&value.to_string()) {
            Err(sealed::SealedError::Invalid { at: found, .. }) => assert_eq!(found, at),
            other => panic!("{at}: {other:?}"),
        }
        assert!(!v.is_valid(&value) || at == "wrapped_key", "{at}");
    }
}

#[test]
fn the_participants_copy_shows_every_field_and_carries_the_file() {
    use x1060_core::campaign::submission::{row_meaning, summary_html, SUMMARY_EMBED_ID};
    use x1060_core::i18n::Lang;
    let (c, cat) = (sample(), builtin());
    let s = build(&assessment(), None, &c, &cat, &choices(&[Extra::Notes]), "2027-02-01").unwrap();
    let rows = s.preview().rows;
    let sector = rows.iter().find(|r| r.dotted() == "profile.sector").unwrap();
    assert_eq!(row_meaning(sector, &c, &cat, "fr"), "Secteur — Télécommunications");
    let a1 = rows.iter().find(|r| r.dotted() == "services.A-1.current").unwrap();
    assert_eq!(row_meaning(a1, &c, &cat, "en"), cat.services[0].title.get_code("en"));
    let h = summary_html(&s, &c, &cat, Lang::Ja, x1060_core::campaign::text::text(Lang::Ja));
    assert!(h.contains("<html lang=\"ja\""));
    assert!(h.contains("CDC 自己評価 2027"));
    for r in &rows {
        assert!(h.contains(&format!("<code>{}</code>", r.dotted())), "{}", r.dotted());
    }
    assert!(!h.contains("<script>") && !h.contains("src=") && !h.contains("href="));
    let open = format!("<script type=\"application/json\" id=\"{SUMMARY_EMBED_ID}\">");
    let start = h.find(&open).unwrap() + open.len();
    let end = start + h[start..].find("</script>").unwrap();
    let embedded: Value = serde_json::from_str(&h[start..end]).unwrap();
    assert_eq!(embedded, s.value());
}

// --- the workbench's intake ----------------------------------------------------------------

#[test]
fn the_workbench_counts_plain_submissions_and_names_what_keeps_a_sealed_one_out() {
    use x1060_core::cohort::intake::{intake, intake_opened, Opening, Returned};
    use x1060_core::cohort::GroupBy;
    let cat = builtin();
    let s = build(&assessment(), None, &sample(), &cat, &choices(&[]), "2027-02-01").unwrap();
    let plain = s.file_text(true).unwrap();
    let sealed = Envelope::new("apcert-2027", None, &[7u8; 256], &[1u8; 12], &[9u8; 100]).encode();
    let files = [
        Returned { name: "plain.json", bytes: plain.as_bytes() },
        Returned { name: "sealed-1.json", bytes: sealed.as_bytes() },
        Returned { name: "sealed-2.json", bytes: sealed.as_bytes() },
        Returned { name: "sealed-3.json", bytes: sealed.as_bytes() },
        Returned { name: "sealed-4.json", bytes: sealed.as_bytes() },
    ];
    let codes = |rows: &[x1060_core::cohort::intake::IntakeRow]| rows.iter().map(|r| r.codes()).collect::<Vec<_>>();
    let got = intake(&files, &cat);
    assert_eq!(codes(&got.rows), [vec![], vec!["sealed"], vec!["sealed"], vec!["sealed"], vec!["sealed"]]);
    let counted = got.counted(&Default::default());
    assert_eq!(counted.len(), 1);
    // Grouped by the closed list's key, never by a free text.
    assert_eq!(GroupBy::Sector.value(&counted[0].profile).as_deref(), Some("telecom"));
    // A second submission, opened from its envelope; the key that does not fit; a changed file.
    let other =
        build(&assessment(), None, &sample(), &cat, &choices(&[]), "2027-02-02").unwrap().file_text(true).unwrap();
    let opened =
        [None, Some(Opening::Opened(other.into_bytes())), Some(Opening::WrongKey), Some(Opening::Tampered), None];
    let got = intake_opened(&files, &opened, &cat);
    assert_eq!(codes(&got.rows), [vec![], vec![], vec!["wrong-key"], vec!["tampered"], vec!["sealed"]]);
    assert_eq!(got.counted(&Default::default()).len(), 2);
    // A broken submission is invalid data, with the reader's reason.
    let broken = plain.replace("\"telecom\"", "42");
    let got = intake(&[Returned { name: "broken.json", bytes: broken.as_bytes() }], &cat);
    assert_eq!(got.rows[0].codes(), ["invalid-data"]);
    assert!(got.rows[0].findings[0].detail.contains("profile.sector"), "{}", got.rows[0].findings[0].detail);
}

// --- the organiser's form ------------------------------------------------------------------

#[test]
fn the_organisers_form_makes_a_campaign_file_that_reads_back() {
    use x1060_core::campaign::draft::{key_for, Draft};
    assert_eq!(key_for("Telecommunications & ICT", 1), "telecommunications-ict");
    assert_eq!(key_for("250 to 999", 2), "250-to-999");
    assert_eq!(key_for("金融", 3), "v3");
    let cat = builtin();
    let d = Draft {
        lang: "ja".into(),
        id: "jp-cdc-2027".into(),
        name: "CDC 自己評価 2027".into(),
        organiser: "地域 CERT".into(),
        consent: "同意します。".into(),
        deadline: "2027-03-31".into(),
        catalogue_id: cat.id.clone(),
        catalogue_version: cat.version.clone(),
        edition: cat.edition.clone(),
        categories: vec!["A".into(), "D".into()],
        lists: vec![
            ("sector".into(), "業種".into(), "金融\n電気通信\n\n IT \nIt".into()),
            ("region".into(), "地域".into(), "".into()),
        ],
        assessment_type: Some(("評価の種類".into(), ["自己評価".into(), "ピアレビュー".into(), "第三者評価".into()])),
        asks: vec![Extra::Notes],
    };
    let sealed = Campaign::parse(&fixture_text("campaign-sealed.json")).unwrap().public_key;
    let c = d.campaign(sealed).unwrap();
    assert_eq!(c.profile.len(), 2, "a list without values is not asked");
    let keys: Vec<&str> = c.profile[0].choices.iter().map(|ch| ch.key.as_str()).collect();
    assert_eq!(keys, ["v1", "v2", "it", "it-4"]);
    assert_eq!(
        c.profile[1].choices.iter().map(|ch| ch.key.as_str()).collect::<Vec<_>>(),
        ["self", "peer", "third_party"]
    );
    assert!(c.check_catalogue(&cat).is_ok());
    let v: Value = serde_json::from_str(&c.encode()).unwrap();
    assert_eq!(errors(&schema("campaign.schema.json"), &v), Vec::<String>::new());
    // A bad id or date is refused with the place, as for any campaign file.
    let bad = Draft { id: "JP CDC".into(), ..d.clone() };
    assert!(matches!(bad.campaign(None), Err(CampaignError::Invalid { at, .. }) if at == "id"));
    let bad = Draft { deadline: "".into(), ..d };
    assert!(matches!(bad.campaign(None), Err(CampaignError::Invalid { at, .. }) if at == "deadline"));
}
