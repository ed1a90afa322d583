//! The coordinator workbench's strings in this language (they travel with the workbench part).

use crate::i18n::ar::count;
use crate::i18n::workbench::{WbMore, WbText};

/// Arabic: our own translation, not reviewed by a native speaker (docs/translations.md). Counts
/// are worded "label: figure" where the noun would have to agree with the figure.
pub const TEXT: WbText = WbText {
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
    wb_counted,
    wb_settings_heading: "الإعدادات",
    wb_k_label: "أصغر مجموعة معروضة (k)",
    wb_k_help: "لا يُعرَض أي رقم يستند إلى عدد من المؤسسات أقل من k، لا هنا ولا في أي ملف. قيمة k هي 3 على الأقل.",
    wb_group_label: "التجميع حسب",
    wb_group_all: "كل المؤسسات",
    wb_group_not_given: "غير مذكور",
    wb_picture_heading: "الصورة العامة",
    wb_organisations: "المؤسسات المحسوبة",
    wb_suppressed_note,
    wb_hidden_groups,
    wb_too_few,
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
    more: &MORE,
};

pub const MORE: WbMore = WbMore {
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
    wb_changes_too_few,
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
    wb_skipped,
    wb_progress,
    wb_cancel: "إلغاء",
    wb_cancelled,
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

/// "fewer than k organisations": k is at least 3, so the noun is the plural (3–10) or the
/// singular (11 and more).
fn organisations(k: u32) -> String {
    count(k as usize, "مؤسسة واحدة", "مؤسستين", "مؤسسات", "مؤسسة")
}

fn wb_counted(n: usize, total: usize) -> String {
    format!("الملفات المحسوبة: {n} من {total}")
}

fn wb_suppressed_note(k: u32) -> String {
    // "<5" isolated left to right (U+2066 … U+2069), as in the tables, the charts and the CSV:
    // in right-to-left text the browser would mirror it.
    format!("«\u{2066}<{k}\u{2069}»: يستند إلى أقل من {}، لذلك لا يُعرَض.", organisations(k))
}

fn wb_hidden_groups(n: u32, k: u32) -> String {
    format!("لا تُعرَض المجموعات التي فيها أقل من {}. عدد هذه المجموعات: {n}.", organisations(k))
}

fn wb_too_few(k: u32) -> String {
    format!("عدد المؤسسات المحسوبة أقل من {k}: لا يُعرَض أي رقم.")
}

fn wb_changes_too_few(k: u32) -> String {
    format!("عدد المؤسسات الموجودة في الجولتين أقل من {k}: لا يُعرض أي تغيير.")
}

fn wb_skipped(n: usize) -> String {
    format!("ملفات المجلد التي ليست .json أو .html تُركت جانبًا ({n}):")
}

fn wb_progress(done: usize, total: usize) -> String {
    format!("فحص الملفات: {done} من {total}")
}

fn wb_cancelled(done: usize, total: usize) -> String {
    format!("توقّف: قُرئ {done} من {total} ملفًا؛ الباقي لا يُحسب.")
}
