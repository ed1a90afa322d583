//! Comparing two assessments, worked out by hand.
//!
//! Before ("2026 baseline"):            After ("2027 review"):
//!   A-1 needed in-house 2→target 4 high    A-1 needed in-house 3→target 4 medium, note
//!   A-2 needed outsourced 1→3              A-2 needed shared 2→3
//!   A-3 not needed                         A-3 not needed
//!   B-1 needed not yet 0→2                 (B-1 cleared)
//!                                          C-1 needed in-house 1
//!   X-1 (not in the catalogue) level 5     X-1 level 4
//!   every I service not needed             every I service not needed

use x1060_core::catalogue::Catalogue;
use x1060_core::compare::{self, Change, ChangeKind};
use x1060_core::edit::{Edit, TextField};
use x1060_core::eval::{Figure, Status};
use x1060_core::model::{Assessment, Delivery, Level, Need, Priority};
use x1060_core::progress::Progress;

const T: &str = "2026-11-25T10:00:00.000Z";

fn rec(a: &mut Assessment, id: &str, delivery: Delivery, current: u8, target: Option<u8>) {
    a.apply(Edit::SetNeed { service: id.into(), need: Some(Need::Needed) }, T);
    a.apply(Edit::SetDelivery { service: id.into(), delivery: Some(delivery) }, T);
    a.apply(Edit::SetCurrent { service: id.into(), level: Level::new(current) }, T);
    a.apply(Edit::SetTarget { service: id.into(), level: target.and_then(Level::new) }, T);
}

fn not_needed(a: &mut Assessment, id: &str) {
    a.apply(Edit::SetNeed { service: id.into(), need: Some(Need::NotNeeded) }, T);
}

fn pair() -> (Catalogue, Assessment, Assessment) {
    let c = Catalogue::builtin();
    let mut b = Assessment::new(&c, T);
    b.name = "2026 baseline".into();
    rec(&mut b, "A-1", Delivery::InHouse, 2, Some(4));
    b.apply(Edit::SetPriority { service: "A-1".into(), priority: Some(Priority::High) }, T);
    rec(&mut b, "A-2", Delivery::Outsourced, 1, Some(3));
    not_needed(&mut b, "A-3");
    rec(&mut b, "B-1", Delivery::NotYet, 0, Some(2));
    rec(&mut b, "X-1", Delivery::InHouse, 5, None);
    for s in c.services_in("I") {
        not_needed(&mut b, &s.id);
    }
    let mut a = b.clone();
    a.name = "2027 review".into();
    rec(&mut a, "A-1", Delivery::InHouse, 3, Some(4));
    a.apply(Edit::SetPriority { service: "A-1".into(), priority: Some(Priority::Medium) }, T);
    a.apply(Edit::SetText { service: "A-1".into(), field: TextField::Note, value: "Reviewed".into() }, T);
    rec(&mut a, "A-2", Delivery::Shared, 2, Some(3));
    a.apply(Edit::ClearService { service: "B-1".into() }, T);
    rec(&mut a, "C-1", Delivery::InHouse, 1, None);
    rec(&mut a, "X-1", Delivery::InHouse, 4, None);
    (c, b, a)
}

#[test]
fn per_service_changes_grouped_by_category() {
    let (c, b, a) = pair();
    let cmp = compare::compare(&c, &b, &a);
    assert_eq!(cmp.before.name, "2026 baseline");
    assert_eq!(cmp.after.name, "2027 review");
    assert!(cmp.same_catalogue);
    assert_eq!(cmp.categories.len(), 9);
    assert_eq!(cmp.change_count(), 5);

    let cat = |id: &str| cmp.categories.iter().find(|x| x.id == id).unwrap();
    let a_changes = &cat("A").changes;
    assert_eq!(a_changes.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["A-1", "A-2"]);
    let a1 = &a_changes[0];
    assert_eq!(a1.kind, ChangeKind::Changed);
    assert_eq!(a1.need, None);
    assert_eq!(a1.delivery, None);
    assert_eq!(a1.current, Some(Change { before: Level::new(2), after: Level::new(3) }));
    assert_eq!(a1.current_delta(), Some(1));
    assert_eq!(a1.target, None);
    assert_eq!(a1.target_delta(), None);
    assert_eq!(a1.priority, Some(Change { before: Some(Priority::High), after: Some(Priority::Medium) }));
    assert_eq!(a1.texts, [TextField::Note]);
    let a2 = &a_changes[1];
    assert_eq!(a2.delivery, Some(Change { before: Some(Delivery::Outsourced), after: Some(Delivery::Shared) }));
    assert_eq!(a2.current_delta(), Some(1));

    let b1 = &cat("B").changes[0];
    assert_eq!(b1.kind, ChangeKind::Removed);
    assert_eq!(b1.need, Some(Change { before: Some(Need::Needed), after: None }));
    assert_eq!(b1.current, Some(Change { before: Level::new(0), after: None }));
    assert_eq!(b1.current_delta(), None, "no level after: no difference, not −0");
    assert_eq!(b1.answered, Change { before: true, after: false });

    let c1 = &cat("C").changes[0];
    assert_eq!((c1.id.as_str(), c1.kind), ("C-1", ChangeKind::Added));
    assert_eq!(c1.answered, Change { before: false, after: true });

    assert!(cat("I").changes.is_empty());
    assert_eq!(cmp.unlisted.len(), 1);
    assert_eq!(cmp.unlisted[0].id, "X-1");
    assert_eq!(cmp.unlisted[0].current_delta(), Some(-1));
}

#[test]
fn category_figures_and_their_changes() {
    let (c, b, a) = pair();
    let cmp = compare::compare(&c, &b, &a);
    let cat = |id: &str| &cmp.categories.iter().find(|x| x.id == id).unwrap().figures;

    // A: current (2+1)/2 = 1.5 → (3+2)/2 = 2.5; target (4+3)/2 = 3.5 both; gap (2+2)/2 = 2.0 →
    // (1+1)/2 = 1.0; coverage 2/2 both.
    let fa = cat("A");
    assert_eq!(fa.before.profile.avg_current.value().map(|v| v.tenths()), Some(15));
    assert_eq!(fa.after.profile.avg_current.value().map(|v| v.tenths()), Some(25));
    assert_eq!(fa.avg_current_delta(), Some(10));
    assert_eq!(fa.avg_target_delta(), Some(0));
    assert_eq!(fa.gap_delta(), Some(-10));
    assert_eq!(fa.coverage_delta(), Some(0));
    assert_eq!(fa.needed_delta(), 0);
    assert_eq!(
        fa.progress,
        Change { before: Progress { answered: 3, total: 13 }, after: Progress { answered: 3, total: 13 } }
    );

    // B: one needed service before, none after (and unanswered ones): no figure after, so no
    // change — never "from 0.0" or "to 0".
    let fb = cat("B");
    assert_eq!(fb.before.status, Status::Applicable);
    assert_eq!(fb.after.status, Status::NotAnswered);
    assert_eq!(fb.before.catalogue.coverage.value().map(|r| r.percent()), Some(0));
    assert_eq!(fb.after.profile.avg_current, Figure::NotAnswered);
    assert_eq!((fb.avg_current_delta(), fb.coverage_delta(), fb.gap_delta()), (None, None, None));
    assert_eq!(fb.needed_delta(), -1);
    assert_eq!(fb.answered_delta(), -1);

    // C: nothing before, one service after.
    let fc = cat("C");
    assert_eq!(fc.before.profile.avg_current, Figure::NotAnswered);
    assert_eq!(fc.after.profile.avg_current.value().map(|v| v.tenths()), Some(10));
    assert_eq!(fc.avg_current_delta(), None);
    assert_eq!(fc.delivered_delta(), 1);

    // I: every service not needed on both sides: not applicable, never 0.
    let fi = cat("I");
    assert_eq!((fi.before.status, fi.after.status), (Status::NotApplicable, Status::NotApplicable));
    assert_eq!(fi.after.profile.avg_current, Figure::NotApplicable);
    assert_eq!(fi.avg_current_delta(), None);
}

#[test]
fn overall_figures_pool_every_catalogue_service_once() {
    let (c, b, a) = pair();
    let o = compare::compare(&c, &b, &a).overall;
    // Needed with a current level (X-1 is not in the catalogue): before A-1 2, A-2 1, B-1 0 →
    // 3/3 = 1.0; after A-1 3, A-2 2, C-1 1 → 6/3 = 2.0.
    assert_eq!(o.avg_current_delta(), Some(10));
    // Target over needed services with both levels: before (4+3+2)/3 = 3.0, after (4+3)/2 = 3.5.
    assert_eq!(o.avg_target_delta(), Some(5));
    // Coverage: before 2 of 3 (B-1 not yet) = 67%, after 3 of 3 = 100%.
    assert_eq!(o.before.catalogue.coverage.value().map(|r| r.percent()), Some(67));
    assert_eq!(o.coverage_delta(), Some(33));
    assert_eq!(o.needed_delta(), 0);
}

#[test]
fn identical_assessments_have_no_changes() {
    let (c, b, _) = pair();
    let cmp = compare::compare(&c, &b, &b);
    assert_eq!(cmp.change_count(), 0);
    assert!(cmp.categories.iter().all(|x| x.figures.avg_current_delta().unwrap_or(0) == 0));
}

#[test]
fn another_catalogue_version_is_flagged() {
    let (c, b, mut a) = pair();
    a.catalogue.version = "2027.1".into();
    assert!(!compare::compare(&c, &b, &a).same_catalogue);
}

#[test]
fn only_texts_changed_is_a_change_without_answer_changes() {
    let s = compare::compare_service(
        "A-1",
        Some(&x1060_core::model::ServiceRecord { owner: "CISO".into(), ..Default::default() }),
        Some(&x1060_core::model::ServiceRecord {
            owner: "SOC lead".into(),
            evidence: "v2".into(),
            ..Default::default()
        }),
    )
    .unwrap();
    assert_eq!(s.kind, ChangeKind::Changed);
    assert_eq!(s.texts, [TextField::Owner, TextField::Evidence]);
    assert_eq!((s.need, s.current, s.delivery), (None, None, None));
    assert!(compare::compare_service("A-1", None, None).is_none());
}
