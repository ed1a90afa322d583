//! Comparing two assessments (last year's and this year's, or one with an imported file): what
//! changed per service (need, delivery, current and target level, priority, texts) and how the
//! evaluations moved per category and overall.
//!
//! The figures of each side are the official ones of [`crate::eval`], computed against one
//! catalogue (the one in use); a figure without a value ("not applicable", "not answered") has no
//! change, never a change from or to 0. Changes of averages are the difference of the two figures
//! as shown, each rounded to one decimal, so that a report never reads "2.3 → 2.5 (+0.1)".
//! Services are matched by id; answers for ids the catalogue lacks are compared too, apart.

use std::collections::BTreeSet;

use crate::catalogue::Catalogue;
use crate::edit::TextField;
use crate::eval::{self, Average, Figure, Ratio, Scope, ScopeEval};
use crate::ids::{CategoryId, ServiceId};
use crate::model::{Assessment, CatalogueRef, Delivery, Level, Need, Priority, ServiceRecord};
use crate::progress::{self, Progress};

/// A value before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change<T> {
    pub before: T,
    pub after: T,
}

impl<T: PartialEq> Change<T> {
    /// `Some` only when the value changed.
    fn of(before: T, after: T) -> Option<Change<T>> {
        (before != after).then_some(Change { before, after })
    }
}

/// Whether a service has a record on each side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// Nothing recorded before.
    Added,
    /// Nothing recorded after.
    Removed,
    /// Recorded on both sides, something differs.
    Changed,
}

/// What changed for one service. Fields are `None` when that answer did not change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceChange {
    pub id: ServiceId,
    pub kind: ChangeKind,
    pub need: Option<Change<Option<Need>>>,
    pub delivery: Option<Change<Option<Delivery>>>,
    pub current: Option<Change<Option<Level>>>,
    pub target: Option<Change<Option<Level>>>,
    pub priority: Option<Change<Option<Priority>>>,
    /// The free-text fields that changed (their texts are in each assessment).
    pub texts: Vec<TextField>,
    /// Whether the service counts as answered (method.md), before and after.
    pub answered: Change<bool>,
}

impl ServiceChange {
    /// After minus before, when both sides have a current level and it changed.
    pub fn current_delta(&self) -> Option<i8> {
        level_delta(self.current)
    }

    /// After minus before, when both sides have a target level and it changed.
    pub fn target_delta(&self) -> Option<i8> {
        level_delta(self.target)
    }
}

fn level_delta(c: Option<Change<Option<Level>>>) -> Option<i8> {
    match c {
        Some(Change { before: Some(b), after: Some(a) }) => Some(a.value() as i8 - b.value() as i8),
        _ => None,
    }
}

/// Compares the records of one service; `None` when nothing differs.
pub fn compare_service(
    id: &str,
    before: Option<&ServiceRecord>,
    after: Option<&ServiceRecord>,
) -> Option<ServiceChange> {
    let empty = ServiceRecord::default();
    let (b, a) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
    if b == a {
        return None;
    }
    let kind = match (b.is_empty(), a.is_empty()) {
        (true, _) => ChangeKind::Added,
        (false, true) => ChangeKind::Removed,
        (false, false) => ChangeKind::Changed,
    };
    let texts = [
        (TextField::Reason, &b.reason, &a.reason),
        (TextField::Owner, &b.owner, &a.owner),
        (TextField::Evidence, &b.evidence, &a.evidence),
        (TextField::Note, &b.note, &a.note),
    ]
    .into_iter()
    .filter(|(_, x, y)| x != y)
    .map(|(f, _, _)| f)
    .collect();
    Some(ServiceChange {
        id: ServiceId::from(id),
        kind,
        need: Change::of(b.need, a.need),
        delivery: Change::of(b.delivery, a.delivery),
        current: Change::of(b.current, a.current),
        target: Change::of(b.target, a.target),
        priority: Change::of(b.priority, a.priority),
        texts,
        answered: Change { before: b.is_answered(), after: a.is_answered() },
    })
}

/// The evaluations of one scope (a category, or overall) on both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeComparison {
    pub before: ScopeEval,
    pub after: ScopeEval,
    pub progress: Change<Progress>,
}

/// After minus before, in tenths, of two averages as shown (rounded to one decimal); `None` when
/// either has no value.
pub fn average_delta(before: &Figure<Average>, after: &Figure<Average>) -> Option<i32> {
    match (before, after) {
        (Figure::Value(b), Figure::Value(a)) => Some(a.tenths() as i32 - b.tenths() as i32),
        _ => None,
    }
}

/// After minus before, in percentage points, of two ratios as shown (whole percent); `None`
/// when either has no value.
pub fn ratio_delta(before: &Figure<Ratio>, after: &Figure<Ratio>) -> Option<i32> {
    match (before, after) {
        (Figure::Value(b), Figure::Value(a)) => Some(a.percent() as i32 - b.percent() as i32),
        _ => None,
    }
}

impl ScopeComparison {
    fn of(c: &Catalogue, before: &Assessment, after: &Assessment, scope: Scope<'_>) -> ScopeComparison {
        let progress = |a: &Assessment| match scope {
            Scope::Overall => progress::overall(c, a),
            Scope::Category(id) => progress::category(c, a, id),
        };
        ScopeComparison {
            before: eval::scope_eval(c, before, scope),
            after: eval::scope_eval(c, after, scope),
            progress: Change { before: progress(before), after: progress(after) },
        }
    }

    /// Change of the average current level, in tenths.
    pub fn avg_current_delta(&self) -> Option<i32> {
        average_delta(&self.before.profile.avg_current, &self.after.profile.avg_current)
    }

    /// Change of the average target level, in tenths.
    pub fn avg_target_delta(&self) -> Option<i32> {
        average_delta(&self.before.profile.avg_target, &self.after.profile.avg_target)
    }

    /// Change of the average gap to target, in tenths (negative: closer to target).
    pub fn gap_delta(&self) -> Option<i32> {
        average_delta(&self.before.profile.gap, &self.after.profile.gap)
    }

    /// Change of coverage (delivered ÷ needed), in percentage points.
    pub fn coverage_delta(&self) -> Option<i32> {
        ratio_delta(&self.before.catalogue.coverage, &self.after.catalogue.coverage)
    }

    /// Change of the number of services needed.
    pub fn needed_delta(&self) -> i64 {
        self.after.catalogue.needed as i64 - self.before.catalogue.needed as i64
    }

    /// Change of the number of needed services delivered.
    pub fn delivered_delta(&self) -> i64 {
        self.after.catalogue.delivered as i64 - self.before.catalogue.delivered as i64
    }

    /// Change of the number of services answered.
    pub fn answered_delta(&self) -> i64 {
        self.progress.after.answered as i64 - self.progress.before.answered as i64
    }
}

/// One category: its figures on both sides and its services that changed, in catalogue order.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryComparison {
    pub id: CategoryId,
    pub figures: ScopeComparison,
    pub changes: Vec<ServiceChange>,
}

/// Who the two sides are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    pub name: String,
    pub organisation: String,
    pub created: String,
    pub updated: String,
    pub catalogue: CatalogueRef,
    /// Answers waiting for review after a catalogue change (counted in no figure).
    pub to_review: usize,
}

impl Side {
    fn of(a: &Assessment) -> Side {
        Side {
            name: a.name.clone(),
            organisation: a.profile.organisation.clone(),
            created: a.created.clone(),
            updated: a.updated.clone(),
            catalogue: a.catalogue.clone(),
            to_review: a.to_review.len(),
        }
    }
}

/// Everything that differs between two assessments.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub before: Side,
    pub after: Side,
    /// The two were made with the same catalogue (id and version).
    pub same_catalogue: bool,
    pub overall: ScopeComparison,
    /// Every category of the catalogue, in its order.
    pub categories: Vec<CategoryComparison>,
    /// Changes of services the catalogue lacks (answers kept from another catalogue), by id.
    pub unlisted: Vec<ServiceChange>,
}

impl Comparison {
    /// How many services changed in any way.
    pub fn change_count(&self) -> usize {
        self.categories.iter().map(|c| c.changes.len()).sum::<usize>() + self.unlisted.len()
    }
}

/// Compares `before` with `after`, against `catalogue` (the one in use).
pub fn compare(catalogue: &Catalogue, before: &Assessment, after: &Assessment) -> Comparison {
    let change = |id: &str| compare_service(id, before.services.get(id), after.services.get(id));
    let categories = catalogue
        .categories
        .iter()
        .map(|cat| CategoryComparison {
            id: cat.id.clone(),
            figures: ScopeComparison::of(catalogue, before, after, Scope::Category(&cat.id)),
            changes: catalogue.services_in(&cat.id).filter_map(|s| change(&s.id)).collect(),
        })
        .collect();
    let unlisted: BTreeSet<&ServiceId> =
        before.services.keys().chain(after.services.keys()).filter(|id| catalogue.service(id).is_none()).collect();
    Comparison {
        before: Side::of(before),
        after: Side::of(after),
        same_catalogue: before.catalogue == after.catalogue,
        overall: ScopeComparison::of(catalogue, before, after, Scope::Overall),
        categories,
        unlisted: unlisted.into_iter().filter_map(|id| change(id)).collect(),
    }
}
