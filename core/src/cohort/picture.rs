//! The picture: counts over the counted assessments, per service, per category and overall, for
//! all organisations or per group of one profile field.
//!
//! Every figure is a count, never a mean alone: a distribution of levels 0–5 shows that 0, 3, 3 is
//! not a 2. Only services of the catalogue count. A service with no answer on need counts as
//! "unanswered", one marked not needed as "not needed", and neither ever counts as level 0; levels,
//! delivery, gap and missing count only services marked needed (a level left on a service marked
//! not needed counts nowhere, as in every evaluation of the app).
//!
//! - Per service, each count is a number of organisations.
//! - Per category and overall, answers are pooled: a count is a number of (organisation, service)
//!   answers, and the cell also knows how many organisations it rests on.
//!
//! Anonymity ([`K`]): a cell that rests on 1 to k−1 organisations is [`Cell::Suppressed`]
//! (primary suppression). In a distribution whose total is shown, one suppressed part could be
//! worked out from the total and the others, so when any part is suppressed the zero parts are
//! suppressed too, and if only one non-zero part is suppressed the smallest other non-zero part is
//! suppressed with it (secondary suppression). A group of fewer than k organisations is left out
//! whole, label included; the picture says only how many groups were left out.

use super::{GroupBy, K};
use crate::catalogue::Catalogue;
use crate::ids::{CategoryId, ServiceId};
use crate::model::{Assessment, Delivery, Need};

/// One figure as it may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// The count, resting on no organisation or on at least k.
    Shown(u32),
    /// Rests on fewer than k organisations (or would reveal such a figure): not shown.
    Suppressed,
}

impl Cell {
    /// The count, if shown.
    pub fn value(self) -> Option<u32> {
        match self {
            Cell::Shown(n) => Some(n),
            Cell::Suppressed => None,
        }
    }

    /// The cell as text: the count, or `<k`.
    pub fn text(self, k: K) -> String {
        match self {
            Cell::Shown(n) => n.to_string(),
            Cell::Suppressed => format!("<{k}"),
        }
    }
}

/// A count before anonymity: its value and how many organisations it rests on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Raw {
    pub value: u32,
    pub orgs: u32,
    /// The last organisation counted (organisations are counted one after the other).
    last: Option<u32>,
}

impl Raw {
    pub(super) fn add(&mut self, org: u32) {
        self.value += 1;
        if self.last != Some(org) {
            self.orgs += 1;
            self.last = Some(org);
        }
    }

    pub(super) fn cell(self, k: K) -> Cell {
        if k.allows(self.orgs) {
            Cell::Shown(self.value)
        } else {
            Cell::Suppressed
        }
    }
}

/// A distribution: one cell per part (levels 0–5, or the four deliveries) and its total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dist<const N: usize> {
    pub parts: [Cell; N],
    pub total: Cell,
}

pub(super) fn dist<const N: usize>(raw: &[Raw; N], total: Raw, k: K) -> Dist<N> {
    let mut parts = raw.map(|r| r.cell(k));
    let total = total.cell(k);
    if total != Cell::Suppressed && parts.contains(&Cell::Suppressed) {
        let hidden_nonzero = parts.iter().zip(raw).filter(|(c, r)| **c == Cell::Suppressed && r.value > 0).count();
        for (c, r) in parts.iter_mut().zip(raw) {
            if r.value == 0 {
                *c = Cell::Suppressed;
            }
        }
        if hidden_nonzero == 1 {
            let smallest =
                parts.iter().enumerate().filter_map(|(i, c)| c.value().filter(|v| *v > 0).map(|v| (v, i))).min();
            if let Some((_, i)) = smallest {
                parts[i] = Cell::Suppressed;
            }
        }
    }
    Dist { parts, total }
}

/// Counts before anonymity.
#[derive(Clone, Debug, Default)]
struct Acc {
    needed: Raw,
    not_needed: Raw,
    unanswered: Raw,
    current: [Raw; 6],
    current_total: Raw,
    target: [Raw; 6],
    target_total: Raw,
    delivery: [Raw; 4],
    delivery_total: Raw,
    gap: [Raw; 6],
    gap_total: Raw,
    missing: Raw,
}

fn delivery_index(d: Delivery) -> usize {
    match d {
        Delivery::InHouse => 0,
        Delivery::Outsourced => 1,
        Delivery::Shared => 2,
        Delivery::NotYet => 3,
    }
}

impl Acc {
    fn add(&mut self, org: u32, a: &Assessment, service: &str) {
        let Some(r) = a.services.get(service) else {
            self.unanswered.add(org);
            return;
        };
        match r.need {
            None => self.unanswered.add(org),
            Some(Need::NotNeeded) => self.not_needed.add(org),
            Some(Need::Needed) => {
                self.needed.add(org);
                if let Some(d) = r.delivery {
                    self.delivery[delivery_index(d)].add(org);
                    self.delivery_total.add(org);
                }
                if let Some(c) = r.current {
                    self.current[usize::from(c.value())].add(org);
                    self.current_total.add(org);
                }
                if let Some(t) = r.target {
                    self.target[usize::from(t.value())].add(org);
                    self.target_total.add(org);
                }
                if let (Some(c), Some(t)) = (r.current, r.target) {
                    self.gap[usize::from(t.value().saturating_sub(c.value()))].add(org);
                    self.gap_total.add(org);
                }
                if r.delivery == Some(Delivery::NotYet) || r.current.is_some_and(|c| c.value() == 0) {
                    self.missing.add(org);
                }
            }
        }
    }

    fn figures(&self, k: K) -> Figures {
        Figures {
            needed: self.needed.cell(k),
            not_needed: self.not_needed.cell(k),
            unanswered: self.unanswered.cell(k),
            current: dist(&self.current, self.current_total, k),
            target: dist(&self.target, self.target_total, k),
            delivery: dist(&self.delivery, self.delivery_total, k),
            gap: dist(&self.gap, self.gap_total, k),
            missing: self.missing.cell(k),
        }
    }
}

/// The figures of one service (counts of organisations) or of a category or the whole catalogue
/// (counts of answers, pooled).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    /// Marked needed.
    pub needed: Cell,
    /// Marked not needed.
    pub not_needed: Cell,
    /// No answer on need.
    pub unanswered: Cell,
    /// Current levels 0–5 of needed services.
    pub current: Dist<6>,
    /// Target levels 0–5 of needed services.
    pub target: Dist<6>,
    /// In-house, outsourced, shared, not yet, of needed services.
    pub delivery: Dist<4>,
    /// Gap `max(target − current, 0)`, 0–5, of needed services with both levels.
    pub gap: Dist<6>,
    /// Needed, and not delivered yet or at level 0.
    pub missing: Cell,
}

/// One service's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceRow {
    pub service: ServiceId,
    pub category: CategoryId,
    pub figures: Figures,
}

/// One category's row (answers pooled over its services).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryRow {
    pub category: CategoryId,
    /// Organisations that need at least one service of the category.
    pub organisations_needing: Cell,
    pub figures: Figures,
}

/// Which organisations a group holds.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupLabel {
    /// Every organisation counted.
    All,
    /// The profile field left empty.
    NotGiven,
    /// Organisations with this value of the field.
    Value(String),
    /// The files of one round (grouping by round).
    Round(super::Round),
}

impl GroupLabel {
    /// The label in exports: `*` for all, `` for not given, else the value.
    pub fn key(&self) -> &str {
        match self {
            GroupLabel::All => "*",
            GroupLabel::NotGiven => "",
            GroupLabel::Value(v) => v,
            GroupLabel::Round(r) => r.key(),
        }
    }
}

/// The picture of one group of at least k organisations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub label: GroupLabel,
    /// At least k.
    pub organisations: u32,
    pub services: Vec<ServiceRow>,
    pub categories: Vec<CategoryRow>,
    pub overall: Figures,
    /// Services most often missing: (service id, organisations), most first, at most ten, only
    /// shown counts above 0.
    pub most_missing: Vec<(ServiceId, u32)>,
}

/// The whole picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub k: K,
    pub group_by: GroupBy,
    /// Organisations counted, if at least k.
    pub organisations: Cell,
    /// Groups of at least k organisations, in order of their label.
    pub groups: Vec<Group>,
    /// Groups of fewer than k organisations, left out whole.
    pub hidden_groups: u32,
    /// What changed since the last round, when one is loaded ([`super::rounds::changes`]).
    pub changes: Option<super::rounds::Changes>,
}

/// How many services the "most often missing" list holds at most.
pub const MOST_MISSING: usize = 10;

fn group(label: GroupLabel, members: &[&Assessment], c: &Catalogue, k: K) -> Group {
    let mut services: Vec<(ServiceId, CategoryId, Acc)> =
        c.services.iter().map(|s| (s.id.clone(), s.category.clone(), Acc::default())).collect();
    let mut cats: Vec<(CategoryId, Raw, Acc)> =
        c.categories.iter().map(|cat| (cat.id.clone(), Raw::default(), Acc::default())).collect();
    let mut overall = Acc::default();
    for (org, a) in members.iter().enumerate() {
        let org = org as u32;
        for (id, cat, acc) in &mut services {
            acc.add(org, a, id);
            overall.add(org, a, id);
            if let Some((_, needing, cacc)) = cats.iter_mut().find(|(cid, _, _)| cid == cat) {
                cacc.add(org, a, id);
                if a.services.get(id.as_str()).is_some_and(|r| r.need == Some(Need::Needed))
                    && needing.last != Some(org)
                {
                    needing.add(org);
                }
            }
        }
    }
    let services: Vec<ServiceRow> = services
        .into_iter()
        .map(|(service, category, acc)| ServiceRow { service, category, figures: acc.figures(k) })
        .collect();
    let mut most_missing: Vec<(ServiceId, u32)> = services
        .iter()
        .filter_map(|s| s.figures.missing.value().filter(|n| *n > 0).map(|n| (s.service.clone(), n)))
        .collect();
    // Stable sort: equal counts keep catalogue order.
    most_missing.sort_by_key(|m| std::cmp::Reverse(m.1));
    most_missing.truncate(MOST_MISSING);
    Group {
        label,
        organisations: members.len() as u32,
        services,
        categories: cats
            .into_iter()
            .map(|(category, needing, acc)| CategoryRow {
                category,
                organisations_needing: needing.cell(k),
                figures: acc.figures(k),
            })
            .collect(),
        overall: overall.figures(k),
        most_missing,
    }
}

/// The picture of `counted` against catalogue `c`, anonymised with `k`.
pub fn picture(counted: &[&Assessment], c: &Catalogue, group_by: GroupBy, k: K) -> Picture {
    let n = counted.len() as u32;
    let organisations = Raw { value: n, orgs: n, last: None }.cell(k);
    let mut groups = Vec::new();
    let mut hidden_groups = 0;
    if n == 0 || n < k.value() {
        return Picture { k, group_by, organisations, groups, hidden_groups: u32::from(n > 0), changes: None };
    }
    if group_by == GroupBy::All {
        groups.push(group(GroupLabel::All, counted, c, k));
        return Picture { k, group_by, organisations, groups, hidden_groups, changes: None };
    }
    if group_by == GroupBy::Round {
        // One round only: all of it is this round.
        groups.push(group(GroupLabel::Round(super::Round::This), counted, c, k));
        return Picture { k, group_by, organisations, groups, hidden_groups, changes: None };
    }
    // Groups compared without case; labelled by the first spelling met.
    let mut split: Vec<(Option<String>, GroupLabel, Vec<&Assessment>)> = Vec::new();
    for a in counted {
        let value = group_by.value(&a.profile);
        let key = value.as_ref().map(|v| v.to_lowercase());
        match split.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, members)) => members.push(a),
            None => {
                let label = value.map_or(GroupLabel::NotGiven, GroupLabel::Value);
                split.push((key, label, vec![a]));
            }
        }
    }
    split.sort_by(|a, b| a.1.cmp(&b.1));
    for (_, label, members) in split {
        if (members.len() as u32) < k.value() {
            hidden_groups += 1;
        } else {
            groups.push(group(label, &members, c, k));
        }
    }
    Picture { k, group_by, organisations, groups, hidden_groups, changes: None }
}

/// The picture of two rounds side by side: one group per round (the last round first), each
/// left out whole when it has fewer than k organisations.
pub fn picture_by_round(last: &[&Assessment], this: &[&Assessment], c: &Catalogue, k: K) -> Picture {
    let n = (last.len() + this.len()) as u32;
    let organisations = Raw { value: n, orgs: n, last: None }.cell(k);
    let mut groups = Vec::new();
    let mut hidden_groups = 0;
    for (round, members) in [(super::Round::Last, last), (super::Round::This, this)] {
        if members.is_empty() {
            continue;
        }
        if (members.len() as u32) < k.value() {
            hidden_groups += 1;
        } else {
            groups.push(group(GroupLabel::Round(round), members, c, k));
        }
    }
    Picture { k, group_by: GroupBy::Round, organisations, groups, hidden_groups, changes: None }
}
