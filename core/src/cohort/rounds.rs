//! Rounds: what changed between the last round's files and this round's, counted only over the
//! organisations present in both.
//!
//! Matching ([`match_rounds`]): an assessment is matched to the one of the other round with the
//! same `uid` (given when an assessment is created and kept by copies, downloads and imports,
//! docs/assessment-format.md). A uid found twice in one round matches nothing (it is not known
//! which file is meant). When the coordinator agrees, an assessment that is still unmatched and has
//! no uid is matched by organisation name (spaces trimmed, runs of spaces made one, without case)
//! to an unmatched assessment of the other round, if that name is found exactly once among the
//! unmatched of each round and at least one of the two has no uid (two different uids are two
//! different assessments).
//!
//! Figures ([`changes`]), per service (counts of organisations), per category and overall (answers
//! pooled, like the picture), over the matched pairs only:
//!
//! - `before`, `after`: current levels 0–5 of services marked needed, in each round;
//! - `moves`: up, same, down, for services marked needed with a current level in both rounds;
//! - `newly_needed`: not needed last round, needed now; `no_longer_needed`: the other way;
//! - `delivery`: for services marked needed with a delivery in both rounds: same delivery,
//!   started (not yet delivered last round, delivered now: in-house, outsourced or shared), other
//!   change. One distribution, so that its secondary suppression covers all three.
//!
//! Unanswered and not needed never count as a level. Anonymity is that of the picture
//! ([`super::picture`]): a cell resting on 1 to k−1 organisations is suppressed, with the same
//! secondary suppression in every distribution; with fewer than k matched organisations, no change
//! figure is given at all. Answers waiting for review (`to_review`) are not read.

use std::collections::HashMap;

use super::picture::{dist, Cell, Dist, Raw};
use super::K;
use crate::catalogue::Catalogue;
use crate::model::{Assessment, Delivery, Need};

/// How the two rounds were matched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matching {
    /// Matched pairs: (index in the last round, index in this round), in this round's order.
    pub pairs: Vec<(usize, usize)>,
    /// Pairs matched by uid.
    pub by_uid: u32,
    /// Pairs matched by organisation name.
    pub by_name: u32,
    /// Assessments of the last round left unmatched.
    pub last_unmatched: u32,
    /// Assessments of this round left unmatched.
    pub this_unmatched: u32,
}

/// The key an organisation name is compared by: trimmed, runs of spaces made one, lower case.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Indexes of the assessments by a key, keeping only keys found exactly once.
fn unique<'a>(items: impl Iterator<Item = (usize, &'a str)>) -> HashMap<&'a str, usize> {
    let mut seen: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, key) in items {
        if key.is_empty() {
            continue;
        }
        seen.entry(key).and_modify(|v| *v = None).or_insert(Some(i));
    }
    seen.into_iter().filter_map(|(k, v)| v.map(|i| (k, i))).collect()
}

/// Matches the assessments of the last round to those of this round: by uid, then (only when
/// `by_name` is true) by organisation name for those without a uid.
pub fn match_rounds(last: &[&Assessment], this: &[&Assessment], by_name: bool) -> Matching {
    let last_uid = unique(last.iter().enumerate().map(|(i, a)| (i, a.uid.trim())));
    let this_uid = unique(this.iter().enumerate().map(|(i, a)| (i, a.uid.trim())));
    let mut last_of: Vec<Option<usize>> = vec![None; this.len()];
    let mut last_taken = vec![false; last.len()];
    let mut by_uid = 0;
    for (uid, &j) in &this_uid {
        if let Some(&i) = last_uid.get(uid) {
            last_of[j] = Some(i);
            last_taken[i] = true;
            by_uid += 1;
        }
    }
    let mut by_name_n = 0;
    if by_name {
        let last_names: Vec<String> = last.iter().map(|a| name_key(&a.profile.organisation)).collect();
        let this_names: Vec<String> = this.iter().map(|a| name_key(&a.profile.organisation)).collect();
        let last_free =
            unique(last_names.iter().enumerate().filter(|(i, _)| !last_taken[*i]).map(|(i, n)| (i, n.as_str())));
        let this_free =
            unique(this_names.iter().enumerate().filter(|(j, _)| last_of[*j].is_none()).map(|(j, n)| (j, n.as_str())));
        for (name, &j) in &this_free {
            let Some(&i) = last_free.get(name) else {
                continue;
            };
            if !last[i].uid.trim().is_empty() && !this[j].uid.trim().is_empty() {
                continue;
            }
            last_of[j] = Some(i);
            last_taken[i] = true;
            by_name_n += 1;
        }
    }
    let pairs: Vec<(usize, usize)> = last_of.iter().enumerate().filter_map(|(j, i)| i.map(|i| (i, j))).collect();
    Matching {
        by_uid,
        by_name: by_name_n,
        last_unmatched: (last.len() - pairs.len()) as u32,
        this_unmatched: (this.len() - pairs.len()) as u32,
        pairs,
    }
}

/// The change figures of one service (counts of organisations) or of a category or the whole
/// catalogue (answers pooled).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeFigures {
    /// Current levels 0–5 last round (services marked needed then).
    pub before: Dist<6>,
    /// Current levels 0–5 this round (services marked needed now).
    pub after: Dist<6>,
    /// Up, same, down (needed with a current level in both rounds).
    pub moves: Dist<3>,
    /// Not needed last round, needed now.
    pub newly_needed: Cell,
    /// Needed last round, not needed now.
    pub no_longer_needed: Cell,
    /// Same delivery, now delivered (not yet last round), other change (needed with a delivery in
    /// both rounds).
    pub delivery: Dist<3>,
}

#[derive(Clone, Debug, Default)]
struct Acc {
    before: [Raw; 6],
    before_total: Raw,
    after: [Raw; 6],
    after_total: Raw,
    moves: [Raw; 3],
    moves_total: Raw,
    newly_needed: Raw,
    no_longer_needed: Raw,
    delivery: [Raw; 3],
    delivery_total: Raw,
}

impl Acc {
    fn add(&mut self, org: u32, last: &Assessment, this: &Assessment, service: &str) {
        self.add_side(org, last, this, service);
        let (Some(a), Some(b)) = (last.services.get(service), this.services.get(service)) else {
            return;
        };
        match (a.need, b.need) {
            (Some(Need::NotNeeded), Some(Need::Needed)) => self.newly_needed.add(org),
            (Some(Need::Needed), Some(Need::NotNeeded)) => self.no_longer_needed.add(org),
            (Some(Need::Needed), Some(Need::Needed)) => {
                if let (Some(x), Some(y)) = (a.current, b.current) {
                    let i = match y.value().cmp(&x.value()) {
                        std::cmp::Ordering::Greater => 0,
                        std::cmp::Ordering::Equal => 1,
                        std::cmp::Ordering::Less => 2,
                    };
                    self.moves[i].add(org);
                    self.moves_total.add(org);
                }
                if let (Some(x), Some(y)) = (a.delivery, b.delivery) {
                    let i = if x == y {
                        0
                    } else if x == Delivery::NotYet {
                        1
                    } else {
                        2
                    };
                    self.delivery[i].add(org);
                    self.delivery_total.add(org);
                }
            }
            _ => {}
        }
    }

    /// The level distributions of each side on their own.
    fn add_side(&mut self, org: u32, last: &Assessment, this: &Assessment, service: &str) {
        let level =
            |a: &Assessment| a.services.get(service).filter(|r| r.need == Some(Need::Needed)).and_then(|r| r.current);
        if let Some(l) = level(last) {
            self.before[usize::from(l.value())].add(org);
            self.before_total.add(org);
        }
        if let Some(l) = level(this) {
            self.after[usize::from(l.value())].add(org);
            self.after_total.add(org);
        }
    }

    fn figures(&self, k: K) -> ChangeFigures {
        ChangeFigures {
            before: dist(&self.before, self.before_total, k),
            after: dist(&self.after, self.after_total, k),
            moves: dist(&self.moves, self.moves_total, k),
            newly_needed: self.newly_needed.cell(k),
            no_longer_needed: self.no_longer_needed.cell(k),
            delivery: dist(&self.delivery, self.delivery_total, k),
        }
    }
}

/// One service's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceChange {
    pub service: String,
    pub category: String,
    pub figures: ChangeFigures,
}

/// One category's changes (answers pooled over its services).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryChange {
    pub category: String,
    pub figures: ChangeFigures,
}

/// What changed between two rounds, anonymised with k.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changes {
    pub k: K,
    /// Whether organisations without a uid were matched by name (the coordinator agreed).
    pub name_matching: bool,
    /// Organisations in both rounds (matched pairs).
    pub matched: Cell,
    pub by_uid: Cell,
    pub by_name: Cell,
    pub last_unmatched: Cell,
    pub this_unmatched: Cell,
    /// Empty with fewer than k matched organisations.
    pub services: Vec<ServiceChange>,
    pub categories: Vec<CategoryChange>,
    /// `None` with fewer than k matched organisations.
    pub overall: Option<ChangeFigures>,
}

impl Changes {
    /// No last round: nothing matched, no figure.
    pub fn none(k: K) -> Changes {
        let none = count(0, k);
        Changes {
            k,
            name_matching: false,
            matched: none,
            by_uid: none,
            by_name: none,
            last_unmatched: none,
            this_unmatched: none,
            services: Vec::new(),
            categories: Vec::new(),
            overall: None,
        }
    }
}

fn count(n: u32, k: K) -> Cell {
    if k.allows(n) {
        Cell::Shown(n)
    } else {
        Cell::Suppressed
    }
}

/// The changes between `last` and `this` (the counted assessments of each round), over the
/// organisations present in both ([`match_rounds`]).
pub fn changes(last: &[&Assessment], this: &[&Assessment], c: &Catalogue, k: K, by_name: bool) -> Changes {
    let m = match_rounds(last, this, by_name);
    let n = m.pairs.len() as u32;
    let mut out = Changes {
        k,
        name_matching: by_name,
        matched: count(n, k),
        by_uid: count(m.by_uid, k),
        by_name: count(m.by_name, k),
        last_unmatched: count(m.last_unmatched, k),
        this_unmatched: count(m.this_unmatched, k),
        services: Vec::new(),
        categories: Vec::new(),
        overall: None,
    };
    if n == 0 || n < k.value() {
        return out;
    }
    let mut services: Vec<(&str, &str, Acc)> =
        c.services.iter().map(|s| (s.id.as_str(), s.category.as_str(), Acc::default())).collect();
    let mut cats: Vec<(&str, Acc)> = c.categories.iter().map(|x| (x.id.as_str(), Acc::default())).collect();
    let mut overall = Acc::default();
    for (org, (i, j)) in m.pairs.iter().enumerate() {
        let org = org as u32;
        let (a, b) = (last[*i], this[*j]);
        for (id, cat, acc) in &mut services {
            acc.add(org, a, b, id);
            overall.add(org, a, b, id);
            if let Some((_, cacc)) = cats.iter_mut().find(|(cid, _)| cid == cat) {
                cacc.add(org, a, b, id);
            }
        }
    }
    out.services = services
        .into_iter()
        .map(|(s, cat, acc)| ServiceChange {
            service: s.to_string(),
            category: cat.to_string(),
            figures: acc.figures(k),
        })
        .collect();
    out.categories = cats
        .into_iter()
        .map(|(cat, acc)| CategoryChange { category: cat.to_string(), figures: acc.figures(k) })
        .collect();
    out.overall = Some(overall.figures(k));
    out
}
