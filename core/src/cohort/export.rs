//! The picture as files: CSV per service and per category, JSON (docs/aggregate.schema.json) and
//! the HTML report ([`super::html`]). Each is a pure function of the picture; no file holds a name,
//! an assessor, an owner, evidence, a note or a reason, because the picture holds none.
//!
//! CSV: UTF-8 with a byte-order mark, RFC 4180, formula neutralisation on every cell (the group
//! label is the participants' own text), one header row of stable keys. A suppressed cell is
//! written `<k` (`<5`); a group with no value of the field has an empty `group` cell; with no
//! grouping, `group` is `*`. JSON: a suppressed cell is `null`.

use serde_json::{json, Value};

use super::picture::{Cell, Dist, Figures, Group, GroupLabel, Picture};
use super::rounds::{ChangeFigures, Changes};
use crate::catalogue::Catalogue;
use crate::report::csv::{cell as csv_cell, BOM};
use crate::report::FileOut;

/// `format` of the JSON export.
pub const FORMAT: &str = "x1060-aggregate";
/// `schema` of the JSON export.
pub const SCHEMA: u32 = 2;

/// Columns of the figures, after the leading ones, in both CSV files.
pub fn figure_columns() -> Vec<String> {
    let mut cols: Vec<String> = ["needed", "not_needed", "unanswered"].map(String::from).to_vec();
    for (name, n) in [("current", 6), ("target", 6)] {
        cols.extend((0..n).map(|l| format!("{name}_{l}")));
        cols.push(format!("{name}_total"));
    }
    cols.extend(["in_house", "outsourced", "shared", "not_yet", "delivery_total"].map(String::from));
    cols.extend((0..6).map(|l| format!("gap_{l}")));
    cols.push("gap_total".into());
    cols.push("missing".into());
    cols
}

fn dist_cells<const N: usize>(d: &Dist<N>, k: super::K) -> impl Iterator<Item = String> + '_ {
    d.parts.iter().chain(std::iter::once(&d.total)).map(move |c| c.text(k))
}

fn figure_cells(f: &Figures, k: super::K) -> Vec<String> {
    let mut out: Vec<String> = [f.needed, f.not_needed, f.unanswered].iter().map(|c| c.text(k)).collect();
    out.extend(dist_cells(&f.current, k));
    out.extend(dist_cells(&f.target, k));
    out.extend(dist_cells(&f.delivery, k));
    out.extend(dist_cells(&f.gap, k));
    out.push(f.missing.text(k));
    out
}

fn row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn lead(p: &Picture, g: &Group) -> Vec<String> {
    vec![p.group_by.key().to_string(), group_text(&g.label), g.organisations.to_string()]
}

fn group_text(l: &GroupLabel) -> String {
    l.key().to_string()
}

/// One row per group and service: organisations.
pub fn services_csv(p: &Picture) -> String {
    let mut out = String::from(BOM);
    let mut head: Vec<String> =
        ["group_by", "group", "organisations", "category", "service"].map(String::from).to_vec();
    head.extend(figure_columns());
    row(&mut out, &head);
    for g in &p.groups {
        for s in &g.services {
            let mut cells = lead(p, g);
            cells.extend([s.category.to_string(), s.service.to_string()]);
            cells.extend(figure_cells(&s.figures, p.k));
            row(&mut out, &cells);
        }
    }
    out
}

/// One row per group and category, then the group's overall row (category `*`): answers pooled.
pub fn categories_csv(p: &Picture) -> String {
    let mut out = String::from(BOM);
    let mut head: Vec<String> =
        ["group_by", "group", "organisations", "category", "organisations_needing"].map(String::from).to_vec();
    head.extend(figure_columns());
    row(&mut out, &head);
    for g in &p.groups {
        for c in &g.categories {
            let mut cells = lead(p, g);
            cells.extend([c.category.to_string(), c.organisations_needing.text(p.k)]);
            cells.extend(figure_cells(&c.figures, p.k));
            row(&mut out, &cells);
        }
        let mut cells = lead(p, g);
        cells.extend(["*".to_string(), String::new()]);
        cells.extend(figure_cells(&g.overall, p.k));
        row(&mut out, &cells);
    }
    out
}

fn cell_json(c: Cell) -> Value {
    c.value().map_or(Value::Null, Value::from)
}

fn dist_json<const N: usize>(d: &Dist<N>) -> Value {
    json!({ "parts": d.parts.iter().map(|c| cell_json(*c)).collect::<Vec<_>>(), "total": cell_json(d.total) })
}

fn figures_json(f: &Figures) -> Value {
    json!({
        "needed": cell_json(f.needed),
        "not_needed": cell_json(f.not_needed),
        "unanswered": cell_json(f.unanswered),
        "current": dist_json(&f.current),
        "target": dist_json(&f.target),
        "delivery": dist_json(&f.delivery),
        "gap": dist_json(&f.gap),
        "missing": cell_json(f.missing),
    })
}

fn label_json(l: &GroupLabel) -> Value {
    match l {
        GroupLabel::All => json!({ "kind": "all" }),
        GroupLabel::NotGiven => json!({ "kind": "not_given" }),
        GroupLabel::Value(v) => json!({ "kind": "value", "value": v }),
        GroupLabel::Round(r) => json!({ "kind": "round", "value": r.key() }),
    }
}

fn change_figures_json(f: &ChangeFigures) -> Value {
    json!({
        "before": dist_json(&f.before),
        "after": dist_json(&f.after),
        "moves": dist_json(&f.moves),
        "newly_needed": cell_json(f.newly_needed),
        "no_longer_needed": cell_json(f.no_longer_needed),
        "delivery": dist_json(&f.delivery),
    })
}

/// The change section as JSON (`changes` of the export).
pub fn changes_json(ch: &Changes) -> Value {
    json!({
        "name_matching": ch.name_matching,
        "matched": cell_json(ch.matched),
        "by_uid": cell_json(ch.by_uid),
        "by_name": cell_json(ch.by_name),
        "last_unmatched": cell_json(ch.last_unmatched),
        "this_unmatched": cell_json(ch.this_unmatched),
        "overall": ch.overall.as_ref().map_or(Value::Null, change_figures_json),
        "categories": ch.categories.iter().map(|c| json!({
            "category": c.category,
            "figures": change_figures_json(&c.figures),
        })).collect::<Vec<_>>(),
        "services": ch.services.iter().map(|s| json!({
            "service": s.service,
            "category": s.category,
            "figures": change_figures_json(&s.figures),
        })).collect::<Vec<_>>(),
    })
}

/// Columns of the change figures, after the leading ones, in the changes CSV.
pub fn change_columns() -> Vec<String> {
    let mut cols = Vec::new();
    for name in ["before", "after"] {
        cols.extend((0..6).map(|l| format!("{name}_{l}")));
        cols.push(format!("{name}_total"));
    }
    cols.extend(
        [
            "up",
            "same",
            "down",
            "moves_total",
            "newly_needed",
            "no_longer_needed",
            "delivery_same",
            "delivery_started",
            "delivery_other",
            "delivery_total",
        ]
        .map(String::from),
    );
    cols
}

fn change_cells(f: &ChangeFigures, k: super::K) -> Vec<String> {
    let mut out: Vec<String> = dist_cells(&f.before, k).collect();
    out.extend(dist_cells(&f.after, k));
    out.extend(dist_cells(&f.moves, k));
    out.push(f.newly_needed.text(k));
    out.push(f.no_longer_needed.text(k));
    out.extend(dist_cells(&f.delivery, k));
    out
}

/// The changes since the last round: one row per service (`scope` = `service`), per category
/// (`category`) and overall (`overall`, category `*`), after a header row; with fewer than k
/// organisations in both rounds, the header only.
pub fn changes_csv(ch: &Changes) -> String {
    let mut out = String::from(BOM);
    let mut head: Vec<String> = ["scope", "matched", "category", "service"].map(String::from).to_vec();
    head.extend(change_columns());
    row(&mut out, &head);
    let matched = ch.matched.text(ch.k);
    for s in &ch.services {
        let mut cells = vec!["service".to_string(), matched.clone(), s.category.clone(), s.service.clone()];
        cells.extend(change_cells(&s.figures, ch.k));
        row(&mut out, &cells);
    }
    for c in &ch.categories {
        let mut cells = vec!["category".to_string(), matched.clone(), c.category.clone(), String::new()];
        cells.extend(change_cells(&c.figures, ch.k));
        row(&mut out, &cells);
    }
    if let Some(f) = &ch.overall {
        let mut cells = vec!["overall".to_string(), matched.clone(), "*".to_string(), String::new()];
        cells.extend(change_cells(f, ch.k));
        row(&mut out, &cells);
    }
    out
}

/// The picture as a JSON value (docs/aggregate.schema.json).
pub fn json_value(p: &Picture, c: &Catalogue) -> Value {
    let groups: Vec<Value> = p
        .groups
        .iter()
        .map(|g| {
            json!({
                "label": label_json(&g.label),
                "organisations": g.organisations,
                "overall": figures_json(&g.overall),
                "categories": g.categories.iter().map(|c| json!({
                    "category": c.category,
                    "organisations_needing": cell_json(c.organisations_needing),
                    "figures": figures_json(&c.figures),
                })).collect::<Vec<_>>(),
                "services": g.services.iter().map(|s| json!({
                    "service": s.service,
                    "category": s.category,
                    "figures": figures_json(&s.figures),
                })).collect::<Vec<_>>(),
                "most_missing": g.most_missing.iter().map(|(s, n)| json!({ "service": s, "organisations": n })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "format": FORMAT,
        "schema": SCHEMA,
        "app_version": crate::APP_VERSION,
        "method_version": crate::METHOD_VERSION,
        "catalogue": { "id": c.id, "version": c.version },
        "k": p.k.value(),
        "group_by": p.group_by.key(),
        "organisations": cell_json(p.organisations),
        "hidden_groups": p.hidden_groups,
        "groups": groups,
        "changes": p.changes.as_ref().map_or(Value::Null, changes_json),
    })
}

/// The JSON export, pretty-printed.
pub fn json_text(p: &Picture, c: &Catalogue) -> String {
    serde_json::to_string_pretty(&json_value(p, c)).unwrap_or_default()
}

/// Which export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportKind {
    Html,
    ServicesCsv,
    CategoriesCsv,
    Json,
    /// The changes since the last round (only with a last round).
    ChangesCsv,
}

impl ExportKind {
    pub const ALL: [ExportKind; 5] = [
        ExportKind::Html,
        ExportKind::ServicesCsv,
        ExportKind::CategoriesCsv,
        ExportKind::Json,
        ExportKind::ChangesCsv,
    ];

    /// Stable key (`data-export` in the view).
    pub fn key(self) -> &'static str {
        match self {
            ExportKind::Html => "html",
            ExportKind::ServicesCsv => "services-csv",
            ExportKind::CategoriesCsv => "categories-csv",
            ExportKind::Json => "json",
            ExportKind::ChangesCsv => "changes-csv",
        }
    }
}

/// Any export as a file: `x1060-aggregate-DATE.html`, `x1060-aggregate-services-DATE.csv`,
/// `x1060-aggregate-categories-DATE.csv`, `x1060-aggregate-DATE.json`.
pub fn file(kind: ExportKind, p: &Picture, ctx: &crate::report::ReportContext<'_>, date: &str) -> FileOut {
    match kind {
        ExportKind::Html => FileOut {
            name: format!("x1060-aggregate-{date}.html"),
            mime: "text/html;charset=utf-8",
            text: super::html::report(p, ctx),
        },
        ExportKind::ServicesCsv => FileOut {
            name: format!("x1060-aggregate-services-{date}.csv"),
            mime: "text/csv;charset=utf-8",
            text: services_csv(p),
        },
        ExportKind::CategoriesCsv => FileOut {
            name: format!("x1060-aggregate-categories-{date}.csv"),
            mime: "text/csv;charset=utf-8",
            text: categories_csv(p),
        },
        ExportKind::Json => FileOut {
            name: format!("x1060-aggregate-{date}.json"),
            mime: "application/json",
            text: json_text(p, ctx.catalogue),
        },
        ExportKind::ChangesCsv => FileOut {
            name: format!("x1060-aggregate-changes-{date}.csv"),
            mime: "text/csv;charset=utf-8",
            text: p
                .changes
                .as_ref()
                .map(changes_csv)
                .unwrap_or_else(|| changes_csv(&super::rounds::Changes::none(p.k))),
        },
    }
}
