//! The workbench's own interface strings, in every language: they travel with the workbench part
//! (src/parts.rs), so a visitor who never opens it never downloads them. Same rules as
//! [`crate::i18n::UiText`]: one constant per language, checked by the compiler, and by
//! core/tests/wording.rs (glossary, typography, singular forms). Strings shared with the rest of
//! the app (level, delivery and profile labels) stay in `UiText`.

use crate::lang::Lang;

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
    /// Made with an earlier version of the catalogue: counted after its answers were moved.
    pub wb_reason_moved_version: &'static str,
    // Campaigns (issue 16): sealed submissions and the organiser's private key.
    pub wb_reason_sealed: &'static str,
    pub wb_reason_wrong_key: &'static str,
    pub wb_reason_tampered: &'static str,
    pub wb_key_heading: &'static str,
    pub wb_key_help: &'static str,
    pub wb_key_pick: &'static str,
    pub wb_key_loaded: &'static str,
    pub wb_key_refused: &'static str,
    pub wb_key_forget: &'static str,
    // The organiser's tool (issue 16): the campaign file and the key pair.
    pub wb_org_heading: &'static str,
    pub wb_org_help: &'static str,
    pub wb_org_id: &'static str,
    pub wb_org_name: &'static str,
    pub wb_org_organiser: &'static str,
    pub wb_org_consent: &'static str,
    pub wb_org_deadline: &'static str,
    pub wb_org_scope: &'static str,
    pub wb_org_sectors: &'static str,
    pub wb_org_sizes: &'static str,
    pub wb_org_regions: &'static str,
    pub wb_org_region_label: &'static str,
    pub wb_org_type: &'static str,
    pub wb_org_type_label: &'static str,
    pub wb_org_type_self: &'static str,
    pub wb_org_type_peer: &'static str,
    pub wb_org_type_third: &'static str,
    pub wb_org_asks: &'static str,
    pub wb_org_encrypt: &'static str,
    pub wb_org_make: &'static str,
    pub wb_org_refused: &'static str,
    pub wb_org_made: &'static str,
    pub wb_org_key_warning: &'static str,
    pub wb_org_key_download: &'static str,
    pub wb_org_key_done: &'static str,
    /// The strings added with rounds, "you are here", folders and progress.
    pub more: &'static super::text_more::WbMore,
}

/// The workbench strings of `lang`.
pub fn text(lang: Lang) -> &'static WbText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
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
    wb_reason_moved_version: "以前のバージョンのカタログで作成されています。回答はこのバージョンに移しました。一覧のサービスの回答は新しいバージョンで確認待ちのため、数えていません。",
    wb_reason_sealed: "実施者向けに暗号化されています。開くには実施者の秘密鍵を読み込んでください。",
    wb_reason_wrong_key: "読み込んだ秘密鍵ではこのファイルを開けません。別の鍵向けに暗号化されています。",
    wb_reason_tampered: "この暗号化ファイルは作成後に変更されたか、壊れています。受け付けません。",
    wb_key_heading: "暗号化された提出ファイル",
    wb_key_help: "公開鍵のあるキャンペーンへの提出ファイルは暗号化されています。開くには実施者の秘密鍵（JWK ファイル）を読み込んでください。鍵はこのブラウザーのタブのメモリーにだけ置かれ、保存されず、集計を離れると消えます。",
    wb_key_pick: "秘密鍵を読み込む",
    wb_key_loaded: "秘密鍵を読み込みました（メモリーのみ）。",
    wb_key_refused: "このファイルは RSA-OAEP 用の RSA 秘密鍵（JWK）ではありません。",
    wb_key_forget: "秘密鍵を消す",    wb_org_heading: "キャンペーンファイルを作る",
    wb_org_help: "実施者向け：各組織に尋ねる内容を書き、キャンペーンファイルをダウンロードして配布するか、ウェブページで指定します（data-campaign）。文はこのページの言語で書きます。",
    wb_org_id: "キャンペーン ID（英小文字、数字、- または _）",
    wb_org_name: "キャンペーン名",
    wb_org_organiser: "実施者",
    wb_org_consent: "同意の文",
    wb_org_deadline: "提出期限",
    wb_org_scope: "対象のカテゴリ",
    wb_org_sectors: "業種（1 行に 1 つ）",
    wb_org_sizes: "規模の区分（1 行に 1 つ）",
    wb_org_regions: "地域（1 行に 1 つ）",
    wb_org_region_label: "地域",
    wb_org_type: "評価の種類を尋ねる",
    wb_org_type_label: "評価の種類",
    wb_org_type_self: "自己評価",
    wb_org_type_peer: "ピアレビュー",
    wb_org_type_third: "第三者評価",
    wb_org_asks: "ほかに求めるもの（参加者が同意した場合だけ）",
    wb_org_encrypt: "提出ファイルを自分向けに暗号化する（このブラウザーで鍵ペアを作ります）",
    wb_org_make: "キャンペーンファイルを作る",
    wb_org_refused: "キャンペーンファイルを作れません：",
    wb_org_made: "キャンペーンファイルをダウンロードしました。",
    wb_org_key_warning: "秘密鍵を今ダウンロードしてください。機会はこの 1 回だけです。どこにも保存されず、復元できません。秘密鍵がないと、このキャンペーンの提出ファイルは開けません。安全に保管し、だれにも渡さないでください。",
    wb_org_key_download: "秘密鍵をダウンロード（1 回だけ）",
    wb_org_key_done: "秘密鍵をダウンロードしました。このページは秘密鍵を消しました。",
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
    wb_reason_moved_version: "Fait avec une version antérieure du catalogue. Ses réponses ont été déplacées vers cette version. Les réponses listées attendent une vérification dans la nouvelle version et ne sont pas comptées.",
    wb_reason_sealed: "Chiffré pour l’organisateur\u{202f}: chargez la clé privée de l’organisateur pour l’ouvrir.",
    wb_reason_wrong_key: "La clé privée chargée ne peut pas ouvrir ce fichier\u{202f}: il a été chiffré pour une autre clé.",
    wb_reason_tampered: "Ce fichier chiffré a été modifié ou abîmé après sa création\u{202f}: refusé.",
    wb_key_heading: "Contributions chiffrées",
    wb_key_help: "Les contributions à une campagne qui a une clé publique sont chiffrées. Chargez la clé privée de l’organisateur (fichier JWK) pour les ouvrir. La clé reste dans cet onglet du navigateur, en mémoire seulement\u{202f}: elle n’est pas enregistrée et elle est oubliée quand vous quittez la consolidation.",
    wb_key_pick: "Charger la clé privée",
    wb_key_loaded: "Clé privée chargée (en mémoire seulement).",
    wb_key_refused: "Ce fichier n’est pas une clé privée RSA pour RSA-OAEP (JWK).",
    wb_key_forget: "Oublier la clé privée",    wb_org_heading: "Créer un fichier de campagne",
    wb_org_help: "Pour l’organisateur\u{202f}: écrivez ce que l’on demande à chaque organisation, puis téléchargez le fichier de campagne pour le leur donner ou l’indiquer dans votre page web (data-campaign). Les textes sont dans la langue de cette page.",
    wb_org_id: "Identifiant de la campagne (lettres minuscules, chiffres, - ou _)",
    wb_org_name: "Nom de la campagne",
    wb_org_organiser: "Organisateur",
    wb_org_consent: "Déclaration de consentement",
    wb_org_deadline: "Date limite",
    wb_org_scope: "Catégories concernées",
    wb_org_sectors: "Secteurs (un par ligne)",
    wb_org_sizes: "Tranches d’effectif (une par ligne)",
    wb_org_regions: "Régions (une par ligne)",
    wb_org_region_label: "Région",
    wb_org_type: "Demander le type d’évaluation",
    wb_org_type_label: "Type d’évaluation",
    wb_org_type_self: "Auto-évaluation",
    wb_org_type_peer: "Revue par les pairs",
    wb_org_type_third: "Tierce partie",
    wb_org_asks: "Demander aussi (chaque élément seulement si le participant l’accepte)",
    wb_org_encrypt: "Chiffrer les contributions pour moi (crée une paire de clés dans ce navigateur)",
    wb_org_make: "Créer le fichier de campagne",
    wb_org_refused: "Le fichier de campagne ne peut pas être créé\u{202f}:",
    wb_org_made: "Le fichier de campagne est téléchargé.",
    wb_org_key_warning: "Téléchargez votre clé privée maintenant. C’est la seule fois\u{202f}: elle n’est enregistrée nulle part et ne peut pas être récupérée. Sans elle, aucune contribution à cette campagne ne peut être ouverte. Gardez-la en lieu sûr et ne la donnez à personne.",
    wb_org_key_download: "Télécharger la clé privée (une seule fois)",
    wb_org_key_done: "La clé privée est téléchargée. Cette page l’a oubliée.",
    more: &super::text_more::FR,
};

/// Arabic: our own translation, not reviewed by a native speaker (docs/translations.md). Counts
/// are worded "label: figure" where the noun would have to agree with the figure.
pub const AR: WbText = WbText {
    wb_heading: "أداة التجميع للمنسِّق",
    wb_intro: "أفلِت هنا الملفات التي أعادتها المؤسسات: بيانات التقييم (JSON) والتقارير الموجزة (HTML)، بأي خليط وبأي عدد. تُقرأ في هذا المتصفح فقط: لا يُرفَع أي شيء، ولا تتغيّر تقييماتك.",
    wb_pick: "اختيار الملفات المُعادة",
    wb_reading: "جارٍ قراءة الملفات…",
    wb_intake_heading: "الملفات المستلَمة",
    wb_col_file: "الملف",
    wb_col_status: "الحالة",
    wb_col_findings: "نتائج الفحص",
    wb_col_leave_out: "استبعاد",
    wb_status_counted: "محسوب",
    wb_status_refused: "غير محسوب",
    wb_status_left_out: "مستبعَد",
    wb_counted: ar::wb_counted,
    wb_settings_heading: "الإعدادات",
    wb_k_label: "أصغر مجموعة معروضة (k)",
    wb_k_help: "لا يُعرَض أي رقم يستند إلى عدد من المؤسسات أقل من k، لا هنا ولا في أي ملف. قيمة k هي 3 على الأقل.",
    wb_group_label: "التجميع حسب",
    wb_group_all: "كل المؤسسات",
    wb_group_not_given: "غير مذكور",
    wb_picture_heading: "الصورة العامة",
    wb_organisations: "المؤسسات المحسوبة",
    wb_suppressed_note: ar::wb_suppressed_note,
    wb_hidden_groups: ar::wb_hidden_groups,
    wb_too_few: ar::wb_too_few,
    wb_col_service: "الخدمة",
    wb_col_needed: "مطلوبة",
    wb_col_not_needed: "غير مطلوبة",
    wb_col_unanswered: "بلا إجابة",
    wb_col_missing: "ناقصة",
    wb_col_total: "المجموع",
    wb_services_heading: "لكل خدمة (عدد المؤسسات)",
    wb_categories_heading: "لكل فئة (إجابات كل المؤسسات)",
    wb_categories_unit: "الأعداد لكل فئة هي أعداد إجابات: إجابة واحدة لكل مؤسسة وخدمة.",
    wb_current_heading: "المستوى الحالي",
    wb_target_heading: "المستوى المستهدف",
    wb_gap_heading: "الفجوة عن المستوى المستهدف",
    wb_delivery_heading: "طريقة التقديم",
    wb_missing_heading: "الخدمات الأكثر نقصًا (مطلوبة، لكنها لم تُقدَّم بعد أو في المستوى 0)",
    wb_heatmap_heading: "المستويات الحالية، خدمة بخدمة",
    wb_downloads_heading: "ملفات التجميع",
    wb_download_html: "تقرير التجميع (HTML)",
    wb_download_services_csv: "لكل خدمة (CSV)",
    wb_download_categories_csv: "لكل فئة (CSV)",
    wb_download_json: "بيانات التجميع (JSON)",
    wb_report_title: "تجميع التقييمات الذاتية المُعادة",
    wb_report_privacy: "كل رقم يستند إما إلى لا مؤسسة أو إلى k مؤسسات على الأقل. لا يتضمن هذا التقرير أسماء المؤسسات والتقييمات، ولا القائمين بالتقييم، ولا المسؤولين، ولا الأدلة، ولا الملاحظات، ولا الأسباب.",
    wb_reason_unreadable: "ليس ملف تقييم: لا يمكن قراءته كبيانات تقييم (JSON) ولا كتقرير موجز (HTML) من هذه الأداة.",
    wb_reason_invalid_data: "بيانات التقييم في هذا الملف غير صالحة.",
    wb_reason_other_catalogue: "أُنشئ بكتالوج آخر: غير محسوب.",
    wb_reason_other_version: "أُنشئ بإصدار آخر من الكتالوج: غير محسوب.",
    wb_reason_no_answers: "لا توجد إجابة عن أي خدمة من الكتالوج.",
    wb_reason_same_content: "نفس محتوى ملف سابق: يُحسَب مرة واحدة.",
    wb_reason_older_copy: "نفس التقييم في ملف تغيّر لاحقًا: يُحسَب الملف الأحدث فقط.",
    wb_reason_level_not_needed: "يوجد مستوى لخدمة محدَّدة بأنها غير مطلوبة؛ هذا المستوى لا يُحسَب.",
    wb_reason_target_below: "يوجد مستوى مستهدف أقل من المستوى الحالي.",
    wb_reason_no_delivery: "توجد خدمة مطلوبة بلا إجابة عن طريقة التقديم.",
    wb_reason_all_identical: "كل الخدمات المطلوبة لها نفس طريقة التقديم ونفس المستوى الحالي: تحقّق من الملف مع مُرسِله.",
    wb_reason_moved_version: "أُجري بإصدار سابق من الكتالوج. نقلنا إجاباته إلى هذا الإصدار؛ الإجابات المذكورة تنتظر المراجعة في الإصدار الجديد ولا تُحسب.",
    wb_reason_sealed: "مشفَّر للجهة المنظمة: حمِّل المفتاح الخاص للجهة المنظمة لفتحه.",
    wb_reason_wrong_key: "لا يستطيع المفتاح الخاص المحمَّل فتح هذا الملف: شُفِّر لمفتاح آخر.",
    wb_reason_tampered: "تغيّر هذا الملف المشفَّر أو تلف بعد إعداده: مرفوض.",
    wb_key_heading: "ملفات المشاركة المشفَّرة",
    wb_key_help: "ملفات المشاركة في حملة لها مفتاح عام مشفَّرة. حمِّل المفتاح الخاص للجهة المنظمة (ملف JWK) لفتحها. يبقى المفتاح في ذاكرة علامة التبويب هذه فقط: لا يُحفظ، ويُنسى عند مغادرة التجميع.",
    wb_key_pick: "تحميل المفتاح الخاص",
    wb_key_loaded: "تم تحميل المفتاح الخاص (في الذاكرة فقط).",
    wb_key_refused: "هذا الملف ليس مفتاحًا خاصًا من نوع RSA لـ RSA-OAEP (JWK).",
    wb_key_forget: "نسيان المفتاح الخاص",
    wb_org_heading: "إعداد ملف حملة",
    wb_org_help: "للجهة المنظمة: اكتب ما يُطلب من كل مؤسسة، ثم نزّل ملف الحملة لتعطيه لها أو لتحدده في صفحتك على الويب (data-campaign). تُكتب النصوص بلغة هذه الصفحة.",
    wb_org_id: "معرّف الحملة (أحرف لاتينية صغيرة أو أرقام أو - أو _)",
    wb_org_name: "اسم الحملة",
    wb_org_organiser: "الجهة المنظمة",
    wb_org_consent: "بيان الموافقة",
    wb_org_deadline: "الموعد النهائي",
    wb_org_scope: "الفئات المشمولة",
    wb_org_sectors: "القطاعات (واحد في كل سطر)",
    wb_org_sizes: "فئات الحجم (واحدة في كل سطر)",
    wb_org_regions: "المناطق (واحدة في كل سطر)",
    wb_org_region_label: "المنطقة",
    wb_org_type: "السؤال عن نوع التقييم",
    wb_org_type_label: "نوع التقييم",
    wb_org_type_self: "تقييم ذاتي",
    wb_org_type_peer: "مراجعة الأقران",
    wb_org_type_third: "جهة خارجية",
    wb_org_asks: "اطلب أيضًا (كل عنصر فقط إذا وافق المشارك)",
    wb_org_encrypt: "تشفير ملفات المشاركة لي (يُنشئ زوج مفاتيح في هذا المتصفح)",
    wb_org_make: "إعداد ملف الحملة",
    wb_org_refused: "لا يمكن إعداد ملف الحملة:",
    wb_org_made: "تم تنزيل ملف الحملة.",
    wb_org_key_warning: "نزّل مفتاحك الخاص الآن. هذه هي المرة الوحيدة: لا يُحفظ في أي مكان ولا يمكن استرجاعه. بدونه لا يمكن فتح أي ملف مشاركة في هذه الحملة. احفظه في مكان آمن ولا تعطه لأحد.",
    wb_org_key_download: "تنزيل المفتاح الخاص (مرة واحدة)",
    wb_org_key_done: "تم تنزيل المفتاح الخاص. نسيته هذه الصفحة.",
    more: &super::text_more::AR,
};

/// Mongolian (Cyrillic): our own translation, not reviewed by a native speaker. No case ending
/// is put on a figure or on k (it would follow the sound of the number word): the figure follows
/// a label ("Хязгаар: 5").
pub const MN: WbText = WbText {
    wb_heading: "Зохицуулагчийн нэгтгэл",
    wb_intro: "Байгууллагуудын буцааж ирүүлсэн файлуудыг энд чирж оруулна уу: үнэлгээний өгөгдөл (JSON) болон хураангуй тайлан (HTML), холимог ч байж болно, хэдэн ч байж болно. Тэдгээрийг зөвхөн энэ хөтөч дээр уншина: юу ч илгээгдэхгүй, таны өөрийн үнэлгээ өөрчлөгдөхгүй.",
    wb_pick: "Буцаж ирсэн файлуудыг сонгох",
    wb_reading: "Файлуудыг уншиж байна…",
    wb_intake_heading: "Хүлээн авсан файлууд",
    wb_col_file: "Файл",
    wb_col_status: "Төлөв",
    wb_col_findings: "Илэрсэн зүйл",
    wb_col_leave_out: "Хасах",
    wb_status_counted: "Тооцсон",
    wb_status_refused: "Тооцоогүй",
    wb_status_left_out: "Хассан",
    wb_counted: mn::wb_counted,
    wb_settings_heading: "Тохиргоо",
    wb_k_label: "Харуулах хамгийн жижиг бүлэг (k)",
    wb_k_help: "Үзүүлэлт нь k буюу түүнээс олон байгууллагад үндэслээгүй бол түүнийг энд ч, ямар ч файлд ч харуулахгүй. k нь хамгийн багадаа 3.",
    wb_group_label: "Бүлэглэх",
    wb_group_all: "Бүх байгууллага",
    wb_group_not_given: "Заагаагүй",
    wb_picture_heading: "Ерөнхий дүр зураг",
    wb_organisations: "Тооцсон байгууллага",
    wb_suppressed_note: mn::wb_suppressed_note,
    wb_hidden_groups: mn::wb_hidden_groups,
    wb_too_few: mn::wb_too_few,
    wb_col_service: "Үйлчилгээ",
    wb_col_needed: "Шаардлагатай",
    wb_col_not_needed: "Шаардлагагүй",
    wb_col_unanswered: "Хариулаагүй",
    wb_col_missing: "Дутуу",
    wb_col_total: "Нийт",
    wb_services_heading: "Үйлчилгээ тус бүрээр (байгууллагын тоо)",
    wb_categories_heading: "Ангилал тус бүрээр (бүх байгууллагын хариулт)",
    wb_categories_unit: "Ангилал тус бүрийн тоо нь хариултын тоо: байгууллага, үйлчилгээ бүрт нэг хариулт.",
    wb_current_heading: "Одоогийн түвшин",
    wb_target_heading: "Зорилтот түвшин",
    wb_gap_heading: "Зорилтот түвшнээс зөрүү",
    wb_delivery_heading: "Гүйцэтгэх хэлбэр",
    wb_missing_heading: "Хамгийн олон удаа дутуу байгаа үйлчилгээ (шаардлагатай боловч одоогоор гүйцэтгээгүй эсвэл 0 түвшинд)",
    wb_heatmap_heading: "Одоогийн түвшин, үйлчилгээ тус бүрээр",
    wb_downloads_heading: "Нэгтгэлийн файлууд",
    wb_download_html: "Нэгтгэлийн тайлан (HTML)",
    wb_download_services_csv: "Үйлчилгээ тус бүрээр (CSV)",
    wb_download_categories_csv: "Ангилал тус бүрээр (CSV)",
    wb_download_json: "Нэгтгэлийн өгөгдөл (JSON)",
    wb_report_title: "Буцаж ирсэн өөрийн үнэлгээнүүдийн нэгтгэл",
    wb_report_privacy: "Үзүүлэлт бүр нэг ч байгууллагад үндэслээгүй, эсвэл хамгийн багадаа k байгууллагад үндэслэсэн. Байгууллага болон үнэлгээний нэр, үнэлгээ хийсэн хүн, хариуцагч, нотлох баримт, тэмдэглэл, шалтгаан энэ тайланд байхгүй.",
    wb_reason_unreadable: "Үнэлгээний файл биш: үүнийг энэ хэрэгслийн үнэлгээний өгөгдөл (JSON) эсвэл хураангуй тайлан (HTML) болгон уншиж чадахгүй.",
    wb_reason_invalid_data: "Энэ файл дахь үнэлгээний өгөгдөл буруу байна.",
    wb_reason_other_catalogue: "Өөр каталогоор хийсэн: тооцоогүй.",
    wb_reason_other_version: "Каталогийн өөр хувилбараар хийсэн: тооцоогүй.",
    wb_reason_no_answers: "Каталогийн аль ч үйлчилгээнд хариулт алга.",
    wb_reason_same_content: "Өмнөх файлтай ижил агуулгатай: нэг удаа тооцно.",
    wb_reason_older_copy: "Хожим өөрчлөгдсөн файлтай ижил үнэлгээ: зөвхөн сүүлд өөрчлөгдсөнийг тооцно.",
    wb_reason_level_not_needed: "Шаардлагагүй гэж тэмдэглэсэн үйлчилгээнд түвшин тогтоосон байна. Энэ түвшинг тооцохгүй.",
    wb_reason_target_below: "Зорилтот түвшин нь одоогийн түвшнээс доогуур байна.",
    wb_reason_no_delivery: "Шаардлагатай гэж тэмдэглэсэн үйлчилгээнд гүйцэтгэх хэлбэрийн хариулт алга.",
    wb_reason_all_identical: "Шаардлагатай бүх үйлчилгээ ижил гүйцэтгэх хэлбэр, ижил одоогийн түвшинтэй байна: файлыг илгээгчтэй нь шалгана уу.",
    wb_reason_moved_version: "Каталогийн өмнөх хувилбараар хийсэн. Хариултуудыг энэ хувилбар руу шилжүүлсэн; жагсаасан хариултууд шинэ хувилбарт шалгалт хүлээж байгаа тул тоолохгүй.",
    wb_reason_sealed: "Зохион байгуулагчид зориулж шифрлэсэн: нээхийн тулд зохион байгуулагчийн хувийн түлхүүрийг ачаална уу.",
    wb_reason_wrong_key: "Ачаалсан хувийн түлхүүр энэ файлыг нээж чадахгүй: өөр түлхүүрт зориулж шифрлэсэн байна.",
    wb_reason_tampered: "Энэ шифрлэсэн файлыг хийсний дараа өөрчилсөн эсвэл гэмтсэн байна: хүлээн авахгүй.",
    wb_key_heading: "Шифрлэсэн илгээсэн файлууд",
    wb_key_help: "Нийтийн түлхүүртэй кампанит ажилд илгээсэн файлууд шифрлэгдсэн байдаг. Тэдгээрийг нээхийн тулд зохион байгуулагчийн хувийн түлхүүрийг (JWK файл) ачаална уу. Түлхүүр зөвхөн энэ хөтчийн табын санах ойд байна: хадгалагдахгүй, нэгтгэлээс гарахад мартагдана.",
    wb_key_pick: "Хувийн түлхүүр ачаалах",
    wb_key_loaded: "Хувийн түлхүүрийг ачааллаа (зөвхөн санах ойд).",
    wb_key_refused: "Энэ файл нь RSA-OAEP-д зориулсан RSA хувийн түлхүүр (JWK) биш байна.",
    wb_key_forget: "Хувийн түлхүүрийг мартах",
    wb_org_heading: "Кампанит ажлын файл үүсгэх",
    wb_org_help: "Зохион байгуулагчид: байгууллага бүрээс юу асуухаа бичээд, кампанит ажлын файлыг татаж тэдэнд өгөх эсвэл вэб хуудсандаа заана (data-campaign). Бичвэрүүд энэ хуудасны хэлээр байна.",
    wb_org_id: "Кампанит ажлын код (латин жижиг үсэг, тоо, - эсвэл _)",
    wb_org_name: "Кампанит ажлын нэр",
    wb_org_organiser: "Зохион байгуулагч",
    wb_org_consent: "Зөвшөөрлийн мэдэгдэл",
    wb_org_deadline: "Эцсийн хугацаа",
    wb_org_scope: "Хамрах ангиллууд",
    wb_org_sectors: "Салбарууд (мөр бүрт нэг)",
    wb_org_sizes: "Хэмжээний ангилал (мөр бүрт нэг)",
    wb_org_regions: "Бүс нутгууд (мөр бүрт нэг)",
    wb_org_region_label: "Бүс нутаг",
    wb_org_type: "Үнэлгээний төрлийг асуух",
    wb_org_type_label: "Үнэлгээний төрөл",
    wb_org_type_self: "Өөрийн үнэлгээ",
    wb_org_type_peer: "Хамтрагчийн хяналт",
    wb_org_type_third: "Гуравдагч тал",
    wb_org_asks: "Мөн асуух (оролцогч зөвшөөрсөн тохиолдолд л)",
    wb_org_encrypt: "Илгээсэн файлуудыг надад зориулж шифрлэх (энэ хөтөч дээр түлхүүрийн хос үүсгэнэ)",
    wb_org_make: "Кампанит ажлын файл үүсгэх",
    wb_org_refused: "Кампанит ажлын файлыг үүсгэж чадсангүй:",
    wb_org_made: "Кампанит ажлын файлыг татлаа.",
    wb_org_key_warning: "Хувийн түлхүүрээ одоо татна уу. Энэ бол цорын ганц боломж: хаана ч хадгалагдахгүй, сэргээх боломжгүй. Түүнгүйгээр энэ кампанит ажилд илгээсэн ямар ч файлыг нээж чадахгүй. Аюулгүй хадгалж, хэнд ч бүү өг.",
    wb_org_key_download: "Хувийн түлхүүрийг татах (нэг удаа)",
    wb_org_key_done: "Хувийн түлхүүрийг татлаа. Энэ хуудас түүнийг мартсан.",
    more: &super::text_more::MN,
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

mod ar {
    use crate::i18n::ar::count;

    /// "fewer than k organisations": k is at least 3, so the noun is the plural (3–10) or the
    /// singular (11 and more).
    fn organisations(k: u32) -> String {
        count(k as usize, "مؤسسة واحدة", "مؤسستين", "مؤسسات", "مؤسسة")
    }

    pub(super) fn wb_counted(n: usize, total: usize) -> String {
        format!("الملفات المحسوبة: {n} من {total}")
    }

    pub(super) fn wb_suppressed_note(k: u32) -> String {
        // "<5" isolated left to right (U+2066 … U+2069), as in the tables, the charts and the CSV:
        // in right-to-left text the browser would mirror it.
        format!("«\u{2066}<{k}\u{2069}»: يستند إلى أقل من {}، لذلك لا يُعرَض.", organisations(k))
    }

    pub(super) fn wb_hidden_groups(n: u32, k: u32) -> String {
        format!("لا تُعرَض المجموعات التي فيها أقل من {}. عدد هذه المجموعات: {n}.", organisations(k))
    }

    pub(super) fn wb_too_few(k: u32) -> String {
        format!("عدد المؤسسات المحسوبة أقل من {k}: لا يُعرَض أي رقم.")
    }
}

mod mn {
    // The figure follows a label, so that it takes no case ending.

    pub(super) fn wb_counted(n: usize, total: usize) -> String {
        format!("Тооцсон файл: {n} / {total}")
    }

    pub(super) fn wb_suppressed_note(k: u32) -> String {
        format!("«<{k}»: байгууллагын тоо хязгаараас бага тул харуулахгүй. Хязгаар: {k}.")
    }

    pub(super) fn wb_hidden_groups(n: u32, k: u32) -> String {
        format!("Байгууллагын тоо нь хязгаараас бага тул харуулаагүй бүлэг: {n}. Хязгаар: {k}.")
    }

    pub(super) fn wb_too_few(k: u32) -> String {
        format!("Тооцсон байгууллагын тоо хязгаараас бага тул ямар ч үзүүлэлт харуулахгүй. Хязгаар: {k}.")
    }
}
