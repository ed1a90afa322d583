//! The words of each language (issue 18): the glossary of docs/translations.md, French
//! typography, Japanese spacing and punctuation, and singular forms for counts of one.
//!
//! Every check reads three sources in each language: every string of `UiText` (read from its
//! `Debug` text, so a string added later is checked without being listed here) and the output of
//! each of its functions, every text of the built-in catalogue, and the rendered reports (the
//! golden summary reports, a comparison report and the CSV), without the user's own text. The
//! parts' own strings (`WbText`, `CpText`, the catalogue change's) and why a file was refused
//! (`ErrorText`, with fixed technical parts) are read the same way.

mod common;

use std::collections::BTreeMap;

use x1060_core::catalogue::{Catalogue, LocalText};
use x1060_core::cohort::text::text as wb_text;
use x1060_core::compare;
use x1060_core::edit::Edit;
use x1060_core::i18n::{ErrorText, Lang, UiText};
use x1060_core::model::{Assessment, Delivery, Level, Need};
use x1060_core::report::{compare_html, csv as sheet, Detail, ReportContext};

// ---------------------------------------------------------------------------------------------
// The glossary, as data. Keep it in step with the table in docs/translations.md.

/// Where a term must follow the English text.
#[derive(Clone, Copy, PartialEq)]
enum Scope {
    /// Interface strings only: in the catalogue the English word also has other senses
    /// ("assessment" in "risk assessment", "gap" in "corrects the gaps").
    Ui,
    /// Interface and catalogue.
    All,
}

struct Term {
    /// English forms. A form starting with a capital letter matches case-sensitively (level
    /// names, "Before"); others match any case. Whole words only.
    en: &'static [&'static str],
    /// Accepted Japanese forms (substring).
    ja: &'static [&'static str],
    /// Accepted French forms (whole words, any case).
    fr: &'static [&'static str],
    /// Second translations that must appear nowhere in Japanese (substring).
    ja_not: &'static [&'static str],
    /// Second translations that must appear nowhere in French (whole words, any case).
    fr_not: &'static [&'static str],
    /// Spellings that must appear nowhere in English (whole words, any case).
    en_not: &'static [&'static str],
    scope: Scope,
}

const fn t(en: &'static [&'static str], ja: &'static [&'static str], fr: &'static [&'static str]) -> Term {
    Term { en, ja, fr, ja_not: &[], fr_not: &[], en_not: &[], scope: Scope::All }
}

impl Term {
    const fn not(mut self, ja_not: &'static [&'static str], fr_not: &'static [&'static str]) -> Term {
        self.ja_not = ja_not;
        self.fr_not = fr_not;
        self
    }
    const fn en_not(mut self, en_not: &'static [&'static str]) -> Term {
        self.en_not = en_not;
        self
    }
    const fn ui(mut self) -> Term {
        self.scope = Scope::Ui;
        self
    }
}

const GLOSSARY: &[Term] = &[
    t(&["cyber defence centre"], &["サイバーディフェンスセンター"], &["centre de cyberdéfense"])
        .not(&["サイバー防御センター"], &["cyber-défense"])
        .en_not(&["cyber defense", "defense", "center"]),
    t(&["Recommendation"], &["勧告"], &["Recommandation"]),
    t(&["ITU-T"], &["ITU-T"], &["UIT-T"]).not(&[], &["ITU-T"]),
    t(&["category", "categories"], &["カテゴリ"], &["catégorie", "catégories"]).not(&["カテゴリー"], &[]),
    t(&["catalogue"], &["カタログ"], &["catalogue"]).en_not(&["catalog", "catalogs"]),
    t(&["organisation"], &["組織"], &["organisation"]).en_not(&["organization"]).ui(),
    t(&["self-assessment"], &["自己評価"], &["auto-évaluation"]),
    t(&["assessment", "assessments"], &["評価"], &["évaluation", "évaluations"]).ui(),
    t(&["assessment name", "name of the assessment"], &["評価名"], &["nom de l’évaluation"]).not(&["評価の名前"], &[]),
    t(&["needed"], &["必要", "不要"], &["nécessaire", "nécessaires"]),
    t(&["answered", "unanswered"], &["回答"], &["réponse", "réponses"]).not(&[], &["répondu"]),
    t(&["delivery"], &["提供形態"], &["mode de fourniture", "modes de fourniture"]).ui(),
    t(&["in-house"], &["内製"], &["en interne"]).not(&["社内", "自社"], &[]),
    t(&["outsourced"], &["外部委託"], &["externalisé", "externalisés", "externalisée"]),
    t(&["shared"], &["共同"], &["partagé", "partagés", "partagée"]).ui(),
    t(&["not delivered yet"], &["未提供"], &["pas encore fourni", "pas encore fournis"]),
    t(&["external provider"], &["外部の事業者"], &["prestataire externe"]),
    t(&["current level", "current levels"], &["現在のレベル"], &["niveau actuel", "niveaux actuels"]),
    t(&["target level", "target levels"], &["目標レベル"], &["niveau cible", "niveaux cibles"]),
    t(&["level", "levels"], &["レベル"], &["niveau", "niveaux"]).ui(),
    t(&["Not performed"], &["未実施"], &["Non réalisé"]),
    t(&["Initial"], &["初期"], &["Initial"]),
    t(&["Repeatable"], &["反復可能"], &["Reproductible"]),
    t(&["Defined"], &["定義された"], &["Défini"]).not(&["定義済み"], &[]),
    t(&["Managed"], &["管理された"], &["Géré"]).not(&["管理済み"], &[]),
    t(&["Optimising"], &["最適化"], &["Optimisé"]).not(&[], &["En optimisation"]).en_not(&["optimizing"]),
    t(&["owner"], &["責任者"], &["responsable"]).not(&["担当者"], &[]),
    t(&["evidence"], &["根拠資料"], &["éléments de preuve", "élément de preuve"]).ui(),
    t(&["note"], &["メモ"], &["remarque"]).not(&["備考"], &[]).ui(),
    t(&["reason"], &["理由"], &["raison"]).ui(),
    t(&["priority", "priorities"], &["優先度"], &["priorité", "priorités"]),
    t(&["gap"], &["差"], &["écart"]).ui(),
    t(&["coverage"], &["カバー率"], &["couverture"]).ui(),
    t(&["not applicable"], &["対象外"], &["sans objet"]).not(&[], &["non applicable"]),
    t(&["figure", "figures"], &["数値"], &["chiffre", "chiffres"]).not(&[], &["indicateur"]).ui(),
    t(&["official X.1060 score", "official score"], &["公式な評価点"], &["note officielle"])
        .not(&["公式スコア"], &["score"]),
    t(&["catalogue evaluation"], &["サービスカタログ評価"], &["évaluation du catalogue de services"]),
    t(&["profile evaluation"], &["サービスプロファイル評価"], &["évaluation du profil de services"]),
    t(&["portfolio evaluation"], &["サービスポートフォリオ評価"], &["évaluation du portefeuille de services"]),
    t(&["improvement plan"], &["改善計画"], &["plan d’amélioration"]),
    t(&["provisional title", "provisional titles"], &["暫定名称"], &["titre provisoire", "titres provisoires"]),
    t(&["summary report"], &["概要レポート"], &["rapport de synthèse"]),
    t(&["assessment data"], &["評価データ"], &["données d’évaluation"]).not(&[], &["données de l’évaluation"]),
    t(&["backup"], &["バックアップ"], &["copie de secours"]).not(&[], &["sauvegarde"]),
    t(&["last change"], &["最終更新"], &["dernière modification"]).not(&["最終変更"], &[]).ui(),
    t(&["Before"], &["前回"], &["Avant"]).ui(),
    t(&["After"], &["今回"], &["Après"]).ui(),
    t(&["discard"], &["破棄"], &["abandonner", "abandonnez"]).not(&["削除を受け入れる"], &["accepter la suppression"]),
    t(&["identifying details"], &["組織や個人を特定できる情報"], &["informations identifiantes"])
        .not(&["特定につながる情報"], &["informations d’identification"]),
    t(&["edition"], &["版"], &["édition"]),
    t(&["staff"], &["従業員", "要員"], &["personnel"]).not(&["職員"], &[]),
    t(&["management"], &["経営層"], &["direction"]).ui(),
    t(&["threat intelligence"], &["脅威情報"], &["renseignement"])
        .not(&["内部脅威情報"], &["renseignement sur les menaces"]),
    t(&["triage"], &["トリアージ"], &["tri"]).not(&[], &["triage"]),
    t(&["incident response"], &["インシデント対応"], &["réponse aux incidents"]).not(&[], &["réponse à incident"]),
    t(&["incident handling"], &["インシデントハンドリング"], &["traitement des incidents"]),
    t(
        &["malware analysis", "malware sample analysis"],
        &["解析"],
        &["analyse de codes malveillants", "analyse d’échantillons de codes malveillants"],
    )
    .not(&["検体分析", "マルウェア分析"], &[]),
    t(&["forensic"], &["フォレンジック"], &["forensique", "forensiques"]),
    t(&["vulnerability", "vulnerabilities"], &["脆弱性"], &["vulnérabilité", "vulnérabilités"]),
    t(&["vulnerability assessment"], &["脆弱性診断"], &["évaluation des vulnérabilités"]),
    t(&["real-time analysis"], &["即時分析"], &["analyse en temps réel"]),
    t(&["deep analysis"], &["深掘分析"], &["analyse approfondie"]),
];

/// Texts that may differ from the glossary, each with its reason: (text id, English form or
/// forbidden variant, reason).
const EXEMPT: &[(&str, &str, &str)] = &[
    ("profile_size", "staff", "a headcount: « effectif » is the French word for it"),
    ("redacted_notice", "shared", "\"shared\" as in sharing a file (共有, partagée), not the delivery option"),
    ("chart_radar_desc", "gap", "a gap in the chart's lines, not the gap to target"),
    ("status_save_failed", "last change", "the latest edit (最後の変更), not the date of the last change"),
    ("notice_quota", "last change", "the latest edit (最後の変更), not the date of the last change"),
    ("levels[4].meaning", "indicateur", "\"metrics\" (indicateurs), not \"figures\""),
    ("about_edition", "版", "the Recommendation's edition: the one sense 版 keeps"),
    ("catalogue_load_help", "版", "a national edition of the catalogue"),
    ("top_level", "level", "the top level of a JSON file (最上位), not a capability level"),
    ("json_too_deep", "level", "nesting in a JSON file (階層), not a capability level"),
    ("field_problem", "level", "the top level of a JSON file (最上位), not a capability level"),
    ("C-4.description", "evidence", "evidence in the forensic sense (証拠), not the answer's evidence field"),
    ("B.description", "担当者", "the person in charge of acting, not the owner of a service"),
    ("B-3.description", "担当者", "the person in charge of acting, not the owner of a service"),
    ("I-2.description", "担当者", "analysts (分析担当者), not the owner of a service"),
    // The catalogue-editions issue changes these titles with the new catalogue version.
    ("A-9.title", "triage", "official French title « critères de tri »: catalogue-editions issue"),
    ("A-9.title", "tri", "official French title « critères de tri »: catalogue-editions issue"),
    ("D-3.description", "triage", "D-3 is rewritten with the catalogue-editions issue"),
    ("D-3.description", "tri", "D-3 is rewritten with the catalogue-editions issue"),
    ("D-4.title", "réponse à incident", "D-4 is retitled with the catalogue-editions issue"),
    ("D-4.title", "incident response", "D-4 is retitled with the catalogue-editions issue"),
];

/// Glossary terms whose French word no text uses yet: the official title that brings it in
/// (A-9 « Gestion des critères de tri ») comes with the catalogue-editions issue.
const PENDING_FR: &[&str] = &["triage"];

fn exempt(id: &str, form: &str) -> bool {
    EXEMPT.iter().any(|(i, f, _)| *i == id && *f == form)
}

// ---------------------------------------------------------------------------------------------
// The texts.

/// One text to check: where it comes from, and the text.
struct Text {
    id: String,
    text: String,
}

/// Every string field of `UiText` by name, from its `Debug` text (fields added later are included
/// without being listed here). Level texts are named `levels[i].name` and `levels[i].meaning`.
fn ui_strings(t: &dyn std::fmt::Debug) -> Vec<(String, String)> {
    let dbg = format!("{t:?}");
    let b: Vec<char> = dbg.chars().collect();
    let mut out = Vec::new();
    let mut level: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(&['L', 'e', 'v', 'e', 'l', 'T', 'e', 'x', 't', ' ', '{']) {
            level = Some(level.map_or(0, |l| l + 1));
        }
        if b[i] == '"' {
            // The field name: the identifier before `: "`.
            let mut j = i;
            while j > 0 && (b[j - 1] == ' ' || b[j - 1] == ':') {
                j -= 1;
            }
            let end = j;
            while j > 0 && (b[j - 1].is_ascii_alphanumeric() || b[j - 1] == '_') {
                j -= 1;
            }
            let name: String = b[j..end].iter().collect();
            let mut s = String::new();
            i += 1;
            while b[i] != '"' {
                if b[i] == '\\' {
                    i += 1;
                    match b[i] {
                        'n' => s.push('\n'),
                        'u' => {
                            let close = (i..b.len()).find(|&k| b[k] == '}').unwrap();
                            let hex: String = b[i + 2..close].iter().collect();
                            s.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                            i = close;
                        }
                        c => s.push(c),
                    }
                } else {
                    s.push(b[i]);
                }
                i += 1;
            }
            let name = match (name.as_str(), level) {
                ("name" | "meaning", Some(l)) => format!("levels[{l}].{name}"),
                _ => name,
            };
            out.push((name, s));
        }
        i += 1;
    }
    out
}

/// The coordinator workbench's strings (they travel with its part, `cohort::text`): every field
/// and the output of every function, with the given count; k is never below 3.
fn wb_texts(lang: Lang, n: usize) -> Vec<(String, String)> {
    let w = wb_text(lang);
    let f = |name: &str, s: String| (name.to_string(), s);
    let mut out = ui_strings(w);
    out.extend([
        f("wb_counted", (w.wb_counted)(n, 40)),
        f("wb_counted/total", (w.wb_counted)(n, n)),
        f("wb_hidden_groups", (w.wb_hidden_groups)(n as u32, 5)),
        f("wb_suppressed_note", (w.wb_suppressed_note)(5)),
        f("wb_too_few", (w.wb_too_few)(5)),
        f("wb_changes_too_few", (w.more.wb_changes_too_few)(5)),
        f("wb_skipped", (w.more.wb_skipped)(n)),
        f("wb_progress", (w.more.wb_progress)(n, 40)),
        f("wb_cancelled", (w.more.wb_cancelled)(n, 40)),
        f("wb_rows_shown", (w.more.wb_rows_shown)(200, 10_000 + n)),
    ]);
    out
}

/// The strings of a catalogue change (`edition::text`): every field and every function's output.
fn ed_texts(lang: Lang, n: usize) -> Vec<(String, String)> {
    let e = x1060_core::edition::text::text(lang);
    let f = |name: &str, s: String| (name.to_string(), s);
    let mut out = ui_strings(e);
    out.extend([
        f("ed_intro", (e.ed_intro)("x1060-builtin 2026.11", "x1060-builtin 2026.12")),
        f("ed_bad_mapping", (e.ed_bad_mapping)("services[0] A-9")),
        f("ed_summary", (e.ed_summary)(n, n + 1, n)),
        f("ed_given_to", (e.ed_given_to)("D-3", "x1060-builtin 2026.11")),
    ]);
    out
}

/// Why a file was refused (`ErrorText`): every field and the output of every function, with
/// technical parts set as the messages set them (`technical`), so that a part quoted or isolated
/// in one language is checked as the user sees it. Parts that end another message are passed in
/// as they are made. Every input and figure is fixed, so that the Arabic and Mongolian check can
/// say what was passed in ([`error_inputs`]).
fn error_texts(e: &ErrorText) -> Vec<(String, String)> {
    let f = |name: &str, s: String| (name.to_string(), s);
    let tech = e.technical;
    let mut out = ui_strings(e);
    out.extend([
        f("catalogue_too_large", (e.catalogue_too_large)(2048, 1024)),
        f("catalogue_not_utf8", (e.catalogue_not_utf8)(4711)),
        f("catalogue_syntax", (e.catalogue_syntax)(&tech("EOF while parsing a value"))),
        f("not_a_catalogue", (e.not_a_catalogue)(&tech("x1060-catalogue"))),
        f("catalogue_newer", (e.catalogue_newer)(9, 1)),
        f("catalogue_invalid", (e.catalogue_invalid)(&tech("services[42].id"), &tech("must not be empty"))),
        f("import_too_large", (e.import_too_large)(8790, 12288)),
        f("import_not_utf8", (e.import_not_utf8)(4711)),
        f("import_unknown_kind", (e.import_unknown_kind)(&tech("PKzip"))),
        f(
            "html_without_data",
            (e.html_without_data)(&tech("<script type=\"application/json\" id=\"x1060-assessment\">")),
        ),
        f("html_several_data", (e.html_several_data)(3)),
        f("html_unclosed_data", (e.html_unclosed_data)(&tech("</script>"))),
        f("import_unreadable", (e.import_unreadable)(&(e.json_too_many)(200000))),
        f("import_invalid", (e.import_invalid)(&(e.unsupported_schema)(7))),
        f("campaign_too_large", (e.campaign_too_large)(683, 256)),
        f("campaign_not_json", (e.campaign_not_json)(&(e.json_too_many)(200000))),
        f("not_a_campaign", (e.not_a_campaign)(&tech("x1060-campaign"))),
        f("campaign_newer", (e.campaign_newer)(9, 1)),
        f("campaign_invalid", (e.campaign_invalid)(&tech("fields[4].key"), &tech("must not be empty"))),
        f("campaign_unusable", (e.campaign_unusable)(&(e.campaign_unknown_category)(&tech("Q")))),
        f("campaign_other_catalogue", (e.campaign_other_catalogue)(&tech("national-cdc"))),
        f("campaign_other_version", (e.campaign_other_version)(&tech("2031.4"))),
        f("campaign_unknown_category", (e.campaign_unknown_category)(&tech("Q"))),
        f("json_syntax", (e.json_syntax)(17, 23, &tech("EOF while parsing a value"))),
        f("json_too_deep", (e.json_too_deep)(e.top_level, 32)),
        f("json_too_many", (e.json_too_many)(200000)),
        f("json_duplicate_key", (e.json_duplicate_key)(&tech("profile"), &tech("sector"))),
        f("not_ours_found", (e.not_ours_found)(&tech("x1060-campaign"), &tech("x1060-assessment"))),
        f("not_ours", (e.not_ours)(&tech("x1060-assessment"))),
        f("no_schema", (e.no_schema)(2)),
        f("schema_not_a_number", (e.schema_not_a_number)(2)),
        f("newer_schema", (e.newer_schema)(9, 2)),
        f("unsupported_schema", (e.unsupported_schema)(7)),
        f("field_problem", (e.field_problem)(e.top_level, &tech("expected an object"))),
    ]);
    out
}

/// What [`error_texts`] passes to each function of `ErrorText` (the parts that end another
/// message are the language's own words, not inputs).
fn error_inputs(id: &str) -> &'static [&'static str] {
    match id {
        "catalogue_too_large" => &["2048", "1024"],
        "import_too_large" => &["8790", "12288"],
        "catalogue_not_utf8" | "import_not_utf8" => &["4711"],
        "catalogue_syntax" => &["EOF while parsing a value"],
        "json_syntax" => &["EOF while parsing a value", "17", "23"],
        "not_a_catalogue" => &["x1060-catalogue"],
        "catalogue_newer" | "campaign_newer" | "newer_schema" => &["9"],
        "catalogue_invalid" => &["services[42].id", "must not be empty"],
        "import_unknown_kind" => &["PKzip"],
        "html_without_data" => &["<script type=\"application/json\" id=\"x1060-assessment\">"],
        "html_several_data" => &["3"],
        "html_unclosed_data" => &["</script>"],
        "import_unreadable" | "campaign_not_json" | "json_too_many" => &["200000"],
        "import_invalid" | "unsupported_schema" => &["7"],
        "campaign_too_large" => &["683", "256"],
        "not_a_campaign" => &["x1060-campaign"],
        "campaign_invalid" => &["fields[4].key", "must not be empty"],
        "campaign_unusable" | "campaign_unknown_category" => &["Q"],
        "campaign_other_catalogue" => &["national-cdc"],
        "campaign_other_version" => &["2031.4"],
        "json_too_deep" => &["32"],
        "json_duplicate_key" => &["profile", "sector"],
        "not_ours_found" => &["x1060-campaign", "x1060-assessment"],
        "not_ours" => &["x1060-assessment"],
        "no_schema" | "schema_not_a_number" => &["2"],
        "field_problem" => &["expected an object"],
        _ => &[],
    }
}

/// The output of every function of `UiText`, with the given count (and names, times) as input.
fn ui_functions(t: &UiText, n: usize) -> Vec<(String, String)> {
    let f = |name: &str, s: String| (name.to_string(), s);
    vec![
        f("progress_overall", (t.progress_overall)(n, 58)),
        f("progress_overall/total", (t.progress_overall)(n, n)),
        f("progress_category", (t.progress_category)(n, 7)),
        f("status_saved_at", (t.status_saved_at)("10:00")),
        f("provenance_summary", (t.provenance_summary)(n, n, n)),
        f("label_value", (t.label_value)(t.col_coverage, "5")),
        f("ratio", (t.ratio)(n, 7, 71)),
        f("percent", (t.percent)(71)),
        f("about_method", (t.about_method)("1.0")),
        f("catalogue_counts", (t.catalogue_counts)(n, n, n, n)),
        f("catalogue_mismatch", (t.catalogue_mismatch)("x1060-builtin", "2026.11")),
        f("ui_fallback", (t.ui_fallback)("ar")),
        f("file_too_large", (t.file_too_large)(2048, 1024)),
        f("compare_change_count", (t.compare_change_count)(n)),
        f("delete_confirm", (t.delete_confirm)("2026")),
        f("import_orphans", (t.import_orphans)(n)),
        f("backup_last", (t.backup_last)("2026-11-25 10:00")),
        f("conflict_help", (t.conflict_help)(t.note_label)),
        f("in_brackets", (t.in_brackets)(t.col_coverage)),
    ]
}

fn catalogue_texts(lang: Lang) -> Vec<(String, String)> {
    let c = Catalogue::builtin();
    let mut out = vec![("source".to_string(), c.source.get(lang).to_string())];
    let mut add = |id: &str, field: &str, t: &LocalText| out.push((format!("{id}.{field}"), t.get(lang).to_string()));
    for cat in &c.categories {
        add(&cat.id, "title", &cat.title);
        add(&cat.id, "description", &cat.description);
    }
    for s in &c.services {
        add(&s.id, "title", &s.title);
        add(&s.id, "description", &s.description);
        if let Some(n) = &s.provenance_note {
            add(&s.id, "provenance_note", n);
        }
    }
    out
}

/// The text of an HTML report: no style or embedded data, no tags, entities decoded.
fn html_text(h: &str) -> String {
    let mut h = h.to_string();
    for (open, close) in [("<style>", "</style>"), ("<script", "</script>")] {
        while let Some(i) = h.find(open) {
            let j = h[i..].find(close).map(|j| i + j + close.len()).unwrap_or(h.len());
            h.replace_range(i..j, "\n");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in h.chars() {
        match c {
            '<' => in_tag = true,
            // A tag ends a piece of text: do not let two cells run together.
            '>' => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The user's own text in the report sample (names, notes …): not ours to check.
fn sample_user_text() -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(&common::fixture_text("report-sample.json")).unwrap();
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| walk(v, k, out)),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, key, out)),
            serde_json::Value::String(s)
                if ["name", "organisation", "sector", "country", "assessor", "owner", "evidence", "note", "reason"]
                    .contains(&key) =>
            {
                out.push(s.clone())
            }
            _ => {}
        }
    }
    walk(&v, "", &mut out);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Two assessments with answers of every kind and no free text, for the comparison report.
fn compare_pair(c: &Catalogue) -> (Assessment, Assessment) {
    let mut b = Assessment::new(c, common::T);
    common::answer(&mut b, "A-1", Some(Delivery::InHouse), Some(2), Some(4), None);
    common::answer(&mut b, "A-2", Some(Delivery::Shared), Some(1), Some(3), None);
    common::not_needed(&mut b, "B-1");
    let mut a = b.clone();
    common::answer(&mut a, "A-1", Some(Delivery::Outsourced), Some(3), Some(4), None);
    a.apply(Edit::SetNeed { service: "A-2".into(), need: None }, common::T);
    a.apply(Edit::SetCurrent { service: "A-2".into(), level: Level::new(1) }, common::T);
    a.apply(Edit::SetNeed { service: "B-1".into(), need: Some(Need::Needed) }, common::T);
    common::answer(&mut a, "C-1", Some(Delivery::NotYet), Some(0), Some(2), None);
    (b, a)
}

/// The reports in one language, as text: the golden summary report (without the sample's own
/// text), a comparison report and the CSV.
fn report_texts(lang: Lang) -> Vec<(String, String)> {
    let c = Catalogue::builtin();
    let ctx = ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" };
    let golden = format!("{}/tests/golden/summary-{}.html", env!("CARGO_MANIFEST_DIR"), lang.code());
    let mut summary = html_text(&std::fs::read_to_string(&golden).unwrap());
    for s in sample_user_text() {
        summary = summary.replace(&s, "\n");
    }
    // Not language text: the catalogue's edition as ITU names it, and texts exempt above.
    summary = summary.replace(&c.edition, "\n");
    let exempt_texts: Vec<String> = catalogue_texts(lang)
        .into_iter()
        .filter(|(id, _)| EXEMPT.iter().any(|(i, ..)| i == id))
        .map(|(_, t)| t)
        .collect();
    for t in &exempt_texts {
        summary = summary.replace(t.as_str(), "\n");
    }
    let (b, a) = compare_pair(&c);
    let cmp = compare::compare(&c, &b, &a);
    let comparison = html_text(&compare_html::comparison(&cmp, &ctx));
    // Without the sample's own text (notes, names …), which is the user's, not ours.
    let mut csv = sheet::table(&Detail::Redacted.apply(&common::fixture("report-sample.json")), &ctx);
    for t in &exempt_texts {
        csv = csv.replace(t.as_str(), "\n");
    }
    let mut out = Vec::new();
    for (name, text) in [("summary", summary), ("comparison", comparison), ("csv", csv)] {
        for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            out.push((format!("{name} report, piece {i}"), line.to_string()));
        }
    }
    out
}

/// Every text in one language: interface, catalogue, reports.
fn all_texts(lang: Lang) -> Vec<Text> {
    let t = lang.ui();
    let mut out: Vec<Text> = ui_strings(t)
        .into_iter()
        .chain(ui_functions(t, 1))
        .chain(ui_functions(t, 3))
        .chain(wb_texts(lang, 1))
        .chain(wb_texts(lang, 3))
        .chain(ed_texts(lang, 1))
        .chain(ed_texts(lang, 3))
        .chain(ui_strings(x1060_core::campaign::text::text(lang)))
        .chain(ui_strings(x1060_core::i18n::first_screen(lang)))
        .chain(error_texts(lang.errors()))
        .map(|(id, text)| Text { id, text })
        .collect();
    out.extend(catalogue_texts(lang).into_iter().map(|(id, text)| Text { id, text }));
    out.extend(report_texts(lang).into_iter().map(|(id, text)| Text { id, text }));
    out
}

// ---------------------------------------------------------------------------------------------
// Matching.

/// Whether `form` occurs in `text` as a whole word (no letter just before or after it).
fn has_word(text: &str, form: &str, case_sensitive: bool) -> bool {
    let (text, form) =
        if case_sensitive { (text.to_string(), form.to_string()) } else { (text.to_lowercase(), form.to_lowercase()) };
    text.match_indices(&form).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
    })
}

fn has_en(text: &str, form: &str) -> bool {
    has_word(text, form, form.starts_with(|c: char| c.is_uppercase()))
}

fn has_in(lang: Lang, text: &str, form: &str) -> bool {
    match lang {
        Lang::Ja => text.contains(form),
        _ => has_word(text, form, form.starts_with(|c: char| c.is_uppercase())),
    }
}

/// Texts in `lang` paired with their English text (interface fields and catalogue texts).
fn aligned(lang: Lang) -> Vec<(String, String, String, bool)> {
    let en: BTreeMap<String, String> = ui_strings(Lang::En.ui())
        .into_iter()
        .chain(ui_functions(Lang::En.ui(), 3))
        .chain(wb_texts(Lang::En, 3))
        .chain(ed_texts(Lang::En, 3))
        .chain(error_texts(Lang::En.errors()))
        .collect();
    let mut out: Vec<(String, String, String, bool)> = ui_strings(lang.ui())
        .into_iter()
        .chain(ui_functions(lang.ui(), 3))
        .chain(wb_texts(lang, 3))
        .chain(ed_texts(lang, 3))
        .chain(error_texts(lang.errors()))
        .map(|(id, text)| (en[&id].clone(), text, id, true))
        .collect();
    let en_cat: BTreeMap<String, String> = catalogue_texts(Lang::En).into_iter().collect();
    out.extend(catalogue_texts(lang).into_iter().map(|(id, text)| (en_cat[&id].clone(), text, id, false)));
    out
}

/// Wherever the English text uses a glossary term, the translation uses the glossary's word.
fn check_follows_english(lang: Lang) -> Vec<String> {
    let mut errors = Vec::new();
    for (en, text, id, ui) in aligned(lang) {
        for term in GLOSSARY {
            if term.scope == Scope::Ui && !ui {
                continue;
            }
            let Some(form) = term.en.iter().find(|f| has_en(&en, f)) else {
                continue;
            };
            let accepted = if lang == Lang::Ja { term.ja } else { term.fr };
            if !accepted.iter().any(|a| has_in(lang, &text, a)) && !exempt(&id, form) {
                errors.push(format!("{id}: English says \"{form}\", {} lacks {accepted:?}: {text}", lang.code()));
            }
        }
    }
    errors
}

/// No second translation of a glossary term anywhere in the language.
fn check_no_second_translation(lang: Lang) -> Vec<String> {
    let mut errors = Vec::new();
    for t in all_texts(lang) {
        for term in GLOSSARY {
            let forbidden = match lang {
                Lang::En => term.en_not,
                Lang::Ja => term.ja_not,
                Lang::Fr => term.fr_not,
                // The Arabic and Mongolian glossaries are in docs/translations.md; they are not
                // data here yet (issue 17), so no second translation is refused for them.
                Lang::Ar | Lang::Mn => &[],
            };
            for f in forbidden {
                if has_in(lang, &t.text, f) && !exempt(&t.id, f) {
                    errors.push(format!("{}: \"{f}\" is not the glossary's word ({:?}): {}", t.id, term.en, t.text));
                }
            }
        }
    }
    errors
}

fn report(errors: Vec<String>) {
    assert!(errors.is_empty(), "{} problem(s):\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn glossary_japanese() {
    let mut errors = check_follows_english(Lang::Ja);
    errors.extend(check_no_second_translation(Lang::Ja));
    report(errors);
}

#[test]
fn glossary_french() {
    let mut errors = check_follows_english(Lang::Fr);
    errors.extend(check_no_second_translation(Lang::Fr));
    report(errors);
}

#[test]
fn glossary_english() {
    report(check_no_second_translation(Lang::En));
}

#[test]
fn every_glossary_term_is_used() {
    // A term no text uses is dead weight, or a sign that the text drifted away from it.
    for term in GLOSSARY {
        for lang in Lang::ALL {
            let forms = match lang {
                Lang::En => term.en,
                Lang::Ja => term.ja,
                Lang::Fr => term.fr,
                // Not data yet for Arabic and Mongolian (see check_no_second_translation).
                Lang::Ar | Lang::Mn => continue,
            };
            if lang == Lang::Fr && PENDING_FR.contains(&term.en[0]) {
                continue;
            }
            let texts = all_texts(lang);
            let used = forms
                .iter()
                .any(|f| texts.iter().any(|t| has_in(lang, &t.text, f) || (lang == Lang::En && has_en(&t.text, f))));
            assert!(used, "{:?}: no {} text uses {forms:?}", term.en, lang.code());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Typography.

/// French: a narrow no-break space (U+202F) before : ; ? ! and inside « », a no-break space
/// (U+00A0) before %, so that no sign starts a line. A colon between figures (10:00) or in an
/// address (https://) is not punctuation.
fn french_typography_errors(t: &Text) -> Vec<String> {
    let c: Vec<char> = t.text.chars().collect();
    let mut errors = Vec::new();
    for i in 0..c.len() {
        let prev = if i > 0 { Some(c[i - 1]) } else { None };
        let next = c.get(i + 1).copied();
        let bad = match c[i] {
            ':' if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) => false,
            ':' if next == Some('/') => false,
            ':' | ';' | '?' | '!' | '»' => prev != Some('\u{202f}'),
            '«' => next != Some('\u{202f}'),
            '%' => prev != Some('\u{a0}'),
            _ => false,
        };
        if bad {
            let around: String = c[i.saturating_sub(12)..(i + 12).min(c.len())].iter().collect();
            errors.push(format!(
                "{}: «{}» at \"{}\"",
                t.id,
                c[i],
                around.replace('\u{202f}', "⍽").replace('\u{a0}', "⎵")
            ));
        }
    }
    errors
}

#[test]
fn french_typography() {
    let errors: Vec<String> = all_texts(Lang::Fr).iter().flat_map(french_typography_errors).collect();
    report(errors);
}

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309f}' | '\u{30a0}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '々')
}

/// Japanese: a half-width space between Latin letters or figures and Japanese; full-width
/// brackets and colons next to Japanese; no space after 。, a full-width space after ？ inside a
/// sentence; the long vowel mark at the end of ブラウザー, サーバー, コンピューター, ユーザー.
fn japanese_typography_errors(t: &Text) -> Vec<String> {
    let c: Vec<char> = t.text.chars().collect();
    let mut errors = Vec::new();
    let mut flag = |i: usize, what: &str| {
        let around: String = c[i.saturating_sub(10)..(i + 10).min(c.len())].iter().collect();
        errors.push(format!("{}: {what} at \"{around}\"", t.id));
    };
    for i in 0..c.len() {
        let next = c.get(i + 1).copied();
        let prev = if i > 0 { Some(c[i - 1]) } else { None };
        if c[i].is_ascii_alphanumeric() && next.is_some_and(is_japanese)
            || is_japanese(c[i]) && next.is_some_and(|n| n.is_ascii_alphanumeric())
        {
            flag(i, "no space between Latin and Japanese");
        }
        if matches!(c[i], '(' | ')' | ':')
            && (prev.is_some_and(is_japanese) || next.is_some_and(is_japanese) || next == Some('（'))
        {
            flag(i, "half-width bracket or colon next to Japanese");
        }
        if matches!(c[i], '(' | ')')
            && (prev == Some('）') || prev.is_some_and(is_japanese) || next.is_some_and(is_japanese))
        {
            flag(i, "half-width bracket next to Japanese");
        }
        if c[i] == '。' && next == Some(' ') {
            flag(i, "space after 。");
        }
        if matches!(c[i], '？' | '！') && next == Some(' ') {
            flag(i, "half-width space after ？ or ！");
        }
    }
    for word in ["ブラウザ", "サーバ", "コンピュータ", "ユーザ"] {
        for (i, _) in t.text.match_indices(word) {
            if !t.text[i + word.len()..].starts_with('ー') {
                errors.push(format!("{}: {word} without ー: {}", t.id, t.text));
            }
        }
    }
    errors
}

#[test]
fn japanese_typography() {
    let errors: Vec<String> = all_texts(Lang::Ja).iter().flat_map(japanese_typography_errors).collect();
    report(errors);
}

// ---------------------------------------------------------------------------------------------
// Counts.

/// In English and French, the word after a count of one is singular: "1 service", never
/// "1 services" (French also for 0: « 0 service modifié »).
fn singular_errors(lang: Lang, n: usize) -> Vec<String> {
    let mut errors = Vec::new();
    for (id, text) in ui_functions(lang.ui(), n).into_iter().chain(wb_texts(lang, n)).chain(ed_texts(lang, n)) {
        let words: Vec<&str> =
            text.split([' ', '\u{a0}', '\u{202f}', '(', ')', ',']).filter(|w| !w.is_empty()).collect();
        for w in words.windows(2) {
            if w[0] == n.to_string() && w[1].ends_with('s') && !["sur", "of"].contains(&w[1]) {
                errors.push(format!("{} {id}({n}): \"{} {}\" in: {text}", lang.code(), w[0], w[1]));
            }
        }
        let plural_verbs: &[&str] =
            if lang == Lang::En { &[" are ", " were "] } else { &[" ont ", " sont ", " concernent "] };
        if let Some(v) = plural_verbs.iter().find(|v| text.starts_with(&format!("{n} ")) && text.contains(*v)) {
            errors.push(format!("{} {id}({n}): plural verb \"{}\" in: {text}", lang.code(), v.trim()));
        }
    }
    errors
}

#[test]
fn counts_of_one_are_singular() {
    let mut errors = singular_errors(Lang::En, 1);
    errors.extend(singular_errors(Lang::Fr, 1));
    errors.extend(singular_errors(Lang::Fr, 0));
    report(errors);

    let en = Lang::En.ui();
    assert_eq!((en.progress_overall)(1, 1), "1 of 1 service answered");
    assert_eq!((en.progress_overall)(1, 58), "1 of 58 services answered");
    assert_eq!((en.catalogue_counts)(1, 1, 1, 0), "1 category, 1 service (1 title confirmed, 0 provisional)");
    assert_eq!((en.catalogue_counts)(9, 58, 22, 36), "9 categories, 58 services (22 titles confirmed, 36 provisional)");
    assert!((en.import_orphans)(1).starts_with("1 answer is for a service "));
    assert!((en.import_orphans)(2).starts_with("2 answers are for services "));
    assert_eq!((en.compare_change_count)(1), "1 service changed");
    assert_eq!((en.compare_change_count)(0), "0 services changed");

    let fr = Lang::Fr.ui();
    assert_eq!((fr.progress_overall)(1, 1), "Services avec réponse\u{202f}: 1 sur 1");
    assert_eq!((fr.progress_category)(1, 3), "Avec réponse\u{202f}: 1 sur 3");
    assert_eq!((fr.catalogue_counts)(1, 1, 1, 1), "1 catégorie, 1 service (1 titre confirmé, 1 provisoire)");
    assert_eq!((fr.catalogue_counts)(9, 58, 22, 36), "9 catégories, 58 services (22 titres confirmés, 36 provisoires)");
    assert!(
        (fr.provenance_summary)(1, 1, 1).starts_with("1 titre de service confirmé, 1 provisoire (pas encore vérifié ")
    );
    assert!((fr.provenance_summary)(22, 36, 6)
        .starts_with("22 titres de services confirmés, 36 provisoires (pas encore vérifiés "));
    assert!((fr.import_orphans)(1).starts_with("1 réponse concerne un service absent"));
    assert!((fr.import_orphans)(2).starts_with("2 réponses concernent des services absents"));
    assert_eq!((fr.compare_change_count)(1), "1 service modifié");
    assert_eq!((fr.compare_change_count)(2), "2 services modifiés");
}

#[test]
fn japanese_counts_have_counters() {
    // Japanese has no plural; a count takes a counter word (件) or the thing counted.
    let ja = Lang::Ja.ui();
    assert_eq!((ja.compare_change_count)(1), "1 件のサービスに変更があります");
    assert_eq!((ja.progress_overall)(1, 58), "58 サービス中 1 件回答済み");
    assert_eq!((ja.progress_category)(1, 7), "7 件中 1 件回答済み");
    assert_eq!((ja.ratio)(1, 7, 14), "7 件中 1 件（14%）");
    assert!((ja.import_orphans)(1).starts_with("1 件の回答は"));
    assert_eq!((ja.catalogue_counts)(1, 1, 1, 1), "1 カテゴリ、1 サービス（確認済みの名称 1 件、暫定 1 件）");
    assert!((ja.provenance_summary)(1, 1, 1).contains("1 件が確認済み、1 件が暫定"));
}

// ---------------------------------------------------------------------------------------------
// Line breaks.

#[test]
fn ids_in_catalogue_prose_do_not_break_at_the_hyphen() {
    // Chromium breaks a line after a hyphen, even before a figure ("A-|1", "ITU-|T"). In running
    // text the catalogue writes a word joiner (U+2060) after the hyphen of a service id and of
    // ITU-T / UIT-T; titles are short and never need it.
    let mut errors = Vec::new();
    for lang in Lang::ALL {
        for (id, text) in catalogue_texts(lang).into_iter().filter(|(id, _)| !id.ends_with(".title")) {
            let c: Vec<char> = text.chars().collect();
            for i in 1..c.len().saturating_sub(1) {
                let id_like = ('A'..='I').contains(&c[i - 1])
                    && (i < 2 || !c[i - 2].is_alphabetic())
                    && c[i + 1].is_ascii_digit();
                let itu =
                    i >= 3 && (c[i - 3..i] == ['I', 'T', 'U'] || c[i - 3..i] == ['U', 'I', 'T']) && c[i + 1] == 'T';
                if c[i] == '-' && (id_like || itu) {
                    errors.push(format!(
                        "{} {id}: no word joiner after the hyphen at {}",
                        lang.code(),
                        c[i.saturating_sub(3)..(i + 3).min(c.len())].iter().collect::<String>()
                    ));
                }
            }
        }
    }
    report(errors);
}

// ---------------------------------------------------------------------------------------------
// Arabic and Mongolian (issue 17): every string filled, none left in English, figures and names
// passed to a function kept in what it writes. The interface strings (`UiText`) and the
// workbench's (`WbText`) alike.

/// Latin words that stay as they are in every language: names of formats, standards and teams,
/// the anonymity threshold k, units, key formats (JWK, RSA-OAEP), the host-page attribute
/// `data-campaign`, the text encodings UTF-8 and UTF-16, and the field names `format` and
/// `schema` that a refused file's message quotes.
const LATIN_KEPT: &[&str] = &[
    "X", "ITU", "T", "CDC", "SOC", "CSIRT", "JSON", "HTML", "CSV", "k", "JWK", "RSA", "OAEP", "data", "campaign",
    "UTF", "format", "schema",
];

/// The Latin words of a text (runs of ASCII letters).
fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect()
}

/// Every string and function output of the interface and the workbench, with figures and names
/// that cannot be confused with each other (7 of 40, k = 5 …).
fn strings_with_inputs(lang: Lang) -> Vec<(String, String, Vec<String>)> {
    let t = lang.ui();
    let w = wb_text(lang);
    let mut out: Vec<(String, String, Vec<String>)> =
        ui_strings(t).into_iter().chain(ui_strings(w)).map(|(id, s)| (id, s, Vec::new())).collect();
    let f = |id: &str, s: String, inputs: &[&str]| (id.to_string(), s, inputs.iter().map(|i| i.to_string()).collect());
    out.extend([
        f("progress_overall", (t.progress_overall)(7, 58), &["7", "58"]),
        f("progress_category", (t.progress_category)(7, 13), &["7", "13"]),
        f("status_saved_at", (t.status_saved_at)("10:42"), &["10:42"]),
        f("provenance_summary", (t.provenance_summary)(22, 36, 6), &["22", "36", "6"]),
        f("label_value", (t.label_value)("LABEL", "VALUE"), &["LABEL", "VALUE"]),
        f("ratio", (t.ratio)(7, 40, 18), &["7", "40", "18"]),
        f("percent", (t.percent)(71), &["71"]),
        f("about_method", (t.about_method)("9.8"), &["9.8"]),
        f("catalogue_counts", (t.catalogue_counts)(9, 58, 22, 36), &["9", "58", "22", "36"]),
        f("catalogue_mismatch", (t.catalogue_mismatch)("national-cdc", "2031.4"), &["national-cdc", "2031.4"]),
        f("ui_fallback", (t.ui_fallback)("sw"), &["sw"]),
        f("file_too_large", (t.file_too_large)(2048, 1024), &["2048", "1024"]),
        f("compare_change_count", (t.compare_change_count)(7), &["7"]),
        f("delete_confirm", (t.delete_confirm)("NAME"), &["NAME"]),
        f("import_orphans", (t.import_orphans)(7), &["7"]),
        f("backup_last", (t.backup_last)("2026-11-25 10:00"), &["2026-11-25 10:00"]),
        f("conflict_help", (t.conflict_help)("PARTS"), &["PARTS"]),
        f("in_brackets", (t.in_brackets)("TEXT"), &["TEXT"]),
        f("categories_unknown", (t.categories_unknown)("Q, R", true), &["Q, R"]),
        f("wb_counted", (w.wb_counted)(7, 40), &["7", "40"]),
        f("wb_suppressed_note", (w.wb_suppressed_note)(5), &["5"]),
        f("wb_hidden_groups", (w.wb_hidden_groups)(7, 5), &["7", "5"]),
        f("wb_too_few", (w.wb_too_few)(5), &["5"]),
        f("wb_rows_shown", (w.more.wb_rows_shown)(200, 10_007), &["200", "10007"]),
    ]);
    // Why a file was refused: what was passed in is taken out before looking for English words;
    // the figures of the message that got them must be written out.
    for (id, s) in error_texts(lang.errors()) {
        let inputs: Vec<String> = error_inputs(&id).iter().map(|i| i.to_string()).collect();
        out.push((id, s, inputs));
    }
    out
}

fn untranslated_errors(lang: Lang) -> Vec<String> {
    // The English words of each text, without what was passed in.
    let without =
        |text: &str, inputs: &[String]| inputs.iter().fold(text.to_string(), |t, i| t.replace(i.as_str(), " "));
    let en: BTreeMap<String, (String, bool)> = strings_with_inputs(Lang::En)
        .into_iter()
        .map(|(id, s, inputs)| {
            let words = latin_words(&without(&s, &inputs)).iter().any(|w| !LATIN_KEPT.contains(w));
            (id, (s, words))
        })
        .collect();
    let mut errors = Vec::new();
    for (id, text, inputs) in strings_with_inputs(lang) {
        let code = lang.code();
        if text.trim().is_empty() {
            errors.push(format!("{code} {id}: empty"));
            continue;
        }
        for i in inputs.iter().filter(|i| !text.contains(i.as_str())) {
            errors.push(format!("{code} {id}: \"{i}\" passed in, not written out: {text}"));
        }
        let rest = without(&text, &inputs);
        let english: Vec<&str> = latin_words(&rest).into_iter().filter(|w| !LATIN_KEPT.contains(w)).collect();
        if !english.is_empty() {
            errors.push(format!("{code} {id}: Latin words left {english:?}: {text}"));
        }
        // A text with words in English is not the English text (figures alone may be: "7 / 40").
        let (en_text, en_words) = &en[&id];
        if *en_words && text == *en_text {
            errors.push(format!("{code} {id}: not translated: {text}"));
        }
    }
    errors
}

#[test]
fn arabic_and_mongolian_every_string_translated() {
    let mut errors = untranslated_errors(Lang::Ar);
    errors.extend(untranslated_errors(Lang::Mn));
    report(errors);
    // The workbench part has every field of the English one, in both languages.
    for lang in [Lang::Ar, Lang::Mn] {
        assert_eq!(ui_strings(wb_text(lang)).len(), ui_strings(wb_text(Lang::En)).len(), "{lang:?}");
    }
}

#[test]
fn arabic_and_mongolian_workbench_counts() {
    let ar = wb_text(Lang::Ar);
    // k is at least 3: the plural noun after 3–10, the singular after 11 and more.
    assert_eq!((ar.wb_suppressed_note)(5), "«\u{2066}<5\u{2069}»: يستند إلى أقل من 5 مؤسسات، لذلك لا يُعرَض.");
    assert!((ar.wb_hidden_groups)(1, 12).contains("أقل من 12 مؤسسة."));
    assert_eq!((ar.wb_counted)(1, 1), "الملفات المحسوبة: 1 من 1");
    let mn = wb_text(Lang::Mn);
    // No case ending on a figure: it follows a label.
    assert_eq!((mn.wb_counted)(3, 40), "Тооцсон файл: 3 / 40");
    for s in [(mn.wb_suppressed_note)(5), (mn.wb_hidden_groups)(1, 5), (mn.wb_too_few)(5)] {
        assert!(!s.contains("5-"), "{s}");
        assert!(s.ends_with("Хязгаар: 5."), "{s}");
    }
}
