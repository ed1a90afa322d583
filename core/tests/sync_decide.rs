//! The two-tab decision, worked out by hand: base (what this tab last read or wrote), ours (what
//! it holds now), theirs (what storage holds now).

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::{Edit, TextField};
use x1060_core::model::{Assessment, Delivery, Level, Need, ProfileField};
use x1060_core::sync::{decide, differing_parts, merge3, same_content, Decision, Part};

const T0: &str = "2026-11-01T09:00:00.000Z";
const T1: &str = "2026-11-02T10:00:00.000Z";
const T2: &str = "2026-11-02T11:00:00.000Z";

fn base() -> Assessment {
    let c = Catalogue::builtin();
    let mut a = Assessment::new(&c, T0);
    a.apply(Edit::SetName("2026 baseline".into()), T0);
    a.apply(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }, T0);
    a.apply(Edit::SetDelivery { service: "A-1".into(), delivery: Some(Delivery::InHouse) }, T0);
    a.apply(Edit::SetCurrent { service: "A-1".into(), level: Level::new(2) }, T0);
    a.apply(Edit::SetNeed { service: "B-1".into(), need: Some(Need::NotNeeded) }, T0);
    a
}

fn with(mut a: Assessment, now: &str, edits: Vec<Edit>) -> Assessment {
    for e in edits {
        a.apply(e, now);
    }
    a
}

fn level(service: &str, n: u8) -> Edit {
    Edit::SetCurrent { service: service.into(), level: Level::new(n) }
}

#[test]
fn nothing_changed_anywhere_is_up_to_date() {
    let b = base();
    assert_eq!(decide(Some(&b), &b, Some(&b)), Decision::UpToDate);
}

#[test]
fn a_new_assessment_is_written() {
    let b = base();
    assert_eq!(decide(None, &b, None), Decision::WriteOurs);
}

#[test]
fn only_ours_changed_writes_ours() {
    let b = base();
    let ours = with(b.clone(), T1, vec![level("A-1", 3)]);
    assert_eq!(decide(Some(&b), &ours, Some(&b)), Decision::WriteOurs);
}

#[test]
fn only_theirs_changed_takes_theirs() {
    let b = base();
    let theirs = with(b.clone(), T1, vec![level("A-1", 4)]);
    assert_eq!(decide(Some(&b), &b, Some(&theirs)), Decision::TakeTheirs);
}

#[test]
fn the_time_of_change_alone_is_no_change() {
    let b = base();
    let mut ours = b.clone();
    ours.updated = T2.into();
    assert!(same_content(&b, &ours));
    assert_eq!(decide(Some(&b), &ours, Some(&b)), Decision::UpToDate);
}

#[test]
fn different_services_are_combined() {
    let b = base();
    // Ours: A-1 level 2 → 3 at T1. Theirs: C-1 marked not needed, at T2.
    let ours = with(b.clone(), T1, vec![level("A-1", 3)]);
    let theirs = with(b.clone(), T2, vec![Edit::SetNeed { service: "C-1".into(), need: Some(Need::NotNeeded) }]);
    let Decision::Merge(m) = decide(Some(&b), &ours, Some(&theirs)) else { panic!("expected a merge") };
    assert_eq!(m.from_theirs, vec![Part::Service("C-1".into())]);
    assert_eq!(m.assessment.record("A-1").current, Level::new(3));
    assert_eq!(m.assessment.record("C-1").need, Some(Need::NotNeeded));
    assert_eq!(m.assessment.record("B-1").need, Some(Need::NotNeeded));
    // The later of the two times of change.
    assert_eq!(m.assessment.updated, T2);
    // Symmetric: the same combination from the other side.
    let Decision::Merge(m2) = decide(Some(&b), &theirs, Some(&ours)) else { panic!("expected a merge") };
    assert!(same_content(&m.assessment, &m2.assessment));
    assert_eq!(m2.from_theirs, vec![Part::Service("A-1".into())]);
}

#[test]
fn same_service_changed_differently_is_a_conflict() {
    let b = base();
    let ours = with(b.clone(), T1, vec![level("A-1", 3)]);
    let theirs = with(b.clone(), T2, vec![level("A-1", 4), Edit::SetName("2026 (final)".into())]);
    assert_eq!(decide(Some(&b), &ours, Some(&theirs)), Decision::Conflict(vec![Part::Service("A-1".into())]));
    // A note in ours and a level in theirs, on the same service: still one record, a conflict.
    let ours =
        with(b.clone(), T1, vec![Edit::SetText { service: "A-1".into(), field: TextField::Note, value: "n".into() }]);
    assert_eq!(decide(Some(&b), &ours, Some(&theirs)), Decision::Conflict(vec![Part::Service("A-1".into())]));
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let b = base();
    let ours = with(b.clone(), T1, vec![level("A-1", 3)]);
    let theirs = with(b.clone(), T2, vec![level("A-1", 3)]);
    assert_eq!(decide(Some(&b), &ours, Some(&theirs)), Decision::UpToDate);
    // ... and combined when theirs also changed something else.
    let theirs = with(theirs, T2, vec![Edit::SetProfile { field: ProfileField::Sector, value: "Energy".into() }]);
    let Decision::Merge(m) = decide(Some(&b), &ours, Some(&theirs)) else { panic!("expected a merge") };
    assert_eq!(m.from_theirs, vec![Part::Profile(ProfileField::Sector)]);
}

#[test]
fn a_cleared_service_against_an_edit_of_it_is_a_conflict() {
    let b = base();
    let ours = with(b.clone(), T1, vec![Edit::ClearService { service: "A-1".into() }]);
    let theirs = with(b.clone(), T2, vec![level("A-1", 5)]);
    assert_eq!(decide(Some(&b), &ours, Some(&theirs)), Decision::Conflict(vec![Part::Service("A-1".into())]));
    // Cleared in ours, untouched in theirs: stays cleared.
    let theirs = with(b.clone(), T2, vec![Edit::SetProfile { field: ProfileField::Country, value: "Japan".into() }]);
    let m = merge3(&b, &ours, &theirs).unwrap();
    assert!(!m.assessment.services.contains_key("A-1"));
    assert_eq!(m.assessment.profile.country, "Japan");
}

#[test]
fn profile_fields_merge_one_by_one() {
    let b = base();
    let ours = with(b.clone(), T1, vec![Edit::SetProfile { field: ProfileField::Sector, value: "Finance".into() }]);
    let theirs = with(b.clone(), T2, vec![Edit::SetProfile { field: ProfileField::Country, value: "France".into() }]);
    let m = merge3(&b, &ours, &theirs).unwrap();
    assert_eq!((m.assessment.profile.sector.as_str(), m.assessment.profile.country.as_str()), ("Finance", "France"));
    let theirs = with(b.clone(), T2, vec![Edit::SetProfile { field: ProfileField::Sector, value: "Energy".into() }]);
    assert_eq!(merge3(&b, &ours, &theirs), Err(vec![Part::Profile(ProfileField::Sector)]));
}

#[test]
fn several_clashes_are_all_listed_in_order() {
    let b = base();
    let ours = with(b.clone(), T1, vec![Edit::SetName("x".into()), level("B-1", 1), level("A-1", 1)]);
    let theirs = with(b.clone(), T2, vec![Edit::SetName("y".into()), level("B-1", 2), level("A-1", 4)]);
    let e = merge3(&b, &ours, &theirs).unwrap_err();
    assert_eq!(e, vec![Part::Name, Part::Service("A-1".into()), Part::Service("B-1".into())]);
    let names: Vec<String> = e.iter().map(|p| p.to_string()).collect();
    assert_eq!(names, ["name", "services.A-1", "services.B-1"]);
}

#[test]
fn gone_from_storage_says_whether_ours_had_unsaved_changes() {
    let b = base();
    assert_eq!(decide(Some(&b), &b, None), Decision::Gone { unsaved: false });
    let ours = with(b.clone(), T1, vec![level("A-1", 3)]);
    assert_eq!(decide(Some(&b), &ours, None), Decision::Gone { unsaved: true });
}

#[test]
fn never_written_but_something_is_there() {
    let b = base();
    assert_eq!(decide(None, &b, Some(&b)), Decision::UpToDate);
    let other = with(b.clone(), T1, vec![level("A-1", 0)]);
    assert_eq!(decide(None, &b, Some(&other)), Decision::Conflict(vec![Part::Service("A-1".into())]));
    assert_eq!(differing_parts(&b, &other), vec![Part::Service("A-1".into())]);
}
