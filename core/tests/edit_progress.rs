//! Changing answers and measuring progress, worked out by hand.

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::{Edit, TextField, MAX_TEXT_CHARS};
use x1060_core::ids::CategoryId;
use x1060_core::model::{Assessment, Delivery, Level, Need, ProfileField};
use x1060_core::progress;

const T0: &str = "2026-11-25T10:00:00.000Z";
const T1: &str = "2026-11-25T10:05:00.000Z";

fn fresh() -> (Catalogue, Assessment) {
    let c = Catalogue::builtin();
    let a = Assessment::new(&c, T0);
    (c, a)
}

fn answer(a: &mut Assessment, id: &str, d: Delivery, level: u8) {
    a.apply(Edit::SetNeed { service: id.into(), need: Some(Need::Needed) }, T1);
    a.apply(Edit::SetDelivery { service: id.into(), delivery: Some(d) }, T1);
    a.apply(Edit::SetCurrent { service: id.into(), level: Level::new(level) }, T1);
}

#[test]
fn new_assessment_records_catalogue_and_is_empty() {
    let (c, a) = fresh();
    assert_eq!(a.catalogue.id, "x1060-builtin");
    assert_eq!(a.catalogue.version, c.version);
    assert!(a.services.is_empty());
    assert_eq!(progress::overall(&c, &a), progress::Progress { answered: 0, total: 58 });
}

#[test]
fn answered_needs_delivery_and_level_or_not_needed() {
    let (c, mut a) = fresh();
    a.apply(Edit::SetNeed { service: "A-1".into(), need: Some(Need::Needed) }, T1);
    assert!(!a.record("A-1").is_answered());
    a.apply(Edit::SetDelivery { service: "A-1".into(), delivery: Some(Delivery::InHouse) }, T1);
    assert!(!a.record("A-1").is_answered());
    a.apply(Edit::SetCurrent { service: "A-1".into(), level: Level::new(2) }, T1);
    assert!(a.record("A-1").is_answered());
    a.apply(Edit::SetNeed { service: "B-2".into(), need: Some(Need::NotNeeded) }, T1);
    assert!(a.record("B-2").is_answered());
    assert_eq!(progress::category(&c, &a, "A"), progress::Progress { answered: 1, total: 13 });
    assert_eq!(progress::category(&c, &a, "B"), progress::Progress { answered: 1, total: 4 });
    assert_eq!(progress::overall(&c, &a).answered, 2);
    assert_eq!(progress::overall(&c, &a).percent(), 3); // 2/58 = 3.4 %
}

#[test]
fn apply_reports_change_and_stamps_time() {
    let (_, mut a) = fresh();
    assert!(a.apply(Edit::SetProfile { field: ProfileField::Organisation, value: "ACME".into() }, T1));
    assert_eq!(a.updated, T1);
    assert!(!a.apply(Edit::SetProfile { field: ProfileField::Organisation, value: "ACME".into() }, "later"));
    assert_eq!(a.updated, T1);
}

#[test]
fn empty_records_are_dropped_and_clear_forgets() {
    let (_, mut a) = fresh();
    a.apply(Edit::SetText { service: "C-1".into(), field: TextField::Note, value: "x".into() }, T1);
    assert!(a.services.contains_key("C-1"));
    a.apply(Edit::SetText { service: "C-1".into(), field: TextField::Note, value: String::new() }, T1);
    assert!(!a.services.contains_key("C-1"));
    answer(&mut a, "C-2", Delivery::Shared, 3);
    assert!(a.apply(Edit::ClearService { service: "C-2".into() }, T1));
    assert!(a.services.is_empty());
}

#[test]
fn long_text_is_clipped_not_refused() {
    let (_, mut a) = fresh();
    a.apply(
        Edit::SetText { service: "A-1".into(), field: TextField::Evidence, value: "é".repeat(MAX_TEXT_CHARS + 5) },
        T1,
    );
    assert_eq!(a.record("A-1").evidence.chars().count(), MAX_TEXT_CHARS);
}

#[test]
fn next_unanswered_walks_in_order_and_wraps() {
    let (c, mut a) = fresh();
    assert_eq!(progress::next_unanswered(&c, &a, None, None), Some("A-1"));
    answer(&mut a, "A-1", Delivery::InHouse, 1);
    assert_eq!(progress::next_unanswered(&c, &a, None, None), Some("A-2"));
    assert_eq!(progress::next_unanswered(&c, &a, Some("A-13"), None), Some("B-1"));
    assert_eq!(progress::next_unanswered(&c, &a, Some("I-5"), None), Some("A-2"));
    let only = vec![CategoryId::from("D")];
    let bd = vec![CategoryId::from("B"), CategoryId::from("D")];
    assert_eq!(progress::overall_in(&c, &a, Some(&bd)), progress::Progress { answered: 0, total: 11 });
    assert_eq!(progress::overall_in(&c, &a, None), progress::Progress { answered: 1, total: 58 });
    assert_eq!(progress::next_unanswered(&c, &a, None, Some(&only)), Some("D-1"));
    for s in &c.services {
        a.apply(Edit::SetNeed { service: s.id.clone(), need: Some(Need::NotNeeded) }, T1);
    }
    assert_eq!(progress::next_unanswered(&c, &a, None, None), None);
    assert!(progress::overall(&c, &a).is_complete());
}

#[test]
fn answers_for_unknown_services_are_kept_and_listed() {
    let (c, mut a) = fresh();
    answer(&mut a, "Z-9", Delivery::InHouse, 2);
    assert_eq!(progress::orphans(&c, &a), vec!["Z-9"]);
    assert_eq!(progress::overall(&c, &a).answered, 0);
}

#[test]
fn a_needed_service_says_what_it_still_lacks() {
    use x1060_core::model::{Missing, ServiceRecord};
    let needed = ServiceRecord { need: Some(Need::Needed), ..Default::default() };
    assert_eq!(needed.missing(), Some(Missing::DeliveryAndCurrent));
    let with_level = ServiceRecord { current: Level::new(2), ..needed.clone() };
    assert_eq!(with_level.missing(), Some(Missing::Delivery));
    assert!(!with_level.is_answered());
    let with_delivery = ServiceRecord { delivery: Some(Delivery::InHouse), ..needed.clone() };
    assert_eq!(with_delivery.missing(), Some(Missing::Current));
    let complete = ServiceRecord { current: Level::new(2), ..with_delivery };
    assert_eq!((complete.missing(), complete.is_answered()), (None, true));
    let not_needed = ServiceRecord { need: Some(Need::NotNeeded), ..Default::default() };
    assert_eq!(not_needed.missing(), None);
    assert_eq!(ServiceRecord::default().missing(), None, "nothing said yet: not answered, nothing partly missing");
}
