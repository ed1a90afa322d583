//! The evaluations, with every expected number worked out by hand in the comments.
//!
//! The built-in catalogue has 58 services: A 13, B 4, C 4, D 7, E 7, F 5, G 10, H 3, I 5.

mod common;

use common::{answer, builtin, fixture, not_needed, T};
use x1060_core::eval::{self, Average, Figure, FigureKind, Ratio, Scope, Status};
use x1060_core::i18n::Lang;
use x1060_core::model::{Assessment, Delivery, Priority};

use Delivery::{InHouse, NotYet, Outsourced, Shared};
use Priority::{High, Low, Medium};

fn avg(sum: u32, count: u32) -> Figure<Average> {
    Figure::Value(Average::new(sum, count).unwrap())
}

fn ratio(part: usize, whole: usize) -> Figure<Ratio> {
    Figure::Value(Ratio::new(part, whole).unwrap())
}

fn cat<'a>(ev: &'a eval::Evaluation, id: &str) -> &'a eval::ScopeEval {
    ev.categories.iter().find(|s| s.category.as_deref() == Some(id)).unwrap()
}

#[test]
fn ratio_and_average_round_half_up_in_whole_numbers() {
    assert_eq!(Ratio::new(1, 0), None);
    assert_eq!(Ratio::new(5, 4), None);
    assert_eq!(Ratio::new(3, 4).unwrap().percent(), 75);
    assert_eq!(Ratio::new(1, 8).unwrap().percent(), 13); // 12.5 → 13
    assert_eq!(Ratio::new(1, 3).unwrap().percent(), 33);
    assert_eq!(Ratio::new(2, 3).unwrap().percent(), 67);
    assert_eq!(Ratio::new(0, 3).unwrap().percent(), 0);
    assert_eq!(Average::new(7, 0), None);
    assert_eq!(Average::new(7, 3).unwrap().text('.'), "2.3");
    assert_eq!(Average::new(5, 4).unwrap().text('.'), "1.3"); // 1.25 → 1.3
    assert_eq!(Average::new(3, 1).unwrap().text(','), "3,0");
    assert_eq!(Average::new(0, 2).unwrap().text('.'), "0.0");
    assert_eq!(Average::new(10, 6).unwrap().text('.'), "1.7");
}

#[test]
fn empty_assessment_is_not_answered_anywhere_never_zero() {
    let c = builtin();
    let a = Assessment::new(&c, T);
    let ev = eval::evaluate(&c, &a);
    assert_eq!(ev.categories.len(), 9);
    for s in ev.categories.iter().chain([&ev.overall]) {
        assert_eq!(s.status, Status::NotAnswered, "{:?}", s.category);
        assert_eq!(s.catalogue.needed, 0);
        assert_eq!(s.catalogue.undecided, s.catalogue.total);
        assert_eq!(s.catalogue.coverage, Figure::NotAnswered);
        assert_eq!(s.profile.avg_current, Figure::NotAnswered);
        assert_eq!(s.profile.avg_target, Figure::NotAnswered);
        assert_eq!(s.profile.gap, Figure::NotAnswered);
        assert_eq!(s.portfolio.share_outsourced, Figure::NotAnswered);
        assert_eq!(s.portfolio.share_shared, Figure::NotAnswered);
    }
    assert_eq!(ev.overall.catalogue.total, 58);
    assert_eq!(ev.overall.catalogue.undecided, 58);
    assert_eq!(cat(&ev, "A").catalogue.total, 13);
    assert!(ev.plan.is_empty());
}

#[test]
fn everything_not_needed_is_not_applicable() {
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    for s in &c.services {
        not_needed(&mut a, &s.id);
    }
    let ev = eval::evaluate(&c, &a);
    for s in ev.categories.iter().chain([&ev.overall]) {
        assert_eq!(s.status, Status::NotApplicable);
        assert_eq!(s.catalogue.undecided, 0);
        assert_eq!(s.catalogue.coverage, Figure::NotApplicable);
        assert_eq!(s.profile.avg_current, Figure::NotApplicable);
        assert_eq!(s.profile.gap, Figure::NotApplicable);
        assert_eq!(s.portfolio.share_outsourced, Figure::NotApplicable);
    }
    assert_eq!(ev.overall.catalogue.not_needed, 58);
    assert!(ev.plan.is_empty());
}

#[test]
fn one_category_only() {
    // B-1 in-house 2→4 high, B-2 outsourced 3 (no target), B-3 shared 1→3 medium,
    // B-4 not delivered yet 0→2 (no priority). Nothing else answered.
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    answer(&mut a, "B-1", Some(InHouse), Some(2), Some(4), Some(High));
    answer(&mut a, "B-2", Some(Outsourced), Some(3), None, None);
    answer(&mut a, "B-3", Some(Shared), Some(1), Some(3), Some(Medium));
    answer(&mut a, "B-4", Some(NotYet), Some(0), Some(2), None);
    let ev = eval::evaluate(&c, &a);
    let b = cat(&ev, "B");
    assert_eq!(b.status, Status::Applicable);
    // Needed 4, all answered; delivered = in-house + outsourced + shared = 3; coverage 3/4.
    assert_eq!(
        (b.catalogue.needed, b.catalogue.not_needed, b.catalogue.undecided, b.catalogue.delivered),
        (4, 0, 0, 3)
    );
    assert_eq!(b.catalogue.coverage, ratio(3, 4));
    // Current (2+3+1+0)/4 = 1.5; target over B-1, B-3, B-4: (4+3+2)/3 = 3.0; gap (2+2+2)/3 = 2.0.
    assert_eq!(b.profile.avg_current, avg(6, 4));
    assert_eq!(b.profile.avg_target, avg(9, 3));
    assert_eq!(b.profile.gap, avg(6, 3));
    assert_eq!(b.profile.counts.assessed, 4);
    assert_eq!(b.profile.counts.with_target, 3);
    assert_eq!(b.profile.counts.below_target, 3);
    // One of each; share outsourced 1/4, shared 1/4 (shared is not counted as outsourced).
    let p = b.portfolio;
    assert_eq!((p.in_house, p.outsourced, p.shared, p.not_yet, p.unanswered), (1, 1, 1, 1, 0));
    assert_eq!(p.share_outsourced, ratio(1, 4));
    assert_eq!(p.share_shared, ratio(1, 4));
    // Every other category: nothing needed yet, some unanswered → "not answered".
    for s in ev.categories.iter().filter(|s| s.category.as_deref() != Some("B")) {
        assert_eq!(s.status, Status::NotAnswered);
        assert_eq!(s.profile.avg_current, Figure::NotAnswered);
    }
    // Overall = B's figures, since B holds every needed service; 54 undecided.
    let o = &ev.overall;
    assert_eq!(o.catalogue.undecided, 54);
    assert_eq!(o.catalogue.coverage, ratio(3, 4));
    assert_eq!(o.profile, b.profile);
    assert_eq!(o.portfolio, b.portfolio);
    // Plan: high, medium, none — all gap 2.
    let ids: Vec<&str> = ev.plan.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["B-1", "B-3", "B-4"]);
    assert!(ev.plan.iter().all(|i| i.gap == 2 && i.category == "B"));
}

/// The report sample: A mixed, C all not needed, D one service, E one not needed, F one service
/// with a delivery and a level but no need answer, an answer for X-1 that the catalogue lacks.
#[test]
fn mixed_delivery_targets_below_current_and_not_applicable_categories() {
    let c = builtin();
    let a = fixture("report-sample.json");
    let ev = eval::evaluate(&c, &a);

    // A: A-1 in-house 2→4 high, A-2 in-house 3→3, A-3 outsourced 4→2 low, A-4 shared 1→3 high,
    // A-5 no delivery 2→5, A-6 not yet 0→3 low, A-7…A-13 not needed.
    let s = cat(&ev, "A");
    assert_eq!(s.status, Status::Applicable);
    let k = s.catalogue;
    // Needed 6, not needed 7, undecided 1 (A-5 lacks a delivery), delivered 4 (A-1…A-4).
    assert_eq!((k.total, k.needed, k.not_needed, k.undecided, k.delivered), (13, 6, 7, 1, 4));
    assert_eq!(k.coverage, ratio(4, 6));
    assert_eq!(Ratio::new(4, 6).unwrap().percent(), 67);
    // Current (2+3+4+1+2+0)/6 = 12/6 = 2.0. Target (4+3+2+3+5+3)/6 = 20/6 = 3.3.
    // Gap: max(t−c, 0) = 2, 0, 0 (A-3 is above its target), 2, 3, 3 → 10/6 = 1.7.
    assert_eq!(s.profile.avg_current, avg(12, 6));
    assert_eq!(s.profile.avg_target, avg(20, 6));
    assert_eq!(s.profile.gap, avg(10, 6));
    let pc = s.profile.counts;
    assert_eq!((pc.assessed, pc.with_target, pc.below_target, pc.at_target, pc.above_target), (6, 6, 4, 1, 1));
    // In-house 2, outsourced 1, shared 1, not yet 1, no delivery 1; 5 with a delivery answer.
    let p = s.portfolio;
    assert_eq!((p.in_house, p.outsourced, p.shared, p.not_yet, p.unanswered), (2, 1, 1, 1, 1));
    assert_eq!(p.share_outsourced, ratio(1, 5));
    assert_eq!(p.share_shared, ratio(1, 5));

    // B: untouched → not answered.
    assert_eq!(cat(&ev, "B").status, Status::NotAnswered);

    // C: every service not needed → not applicable, everywhere.
    let s = cat(&ev, "C");
    assert_eq!(s.status, Status::NotApplicable);
    assert_eq!(s.catalogue.coverage, Figure::NotApplicable);
    assert_eq!(s.profile.avg_current, Figure::NotApplicable);
    assert_eq!(s.profile.avg_target, Figure::NotApplicable);
    assert_eq!(s.profile.gap, Figure::NotApplicable);
    assert_eq!(s.portfolio.share_outsourced, Figure::NotApplicable);

    // D: D-1 outsourced, level 3, no target; six unanswered.
    let s = cat(&ev, "D");
    assert_eq!((s.catalogue.needed, s.catalogue.undecided, s.catalogue.delivered), (1, 6, 1));
    assert_eq!(s.catalogue.coverage, ratio(1, 1));
    assert_eq!(s.profile.avg_current, avg(3, 1));
    assert_eq!(s.profile.avg_target, Figure::NotAnswered);
    assert_eq!(s.profile.gap, Figure::NotAnswered);
    assert_eq!(s.portfolio.share_outsourced, ratio(1, 1));

    // E: one not needed, six unanswered → nothing needed yet, but not "not applicable".
    let s = cat(&ev, "E");
    assert_eq!(s.status, Status::NotAnswered);
    assert_eq!((s.catalogue.not_needed, s.catalogue.undecided), (1, 6));
    assert_eq!(s.catalogue.coverage, Figure::NotAnswered);

    // F: F-1 has a delivery and a level but no need answer: counted nowhere but in undecided.
    let s = cat(&ev, "F");
    assert_eq!(s.status, Status::NotAnswered);
    assert_eq!((s.catalogue.needed, s.catalogue.undecided, s.portfolio.in_house), (0, 5, 0));

    // Overall, pooled over services (X-1 is not in the catalogue: not counted).
    // Needed 6+1 = 7; not needed 7+4+1 = 12; undecided 1+4+6+6+5+10+3+5 = 40; delivered 5.
    let o = &ev.overall;
    assert_eq!(o.status, Status::Applicable);
    let k = o.catalogue;
    assert_eq!((k.total, k.needed, k.not_needed, k.undecided, k.delivered), (58, 7, 12, 40, 5));
    assert_eq!(k.coverage, ratio(5, 7)); // 71 %
                                         // Current (12+3)/7 = 15/7 = 2.1; target and gap only A has both levels: 20/6 and 10/6.
    assert_eq!(o.profile.avg_current, avg(15, 7));
    assert_eq!(Average::new(15, 7).unwrap().text('.'), "2.1");
    assert_eq!(o.profile.avg_target, avg(20, 6));
    assert_eq!(o.profile.gap, avg(10, 6));
    // In-house 2, outsourced 1+1, shared 1, not yet 1, no delivery 1; 6 with a delivery answer.
    let p = o.portfolio;
    assert_eq!((p.in_house, p.outsourced, p.shared, p.not_yet, p.unanswered), (2, 2, 1, 1, 1));
    assert_eq!(p.share_outsourced, ratio(2, 6)); // 33 %
    assert_eq!(p.share_shared, ratio(1, 6)); // 17 %
    assert_eq!(Ratio::new(1, 6).unwrap().percent(), 17);

    // Plan: target above current: A-1 (high, 2), A-4 (high, 2), A-5 (none, 3), A-6 (low, 3).
    // High first, equal gaps in catalogue order; then low; no priority last. A-3 (target below
    // current) and A-2 (at target) are not on it.
    let ids: Vec<&str> = ev.plan.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["A-1", "A-4", "A-6", "A-5"]);
    assert_eq!(ev.plan.iter().map(|i| i.gap).collect::<Vec<_>>(), [2, 2, 3, 3]);
    assert_eq!(ev.plan[3].delivery, None);
}

#[test]
fn plan_orders_by_gap_within_priority_then_catalogue_order_not_text_order() {
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    answer(&mut a, "G-1", Some(InHouse), Some(2), Some(3), Some(High)); // gap 1
    answer(&mut a, "G-2", Some(InHouse), Some(1), Some(4), Some(High)); // gap 3
    answer(&mut a, "G-10", Some(InHouse), Some(0), Some(3), Some(High)); // gap 3
    answer(&mut a, "G-3", Some(InHouse), Some(2), Some(5), Some(High)); // gap 3
    answer(&mut a, "A-1", Some(InHouse), Some(0), Some(5), Some(Low)); // gap 5, low
    answer(&mut a, "B-1", Some(InHouse), Some(0), Some(5), None); // gap 5, no priority
    answer(&mut a, "B-2", Some(InHouse), Some(3), Some(4), Some(Medium)); // gap 1
    let ids: Vec<String> = eval::improvement_plan(&c, &a).into_iter().map(|i| i.id.to_string()).collect();
    // "G-10" sorts before "G-2" as text; the catalogue puts it last of the three.
    assert_eq!(ids, ["G-2", "G-3", "G-10", "G-1", "B-2", "A-1", "B-1"]);
}

#[test]
fn levels_on_services_not_marked_needed_are_ignored() {
    let c = builtin();
    let mut a = Assessment::new(&c, T);
    answer(&mut a, "H-1", Some(InHouse), Some(1), Some(4), Some(High));
    not_needed(&mut a, "H-1"); // keeps delivery and levels in the record
    not_needed(&mut a, "H-2");
    not_needed(&mut a, "H-3");
    let ev = eval::evaluate(&c, &a);
    let h = cat(&ev, "H");
    assert_eq!(h.status, Status::NotApplicable);
    assert_eq!(h.portfolio.in_house, 0);
    assert_eq!(h.profile.avg_current, Figure::NotApplicable);
    assert!(ev.plan.is_empty());
}

#[test]
fn explanations_list_exactly_the_services_behind_each_figure() {
    let c = builtin();
    let a = fixture("report-sample.json");
    let e = eval::explain(&c, &a, Scope::Category("A"), FigureKind::Coverage);
    assert_eq!(e.over, ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6"]);
    assert_eq!(e.counted, ["A-1", "A-2", "A-3", "A-4"]);
    let e = eval::explain(&c, &a, Scope::Overall, FigureKind::AvgCurrent);
    assert_eq!(e.over, ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "D-1"]);
    assert!(e.counted.is_empty());
    let e = eval::explain(&c, &a, Scope::Overall, FigureKind::ShareOutsourced);
    assert_eq!(e.over, ["A-1", "A-2", "A-3", "A-4", "A-6", "D-1"]);
    assert_eq!(e.counted, ["A-3", "D-1"]);
    let e = eval::explain(&c, &a, Scope::Overall, FigureKind::Plan);
    assert_eq!(e.over, ["A-1", "A-4", "A-5", "A-6"]);
    // Every figure: its explanation has as many services as the figure counts.
    let ev = eval::evaluate(&c, &a);
    let scopes: Vec<Scope> =
        std::iter::once(Scope::Overall).chain(c.categories.iter().map(|k| Scope::Category(&k.id))).collect();
    for scope in scopes {
        let s = eval::scope_eval(&c, &a, scope);
        let n = |k| eval::explain(&c, &a, scope, k).over.len();
        assert_eq!(n(FigureKind::Needed), s.catalogue.needed);
        assert_eq!(n(FigureKind::NotNeeded), s.catalogue.not_needed);
        assert_eq!(n(FigureKind::Undecided), s.catalogue.undecided);
        assert_eq!(n(FigureKind::Delivered), s.catalogue.delivered);
        assert_eq!(n(FigureKind::AvgCurrent), s.profile.counts.assessed);
        assert_eq!(n(FigureKind::Gap), s.profile.counts.with_target);
        assert_eq!(n(FigureKind::InHouse), s.portfolio.in_house);
        assert_eq!(n(FigureKind::Outsourced), s.portfolio.outsourced);
        assert_eq!(n(FigureKind::Shared), s.portfolio.shared);
        assert_eq!(n(FigureKind::NotYet), s.portfolio.not_yet);
        assert_eq!(n(FigureKind::DeliveryUnanswered), s.portfolio.unanswered);
        if let Figure::Value(r) = s.catalogue.coverage {
            let e = eval::explain(&c, &a, scope, FigureKind::Coverage);
            assert_eq!((e.counted.len(), e.over.len()), (r.part(), r.whole()));
        }
        if let Figure::Value(m) = s.profile.avg_current {
            assert_eq!(m.count() as usize, n(FigureKind::AvgCurrent));
        }
    }
    assert_eq!(ev.plan.len(), eval::explain(&c, &a, Scope::Overall, FigureKind::Plan).over.len());
}

#[test]
fn redaction_keeps_every_figure() {
    let c = builtin();
    let a = fixture("report-sample.json");
    assert_eq!(eval::evaluate(&c, &a.redacted()), eval::evaluate(&c, &a));
}

#[test]
fn every_figure_has_a_label_and_a_formula_in_every_language() {
    for lang in Lang::ALL {
        let t = lang.ui();
        for k in FigureKind::ALL {
            assert!(!t.formula(k).is_empty() && !t.figure_label(k).is_empty(), "{lang:?} {k:?}");
        }
        assert_eq!(t.missing(&Figure::<Ratio>::NotApplicable), Some(t.not_applicable));
        assert_eq!(t.missing(&Figure::<Ratio>::NotAnswered), Some(t.unanswered));
        assert_ne!(t.not_applicable, t.unanswered);
    }
    let en = Lang::En.ui();
    // The share outsourced formula says how shared services count.
    assert!(en.formula(FigureKind::ShareOutsourced).contains("Shared services are not counted as outsourced"));
    assert_eq!(en.ratio_figure(&ratio(3, 4)), "3 of 4 (75%)");
    assert_eq!(Lang::Fr.ui().average(&avg(5, 2)), "2,5");
    assert_eq!(Lang::Ja.ui().ratio_figure(&ratio(1, 3)), "3 件中 1 件（33%）");
    assert_eq!(en.average(&Figure::NotApplicable), "Not applicable");
}
