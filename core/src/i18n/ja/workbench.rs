//! The coordinator workbench's strings in this language (they travel with the workbench part).

use crate::i18n::workbench::{WbMore, WbText};

pub const TEXT: WbText = WbText {
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
    wb_counted,
    wb_settings_heading: "設定",
    wb_k_label: "表示する最小のグループ（k）",
    wb_k_help: "k 組織未満にもとづく数値は、この画面でもどのファイルでも表示しません。k は 3 以上です。",
    wb_group_label: "グループ分け",
    wb_group_all: "すべての組織",
    wb_group_not_given: "未記入",
    wb_picture_heading: "全体像",
    wb_organisations: "集計した組織",
    wb_suppressed_note,
    wb_hidden_groups,
    wb_too_few,
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
    more: &MORE,
};

pub const MORE: WbMore = WbMore {
    wb_this_round_heading: "今回",
    wb_last_round_heading: "前回（比較用）",
    wb_last_round_intro: "変化を見るには、前回のファイルをここに追加してください。両方の回に含まれる組織だけを比較します。",
    wb_pick_last: "前回のファイルを選ぶ",
    wb_round_last: "前回",
    wb_round_this: "今回",
    wb_group_round: "回",
    wb_changes_heading: "前回からの変化",
    wb_changes_unit: "両方の回に含まれる組織だけを数えます。サービスごとの数は組織の数、カテゴリごとの数は組織とサービスごとの回答の数です。",
    wb_match_by_name: "識別子のないファイルも組織名で対応づける",
    wb_match_by_name_help: "スキーマ 2 より前のファイルには識別子がありません。各組織が両方の回で同じ組織名を書いている場合だけ選んでください（大文字と小文字、余分な空白は区別しません）。",
    wb_matched: "両方の回に含まれる組織",
    wb_matched_by_uid: "識別子で対応づけ",
    wb_matched_by_name: "組織名で対応づけ",
    wb_unmatched_last: "前回、対応なし",
    wb_unmatched_this: "今回、対応なし",
    wb_changes_too_few,
    wb_changes_levels_heading: "現在のレベル（前回と今回）",
    wb_changes_moves_heading: "レベルの上昇・同じ・低下",
    wb_col_up: "上昇",
    wb_col_same: "同じ",
    wb_col_down: "低下",
    wb_col_newly_needed: "新たに必要",
    wb_col_no_longer_needed: "不要になった",
    wb_col_delivery_same: "提供形態は同じ",
    wb_col_delivery_changed: "その他の提供形態の変化",
    wb_col_delivery_started: "提供を開始",
    wb_download_changes_csv: "変化（CSV）",
    wb_yah_heading: "「現在地」レポート",
    wb_yah_intro: "1 つの組織向けのレポートです。その組織のレベルを、すべての組織の数値に重ねて示します。他の組織の回答は含みません。",
    wb_yah_choose: "組織のファイル",
    wb_yah_download: "レポートをダウンロード（HTML）",
    wb_yah_title: "すべての組織の中での貴組織",
    wb_yah_note: "貴組織の回答には ● を付けています。その他の数値はすべての組織をまとめて数えたものです。",
    wb_yah_yours: "貴組織の回答",
    wb_yah_your_current: "貴組織の現在のレベル",
    wb_yah_your_target: "貴組織の目標レベル",
    wb_yah_all_heading: "すべての組織：現在のレベル",
    wb_yah_marker: "● 貴組織のレベル",
    wb_pick_folder: "フォルダーを選ぶ",
    wb_skipped,
    wb_progress,
    wb_cancel: "中止",
    wb_cancelled,
    wb_box_heading: "カテゴリごとの四分位",
    wb_box_help: "分布のすべての部分が表示される場合だけ箱を描きます。最低と最高は回答された最も低いレベルと最も高いレベルです。箱は第 1 四分位（Q1）から第 3 四分位（Q3）までで、中に中央値があります。",
    wb_col_lowest: "最低",
    wb_col_q1: "Q1",
    wb_col_median: "中央値",
    wb_col_q3: "Q3",
    wb_col_highest: "最高",
    wb_rows_shown: |shown, total| format!("表示中のファイル：{total} 件中 {shown} 件。数値はすべてのファイルを数えています。"),
    wb_show_all_rows: "すべてのファイルを表示",
};

fn wb_counted(n: usize, total: usize) -> String {
    format!("{total} 件中 {n} 件のファイルを集計しています")
}

fn wb_suppressed_note(k: u32) -> String {
    format!("「<{k}」：{k} 組織未満にもとづくため表示しません。")
}

fn wb_hidden_groups(n: u32, k: u32) -> String {
    format!("{k} 組織未満のグループ {n} 件は表示しません。")
}

fn wb_too_few(k: u32) -> String {
    format!("集計した組織が {k} 未満のため、数値は表示しません。")
}

fn wb_changes_too_few(k: u32) -> String {
    format!("両方の回に含まれる組織が {k} 未満のため、変化は表示しません。")
}

fn wb_skipped(n: usize) -> String {
    format!("フォルダー内の .json または .html 以外のファイル {n} 件は除外しました：")
}

fn wb_progress(done: usize, total: usize) -> String {
    format!("ファイルを確認しています：{total} 件中 {done} 件")
}

fn wb_cancelled(done: usize, total: usize) -> String {
    format!("中止しました：{total} 件中 {done} 件のファイルを読み込みました。残りは集計しません。")
}
