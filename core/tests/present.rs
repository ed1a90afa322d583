//! What the Results view and the summary report both show (core::present), worked out by hand.

mod common;

use common::{answer, builtin, not_needed, T};
use x1060_core::eval::{self, FigureKind};
use x1060_core::i18n::Lang;
use x1060_core::model::{Assessment, Delivery};
use x1060_core::present::{self, Cell};

#[test]
fn headline_and_portfolio_are_laid_out_once_for_page_and_report() {
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    // Category B (4 services): B-1 in-house, B-2 shared, B-3 not yet, B-4 not needed.
    answer(&mut a, "B-1", Some(Delivery::InHouse), Some(2), Some(4), None);
    answer(&mut a, "B-2", Some(Delivery::Shared), Some(1), Some(3), None);
    answer(&mut a, "B-3", Some(Delivery::NotYet), Some(0), None, None);
    not_needed(&mut a, "B-4");
    let ev = eval::evaluate(&c, &a);
    let t = Lang::En.ui();

    let kinds: Vec<FigureKind> = present::headline(&ev, t).into_iter().map(|h| h.kind).collect();
    use FigureKind::*;
    assert_eq!(
        kinds,
        [Needed, NotNeeded, Undecided, Coverage, AvgCurrent, AvgTarget, Gap, ShareOutsourced, ShareShared, Plan]
    );
    let values: Vec<String> = present::headline(&ev, t).into_iter().map(|h| h.value).collect();
    // 3 needed, 1 not needed, 54 undecided; 2 of 3 needed delivered (in-house, shared) = 67 %;
    // current (2+1+0)/3 = 1.0; no one is outsourced: 0 of 3 with a delivery answer; shared 1 of 3.
    assert_eq!(&values[..3], ["3", "1", "54"]);
    assert_eq!(values[4], "1.0");
    assert_eq!(values[8], "1 of 3 (33%)");

    assert_eq!(
        present::portfolio_columns(t),
        [
            "In-house",
            "Shared",
            "Outsourced",
            "Not delivered yet",
            t.col_delivery_unanswered,
            t.col_share_outsourced,
            t.col_share_shared
        ]
    );
    let b = ev.categories.iter().find(|s| s.category.as_deref() == Some("B")).unwrap();
    let cells = present::portfolio_cells(&b.portfolio, t);
    assert_eq!(cells[..5], [Cell::Count(1), Cell::Count(1), Cell::Count(0), Cell::Count(1), Cell::Count(0)]);
    assert_eq!(cells[6], Cell::Figure { text: "1 of 3 (33%)".into(), missing: false });
    // A category with nothing answered: the shares are missing, in words, never 0.
    let d = ev.categories.iter().find(|s| s.category.as_deref() == Some("D")).unwrap();
    assert!(matches!(&present::portfolio_cells(&d.portfolio, t)[5], Cell::Figure { missing: true, .. }));
}
