//! The coordinator workbench's strings in this language (they travel with the workbench part).

use crate::i18n::workbench::{WbMore, WbText};

pub const TEXT: WbText = WbText {
    wb_heading: "Coordinator workbench",
    wb_intro: "Drop the files that organisations sent back: assessment data (JSON) and summary reports (HTML), any mix, as many as you have. They are read in this browser only: nothing is uploaded, and your own assessments are not changed.",
    wb_pick: "Choose returned files",
    wb_reading: "Reading the files…",
    wb_intake_heading: "Files received",
    wb_col_file: "File",
    wb_col_status: "Status",
    wb_col_findings: "Findings",
    wb_col_leave_out: "Leave out",
    wb_status_counted: "Counted",
    wb_status_refused: "Not counted",
    wb_status_left_out: "Left out",
    wb_counted,
    wb_settings_heading: "Settings",
    wb_k_label: "Smallest group shown (k)",
    wb_k_help: "A figure that rests on fewer than k organisations is not shown, here and in every file. k is at least 3.",
    wb_group_label: "Group by",
    wb_group_all: "All organisations",
    wb_group_not_given: "Not given",
    wb_picture_heading: "The picture",
    wb_organisations: "Organisations counted",
    wb_suppressed_note,
    wb_hidden_groups,
    wb_too_few,
    wb_col_service: "Service",
    wb_col_needed: "Needed",
    wb_col_not_needed: "Not needed",
    wb_col_unanswered: "Unanswered",
    wb_col_missing: "Missing",
    wb_col_total: "Total",
    wb_services_heading: "Per service (organisations)",
    wb_categories_heading: "Per category (answers of all organisations)",
    wb_categories_unit: "Counts per category are answers: one per organisation and service.",
    wb_current_heading: "Current level",
    wb_target_heading: "Target level",
    wb_gap_heading: "Gap to target level",
    wb_delivery_heading: "Delivery",
    wb_missing_heading: "Services most often missing (needed, but not delivered yet or at level 0)",
    wb_heatmap_heading: "Current levels, service by service",
    wb_downloads_heading: "Files of the aggregate",
    wb_download_html: "Aggregate report (HTML)",
    wb_download_services_csv: "Per service (CSV)",
    wb_download_categories_csv: "Per category (CSV)",
    wb_download_json: "Aggregate data (JSON)",
    wb_report_title: "Aggregate of returned self-assessments",
    wb_report_privacy: "Every figure rests on no organisation or on at least k of them. Names of organisations and assessments, assessors, owners, evidence, notes and reasons are not in this report.",
    wb_reason_unreadable: "Not an assessment file: it cannot be read as assessment data (JSON) or a summary report (HTML) of this app.",
    wb_reason_invalid_data: "The assessment data in this file is not valid.",
    wb_reason_other_catalogue: "Made with another catalogue: not counted.",
    wb_reason_other_version: "Made with another version of the catalogue: not counted.",
    wb_reason_no_answers: "No answer for any service of the catalogue.",
    wb_reason_same_content: "The same content as an earlier file: counted once.",
    wb_reason_older_copy: "The same assessment as a file changed later: only the later one is counted.",
    wb_reason_level_not_needed: "A level is set on a service marked not needed; it is not counted.",
    wb_reason_target_below: "A target level is below the current level.",
    wb_reason_no_delivery: "A service marked needed has no delivery answer.",
    wb_reason_all_identical: "Every needed service has the same delivery and the same current level: check the file with its sender.",
    wb_reason_moved_version: "Made with an earlier version of the catalogue. Its answers were moved to this version; the answers listed wait for review in the new version and are not counted.",
    wb_reason_sealed: "Encrypted for the organiser: load the organiser's private key to open it.",
    wb_reason_wrong_key: "The private key loaded cannot open this file: it was encrypted for another key.",
    wb_reason_tampered: "This encrypted file was changed or damaged after it was made: refused.",
    wb_key_heading: "Encrypted submissions",
    wb_key_help: "Submissions to a campaign with a public key are encrypted. Load the organiser's private key (JWK file) to open them. The key stays in this browser tab only, in memory: it is not stored and is forgotten when you leave the workbench.",
    wb_key_pick: "Load the private key",
    wb_key_loaded: "Private key loaded (in memory only).",
    wb_key_refused: "This file is not an RSA private key for RSA-OAEP (JWK).",
    wb_key_forget: "Forget the private key",    wb_org_heading: "Make a campaign file",
    wb_org_help: "For the organiser: write what each organisation is asked, then download the campaign file to give them or to name in your web page (data-campaign). The texts are in the language of this page.",
    wb_org_id: "Campaign id (lower-case letters, digits, - or _)",
    wb_org_name: "Name of the campaign",
    wb_org_organiser: "Organiser",
    wb_org_consent: "Consent statement",
    wb_org_deadline: "Deadline",
    wb_org_scope: "Categories in scope",
    wb_org_sectors: "Sectors (one per line)",
    wb_org_sizes: "Size bands (one per line)",
    wb_org_regions: "Regions (one per line)",
    wb_org_region_label: "Region",
    wb_org_type: "Ask the type of assessment",
    wb_org_type_label: "Type of assessment",
    wb_org_type_self: "Self-assessment",
    wb_org_type_peer: "Peer-reviewed",
    wb_org_type_third: "Third party",
    wb_org_asks: "Also ask for (each only if the participant agrees)",
    wb_org_encrypt: "Encrypt the submissions for me (makes a key pair in this browser)",
    wb_org_make: "Make the campaign file",
    wb_org_refused: "The campaign file cannot be made:",
    wb_org_made: "The campaign file is downloaded.",
    wb_org_key_warning: "Download your private key now. This is the only time: it is not stored anywhere and cannot be recovered. Without it, no submission to this campaign can be opened. Keep it safe and give it to no one.",
    wb_org_key_download: "Download the private key (once)",
    wb_org_key_done: "The private key is downloaded. This page has forgotten it.",
    more: &MORE,
};

pub const MORE: WbMore = WbMore {
    wb_this_round_heading: "This round",
    wb_last_round_heading: "Last round (to compare)",
    wb_last_round_intro: "To see what changed, add the files of the last round here. Only organisations found in both rounds are compared.",
    wb_pick_last: "Choose last round’s files",
    wb_round_last: "Last round",
    wb_round_this: "This round",
    wb_group_round: "Round",
    wb_changes_heading: "What changed since the last round",
    wb_changes_unit: "Only organisations found in both rounds count. Per service, a count is a number of organisations; per category, one answer per organisation and service.",
    wb_match_by_name: "Also match files without an identifier by organisation name",
    wb_match_by_name_help: "Files made before schema 2 have no identifier. Tick this only if each organisation wrote its name the same way in both rounds (case and extra spaces do not matter).",
    wb_matched: "Organisations in both rounds",
    wb_matched_by_uid: "Matched by identifier",
    wb_matched_by_name: "Matched by organisation name",
    wb_unmatched_last: "Last round, not matched",
    wb_unmatched_this: "This round, not matched",
    wb_changes_too_few,
    wb_changes_levels_heading: "Current level, last round and this round",
    wb_changes_moves_heading: "Level up, same, down",
    wb_col_up: "Up",
    wb_col_same: "Same",
    wb_col_down: "Down",
    wb_col_newly_needed: "Newly needed",
    wb_col_no_longer_needed: "No longer needed",
    wb_col_delivery_same: "Same delivery",
    wb_col_delivery_changed: "Other delivery change",
    wb_col_delivery_started: "Now delivered",
    wb_download_changes_csv: "Changes (CSV)",
    wb_yah_heading: "“You are here” report",
    wb_yah_intro: "A report for one organisation: its own levels drawn over the figures of all organisations. It shows no answer of any other organisation.",
    wb_yah_choose: "File of the organisation",
    wb_yah_download: "Download the report (HTML)",
    wb_yah_title: "Your organisation among all organisations",
    wb_yah_note: "Your own answers are marked ●. The other figures count all organisations together.",
    wb_yah_yours: "Your answers",
    wb_yah_your_current: "Your current level",
    wb_yah_your_target: "Your target level",
    wb_yah_all_heading: "All organisations: current level",
    wb_yah_marker: "● your level",
    wb_pick_folder: "Choose a folder",
    wb_skipped,
    wb_progress,
    wb_cancel: "Cancel",
    wb_cancelled,
    wb_box_heading: "Quartiles per category",
    wb_box_help: "A box is drawn only when every part of its distribution is shown. Lowest and highest: the lowest and highest level given; the box runs from the first quartile (Q1) to the third (Q3), with the median inside.",
    wb_col_lowest: "Lowest",
    wb_col_q1: "Q1",
    wb_col_median: "Median",
    wb_col_q3: "Q3",
    wb_col_highest: "Highest",
    wb_rows_shown: |shown, total| format!("Files listed: {shown} of {total}. The figures count every file."),
    wb_show_all_rows: "List every file",
};

fn wb_counted(n: usize, total: usize) -> String {
    let files = if total == 1 { "file" } else { "files" };
    format!("{n} of {total} {files} counted")
}

fn wb_suppressed_note(k: u32) -> String {
    format!("“<{k}”: rests on fewer than {k} organisations, so it is not shown.")
}

fn wb_hidden_groups(n: u32, k: u32) -> String {
    if n == 1 {
        format!("1 group of fewer than {k} organisations is not shown.")
    } else {
        format!("{n} groups of fewer than {k} organisations are not shown.")
    }
}

fn wb_too_few(k: u32) -> String {
    format!("Fewer than {k} organisations are counted: no figure is shown.")
}

fn wb_changes_too_few(k: u32) -> String {
    format!("Fewer than {k} organisations are found in both rounds: no change is shown.")
}

fn wb_skipped(n: usize) -> String {
    if n == 1 {
        "1 file of the folder is not .json or .html and is left aside:".to_string()
    } else {
        format!("{n} files of the folder are not .json or .html and are left aside:")
    }
}

fn wb_progress(done: usize, total: usize) -> String {
    format!("Checking the files: {done} of {total}")
}

fn wb_cancelled(done: usize, total: usize) -> String {
    format!("Stopped: {done} of {total} files were read; the others are not counted.")
}
