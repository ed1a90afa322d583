//! The X.1060 self-assessment web app: a Yew front end over the `x1060-core` domain.
//!
//! `App` is one widget. Pages load `x1060-widget.js`, which calls [`embed::mount_all`] to mount one
//! into every `[data-x1060-widget]` element (the standalone page is such a page); tests mount their own.

pub mod boot;
pub mod components;
pub mod config;
pub mod context;
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_screen;
pub mod parts;
pub mod persist;
pub mod platform;
pub mod state;

pub use components::app::{App, AppProps};
pub use config::AppConfig;
