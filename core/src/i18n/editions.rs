//! The list of the catalogue change's strings (editions view and preview): one constant per
//! language in `i18n/<code>/editions.rs` (`crate::edition::text` reads them).

/// Every string of a catalogue change in one language. Fields that take values are functions.
#[derive(Debug)]
pub struct EdText {
    pub ed_heading: &'static str,
    /// The assessment's catalogue, the catalogue in use.
    pub ed_intro: fn(&str, &str) -> String,
    pub ed_old_unknown: &'static str,
    pub ed_mapped: &'static str,
    /// A mapping of the catalogue file that is not used, and why.
    pub ed_bad_mapping: fn(&str) -> String,
    /// Answers that keep their service, wait for review, are kept aside.
    pub ed_summary: fn(usize, usize, usize) -> String,
    pub ed_nothing_touched: &'static str,
    pub ed_col_before: &'static str,
    pub ed_col_answer: &'static str,
    pub ed_col_after: &'static str,
    pub ed_renamed: &'static str,
    pub ed_moved: &'static str,
    pub ed_same: &'static str,
    pub ed_aside: &'static str,
    pub ed_review_for_none: &'static str,
    pub ed_to_review: &'static str,
    pub ed_apply: &'static str,
    pub ed_apply_help: &'static str,
    pub ed_not_now: &'static str,
    pub ed_review_heading: &'static str,
    pub ed_review_intro: &'static str,
    /// The service and catalogue an answer was given to.
    pub ed_given_to: fn(&str, &str) -> String,
    pub ed_proposed: &'static str,
    pub ed_why: &'static str,
    pub ed_service_label: &'static str,
    pub ed_no_service: &'static str,
    pub ed_confirm: &'static str,
    pub ed_answered_already: &'static str,
    pub ed_none_left: &'static str,
    pub ed_title_unknown: &'static str,
    pub ed_why_provisional_id: &'static str,
    pub ed_why_renamed: &'static str,
    pub ed_why_moved: &'static str,
    pub ed_why_split: &'static str,
    pub ed_why_merged: &'static str,
    pub ed_why_removed: &'static str,
}
