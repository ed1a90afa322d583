//! Splits the built-in catalogue (catalogue/builtin.json, the one file that is edited) by language
//! at build time, so that the web app's first download carries English only: the Japanese and
//! French texts travel with their language's interface strings, like the Arabic and Mongolian
//! ones (catalogue/builtin-ar.json). Writes into OUT_DIR:
//! - `builtin-base.json`: the catalogue with its English texts only (`languages: ["en"]`);
//! - `builtin-ja.json`, `builtin-fr.json`: the other texts, in the flat format of
//!   `Catalogue::add_texts` (`"<id>.title"`, `"<id>.description"`, `"<id>.provenance_note"`,
//!   `"source"`).
//!
//! A host test (tests/catalogue.rs) checks that the base with both added is the file itself.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Map, Value};

const SPLIT: [&str; 2] = ["ja", "fr"];
const TEXT_FIELDS: [&str; 3] = ["title", "description", "provenance_note"];

fn main() {
    println!("cargo:rerun-if-changed=catalogue/builtin.json");
    let text = std::fs::read_to_string("catalogue/builtin.json").expect("catalogue/builtin.json");
    let mut catalogue: Value = serde_json::from_str(&text).expect("catalogue/builtin.json is JSON");
    let mut texts: BTreeMap<&str, Map<String, Value>> = SPLIT.iter().map(|l| (*l, Map::new())).collect();
    let take = |map: &mut Value, key: &str, texts: &mut BTreeMap<&str, Map<String, Value>>| {
        if let Some(obj) = map.as_object_mut() {
            for lang in SPLIT {
                if let (Some(v), Some(t)) = (obj.remove(lang), texts.get_mut(lang)) {
                    t.insert(key.to_string(), v);
                }
            }
        }
    };
    let root = catalogue.as_object_mut().expect("an object");
    if let Some(source) = root.get_mut("source") {
        take(source, "source", &mut texts);
    }
    for list in ["categories", "services"] {
        for item in root.get_mut(list).and_then(Value::as_array_mut).into_iter().flatten() {
            let id = item.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
            for field in TEXT_FIELDS {
                if let Some(v) = item.get_mut(field) {
                    take(v, &format!("{id}.{field}"), &mut texts);
                }
            }
        }
    }
    if let Some(Value::Array(langs)) = root.get_mut("languages") {
        langs.retain(|l| !SPLIT.contains(&l.as_str().unwrap_or_default()));
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("builtin-base.json"), serde_json::to_string(&catalogue).expect("JSON")).expect("write");
    for (lang, map) in texts {
        let mut file = Map::new();
        file.insert("format".into(), Value::from("x1060-catalogue-texts"));
        file.insert("language".into(), Value::from(lang));
        file.extend(map);
        std::fs::write(
            out.join(format!("builtin-{lang}.json")),
            serde_json::to_string(&Value::Object(file)).expect("JSON"),
        )
        .expect("write");
    }
}
