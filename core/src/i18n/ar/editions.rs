//! The catalogue change's strings in this language (they travel with the editions part).

use crate::i18n::editions::EdText;

pub const TEXT: EdText = EdText {
    ed_heading: "تغيير الكتالوج",
    ed_intro: |from, to| {
        format!("أُجري هذا التقييم بالكتالوج {from}. الكتالوج المستخدم الآن هو {to}. لا يتغير شيء حتى تطبّق التغيير. تحقق أولًا من مكان كل إجابة.")
    },
    ed_old_unknown: "هذا التطبيق لا يملك الكتالوج الذي أُجري به التقييم. لذلك لا نعرف أن رمز الخدمة نفسه يعني الخدمة نفسها. كل إجابة على خدمة لها الرمز نفسه تنتظر مراجعتك.",
    ed_mapped: "يبيّن الكتالوج علاقة خدماته بالخدمات القديمة (جدول مطابقة). الجدول أدناه يتبعه.",
    ed_bad_mapping: |detail| format!("لا نستخدم جدول مطابقة في ملف الكتالوج لأن فيه خطأ: {detail}"),
    ed_summary: |kept, review, aside| {
        format!("إجابات تبقى في خدمتها: {kept}. إجابات للمراجعة: {review}. إجابات محفوظة جانبًا: {aside}.")
    },
    ed_nothing_touched: "لا تتغير خدمة أي إجابة.",
    ed_col_before: "في الكتالوج القديم",
    ed_col_answer: "الإجابة",
    ed_col_after: "في الكتالوج المستخدم",
    ed_renamed: "الخدمة نفسها، بعنوان جديد",
    ed_moved: "الخدمة نفسها، برمز جديد",
    ed_same: "الخدمة نفسها",
    ed_aside: "محفوظة جانبًا: هذه الخدمة ليست في الكتالوج المستخدم",
    ed_review_for_none: "لا نقترح أي خدمة",
    ed_to_review: "للمراجعة",
    ed_apply: "طبّق التغيير",
    ed_apply_help: "نحفظ أولًا نسخة احتياطية من التقييم. لا تدخل الإجابات التي تنتظر المراجعة في أي رقم حتى تؤكدها.",
    ed_not_now: "ليس الآن",
    ed_review_heading: "إجابات للمراجعة",
    ed_review_intro: "أُعطيت هذه الإجابات بكتالوج آخر. ليس مؤكدًا لأي خدمة تعود. لا تدخل في أي رقم حتى تؤكدها لخدمة.",
    ed_given_to: |service, catalogue| format!("أُعطيت للخدمة {service} في الكتالوج {catalogue}"),
    ed_proposed: "الخدمة المقترحة",
    ed_why: "السبب",
    ed_service_label: "أكّد لهذه الخدمة",
    ed_no_service: "اختر خدمة",
    ed_confirm: "أكّد",
    ed_answered_already: "لهذه الخدمة إجابة من قبل. اختر خدمة أخرى، أو امسح تلك الإجابة أولًا.",
    ed_none_left: "لا توجد إجابة تنتظر المراجعة.",
    ed_title_unknown: "العنوان غير معروف",
    ed_why_provisional_id: "يتطابق الرمز فقط، وهو مؤقت في أحد الكتالوجين.",
    ed_why_renamed: "للخدمة عنوان جديد، والعنوان الجديد مؤقت.",
    ed_why_moved: "للخدمة رمز جديد، وعنوانها مؤقت.",
    ed_why_split: "أصبحت الخدمة عدة خدمات.",
    ed_why_merged: "أصبحت عدة خدمات خدمة واحدة.",
    ed_why_removed: "حُذفت الخدمة، ورمزها يدل الآن على خدمة أخرى.",
};
