//! English.

pub(crate) mod campaign;
pub(crate) mod editions;
pub(crate) mod workbench;

use super::{LevelText, UiText};
use crate::error_text::ErrorText;

pub const TEXT: UiText = UiText {
    // Every screen: the header, the navigation between views, the language menu, parts being fetched, shared buttons.
    language_name: "English",
    language_label: "Language",
    app_title: "X.1060 cyber defence centre self-assessment",
    app_tagline: "Find out which security services your organisation needs, who delivers them, and how mature they are.",
    skip_link: "Skip to the main content",
    nav_label: "Sections",
    nav_checklist: "Checklist",
    nav_results: "Results",
    nav_assessments: "Assessments",
    nav_about: "About",
    nav_workbench: "Workbench",
    nav_campaign: "Campaign",
    part_loading: "Loading this part of the app…",
    part_failed: "This part of the app could not be loaded. Check your connection, then try again. Your answers are saved: nothing is lost.",
    part_retry: "Try again",
    cancel: "Cancel",
    dismiss: "Dismiss",

    // Every screen: saving, notices, other tabs and backups of the open assessment (the status strip).
    status_saved: "Saved in this browser",
    status_saved_at,
    status_memory_only: "Not saved: kept on this page only",
    status_save_failed: "Last change not saved",
    notice_storage_unavailable: "This browser does not let the app save here (for example in a private window or inside another site). Your answers stay on this page until you close it. Download the assessment data to keep them.",
    notice_quota: "The browser's storage is full, so your last change was not saved. It is still on this page, and the previous saved copy is safe. Download the assessment data now.",
    notice_corrupt: "Saved data in this browser could not be read. It was kept, unchanged, as a backup, and the app started with an empty assessment. You can download the damaged data for inspection.",
    notice_newer: "Some saved data was made by a newer version of this app. It is kept unchanged and is never overwritten. Where it is shown, it is read-only: use the newer version of the app to change it.",
    download_damaged: "Download the damaged data",
    notice_language_unavailable: "The language you chose could not be loaded, so the app stays in this language. Check your connection, then choose it again. Your answers are saved.",
    notice_replace_refused: "The open assessment could not be backed up, so the file did not replace it. Nothing was changed. Open the file as a new assessment instead.",
    notice_catalogue_newer: "The catalogue saved in this browser was made by a newer version of this app. It is kept unchanged, and the built-in catalogue is used.",
    notice_prefs_corrupt: "Your saved settings, such as the language, could not be read. They were kept as a backup, and the usual settings are used.",
    notice_prefs_newer: "Your settings were saved by a newer version of this app. They are kept unchanged. Changes you make here, such as the language, are not saved.",
    notice_catalogue_corrupt: "The catalogue saved in this browser could not be read. It was kept as a backup, and the built-in catalogue is used.",
    notice_catalogue_remote: "The catalogue file named by this web site could not be loaded, so the built-in catalogue is used.",
    notice_campaign_remote: "The campaign file named by this web site could not be loaded.",
    categories_unknown,
    ui_fallback,
    read_only_note: "This assessment is read-only: it was saved by a newer version of this app. You can read it and download it, but not change it here.",
    persisted_no: "The browser may delete this data when space runs short or after weeks without a visit. Download a copy from time to time.",
    backup_never: "Not downloaded yet",
    backup_last,
    backup_reminder: "You have changed many answers since your last download. Download the assessment data to keep a copy outside this browser.",
    conflict_heading: "This assessment was also changed in another tab",
    conflict_help,
    keep_mine: "Keep my version",
    take_theirs: "Take the other tab's version",
    keep_both: "Keep both (mine as a copy)",
    deleted_elsewhere: "This assessment was deleted in another tab. You still have it here.",
    keep_it: "Keep it",
    let_it_go: "Discard it",
    newer_elsewhere: "Another tab saved this assessment with a newer version of this app. This tab cannot save it any more. Keep your version as a copy, or discard it.",
    info_updated: "This assessment was changed in another tab. The latest version is shown.",
    info_merged: "Changes made in another tab were added to this assessment. Nothing was lost.",
    info_added: "An assessment was created in another tab. It is in the list of assessments.",
    open_assessment_label: "Open assessment",
    catalogue_mismatch,
    edition_check: "Check the change",

    // Overview: introduction, profile, categories and progress.
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
    progress_overall,
    progress_category,
    all_answered: "All services are answered. You can download your report.",
    to_review_count,
    to_review_open: "Review the answers",

    // A category and its services.
    back_to_overview: "All categories",
    previous_category: "Previous category",
    next_category: "Next category",
    catnav_top: "Categories, top",
    catnav_bottom: "Categories, bottom",
    next_unanswered: "Go to the next unanswered service",
    service_answered: "Answered",
    service_unanswered: "Not answered",
    missing_delivery: "Still to answer: who delivers it",
    missing_current: "Still to answer: current level",
    missing_delivery_current: "Still to answer: who delivers it, current level",
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
    help_delivery_summary: "What do these options mean?",
    current_legend: "Current level",
    help_levels_summary: "What do the levels mean?",
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
    levels: [
        LevelText { name: "Not performed", meaning: "The service does not exist." },
        LevelText { name: "Initial", meaning: "Done occasionally, without a plan. It depends on individuals. There is no procedure." },
        LevelText { name: "Repeatable", meaning: "Done regularly by a known owner. The procedure is informal." },
        LevelText { name: "Defined", meaning: "There is a documented procedure, assigned roles and trained staff." },
        LevelText { name: "Managed", meaning: "Measured against objectives (metrics, service levels) and reviewed." },
        LevelText { name: "Optimising", meaning: "Improved continuously, based on measurements and lessons learned." },
    ],

    // Results: figures, charts, improvement plan and downloads (the page and the summary report).
    decimal_separator: '.',
    list_separator: ", ",
    item_separator: "; ",
    label_value,
    ratio,
    percent,
    in_brackets,
    not_applicable: "Not applicable",
    not_applicable_short: "n/a",
    overall_label: "Overall",
    how_calculated: "How is this calculated?",
    headline_heading: "Key figures",
    eval_catalogue_heading: "Catalogue evaluation: what the centre covers",
    eval_profile_heading: "Profile evaluation: how mature the services are",
    eval_portfolio_heading: "Portfolio evaluation: who delivers the services",
    plan_heading: "Improvement plan",
    plan_empty: "No needed service has a target level above its current level.",
    col_undecided: "Not answered",
    col_delivered: "Delivered",
    col_coverage: "Coverage",
    col_assessed: "Needed services with a level",
    col_avg_current: "Average current level",
    col_avg_target: "Average target level",
    col_gap: "Average gap to target",
    col_delivery_unanswered: "Delivery not answered",
    col_share_outsourced: "% outsourced",
    col_share_shared: "% shared",
    col_rank: "Rank",
    col_reason: "Reason not needed",
    col_plan_count: "Services on the improvement plan",
    col_service_gap: "Gap",
    formula_needed: "Number of services marked needed.",
    formula_not_needed: "Number of services marked not needed.",
    formula_undecided: "Number of services not answered yet. A service is answered when it is marked not needed, or when it is needed and has a delivery and a current level.",
    formula_delivered: "Number of needed services delivered in-house, outsourced or shared.",
    formula_coverage: "Coverage = delivered ÷ needed. A needed service that is not delivered yet, or whose delivery is not answered, counts as not delivered.",
    formula_avg_current: "Average of the current levels of the needed services that have a current level.",
    formula_avg_target: "Average of the target levels of the needed services that have both a current and a target level.",
    formula_gap: "For each needed service with both a current and a target level: target minus current, or 0 when the current level already meets or exceeds the target. The figure is the average of these values. A service above its target does not make up for another one below its target.",
    formula_in_house: "Number of needed services delivered by your own staff.",
    formula_outsourced: "Number of needed services delivered by an external provider.",
    formula_shared: "Number of needed services delivered partly in-house and partly by an external provider.",
    formula_not_yet: "Number of needed services that nobody delivers yet.",
    formula_delivery_unanswered: "Number of needed services without a delivery answer.",
    formula_share_outsourced: "% outsourced = outsourced ÷ needed services with a delivery answer (in-house, outsourced, shared or not delivered yet). Shared services are not counted as outsourced, not even in part: their share is shown on its own.",
    formula_share_shared: "% shared = shared ÷ needed services with a delivery answer.",
    formula_plan: "Needed services whose target level is above their current level. They are ordered by priority (high first, services without a priority last), then by gap (largest first), then in catalogue order.",
    formula_overall: "Overall figures count every service of the catalogue once. They are not averages of the category figures.",
    formula_status: "A figure that cannot be calculated is never shown as 0. \"Not applicable\": every service of the category is marked not needed. \"Not answered\": there are not enough answers yet. Averages leave such categories out. Answers for services that are not in the catalogue are not counted.",
    chart_radar_title: "Average current and target level per category",
    chart_radar_desc: "Radar chart with one axis per category, from level 0 at the centre to level 5 at the edge. Solid line with dots: average current level. Dashed line with squares: average target level. A category without a value leaves a gap in the lines.",
    chart_bars_title: "Who delivers the needed services, per category",
    chart_bars_desc: "One bar per category. Its length is the number of needed services. Its parts show how many are delivered in-house, shared, outsourced, not delivered yet, or have no delivery answer.",
    legend_current: "Current level (average)",
    legend_target: "Target level (average)",
    downloads_heading: "Download",
    downloads_intro: "Files are made in your browser. Nothing is uploaded.",
    download_json: "Assessment data (JSON)",
    download_json_help: "To continue later, on another computer, or to keep a backup.",
    download_html: "Summary report (HTML)",
    download_html_help: "To read, print or send to management.",
    download_csv: "Spreadsheet (CSV)",
    download_csv_help: "One row per service, to plan improvements in a spreadsheet.",
    download_failed: "The browser refused to create the file.",
    redacted_notice: "This copy is shared without identifying details. The assessment name, the organisation name, the assessor, and every owner, evidence, note and reason were removed.",
    redact_label: "Share without identifying details",
    redact_help: "Removes the assessment name, the organisation name and the assessor, and the owner, evidence, note and reason of every service. Sector, size, country, date and all other answers stay.",

    // Reports and files: what only the downloaded summary, CSV and comparison say.
    report_title: "X.1060 CDC self-assessment: summary",
    report_generated: "Generated",
    report_progress: "Progress",
    report_services: "All services",
    report_method_note: "Levels and figures follow this tool's own, openly documented method. They are not an official X.1060 score.",
    report_about_heading: "About this report",
    report_orphans_heading: "Answers for services not in this catalogue",
    report_orphans_explain: "These answers were made with another catalogue. They are kept in the data, but no figure counts them.",
    col_category: "Category",
    col_id: "Id",
    col_service: "Service",
    col_total: "Services",
    col_answered: "Answered",
    col_needed: "Needed",
    col_not_needed: "Not needed",
    unanswered: "Not answered",
    catalogue_label: "Catalogue",
    method_version_label: "Method version",
    app_version_label: "App version",
    provenance_summary,
    privacy_footer: "Made in the browser. No data left this computer.",

    // Assessments: the list, opening a file, comparing two, backups kept in this browser.
    assessments_heading: "Your assessments",
    assessments_help: "Each assessment is kept in this browser. To start a new assessment from an earlier one, duplicate it.",
    untitled: "Untitled assessment",
    open_now: "Currently open",
    col_name: "Name",
    col_last_change: "Last change",
    col_state: "State",
    action_open: "Open",
    action_rename: "Rename",
    action_save_name: "Save the name",
    name_label: "Name of the assessment",
    action_duplicate: "Duplicate",
    copy_name_label: "Name of the copy",
    action_make_copy: "Make the copy",
    action_delete: "Delete",
    delete_confirm,
    deleted_heading: "Deleted on this page",
    deleted_help: "You can undo a deletion until you close this page.",
    action_undo: "Undo",
    replaced_label: "content before it was replaced by a file",
    new_assessment: "New assessment",
    new_name_label: "Name of the new assessment (optional)",
    action_create: "Create and open",
    state_saved: "Saved",
    state_unsaved: "Not saved yet",
    state_blocked: "Changed in another tab: your decision is needed",
    state_newer: "Made by a newer version of this app: read-only",
    state_damaged: "Damaged: kept unchanged as a backup",
    download_kept: "Download the kept data",
    import_heading: "Open a file",
    import_help: "Open an assessment data file (JSON) or a summary report (HTML) made by this tool. Nothing in the file is run.",
    import_pick: "Choose a file (JSON or HTML)",
    import_preview_heading: "File to open",
    import_open_new: "Open as a new assessment",
    import_replace: "Replace the open assessment",
    import_replace_help: "The open assessment is first kept as a backup in this browser, and you can undo until you close the page.",
    import_refused: "This file was not opened. Nothing was changed.",
    import_orphans,
    import_migrated: "It was converted from an older format.",
    import_kind_html: "Summary report (HTML)",
    import_kind_json: "Assessment data (JSON)",
    backups_heading: "Copies kept in this browser",
    backups_help: "Data that could not be read, and assessments as they were before a file replaced them, are kept here unchanged. Download one to inspect it or to open it again.",
    action_download: "Download",
    compare_heading: "Compare two assessments",
    compare_help: "Choose an earlier and a later assessment, for example last year's and this year's.",
    compare_show: "Compare",
    compare_file_option: "The file opened above",
    compare_same: "Choose two different assessments.",
    compare_title: "Comparison of two assessments",
    compare_sides_heading: "The two assessments",
    compare_before: "Before",
    compare_after: "After",
    compare_change: "Change",
    compare_created: "Created",
    compare_last_change: "Last change",
    compare_figures_heading: "Figures per category",
    compare_services_heading: "Changes per service",
    compare_unlisted_heading: "Services not in this catalogue",
    compare_no_changes: "No answer changed.",
    compare_answer: "Answer",
    compare_need: "Need",
    compare_added: "New answer",
    compare_removed: "Answers cleared",
    compare_texts_changed: "Text changed",
    compare_catalogue_differs: "The two assessments were made with different catalogues. Services are matched by id.",
    compare_method_note: "Figures follow this tool's own method, not an official X.1060 score. A change is the later figure minus the earlier one, as shown (rounded to one decimal). A figure that is not applicable or not answered has no change.",
    compare_change_count,
    download_compare: "Download the comparison (HTML)",
    download_compare_help: "One file that opens in any browser and prints well.",

    // About: the edition, the method, and loading or restoring a catalogue file.
    about_heading: "About this tool and its catalogue",
    about_edition: "Edition",
    about_source: "Source",
    about_method,
    about_privacy: "This tool runs only in your browser. It sends nothing anywhere: no account, no server, no analytics, no cookies.",
    about_provenance: "How reliable the titles are",
    catalogue_builtin: "Built-in catalogue",
    catalogue_from_user: "Catalogue loaded from a file in this browser",
    catalogue_from_site: "Catalogue provided by this web site",
    catalogue_load_heading: "Use another catalogue",
    catalogue_load_help: "An organisation that holds the official text, a translation or a national adaptation can load its own catalogue file (JSON, same format as the export below). Answers are matched by service id. No answer is lost.",
    catalogue_pick: "Choose a catalogue file (JSON)",
    drop_hint: "You can also drop a file here.",
    catalogue_export: "Download the current catalogue (JSON)",
    catalogue_restore: "Use the built-in catalogue again",
    catalogue_preview_heading: "Catalogue to load",
    catalogue_counts,
    catalogue_languages: "Languages",
    catalogue_changes: "Differences from the catalogue in use",
    catalogue_added: "New services (they appear unanswered)",
    catalogue_removed: "Services not in the new catalogue (their answers are kept)",
    catalogue_renamed: "Renamed services",
    catalogue_moved: "Services moved to another category",
    catalogue_no_changes: "Same services and titles as the catalogue in use.",
    catalogue_use: "Use this catalogue",
    catalogue_refused: "This file was not loaded. Nothing was changed.",
    catalogue_loaded: "The catalogue is now in use and remembered in this browser.",
    cancel_load: "Do not load",
    orphans_heading: "Answers for services not in this catalogue",
    orphans_help: "These answers are kept. They count again when you use a catalogue that has these services.",
    file_too_large,
    file_unreadable: "The browser could not read this file as text.",
};

fn progress_overall(done: usize, total: usize) -> String {
    let services = if total == 1 { "service" } else { "services" };
    format!("{done} of {total} {services} answered")
}

fn progress_category(done: usize, total: usize) -> String {
    format!("{done} of {total} answered")
}

fn status_saved_at(time: &str) -> String {
    format!("Saved in this browser at {time}")
}

fn provenance_summary(confirmed: usize, provisional: usize, missing: usize) -> String {
    let titles = if confirmed == 1 { "service title" } else { "service titles" };
    format!(
        "{confirmed} {titles} confirmed, {provisional} provisional (not yet checked against the Recommendation), {missing} of the Recommendation's services not in this catalogue."
    )
}

fn label_value(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}

fn ratio(part: usize, whole: usize, percent: u32) -> String {
    format!("{part} of {whole} ({percent}%)")
}

fn percent(p: u32) -> String {
    format!("{p}%")
}

fn about_method(version: &str) -> String {
    format!("Levels, \"answered\" and every figure follow this tool's own assessment method, version {version}, which is shown openly. They are not an official X.1060 score.")
}

fn catalogue_counts(categories: usize, services: usize, confirmed: usize, provisional: usize) -> String {
    let plural = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    format!(
        "{categories} {}, {services} {} ({confirmed} {} confirmed, {provisional} provisional)",
        plural(categories, "category", "categories"),
        plural(services, "service", "services"),
        plural(confirmed, "title", "titles")
    )
}

fn catalogue_mismatch(id: &str, version: &str) -> String {
    format!("This assessment was made with catalogue {id} {version}, not with the catalogue in use. Check where its answers go, then apply the change. Until then the figures may count answers on the wrong service.")
}

fn to_review_count(n: usize) -> String {
    if n == 1 {
        "1 answer from another catalogue waits for your review. It counts in no figure until you confirm it."
            .to_string()
    } else {
        format!(
            "{n} answers from another catalogue wait for your review. They count in no figure until you confirm them."
        )
    }
}

fn ui_fallback(code: &str) -> String {
    format!("The interface is not available in \"{code}\" yet, so it is shown in English. Service titles and descriptions are in \"{code}\".")
}

fn file_too_large(kb: usize, limit_kb: usize) -> String {
    format!("The file is too large ({kb} KB). The limit is {limit_kb} KB. It was not read.")
}

fn compare_change_count(n: usize) -> String {
    if n == 1 {
        "1 service changed".to_string()
    } else {
        format!("{n} services changed")
    }
}

fn delete_confirm(name: &str) -> String {
    format!("Delete \"{name}\"? You can undo this until you close the page.")
}

fn import_orphans(n: usize) -> String {
    if n == 1 {
        "1 answer is for a service that is not in the catalogue in use. It is kept and listed.".to_string()
    } else {
        format!("{n} answers are for services that are not in the catalogue in use. They are kept and listed.")
    }
}

fn backup_last(when: &str) -> String {
    format!("Last downloaded: {when}")
}

fn conflict_help(parts: &str) -> String {
    format!("Both tabs changed the same answers in different ways: {parts}. Both versions are kept until you choose.")
}

fn in_brackets(text: &str) -> String {
    format!(" ({text})")
}

// Hostile input and faults (issue 13).
fn categories_unknown(list: &str, all_shown: bool) -> String {
    let all = if all_shown { " All categories are shown." } else { "" };
    format!("This page asks for categories that the catalogue does not have: {list}.{all}")
}

// Why a file was refused (`crate::error_text`): the same words as the errors' `Display` texts.
pub const ERRORS: ErrorText = ErrorText {
    technical: as_is,
    top_level: "the top level",
    catalogue_too_large,
    utf16: "The file is saved as UTF-16 text; expected UTF-8. Save it again as UTF-8.",
    catalogue_not_utf8,
    catalogue_syntax,
    not_a_catalogue,
    catalogue_newer,
    catalogue_invalid,
    import_empty: "The file is empty.",
    import_too_large,
    import_not_utf8,
    import_unknown_kind,
    html_without_data,
    html_several_data,
    html_unclosed_data,
    import_unreadable,
    import_invalid,
    campaign_too_large,
    campaign_not_utf8: "The file is not UTF-8 text. Save it again as UTF-8.",
    campaign_not_json,
    not_a_campaign,
    campaign_newer,
    campaign_invalid,
    campaign_unusable,
    campaign_other_catalogue,
    campaign_other_version,
    campaign_unknown_category,
    json_syntax,
    json_too_deep,
    json_too_many,
    json_duplicate_key,
    not_ours_found,
    not_ours,
    no_schema,
    schema_not_a_number,
    newer_schema,
    unsupported_schema,
    field_problem,
};

fn as_is(s: &str) -> String {
    s.to_string()
}

fn catalogue_too_large(kb: usize, limit_kb: usize) -> String {
    format!("The file is too large ({kb} KB). A catalogue file can be at most {limit_kb} KB.")
}

fn catalogue_not_utf8(offset: usize) -> String {
    format!("The file is not UTF-8 text: the byte at position {offset} is not valid.")
}

fn catalogue_syntax(detail: &str) -> String {
    format!("The file is not a valid catalogue: {detail}.")
}

fn not_a_catalogue(format: &str) -> String {
    format!("This is not an X.1060 catalogue file (\"format\" must be \"{format}\").")
}

fn catalogue_newer(found: u32, reads: u32) -> String {
    format!("This catalogue uses schema {found}; this app reads schema {reads}. Use a newer version of the app.")
}

fn catalogue_invalid(at: &str, problem: &str) -> String {
    format!("{at}: {problem}.")
}

fn import_too_large(kb: u64, limit_kb: u64) -> String {
    format!("The file is too large ({kb} KB); the limit is {limit_kb} KB. It was not read.")
}

fn import_not_utf8(offset: usize) -> String {
    format!("The file is not UTF-8 text: the byte at position {offset} is not valid. Expected a JSON data file or an HTML summary report from this app.")
}

fn import_unknown_kind(start: &str) -> String {
    format!("The file is neither JSON nor HTML: it begins with \"{start}\". Expected a JSON data file or an HTML summary report from this app.")
}

fn html_without_data(element: &str) -> String {
    format!(
        "This HTML file holds no assessment data: expected a summary report from this app, with a {element} element."
    )
}

fn html_several_data(count: usize) -> String {
    format!("This HTML file holds {count} assessment data elements; a summary report from this app has exactly one.")
}

fn html_unclosed_data(end_tag: &str) -> String {
    format!("The assessment data in this HTML file is cut off: its {end_tag} end tag is missing.")
}

fn import_unreadable(part: &str) -> String {
    format!("The file cannot be read: {part}.")
}

fn import_invalid(part: &str) -> String {
    format!("The assessment data is not valid: {part}.")
}

fn json_syntax(line: usize, column: usize, detail: &str) -> String {
    format!("not valid JSON at line {line}, column {column}: {detail}")
}

fn json_too_deep(place: &str, max: usize) -> String {
    format!("{place}: nested deeper than {max} levels")
}

fn json_too_many(max: usize) -> String {
    format!("more than {max} values")
}

fn json_duplicate_key(place: &str, key: &str) -> String {
    format!("{place}: the key \"{key}\" appears twice")
}

fn not_ours_found(found: &str, format: &str) -> String {
    format!("this is not an X.1060 assessment: \"format\" is \"{found}\", expected \"{format}\"")
}

fn not_ours(format: &str) -> String {
    format!("this is not an X.1060 assessment: expected an object with \"format\": \"{format}\"")
}

fn no_schema(example: u32) -> String {
    format!("\"schema\" is missing; expected a whole number such as {example}")
}

fn schema_not_a_number(example: u32) -> String {
    format!("\"schema\" must be a whole number such as {example}")
}

fn newer_schema(found: u64, reads: u32) -> String {
    format!("the data uses schema {found}, made by a newer version of this app; this version reads schema {reads} and older")
}

fn unsupported_schema(found: u64) -> String {
    format!("schema {found} is not supported")
}

fn field_problem(place: &str, problem: &str) -> String {
    format!("{place}: {problem}")
}

fn campaign_too_large(kb: usize, limit_kb: usize) -> String {
    format!("The file is too large ({kb} KB). A campaign file can be at most {limit_kb} KB.")
}

fn campaign_not_json(part: &str) -> String {
    format!("The file is not valid JSON: {part}.")
}

fn not_a_campaign(format: &str) -> String {
    format!("This is not an X.1060 campaign file (\"format\" must be \"{format}\").")
}

fn campaign_newer(found: u64, reads: u32) -> String {
    format!("This campaign uses schema {found}; this app reads schema {reads}. Use a newer version of the app.")
}

fn campaign_invalid(place: &str, problem: &str) -> String {
    format!("{place}: {problem}.")
}

fn campaign_unusable(part: &str) -> String {
    format!("{part}.")
}

fn campaign_other_catalogue(id: &str) -> String {
    format!("the campaign is for the catalogue \"{id}\"")
}

fn campaign_other_version(version: &str) -> String {
    format!("the campaign is for version \"{version}\" of the catalogue")
}

fn campaign_unknown_category(id: &str) -> String {
    format!("the catalogue has no category \"{id}\"")
}
