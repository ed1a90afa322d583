//! Domain of the X.1060 cyber defence centre self-assessment.
//!
//! Everything here is plain Rust with no browser dependency, so that `cargo test` checks it on the
//! host in seconds: the catalogue, the answers and how they change, progress, the save format, the
//! evaluations of our method and the text of every file a user downloads.

pub mod campaign;
pub mod catalogue;
pub mod cohort;
pub mod compare;
pub mod edit;
pub mod edition;
pub mod error_text;
pub mod eval;
pub mod i18n;
pub mod ids;
pub mod import;
pub mod json;
pub mod lang;
pub mod library;
pub mod model;
pub mod present;
pub mod progress;
pub mod redact;
pub mod report;
pub mod save;
/// The schema migrations of the save format, a part of [`save`].
pub use save::migrate;
pub mod stored;
pub mod sync;

/// Version of the application, written into every saved file and report.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Version of the assessment method (../docs/method.md), written into every report.
pub const METHOD_VERSION: &str = "1.0";
