//! Browser unit tests (wasm-bindgen-test in headless Chromium): the app mounts, answers reach
//! real local storage, and bad stored data is kept and reported, never destroyed.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use x1060::{App, AppConfig, AppProps};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn mount(ns: &str) -> (web_sys::Element, yew::AppHandle<App>) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let config = AppConfig {
        namespace: ns.into(),
        id_prefix: ns.into(),
        lang: None,
        categories: None,
        requested_categories: None,
        standalone: false,
        catalogue_url: None,
        campaign_url: None,
        campaign_categories: None,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps { config: Rc::new(config), first_visit: false },
    )
    .render();
    settle().await;
    (root, handle)
}

/// Runs Yew's scheduler until every render and effect queued so far is done (no timers).
async fn settle() {
    yew::scheduler::flush().await;
}

fn click(root: &web_sys::Element, selector: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element {selector}"));
    el.dyn_into::<web_sys::HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn answers_are_saved_to_local_storage() {
    storage().clear().unwrap();
    let (root, handle) = mount("t1").await;
    click(&root, "[data-category=\"B\"] button");
    settle().await;
    click(&root, "[data-service-id=\"B-2\"] input[name=\"t1-svc-B-2-need\"][value=\"0\"]");
    settle().await;
    click(&root, "[data-service-id=\"B-2\"] input[name=\"t1-svc-B-2-delivery\"][value=\"1\"]");
    settle().await;
    click(&root, "[data-service-id=\"B-2\"] input[name=\"t1-svc-B-2-current\"][value=\"3\"]");
    settle().await;
    let index: serde_json::Value =
        serde_json::from_str(&storage().get_item("t1/index").unwrap().expect("index saved")).unwrap();
    let current = index["current"].as_str().expect("an open assessment").to_string();
    let saved = storage().get_item(&format!("t1/a/{current}")).unwrap().expect("saved");
    let (a, _) = x1060_core::save::decode_stored(&saved).unwrap();
    let r = a.record("B-2");
    assert_eq!(r.delivery, Some(x1060_core::model::Delivery::Outsourced));
    assert_eq!(r.current.map(|l| l.value()), Some(3));
    assert!(r.is_answered());
    let badge = root.query_selector("[data-service-id=\"B-2\"] [data-answered]").unwrap().unwrap();
    assert_eq!(badge.get_attribute("data-answered").as_deref(), Some("true"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn corrupt_data_is_backed_up_and_reported() {
    storage().clear().unwrap();
    storage().set_item("t2/assessment", "{ this is not json").unwrap();
    let (root, handle) = mount("t2").await;
    let notice = root.query_selector("[data-notice=\"corrupt\"]").unwrap();
    assert!(notice.is_some(), "corrupt notice shown");
    let backups: Vec<String> = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|k| k.starts_with("t2/backup/"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(storage().get_item(&backups[0]).unwrap().as_deref(), Some("{ this is not json"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn newer_data_is_never_overwritten() {
    storage().clear().unwrap();
    let newer = r#"{"format":"x1060-assessment","schema":9,"catalogue":{"id":"x","version":"1"}}"#;
    storage().set_item("t3/assessment", newer).unwrap();
    let (root, handle) = mount("t3").await;
    assert!(root.query_selector("[data-notice=\"newer-schema\"]").unwrap().is_some());
    click(&root, "[data-category=\"A\"] button");
    settle().await;
    click(&root, "input[name=\"t3-svc-A-1-need\"][value=\"1\"]");
    settle().await;
    assert_eq!(storage().get_item("t3/assessment").unwrap().as_deref(), Some(newer));
    handle.destroy();
}

#[wasm_bindgen_test]
fn domain_builtin_catalogue_loads_in_the_browser() {
    let c = x1060_core::catalogue::Catalogue::builtin();
    assert_eq!(c.services.len(), 58);
}
