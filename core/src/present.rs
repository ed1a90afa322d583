//! What the Results view and the summary report show, decided once: the headline figures in their
//! order and the portfolio table's columns and cells. The page and the report only render these,
//! so the two cannot disagree (they did: the page's portfolio table had another column order and
//! no "share shared" column, and six headline figures against the report's ten).

use crate::eval::{Evaluation, FigureKind, PortfolioEval};
use crate::i18n::UiText;

/// One headline figure: what it is and its value in words ("Not answered" rather than 0).
pub struct Headline {
    pub kind: FigureKind,
    pub value: String,
}

/// The headline figures of the overall evaluation, in the order both show them.
pub fn headline(ev: &Evaluation, t: &UiText) -> Vec<Headline> {
    let o = &ev.overall;
    [
        (FigureKind::Needed, o.catalogue.needed.to_string()),
        (FigureKind::NotNeeded, o.catalogue.not_needed.to_string()),
        (FigureKind::Undecided, o.catalogue.undecided.to_string()),
        (FigureKind::Coverage, t.ratio_figure(&o.catalogue.coverage)),
        (FigureKind::AvgCurrent, t.average(&o.profile.avg_current)),
        (FigureKind::AvgTarget, t.average(&o.profile.avg_target)),
        (FigureKind::Gap, t.average(&o.profile.gap)),
        (FigureKind::ShareOutsourced, t.ratio_figure(&o.portfolio.share_outsourced)),
        (FigureKind::ShareShared, t.ratio_figure(&o.portfolio.share_shared)),
        (FigureKind::Plan, ev.plan.len().to_string()),
    ]
    .into_iter()
    .map(|(kind, value)| Headline { kind, value })
    .collect()
}

/// The portfolio table's columns after the category column, in order.
pub fn portfolio_columns(t: &UiText) -> [&'static str; 7] {
    [
        t.delivery_in_house,
        t.delivery_shared,
        t.delivery_outsourced,
        t.delivery_not_yet,
        t.col_delivery_unanswered,
        t.col_share_outsourced,
        t.col_share_shared,
    ]
}

/// One cell of a table: a count, or a figure in words that may be missing ("Not applicable").
#[derive(Debug, PartialEq, Eq)]
pub enum Cell {
    Count(usize),
    Figure { text: String, missing: bool },
}

/// The portfolio table's cells of one scope, in the order of [`portfolio_columns`].
pub fn portfolio_cells(p: &PortfolioEval, t: &UiText) -> [Cell; 7] {
    let share = |f: &crate::eval::Figure<crate::eval::Ratio>| Cell::Figure {
        text: t.ratio_figure(f),
        missing: f.value().is_none(),
    };
    [
        Cell::Count(p.in_house),
        Cell::Count(p.shared),
        Cell::Count(p.outsourced),
        Cell::Count(p.not_yet),
        Cell::Count(p.unanswered),
        share(&p.share_outsourced),
        share(&p.share_shared),
    ]
}
