//! Shared by the test files: fixtures, the catalogue, and the hostile corpus.
#![allow(dead_code)]

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::{Edit, TextField};
use x1060_core::model::{Assessment, Delivery, Level, Need, Priority, ProfileField};
use x1060_core::save;

pub const T: &str = "2026-11-25T10:00:00.000Z";

pub fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

pub fn fixture(name: &str) -> Assessment {
    save::decode(&fixture_text(name)).unwrap()
}

pub fn builtin() -> Catalogue {
    Catalogue::builtin()
}

/// Answers one service: needed, with the given delivery, current and target level and priority.
pub fn answer(
    a: &mut Assessment,
    id: &str,
    d: Option<Delivery>,
    current: Option<u8>,
    target: Option<u8>,
    p: Option<Priority>,
) {
    let s = x1060_core::ids::ServiceId::from(id);
    a.apply(Edit::SetNeed { service: s.clone(), need: Some(Need::Needed) }, T);
    a.apply(Edit::SetDelivery { service: s.clone(), delivery: d }, T);
    a.apply(Edit::SetCurrent { service: s.clone(), level: current.and_then(Level::new) }, T);
    a.apply(Edit::SetTarget { service: s.clone(), level: target.and_then(Level::new) }, T);
    a.apply(Edit::SetPriority { service: s, priority: p }, T);
}

pub fn not_needed(a: &mut Assessment, id: &str) {
    a.apply(Edit::SetNeed { service: id.into(), need: Some(Need::NotNeeded) }, T);
}

/// Text that has broken other tools' files: markup, script ends, formulas, quotes, separators,
/// line ends, and scripts other than Latin.
pub const HOSTILE: &[&str] = &[
    "</script><script>alert(1)</script>",
    "</SCRIPT >after",
    "<img src=x onerror=alert(2)>",
    "<!-- not a comment",
    "<svg onload=alert(3)>",
    "\"double\" and 'single' & ampersand &amp;",
    "=HYPERLINK(\"evil.example\",\"click\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "comma, \"quote\"\r\nCRLF and\nLF",
    "日本語のメモ：「引用」、カンマ,あり",
    "emoji 🔒 and right-to-left שלום",
    "line\u{2028}separator and zero\u{200b}width",
    "]]> {{7*7}} ${x}",
];

/// An assessment with hostile text in every free-text field, on several services.
pub fn hostile_assessment() -> Assessment {
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    let h = |i: usize| HOSTILE[i % HOSTILE.len()].to_string();
    a.apply(Edit::SetName(h(0)), T);
    for (k, f) in ProfileField::ALL.into_iter().enumerate() {
        a.apply(Edit::SetProfile { field: f, value: h(k + 1) }, T);
    }
    for (k, s) in c.services.iter().take(HOSTILE.len()).enumerate() {
        if k % 3 == 2 {
            not_needed(&mut a, &s.id);
            a.apply(Edit::SetText { service: s.id.clone(), field: TextField::Reason, value: h(k) }, T);
        } else {
            answer(&mut a, &s.id, Some(Delivery::Shared), Some(1), Some(3), Some(Priority::High));
        }
        for (j, f) in [TextField::Owner, TextField::Evidence, TextField::Note].into_iter().enumerate() {
            a.apply(Edit::SetText { service: s.id.clone(), field: f, value: h(k + j) }, T);
        }
    }
    // An answer kept for a service the catalogue lacks, with hostile text too.
    answer(&mut a, "Z-9", Some(Delivery::InHouse), Some(2), None, None);
    a.apply(Edit::SetText { service: "Z-9".into(), field: TextField::Note, value: h(0) }, T);
    a
}
