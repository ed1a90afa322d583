//! Japanese.

pub(crate) mod campaign;
pub(crate) mod editions;
pub(crate) mod workbench;

use super::{LevelText, UiText};
use crate::error_text::ErrorText;

pub const TEXT: UiText = UiText {
    // Every screen: the header, the navigation between views, the language menu, parts being fetched, shared buttons.
    language_name: "日本語",
    language_label: "言語",
    app_title: "X.1060 サイバーディフェンスセンター自己評価",
    app_tagline: "組織に必要なセキュリティサービス、その提供者、現在の成熟度を確認できます。",
    skip_link: "本文へ移動",
    nav_label: "セクション",
    nav_checklist: "チェックリスト",
    nav_results: "結果",
    nav_assessments: "評価の一覧",
    nav_about: "このツールについて",
    nav_workbench: "集計",
    nav_campaign: "キャンペーン",
    part_loading: "この部分を読み込んでいます…",
    part_failed: "この部分を読み込めませんでした。接続を確認してから、もう一度お試しください。回答は保存されています。",
    part_retry: "もう一度試す",
    cancel: "キャンセル",
    dismiss: "閉じる",

    // Every screen: saving, notices, other tabs and backups of the open assessment (the status strip).
    status_saved: "このブラウザーに保存済み",
    status_saved_at,
    status_memory_only: "未保存：このページ内にのみ保持しています",
    status_save_failed: "最後の変更は保存されていません",
    notice_storage_unavailable: "このブラウザーでは、このアプリはデータを保存できません（プライベートウィンドウや、他のサイトに埋め込まれている場合など）。回答は、このページを閉じるまでページ内に保持されます。回答を残すには、評価データをダウンロードしてください。",
    notice_quota: "ブラウザーの保存容量がいっぱいのため、最後の変更は保存されませんでした。変更はこのページにまだ残っており、前回保存したデータも失われていません。今すぐ評価データをダウンロードしてください。",
    notice_corrupt: "このブラウザーに保存されたデータを読み込めませんでした。データは変更せずにバックアップとして保管し、アプリは空の評価で起動しました。調査のために、破損したデータをダウンロードできます。",
    notice_newer: "保存されたデータの一部は、このアプリの新しいバージョンで作成されたものです。変更せずに保管しており、上書きしません。表示する場合は読み取り専用です。変更するには新しいバージョンのアプリを使ってください。",
    download_damaged: "破損したデータをダウンロード",
    notice_language_unavailable: "選んだ言語を読み込めなかったため、この言語のまま表示しています。接続を確認してから、もう一度選んでください。回答は保存されています。",
    notice_replace_refused: "開いている評価のバックアップを作成できなかったため、ファイルで置き換えませんでした。何も変更していません。代わりに、ファイルを新しい評価として開いてください。",
    notice_catalogue_newer: "このブラウザーに保存したカタログは、このアプリの新しいバージョンで作成されたものです。変更せずに保管し、組み込みカタログを使います。",
    notice_prefs_corrupt: "保存した設定（言語など）を読み込めませんでした。設定はバックアップとして保管し、通常の設定を使います。",
    notice_prefs_newer: "設定は、このアプリの新しいバージョンで保存されたものです。変更せずに保管します。ここで変えた設定（言語など）は保存されません。",
    notice_catalogue_corrupt: "このブラウザーに保存したカタログを読めませんでした。バックアップとして保持し、組み込みカタログを使います。",
    notice_catalogue_remote: "このウェブサイトが指定したカタログファイルを読み込めなかったため、組み込みカタログを使います。",
    notice_campaign_remote: "このウェブサイトが指定したキャンペーンファイルを読み込めませんでした。",
    categories_unknown,
    ui_fallback,
    read_only_note: "この評価は読み取り専用です。このアプリの新しいバージョンで保存されました。ここでは閲覧とダウンロードはできますが、変更はできません。",
    persisted_no: "容量が不足したときや、長い間アクセスしなかったときに、ブラウザーがこのデータを削除することがあります。ときどきコピーをダウンロードしてください。",
    backup_never: "まだダウンロードしていません",
    backup_last,
    backup_reminder: "前回のダウンロードから多くの回答を変更しました。評価データをダウンロードして、ブラウザーの外にも保存してください。",
    conflict_heading: "この評価は別のタブでも変更されました",
    conflict_help,
    keep_mine: "このタブの内容を残す",
    take_theirs: "別のタブの内容を使う",
    keep_both: "両方を残す（このタブの内容は複製として）",
    deleted_elsewhere: "この評価は別のタブで削除されました。このタブにはまだ残っています。",
    keep_it: "残す",
    let_it_go: "破棄",
    newer_elsewhere: "別のタブがこのアプリの新しいバージョンでこの評価を保存しました。このタブでは保存できません。このタブの内容を複製として残すか、破棄してください。",
    info_updated: "この評価は別のタブで変更されました。最新の内容を表示しています。",
    info_merged: "別のタブでの変更をこの評価に加えました。失われたものはありません。",
    info_added: "別のタブで評価が作成されました。評価の一覧にあります。",
    open_assessment_label: "表示中の評価",
    catalogue_mismatch,
    edition_check: "変更を確認",

    // Overview: introduction, profile, categories and progress.
    intro_heading: "はじめに",
    intro_what: "ITU-T 勧告 X.1060 は、サイバーディフェンスセンター（CDC）を構築し、運用するためのフレームワークです。CDC とは、名称にかかわらず、組織のセキュリティチームのことです（SOC、CSIRT など）。X.1060 は、CDC が提供できるサービスを 9 つのカテゴリに分けて示しています。",
    intro_how: "サービスごとに、組織に必要かどうかを回答してください。必要な場合は、誰が提供しているか、また現在の成熟度を 0 から 5 の段階で回答してください。目標レベルと優先度も設定できます。",
    intro_get: "いつでも、経営層向けの概要レポートをダウンロードできます。後で続けるときや別のコンピューターで続けるときのために、データファイルもダウンロードできます。",
    intro_privacy: "すべての情報はこのブラウザー内に保存され、外部には一切送信されません。回答は入力するとすぐに保存されます。",
    intro_method: "レベルの尺度と計算方法は、このツール独自の方法であり、内容を公開しています。X.1060 の公式な評価点ではありません。",
    intro_more: "レベルと提供形態の説明",
    levels_heading: "レベル",
    delivery_heading: "提供形態",
    delivery_help: "内製：自組織の要員が実施します。外部委託：外部の事業者が実施します。共同（内製と外部委託）：自組織と外部の事業者の両方が実施します。未提供：現在は誰も提供していません。",
    profile_heading: "組織情報",
    profile_hint: "すべての項目は任意です。入力した内容はレポートに表示されます。",
    profile_organisation: "組織名",
    profile_sector: "業種",
    profile_size: "規模（従業員数）",
    profile_country: "国",
    profile_assessor: "評価者",
    profile_date: "評価日",
    categories_heading: "カテゴリ",
    progress_overall,
    progress_category,
    all_answered: "すべてのサービスに回答しました。レポートをダウンロードできます。",
    to_review_count,
    to_review_open: "回答を確認",

    // A category and its services.
    back_to_overview: "すべてのカテゴリ",
    previous_category: "前のカテゴリ",
    next_category: "次のカテゴリ",
    catnav_top: "カテゴリの移動（上）",
    catnav_bottom: "カテゴリの移動（下）",
    next_unanswered: "次の未回答のサービスへ移動",
    service_answered: "回答済み",
    service_unanswered: "未回答",
    missing_delivery: "未回答の項目：誰が提供しているか",
    missing_current: "未回答の項目：現在のレベル",
    missing_delivery_current: "未回答の項目：誰が提供しているか、現在のレベル",
    provisional_marker: "暫定名称",
    provisional_explain: "この名称は、まだ勧告の本文と照合できていません。公式の名称と異なる場合があります。",
    need_legend: "組織にこのサービスは必要ですか？",
    need_needed: "必要",
    need_not_needed: "不要",
    reason_label: "不要な理由（任意）",
    delivery_legend: "誰が提供していますか？",
    delivery_in_house: "内製",
    delivery_outsourced: "外部委託",
    delivery_shared: "共同（内製と外部委託）",
    delivery_not_yet: "未提供",
    help_delivery_summary: "選択肢の意味",
    current_legend: "現在のレベル",
    help_levels_summary: "各レベルの意味",
    target_label: "目標レベル",
    priority_label: "優先度",
    priority_high: "高",
    priority_medium: "中",
    priority_low: "低",
    not_set: "未設定",
    owner_label: "責任者",
    evidence_label: "根拠資料",
    note_label: "メモ",
    more_details: "目標、優先度、責任者、根拠資料、メモ",
    clear_service: "このサービスの回答を消去",
    levels: [
        LevelText { name: "未実施", meaning: "このサービスは存在しません。" },
        LevelText { name: "初期", meaning: "場当たり的に実施しています。個人に依存しており、手順はありません。" },
        LevelText { name: "反復可能", meaning: "責任者が決まっており、定期的に実施しています。手順は文書化されていません。" },
        LevelText { name: "定義された", meaning: "文書化された手順があり、役割が割り当てられ、要員は訓練を受けています。" },
        LevelText { name: "管理された", meaning: "目標（指標、サービスレベル）に照らして測定し、見直しています。" },
        LevelText { name: "最適化", meaning: "測定結果と教訓に基づき、継続的に改善しています。" },
    ],

    // Results: figures, charts, improvement plan and downloads (the page and the summary report).
    decimal_separator: '.',
    list_separator: "、",
    item_separator: "。",
    label_value,
    ratio,
    percent,
    in_brackets,
    not_applicable: "対象外",
    not_applicable_short: "対象外",
    overall_label: "全体",
    how_calculated: "計算方法",
    headline_heading: "主な数値",
    eval_catalogue_heading: "サービスカタログ評価：センターが対応しているサービス",
    eval_profile_heading: "サービスプロファイル評価：サービスの成熟度",
    eval_portfolio_heading: "サービスポートフォリオ評価：サービスの提供者",
    plan_heading: "改善計画",
    plan_empty: "目標レベルが現在のレベルより高い、必要なサービスはありません。",
    col_undecided: "未回答",
    col_delivered: "提供中",
    col_coverage: "カバー率",
    col_assessed: "レベルを回答した必要なサービス",
    col_avg_current: "現在のレベルの平均",
    col_avg_target: "目標レベルの平均",
    col_gap: "目標との差の平均",
    col_delivery_unanswered: "提供形態が未回答",
    col_share_outsourced: "外部委託の割合",
    col_share_shared: "共同の割合",
    col_rank: "順位",
    col_reason: "不要な理由",
    col_plan_count: "改善計画のサービス数",
    col_service_gap: "差",
    formula_needed: "「必要」と回答したサービスの数です。",
    formula_not_needed: "「不要」と回答したサービスの数です。",
    formula_undecided: "まだ回答していないサービスの数です。「不要」と回答したサービス、または「必要」と回答して提供形態と現在のレベルを入力したサービスが、回答済みになります。",
    formula_delivered: "必要なサービスのうち、内製、外部委託、または共同で提供しているサービスの数です。",
    formula_coverage: "カバー率 = 提供中 ÷ 必要。「未提供」の必要なサービスと、提供形態が未回答の必要なサービスは、提供していないものとして数えます。",
    formula_avg_current: "現在のレベルを回答した必要なサービスについて、現在のレベルを平均した値です。",
    formula_avg_target: "現在のレベルと目標レベルの両方を回答した必要なサービスについて、目標レベルを平均した値です。",
    formula_gap: "現在のレベルと目標レベルの両方を回答した必要なサービスごとに、「目標 − 現在」を求めます。現在のレベルがすでに目標以上のときは 0 とします。この数値は、それらの平均です。目標を上回るサービスがあっても、目標に届かないサービスの差は相殺されません。",
    formula_in_house: "自組織の要員が提供している必要なサービスの数です。",
    formula_outsourced: "外部の事業者が提供している必要なサービスの数です。",
    formula_shared: "一部を内製、一部を外部の事業者で提供している必要なサービスの数です。",
    formula_not_yet: "まだ誰も提供していない必要なサービスの数です。",
    formula_delivery_unanswered: "提供形態を回答していない必要なサービスの数です。",
    formula_share_outsourced: "外部委託の割合 = 外部委託 ÷ 提供形態を回答した必要なサービス（内製、外部委託、共同、未提供）。共同のサービスは、一部であっても外部委託には数えず、その割合を別に示します。",
    formula_share_shared: "共同の割合 = 共同 ÷ 提供形態を回答した必要なサービス。",
    formula_plan: "目標レベルが現在のレベルより高い、必要なサービスです。優先度の順（高が先、優先度のないサービスは最後）、次に差の大きい順、次にカタログの順に並べます。",
    formula_overall: "全体の数値は、カタログのすべてのサービスを 1 回ずつ数えて計算します。カテゴリ別の数値の平均ではありません。",
    formula_status: "計算できない数値を 0 と表示することはありません。「対象外」は、カテゴリのすべてのサービスが「不要」と回答されていることを示します。「未回答」は、まだ回答が足りないことを示します。平均には、これらのカテゴリを含めません。カタログにないサービスの回答も数えません。",
    chart_radar_title: "カテゴリ別の現在のレベルと目標レベル（平均）",
    chart_radar_desc: "カテゴリごとに 1 本の軸があるレーダーチャートです。中心がレベル 0、外周がレベル 5 です。実線と丸印は現在のレベルの平均、破線と四角印は目標レベルの平均を示します。値のないカテゴリでは、線が途切れます。",
    chart_bars_title: "カテゴリ別の必要なサービスの提供者",
    chart_bars_desc: "カテゴリごとに 1 本の横棒があります。棒の長さは必要なサービスの数です。区切りは、内製、共同、外部委託、未提供、提供形態が未回答の、それぞれのサービス数を示します。",
    legend_current: "現在のレベル（平均）",
    legend_target: "目標レベル（平均）",
    downloads_heading: "ダウンロード",
    downloads_intro: "ファイルはブラウザー内で作成されます。何もアップロードされません。",
    download_json: "評価データ（JSON）",
    download_json_help: "後で続けるとき、別のコンピューターで続けるとき、またはバックアップ用です。",
    download_html: "概要レポート（HTML）",
    download_html_help: "閲覧、印刷、経営層への送付用です。",
    download_csv: "表計算用データ（CSV）",
    download_csv_help: "サービスごとに 1 行です。表計算ソフトで改善の計画を立てるときに使えます。",
    download_failed: "ブラウザーがファイルの作成を拒否しました。",
    redacted_notice: "このコピーは、組織や個人を特定できる情報を除いて共有されたものです。評価名、組織名、評価者、および各サービスの責任者、根拠資料、メモ、理由は削除されています。",
    redact_label: "組織や個人を特定できる情報を除いて共有する",
    redact_help: "評価名、組織名、評価者と、各サービスの責任者、根拠資料、メモ、理由を削除します。業種、規模、国、評価日と、そのほかの回答はすべて残ります。",

    // Reports and files: what only the downloaded summary, CSV and comparison say.
    report_title: "X.1060 CDC 自己評価：概要",
    report_generated: "作成日時",
    report_progress: "進捗",
    report_services: "全サービス",
    report_method_note: "レベルと数値は、このツール独自の方法に基づいており、その方法は公開されています。X.1060 の公式な評価点ではありません。",
    report_about_heading: "このレポートについて",
    report_orphans_heading: "このカタログにないサービスの回答",
    report_orphans_explain: "これらの回答は、別のカタログで作成されたものです。データには残していますが、どの数値にも含めていません。",
    col_category: "カテゴリ",
    col_id: "ID",
    col_service: "サービス",
    col_total: "サービス数",
    col_answered: "回答済み",
    col_needed: "必要",
    col_not_needed: "不要",
    unanswered: "未回答",
    catalogue_label: "カタログ",
    method_version_label: "評価方法のバージョン",
    app_version_label: "アプリのバージョン",
    provenance_summary,
    privacy_footer: "ブラウザー内で作成しました。データはこのコンピューターの外に送信されていません。",

    // Assessments: the list, opening a file, comparing two, backups kept in this browser.
    assessments_heading: "評価の一覧",
    assessments_help: "評価はこのブラウザーに保存されます。以前の評価をもとに新しい評価を始めるには、その評価を複製してください。",
    untitled: "名前のない評価",
    open_now: "表示中",
    col_name: "評価名",
    col_last_change: "最終更新",
    col_state: "状態",
    action_open: "開く",
    action_rename: "名前を変更",
    action_save_name: "名前を保存",
    name_label: "評価名",
    action_duplicate: "複製",
    copy_name_label: "複製の評価名",
    action_make_copy: "複製を作成",
    action_delete: "削除",
    delete_confirm,
    deleted_heading: "このページで削除した評価",
    deleted_help: "このページを閉じるまでは削除を取り消せます。",
    action_undo: "元に戻す",
    replaced_label: "ファイルで置き換える前の内容",
    new_assessment: "新しい評価",
    new_name_label: "評価名（任意）",
    action_create: "作成して開く",
    state_saved: "保存済み",
    state_unsaved: "未保存",
    state_blocked: "別のタブで変更されました。判断が必要です",
    state_newer: "このアプリの新しいバージョンで作成：読み取り専用",
    state_damaged: "破損：バックアップとしてそのまま保持",
    download_kept: "保持したデータをダウンロード",
    import_heading: "ファイルを開く",
    import_help: "このツールで作成した評価データ（JSON）または概要レポート（HTML）を開きます。ファイルの中身が実行されることはありません。",
    import_pick: "ファイルを選択（JSON または HTML）",
    import_preview_heading: "開くファイル",
    import_open_new: "新しい評価として開く",
    import_replace: "表示中の評価を置き換える",
    import_replace_help: "表示中の評価は先にこのブラウザーにバックアップとして保存します。このページを閉じるまでは元に戻せます。",
    import_refused: "このファイルは開きませんでした。何も変更していません。",
    import_orphans,
    import_migrated: "古い形式から変換しました。",
    import_kind_html: "概要レポート（HTML）",
    import_kind_json: "評価データ（JSON）",
    backups_heading: "このブラウザーに保持しているコピー",
    backups_help: "読めなかったデータや、ファイルで置き換える前の評価を、変更せずにここに保持しています。確認や再度開くためにダウンロードできます。",
    action_download: "ダウンロード",
    compare_heading: "2 つの評価を比較",
    compare_help: "前の評価と後の評価を選んでください。たとえば昨年と今年の評価です。",
    compare_show: "比較",
    compare_file_option: "上で開いたファイル",
    compare_same: "異なる 2 つの評価を選んでください。",
    compare_title: "2 つの評価の比較",
    compare_sides_heading: "比較する 2 つの評価",
    compare_before: "前回",
    compare_after: "今回",
    compare_change: "変化",
    compare_created: "作成日",
    compare_last_change: "最終更新",
    compare_figures_heading: "カテゴリごとの数値",
    compare_services_heading: "サービスごとの変更",
    compare_unlisted_heading: "このカタログにないサービス",
    compare_no_changes: "変更された回答はありません。",
    compare_answer: "回答項目",
    compare_need: "必要性",
    compare_added: "新しい回答",
    compare_removed: "消去された回答",
    compare_texts_changed: "記述の変更",
    compare_catalogue_differs: "2 つの評価は異なるカタログで作成されています。サービスは ID で対応づけています。",
    compare_method_note: "数値はこのツール独自の方法によるもので、X.1060 の公式な評価点ではありません。変化は、表示している後の数値から前の数値を引いたものです（小数第 1 位に丸めています）。対象外または未回答の数値には変化を示しません。",
    compare_change_count,
    download_compare: "比較レポートをダウンロード（HTML）",
    download_compare_help: "どのブラウザーでも開けて、きれいに印刷できる 1 つのファイルです。",

    // About: the edition, the method, and loading or restoring a catalogue file.
    about_heading: "このツールとカタログについて",
    about_edition: "版",
    about_source: "出典",
    about_method,
    about_privacy: "このツールはブラウザーの中だけで動きます。どこにも何も送信しません。アカウント、サーバー、アクセス解析、クッキーはありません。",
    about_provenance: "名称の確認状況",
    catalogue_builtin: "組み込みカタログ",
    catalogue_from_user: "このブラウザーでファイルから読み込んだカタログ",
    catalogue_from_site: "このウェブサイトが提供するカタログ",
    catalogue_load_heading: "別のカタログを使う",
    catalogue_load_help: "公式の本文、翻訳、国別の版を持つ組織は、独自のカタログファイル（JSON、下のエクスポートと同じ形式）を読み込めます。回答はサービス ID で対応づけます。回答が失われることはありません。",
    catalogue_pick: "カタログファイル（JSON）を選択",
    drop_hint: "ここにファイルをドロップすることもできます。",
    catalogue_export: "現在のカタログをダウンロード（JSON）",
    catalogue_restore: "組み込みカタログに戻す",
    catalogue_preview_heading: "読み込むカタログ",
    catalogue_counts,
    catalogue_languages: "言語",
    catalogue_changes: "使用中のカタログとの違い",
    catalogue_added: "新しいサービス（未回答で表示）",
    catalogue_removed: "新しいカタログにないサービス（回答は保持）",
    catalogue_renamed: "名称が変わったサービス",
    catalogue_moved: "別のカテゴリに移ったサービス",
    catalogue_no_changes: "使用中のカタログとサービスも名称も同じです。",
    catalogue_use: "このカタログを使う",
    catalogue_refused: "このファイルは読み込みませんでした。何も変更していません。",
    catalogue_loaded: "このカタログを使用中です。このブラウザーに保存しました。",
    cancel_load: "読み込まない",
    orphans_heading: "このカタログにないサービスの回答",
    orphans_help: "これらの回答は保持しています。これらのサービスを含むカタログを使うと、再び集計に入ります。",
    file_too_large,
    file_unreadable: "ブラウザーはこのファイルをテキストとして読めませんでした。",
};

fn progress_overall(done: usize, total: usize) -> String {
    format!("{total} サービス中 {done} 件回答済み")
}

fn progress_category(done: usize, total: usize) -> String {
    format!("{total} 件中 {done} 件回答済み")
}

fn status_saved_at(time: &str) -> String {
    format!("{time} にこのブラウザーに保存済み")
}

fn provenance_summary(confirmed: usize, provisional: usize, missing: usize) -> String {
    format!(
        "サービス名称は {confirmed} 件が確認済み、{provisional} 件が暫定（まだ勧告と照合していません）です。勧告のサービスのうち {missing} 件は、このカタログに含まれていません。"
    )
}

fn label_value(label: &str, value: &str) -> String {
    format!("{label}：{value}")
}

fn ratio(part: usize, whole: usize, percent: u32) -> String {
    format!("{whole} 件中 {part} 件（{percent}%）")
}

fn percent(p: u32) -> String {
    format!("{p}%")
}

fn about_method(version: &str) -> String {
    format!("レベル、「回答済み」の判定、すべての数値は、このツール独自の評価方法（バージョン {version}）に従い、その内容を公開しています。X.1060 の公式な評価点ではありません。")
}

fn catalogue_counts(categories: usize, services: usize, confirmed: usize, provisional: usize) -> String {
    format!("{categories} カテゴリ、{services} サービス（確認済みの名称 {confirmed} 件、暫定 {provisional} 件）")
}

fn catalogue_mismatch(id: &str, version: &str) -> String {
    format!("この評価はカタログ {id} {version} で作成しました。使用中のカタログとは異なります。回答の移動先を確認してから、変更を適用してください。それまでは、数値が別のサービスの回答を数えている可能性があります。")
}

fn to_review_count(n: usize) -> String {
    format!("別のカタログで入力した回答 {n} 件が確認待ちです。確認するまで、どの数値にも含めません。")
}

fn ui_fallback(code: &str) -> String {
    format!("画面表示はまだ「{code}」に対応していないため、英語で表示します。サービスの名称と説明は「{code}」です。")
}

fn file_too_large(kb: usize, limit_kb: usize) -> String {
    format!("ファイルが大きすぎます（{kb} KB）。上限は {limit_kb} KB です。読み込んでいません。")
}

fn compare_change_count(n: usize) -> String {
    format!("{n} 件のサービスに変更があります")
}

fn delete_confirm(name: &str) -> String {
    format!("「{name}」を削除しますか？　このページを閉じるまでは元に戻せます。")
}

fn import_orphans(n: usize) -> String {
    format!("{n} 件の回答は、使用中のカタログにないサービスへの回答です。保持して一覧に表示します。")
}

fn backup_last(when: &str) -> String {
    format!("最終ダウンロード：{when}")
}

fn conflict_help(parts: &str) -> String {
    format!("両方のタブで同じ回答が異なる内容に変更されました：{parts}。選ぶまでは両方の内容を保持します。")
}

fn in_brackets(text: &str) -> String {
    format!("（{text}）")
}

// Hostile input and faults (issue 13).
fn categories_unknown(list: &str, all_shown: bool) -> String {
    let all = if all_shown { "すべてのカテゴリーを表示します。" } else { "" };
    format!("このページは、カタログにないカテゴリーを指定しています：{list}。{all}")
}

// Why a file was refused (`crate::error_text`). A technical part (a path, the parser's message,
// a field name) is quoted in 「」, so no space is needed next to it.
pub const ERRORS: ErrorText = ErrorText {
    technical: quoted,
    top_level: "ファイルの最上位",
    catalogue_too_large,
    utf16: "このファイルは UTF-16 のテキストとして保存されています。UTF-8 で保存し直してください。",
    catalogue_not_utf8,
    catalogue_syntax,
    not_a_catalogue,
    catalogue_newer,
    catalogue_invalid,
    import_empty: "ファイルが空です。",
    import_too_large,
    import_not_utf8,
    import_unknown_kind,
    html_without_data,
    html_several_data,
    html_unclosed_data,
    import_unreadable,
    import_invalid,
    campaign_too_large,
    campaign_not_utf8: "このファイルは UTF-8 のテキストではありません。UTF-8 で保存し直してください。",
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

fn quoted(s: &str) -> String {
    format!("「{s}」")
}

fn catalogue_too_large(kb: usize, limit_kb: usize) -> String {
    format!("ファイルが大きすぎます（{kb} KB）。カタログファイルの上限は {limit_kb} KB です。")
}

fn catalogue_not_utf8(offset: usize) -> String {
    format!("このファイルは UTF-8 のテキストではありません。位置 {offset} のバイトが正しくありません。")
}

fn catalogue_syntax(detail: &str) -> String {
    format!("このファイルは正しいカタログではありません：{detail}。")
}

fn not_a_catalogue(format: &str) -> String {
    format!("X.1060 のカタログファイルではありません（「format」は{format}である必要があります）。")
}

fn catalogue_newer(found: u32, reads: u32) -> String {
    format!("このカタログはスキーマ {found} を使っています。このアプリが読めるのはスキーマ {reads} です。新しいバージョンのアプリを使ってください。")
}

fn catalogue_invalid(at: &str, problem: &str) -> String {
    format!("カタログファイルの{at}に誤りがあります：{problem}。")
}

fn import_too_large(kb: u64, limit_kb: u64) -> String {
    format!("ファイルが大きすぎます（{kb} KB）。上限は {limit_kb} KB です。読み込んでいません。")
}

fn import_not_utf8(offset: usize) -> String {
    format!("このファイルは UTF-8 のテキストではありません。位置 {offset} のバイトが正しくありません。このアプリの JSON データファイルか HTML 概要レポートを選んでください。")
}

fn import_unknown_kind(start: &str) -> String {
    format!("このファイルは JSON でも HTML でもありません。先頭は{start}です。このアプリの JSON データファイルか HTML 概要レポートを選んでください。")
}

fn html_without_data(element: &str) -> String {
    format!(
        "この HTML ファイルには評価データがありません。{element}要素を含む、このアプリの概要レポートを選んでください。"
    )
}

fn html_several_data(count: usize) -> String {
    format!("この HTML ファイルには評価データの要素が {count} 個あります。このアプリの概要レポートには 1 個だけです。")
}

fn html_unclosed_data(end_tag: &str) -> String {
    format!("この HTML ファイルの評価データは途中で切れています。終了タグ{end_tag}がありません。")
}

fn import_unreadable(part: &str) -> String {
    format!("ファイルを読み込めません：{part}。")
}

fn import_invalid(part: &str) -> String {
    format!("評価データが正しくありません：{part}。")
}

fn json_syntax(line: usize, column: usize, detail: &str) -> String {
    format!("{line} 行目 {column} 列目が JSON として正しくありません（{detail}）")
}

fn json_too_deep(place: &str, max: usize) -> String {
    format!("{place}の入れ子が {max} 階層を超えています")
}

fn json_too_many(max: usize) -> String {
    format!("値が {max} 個を超えています")
}

fn json_duplicate_key(place: &str, key: &str) -> String {
    format!("{place}にキー{key}が 2 回あります")
}

fn not_ours_found(found: &str, format: &str) -> String {
    format!("X.1060 の評価ではありません（「format」は{format}である必要がありますが、{found}です）")
}

fn not_ours(format: &str) -> String {
    format!("X.1060 の評価ではありません（「format」が{format}のオブジェクトである必要があります）")
}

fn no_schema(example: u32) -> String {
    format!("「schema」がありません（{example} などの整数である必要があります）")
}

fn schema_not_a_number(example: u32) -> String {
    format!("「schema」は {example} などの整数である必要があります")
}

fn newer_schema(found: u64, reads: u32) -> String {
    format!("このデータはスキーマ {found} を使っており、このアプリの新しいバージョンで作成されています。このバージョンが読めるのはスキーマ {reads} 以前です")
}

fn unsupported_schema(found: u64) -> String {
    format!("スキーマ {found} には対応していません")
}

fn field_problem(place: &str, problem: &str) -> String {
    format!("{place}：{problem}")
}

fn campaign_too_large(kb: usize, limit_kb: usize) -> String {
    format!("ファイルが大きすぎます（{kb} KB）。キャンペーンファイルの上限は {limit_kb} KB です。")
}

fn campaign_not_json(part: &str) -> String {
    format!("このファイルは正しい JSON ではありません：{part}。")
}

fn not_a_campaign(format: &str) -> String {
    format!("X.1060 のキャンペーンファイルではありません（「format」は{format}である必要があります）。")
}

fn campaign_newer(found: u64, reads: u32) -> String {
    format!("このキャンペーンはスキーマ {found} を使っています。このアプリが読めるのはスキーマ {reads} です。新しいバージョンのアプリを使ってください。")
}

fn campaign_invalid(place: &str, problem: &str) -> String {
    format!("キャンペーンファイルの{place}に誤りがあります：{problem}。")
}

fn campaign_unusable(part: &str) -> String {
    format!("{part}。")
}

fn campaign_other_catalogue(id: &str) -> String {
    format!("このキャンペーンはカタログ{id}用です")
}

fn campaign_other_version(version: &str) -> String {
    format!("このキャンペーンはカタログのバージョン{version}用です")
}

fn campaign_unknown_category(id: &str) -> String {
    format!("カタログにカテゴリ{id}がありません")
}
