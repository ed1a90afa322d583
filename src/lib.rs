//! The X.1060 self-assessment web app: a Yew front end over the `x1060-core` domain.
//!
//! `App` is one widget. The standalone page mounts one into `#x1060-app`; tests mount their own.

pub mod boot;
pub mod components;
pub mod config;
pub mod context;
pub mod platform;
pub mod state;

use std::rc::Rc;

pub use components::app::{App, AppProps};
pub use config::AppConfig;

/// Mounts the app into the standalone page's `#x1060-app` element (or `<body>` without one).
pub fn start_standalone() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let props = AppProps { config: Rc::new(AppConfig::default()) };
    match document.get_element_by_id("x1060-app") {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
