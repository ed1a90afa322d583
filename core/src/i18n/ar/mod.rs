//! Arabic (Modern Standard Arabic), written right to left.
//!
//! Our own translation, not yet reviewed by a native speaker (docs/translations.md). Figures are
//! written with the digits 0–9, as in the Maghreb. Counts follow the Arabic plural categories
//! (see [`count`]): one, two (dual), few (3–10), many (11–99) and other.

pub(crate) mod campaign;
pub(crate) mod editions;
pub(crate) mod workbench;

use super::{LevelText, UiText};
use crate::error_text::ErrorText;

pub const TEXT: UiText = UiText {
    // Every screen: the header, the navigation between views, the language menu, parts being fetched, shared buttons.
    language_name: "العربية",
    language_label: "اللغة",
    app_title: "التقييم الذاتي لمركز الدفاع السيبراني وفق X.1060",
    app_tagline: "اعرف ما هي الخدمات الأمنية التي تحتاجها مؤسستك، ومن يقدّمها، وما مستوى نضجها.",
    skip_link: "الانتقال إلى المحتوى الرئيسي",
    nav_label: "الأقسام",
    nav_checklist: "قائمة التحقق",
    nav_results: "النتائج",
    nav_assessments: "التقييمات",
    nav_about: "عن الأداة",
    nav_workbench: "التجميع",
    nav_campaign: "الحملة",
    part_loading: "جارٍ تحميل هذا الجزء من التطبيق…",
    part_failed: "تعذّر تحميل هذا الجزء من التطبيق. تحقّق من اتصالك، ثم حاول مرة أخرى. إجاباتك محفوظة: لم يضع أي شيء.",
    part_retry: "المحاولة مرة أخرى",
    cancel: "إلغاء",
    dismiss: "إغلاق",

    // Every screen: saving, notices, other tabs and backups of the open assessment (the status strip).
    status_saved: "محفوظ في هذا المتصفح",
    status_saved_at,
    status_memory_only: "غير محفوظ: موجود في هذه الصفحة فقط",
    status_save_failed: "آخر تغيير غير محفوظ",
    notice_storage_unavailable: "هذا المتصفح لا يسمح للتطبيق بالحفظ هنا (مثلًا في نافذة خاصة أو داخل موقع آخر). تبقى إجاباتك في هذه الصفحة حتى تغلقها. نزّل بيانات التقييم لتحتفظ بها.",
    notice_quota: "مساحة التخزين في المتصفح ممتلئة، لذلك لم يُحفَظ آخر تغيير. ما زال في هذه الصفحة، والنسخة المحفوظة السابقة سليمة. نزّل بيانات التقييم الآن.",
    notice_corrupt: "تعذّرت قراءة البيانات المحفوظة في هذا المتصفح. حُفظت كما هي نسخةً احتياطية، وبدأ التطبيق بتقييم فارغ. يمكنك تنزيل البيانات التالفة لفحصها.",
    notice_newer: "بعض البيانات المحفوظة أنشأها إصدار أحدث من هذا التطبيق. تُحفَظ كما هي ولا يُكتب فوقها أبدًا. حيث تظهر، تكون للقراءة فقط: استخدم الإصدار الأحدث لتغييرها.",
    download_damaged: "تنزيل البيانات التالفة",
    notice_language_unavailable: "تعذّر تحميل اللغة التي اخترتها، لذلك يبقى التطبيق بهذه اللغة. تحقّق من اتصالك، ثم اخترها مرة أخرى. إجاباتك محفوظة.",
    notice_replace_refused: "تعذّر حفظ نسخة احتياطية من التقييم المفتوح، لذلك لم يستبدله الملف. لم يتغيّر أي شيء. افتح الملف كتقييم جديد بدلًا من ذلك.",
    notice_catalogue_newer: "الكتالوج المحفوظ في هذا المتصفح أنشأه إصدار أحدث من هذا التطبيق. يُحفَظ كما هو، ويُستخدم الكتالوج المدمج.",
    notice_prefs_corrupt: "تعذّرت قراءة إعداداتك المحفوظة، مثل اللغة. حُفظت نسخةً احتياطية، وتُستخدم الإعدادات المعتادة.",
    notice_prefs_newer: "حفظ إعداداتك إصدار أحدث من هذا التطبيق. تُحفَظ كما هي. التغييرات التي تجريها هنا، مثل اللغة، لا تُحفَظ.",
    notice_catalogue_corrupt: "تعذّرت قراءة الكتالوج المحفوظ في هذا المتصفح. حُفظ نسخةً احتياطية، ويُستخدم الكتالوج المدمج.",
    notice_catalogue_remote: "تعذّر تحميل ملف الكتالوج الذي حدّده هذا الموقع، لذلك يُستخدم الكتالوج المدمج.",
    notice_campaign_remote: "تعذّر تحميل ملف الحملة الذي حدّده هذا الموقع.",
    categories_unknown,
    ui_fallback,
    read_only_note: "هذا التقييم للقراءة فقط: حفظه إصدار أحدث من هذا التطبيق. يمكنك قراءته وتنزيله، لكن لا يمكنك تغييره هنا.",
    persisted_no: "قد يحذف المتصفح هذه البيانات عندما تنقص المساحة أو بعد أسابيع بلا زيارة. نزّل نسخة من وقت لآخر.",
    backup_never: "لم يُنزَّل بعد",
    backup_last,
    backup_reminder: "غيّرت إجابات كثيرة منذ آخر تنزيل. نزّل بيانات التقييم لتحتفظ بنسخة خارج هذا المتصفح.",
    conflict_heading: "هذا التقييم تغيّر أيضًا في علامة تبويب أخرى",
    conflict_help,
    keep_mine: "الاحتفاظ بنسختي",
    take_theirs: "أخذ نسخة علامة التبويب الأخرى",
    keep_both: "الاحتفاظ بالاثنتين (نسختي كنسخة منفصلة)",
    deleted_elsewhere: "حُذف هذا التقييم في علامة تبويب أخرى. ما زال موجودًا هنا.",
    keep_it: "الاحتفاظ به",
    let_it_go: "التخلي عنه",
    newer_elsewhere: "حفظت علامة تبويب أخرى هذا التقييم بإصدار أحدث من هذا التطبيق. لم تعد هذه العلامة قادرة على حفظه. احتفظ بنسختك كنسخة منفصلة، أو تخلَّ عنها.",
    info_updated: "تغيّر هذا التقييم في علامة تبويب أخرى. تُعرَض آخر نسخة.",
    info_merged: "أُضيفت إلى هذا التقييم تغييرات من علامة تبويب أخرى. لم يضع أي شيء.",
    info_added: "أُنشئ تقييم في علامة تبويب أخرى. هو في قائمة التقييمات.",
    open_assessment_label: "التقييم المفتوح",
    catalogue_mismatch,
    edition_check: "تحقق من التغيير",

    // Overview: introduction, profile, categories and progress.
    intro_heading: "ما هذه الأداة",
    intro_what: "التوصية ITU-T X.1060 إطار لإنشاء مركز للدفاع السيبراني (CDC) وتشغيله. مركز الدفاع السيبراني هو فريق الأمن في المؤسسة، مهما كان اسمه: SOC أو CSIRT أو غير ذلك. تسرد X.1060 الخدمات التي يمكن أن يقدّمها هذا المركز، في تسع فئات.",
    intro_how: "لكل خدمة، قل هل تحتاجها مؤسستك. إذا كانت تحتاجها، فقل من يقدّمها وما مستواها اليوم، على مقياس من 0 إلى 5. يمكنك أيضًا تحديد مستوى مستهدف وأولوية.",
    intro_get: "في أي وقت، يمكنك تنزيل تقرير موجز للإدارة العليا، أو ملف بيانات لتكمل لاحقًا أو على حاسوب آخر.",
    intro_privacy: "يبقى كل شيء في هذا المتصفح. لا يُرسَل أي شيء إلى أي مكان. تُحفَظ كل إجابة فورًا.",
    intro_method: "مقياس المستويات والحسابات هي طريقة هذه الأداة الخاصة، وهي معروضة بشفافية. وهي ليست درجة رسمية من X.1060.",
    intro_more: "كيف تعمل المستويات وطرق التقديم",
    levels_heading: "المستويات",
    delivery_heading: "طريقة التقديم",
    delivery_help: "داخلي: موظفوكم يقدّمون الخدمة. مُسنَد إلى جهة خارجية: مزوّد خارجي يقدّمها. مشترك: الاثنان معًا. لم يُقدَّم بعد: لا أحد يقدّمها اليوم.",
    profile_heading: "مؤسستك",
    profile_hint: "كل الحقول اختيارية. تظهر في التقرير.",
    profile_organisation: "اسم المؤسسة",
    profile_sector: "القطاع",
    profile_size: "الحجم (عدد الموظفين)",
    profile_country: "البلد",
    profile_assessor: "القائم بالتقييم",
    profile_date: "تاريخ التقييم",
    categories_heading: "الفئات",
    progress_overall,
    progress_category,
    all_answered: "تمت الإجابة عن كل الخدمات. يمكنك تنزيل تقريرك.",
    to_review_count,
    to_review_open: "راجع الإجابات",

    // A category and its services.
    back_to_overview: "كل الفئات",
    previous_category: "الفئة السابقة",
    next_category: "الفئة التالية",
    catnav_top: "الفئات، أعلى الصفحة",
    catnav_bottom: "الفئات، أسفل الصفحة",
    next_unanswered: "الانتقال إلى الخدمة التالية بلا إجابة",
    service_answered: "تمت الإجابة",
    service_unanswered: "بلا إجابة",
    missing_delivery: "بقي للإجابة: من يقدّمها",
    missing_current: "بقي للإجابة: المستوى الحالي",
    missing_delivery_current: "بقي للإجابة: من يقدّمها، المستوى الحالي",
    provisional_marker: "عنوان مؤقت",
    provisional_explain: "لم نتمكن بعد من مطابقة هذا العنوان مع نص التوصية. قد يختلف عن العنوان الرسمي.",
    need_legend: "هل تحتاج مؤسستك هذه الخدمة؟",
    need_needed: "مطلوبة",
    need_not_needed: "غير مطلوبة",
    reason_label: "لماذا هي غير مطلوبة؟ (اختياري)",
    delivery_legend: "من يقدّمها؟",
    delivery_in_house: "داخلي",
    delivery_outsourced: "مُسنَد إلى جهة خارجية",
    delivery_shared: "مشترك",
    delivery_not_yet: "لم يُقدَّم بعد",
    help_delivery_summary: "ماذا تعني هذه الخيارات؟",
    current_legend: "المستوى الحالي",
    help_levels_summary: "ماذا تعني المستويات؟",
    target_label: "المستوى المستهدف",
    priority_label: "الأولوية",
    priority_high: "عالية",
    priority_medium: "متوسطة",
    priority_low: "منخفضة",
    not_set: "غير محدد",
    owner_label: "المسؤول",
    evidence_label: "الأدلة",
    note_label: "ملاحظة",
    more_details: "المستوى المستهدف والأولوية والمسؤول والأدلة والملاحظة",
    clear_service: "مسح الإجابات عن هذه الخدمة",
    levels: [
        LevelText { name: "غير منفَّذ", meaning: "الخدمة غير موجودة." },
        LevelText { name: "أولي", meaning: "تُنفَّذ أحيانًا، بلا خطة. تعتمد على الأفراد. لا يوجد إجراء." },
        LevelText { name: "قابل للتكرار", meaning: "تُنفَّذ بانتظام على يد مسؤول معروف. الإجراء غير مكتوب." },
        LevelText { name: "محدَّد", meaning: "يوجد إجراء موثَّق وأدوار موزَّعة وموظفون مدرَّبون." },
        LevelText { name: "مُدار", meaning: "تُقاس مقابل أهداف (مؤشرات، مستويات خدمة) وتُراجَع." },
        LevelText { name: "مُحسَّن", meaning: "تُحسَّن باستمرار، بناءً على القياسات والدروس المستفادة." },
    ],

    // Results: figures, charts, improvement plan and downloads (the page and the summary report).
    decimal_separator: ',',
    list_separator: "، ",
    item_separator: "؛ ",
    label_value,
    ratio,
    percent,
    in_brackets,
    not_applicable: "لا ينطبق",
    not_applicable_short: "لا ينطبق",
    overall_label: "الإجمالي",
    how_calculated: "كيف يُحسَب هذا؟",
    headline_heading: "الأرقام الرئيسية",
    eval_catalogue_heading: "تقييم كتالوج الخدمات: ما يغطيه المركز",
    eval_profile_heading: "تقييم ملف الخدمات: مستوى نضج الخدمات",
    eval_portfolio_heading: "تقييم محفظة الخدمات: من يقدّم الخدمات",
    plan_heading: "خطة التحسين",
    plan_empty: "لا توجد خدمة مطلوبة مستواها المستهدف أعلى من مستواها الحالي.",
    col_undecided: "بلا إجابة",
    col_delivered: "مُقدَّمة",
    col_coverage: "التغطية",
    col_assessed: "الخدمات المطلوبة التي لها مستوى",
    col_avg_current: "متوسط المستوى الحالي",
    col_avg_target: "متوسط المستوى المستهدف",
    col_gap: "متوسط الفجوة عن الهدف",
    col_delivery_unanswered: "طريقة التقديم بلا إجابة",
    col_share_outsourced: "% مُسنَد إلى جهة خارجية",
    col_share_shared: "% مشترك",
    col_rank: "الترتيب",
    col_reason: "سبب عدم الحاجة",
    col_plan_count: "الخدمات في خطة التحسين",
    col_service_gap: "الفجوة",
    formula_needed: "عدد الخدمات المحدَّدة بأنها مطلوبة.",
    formula_not_needed: "عدد الخدمات المحدَّدة بأنها غير مطلوبة.",
    formula_undecided: "عدد الخدمات التي بلا إجابة بعد. تكون الخدمة قد أُجيب عنها إذا حُدِّدت بأنها غير مطلوبة، أو إذا كانت مطلوبة ولها طريقة تقديم ومستوى حالي.",
    formula_delivered: "عدد الخدمات المطلوبة المقدَّمة داخليًا أو المُسنَدة إلى جهة خارجية أو المشتركة.",
    formula_coverage: "التغطية = المقدَّمة ÷ المطلوبة. الخدمة المطلوبة التي لم تُقدَّم بعد، أو التي طريقة تقديمها بلا إجابة، تُحسَب غير مقدَّمة.",
    formula_avg_current: "متوسط المستويات الحالية للخدمات المطلوبة التي لها مستوى حالي.",
    formula_avg_target: "متوسط المستويات المستهدفة للخدمات المطلوبة التي لها مستوى حالي ومستوى مستهدف.",
    formula_gap: "لكل خدمة مطلوبة لها مستوى حالي ومستوى مستهدف: المستوى المستهدف ناقص المستوى الحالي، أو 0 إذا كان المستوى الحالي يبلغ الهدف أو يتجاوزه. الرقم هو متوسط هذه القيم. الخدمة التي فوق هدفها لا تعوّض خدمة أخرى تحت هدفها.",
    formula_in_house: "عدد الخدمات المطلوبة التي يقدّمها موظفوكم.",
    formula_outsourced: "عدد الخدمات المطلوبة التي يقدّمها مزوّد خارجي.",
    formula_shared: "عدد الخدمات المطلوبة التي تُقدَّم جزئيًا داخليًا وجزئيًا من مزوّد خارجي.",
    formula_not_yet: "عدد الخدمات المطلوبة التي لا يقدّمها أحد بعد.",
    formula_delivery_unanswered: "عدد الخدمات المطلوبة التي ليس لها إجابة عن طريقة التقديم.",
    formula_share_outsourced: "% مُسنَد إلى جهة خارجية = المُسنَدة إلى جهة خارجية ÷ الخدمات المطلوبة التي لها إجابة عن طريقة التقديم (داخلي، مُسنَد إلى جهة خارجية، مشترك، لم يُقدَّم بعد). الخدمات المشتركة لا تُحسَب مُسنَدة إلى جهة خارجية، ولا جزئيًا: نسبتها معروضة وحدها.",
    formula_share_shared: "% مشترك = المشتركة ÷ الخدمات المطلوبة التي لها إجابة عن طريقة التقديم.",
    formula_plan: "الخدمات المطلوبة التي مستواها المستهدف أعلى من مستواها الحالي. تُرتَّب حسب الأولوية (العالية أولًا، والخدمات بلا أولوية أخيرًا)، ثم حسب الفجوة (الأكبر أولًا)، ثم حسب ترتيب الكتالوج.",
    formula_overall: "الأرقام الإجمالية تحسب كل خدمة من الكتالوج مرة واحدة. وهي ليست متوسطات لأرقام الفئات.",
    formula_status: "الرقم الذي لا يمكن حسابه لا يُعرَض أبدًا على أنه 0. «لا ينطبق»: كل خدمات الفئة محدَّدة بأنها غير مطلوبة. «بلا إجابة»: لا توجد إجابات كافية بعد. المتوسطات لا تشمل هذه الفئات. الإجابات عن خدمات ليست في الكتالوج لا تُحسَب.",
    chart_radar_title: "متوسط المستوى الحالي والمستوى المستهدف لكل فئة",
    chart_radar_desc: "مخطط راداري فيه محور لكل فئة، من المستوى 0 في المركز إلى المستوى 5 عند الحافة. خط متصل بنقاط: متوسط المستوى الحالي. خط متقطع بمربعات: متوسط المستوى المستهدف. الفئة التي بلا قيمة تترك فراغًا في الخطوط.",
    chart_bars_title: "من يقدّم الخدمات المطلوبة، لكل فئة",
    chart_bars_desc: "شريط لكل فئة. طوله هو عدد الخدمات المطلوبة. أجزاؤه تبيّن كم منها داخلي، ومشترك، ومُسنَد إلى جهة خارجية، ولم يُقدَّم بعد، أو بلا إجابة عن طريقة التقديم.",
    legend_current: "المستوى الحالي (المتوسط)",
    legend_target: "المستوى المستهدف (المتوسط)",
    downloads_heading: "التنزيل",
    downloads_intro: "تُنشأ الملفات في متصفحك. لا يُرفَع أي شيء.",
    download_json: "بيانات التقييم (JSON)",
    download_json_help: "لتكمل لاحقًا، أو على حاسوب آخر، أو لتحتفظ بنسخة احتياطية.",
    download_html: "التقرير الموجز (HTML)",
    download_html_help: "للقراءة أو الطباعة أو الإرسال إلى الإدارة العليا.",
    download_csv: "جدول بيانات (CSV)",
    download_csv_help: "صف لكل خدمة، لتخطيط التحسينات في جدول بيانات.",
    download_failed: "رفض المتصفح إنشاء الملف.",
    redacted_notice: "هذه النسخة مُشارَكة بدون البيانات المُعرِّفة. حُذف اسم التقييم واسم المؤسسة والقائم بالتقييم، وكل مسؤول وأدلة وملاحظة وسبب.",
    redact_label: "المشاركة بدون البيانات المُعرِّفة",
    redact_help: "يحذف اسم التقييم واسم المؤسسة والقائم بالتقييم، والمسؤول والأدلة والملاحظة والسبب لكل خدمة. يبقى القطاع والحجم والبلد والتاريخ وكل الإجابات الأخرى.",

    // Reports and files: what only the downloaded summary, CSV and comparison say.
    report_title: "التقييم الذاتي لمركز الدفاع السيبراني وفق X.1060: ملخص",
    report_generated: "تاريخ الإنشاء",
    report_progress: "التقدم",
    report_services: "كل الخدمات",
    report_method_note: "تتبع المستويات والأرقام طريقة هذه الأداة الخاصة، وهي موثَّقة بشفافية. وهي ليست درجة رسمية من X.1060.",
    report_about_heading: "عن هذا التقرير",
    report_orphans_heading: "إجابات عن خدمات ليست في هذا الكتالوج",
    report_orphans_explain: "أُدخلت هذه الإجابات مع كتالوج آخر. هي محفوظة في البيانات، لكن لا يحسبها أي رقم.",
    col_category: "الفئة",
    col_id: "الرمز",
    col_service: "الخدمة",
    col_total: "الخدمات",
    col_answered: "تمت الإجابة",
    col_needed: "مطلوبة",
    col_not_needed: "غير مطلوبة",
    unanswered: "بلا إجابة",
    catalogue_label: "الكتالوج",
    method_version_label: "إصدار الطريقة",
    app_version_label: "إصدار التطبيق",
    provenance_summary,
    privacy_footer: "أُنشئ في المتصفح. لم تغادر أي بيانات هذا الحاسوب.",

    // Assessments: the list, opening a file, comparing two, backups kept in this browser.
    assessments_heading: "تقييماتك",
    assessments_help: "كل تقييم محفوظ في هذا المتصفح. لتبدأ تقييمًا جديدًا من تقييم سابق، أنشئ نسخة منه.",
    untitled: "تقييم بلا اسم",
    open_now: "مفتوح الآن",
    col_name: "الاسم",
    col_last_change: "آخر تغيير",
    col_state: "الحالة",
    action_open: "فتح",
    action_rename: "إعادة التسمية",
    action_save_name: "حفظ الاسم",
    name_label: "اسم التقييم",
    action_duplicate: "نسخ",
    copy_name_label: "اسم النسخة",
    action_make_copy: "إنشاء النسخة",
    action_delete: "حذف",
    delete_confirm,
    deleted_heading: "محذوفة في هذه الصفحة",
    deleted_help: "يمكنك التراجع عن الحذف حتى تغلق هذه الصفحة.",
    action_undo: "تراجع",
    replaced_label: "المحتوى قبل أن يستبدله ملف",
    new_assessment: "تقييم جديد",
    new_name_label: "اسم التقييم الجديد (اختياري)",
    action_create: "إنشاء وفتح",
    state_saved: "محفوظ",
    state_unsaved: "غير محفوظ بعد",
    state_blocked: "تغيّر في علامة تبويب أخرى: قرارك مطلوب",
    state_newer: "أنشأه إصدار أحدث من هذا التطبيق: للقراءة فقط",
    state_damaged: "تالف: محفوظ كما هو نسخةً احتياطية",
    download_kept: "تنزيل البيانات المحفوظة",
    import_heading: "فتح ملف",
    import_help: "افتح ملف بيانات تقييم (JSON) أو تقريرًا موجزًا (HTML) أنشأته هذه الأداة. لا يُشغَّل أي شيء من الملف.",
    import_pick: "اختيار ملف (JSON أو HTML)",
    import_preview_heading: "الملف المراد فتحه",
    import_open_new: "فتح كتقييم جديد",
    import_replace: "استبدال التقييم المفتوح",
    import_replace_help: "يُحفَظ التقييم المفتوح أولًا نسخةً احتياطية في هذا المتصفح، ويمكنك التراجع حتى تغلق الصفحة.",
    import_refused: "لم يُفتَح هذا الملف. لم يتغيّر أي شيء.",
    import_orphans,
    import_migrated: "حُوِّل من صيغة أقدم.",
    import_kind_html: "التقرير الموجز (HTML)",
    import_kind_json: "بيانات التقييم (JSON)",
    backups_heading: "نسخ محفوظة في هذا المتصفح",
    backups_help: "البيانات التي تعذّرت قراءتها، والتقييمات كما كانت قبل أن يستبدلها ملف، محفوظة هنا كما هي. نزّل واحدة لتفحصها أو لتفتحها من جديد.",
    action_download: "تنزيل",
    compare_heading: "مقارنة تقييمين",
    compare_help: "اختر تقييمًا سابقًا وتقييمًا لاحقًا، مثلًا تقييم العام الماضي وتقييم هذا العام.",
    compare_show: "مقارنة",
    compare_file_option: "الملف المفتوح أعلاه",
    compare_same: "اختر تقييمين مختلفين.",
    compare_title: "مقارنة بين تقييمين",
    compare_sides_heading: "التقييمان",
    compare_before: "قبل",
    compare_after: "بعد",
    compare_change: "التغيّر",
    compare_created: "تاريخ الإنشاء",
    compare_last_change: "آخر تغيير",
    compare_figures_heading: "الأرقام لكل فئة",
    compare_services_heading: "التغييرات لكل خدمة",
    compare_unlisted_heading: "خدمات ليست في هذا الكتالوج",
    compare_no_changes: "لم تتغيّر أي إجابة.",
    compare_answer: "الإجابة",
    compare_need: "الحاجة",
    compare_added: "إجابة جديدة",
    compare_removed: "إجابات ممسوحة",
    compare_texts_changed: "نص تغيّر",
    compare_catalogue_differs: "أُجري التقييمان بكتالوجين مختلفين. تُطابَق الخدمات برمزها.",
    compare_method_note: "تتبع الأرقام طريقة هذه الأداة الخاصة، وليست درجة رسمية من X.1060. التغيّر هو الرقم اللاحق ناقص الرقم السابق، كما يُعرَضان (مقرَّبَين إلى منزلة عشرية واحدة). الرقم الذي «لا ينطبق» أو «بلا إجابة» ليس له تغيّر.",
    compare_change_count,
    download_compare: "تنزيل المقارنة (HTML)",
    download_compare_help: "ملف واحد يُفتح في أي متصفح ويُطبع جيدًا.",

    // About: the edition, the method, and loading or restoring a catalogue file.
    about_heading: "عن هذه الأداة وكتالوجها",
    about_edition: "الطبعة",
    about_source: "المصدر",
    about_method,
    about_privacy: "تعمل هذه الأداة في متصفحك فقط. لا ترسل أي شيء إلى أي مكان: لا حساب، ولا خادم، ولا إحصاءات، ولا ملفات تعريف الارتباط.",
    about_provenance: "مدى موثوقية العناوين",
    catalogue_builtin: "الكتالوج المدمج",
    catalogue_from_user: "كتالوج محمَّل من ملف في هذا المتصفح",
    catalogue_from_site: "كتالوج يقدّمه هذا الموقع",
    catalogue_load_heading: "استخدام كتالوج آخر",
    catalogue_load_help: "المؤسسة التي لديها النص الرسمي أو ترجمة أو نسخة وطنية يمكنها تحميل ملف الكتالوج الخاص بها (JSON، بنفس صيغة التصدير أدناه). تُطابَق الإجابات برمز الخدمة. لا تضيع أي إجابة.",
    catalogue_pick: "اختيار ملف كتالوج (JSON)",
    drop_hint: "يمكنك أيضًا إفلات ملف هنا.",
    catalogue_export: "تنزيل الكتالوج الحالي (JSON)",
    catalogue_restore: "العودة إلى الكتالوج المدمج",
    catalogue_preview_heading: "الكتالوج المراد تحميله",
    catalogue_counts,
    catalogue_languages: "اللغات",
    catalogue_changes: "الفروق عن الكتالوج المستخدم",
    catalogue_added: "خدمات جديدة (تظهر بلا إجابة)",
    catalogue_removed: "خدمات ليست في الكتالوج الجديد (إجاباتها محفوظة)",
    catalogue_renamed: "خدمات تغيّر اسمها",
    catalogue_moved: "خدمات نُقلت إلى فئة أخرى",
    catalogue_no_changes: "نفس الخدمات ونفس العناوين كما في الكتالوج المستخدم.",
    catalogue_use: "استخدام هذا الكتالوج",
    catalogue_refused: "لم يُحمَّل هذا الملف. لم يتغيّر أي شيء.",
    catalogue_loaded: "الكتالوج مستخدم الآن ومحفوظ في هذا المتصفح.",
    cancel_load: "عدم التحميل",
    orphans_heading: "إجابات عن خدمات ليست في هذا الكتالوج",
    orphans_help: "هذه الإجابات محفوظة. تُحسَب من جديد عندما تستخدم كتالوجًا فيه هذه الخدمات.",
    file_too_large,
    file_unreadable: "لم يتمكن المتصفح من قراءة هذا الملف كنص.",
};

/// The Arabic plural category of a count (CLDR): zero, one, two, few (n % 100 in 3–10), many
/// (n % 100 in 11–99) and other (100, 101, 102 …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

pub(crate) fn plural(n: usize) -> Plural {
    match (n, n % 100) {
        (0, _) => Plural::Zero,
        (1, _) => Plural::One,
        (2, _) => Plural::Two,
        (_, 3..=10) => Plural::Few,
        (_, 11..=99) => Plural::Many,
        _ => Plural::Other,
    }
}

/// A count with its noun, in the form Arabic needs for it. `forms`: the phrase for one (it
/// carries no figure: "خدمة واحدة"), for two (the dual: "خدمتان"), the plural noun after 3–10
/// ("خدمات") and the singular noun after 0, 11 and more ("خدمة").
pub(crate) fn count(n: usize, one: &str, two: &str, few: &str, many: &str) -> String {
    match plural(n) {
        Plural::One => one.to_string(),
        Plural::Two => two.to_string(),
        Plural::Few => format!("{n} {few}"),
        Plural::Zero | Plural::Many | Plural::Other => format!("{n} {many}"),
    }
}

fn progress_overall(done: usize, total: usize) -> String {
    // Worded as "label: figure of figure", so it needs no agreement with the count.
    format!("الخدمات التي تمت الإجابة عنها: {done} من {total}")
}

fn progress_category(done: usize, total: usize) -> String {
    format!("تمت الإجابة: {done} من {total}")
}

fn status_saved_at(time: &str) -> String {
    format!("محفوظ في هذا المتصفح عند {time}")
}

fn provenance_summary(confirmed: usize, provisional: usize, missing: usize) -> String {
    format!(
        "عناوين الخدمات المؤكدة: {confirmed}. العناوين المؤقتة (لم تُطابَق بعد مع التوصية): {provisional}. خدمات التوصية التي ليست في هذا الكتالوج: {missing}."
    )
}

fn label_value(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}

fn ratio(part: usize, whole: usize, percent: u32) -> String {
    format!("{part} من {whole} ({percent}%)")
}

fn percent(p: u32) -> String {
    format!("{p}%")
}

fn about_method(version: &str) -> String {
    format!("المستويات، وما يُعَدّ «تمت الإجابة»، وكل الأرقام تتبع طريقة التقييم الخاصة بهذه الأداة، الإصدار {version}، وهي معروضة بشفافية. وهي ليست درجة رسمية من X.1060.")
}

fn catalogue_counts(categories: usize, services: usize, confirmed: usize, provisional: usize) -> String {
    format!(
        "{}، {} (عناوين مؤكدة: {confirmed}، عناوين مؤقتة: {provisional})",
        count(categories, "فئة واحدة", "فئتان", "فئات", "فئة"),
        count(services, "خدمة واحدة", "خدمتان", "خدمات", "خدمة"),
    )
}

fn catalogue_mismatch(id: &str, version: &str) -> String {
    format!("أُجري هذا التقييم بالكتالوج {id} {version}، لا بالكتالوج المستخدم. تحقق من مكان إجاباته، ثم طبّق التغيير. حتى ذلك الحين قد تحسب الأرقام إجابات على خدمة خاطئة.")
}

fn to_review_count(n: usize) -> String {
    format!("إجابات من كتالوج آخر تنتظر مراجعتك: {n}. لا تدخل في أي رقم حتى تؤكدها.")
}

fn ui_fallback(code: &str) -> String {
    format!("الواجهة غير متوفرة بعد باللغة «{code}»، لذلك تُعرَض بالإنجليزية. عناوين الخدمات وأوصافها باللغة «{code}».")
}

fn file_too_large(kb: usize, limit_kb: usize) -> String {
    format!("الملف كبير جدًا ({kb} كيلوبايت). الحد هو {limit_kb} كيلوبايت. لم تتم قراءته.")
}

fn compare_change_count(n: usize) -> String {
    match plural(n) {
        Plural::Zero => "لم تتغيّر أي خدمة".to_string(),
        Plural::One => "تغيّرت خدمة واحدة".to_string(),
        Plural::Two => "تغيّرت خدمتان".to_string(),
        Plural::Few => format!("تغيّرت {n} خدمات"),
        Plural::Many | Plural::Other => format!("تغيّرت {n} خدمة"),
    }
}

fn delete_confirm(name: &str) -> String {
    format!("حذف «{name}»؟ يمكنك التراجع حتى تغلق الصفحة.")
}

fn import_orphans(n: usize) -> String {
    match plural(n) {
        Plural::One => "إجابة واحدة تخص خدمة ليست في الكتالوج المستخدم. هي محفوظة ومعروضة في قائمة.".to_string(),
        Plural::Two => "إجابتان تخصان خدمتين ليستا في الكتالوج المستخدم. هما محفوظتان ومعروضتان في قائمة.".to_string(),
        _ => format!("إجابات عن خدمات ليست في الكتالوج المستخدم: {n}. هي محفوظة ومعروضة في قائمة."),
    }
}

fn backup_last(when: &str) -> String {
    format!("آخر تنزيل: {when}")
}

fn conflict_help(parts: &str) -> String {
    format!("غيّرت علامتا التبويب الإجابات نفسها بطريقتين مختلفتين: {parts}. النسختان محفوظتان حتى تختار.")
}

fn in_brackets(text: &str) -> String {
    format!(" ({text})")
}

// Hostile input and faults (issue 13).
fn categories_unknown(list: &str, all_shown: bool) -> String {
    let all = if all_shown { " تُعرَض كل الفئات." } else { "" };
    format!("تطلب هذه الصفحة فئات ليست في الكتالوج: {list}.{all}")
}

// Why a file was refused (`crate::error_text`). A technical part (a path, the parser's message, a
// field name of the file) is isolated left to right (U+2066 … U+2069), so that it keeps its order
// inside right-to-left text.
pub const ERRORS: ErrorText = ErrorText {
    technical: left_to_right,
    top_level: "المستوى الأعلى من الملف",
    catalogue_too_large,
    utf16: "حُفظ الملف كنص بترميز UTF-16، والمطلوب UTF-8. احفظه من جديد بترميز UTF-8.",
    catalogue_not_utf8,
    catalogue_syntax,
    not_a_catalogue,
    catalogue_newer,
    catalogue_invalid,
    import_empty: "الملف فارغ.",
    import_too_large,
    import_not_utf8,
    import_unknown_kind,
    html_without_data,
    html_several_data,
    html_unclosed_data,
    import_unreadable,
    import_invalid,
    campaign_too_large,
    campaign_not_utf8: "الملف ليس نصًا بترميز UTF-8. احفظه من جديد بترميز UTF-8.",
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

fn left_to_right(s: &str) -> String {
    format!("\u{2066}{s}\u{2069}")
}

fn catalogue_too_large(kb: usize, limit_kb: usize) -> String {
    format!("الملف كبير جدًا ({kb} كيلوبايت). الحد الأقصى لملف الكتالوج هو {limit_kb} كيلوبايت.")
}

fn catalogue_not_utf8(offset: usize) -> String {
    format!("الملف ليس نصًا بترميز UTF-8: البايت في الموضع {offset} غير صالح.")
}

fn catalogue_syntax(detail: &str) -> String {
    format!("الملف ليس كتالوجًا صالحًا: {detail}.")
}

fn not_a_catalogue(format: &str) -> String {
    format!("هذا ليس ملف كتالوج X.1060 (يجب أن تكون قيمة «\u{2066}format\u{2069}» هي «{format}»).")
}

fn catalogue_newer(found: u32, reads: u32) -> String {
    format!("يستخدم هذا الكتالوج المخطط {found}، وهذا التطبيق يقرأ المخطط {reads}. استخدم إصدارًا أحدث من التطبيق.")
}

fn catalogue_invalid(at: &str, problem: &str) -> String {
    format!("في ملف الكتالوج خطأ في الموضع {at}: {problem}.")
}

fn import_too_large(kb: u64, limit_kb: u64) -> String {
    format!("الملف كبير جدًا ({kb} كيلوبايت)، والحد هو {limit_kb} كيلوبايت. لم تتم قراءته.")
}

fn import_not_utf8(offset: usize) -> String {
    format!("الملف ليس نصًا بترميز UTF-8: البايت في الموضع {offset} غير صالح. المطلوب ملف بيانات JSON أو تقرير موجز HTML من هذا التطبيق.")
}

fn import_unknown_kind(start: &str) -> String {
    format!("الملف ليس JSON ولا HTML: يبدأ بـ «{start}». المطلوب ملف بيانات JSON أو تقرير موجز HTML من هذا التطبيق.")
}

fn html_without_data(element: &str) -> String {
    format!("لا يحتوي ملف HTML هذا على بيانات التقييم: المطلوب تقرير موجز من هذا التطبيق فيه العنصر {element}.")
}

fn html_several_data(count: usize) -> String {
    // Worded « label: figure », so the noun needs no plural form.
    format!("عدد عناصر بيانات التقييم في ملف HTML هذا: {count}. التقرير الموجز من هذا التطبيق فيه عنصر واحد فقط.")
}

fn html_unclosed_data(end_tag: &str) -> String {
    format!("بيانات التقييم في ملف HTML هذا مقطوعة: وسم النهاية {end_tag} مفقود.")
}

fn import_unreadable(part: &str) -> String {
    format!("تتعذّر قراءة الملف: {part}.")
}

fn import_invalid(part: &str) -> String {
    format!("بيانات التقييم غير صالحة: {part}.")
}

fn json_syntax(line: usize, column: usize, detail: &str) -> String {
    format!("نص JSON غير صالح في السطر {line}، العمود {column}: {detail}")
}

fn json_too_deep(place: &str, max: usize) -> String {
    format!("{place}: التداخل أعمق من الحد ({max})")
}

fn json_too_many(max: usize) -> String {
    format!("عدد القيم أكبر من الحد ({max})")
}

fn json_duplicate_key(place: &str, key: &str) -> String {
    format!("{place}: المفتاح «{key}» مكرَّر")
}

fn not_ours_found(found: &str, format: &str) -> String {
    format!("هذا ليس تقييم X.1060: قيمة «\u{2066}format\u{2069}» هي «{found}»، والمطلوب «{format}»")
}

fn not_ours(format: &str) -> String {
    format!("هذا ليس تقييم X.1060: المطلوب كائن فيه «\u{2066}format\u{2069}» بالقيمة «{format}»")
}

fn no_schema(example: u32) -> String {
    format!("الحقل «\u{2066}schema\u{2069}» مفقود؛ المطلوب عدد صحيح مثل {example}")
}

fn schema_not_a_number(example: u32) -> String {
    format!("يجب أن يكون «\u{2066}schema\u{2069}» عددًا صحيحًا مثل {example}")
}

fn newer_schema(found: u64, reads: u32) -> String {
    format!(
        "تستخدم البيانات المخطط {found}، وقد أنشأها إصدار أحدث من هذا التطبيق؛ هذا الإصدار يقرأ المخطط {reads} وما قبله"
    )
}

fn unsupported_schema(found: u64) -> String {
    format!("المخطط {found} غير مدعوم")
}

fn field_problem(place: &str, problem: &str) -> String {
    format!("{place}: {problem}")
}

fn campaign_too_large(kb: usize, limit_kb: usize) -> String {
    format!("الملف كبير جدًا ({kb} كيلوبايت). الحد الأقصى لملف الحملة هو {limit_kb} كيلوبايت.")
}

fn campaign_not_json(part: &str) -> String {
    format!("الملف ليس نص JSON صالحًا: {part}.")
}

fn not_a_campaign(format: &str) -> String {
    format!("هذا ليس ملف حملة X.1060 (يجب أن تكون قيمة «\u{2066}format\u{2069}» هي «{format}»).")
}

fn campaign_newer(found: u64, reads: u32) -> String {
    format!("تستخدم هذه الحملة المخطط {found}، وهذا التطبيق يقرأ المخطط {reads}. استخدم إصدارًا أحدث من التطبيق.")
}

fn campaign_invalid(place: &str, problem: &str) -> String {
    format!("في ملف الحملة خطأ في الموضع {place}: {problem}.")
}

fn campaign_unusable(part: &str) -> String {
    format!("{part}.")
}

fn campaign_other_catalogue(id: &str) -> String {
    format!("الحملة مخصّصة للكتالوج «{id}»")
}

fn campaign_other_version(version: &str) -> String {
    format!("الحملة مخصّصة للإصدار «{version}» من الكتالوج")
}

fn campaign_unknown_category(id: &str) -> String {
    format!("ليست في الكتالوج فئة «{id}»")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories() {
        let cats: Vec<Plural> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].into_iter().map(plural).collect();
        use Plural::*;
        assert_eq!(cats, [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many]);
        assert_eq!(count(1, "خدمة واحدة", "خدمتان", "خدمات", "خدمة"), "خدمة واحدة");
        assert_eq!(count(2, "خدمة واحدة", "خدمتان", "خدمات", "خدمة"), "خدمتان");
        assert_eq!(count(9, "فئة واحدة", "فئتان", "فئات", "فئة"), "9 فئات");
        assert_eq!(count(58, "خدمة واحدة", "خدمتان", "خدمات", "خدمة"), "58 خدمة");
        assert_eq!(compare_change_count(3), "تغيّرت 3 خدمات");
        assert_eq!(compare_change_count(12), "تغيّرت 12 خدمة");
    }
}
