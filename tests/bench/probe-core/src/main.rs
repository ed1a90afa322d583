//! Exports the domain's start-up work so that the benchmark page can time it from JavaScript.

use wasm_bindgen::prelude::*;
use x1060_core::catalogue::{Catalogue, BUILTIN_JSON};

/// Reads and validates the built-in catalogue, as the app does at start; returns its service count.
#[wasm_bindgen]
pub fn parse_builtin() -> u32 {
    Catalogue::parse(BUILTIN_JSON).map(|c| c.services.len() as u32).unwrap_or(0)
}

/// The size of the built-in catalogue file, in bytes.
#[wasm_bindgen]
pub fn builtin_bytes() -> u32 {
    BUILTIN_JSON.len() as u32
}

fn main() {}
