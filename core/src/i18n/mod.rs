//! Every string of the app and its files, in every language, checked by the compiler.
//!
//! One place per language: `core/src/i18n/<code>/` holds all of that language's strings:
//! `mod.rs` the interface and the reports (`TEXT`, a [`UiText`], grouped by screen in the order
//! the struct lists them) and why a file was refused (`ERRORS`), `workbench.rs`, `campaign.rs` and
//! `editions.rs` the strings of those parts (they travel with their part, so a visitor who never
//! opens one never downloads them). What each language must say is the struct beside it:
//! [`UiText`] here, [`workbench::WbText`], [`campaign::CpText`], [`editions::EdText`],
//! `crate::error_text::ErrorText`. The compiler refuses a translation with a missing string.
//! Catalogue texts (service titles and descriptions) live in the catalogue file, not here. How to
//! add a language, and how a translator who does not write Rust works: `docs/translations.md`.

pub use crate::lang::Lang;

pub(crate) mod ar;
pub mod campaign;
pub mod editions;
pub(crate) mod en;
pub(crate) mod fr;
pub(crate) mod ja;
pub(crate) mod mn;
pub mod workbench;

/// The strings of each language, one static each, so that a build can take one without the others.
pub static EN: UiText = en::TEXT;
pub static JA: UiText = ja::TEXT;
pub static FR: UiText = fr::TEXT;
pub static AR: UiText = ar::TEXT;
pub static MN: UiText = mn::TEXT;

pub use crate::error_text::ErrorText;

/// Why a file was refused, in each language ([`ErrorText`]), one static each as above: the web app
/// takes each with its language's strings (src/parts.rs), never all five.
pub static EN_ERRORS: ErrorText = en::ERRORS;
pub static JA_ERRORS: ErrorText = ja::ERRORS;
pub static FR_ERRORS: ErrorText = fr::ERRORS;
pub static AR_ERRORS: ErrorText = ar::ERRORS;
pub static MN_ERRORS: ErrorText = mn::ERRORS;

/// The line above the first screen rendered at build time, while the app is on its way
/// (src/first_screen.rs). Only the build reads these: the app itself never shows them.
#[derive(Debug)]
pub struct FirstScreenText {
    /// Shown from the start.
    pub loading: &'static str,
    /// Added once a category was clicked before the app was ready: it opens when the app is.
    pub opening: &'static str,
    /// Instead, when the app itself could not be fetched.
    pub failed: &'static str,
}

/// The line above the first screen in `lang`.
pub fn first_screen(lang: Lang) -> &'static FirstScreenText {
    static TEXTS: [FirstScreenText; 5] = [
        FirstScreenText {
            loading: "Loading… You can read now. You can answer in a moment.",
            opening: "Your choice opens as soon as the app is ready.",
            failed: "The app could not be loaded. Check your connection, then reload the page.",
        },
        FirstScreenText {
            loading: "読み込み中です。今は読むことだけができます。まもなく回答できます。",
            opening: "準備ができしだい、選んだ項目を開きます。",
            failed: "アプリを読み込めませんでした。接続を確認してから、ページを再読み込みしてください。",
        },
        FirstScreenText {
            loading: "Chargement… Vous pouvez déjà lire. Vous pourrez répondre dans un instant.",
            opening: "Votre choix s’ouvrira dès que l’application sera prête.",
            failed: "L’application n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.",
        },
        FirstScreenText {
            loading: "جارٍ التحميل… يمكنك القراءة الآن. ستتمكن من الإجابة بعد لحظات.",
            opening: "سيُفتح اختيارك فور جاهزية التطبيق.",
            failed: "تعذّر تحميل التطبيق. تحقّق من اتصالك، ثم أعد تحميل الصفحة.",
        },
        FirstScreenText {
            loading: "Ачаалж байна… Одоо уншиж болно. Удахгүй хариулж болно.",
            opening: "Апп бэлэн болмогц таны сонголт нээгдэнэ.",
            failed: "Аппыг ачаалж чадсангүй. Холболтоо шалгаад хуудсаа дахин ачаална уу.",
        },
    ];
    &TEXTS[lang as usize]
}

/// The strings of a language, reached from the language: [`Lang`] itself lives in [`crate::lang`]
/// (it names no string), so that modules that only need a language code do not depend on this one.
impl Lang {
    /// Every string of the interface and the reports in this language.
    ///
    /// This names every language's strings: the web app's first screen calls it for none of
    /// them (it loads a language's strings when they are first needed), only the reports do.
    pub fn ui(self) -> &'static UiText {
        match self {
            Lang::En => &EN,
            Lang::Ja => &JA,
            Lang::Fr => &FR,
            Lang::Ar => &AR,
            Lang::Mn => &MN,
        }
    }

    /// Why a file was refused, in this language. Like [`Lang::ui`], this names every language's
    /// messages: host code and tests call it; the web app takes one language's from its part.
    pub fn errors(self) -> &'static ErrorText {
        match self {
            Lang::En => &EN_ERRORS,
            Lang::Ja => &JA_ERRORS,
            Lang::Fr => &FR_ERRORS,
            Lang::Ar => &AR_ERRORS,
            Lang::Mn => &MN_ERRORS,
        }
    }
}

/// Name and meaning of one capability level.
#[derive(Debug)]
pub struct LevelText {
    pub name: &'static str,
    pub meaning: &'static str,
}

/// Every string of the interface and the reports in one language.
///
/// Fields that take numbers are functions, so each language orders words its own way.
#[derive(Debug)]
pub struct UiText {
    // Every screen: the header, the navigation between views, the language menu, parts being fetched, shared buttons.
    /// Name of the language in itself ("English", "日本語").
    pub language_name: &'static str,
    pub language_label: &'static str,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub skip_link: &'static str,
    /// Name of the navigation between views.
    pub nav_label: &'static str,
    pub nav_checklist: &'static str,
    pub nav_results: &'static str,
    pub nav_assessments: &'static str,
    pub nav_about: &'static str,
    /// Label of the navigation button to the coordinator workbench.
    pub nav_workbench: &'static str,
    /// The campaign view's tab, shown only while a campaign is in use (issue 16).
    pub nav_campaign: &'static str,
    /// Shown while a part is being fetched.
    pub part_loading: &'static str,
    /// Shown when a part could not be fetched; says that no answer is lost.
    pub part_failed: &'static str,
    pub part_retry: &'static str,
    pub cancel: &'static str,
    pub dismiss: &'static str,

    // Every screen: saving, notices, other tabs and backups of the open assessment (the status strip).
    pub status_saved: &'static str,
    pub status_saved_at: fn(&str) -> String,
    pub status_memory_only: &'static str,
    pub status_save_failed: &'static str,
    pub notice_storage_unavailable: &'static str,
    pub notice_quota: &'static str,
    pub notice_corrupt: &'static str,
    pub notice_newer: &'static str,
    pub download_damaged: &'static str,
    /// The strings of the language chosen could not be fetched.
    pub notice_language_unavailable: &'static str,
    /// A file did not replace the open assessment because no backup of it could be made.
    pub notice_replace_refused: &'static str,
    /// The catalogue saved in this browser was made by a newer version of the app.
    pub notice_catalogue_newer: &'static str,
    /// The saved settings (the language) could not be read; kept as a backup.
    pub notice_prefs_corrupt: &'static str,
    /// The saved settings were made by a newer version; changes here are not saved.
    pub notice_prefs_newer: &'static str,
    pub notice_catalogue_corrupt: &'static str,
    pub notice_catalogue_remote: &'static str,
    /// The campaign named by the host page (`data-campaign`) could not be loaded.
    pub notice_campaign_remote: &'static str,
    /// The host page asked for categories the catalogue lacks (the list, already clipped);
    /// `all_shown`: it has none of them, so every category is shown.
    pub categories_unknown: fn(&str, bool) -> String,
    /// The interface lacks the chosen content language (code).
    pub ui_fallback: fn(&str) -> String,
    pub read_only_note: &'static str,
    pub persisted_no: &'static str,
    pub backup_never: &'static str,
    /// When the open assessment was last downloaded (local date and time).
    pub backup_last: fn(&str) -> String,
    pub backup_reminder: &'static str,
    pub conflict_heading: &'static str,
    /// Lists the parts changed differently in both tabs.
    pub conflict_help: fn(&str) -> String,
    pub keep_mine: &'static str,
    pub take_theirs: &'static str,
    pub keep_both: &'static str,
    pub deleted_elsewhere: &'static str,
    pub keep_it: &'static str,
    pub let_it_go: &'static str,
    pub newer_elsewhere: &'static str,
    pub info_updated: &'static str,
    pub info_merged: &'static str,
    pub info_added: &'static str,
    pub open_assessment_label: &'static str,
    /// The assessment was made with another catalogue (id, version): its answers wait until the
    /// user checks the change (docs/catalogue-editions.md).
    pub catalogue_mismatch: fn(&str, &str) -> String,
    /// Opens the preview of a catalogue change.
    pub edition_check: &'static str,

    // Overview: introduction, profile, categories and progress.
    pub intro_heading: &'static str,
    pub intro_what: &'static str,
    pub intro_how: &'static str,
    pub intro_get: &'static str,
    pub intro_privacy: &'static str,
    pub intro_method: &'static str,
    pub intro_more: &'static str,
    pub levels_heading: &'static str,
    pub delivery_heading: &'static str,
    pub delivery_help: &'static str,
    pub profile_heading: &'static str,
    pub profile_hint: &'static str,
    pub profile_organisation: &'static str,
    pub profile_sector: &'static str,
    pub profile_size: &'static str,
    pub profile_country: &'static str,
    pub profile_assessor: &'static str,
    pub profile_date: &'static str,
    pub categories_heading: &'static str,
    pub progress_overall: fn(usize, usize) -> String,
    pub progress_category: fn(usize, usize) -> String,
    pub all_answered: &'static str,
    /// Answers waiting for review after a catalogue change.
    pub to_review_count: fn(usize) -> String,
    /// Opens the list of answers to review.
    pub to_review_open: &'static str,

    // A category and its services.
    pub back_to_overview: &'static str,
    pub previous_category: &'static str,
    pub next_category: &'static str,
    /// Names of the two category navigations, above and below the services.
    pub catnav_top: &'static str,
    pub catnav_bottom: &'static str,
    pub next_unanswered: &'static str,
    pub service_answered: &'static str,
    pub service_unanswered: &'static str,
    /// Badge of a needed service with a level but no delivery yet.
    pub missing_delivery: &'static str,
    /// Badge of a needed service with a delivery but no current level yet.
    pub missing_current: &'static str,
    /// Badge of a needed service with neither a delivery nor a current level yet.
    pub missing_delivery_current: &'static str,
    pub provisional_marker: &'static str,
    pub provisional_explain: &'static str,
    pub need_legend: &'static str,
    pub need_needed: &'static str,
    pub need_not_needed: &'static str,
    pub reason_label: &'static str,
    pub delivery_legend: &'static str,
    pub delivery_in_house: &'static str,
    pub delivery_outsourced: &'static str,
    pub delivery_shared: &'static str,
    pub delivery_not_yet: &'static str,
    /// Opens the short help on the delivery options, inside each service.
    pub help_delivery_summary: &'static str,
    pub current_legend: &'static str,
    /// Opens the short help on the levels, inside each service.
    pub help_levels_summary: &'static str,
    pub target_label: &'static str,
    pub priority_label: &'static str,
    pub priority_high: &'static str,
    pub priority_medium: &'static str,
    pub priority_low: &'static str,
    pub not_set: &'static str,
    pub owner_label: &'static str,
    pub evidence_label: &'static str,
    pub note_label: &'static str,
    pub more_details: &'static str,
    pub clear_service: &'static str,
    pub levels: [LevelText; 6],

    // Results: figures, charts, improvement plan and downloads (the page and the summary report).
    /// Decimal separator of figures such as "2.5".
    pub decimal_separator: char,
    /// Joins the parts of one chart item ("current 2.5, target 3.0").
    pub list_separator: &'static str,
    /// Joins chart items ("A: …; B: …").
    pub item_separator: &'static str,
    /// "label: value", with the language's punctuation.
    pub label_value: fn(&str, &str) -> String,
    /// A ratio: part, whole, whole percent ("3 of 4 (75%)").
    pub ratio: fn(usize, usize, u32) -> String,
    /// A whole percent, with the language's spacing ("75%", "75 %" with a no-break space in French).
    pub percent: fn(u32) -> String,
    /// A remark in brackets after a word, with the language's spacing and brackets:
    /// " (Coverage)", "（カバー率）". It tells identical "How is this calculated?" controls apart
    /// for screen readers, and adds a status after a category's name in the results.
    pub in_brackets: fn(&str) -> String,
    pub not_applicable: &'static str,
    pub not_applicable_short: &'static str,
    pub overall_label: &'static str,
    pub how_calculated: &'static str,
    pub headline_heading: &'static str,
    pub eval_catalogue_heading: &'static str,
    pub eval_profile_heading: &'static str,
    pub eval_portfolio_heading: &'static str,
    pub plan_heading: &'static str,
    pub plan_empty: &'static str,
    pub col_undecided: &'static str,
    pub col_delivered: &'static str,
    pub col_coverage: &'static str,
    pub col_assessed: &'static str,
    pub col_avg_current: &'static str,
    pub col_avg_target: &'static str,
    pub col_gap: &'static str,
    pub col_delivery_unanswered: &'static str,
    pub col_share_outsourced: &'static str,
    pub col_share_shared: &'static str,
    pub col_rank: &'static str,
    pub col_reason: &'static str,
    pub col_plan_count: &'static str,
    /// Gap of one service on the plan (target − current).
    pub col_service_gap: &'static str,
    pub formula_needed: &'static str,
    pub formula_not_needed: &'static str,
    pub formula_undecided: &'static str,
    pub formula_delivered: &'static str,
    pub formula_coverage: &'static str,
    pub formula_avg_current: &'static str,
    pub formula_avg_target: &'static str,
    pub formula_gap: &'static str,
    pub formula_in_house: &'static str,
    pub formula_outsourced: &'static str,
    pub formula_shared: &'static str,
    pub formula_not_yet: &'static str,
    pub formula_delivery_unanswered: &'static str,
    pub formula_share_outsourced: &'static str,
    pub formula_share_shared: &'static str,
    pub formula_plan: &'static str,
    /// How overall figures relate to category figures.
    pub formula_overall: &'static str,
    /// What "Not applicable" and "Not answered" mean for a figure.
    pub formula_status: &'static str,
    pub chart_radar_title: &'static str,
    pub chart_radar_desc: &'static str,
    pub chart_bars_title: &'static str,
    pub chart_bars_desc: &'static str,
    pub legend_current: &'static str,
    pub legend_target: &'static str,
    pub downloads_heading: &'static str,
    pub downloads_intro: &'static str,
    pub download_json: &'static str,
    pub download_json_help: &'static str,
    pub download_html: &'static str,
    pub download_html_help: &'static str,
    pub download_csv: &'static str,
    pub download_csv_help: &'static str,
    pub download_failed: &'static str,
    pub redacted_notice: &'static str,
    pub redact_label: &'static str,
    pub redact_help: &'static str,

    // Reports and files: what only the downloaded summary, CSV and comparison say.
    pub report_title: &'static str,
    pub report_generated: &'static str,
    pub report_progress: &'static str,
    pub report_services: &'static str,
    pub report_method_note: &'static str,
    pub report_about_heading: &'static str,
    pub report_orphans_heading: &'static str,
    pub report_orphans_explain: &'static str,
    pub col_category: &'static str,
    pub col_id: &'static str,
    pub col_service: &'static str,
    pub col_total: &'static str,
    pub col_answered: &'static str,
    pub col_needed: &'static str,
    pub col_not_needed: &'static str,
    pub unanswered: &'static str,
    pub catalogue_label: &'static str,
    pub method_version_label: &'static str,
    pub app_version_label: &'static str,
    pub provenance_summary: fn(usize, usize, usize) -> String,
    pub privacy_footer: &'static str,

    // Assessments: the list, opening a file, comparing two, backups kept in this browser.
    pub assessments_heading: &'static str,
    pub assessments_help: &'static str,
    pub untitled: &'static str,
    pub open_now: &'static str,
    pub col_name: &'static str,
    pub col_last_change: &'static str,
    pub col_state: &'static str,
    pub action_open: &'static str,
    pub action_rename: &'static str,
    pub action_save_name: &'static str,
    pub name_label: &'static str,
    pub action_duplicate: &'static str,
    pub copy_name_label: &'static str,
    pub action_make_copy: &'static str,
    pub action_delete: &'static str,
    /// Asks to confirm deleting the named assessment.
    pub delete_confirm: fn(&str) -> String,
    pub deleted_heading: &'static str,
    pub deleted_help: &'static str,
    pub action_undo: &'static str,
    /// In the list of what can be undone: the content an assessment had before a file replaced it.
    pub replaced_label: &'static str,
    pub new_assessment: &'static str,
    pub new_name_label: &'static str,
    pub action_create: &'static str,
    pub state_saved: &'static str,
    pub state_unsaved: &'static str,
    pub state_blocked: &'static str,
    pub state_newer: &'static str,
    pub state_damaged: &'static str,
    pub download_kept: &'static str,
    pub import_heading: &'static str,
    pub import_help: &'static str,
    pub import_pick: &'static str,
    pub import_preview_heading: &'static str,
    pub import_open_new: &'static str,
    pub import_replace: &'static str,
    pub import_replace_help: &'static str,
    pub import_refused: &'static str,
    /// Answers for services the catalogue lacks (count).
    pub import_orphans: fn(usize) -> String,
    pub import_migrated: &'static str,
    pub import_kind_html: &'static str,
    pub import_kind_json: &'static str,
    pub backups_heading: &'static str,
    pub backups_help: &'static str,
    pub action_download: &'static str,
    pub compare_heading: &'static str,
    pub compare_help: &'static str,
    pub compare_show: &'static str,
    pub compare_file_option: &'static str,
    pub compare_same: &'static str,
    pub compare_title: &'static str,
    pub compare_sides_heading: &'static str,
    pub compare_before: &'static str,
    pub compare_after: &'static str,
    pub compare_change: &'static str,
    pub compare_created: &'static str,
    pub compare_last_change: &'static str,
    pub compare_figures_heading: &'static str,
    pub compare_services_heading: &'static str,
    pub compare_unlisted_heading: &'static str,
    pub compare_no_changes: &'static str,
    /// Column heading: which answer of a service changed.
    pub compare_answer: &'static str,
    /// Name of the need answer, as a row label.
    pub compare_need: &'static str,
    /// A service answered for the first time.
    pub compare_added: &'static str,
    /// A service whose answers were all cleared.
    pub compare_removed: &'static str,
    /// Free-text fields that changed (names follow).
    pub compare_texts_changed: &'static str,
    pub compare_catalogue_differs: &'static str,
    pub compare_method_note: &'static str,
    /// How many services changed.
    pub compare_change_count: fn(usize) -> String,
    pub download_compare: &'static str,
    pub download_compare_help: &'static str,

    // About: the edition, the method, and loading or restoring a catalogue file.
    pub about_heading: &'static str,
    pub about_edition: &'static str,
    /// Where the catalogue in use comes from.
    pub about_source: &'static str,
    /// The method statement, with its version.
    pub about_method: fn(&str) -> String,
    pub about_privacy: &'static str,
    pub about_provenance: &'static str,
    pub catalogue_builtin: &'static str,
    pub catalogue_from_user: &'static str,
    pub catalogue_from_site: &'static str,
    pub catalogue_load_heading: &'static str,
    pub catalogue_load_help: &'static str,
    pub catalogue_pick: &'static str,
    pub drop_hint: &'static str,
    pub catalogue_export: &'static str,
    pub catalogue_restore: &'static str,
    pub catalogue_preview_heading: &'static str,
    /// Categories, services, confirmed, provisional.
    pub catalogue_counts: fn(usize, usize, usize, usize) -> String,
    pub catalogue_languages: &'static str,
    pub catalogue_changes: &'static str,
    pub catalogue_added: &'static str,
    pub catalogue_removed: &'static str,
    pub catalogue_renamed: &'static str,
    pub catalogue_moved: &'static str,
    pub catalogue_no_changes: &'static str,
    pub catalogue_use: &'static str,
    pub catalogue_refused: &'static str,
    pub catalogue_loaded: &'static str,
    pub cancel_load: &'static str,
    pub orphans_heading: &'static str,
    pub orphans_help: &'static str,
    /// File size and limit, in KB.
    pub file_too_large: fn(usize, usize) -> String,
    pub file_unreadable: &'static str,
}

impl UiText {
    /// Label of a delivery option.
    pub fn delivery(&self, d: crate::model::Delivery) -> &'static str {
        use crate::model::Delivery::*;
        match d {
            InHouse => self.delivery_in_house,
            Outsourced => self.delivery_outsourced,
            Shared => self.delivery_shared,
            NotYet => self.delivery_not_yet,
        }
    }

    /// Label of a priority.
    pub fn priority(&self, p: crate::model::Priority) -> &'static str {
        use crate::model::Priority::*;
        match p {
            High => self.priority_high,
            Medium => self.priority_medium,
            Low => self.priority_low,
        }
    }

    /// Label of a need answer.
    pub fn need(&self, n: crate::model::Need) -> &'static str {
        match n {
            crate::model::Need::Needed => self.need_needed,
            crate::model::Need::NotNeeded => self.need_not_needed,
        }
    }

    /// Name and meaning of a level.
    pub fn level(&self, l: crate::model::Level) -> &LevelText {
        &self.levels[usize::from(l.value())]
    }

    /// A level as every view and report shows it: "2 Repeatable".
    pub fn level_label(&self, l: crate::model::Level) -> String {
        format!("{} {}", l.value(), self.level(l).name)
    }

    /// A level, or "—" when there is none.
    pub fn level_or_dash(&self, l: Option<crate::model::Level>) -> String {
        l.map(|l| self.level_label(l)).unwrap_or_else(|| "—".into())
    }

    /// Label of a profile field.
    pub fn profile_field(&self, f: crate::model::ProfileField) -> &'static str {
        use crate::model::ProfileField::*;
        match f {
            Organisation => self.profile_organisation,
            Sector => self.profile_sector,
            Size => self.profile_size,
            Country => self.profile_country,
            Assessor => self.profile_assessor,
            Date => self.profile_date,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_names_are_the_languages_own() {
        for l in Lang::ALL {
            assert_eq!(l.native_name(), l.ui().language_name, "{l:?}");
        }
    }

    #[test]
    fn every_string_is_filled_in() {
        for l in Lang::ALL {
            let t = l.ui();
            let dbg = format!("{t:?}");
            assert!(!dbg.contains(": \"\""), "{:?} has an empty string", l);
            for lv in &t.levels {
                assert!(!lv.name.is_empty() && !lv.meaning.is_empty());
            }
            assert!((t.progress_overall)(3, 58).contains("58"));
            assert!((t.provenance_summary)(22, 36, 6).contains("36"));
        }
    }
}
