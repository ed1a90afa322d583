//! The catalogue change's strings in this language (they travel with the editions part).

use crate::i18n::editions::EdText;

pub const TEXT: EdText = EdText {
    ed_heading: "カタログの変更",
    ed_intro: |from, to| {
        format!("この評価はカタログ {from} で作成しました。使用中のカタログは {to} です。変更を適用するまで、何も変わりません。まず、各回答の移動先を確認してください。")
    },
    ed_old_unknown: "この評価を作成したカタログが、このアプリにはありません。そのため、同じ ID のサービスが同じサービスだとは確認できません。同じ ID のサービスへの回答は、すべて確認待ちになります。",
    ed_mapped: "使用中のカタログには、古いサービスとの対応表（マッピング）があります。この表はそれに従っています。",
    ed_bad_mapping: |detail| format!("カタログファイルの対応表に誤りがあるため、使用しません。{detail}"),
    ed_summary: |kept, review, aside| {
        format!("サービスが変わらない回答：{kept} 件。確認待ちの回答：{review} 件。別に保管する回答：{aside} 件。")
    },
    ed_nothing_touched: "サービスが変わる回答はありません。",
    ed_col_before: "旧カタログ",
    ed_col_answer: "回答",
    ed_col_after: "使用中のカタログ",
    ed_renamed: "同じサービス（名称を変更）",
    ed_moved: "同じサービス（ID を変更）",
    ed_same: "同じサービス",
    ed_aside: "別に保管：使用中のカタログにないサービスです",
    ed_review_for_none: "提案するサービスはありません",
    ed_to_review: "確認待ち",
    ed_apply: "変更を適用",
    ed_apply_help: "適用する前に、評価のバックアップを保存します。確認待ちの回答は、確認するまでどの数値にも含めません。",
    ed_not_now: "あとで",
    ed_review_heading: "確認待ちの回答",
    ed_review_intro: "これらの回答は別のカタログで入力したものです。どのサービスの回答かが確かではありません。サービスを確認するまで、どの数値にも含めません。",
    ed_given_to: |service, catalogue| format!("カタログ {catalogue} の {service} への回答"),
    ed_proposed: "提案するサービス",
    ed_why: "理由",
    ed_service_label: "このサービスの回答として確認",
    ed_no_service: "サービスを選択",
    ed_confirm: "確認",
    ed_answered_already: "このサービスにはすでに回答があります。別のサービスを選ぶか、先にその回答を消去してください。",
    ed_none_left: "確認待ちの回答はありません。",
    ed_title_unknown: "名称不明",
    ed_why_provisional_id: "一致するのは ID だけで、その ID はどちらかのカタログで暫定です。",
    ed_why_renamed: "サービスの名称が変わり、新しい名称は暫定名称です。",
    ed_why_moved: "サービスの ID が変わり、その名称は暫定名称です。",
    ed_why_split: "サービスが複数のサービスに分かれました。",
    ed_why_merged: "複数のサービスが 1 つになりました。",
    ed_why_removed: "サービスが削除され、その ID は別のサービスを指しています。",
};
