//! The views: small function components, one per file, with typed props.

pub mod about;
pub mod app;
pub mod assessments;
pub mod campaign;
pub mod category;
pub mod compare_view;
pub mod downloads;
pub mod editions;
pub mod filepick;
pub mod focus;
pub mod header;
pub mod intro;
pub mod notices;
pub mod overview;
pub mod profile;
pub mod results;
pub mod service;
pub mod status;
pub mod workbench;
