//! Mongolian, in Cyrillic script.
//!
//! Our own translation, not yet reviewed by a native speaker (docs/translations.md). A noun after
//! a figure stays in the singular ("58 үйлчилгээ"). A case ending after a figure follows the
//! sound of the number word ("3-аас", "5-аас", "1-ээс"), so the texts never put one on a figure:
//! the ending goes on the noun ("58 үйлчилгээнээс 3 нь") or the figure follows a label.

pub(crate) mod campaign;
pub(crate) mod editions;
pub(crate) mod workbench;

use super::{LevelText, UiText};
use crate::error_text::ErrorText;

pub const TEXT: UiText = UiText {
    // Every screen: the header, the navigation between views, the language menu, parts being fetched, shared buttons.
    language_name: "Монгол",
    language_label: "Хэл",
    app_title: "X.1060 кибер хамгаалалтын төвийн өөрийн үнэлгээ",
    app_tagline: "Танай байгууллагад ямар аюулгүй байдлын үйлчилгээ хэрэгтэй, түүнийг хэн гүйцэтгэдэг, ямар түвшинд байгааг олж мэдээрэй.",
    skip_link: "Үндсэн агуулга руу шилжих",
    nav_label: "Хэсгүүд",
    nav_checklist: "Шалгах хуудас",
    nav_results: "Үр дүн",
    nav_assessments: "Үнэлгээнүүд",
    nav_about: "Тухай",
    nav_workbench: "Нэгтгэл",
    nav_campaign: "Кампанит ажил",
    part_loading: "Аппын энэ хэсгийг ачаалж байна…",
    part_failed: "Аппын энэ хэсгийг ачаалж чадсангүй. Холболтоо шалгаад дахин оролдоно уу. Таны хариултууд хадгалагдсан: юу ч алга болоогүй.",
    part_retry: "Дахин оролдох",
    cancel: "Болих",
    dismiss: "Хаах",

    // Every screen: saving, notices, other tabs and backups of the open assessment (the status strip).
    status_saved: "Энэ хөтөчид хадгалсан",
    status_saved_at,
    status_memory_only: "Хадгалаагүй: зөвхөн энэ хуудсанд байна",
    status_save_failed: "Сүүлийн өөрчлөлтийг хадгалаагүй",
    notice_storage_unavailable: "Энэ хөтөч аппыг энд хадгалахыг зөвшөөрөхгүй байна (жишээ нь хувийн цонхонд эсвэл өөр сайтын дотор). Таны хариултууд хуудсыг хаах хүртэл энд үлдэнэ. Хадгалахын тулд үнэлгээний өгөгдлийг татаж авна уу.",
    notice_quota: "Хөтчийн санах ой дүүрсэн тул сүүлийн өөрчлөлт хадгалагдсангүй. Энэ нь хуудсан дээр хэвээр байгаа бөгөөд өмнө хадгалсан хуулбар бүрэн бүтэн байна. Үнэлгээний өгөгдлийг одоо татаж авна уу.",
    notice_corrupt: "Энэ хөтөчид хадгалсан өгөгдлийг уншиж чадсангүй. Түүнийг өөрчлөлтгүйгээр нөөц хуулбар болгон хадгалж, апп хоосон үнэлгээтэй эхэллээ. Гэмтсэн өгөгдлийг шалгахын тулд татаж авч болно.",
    notice_newer: "Хадгалсан зарим өгөгдлийг энэ аппын шинэ хувилбар үүсгэсэн. Түүнийг өөрчлөлтгүй хадгалах бөгөөд хэзээ ч дарж бичихгүй. Харагдаж байгаа газартаа зөвхөн унших горимд байна: өөрчлөхийн тулд аппын шинэ хувилбарыг ашиглана уу.",
    download_damaged: "Гэмтсэн өгөгдлийг татах",
    notice_language_unavailable: "Таны сонгосон хэлийг ачаалж чадсангүй. Тиймээс апп энэ хэлээр үлдэнэ. Холболтоо шалгаад хэлээ дахин сонгоно уу. Таны хариултууд хадгалагдсан.",
    notice_replace_refused: "Нээлттэй үнэлгээний нөөц хуулбарыг хийж чадсангүй. Тиймээс файл үүнийг солиогүй. Юу ч өөрчлөгдсөнгүй. Оронд нь файлыг шинэ үнэлгээ болгон нээнэ үү.",
    notice_catalogue_newer: "Энэ хөтөчид хадгалсан каталогийг аппын шинэ хувилбар үүсгэсэн. Түүнийг өөрчлөлтгүй хадгалж, суулгасан каталогийг ашиглаж байна.",
    notice_prefs_corrupt: "Таны хадгалсан тохиргоог (жишээ нь хэл) уншиж чадсангүй. Тэдгээрийг нөөц хуулбар болгон хадгалж, ердийн тохиргоог ашиглаж байна.",
    notice_prefs_newer: "Таны тохиргоог аппын шинэ хувилбар хадгалсан. Тэдгээрийг өөрчлөлтгүй хадгална. Энд хийсэн өөрчлөлт (жишээ нь хэл) хадгалагдахгүй.",
    notice_catalogue_corrupt: "Энэ хөтөчид хадгалсан каталогийг уншиж чадсангүй. Түүнийг нөөц хуулбар болгон хадгалж, суулгасан каталогийг ашиглаж байна.",
    notice_catalogue_remote: "Энэ вэб сайтын заасан каталогийн файлыг ачаалж чадсангүй. Тиймээс суулгасан каталогийг ашиглаж байна.",
    notice_campaign_remote: "Энэ вэб сайтын заасан кампанит ажлын файлыг ачаалж чадсангүй.",
    categories_unknown,
    ui_fallback,
    read_only_note: "Энэ үнэлгээ зөвхөн унших горимд байна: үүнийг аппын шинэ хувилбар хадгалсан. Та үүнийг уншиж, татаж болно, гэхдээ энд өөрчлөх боломжгүй.",
    persisted_no: "Хөтөч зай дутвал эсвэл олон долоо хоног зочлоогүй бол энэ өгөгдлийг устгаж болно. Үе үе хуулбар татаж авна уу.",
    backup_never: "Хараахан татаагүй",
    backup_last,
    backup_reminder: "Сүүлд татсанаас хойш та олон хариултыг өөрчилсөн. Энэ хөтчөөс гадуур хуулбар хадгалахын тулд үнэлгээний өгөгдлийг татаж авна уу.",
    conflict_heading: "Энэ үнэлгээ өөр таб дээр бас өөрчлөгдсөн",
    conflict_help,
    keep_mine: "Миний хувилбарыг үлдээх",
    take_theirs: "Нөгөө табын хувилбарыг авах",
    keep_both: "Хоёуланг нь үлдээх (минийхийг хуулбар болгон)",
    deleted_elsewhere: "Энэ үнэлгээг өөр таб дээр устгасан. Энд танд хэвээр байна.",
    keep_it: "Үлдээх",
    let_it_go: "Хаях",
    newer_elsewhere: "Өөр таб энэ үнэлгээг аппын шинэ хувилбараар хадгалсан. Энэ таб үүнийг цаашид хадгалж чадахгүй. Өөрийн хувилбарыг хуулбар болгон үлдээх, эсвэл хаях боломжтой.",
    info_updated: "Энэ үнэлгээ өөр таб дээр өөрчлөгдсөн. Хамгийн сүүлийн хувилбарыг харуулж байна.",
    info_merged: "Өөр таб дээр хийсэн өөрчлөлтийг энэ үнэлгээнд нэмлээ. Юу ч алга болоогүй.",
    info_added: "Өөр таб дээр үнэлгээ үүсгэсэн. Энэ нь үнэлгээнүүдийн жагсаалтад байна.",
    open_assessment_label: "Нээлттэй үнэлгээ",
    catalogue_mismatch,
    edition_check: "Өөрчлөлтийг шалгах",

    // Overview: introduction, profile, categories and progress.
    intro_heading: "Энэ юу вэ",
    intro_what: "ITU-T-ийн X.1060 Зөвлөмж нь кибер хамгаалалтын төв (CDC) байгуулах, ажиллуулах хүрээ юм. CDC бол байгууллагын аюулгүй байдлын баг юм. Түүнийг SOC, CSIRT эсвэл өөрөөр нэрлэж болно. X.1060 нь ийм төвийн үзүүлж болох үйлчилгээг есөн ангилалд жагсаадаг.",
    intro_how: "Үйлчилгээ бүрийн хувьд танай байгууллагад хэрэгтэй эсэхийг хэлнэ үү. Хэрэгтэй бол хэн гүйцэтгэдэг, өнөөдөр ямар түвшинд байгааг 0-ээс 5 хүртэлх хэмжүүрээр хэлнэ үү. Мөн зорилтот түвшин, тэргүүлэх ач холбогдлыг тогтоож болно.",
    intro_get: "Хүссэн үедээ удирдлагад зориулсан хураангуй тайлан, эсвэл дараа нь эсвэл өөр компьютер дээр үргэлжлүүлэх өгөгдлийн файлыг татаж авна уу.",
    intro_privacy: "Бүх зүйл энэ хөтөчид үлдэнэ. Юу ч хаашаа ч илгээгдэхгүй. Хариулт бүр шууд хадгалагдана.",
    intro_method: "Түвшний хэмжүүр болон тооцоолол нь энэ хэрэгслийн өөрийн арга бөгөөд ил тод харуулсан. Эдгээр нь X.1060-ийн албан ёсны оноо биш.",
    intro_more: "Түвшин болон гүйцэтгэх хэлбэр хэрхэн ажилладаг вэ",
    levels_heading: "Түвшин",
    delivery_heading: "Гүйцэтгэх хэлбэр",
    delivery_help: "Дотооддоо: танай өөрийн ажилтнууд гүйцэтгэнэ. Гадны гүйцэтгэгч: гадны гүйцэтгэгч байгууллага гүйцэтгэнэ. Хамтарсан: хоёулаа. Одоогоор гүйцэтгээгүй: өнөөдөр хэн ч гүйцэтгэхгүй.",
    profile_heading: "Танай байгууллага",
    profile_hint: "Бүх талбар заавал биш. Тэдгээр нь тайланд гарна.",
    profile_organisation: "Байгууллагын нэр",
    profile_sector: "Салбар",
    profile_size: "Хэмжээ (ажилтнуудын тоо)",
    profile_country: "Улс",
    profile_assessor: "Үнэлгээ хийсэн хүн",
    profile_date: "Үнэлгээний огноо",
    categories_heading: "Ангилал",
    progress_overall,
    progress_category,
    all_answered: "Бүх үйлчилгээнд хариулсан. Та тайлангаа татаж авч болно.",
    to_review_count,
    to_review_open: "Хариултуудыг шалгах",

    // A category and its services.
    back_to_overview: "Бүх ангилал",
    previous_category: "Өмнөх ангилал",
    next_category: "Дараагийн ангилал",
    catnav_top: "Ангилал, дээд хэсэг",
    catnav_bottom: "Ангилал, доод хэсэг",
    next_unanswered: "Хариулаагүй дараагийн үйлчилгээ рүү очих",
    service_answered: "Хариулсан",
    service_unanswered: "Хариулаагүй",
    missing_delivery: "Хариулах зүйл үлдсэн: хэн гүйцэтгэдэг",
    missing_current: "Хариулах зүйл үлдсэн: одоогийн түвшин",
    missing_delivery_current: "Хариулах зүйл үлдсэн: хэн гүйцэтгэдэг, одоогийн түвшин",
    provisional_marker: "Түр нэр",
    provisional_explain: "Бид энэ нэрийг Зөвлөмжийн эх бичвэртэй хараахан тулгаж чадаагүй. Албан ёсны нэрээс өөр байж болно.",
    need_legend: "Танай байгууллагад энэ үйлчилгээ хэрэгтэй юу?",
    need_needed: "Шаардлагатай",
    need_not_needed: "Шаардлагагүй",
    reason_label: "Яагаад шаардлагагүй вэ? (заавал биш)",
    delivery_legend: "Хэн гүйцэтгэдэг вэ?",
    delivery_in_house: "Дотооддоо",
    delivery_outsourced: "Гадны гүйцэтгэгч",
    delivery_shared: "Хамтарсан",
    delivery_not_yet: "Одоогоор гүйцэтгээгүй",
    help_delivery_summary: "Эдгээр сонголт юу гэсэн үг вэ?",
    current_legend: "Одоогийн түвшин",
    help_levels_summary: "Түвшин юу гэсэн үг вэ?",
    target_label: "Зорилтот түвшин",
    priority_label: "Тэргүүлэх ач холбогдол",
    priority_high: "Өндөр",
    priority_medium: "Дунд",
    priority_low: "Бага",
    not_set: "Тогтоогоогүй",
    owner_label: "Хариуцагч",
    evidence_label: "Нотлох баримт",
    note_label: "Тэмдэглэл",
    more_details: "Зорилтот түвшин, тэргүүлэх ач холбогдол, хариуцагч, нотлох баримт, тэмдэглэл",
    clear_service: "Энэ үйлчилгээний хариултыг арилгах",
    levels: [
        LevelText { name: "Хэрэгжээгүй", meaning: "Үйлчилгээ байхгүй." },
        LevelText { name: "Анхан шат", meaning: "Хааяа, төлөвлөгөөгүйгээр хийгддэг. Хувь хүнээс хамаардаг. Журам байхгүй." },
        LevelText { name: "Давтагддаг", meaning: "Тодорхой хариуцагч тогтмол хийдэг. Журам албан бус." },
        LevelText { name: "Тодорхойлогдсон", meaning: "Баримтжуулсан журам, хуваарилсан үүрэг, сургагдсан ажилтнууд байдаг." },
        LevelText { name: "Удирдлагатай", meaning: "Зорилтын эсрэг хэмжиж (хэмжүүр, үйлчилгээний түвшин), хянадаг." },
        LevelText { name: "Оновчлогдсон", meaning: "Хэмжилт болон сургамж дээр үндэслэн тасралтгүй сайжруулдаг." },
    ],

    // Results: figures, charts, improvement plan and downloads (the page and the summary report).
    decimal_separator: '.',
    list_separator: ", ",
    item_separator: "; ",
    label_value,
    ratio,
    percent,
    in_brackets,
    not_applicable: "Хамаарахгүй",
    not_applicable_short: "хамаарахгүй",
    overall_label: "Нийт",
    how_calculated: "Үүнийг хэрхэн тооцдог вэ?",
    headline_heading: "Гол үзүүлэлт",
    eval_catalogue_heading: "Үйлчилгээний каталогийн үнэлгээ: төв юуг хамардаг вэ",
    eval_profile_heading: "Үйлчилгээний профайлын үнэлгээ: үйлчилгээ ямар түвшинд байна вэ",
    eval_portfolio_heading: "Үйлчилгээний багцын үнэлгээ: үйлчилгээг хэн гүйцэтгэдэг вэ",
    plan_heading: "Сайжруулах төлөвлөгөө",
    plan_empty: "Зорилтот түвшин нь одоогийн түвшнээсээ өндөр шаардлагатай үйлчилгээ алга.",
    col_undecided: "Хариулаагүй",
    col_delivered: "Гүйцэтгэж буй",
    col_coverage: "Хамрах хүрээ",
    col_assessed: "Түвшинтэй шаардлагатай үйлчилгээ",
    col_avg_current: "Одоогийн түвшний дундаж",
    col_avg_target: "Зорилтот түвшний дундаж",
    col_gap: "Зорилтоос дундаж зөрүү",
    col_delivery_unanswered: "Гүйцэтгэх хэлбэрт хариулаагүй",
    col_share_outsourced: "Гадны гүйцэтгэгчийн %",
    col_share_shared: "Хамтарсны %",
    col_rank: "Дараалал",
    col_reason: "Шаардлагагүй шалтгаан",
    col_plan_count: "Сайжруулах төлөвлөгөөнд орсон үйлчилгээ",
    col_service_gap: "Зөрүү",
    formula_needed: "Шаардлагатай гэж тэмдэглэсэн үйлчилгээний тоо.",
    formula_not_needed: "Шаардлагагүй гэж тэмдэглэсэн үйлчилгээний тоо.",
    formula_undecided: "Хараахан хариулаагүй үйлчилгээний тоо. Үйлчилгээг шаардлагагүй гэж тэмдэглэсэн, эсвэл шаардлагатай бөгөөд гүйцэтгэх хэлбэр, одоогийн түвшинтэй бол хариулсан гэж үзнэ.",
    formula_delivered: "Дотооддоо, гадны гүйцэтгэгчээр эсвэл хамтарсан хэлбэрээр гүйцэтгэж буй шаардлагатай үйлчилгээний тоо.",
    formula_coverage: "Хамрах хүрээ = гүйцэтгэж буй ÷ шаардлагатай. Одоогоор гүйцэтгээгүй, эсвэл гүйцэтгэх хэлбэрт хариулаагүй шаардлагатай үйлчилгээг гүйцэтгээгүй гэж тооцно.",
    formula_avg_current: "Одоогийн түвшинтэй шаардлагатай үйлчилгээнүүдийн одоогийн түвшний дундаж.",
    formula_avg_target: "Одоогийн болон зорилтот түвшинтэй шаардлагатай үйлчилгээнүүдийн зорилтот түвшний дундаж.",
    formula_gap: "Одоогийн болон зорилтот түвшинтэй шаардлагатай үйлчилгээ бүрийн хувьд: зорилтот түвшнээс одоогийн түвшнийг хассан утга. Одоогийн түвшин зорилтод хүрсэн эсвэл давсан бол 0. Үзүүлэлт нь эдгээр утгын дундаж. Зорилтоосоо дээгүүр үйлчилгээ нь зорилтоосоо доогуур өөр үйлчилгээг нөхөхгүй.",
    formula_in_house: "Танай өөрийн ажилтнуудын гүйцэтгэдэг шаардлагатай үйлчилгээний тоо.",
    formula_outsourced: "Гадны гүйцэтгэгчийн гүйцэтгэдэг шаардлагатай үйлчилгээний тоо.",
    formula_shared: "Хэсэгчлэн дотооддоо, хэсэгчлэн гадны гүйцэтгэгчээр гүйцэтгэдэг шаардлагатай үйлчилгээний тоо.",
    formula_not_yet: "Одоогоор хэн ч гүйцэтгэдэггүй шаардлагатай үйлчилгээний тоо.",
    formula_delivery_unanswered: "Гүйцэтгэх хэлбэрт хариулаагүй шаардлагатай үйлчилгээний тоо.",
    formula_share_outsourced: "Гадны гүйцэтгэгчийн % = гадны гүйцэтгэгч ÷ гүйцэтгэх хэлбэрт хариулсан шаардлагатай үйлчилгээ (дотооддоо, гадны гүйцэтгэгч, хамтарсан эсвэл одоогоор гүйцэтгээгүй). Хамтарсан үйлчилгээг хэсэгчлэн ч гадны гүйцэтгэгчид тооцохгүй: түүний хувийг тусад нь харуулна.",
    formula_share_shared: "Хамтарсны % = хамтарсан ÷ гүйцэтгэх хэлбэрт хариулсан шаардлагатай үйлчилгээ.",
    formula_plan: "Зорилтот түвшин нь одоогийн түвшнээсээ өндөр шаардлагатай үйлчилгээ. Тэдгээрийг тэргүүлэх ач холбогдлоор (өндрийг эхэнд, тэргүүлэх ач холбогдолгүйг сүүлд), дараа нь зөрүүгээр (томыг эхэнд), дараа нь каталогийн дарааллаар эрэмбэлнэ.",
    formula_overall: "Нийт үзүүлэлт нь каталогийн үйлчилгээ бүрийг нэг удаа тооцно. Эдгээр нь ангиллын үзүүлэлтүүдийн дундаж биш.",
    formula_status: "Тооцоолох боломжгүй үзүүлэлтийг хэзээ ч 0 гэж харуулахгүй. «Хамаарахгүй»: ангиллын бүх үйлчилгээг шаардлагагүй гэж тэмдэглэсэн. «Хариулаагүй»: хангалттай хариулт хараахан алга. Дунджид ийм ангиллыг оруулахгүй. Каталогид байхгүй үйлчилгээний хариултыг тооцохгүй.",
    chart_radar_title: "Ангилал тус бүрийн одоогийн болон зорилтот түвшний дундаж",
    chart_radar_desc: "Ангилал бүрт нэг тэнхлэгтэй радар диаграм. Төвд 0 түвшин, захад 5 түвшин. Цэгтэй үргэлжилсэн шугам: одоогийн түвшний дундаж. Дөрвөлжинтэй тасархай шугам: зорилтот түвшний дундаж. Утгагүй ангилал шугамд зай үлдээнэ.",
    chart_bars_title: "Шаардлагатай үйлчилгээг хэн гүйцэтгэдэг, ангилал тус бүрээр",
    chart_bars_desc: "Ангилал бүрт нэг багана. Түүний урт нь шаардлагатай үйлчилгээний тоо. Хэсгүүд нь хэд нь дотооддоо, хамтарсан, гадны гүйцэтгэгчээр, одоогоор гүйцэтгээгүй, эсвэл гүйцэтгэх хэлбэрт хариулаагүйг харуулна.",
    legend_current: "Одоогийн түвшин (дундаж)",
    legend_target: "Зорилтот түвшин (дундаж)",
    downloads_heading: "Татах",
    downloads_intro: "Файлуудыг таны хөтөч дээр үүсгэнэ. Юу ч илгээгдэхгүй.",
    download_json: "Үнэлгээний өгөгдөл (JSON)",
    download_json_help: "Дараа нь, өөр компьютер дээр үргэлжлүүлэх эсвэл нөөц хуулбар хадгалахад.",
    download_html: "Хураангуй тайлан (HTML)",
    download_html_help: "Унших, хэвлэх эсвэл удирдлагад илгээхэд.",
    download_csv: "Хүснэгт (CSV)",
    download_csv_help: "Үйлчилгээ бүрт нэг мөр. Хүснэгтэд сайжруулалтыг төлөвлөхөд.",
    download_failed: "Хөтөч файл үүсгэхээс татгалзлаа.",
    redacted_notice: "Энэ хуулбарыг таних мэдээлэлгүйгээр хуваалцсан. Үнэлгээний нэр, байгууллагын нэр, үнэлгээ хийсэн хүн, мөн бүх хариуцагч, нотлох баримт, тэмдэглэл, шалтгааныг хассан.",
    redact_label: "Таних мэдээлэлгүйгээр хуваалцах",
    redact_help: "Үнэлгээний нэр, байгууллагын нэр, үнэлгээ хийсэн хүн, мөн үйлчилгээ бүрийн хариуцагч, нотлох баримт, тэмдэглэл, шалтгааныг хасна. Салбар, хэмжээ, улс, огноо болон бусад бүх хариулт үлдэнэ.",

    // Reports and files: what only the downloaded summary, CSV and comparison say.
    report_title: "X.1060 CDC өөрийн үнэлгээ: хураангуй",
    report_generated: "Үүсгэсэн огноо",
    report_progress: "Явц",
    report_services: "Бүх үйлчилгээ",
    report_method_note: "Түвшин болон үзүүлэлтүүд нь энэ хэрэгслийн өөрийн, ил тод баримтжуулсан аргыг баримталдаг. Эдгээр нь X.1060-ийн албан ёсны оноо биш.",
    report_about_heading: "Энэ тайлангийн тухай",
    report_orphans_heading: "Энэ каталогид байхгүй үйлчилгээний хариултууд",
    report_orphans_explain: "Эдгээр хариултыг өөр каталогоор оруулсан. Тэдгээрийг өгөгдөлд хадгалсан боловч ямар ч үзүүлэлтэд тооцохгүй.",
    col_category: "Ангилал",
    col_id: "Код",
    col_service: "Үйлчилгээ",
    col_total: "Үйлчилгээ",
    col_answered: "Хариулсан",
    col_needed: "Шаардлагатай",
    col_not_needed: "Шаардлагагүй",
    unanswered: "Хариулаагүй",
    catalogue_label: "Каталог",
    method_version_label: "Аргын хувилбар",
    app_version_label: "Аппын хувилбар",
    provenance_summary,
    privacy_footer: "Хөтөч дээр үүсгэсэн. Ямар ч өгөгдөл энэ компьютерээс гараагүй.",

    // Assessments: the list, opening a file, comparing two, backups kept in this browser.
    assessments_heading: "Таны үнэлгээнүүд",
    assessments_help: "Үнэлгээ бүрийг энэ хөтөчид хадгална. Өмнөх үнэлгээнээс шинэ үнэлгээ эхлүүлэхийн тулд түүнийг хувилна уу.",
    untitled: "Нэргүй үнэлгээ",
    open_now: "Одоо нээлттэй",
    col_name: "Нэр",
    col_last_change: "Сүүлийн өөрчлөлт",
    col_state: "Төлөв",
    action_open: "Нээх",
    action_rename: "Нэр өөрчлөх",
    action_save_name: "Нэрийг хадгалах",
    name_label: "Үнэлгээний нэр",
    action_duplicate: "Хувилах",
    copy_name_label: "Хуулбарын нэр",
    action_make_copy: "Хуулбар үүсгэх",
    action_delete: "Устгах",
    delete_confirm,
    deleted_heading: "Энэ хуудсанд устгасан",
    deleted_help: "Энэ хуудсыг хаах хүртэл устгалыг буцаах боломжтой.",
    action_undo: "Буцаах",
    replaced_label: "файлаар солигдохоос өмнөх агуулга",
    new_assessment: "Шинэ үнэлгээ",
    new_name_label: "Шинэ үнэлгээний нэр (заавал биш)",
    action_create: "Үүсгээд нээх",
    state_saved: "Хадгалсан",
    state_unsaved: "Хараахан хадгалаагүй",
    state_blocked: "Өөр таб дээр өөрчлөгдсөн: таны шийдвэр хэрэгтэй",
    state_newer: "Аппын шинэ хувилбар үүсгэсэн: зөвхөн унших",
    state_damaged: "Гэмтсэн: өөрчлөлтгүйгээр нөөц хуулбар болгон хадгалсан",
    download_kept: "Хадгалсан өгөгдлийг татах",
    import_heading: "Файл нээх",
    import_help: "Энэ хэрэгслийн үүсгэсэн үнэлгээний өгөгдлийн файл (JSON) эсвэл хураангуй тайлан (HTML) нээнэ үү. Файл доторх юуг ч ажиллуулахгүй.",
    import_pick: "Файл сонгох (JSON эсвэл HTML)",
    import_preview_heading: "Нээх файл",
    import_open_new: "Шинэ үнэлгээ болгон нээх",
    import_replace: "Нээлттэй үнэлгээг солих",
    import_replace_help: "Нээлттэй үнэлгээг эхлээд энэ хөтөчид нөөц хуулбар болгон хадгална. Хуудсыг хаах хүртэл буцаах боломжтой.",
    import_refused: "Энэ файлыг нээсэнгүй. Юу ч өөрчлөгдсөнгүй.",
    import_orphans,
    import_migrated: "Үүнийг хуучин форматаас хөрвүүлсэн.",
    import_kind_html: "Хураангуй тайлан (HTML)",
    import_kind_json: "Үнэлгээний өгөгдөл (JSON)",
    backups_heading: "Энэ хөтөчид хадгалсан хуулбарууд",
    backups_help: "Уншиж чадаагүй өгөгдөл, мөн файлаар солигдохоос өмнөх үнэлгээнүүдийг энд өөрчлөлтгүй хадгална. Шалгах эсвэл дахин нээхийн тулд нэгийг нь татаж авна уу.",
    action_download: "Татах",
    compare_heading: "Хоёр үнэлгээг харьцуулах",
    compare_help: "Өмнөх болон дараагийн үнэлгээг сонгоно уу. Жишээ нь өнгөрсөн жилийн болон энэ жилийн үнэлгээ.",
    compare_show: "Харьцуулах",
    compare_file_option: "Дээр нээсэн файл",
    compare_same: "Хоёр өөр үнэлгээ сонгоно уу.",
    compare_title: "Хоёр үнэлгээний харьцуулалт",
    compare_sides_heading: "Хоёр үнэлгээ",
    compare_before: "Өмнө",
    compare_after: "Дараа",
    compare_change: "Өөрчлөлт",
    compare_created: "Үүсгэсэн",
    compare_last_change: "Сүүлийн өөрчлөлт",
    compare_figures_heading: "Ангилал тус бүрийн үзүүлэлт",
    compare_services_heading: "Үйлчилгээ тус бүрийн өөрчлөлт",
    compare_unlisted_heading: "Энэ каталогид байхгүй үйлчилгээ",
    compare_no_changes: "Ямар ч хариулт өөрчлөгдөөгүй.",
    compare_answer: "Хариулт",
    compare_need: "Хэрэгцээ",
    compare_added: "Шинэ хариулт",
    compare_removed: "Арилгасан хариулт",
    compare_texts_changed: "Өөрчлөгдсөн текст",
    compare_catalogue_differs: "Хоёр үнэлгээг өөр өөр каталогоор хийсэн. Үйлчилгээг кодоор нь тааруулна.",
    compare_method_note: "Үзүүлэлтүүд нь энэ хэрэгслийн өөрийн аргыг баримталдаг бөгөөд X.1060-ийн албан ёсны оноо биш. Өөрчлөлт нь харуулсан ёсоороо (нэг аравтын орон хүртэл бөөрөнхийлсөн) дараагийн үзүүлэлтээс өмнөхийг хассан утга. Хамаарахгүй эсвэл хариулаагүй үзүүлэлтэд өөрчлөлт байхгүй.",
    compare_change_count,
    download_compare: "Харьцуулалтыг татах (HTML)",
    download_compare_help: "Ямар ч хөтөчид нээгддэг, сайн хэвлэгддэг нэг файл.",

    // About: the edition, the method, and loading or restoring a catalogue file.
    about_heading: "Энэ хэрэгсэл болон түүний каталогийн тухай",
    about_edition: "Хэвлэл",
    about_source: "Эх сурвалж",
    about_method,
    about_privacy: "Энэ хэрэгсэл зөвхөн таны хөтөч дээр ажиллана. Юу ч хаашаа ч илгээхгүй: бүртгэл, сервер, статистик, күүки байхгүй.",
    about_provenance: "Нэрс хэр найдвартай вэ",
    catalogue_builtin: "Суулгасан каталог",
    catalogue_from_user: "Энэ хөтөчид файлаас ачаалсан каталог",
    catalogue_from_site: "Энэ вэб сайтын өгсөн каталог",
    catalogue_load_heading: "Өөр каталог ашиглах",
    catalogue_load_help: "Албан ёсны эх бичвэр, орчуулга эсвэл үндэсний хувилбартай байгууллага өөрийн каталогийн файлыг ачаалж болно (JSON, доорх экспорттой ижил формат). Хариултыг үйлчилгээний кодоор тааруулна. Ямар ч хариулт алга болохгүй.",
    catalogue_pick: "Каталогийн файл сонгох (JSON)",
    drop_hint: "Мөн файлыг энд чирж оруулж болно.",
    catalogue_export: "Одоогийн каталогийг татах (JSON)",
    catalogue_restore: "Суулгасан каталогийг дахин ашиглах",
    catalogue_preview_heading: "Ачаалах каталог",
    catalogue_counts,
    catalogue_languages: "Хэл",
    catalogue_changes: "Ашиглаж буй каталогоос ялгаатай зүйл",
    catalogue_added: "Шинэ үйлчилгээ (хариулаагүй байдлаар харагдана)",
    catalogue_removed: "Шинэ каталогид байхгүй үйлчилгээ (хариултыг нь хадгална)",
    catalogue_renamed: "Нэр нь өөрчлөгдсөн үйлчилгээ",
    catalogue_moved: "Өөр ангилал руу шилжсэн үйлчилгээ",
    catalogue_no_changes: "Ашиглаж буй каталогтой ижил үйлчилгээ, ижил нэр.",
    catalogue_use: "Энэ каталогийг ашиглах",
    catalogue_refused: "Энэ файлыг ачаалсангүй. Юу ч өөрчлөгдсөнгүй.",
    catalogue_loaded: "Каталогийг одоо ашиглаж байгаа бөгөөд энэ хөтөчид хадгалсан.",
    cancel_load: "Ачаалахгүй",
    orphans_heading: "Энэ каталогид байхгүй үйлчилгээний хариултууд",
    orphans_help: "Эдгээр хариултыг хадгалсан. Эдгээр үйлчилгээтэй каталог ашиглавал дахин тооцогдоно.",
    file_too_large,
    file_unreadable: "Хөтөч энэ файлыг текст болгон уншиж чадсангүй.",
};

fn progress_overall(done: usize, total: usize) -> String {
    // The ending goes on the noun, never on a figure: "58 үйлчилгээнээс 3 нь".
    format!("{total} үйлчилгээнээс {done} нь хариулсан")
}

fn progress_category(done: usize, total: usize) -> String {
    format!("Хариулсан: {done} / {total}")
}

fn status_saved_at(time: &str) -> String {
    format!("Энэ хөтөчид хадгалсан: {time}")
}

fn provenance_summary(confirmed: usize, provisional: usize, missing: usize) -> String {
    format!(
        "Баталгаажсан үйлчилгээний нэр: {confirmed}. Түр нэр (Зөвлөмжтэй хараахан тулгаагүй): {provisional}. Энэ каталогид байхгүй Зөвлөмжийн үйлчилгээ: {missing}."
    )
}

fn label_value(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}

fn ratio(part: usize, whole: usize, percent: u32) -> String {
    format!("{part} / {whole} ({percent}%)")
}

fn percent(p: u32) -> String {
    format!("{p}%")
}

fn about_method(version: &str) -> String {
    format!("Түвшин, «хариулсан» гэж юуг тооцох, бүх үзүүлэлт нь энэ хэрэгслийн өөрийн үнэлгээний аргын {version} хувилбарыг баримталдаг бөгөөд үүнийг ил тод харуулсан. Эдгээр нь X.1060-ийн албан ёсны оноо биш.")
}

fn catalogue_counts(categories: usize, services: usize, confirmed: usize, provisional: usize) -> String {
    // A noun after a figure stays singular.
    format!("{categories} ангилал, {services} үйлчилгээ (баталгаажсан нэр: {confirmed}, түр нэр: {provisional})")
}

fn catalogue_mismatch(id: &str, version: &str) -> String {
    format!("Энэ үнэлгээг {id} {version} каталогоор хийсэн бөгөөд ашиглаж буй каталог биш. Хариултууд нь хаашаа шилжихийг шалгаад, өөрчлөлтийг хэрэгжүүлнэ үү. Тэр хүртэл тоонууд буруу үйлчилгээний хариултыг тоолж магадгүй.")
}

fn to_review_count(n: usize) -> String {
    format!("Өөр каталогоор өгсөн, таны шалгалтыг хүлээж буй хариулт: {n}. Та баталгаажуулах хүртэл ямар ч тоонд оруулахгүй.")
}

fn ui_fallback(code: &str) -> String {
    format!("Интерфейс «{code}» хэлээр хараахан байхгүй тул англиар харуулж байна. Үйлчилгээний нэр, тайлбар нь «{code}» хэлээр байна.")
}

fn file_too_large(kb: usize, limit_kb: usize) -> String {
    format!("Файл хэт том байна ({kb} КБ). Хязгаар нь {limit_kb} КБ. Үүнийг уншаагүй.")
}

fn compare_change_count(n: usize) -> String {
    format!("Өөрчлөгдсөн үйлчилгээ: {n}")
}

fn delete_confirm(name: &str) -> String {
    format!("«{name}» үнэлгээг устгах уу? Хуудсыг хаах хүртэл буцаах боломжтой.")
}

fn import_orphans(n: usize) -> String {
    format!("Ашиглаж буй каталогид байхгүй үйлчилгээний хариулт: {n}. Тэдгээрийг хадгалж, жагсаалтад харуулна.")
}

fn backup_last(when: &str) -> String {
    format!("Сүүлд татсан: {when}")
}

fn conflict_help(parts: &str) -> String {
    format!("Хоёр таб ижил хариултыг өөр өөрөөр өөрчилсөн: {parts}. Таныг сонгох хүртэл хоёр хувилбарыг хоёуланг нь хадгална.")
}

fn in_brackets(text: &str) -> String {
    format!(" ({text})")
}

// Hostile input and faults (issue 13).
fn categories_unknown(list: &str, all_shown: bool) -> String {
    let all = if all_shown { " Бүх ангиллыг харуулж байна." } else { "" };
    format!("Энэ хуудас каталогид байхгүй ангилал хүсч байна: {list}.{all}")
}

// Why a file was refused (`crate::error_text`). A technical part (a path, the parser's message)
// is written as it is; a field name of the file is quoted «format». No case ending on a figure:
// a figure follows a label (« Байрлал: 17 »).
pub const ERRORS: ErrorText = ErrorText {
    technical: as_is,
    top_level: "файлын дээд түвшин",
    catalogue_too_large,
    utf16: "Файлыг UTF-16 текстээр хадгалсан байна. UTF-8 кодчилолтой байх ёстой. UTF-8 кодчилолоор дахин хадгална уу.",
    catalogue_not_utf8,
    catalogue_syntax,
    not_a_catalogue,
    catalogue_newer,
    catalogue_invalid,
    import_empty: "Файл хоосон байна.",
    import_too_large,
    import_not_utf8,
    import_unknown_kind,
    html_without_data,
    html_several_data,
    html_unclosed_data,
    import_unreadable,
    import_invalid,
    campaign_too_large,
    campaign_not_utf8: "Файл UTF-8 текст биш байна. UTF-8 кодчилолоор дахин хадгална уу.",
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

fn as_is(s: &str) -> String {
    s.to_string()
}

fn catalogue_too_large(kb: usize, limit_kb: usize) -> String {
    format!("Файл хэт том байна ({kb} КБ). Каталогийн файлын хязгаар: {limit_kb} КБ.")
}

fn catalogue_not_utf8(offset: usize) -> String {
    format!("Файл UTF-8 текст биш байна: буруу байт байна. Байрлал: {offset}.")
}

fn catalogue_syntax(detail: &str) -> String {
    format!("Файл зөв каталог биш байна: {detail}.")
}

fn not_a_catalogue(format: &str) -> String {
    format!("Энэ нь X.1060 каталогийн файл биш («format» талбарын утга «{format}» байх ёстой).")
}

fn catalogue_newer(found: u32, reads: u32) -> String {
    format!("Энэ каталогийн схем: {found}. Энэ аппын уншдаг схем: {reads}. Аппын шинэ хувилбарыг ашиглана уу.")
}

fn catalogue_invalid(at: &str, problem: &str) -> String {
    format!("Каталогийн файлд алдаа байна. Байрлал: {at}. Алдаа: {problem}.")
}

fn import_too_large(kb: u64, limit_kb: u64) -> String {
    format!("Файл хэт том байна ({kb} КБ). Хязгаар нь {limit_kb} КБ. Үүнийг уншаагүй.")
}

fn import_not_utf8(offset: usize) -> String {
    format!("Файл UTF-8 текст биш байна: буруу байт байна. Байрлал: {offset}. Энэ аппын JSON өгөгдлийн файл эсвэл HTML хураангуй тайлан байх ёстой.")
}

fn import_unknown_kind(start: &str) -> String {
    format!("Файл JSON ч биш, HTML ч биш байна. Эхлэл нь: «{start}». Энэ аппын JSON өгөгдлийн файл эсвэл HTML хураангуй тайлан байх ёстой.")
}

fn html_without_data(element: &str) -> String {
    format!("Энэ HTML файлд үнэлгээний өгөгдөл байхгүй. Энэ аппын хураангуй тайлан байх ёстой ({element} элементтэй).")
}

fn html_several_data(count: usize) -> String {
    format!("Энэ HTML файлд үнэлгээний өгөгдлийн хэд хэдэн элемент байна: {count}. Энэ аппын хураангуй тайланд яг нэг л элемент байдаг.")
}

fn html_unclosed_data(end_tag: &str) -> String {
    format!("Энэ HTML файлын үнэлгээний өгөгдөл тасарсан байна: төгсгөлийн шошго алга ({end_tag}).")
}

fn import_unreadable(part: &str) -> String {
    format!("Файлыг уншиж чадсангүй: {part}.")
}

fn import_invalid(part: &str) -> String {
    format!("Үнэлгээний өгөгдөл буруу байна: {part}.")
}

fn json_syntax(line: usize, column: usize, detail: &str) -> String {
    format!("JSON буруу байна (мөр: {line}, багана: {column}): {detail}")
}

fn json_too_deep(place: &str, max: usize) -> String {
    format!("{place}: хэт гүн үүрлэсэн (хязгаар: {max})")
}

fn json_too_many(max: usize) -> String {
    format!("утга хэт олон байна (хязгаар: {max})")
}

fn json_duplicate_key(place: &str, key: &str) -> String {
    format!("{place}: «{key}» түлхүүр хоёр удаа байна")
}

fn not_ours_found(found: &str, format: &str) -> String {
    format!("энэ нь X.1060 үнэлгээ биш: «format» нь «{found}» байна, «{format}» байх ёстой")
}

fn not_ours(format: &str) -> String {
    format!("энэ нь X.1060 үнэлгээ биш: «format» нь «{format}» гэсэн объект байх ёстой")
}

fn no_schema(example: u32) -> String {
    format!("«schema» талбар алга; бүхэл тоо байх ёстой (жишээ нь: {example})")
}

fn schema_not_a_number(example: u32) -> String {
    format!("«schema» нь бүхэл тоо байх ёстой (жишээ нь: {example})")
}

fn newer_schema(found: u64, reads: u32) -> String {
    format!("өгөгдлийг энэ аппын шинэ хувилбар үүсгэсэн (схем: {found}); энэ хувилбар уншдаг схем: {reads} болон түүнээс өмнөх")
}

fn unsupported_schema(found: u64) -> String {
    format!("энэ схемийг дэмжихгүй (схем: {found})")
}

fn field_problem(place: &str, problem: &str) -> String {
    format!("{place}: {problem}")
}

fn campaign_too_large(kb: usize, limit_kb: usize) -> String {
    format!("Файл хэт том байна ({kb} КБ). Кампанит ажлын файлын хязгаар: {limit_kb} КБ.")
}

fn campaign_not_json(part: &str) -> String {
    format!("Файл зөв JSON биш байна: {part}.")
}

fn not_a_campaign(format: &str) -> String {
    format!("Энэ нь X.1060 кампанит ажлын файл биш («format» талбарын утга «{format}» байх ёстой).")
}

fn campaign_newer(found: u64, reads: u32) -> String {
    format!("Энэ кампанит ажлын схем: {found}. Энэ аппын уншдаг схем: {reads}. Аппын шинэ хувилбарыг ашиглана уу.")
}

fn campaign_invalid(place: &str, problem: &str) -> String {
    format!("Кампанит ажлын файлд алдаа байна. Байрлал: {place}. Алдаа: {problem}.")
}

fn campaign_unusable(part: &str) -> String {
    format!("{part}.")
}

fn campaign_other_catalogue(id: &str) -> String {
    format!("Энэ кампанит ажил өөр каталогид зориулагдсан: «{id}»")
}

fn campaign_other_version(version: &str) -> String {
    format!("Энэ кампанит ажил каталогийн өөр хувилбарт зориулагдсан: «{version}»")
}

fn campaign_unknown_category(id: &str) -> String {
    format!("Каталогид ийм ангилал байхгүй: «{id}»")
}
