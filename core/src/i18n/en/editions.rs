//! The catalogue change's strings in this language (they travel with the editions part).

use crate::i18n::editions::EdText;

pub const TEXT: EdText = EdText {
    ed_heading: "Catalogue change",
    ed_intro: |from, to| {
        format!("This assessment was made with the catalogue {from}. The catalogue in use is {to}. Nothing changes until you apply the change. First check where each answer goes.")
    },
    ed_old_unknown: "This app does not have the catalogue the assessment was made with. So no service id is known to be the same service: every answer on a service with the same id waits for your review.",
    ed_mapped: "The catalogue says how its services relate to the old ones (a mapping). The table follows it.",
    ed_bad_mapping: |detail| format!("A mapping in the catalogue file is not used, because it has an error: {detail}"),
    ed_summary: |kept, review, aside| {
        format!("Answers that keep their service: {kept}. Answers to review: {review}. Answers kept aside: {aside}.")
    },
    ed_nothing_touched: "No answer changes its service.",
    ed_col_before: "In the old catalogue",
    ed_col_answer: "Answer",
    ed_col_after: "In the catalogue in use",
    ed_renamed: "Same service, new title",
    ed_moved: "Same service, new id",
    ed_same: "Same service",
    ed_aside: "Kept aside: this service is not in the catalogue in use",
    ed_review_for_none: "No service is proposed",
    ed_to_review: "To review",
    ed_apply: "Apply the change",
    ed_apply_help: "A backup of the assessment is kept first. Answers to review count in no figure until you confirm them.",
    ed_not_now: "Not now",
    ed_review_heading: "Answers to review",
    ed_review_intro: "These answers were given with another catalogue. It is not certain which service they belong to. They count in no figure until you confirm them for a service.",
    ed_given_to: |service, catalogue| format!("Given to {service} in the catalogue {catalogue}"),
    ed_proposed: "Proposed service",
    ed_why: "Why",
    ed_service_label: "Confirm for this service",
    ed_no_service: "Choose a service",
    ed_confirm: "Confirm",
    ed_answered_already: "This service already has an answer. Choose another service, or clear that answer first.",
    ed_none_left: "No answer waits for review.",
    ed_title_unknown: "title not known",
    ed_why_provisional_id: "Only the id matches, and it is provisional in one of the catalogues.",
    ed_why_renamed: "The service has a new title, and the new title is provisional.",
    ed_why_moved: "The service has a new id, and its title is provisional.",
    ed_why_split: "The service became several services.",
    ed_why_merged: "Several services became one.",
    ed_why_removed: "The service was removed, and its id now names another service.",
};
