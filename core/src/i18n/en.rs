//! English.

use super::{LevelText, UiText};

pub const TEXT: UiText = UiText {
    language_name: "English",
    language_label: "Language",
    app_title: "X.1060 cyber defence centre self-assessment",
    app_tagline: "Find out which security services your organisation needs, who delivers them, and how mature they are.",
    skip_link: "Skip to the checklist",

    intro_heading: "What this is",
    intro_what: "ITU-T Recommendation X.1060 is a framework for building and running a cyber defence centre (CDC). A CDC is the security team of an organisation, whatever its name: SOC, CSIRT or other. X.1060 lists the services such a centre can provide, in nine categories.",
    intro_how: "For each service, say if your organisation needs it. If it does, say who delivers it and how mature it is today, on a scale from 0 to 5. You can also set a target level and a priority.",
    intro_get: "At any time, download a summary report for management, or a data file to continue later or on another computer.",
    intro_privacy: "Everything stays in this browser. Nothing is sent anywhere. Each answer is saved at once.",
    intro_method: "The level scale and the calculations are this tool's own method, shown openly. They are not an official X.1060 score.",
    intro_more: "How the levels and delivery options work",
    levels_heading: "Levels",
    delivery_heading: "Delivery",
    delivery_help: "In-house: your own staff do it. Outsourced: an external provider does it. Shared: both. Not delivered yet: nobody does it today.",

    profile_heading: "Your organisation",
    profile_hint: "All fields are optional. They appear in the report.",
    profile_organisation: "Organisation name",
    profile_sector: "Sector",
    profile_size: "Size (staff)",
    profile_country: "Country",
    profile_assessor: "Assessor",
    profile_date: "Assessment date",

    categories_heading: "Categories",
    progress_overall: progress_overall,
    progress_category: progress_category,
    next_unanswered: "Go to the next unanswered service",
    all_answered: "All services are answered. You can download your report.",
    open_category: "Open",
    back_to_overview: "All categories",
    previous_category: "Previous category",
    next_category: "Next category",
    category_label: "Category",

    service_answered: "Answered",
    service_unanswered: "Not answered",
    provisional_marker: "Provisional title",
    provisional_explain: "We could not yet check this title against the text of the Recommendation. It may differ from the official title.",
    need_legend: "Does your organisation need this service?",
    need_needed: "Needed",
    need_not_needed: "Not needed",
    reason_label: "Why is it not needed? (optional)",
    delivery_legend: "Who delivers it?",
    delivery_in_house: "In-house",
    delivery_outsourced: "Outsourced",
    delivery_shared: "Shared",
    delivery_not_yet: "Not delivered yet",
    current_legend: "Current level",
    target_label: "Target level",
    priority_label: "Priority",
    priority_high: "High",
    priority_medium: "Medium",
    priority_low: "Low",
    not_set: "Not set",
    owner_label: "Owner",
    evidence_label: "Evidence",
    note_label: "Note",
    more_details: "Target, priority, owner, evidence and note",
    clear_service: "Clear the answers to this service",
    cancel: "Cancel",
    levels: [
        LevelText { name: "Not performed", meaning: "The service does not exist." },
        LevelText { name: "Initial", meaning: "Done now and then. It depends on individuals. There is no procedure." },
        LevelText { name: "Repeatable", meaning: "Done regularly by a known owner. The procedure is informal." },
        LevelText { name: "Defined", meaning: "There is a documented procedure, assigned roles and trained staff." },
        LevelText { name: "Managed", meaning: "Measured against objectives (metrics, service levels) and reviewed." },
        LevelText { name: "Optimising", meaning: "Improved all the time, based on measurements and lessons learned." },
    ],

    status_saved: "Saved in this browser",
    status_saved_at: status_saved_at,
    status_memory_only: "Not saved: kept on this page only",
    status_save_failed: "Last change not saved",
    notice_storage_unavailable: "This browser does not let the app save here (for example in a private window or inside another site). Your answers stay on this page until you close it. Download the assessment data to keep them.",
    notice_quota: "The browser's storage is full, so your last change was not saved. It is still on this page, and the previous saved copy is safe. Download the assessment data now.",
    notice_corrupt: "Saved data in this browser could not be read. It was kept, unchanged, as a backup, and the app started with an empty assessment. You can download the damaged data for inspection.",
    notice_newer: "The saved assessment was made by a newer version of this app. It was kept, unchanged, and will not be overwritten. This page starts with an empty assessment.",
    download_damaged: "Download the damaged data",
    dismiss: "Dismiss",

    downloads_heading: "Download",
    downloads_intro: "Files are made in your browser. Nothing is uploaded.",
    download_json: "Assessment data (JSON)",
    download_json_help: "To continue later, on another computer, or to keep a backup.",
    download_html: "Summary report (HTML)",
    download_html_help: "To read, print or send to management.",
    download_failed: "The browser refused to create the file.",

    report_title: "X.1060 CDC self-assessment: summary",
    report_generated: "Generated",
    report_progress: "Progress",
    report_by_category: "By category",
    report_services: "All services",
    report_method_note: "Levels and figures follow this tool's own, openly documented method. They are not an official X.1060 score.",
    col_category: "Category",
    col_id: "Id",
    col_service: "Service",
    col_total: "Services",
    col_answered: "Answered",
    col_needed: "Needed",
    col_not_needed: "Not needed",
    col_status: "Status",
    unanswered: "Not answered",
    catalogue_label: "Catalogue",
    method_version_label: "Method version",
    app_version_label: "App version",
    provenance_summary: provenance_summary,
    privacy_footer: "Made in the browser. No data left this computer.",
};

fn progress_overall(done: usize, total: usize) -> String {
    format!("{done} of {total} services answered")
}

fn progress_category(done: usize, total: usize) -> String {
    format!("{done} of {total} answered")
}

fn status_saved_at(time: &str) -> String {
    format!("Saved in this browser at {time}")
}

fn provenance_summary(confirmed: usize, provisional: usize, missing: usize) -> String {
    format!(
        "{confirmed} service titles confirmed, {provisional} provisional (not yet checked against the Recommendation), {missing} of the Recommendation's services not in this catalogue."
    )
}
