//! The strings of a catalogue change (the preview, the review of answers, the report's list of
//! answers to review), in every language. Like the workbench's, they travel with the parts that
//! use them (the editions view and the files), not with the first download. Checked by
//! core/tests/wording.rs like every other string.

use crate::lang::Lang;
use crate::model::ReviewReason;

/// Every string of a catalogue change in one language. Fields that take values are functions.
#[derive(Debug)]
pub struct EdText {
    pub ed_heading: &'static str,
    /// The assessment's catalogue, the catalogue in use.
    pub ed_intro: fn(&str, &str) -> String,
    pub ed_old_unknown: &'static str,
    pub ed_mapped: &'static str,
    /// A mapping of the catalogue file that is not used, and why.
    pub ed_bad_mapping: fn(&str) -> String,
    /// Answers that keep their service, wait for review, are kept aside.
    pub ed_summary: fn(usize, usize, usize) -> String,
    pub ed_nothing_touched: &'static str,
    pub ed_col_before: &'static str,
    pub ed_col_answer: &'static str,
    pub ed_col_after: &'static str,
    pub ed_renamed: &'static str,
    pub ed_moved: &'static str,
    pub ed_same: &'static str,
    pub ed_aside: &'static str,
    pub ed_review_for_none: &'static str,
    pub ed_to_review: &'static str,
    pub ed_apply: &'static str,
    pub ed_apply_help: &'static str,
    pub ed_not_now: &'static str,
    pub ed_review_heading: &'static str,
    pub ed_review_intro: &'static str,
    /// The service and catalogue an answer was given to.
    pub ed_given_to: fn(&str, &str) -> String,
    pub ed_proposed: &'static str,
    pub ed_why: &'static str,
    pub ed_service_label: &'static str,
    pub ed_no_service: &'static str,
    pub ed_confirm: &'static str,
    pub ed_answered_already: &'static str,
    pub ed_none_left: &'static str,
    pub ed_title_unknown: &'static str,
    pub ed_why_provisional_id: &'static str,
    pub ed_why_renamed: &'static str,
    pub ed_why_moved: &'static str,
    pub ed_why_split: &'static str,
    pub ed_why_merged: &'static str,
    pub ed_why_removed: &'static str,
}

impl EdText {
    /// Why an answer waits for review, in a short sentence.
    pub fn why(&self, r: ReviewReason) -> &'static str {
        match r {
            ReviewReason::ProvisionalId => self.ed_why_provisional_id,
            ReviewReason::Renamed => self.ed_why_renamed,
            ReviewReason::Moved => self.ed_why_moved,
            ReviewReason::Split => self.ed_why_split,
            ReviewReason::Merged => self.ed_why_merged,
            ReviewReason::Removed => self.ed_why_removed,
        }
    }
}

/// The strings of `lang`.
pub fn text(lang: Lang) -> &'static EdText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
    }
}

pub const EN: EdText = EdText {
    ed_heading: "Catalogue change",
    ed_intro: |from, to| {
        format!("This assessment was made with the catalogue {from}. The catalogue in use is {to}. Nothing changes until you apply the change. First check where each answer goes.")
    },
    ed_old_unknown: "This app does not have the catalogue the assessment was made with. So no service id is known to be the same service: every answer on a service with the same id waits for your review.",
    ed_mapped: "The catalogue says how its services relate to the old ones (a mapping). The table follows it.",
    ed_bad_mapping: |detail| format!("A mapping in the catalogue file is not used, because it has an error: {detail}"),
    ed_summary: |kept, review, aside| {
        format!("Answers that keep their service: {kept}. Answers to review: {review}. Answers kept aside: {aside}.")
    },
    ed_nothing_touched: "No answer changes its service.",
    ed_col_before: "In the old catalogue",
    ed_col_answer: "Answer",
    ed_col_after: "In the catalogue in use",
    ed_renamed: "Same service, new title",
    ed_moved: "Same service, new id",
    ed_same: "Same service",
    ed_aside: "Kept aside: this service is not in the catalogue in use",
    ed_review_for_none: "No service is proposed",
    ed_to_review: "To review",
    ed_apply: "Apply the change",
    ed_apply_help: "A backup of the assessment is kept first. Answers to review count in no figure until you confirm them.",
    ed_not_now: "Not now",
    ed_review_heading: "Answers to review",
    ed_review_intro: "These answers were given with another catalogue. It is not certain which service they belong to. They count in no figure until you confirm them for a service.",
    ed_given_to: |service, catalogue| format!("Given to {service} in the catalogue {catalogue}"),
    ed_proposed: "Proposed service",
    ed_why: "Why",
    ed_service_label: "Confirm for this service",
    ed_no_service: "Choose a service",
    ed_confirm: "Confirm",
    ed_answered_already: "This service already has an answer. Choose another service, or clear that answer first.",
    ed_none_left: "No answer waits for review.",
    ed_title_unknown: "title not known",
    ed_why_provisional_id: "Only the id matches, and it is provisional in one of the catalogues.",
    ed_why_renamed: "The service has a new title, and the new title is provisional.",
    ed_why_moved: "The service has a new id, and its title is provisional.",
    ed_why_split: "The service became several services.",
    ed_why_merged: "Several services became one.",
    ed_why_removed: "The service was removed, and its id now names another service.",
};

pub const JA: EdText = EdText {
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

pub const FR: EdText = EdText {
    ed_heading: "Changement de catalogue",
    ed_intro: |from, to| {
        format!("Cette évaluation a été faite avec le catalogue {from}. Le catalogue utilisé est {to}. Rien ne change tant que vous n’appliquez pas le changement. Vérifiez d’abord où va chaque réponse.")
    },
    ed_old_unknown: "Cette application n’a pas le catalogue avec lequel l’évaluation a été faite. Aucun identifiant de service n’est donc sûr. Chaque réponse sur un service de même identifiant attend votre vérification.",
    ed_mapped: "Le catalogue indique le lien entre ses services et les anciens (une correspondance). Le tableau la suit.",
    ed_bad_mapping: |detail| {
        format!("Une correspondance du fichier de catalogue n’est pas utilisée, car elle contient une erreur. {detail}")
    },
    ed_summary: |kept, review, aside| {
        format!("Réponses qui gardent leur service\u{202f}: {kept}. Réponses à vérifier\u{202f}: {review}. Réponses mises à part\u{202f}: {aside}.")
    },
    ed_nothing_touched: "Aucune réponse ne change de service.",
    ed_col_before: "Ancien catalogue",
    ed_col_answer: "Réponse",
    ed_col_after: "Catalogue utilisé",
    ed_renamed: "Même service, nouveau titre",
    ed_moved: "Même service, nouvel identifiant",
    ed_same: "Même service",
    ed_aside: "Mise à part. Ce service n’est pas dans le catalogue utilisé.",
    ed_review_for_none: "Aucun service proposé",
    ed_to_review: "À vérifier",
    ed_apply: "Appliquer le changement",
    ed_apply_help: "Une copie de secours de l’évaluation est d’abord enregistrée. Les réponses à vérifier ne sont prises en compte dans aucun chiffre tant que vous ne les confirmez pas.",
    ed_not_now: "Plus tard",
    ed_review_heading: "Réponses à vérifier",
    ed_review_intro: "Ces réponses ont été saisies avec un autre catalogue. Le service auquel elles correspondent n’est pas sûr. Elles ne sont prises en compte dans aucun chiffre tant que vous ne les confirmez pas pour un service.",
    ed_given_to: |service, catalogue| format!("Donnée pour {service} dans le catalogue {catalogue}"),
    ed_proposed: "Service proposé",
    ed_why: "Raison",
    ed_service_label: "Confirmer pour ce service",
    ed_no_service: "Choisir un service",
    ed_confirm: "Confirmer",
    ed_answered_already: "Ce service a déjà une réponse. Choisissez un autre service, ou effacez d’abord cette réponse.",
    ed_none_left: "Aucune réponse n’attend de vérification.",
    ed_title_unknown: "titre inconnu",
    ed_why_provisional_id: "Seul l’identifiant correspond, et il est provisoire dans l’un des catalogues.",
    ed_why_renamed: "Le service a un nouveau titre, et ce titre est provisoire.",
    ed_why_moved: "Le service a un nouvel identifiant, et son titre est provisoire.",
    ed_why_split: "Le service est devenu plusieurs services.",
    ed_why_merged: "Plusieurs services sont devenus un seul.",
    ed_why_removed: "Le service a été supprimé, et son identifiant désigne maintenant un autre service.",
};

pub const AR: EdText = EdText {
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

pub const MN: EdText = EdText {
    ed_heading: "Каталогийн өөрчлөлт",
    ed_intro: |from, to| {
        format!("Энэ үнэлгээг {from} каталогоор хийсэн. Одоо ашиглаж буй каталог нь {to}. Та өөрчлөлтийг хэрэгжүүлэх хүртэл юу ч өөрчлөгдөхгүй. Эхлээд хариулт бүр хаашаа шилжихийг шалгана уу.")
    },
    ed_old_unknown: "Энэ үнэлгээг хийсэн каталог энэ програмд байхгүй. Тиймээс ижил кодтой үйлчилгээ нь ижил үйлчилгээ мөн эсэхийг мэдэхгүй. Ижил кодтой үйлчилгээний хариулт бүр таны шалгалтыг хүлээнэ.",
    ed_mapped: "Каталог нь үйлчилгээнүүдээ хуучин үйлчилгээтэй хэрхэн холбогдохыг заасан (харгалзааны хүснэгт). Доорх хүснэгт үүнийг дагана.",
    ed_bad_mapping: |detail| format!("Каталогийн файлын харгалзааны хүснэгтэд алдаа байгаа тул ашиглахгүй: {detail}"),
    ed_summary: |kept, review, aside| {
        format!("Үйлчилгээгээ хадгалах хариулт: {kept}. Шалгах хариулт: {review}. Тусад нь хадгалах хариулт: {aside}.")
    },
    ed_nothing_touched: "Аль ч хариултын үйлчилгээ өөрчлөгдөхгүй.",
    ed_col_before: "Хуучин каталогт",
    ed_col_answer: "Хариулт",
    ed_col_after: "Ашиглаж буй каталогт",
    ed_renamed: "Ижил үйлчилгээ, шинэ нэр",
    ed_moved: "Ижил үйлчилгээ, шинэ код",
    ed_same: "Ижил үйлчилгээ",
    ed_aside: "Тусад нь хадгална: энэ үйлчилгээ ашиглаж буй каталогт байхгүй",
    ed_review_for_none: "Санал болгох үйлчилгээ алга",
    ed_to_review: "Шалгах",
    ed_apply: "Өөрчлөлтийг хэрэгжүүлэх",
    ed_apply_help: "Эхлээд үнэлгээний нөөц хуулбарыг хадгална. Шалгах хариултыг та баталгаажуулах хүртэл ямар ч тоонд оруулахгүй.",
    ed_not_now: "Одоо биш",
    ed_review_heading: "Шалгах хариултууд",
    ed_review_intro: "Эдгээр хариултыг өөр каталогоор өгсөн. Аль үйлчилгээнд хамаарах нь тодорхойгүй. Та үйлчилгээнд баталгаажуулах хүртэл ямар ч тоонд оруулахгүй.",
    ed_given_to: |service, catalogue| format!("{catalogue} каталогийн {service} үйлчилгээнд өгсөн"),
    ed_proposed: "Санал болгосон үйлчилгээ",
    ed_why: "Шалтгаан",
    ed_service_label: "Энэ үйлчилгээнд баталгаажуулах",
    ed_no_service: "Үйлчилгээ сонгох",
    ed_confirm: "Баталгаажуулах",
    ed_answered_already: "Энэ үйлчилгээнд аль хэдийн хариулт бий. Өөр үйлчилгээ сонгох, эсвэл эхлээд тэр хариултыг арилгана уу.",
    ed_none_left: "Шалгахыг хүлээж буй хариулт алга.",
    ed_title_unknown: "нэр тодорхойгүй",
    ed_why_provisional_id: "Зөвхөн код таарч байгаа бөгөөд тэр код аль нэг каталогт түр зуурын.",
    ed_why_renamed: "Үйлчилгээ шинэ нэртэй болсон бөгөөд шинэ нэр нь түр зуурын.",
    ed_why_moved: "Үйлчилгээ шинэ кодтой болсон бөгөөд нэр нь түр зуурын.",
    ed_why_split: "Үйлчилгээ хэд хэдэн үйлчилгээ болон хуваагдсан.",
    ed_why_merged: "Хэд хэдэн үйлчилгээ нэг болсон.",
    ed_why_removed: "Үйлчилгээг хассан бөгөөд түүний код одоо өөр үйлчилгээг заана.",
};
