//! Mounting the widget into host pages: every `[data-x1060-widget]` element gets a shadow root
//! holding the widget's own stylesheet and the app, so that host CSS cannot break the widget and
//! the widget's CSS cannot touch the host.
//!
//! Data attributes of the element configure it:
//! - `data-lang="ja"`: the language to start in (the user's own later choice wins);
//! - `data-namespace="cert-example"`: prefix of its storage keys (default `x1060`); a value that
//!   is not a valid namespace gets a distinct namespace derived from it (see
//!   [`crate::config::namespace_for`]) and a warning in the console;
//! - `data-categories="B,D"`: show only these categories;
//! - `data-catalogue="catalogues/national.json"`: a catalogue file on the page's own origin;
//! - `data-campaign="campaigns/2027.json"`: a campaign file on the page's own origin
//!   (docs/campaigns.md): its categories only, its profile fields, its submission file;
//! - `data-x1060-standalone`: the element is the whole page (the app uses a `<main>` landmark).
//!
//! Theme: set `--x1060-accent`, `--x1060-text`, `--x1060-bg`, `--x1060-font` (etc.) on the element.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use x1060_core::i18n::Lang;
use x1060_core::ids::CategoryId;

use crate::components::app::{App, AppProps};
use crate::config::AppConfig;

/// Attribute set on an element once the widget is mounted in it.
const MOUNTED: &str = "data-x1060-mounted";
/// Attribute set on the app's root once its stylesheet has loaded (or failed).
const STYLED: &str = "data-x1060-styled";

/// The first screen the loader shows in the shadow root that holds `el`, if it is there.
fn first_screen_beside(el: &web_sys::Element) -> Option<web_sys::Element> {
    let shadow = el.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok()?;
    shadow.query_selector("[data-x1060-first]").ok().flatten()
}

/// Shows the app's root once its stylesheet is settled and the loader's first screen is gone.
fn reveal(root: &web_sys::Element) {
    if root.has_attribute(STYLED) && first_screen_beside(root).is_none() {
        let _ = root.remove_attribute("hidden");
    }
}

/// Reads a widget's configuration from its data attributes.
pub fn config_from(el: &web_sys::Element, index: u32) -> AppConfig {
    let attr = |name: &str| el.get_attribute(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let (namespace, derived) = crate::config::namespace_for(attr("data-namespace").as_deref());
    if derived {
        crate::platform::console_warn(&format!(
            "X.1060 widget: data-namespace is not 1 to {} letters, digits, '-', '_' or '.'; its data is kept under \"{namespace}/\" instead, which no other value shares.",
            crate::config::MAX_NAMESPACE
        ));
    }
    let categories = attr("data-categories").map(|v| {
        v.split([',', ' ']).map(|c| c.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()).collect::<Vec<_>>()
    });
    let categories = categories.filter(|c| !c.is_empty());
    AppConfig {
        namespace,
        lang: attr("data-lang").as_deref().and_then(Lang::from_code),
        categories: categories.clone().map(|c| c.into_iter().map(CategoryId::from).collect()),
        requested_categories: categories,
        id_prefix: format!("x1060w{index}"),
        standalone: el.has_attribute("data-x1060-standalone"),
        catalogue_url: attr("data-catalogue"),
        campaign_url: attr("data-campaign"),
        campaign_categories: None,
    }
}

/// Mounts the widget into every `[data-x1060-widget]` element not yet mounted, with the
/// stylesheet at `css_href`. Returns how many were mounted. Never throws.
#[wasm_bindgen]
pub fn mount_all(css_href: String) -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return 0 };
    let Ok(list) = document.query_selector_all("[data-x1060-widget]") else { return 0 };
    let mut mounted = 0;
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        if el.has_attribute(MOUNTED) {
            continue;
        }
        if mount_one(&document, &el, &css_href, i).is_ok() {
            mounted += 1;
        }
    }
    mounted
}

fn mount_one(document: &web_sys::Document, host: &web_sys::Element, css_href: &str, index: u32) -> Result<(), JsValue> {
    // The loader may have made the shadow root already, to show the first screen rendered at
    // build time (src/first_screen.rs) with the stylesheet: then the app joins it.
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    host.set_attribute(MOUNTED, "")?;
    let (link, styled) = match shadow.query_selector("link[rel=stylesheet]")? {
        // The loader marks its link once it has loaded or failed.
        Some(link) => {
            let settled = link.has_attribute("data-x1060-settled");
            (link, settled)
        }
        None => {
            let link = document.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", css_href)?;
            shadow.append_child(&link)?;
            (link, false)
        }
    };
    // The app stays hidden until its stylesheet has loaded (or failed), so it never shows
    // unstyled, and while the loader's first screen is there (the app shows it is gone).
    let root = document.create_element("div")?;
    root.set_attribute("class", "x1060-host")?;
    root.set_attribute("hidden", "")?;
    shadow.append_child(&root)?;
    if styled {
        root.set_attribute(STYLED, "")?;
    }
    // The app lives as long as the page: so do these two listeners.
    for kind in ["load", "error"] {
        let root = root.clone();
        gloo_events::EventListener::once(&link, kind, move |_| {
            let _ = root.set_attribute(STYLED, "");
            reveal(&root);
        })
        .forget();
    }
    reveal(&root);
    let config = config_from(host, index);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { config: Rc::new(config), first_visit: false }).render();
    Ok(())
}

/// Once the live app shows its first screen: removes the first screen the loader showed while the
/// module was on its way (src/first_screen.rs), in the same task, so that the two never show
/// together. Returns the category clicked on it meanwhile, for the app to open.
pub fn take_first_screen(app_root: &web_sys::Element) -> Option<String> {
    let first = first_screen_beside(app_root)?;
    let pending = first.get_attribute("data-x1060-pending");
    match first.parent_element() {
        Some(holder) if holder.get_attribute("class").is_some_and(|c| c.contains("x1060-first-host")) => {
            holder.remove()
        }
        _ => first.remove(),
    }
    if let Some(host) = app_root.parent_element() {
        reveal(&host);
    }
    pending
}
