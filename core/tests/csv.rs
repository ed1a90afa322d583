//! The spreadsheet: parsed back with an independent RFC 4180 reader, Japanese and hostile text
//! included.

mod common;

use common::{builtin, fixture, hostile_assessment, HOSTILE};
use x1060_core::i18n::Lang;
use x1060_core::model::Assessment;
use x1060_core::report::{self, csv as sheet, Detail, FileKind, ReportContext};

fn make(a: &Assessment, lang: Lang, detail: Detail) -> report::FileOut {
    let c = builtin();
    let ctx = ReportContext { catalogue: &c, lang, content: lang.code(), generated: "2026-11-25 10:00" };
    report::file(FileKind::Csv, a, &ctx, "2026-11-25", detail)
}

/// Header and rows, read by the `csv` crate (strict about field counts).
fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text.strip_prefix('\u{feff}').expect("starts with a byte-order mark");
    let mut r = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(body.as_bytes());
    let head = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect();
    (head, rows)
}

fn col(name: &str) -> usize {
    sheet::COLUMNS.iter().position(|c| *c == name).unwrap()
}

fn row<'a>(rows: &'a [Vec<String>], id: &str) -> &'a [String] {
    rows.iter().find(|r| r[col("id")] == id).unwrap()
}

#[test]
fn file_is_utf8_with_bom_crlf_and_stable_header() {
    let f = make(&fixture("report-sample.json"), Lang::En, Detail::Full);
    assert_eq!(f.name, "x1060-services-2026-11-25.csv");
    assert_eq!(f.mime, "text/csv;charset=utf-8");
    assert!(f.text.starts_with("\u{feff}category,category_title,id,title,provenance,need,reason,delivery,current,target,priority,owner,evidence,note,answered\r\n"));
    assert!(f.text.ends_with("\r\n"));
    // No field of the sample holds a line break, so every LF is part of a CRLF row end:
    // header + 59 rows.
    assert_eq!(f.text.matches("\r\n").count(), 60);
    assert_eq!(f.text.matches('\n').count(), 60);
    let (head, rows) = parse(&f.text);
    assert_eq!(head, sheet::COLUMNS);
    // 58 catalogue services, then X-1, which the catalogue lacks.
    assert_eq!(rows.len(), 59);
    assert_eq!(rows[0][col("id")], "A-1");
    assert_eq!(rows[57][col("id")], "I-5");
    assert_eq!(rows[58][col("id")], "X-1");
    assert_eq!(rows[58][col("provenance")], "not_in_catalogue");
    assert_eq!(rows[58][col("note")], "From a national adaptation");
}

#[test]
fn every_field_round_trips_and_unanswered_is_empty_never_zero() {
    let f = make(&fixture("report-sample.json"), Lang::En, Detail::Full);
    let (_, rows) = parse(&f.text);
    let a1 = row(&rows, "A-1");
    let expect = [
        "A",
        "Strategic management of CDC",
        "A-1",
        "Risk management",
        "confirmed",
        "needed",
        "",
        "in_house",
        "2",
        "4",
        "high",
        "CISO",
        "Risk register v3",
        "Reviewed yearly; next review in \"Q3\"",
        "true",
    ];
    assert_eq!(a1, expect);
    let a5 = row(&rows, "A-5");
    assert_eq!((a5[col("delivery")].as_str(), a5[col("answered")].as_str()), ("", "false"));
    let a6 = row(&rows, "A-6");
    assert_eq!((a6[col("current")].as_str(), a6[col("delivery")].as_str()), ("0", "not_yet"));
    let c2 = row(&rows, "C-2");
    assert_eq!((c2[col("need")].as_str(), c2[col("reason")].as_str()), ("not_needed", "Done by the national CERT"));
    let b1 = row(&rows, "B-1");
    for k in ["need", "delivery", "current", "target", "priority"] {
        assert_eq!(b1[col(k)], "", "{k} of an unanswered service");
    }
    assert_eq!(b1[col("answered")], "false");
    assert_eq!(row(&rows, "D-2")[col("provenance")], "provisional");
}

#[test]
fn japanese_titles_and_notes_read_back() {
    let f = make(&fixture("report-sample.json"), Lang::Ja, Detail::Full);
    let (head, rows) = parse(&f.text);
    assert_eq!(head, sheet::COLUMNS, "the header stays in stable keys");
    let a1 = row(&rows, "A-1");
    assert_eq!(a1[col("category_title")], "CDC の戦略マネジメント");
    assert_eq!(a1[col("title")], "リスクマネジメント");
    assert_eq!(row(&rows, "D-1")[col("note")], "日本語のメモ：週次で確認します。");
    assert_eq!(a1[col("need")], "needed", "choices stay machine keys in every language");
}

#[test]
fn arabic_and_mongolian_titles_read_back() {
    // UTF-8 with a byte-order mark, so that a spreadsheet opens the Arabic and Cyrillic intact.
    let f = make(&fixture("report-sample.json"), Lang::Ar, Detail::Full);
    assert!(f.text.starts_with('\u{feff}'));
    let (head, rows) = parse(&f.text);
    assert_eq!(head, sheet::COLUMNS, "the header stays in stable keys");
    let a1 = row(&rows, "A-1");
    assert_eq!(a1[col("category_title")], "الإدارة الاستراتيجية لمركز الدفاع السيبراني");
    assert_eq!(a1[col("title")], "إدارة المخاطر");
    assert_eq!(a1[col("id")], "A-1", "ids stay as they are, without direction marks");
    let f = make(&fixture("report-sample.json"), Lang::Mn, Detail::Full);
    let (_, rows) = parse(&f.text);
    assert_eq!(row(&rows, "A-1")[col("title")], "Эрсдэлийн удирдлага");
}

#[test]
fn hostile_text_is_quoted_and_formulas_neutralised() {
    let a = hostile_assessment();
    let f = make(&a, Lang::En, Detail::Full);
    let (_, rows) = parse(&f.text);
    assert_eq!(rows.len(), 59);
    let mut seen = 0;
    for r in &rows {
        for cell in r {
            // No cell that a spreadsheet would run as a formula.
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
    for (id, rec) in &a.services {
        let r = row(&rows, id);
        for (key, value) in
            [("owner", &rec.owner), ("evidence", &rec.evidence), ("note", &rec.note), ("reason", &rec.reason)]
        {
            let expected = if sheet::looks_like_formula(value) { format!("'{value}") } else { value.clone() };
            assert_eq!(r[col(key)], expected, "{id} {key}");
            seen += usize::from(!value.is_empty());
        }
    }
    assert!(seen > HOSTILE.len());
    // Each corpus entry reached the file.
    for h in HOSTILE {
        assert!(rows.iter().flatten().any(|c| c == h || *c == format!("'{h}")), "{h:?} is missing");
    }
}

#[test]
fn cell_rules_one_by_one() {
    assert_eq!(sheet::cell("plain"), "plain");
    assert_eq!(sheet::cell(""), "");
    assert_eq!(sheet::cell("a,b"), "\"a,b\"");
    assert_eq!(sheet::cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(sheet::cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(sheet::cell("=1+1"), "'=1+1");
    assert_eq!(sheet::cell("+1"), "'+1");
    assert_eq!(sheet::cell("-1"), "'-1");
    assert_eq!(sheet::cell("@A1"), "'@A1");
    assert_eq!(sheet::cell("\t=1"), "'\t=1");
    assert_eq!(sheet::cell("\r=1"), "\"'\r=1\"");
    assert_eq!(sheet::cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(sheet::cell("A-1"), "A-1");
    assert_eq!(sheet::cell("日本語"), "日本語");
}

#[test]
fn redacted_spreadsheet_has_no_identifying_text() {
    let a = fixture("report-sample.json");
    let f = make(&a, Lang::En, Detail::Redacted);
    assert_eq!(f.name, "x1060-services-2026-11-25-redacted.csv");
    let (_, rows) = parse(&f.text);
    for k in ["owner", "evidence", "note", "reason"] {
        assert!(rows.iter().all(|r| r[col(k)].is_empty()), "{k} was kept");
    }
    for secret in ["CISO", "Risk register", "Covered by group IT", "national CERT", "日本語のメモ"] {
        assert!(!f.text.contains(secret), "{secret} was kept");
    }
    // The answers stay.
    assert_eq!(row(&rows, "A-1")[col("current")], "2");
    assert_eq!(row(&rows, "C-2")[col("need")], "not_needed");
}
