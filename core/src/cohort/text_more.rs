//! The workbench strings added with rounds, the "you are here" report, folders and progress, in
//! every language. One field of [`super::text::WbText`] (`more`, its last) points here, so the
//! workbench follows one language throughout; the Arabic and Mongolian constants are ready for
//! the workbench's own Arabic and Mongolian texts. Checked by core/tests/wording.rs like the rest.

use crate::lang::Lang;

/// The added workbench strings in one language.
#[derive(Debug)]
pub struct WbMore {
    pub wb_this_round_heading: &'static str,
    pub wb_last_round_heading: &'static str,
    pub wb_last_round_intro: &'static str,
    pub wb_pick_last: &'static str,
    pub wb_round_last: &'static str,
    pub wb_round_this: &'static str,
    pub wb_group_round: &'static str,
    pub wb_changes_heading: &'static str,
    pub wb_changes_unit: &'static str,
    pub wb_match_by_name: &'static str,
    pub wb_match_by_name_help: &'static str,
    pub wb_matched: &'static str,
    pub wb_matched_by_uid: &'static str,
    pub wb_matched_by_name: &'static str,
    pub wb_unmatched_last: &'static str,
    pub wb_unmatched_this: &'static str,
    /// Fewer than k organisations in both rounds: no change is shown.
    pub wb_changes_too_few: fn(u32) -> String,
    pub wb_changes_levels_heading: &'static str,
    pub wb_changes_moves_heading: &'static str,
    pub wb_col_up: &'static str,
    pub wb_col_same: &'static str,
    pub wb_col_down: &'static str,
    pub wb_col_newly_needed: &'static str,
    pub wb_col_no_longer_needed: &'static str,
    pub wb_col_delivery_same: &'static str,
    pub wb_col_delivery_changed: &'static str,
    pub wb_col_delivery_started: &'static str,
    pub wb_download_changes_csv: &'static str,
    pub wb_yah_heading: &'static str,
    pub wb_yah_intro: &'static str,
    pub wb_yah_choose: &'static str,
    pub wb_yah_download: &'static str,
    pub wb_yah_title: &'static str,
    pub wb_yah_note: &'static str,
    pub wb_yah_yours: &'static str,
    pub wb_yah_your_current: &'static str,
    pub wb_yah_your_target: &'static str,
    pub wb_yah_all_heading: &'static str,
    pub wb_yah_marker: &'static str,
    pub wb_pick_folder: &'static str,
    /// Files of a folder that are not .json or .html, left aside (count).
    pub wb_skipped: fn(usize) -> String,
    /// Files checked so far, of all (done, total).
    pub wb_progress: fn(usize, usize) -> String,
    pub wb_cancel: &'static str,
    /// The coordinator stopped the reading: files read, of all (done, total).
    pub wb_cancelled: fn(usize, usize) -> String,
    pub wb_box_heading: &'static str,
    pub wb_box_help: &'static str,
    pub wb_col_lowest: &'static str,
    pub wb_col_q1: &'static str,
    pub wb_col_median: &'static str,
    pub wb_col_q3: &'static str,
    pub wb_col_highest: &'static str,
    /// Files listed in the intake table (shown, in all) when there are too many to list at once.
    pub wb_rows_shown: fn(usize, usize) -> String,
    /// Lists every file in the intake table.
    pub wb_show_all_rows: &'static str,
}

/// The added strings of `lang` itself (use `WbText::more` in the view, so that the workbench
/// speaks one language).
pub fn of(lang: Lang) -> &'static WbMore {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
    }
}

pub const EN: WbMore = WbMore {
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
    wb_changes_too_few: en::wb_changes_too_few,
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
    wb_skipped: en::wb_skipped,
    wb_progress: en::wb_progress,
    wb_cancel: "Cancel",
    wb_cancelled: en::wb_cancelled,
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

pub const JA: WbMore = WbMore {
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
    wb_changes_too_few: ja::wb_changes_too_few,
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
    wb_skipped: ja::wb_skipped,
    wb_progress: ja::wb_progress,
    wb_cancel: "中止",
    wb_cancelled: ja::wb_cancelled,
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

pub const FR: WbMore = WbMore {
    wb_this_round_heading: "Cette campagne",
    wb_last_round_heading: "Campagne précédente (pour comparer)",
    wb_last_round_intro: "Pour voir ce qui a changé, ajoutez ici les fichiers de la campagne précédente. Seules les organisations présentes dans les deux campagnes sont comparées.",
    wb_pick_last: "Choisir les fichiers de la campagne précédente",
    wb_round_last: "Campagne précédente",
    wb_round_this: "Cette campagne",
    wb_group_round: "Campagne",
    wb_changes_heading: "Ce qui a changé depuis la campagne précédente",
    wb_changes_unit: "Seules les organisations présentes dans les deux campagnes comptent. Par service, un nombre est un nombre d’organisations\u{202f}; par catégorie, une réponse par organisation et par service.",
    wb_match_by_name: "Associer aussi par nom d’organisation les fichiers sans identifiant",
    wb_match_by_name_help: "Les fichiers antérieurs au schéma 2 n’ont pas d’identifiant. Cochez seulement si chaque organisation a écrit son nom de la même façon dans les deux campagnes (majuscules et espaces en trop ne comptent pas).",
    wb_matched: "Organisations présentes dans les deux campagnes",
    wb_matched_by_uid: "Associées par identifiant",
    wb_matched_by_name: "Associées par nom d’organisation",
    wb_unmatched_last: "Campagne précédente, non associées",
    wb_unmatched_this: "Cette campagne, non associées",
    wb_changes_too_few: fr::wb_changes_too_few,
    wb_changes_levels_heading: "Niveau actuel, campagne précédente et cette campagne",
    wb_changes_moves_heading: "Niveau en hausse, égal, en baisse",
    wb_col_up: "En hausse",
    wb_col_same: "Égal",
    wb_col_down: "En baisse",
    wb_col_newly_needed: "Devenu nécessaire",
    wb_col_no_longer_needed: "Plus nécessaire",
    wb_col_delivery_same: "Même mode de fourniture",
    wb_col_delivery_changed: "Autre changement de mode de fourniture",
    wb_col_delivery_started: "Désormais fourni",
    wb_download_changes_csv: "Changements (CSV)",
    wb_yah_heading: "Rapport «\u{202f}Vous êtes ici\u{202f}»",
    wb_yah_intro: "Un rapport pour une organisation\u{202f}: ses propres niveaux placés sur les chiffres de toutes les organisations. Il ne montre aucune réponse d’une autre organisation.",
    wb_yah_choose: "Fichier de l’organisation",
    wb_yah_download: "Télécharger le rapport (HTML)",
    wb_yah_title: "Votre organisation parmi toutes les organisations",
    wb_yah_note: "Vos propres réponses sont marquées ●. Les autres chiffres comptent toutes les organisations ensemble.",
    wb_yah_yours: "Vos réponses",
    wb_yah_your_current: "Votre niveau actuel",
    wb_yah_your_target: "Votre niveau cible",
    wb_yah_all_heading: "Toutes les organisations\u{202f}: niveau actuel",
    wb_yah_marker: "● votre niveau",
    wb_pick_folder: "Choisir un dossier",
    wb_skipped: fr::wb_skipped,
    wb_progress: fr::wb_progress,
    wb_cancel: "Annuler",
    wb_cancelled: fr::wb_cancelled,
    wb_box_heading: "Quartiles par catégorie",
    wb_box_help: "Une boîte n’est dessinée que si chaque partie de sa distribution est affichée. Plus bas et plus haut\u{202f}: le niveau le plus bas et le plus haut donnés\u{202f}; la boîte va du premier quartile (Q1) au troisième (Q3), avec la médiane à l’intérieur.",
    wb_col_lowest: "Plus bas",
    wb_col_q1: "Q1",
    wb_col_median: "Médiane",
    wb_col_q3: "Q3",
    wb_col_highest: "Plus haut",
    wb_rows_shown: |shown, total| format!("Fichiers listés\u{202f}: {shown} sur {total}. Les chiffres comptent tous les fichiers."),
    wb_show_all_rows: "Lister tous les fichiers",
};

pub const AR: WbMore = WbMore {
    wb_this_round_heading: "هذه الجولة",
    wb_last_round_heading: "الجولة السابقة (للمقارنة)",
    wb_last_round_intro: "لرؤية ما تغيّر، أضف هنا ملفات الجولة السابقة. تُقارَن فقط المؤسسات الموجودة في الجولتين.",
    wb_pick_last: "اختيار ملفات الجولة السابقة",
    wb_round_last: "الجولة السابقة",
    wb_round_this: "هذه الجولة",
    wb_group_round: "الجولة",
    wb_changes_heading: "ما تغيّر منذ الجولة السابقة",
    wb_changes_unit: "تُحسب فقط المؤسسات الموجودة في الجولتين. لكل خدمة، العدد هو عدد المؤسسات؛ ولكل فئة، إجابة واحدة لكل مؤسسة وخدمة.",
    wb_match_by_name: "مطابقة الملفات التي ليس لها معرِّف باسم المؤسسة أيضًا",
    wb_match_by_name_help: "الملفات المصنوعة قبل المخطط 2 ليس لها معرِّف. اختر هذا فقط إذا كتبت كل مؤسسة اسمها بالطريقة نفسها في الجولتين (لا يهم حجم الأحرف ولا المسافات الزائدة).",
    wb_matched: "المؤسسات الموجودة في الجولتين",
    wb_matched_by_uid: "مطابقة بالمعرِّف",
    wb_matched_by_name: "مطابقة باسم المؤسسة",
    wb_unmatched_last: "الجولة السابقة، بلا مطابقة",
    wb_unmatched_this: "هذه الجولة، بلا مطابقة",
    wb_changes_too_few: ar::wb_changes_too_few,
    wb_changes_levels_heading: "المستوى الحالي، في الجولة السابقة وفي هذه الجولة",
    wb_changes_moves_heading: "المستوى: ارتفع، بقي كما هو، انخفض",
    wb_col_up: "ارتفع",
    wb_col_same: "كما هو",
    wb_col_down: "انخفض",
    wb_col_newly_needed: "أصبح مطلوبًا",
    wb_col_no_longer_needed: "لم يعد مطلوبًا",
    wb_col_delivery_same: "طريقة التقديم نفسها",
    wb_col_delivery_changed: "تغيير آخر في طريقة التقديم",
    wb_col_delivery_started: "أصبح مقدَّمًا",
    wb_download_changes_csv: "التغييرات (CSV)",
    wb_yah_heading: "تقرير «أنت هنا»",
    wb_yah_intro: "تقرير لمؤسسة واحدة: مستوياتها مرسومة فوق أرقام جميع المؤسسات. لا يعرض أي إجابة لمؤسسة أخرى.",
    wb_yah_choose: "ملف المؤسسة",
    wb_yah_download: "تنزيل التقرير (HTML)",
    wb_yah_title: "مؤسستك بين جميع المؤسسات",
    wb_yah_note: "إجاباتك معلَّمة بـ ●. الأرقام الأخرى تحسب جميع المؤسسات معًا.",
    wb_yah_yours: "إجاباتك",
    wb_yah_your_current: "مستواك الحالي",
    wb_yah_your_target: "مستواك المستهدف",
    wb_yah_all_heading: "جميع المؤسسات: المستوى الحالي",
    wb_yah_marker: "● مستواك",
    wb_pick_folder: "اختيار مجلد",
    wb_skipped: ar::wb_skipped,
    wb_progress: ar::wb_progress,
    wb_cancel: "إلغاء",
    wb_cancelled: ar::wb_cancelled,
    wb_box_heading: "الأرباع لكل فئة",
    wb_box_help: "يُرسم الصندوق فقط عندما تُعرض كل أجزاء توزيعه. الأدنى والأعلى: أدنى مستوى وأعلى مستوى مُعطى؛ يمتد الصندوق من الربع الأول إلى الربع الثالث، والوسيط داخله.",
    wb_col_lowest: "الأدنى",
    wb_col_q1: "الربع الأول",
    wb_col_median: "الوسيط",
    wb_col_q3: "الربع الثالث",
    wb_col_highest: "الأعلى",
    wb_rows_shown: |shown, total| format!("الملفات المعروضة: {shown} من {total}. الأرقام تحسب كل الملفات."),
    wb_show_all_rows: "اعرض كل الملفات",
};

pub const MN: WbMore = WbMore {
    wb_this_round_heading: "Энэ удаа",
    wb_last_round_heading: "Өмнөх удаа (харьцуулах)",
    wb_last_round_intro: "Юу өөрчлөгдсөнийг харахын тулд өмнөх удаагийн файлуудыг энд нэмнэ үү. Хоёр удаад хоёуланд нь байгаа байгууллагуудыг л харьцуулна.",
    wb_pick_last: "Өмнөх удаагийн файлуудыг сонгох",
    wb_round_last: "Өмнөх удаа",
    wb_round_this: "Энэ удаа",
    wb_group_round: "Удаа",
    wb_changes_heading: "Өмнөх удаагаас хойш юу өөрчлөгдсөн",
    wb_changes_unit: "Хоёр удаад хоёуланд нь байгаа байгууллагуудыг л тоолно. Үйлчилгээ бүрээр тоо нь байгууллагын тоо; ангилал бүрээр байгууллага, үйлчилгээ тус бүрд нэг хариулт.",
    wb_match_by_name: "Танигчгүй файлуудыг байгууллагын нэрээр бас тааруулах",
    wb_match_by_name_help: "Схем 2-оос өмнөх файлуудад танигч байхгүй. Байгууллага бүр нэрээ хоёр удаад ижил бичсэн бол л үүнийг сонгоно уу (том жижиг үсэг, илүү зай хамаагүй).",
    wb_matched: "Хоёр удаад хоёуланд нь байгаа байгууллага",
    wb_matched_by_uid: "Танигчаар тааруулсан",
    wb_matched_by_name: "Байгууллагын нэрээр тааруулсан",
    wb_unmatched_last: "Өмнөх удаа, тааруулаагүй",
    wb_unmatched_this: "Энэ удаа, тааруулаагүй",
    wb_changes_too_few: mn::wb_changes_too_few,
    wb_changes_levels_heading: "Одоогийн түвшин, өмнөх удаа ба энэ удаа",
    wb_changes_moves_heading: "Түвшин дээшилсэн, хэвээр, доошилсон",
    wb_col_up: "Дээшилсэн",
    wb_col_same: "Хэвээр",
    wb_col_down: "Доошилсон",
    wb_col_newly_needed: "Шинээр шаардлагатай",
    wb_col_no_longer_needed: "Шаардлагагүй болсон",
    wb_col_delivery_same: "Хүргэлтийн хэлбэр хэвээр",
    wb_col_delivery_changed: "Хүргэлтийн хэлбэрийн бусад өөрчлөлт",
    wb_col_delivery_started: "Одоо хүргэж байна",
    wb_download_changes_csv: "Өөрчлөлт (CSV)",
    wb_yah_heading: "«Та энд байна» тайлан",
    wb_yah_intro: "Нэг байгууллагад зориулсан тайлан: түүний өөрийн түвшинг бүх байгууллагын тоон дээр зурна. Өөр байгууллагын хариултыг харуулахгүй.",
    wb_yah_choose: "Байгууллагын файл",
    wb_yah_download: "Тайланг татах (HTML)",
    wb_yah_title: "Бүх байгууллагын дундах таны байгууллага",
    wb_yah_note: "Таны өөрийн хариултыг ●-ээр тэмдэглэсэн. Бусад тоо бүх байгууллагыг хамтад нь тоолсон.",
    wb_yah_yours: "Таны хариулт",
    wb_yah_your_current: "Таны одоогийн түвшин",
    wb_yah_your_target: "Таны зорилтот түвшин",
    wb_yah_all_heading: "Бүх байгууллага: одоогийн түвшин",
    wb_yah_marker: "● таны түвшин",
    wb_pick_folder: "Хавтас сонгох",
    wb_skipped: mn::wb_skipped,
    wb_progress: mn::wb_progress,
    wb_cancel: "Цуцлах",
    wb_cancelled: mn::wb_cancelled,
    wb_box_heading: "Ангилал бүрийн квартил",
    wb_box_help: "Тархалтын бүх хэсэг харагдаж байгаа үед л хайрцаг зурна. Хамгийн бага ба хамгийн их: өгсөн хамгийн бага ба хамгийн их түвшин; хайрцаг нэгдүгээр квартилаас гуравдугаар квартил хүртэл, дотор нь медиан.",
    wb_col_lowest: "Хамгийн бага",
    wb_col_q1: "1-р квартил",
    wb_col_median: "Медиан",
    wb_col_q3: "3-р квартил",
    wb_col_highest: "Хамгийн их",
    wb_rows_shown: |shown, total| format!("Жагсаасан файл: {total}-аас {shown}. Тоонууд бүх файлыг тоолно."),
    wb_show_all_rows: "Бүх файлыг жагсаах",
};

mod en {
    pub(super) fn wb_changes_too_few(k: u32) -> String {
        format!("Fewer than {k} organisations are found in both rounds: no change is shown.")
    }

    pub(super) fn wb_skipped(n: usize) -> String {
        if n == 1 {
            "1 file of the folder is not .json or .html and is left aside:".to_string()
        } else {
            format!("{n} files of the folder are not .json or .html and are left aside:")
        }
    }

    pub(super) fn wb_progress(done: usize, total: usize) -> String {
        format!("Checking the files: {done} of {total}")
    }

    pub(super) fn wb_cancelled(done: usize, total: usize) -> String {
        format!("Stopped: {done} of {total} files were read; the others are not counted.")
    }
}

mod ja {
    pub(super) fn wb_changes_too_few(k: u32) -> String {
        format!("両方の回に含まれる組織が {k} 未満のため、変化は表示しません。")
    }

    pub(super) fn wb_skipped(n: usize) -> String {
        format!("フォルダー内の .json または .html 以外のファイル {n} 件は除外しました：")
    }

    pub(super) fn wb_progress(done: usize, total: usize) -> String {
        format!("ファイルを確認しています：{total} 件中 {done} 件")
    }

    pub(super) fn wb_cancelled(done: usize, total: usize) -> String {
        format!("中止しました：{total} 件中 {done} 件のファイルを読み込みました。残りは集計しません。")
    }
}

mod fr {
    pub(super) fn wb_changes_too_few(k: u32) -> String {
        format!("Moins de {k} organisations sont présentes dans les deux campagnes\u{202f}: aucun changement n’est affiché.")
    }

    pub(super) fn wb_skipped(n: usize) -> String {
        if n <= 1 {
            format!("{n} fichier du dossier n’est ni .json ni .html et est laissé de côté\u{202f}:")
        } else {
            format!("{n} fichiers du dossier ne sont ni .json ni .html et sont laissés de côté\u{202f}:")
        }
    }

    pub(super) fn wb_progress(done: usize, total: usize) -> String {
        format!("Vérification des fichiers\u{202f}: {done} sur {total}")
    }

    pub(super) fn wb_cancelled(done: usize, total: usize) -> String {
        if done <= 1 {
            format!("Arrêté\u{202f}: {done} fichier lu sur {total}\u{202f}; les autres ne sont pas comptés.")
        } else {
            format!("Arrêté\u{202f}: {done} fichiers lus sur {total}\u{202f}; les autres ne sont pas comptés.")
        }
    }
}

mod ar {
    pub(super) fn wb_changes_too_few(k: u32) -> String {
        format!("عدد المؤسسات الموجودة في الجولتين أقل من {k}: لا يُعرض أي تغيير.")
    }

    pub(super) fn wb_skipped(n: usize) -> String {
        format!("ملفات المجلد التي ليست .json أو .html تُركت جانبًا ({n}):")
    }

    pub(super) fn wb_progress(done: usize, total: usize) -> String {
        format!("فحص الملفات: {done} من {total}")
    }

    pub(super) fn wb_cancelled(done: usize, total: usize) -> String {
        format!("توقّف: قُرئ {done} من {total} ملفًا؛ الباقي لا يُحسب.")
    }
}

mod mn {
    pub(super) fn wb_changes_too_few(k: u32) -> String {
        format!("Хоёр удаад хоёуланд нь байгаа байгууллага {k}-аас цөөн: өөрчлөлт харуулахгүй.")
    }

    pub(super) fn wb_skipped(n: usize) -> String {
        format!("Хавтсанд .json эсвэл .html биш {n} файл байсныг хасав:")
    }

    pub(super) fn wb_progress(done: usize, total: usize) -> String {
        format!("Файлуудыг шалгаж байна: {total}-аас {done}")
    }

    pub(super) fn wb_cancelled(done: usize, total: usize) -> String {
        format!("Зогсоов: {total}-аас {done} файлыг уншсан; бусдыг тоолохгүй.")
    }
}
