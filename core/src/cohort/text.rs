//! The workbench's own interface strings, in every language: they travel with the workbench part
//! (src/parts.rs), so a visitor who never opens it never downloads them. Same rules as
//! [`crate::i18n::UiText`]: one constant per language, checked by the compiler, and by
//! core/tests/wording.rs (glossary, typography, singular forms). Strings shared with the rest of
//! the app (level, delivery and profile labels) stay in `UiText`.

use crate::i18n::Lang;

/// Every string of the workbench view and the aggregate report in one language.
///
/// Fields that take numbers are functions, so each language orders words its own way.
#[derive(Debug)]
pub struct WbText {
    pub wb_heading: &'static str,
    pub wb_intro: &'static str,
    pub wb_pick: &'static str,
    pub wb_reading: &'static str,
    pub wb_intake_heading: &'static str,
    pub wb_col_file: &'static str,
    pub wb_col_status: &'static str,
    pub wb_col_findings: &'static str,
    pub wb_col_leave_out: &'static str,
    pub wb_status_counted: &'static str,
    pub wb_status_refused: &'static str,
    pub wb_status_left_out: &'static str,
    /// Files counted, of all files received.
    pub wb_counted: fn(usize, usize) -> String,
    pub wb_settings_heading: &'static str,
    pub wb_k_label: &'static str,
    pub wb_k_help: &'static str,
    pub wb_group_label: &'static str,
    pub wb_group_all: &'static str,
    pub wb_group_not_given: &'static str,
    pub wb_picture_heading: &'static str,
    pub wb_organisations: &'static str,
    /// Explains the `<k` cells.
    pub wb_suppressed_note: fn(u32) -> String,
    /// Groups left out because they are smaller than k (count, k).
    pub wb_hidden_groups: fn(u32, u32) -> String,
    /// Fewer than k organisations counted: no figure is shown.
    pub wb_too_few: fn(u32) -> String,
    pub wb_col_service: &'static str,
    pub wb_col_needed: &'static str,
    pub wb_col_not_needed: &'static str,
    pub wb_col_unanswered: &'static str,
    pub wb_col_missing: &'static str,
    pub wb_col_total: &'static str,
    pub wb_services_heading: &'static str,
    pub wb_categories_heading: &'static str,
    pub wb_categories_unit: &'static str,
    pub wb_current_heading: &'static str,
    pub wb_target_heading: &'static str,
    pub wb_gap_heading: &'static str,
    pub wb_delivery_heading: &'static str,
    pub wb_missing_heading: &'static str,
    pub wb_heatmap_heading: &'static str,
    pub wb_downloads_heading: &'static str,
    pub wb_download_html: &'static str,
    pub wb_download_services_csv: &'static str,
    pub wb_download_categories_csv: &'static str,
    pub wb_download_json: &'static str,
    pub wb_report_title: &'static str,
    pub wb_report_privacy: &'static str,
    pub wb_reason_unreadable: &'static str,
    pub wb_reason_invalid_data: &'static str,
    pub wb_reason_other_catalogue: &'static str,
    pub wb_reason_other_version: &'static str,
    pub wb_reason_no_answers: &'static str,
    pub wb_reason_same_content: &'static str,
    pub wb_reason_older_copy: &'static str,
    pub wb_reason_level_not_needed: &'static str,
    pub wb_reason_target_below: &'static str,
    pub wb_reason_no_delivery: &'static str,
    pub wb_reason_all_identical: &'static str,
    /// The strings added with rounds, "you are here", folders and progress.
    pub more: &'static super::text_more::WbMore,
}

/// The language the workbench speaks for an interface in `lang`: Arabic and Mongolian are not
/// translated yet, so the workbench is in English there (and says so with its `lang`).
pub fn text_lang(lang: Lang) -> Lang {
    match lang {
        Lang::En | Lang::Ar | Lang::Mn => Lang::En,
        Lang::Ja => Lang::Ja,
        Lang::Fr => Lang::Fr,
    }
}

/// The workbench strings of `lang` (English for a language they are not translated into).
pub fn text(lang: Lang) -> &'static WbText {
    match text_lang(lang) {
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        _ => &EN,
    }
}

pub const EN: WbText = WbText {
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
    wb_counted: en::wb_counted,
    wb_settings_heading: "Settings",
    wb_k_label: "Smallest group shown (k)",
    wb_k_help: "A figure that rests on fewer than k organisations is not shown, here and in every file. k is at least 3.",
    wb_group_label: "Group by",
    wb_group_all: "All organisations",
    wb_group_not_given: "Not given",
    wb_picture_heading: "The picture",
    wb_organisations: "Organisations counted",
    wb_suppressed_note: en::wb_suppressed_note,
    wb_hidden_groups: en::wb_hidden_groups,
    wb_too_few: en::wb_too_few,
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
    more: &super::text_more::EN,
};

pub const JA: WbText = WbText {
    wb_heading: "コーディネーター用の集計",
    wb_intro: "各組織から返送されたファイル（評価データ（JSON）と概要レポート（HTML））を、種類を問わず何件でもドロップしてください。ファイルはこのブラウザーの中だけで読み込まれます。何もアップロードされず、ご自身の評価は変更されません。",
    wb_pick: "返送されたファイルを選ぶ",
    wb_reading: "ファイルを読み込んでいます…",
    wb_intake_heading: "受け取ったファイル",
    wb_col_file: "ファイル",
    wb_col_status: "状態",
    wb_col_findings: "確認結果",
    wb_col_leave_out: "除外",
    wb_status_counted: "集計に含む",
    wb_status_refused: "集計に含まない",
    wb_status_left_out: "除外しました",
    wb_counted: ja::wb_counted,
    wb_settings_heading: "設定",
    wb_k_label: "表示する最小のグループ（k）",
    wb_k_help: "k 組織未満にもとづく数値は、この画面でもどのファイルでも表示しません。k は 3 以上です。",
    wb_group_label: "グループ分け",
    wb_group_all: "すべての組織",
    wb_group_not_given: "未記入",
    wb_picture_heading: "全体像",
    wb_organisations: "集計した組織",
    wb_suppressed_note: ja::wb_suppressed_note,
    wb_hidden_groups: ja::wb_hidden_groups,
    wb_too_few: ja::wb_too_few,
    wb_col_service: "サービス",
    wb_col_needed: "必要",
    wb_col_not_needed: "不要",
    wb_col_unanswered: "未回答",
    wb_col_missing: "欠落",
    wb_col_total: "合計",
    wb_services_heading: "サービスごと（組織数）",
    wb_categories_heading: "カテゴリごと（全組織の回答数）",
    wb_categories_unit: "カテゴリごとの数は回答の数です。組織とサービスの組み合わせごとに 1 つと数えます。",
    wb_current_heading: "現在のレベル",
    wb_target_heading: "目標レベル",
    wb_gap_heading: "目標レベルとの差",
    wb_delivery_heading: "提供形態",
    wb_missing_heading: "欠落の多いサービス（必要だが未提供、またはレベル 0）",
    wb_heatmap_heading: "サービスごとの現在のレベル",
    wb_downloads_heading: "集計のファイル",
    wb_download_html: "集計レポート（HTML）",
    wb_download_services_csv: "サービスごと（CSV）",
    wb_download_categories_csv: "カテゴリごと（CSV）",
    wb_download_json: "集計データ（JSON）",
    wb_report_title: "返送された自己評価の集計",
    wb_report_privacy: "どの数値も、0 の組織か k 以上の組織にもとづきます。組織名、評価名、評価者、責任者、根拠資料、メモ、理由はこのレポートに含まれません。",
    wb_reason_unreadable: "評価ファイルではありません。このアプリの評価データ（JSON）としても概要レポート（HTML）としても読み込めません。",
    wb_reason_invalid_data: "このファイルの評価データは正しくありません。",
    wb_reason_other_catalogue: "別のカタログで作られています。集計に含みません。",
    wb_reason_other_version: "別の版のカタログで作られています。集計に含みません。",
    wb_reason_no_answers: "カタログのどのサービスにも回答がありません。",
    wb_reason_same_content: "前のファイルと同じ内容です。1 回だけ数えます。",
    wb_reason_older_copy: "後で変更されたファイルと同じ評価です。後のファイルだけを数えます。",
    wb_reason_level_not_needed: "不要とされたサービスにレベルが設定されています。このレベルは数えません。",
    wb_reason_target_below: "目標レベルが現在のレベルより低いサービスがあります。",
    wb_reason_no_delivery: "必要とされたサービスに提供形態の回答がありません。",
    wb_reason_all_identical: "必要なサービスすべてが同じ提供形態と同じ現在のレベルです。送り主に確認してください。",
    more: &super::text_more::JA,
};

pub const FR: WbText = WbText {
    wb_heading: "Consolidation des retours",
    wb_intro: "Déposez les fichiers renvoyés par les organisations : données d’évaluation (JSON) et rapports de synthèse (HTML), mélangés ou non, autant que vous en avez. Ils sont lus dans ce navigateur seulement : rien n’est envoyé, et vos propres évaluations ne changent pas.",
    wb_pick: "Choisir les fichiers renvoyés",
    wb_reading: "Lecture des fichiers…",
    wb_intake_heading: "Fichiers reçus",
    wb_col_file: "Fichier",
    wb_col_status: "État",
    wb_col_findings: "Constats",
    wb_col_leave_out: "Écarter",
    wb_status_counted: "Compté",
    wb_status_refused: "Non compté",
    wb_status_left_out: "Écarté",
    wb_counted: fr::wb_counted,
    wb_settings_heading: "Réglages",
    wb_k_label: "Plus petit groupe affiché (k)",
    wb_k_help: "Un chiffre qui repose sur moins de k organisations n’est pas affiché, ici et dans chaque fichier. k vaut au moins 3.",
    wb_group_label: "Regrouper par",
    wb_group_all: "Toutes les organisations",
    wb_group_not_given: "Non renseigné",
    wb_picture_heading: "Vue d’ensemble",
    wb_organisations: "Organisations comptées",
    wb_suppressed_note: fr::wb_suppressed_note,
    wb_hidden_groups: fr::wb_hidden_groups,
    wb_too_few: fr::wb_too_few,
    wb_col_service: "Service",
    wb_col_needed: "Nécessaire",
    wb_col_not_needed: "Non nécessaire",
    wb_col_unanswered: "Sans réponse",
    wb_col_missing: "Manquant",
    wb_col_total: "Total",
    wb_services_heading: "Par service (organisations)",
    wb_categories_heading: "Par catégorie (réponses de toutes les organisations)",
    wb_categories_unit: "Les nombres par catégorie sont des réponses : une par organisation et par service.",
    wb_current_heading: "Niveau actuel",
    wb_target_heading: "Niveau cible",
    wb_gap_heading: "Écart au niveau cible",
    wb_delivery_heading: "Mode de fourniture",
    wb_missing_heading: "Services le plus souvent manquants (nécessaires, mais pas encore fournis ou au niveau 0)",
    wb_heatmap_heading: "Niveaux actuels, service par service",
    wb_downloads_heading: "Fichiers de la consolidation",
    wb_download_html: "Rapport consolidé (HTML)",
    wb_download_services_csv: "Par service (CSV)",
    wb_download_categories_csv: "Par catégorie (CSV)",
    wb_download_json: "Données consolidées (JSON)",
    wb_report_title: "Consolidation des auto-évaluations renvoyées",
    wb_report_privacy: "Chaque chiffre repose sur aucune organisation ou sur au moins k d’entre elles. Les noms des organisations et des évaluations, les évaluateurs, les responsables, les éléments de preuve, les remarques et les raisons ne figurent pas dans ce rapport.",
    wb_reason_unreadable: "Ce n’est pas un fichier d’évaluation : il ne se lit ni comme données d’évaluation (JSON) ni comme rapport de synthèse (HTML) de cette application.",
    wb_reason_invalid_data: "Les données d’évaluation de ce fichier ne sont pas valides.",
    wb_reason_other_catalogue: "Fait avec un autre catalogue : non compté.",
    wb_reason_other_version: "Fait avec une autre version du catalogue : non compté.",
    wb_reason_no_answers: "Aucune réponse pour un service du catalogue.",
    wb_reason_same_content: "Même contenu qu’un fichier précédent : compté une fois.",
    wb_reason_older_copy: "Même évaluation qu’un fichier modifié plus tard : seul le plus récent est compté.",
    wb_reason_level_not_needed: "Un niveau est donné à un service marqué non nécessaire ; il n’est pas compté.",
    wb_reason_target_below: "Un niveau cible est inférieur au niveau actuel.",
    wb_reason_no_delivery: "Un service marqué nécessaire n’a pas de réponse sur le mode de fourniture.",
    wb_reason_all_identical: "Tous les services nécessaires ont le même mode de fourniture et le même niveau actuel : vérifiez le fichier avec son expéditeur.",
    more: &super::text_more::FR,
};

mod en {

    pub(super) fn wb_counted(n: usize, total: usize) -> String {
        let files = if total == 1 { "file" } else { "files" };
        format!("{n} of {total} {files} counted")
    }

    pub(super) fn wb_suppressed_note(k: u32) -> String {
        format!("“<{k}”: rests on fewer than {k} organisations, so it is not shown.")
    }

    pub(super) fn wb_hidden_groups(n: u32, k: u32) -> String {
        if n == 1 {
            format!("1 group of fewer than {k} organisations is not shown.")
        } else {
            format!("{n} groups of fewer than {k} organisations are not shown.")
        }
    }

    pub(super) fn wb_too_few(k: u32) -> String {
        format!("Fewer than {k} organisations are counted: no figure is shown.")
    }
}

mod ja {

    pub(super) fn wb_counted(n: usize, total: usize) -> String {
        format!("{total} 件中 {n} 件のファイルを集計しています")
    }

    pub(super) fn wb_suppressed_note(k: u32) -> String {
        format!("「<{k}」：{k} 組織未満にもとづくため表示しません。")
    }

    pub(super) fn wb_hidden_groups(n: u32, k: u32) -> String {
        format!("{k} 組織未満のグループ {n} 件は表示しません。")
    }

    pub(super) fn wb_too_few(k: u32) -> String {
        format!("集計した組織が {k} 未満のため、数値は表示しません。")
    }
}

mod fr {

    pub(super) fn wb_counted(n: usize, total: usize) -> String {
        if n <= 1 {
            format!("{n} fichier compté sur {total}")
        } else {
            format!("{n} fichiers comptés sur {total}")
        }
    }

    pub(super) fn wb_suppressed_note(k: u32) -> String {
        format!("«\u{202f}<{k}\u{202f}»\u{202f}: repose sur moins de {k} organisations, donc non affiché.")
    }

    pub(super) fn wb_hidden_groups(n: u32, k: u32) -> String {
        if n <= 1 {
            format!("{n} groupe de moins de {k} organisations n’est pas affiché.")
        } else {
            format!("{n} groupes de moins de {k} organisations ne sont pas affichés.")
        }
    }

    pub(super) fn wb_too_few(k: u32) -> String {
        format!("Moins de {k} organisations sont comptées\u{202f}: aucun chiffre n’est affiché.")
    }
}
