//! Moving an assessment's answers from the catalogue it was made with to another one: a newer
//! built-in catalogue, a catalogue file with the official text, a national adaptation
//! (docs/catalogue-editions.md).
//!
//! Answers are kept by service id. Between two catalogues that is only safe where the id names
//! the same service in both: an id that is provisional in either may carry another service's
//! number. So [`plan`] decides, for every answered service, one of three things, and the preview
//! shows them before anything changes:
//!
//! - **carried**: the same service in the new catalogue (the mapping says kept, renamed or moved to
//!   a confirmed service, or the id is confirmed in both catalogues); counted as before;
//! - **to review**: proposed for one or more services whose identity is not certain (a provisional
//!   id, a split, a merge, a rename or move onto a provisional service); kept apart in
//!   [`Assessment::to_review`], counted in no figure until the user confirms it;
//! - **kept aside**: its id is in no service of the new catalogue; kept under that id, shown as
//!   "not in this catalogue", counted nowhere (as before).
//!
//! Nothing is dropped: [`apply`] puts every answer in exactly one of these places.

pub mod mapping;
pub mod text;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use crate::catalogue::{Catalogue, LocalText, Provenance};
use crate::ids::ServiceId;
use crate::model::{Assessment, CatalogueRef, Origin, ReviewReason, ServiceRecord, ToReview};
pub use mapping::{Change, Entry, Mapping, MappingError};

/// Where one answer goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The same service in the new catalogue. `change` is what the mapping says (`None`: matched
    /// by an id confirmed in both catalogues).
    Carried { to: ServiceId, change: Option<Change> },
    /// Proposed for `to` (empty: for no service), to be reviewed.
    ToReview { to: Vec<ServiceId>, why: ReviewReason },
    /// In no service of the new catalogue: kept under its id.
    Aside,
}

/// One answered service of the assessment, and where its answer goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    /// Its id in the old catalogue.
    pub from: ServiceId,
    /// Its title in the old catalogue (empty when that catalogue is not at hand).
    pub from_title: LocalText,
    pub answer: ServiceRecord,
    pub outcome: Outcome,
}

impl Move {
    /// Whether the change touches this answer (the preview lists those): anything but an
    /// answer that stays on a service with the same id and title.
    pub fn is_touched(&self) -> bool {
        !matches!(self.outcome, Outcome::Carried { change: None | Some(Change::Kept), .. })
    }
}

/// Everything a catalogue change does to one assessment: what the preview shows and what
/// [`apply`] does, from one model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub from: CatalogueRef,
    pub to: CatalogueRef,
    /// Whether a mapping between the two catalogues was used.
    pub mapped: bool,
    /// Whether the old catalogue was at hand (its titles and provenance known).
    pub old_known: bool,
    /// Every answered service, in the old catalogue's order, then others by id.
    pub moves: Vec<Move>,
    /// Answers already waiting for review, with the service now proposed for each.
    pub pending: Vec<ToReview>,
}

impl Plan {
    /// The answers the change touches.
    pub fn touched(&self) -> impl Iterator<Item = &Move> {
        self.moves.iter().filter(|m| m.is_touched())
    }

    /// How many answers keep their service.
    pub fn carried_count(&self) -> usize {
        self.moves.iter().filter(|m| matches!(m.outcome, Outcome::Carried { .. })).count()
    }

    /// How many answers are kept aside under their id.
    pub fn aside_count(&self) -> usize {
        self.moves.iter().filter(|m| m.outcome == Outcome::Aside).count()
    }

    /// How many answers go to review (a split counts once per proposed service).
    pub fn to_review_count(&self) -> usize {
        self.moves
            .iter()
            .map(|m| match &m.outcome {
                Outcome::ToReview { to, .. } => to.len().max(1),
                _ => 0,
            })
            .sum::<usize>()
            + self.pending.len()
    }
}

/// Whether `a` was made with another catalogue than `c` (and so needs a [`plan`]).
pub fn needs_plan(a: &Assessment, c: &Catalogue) -> bool {
    a.catalogue.id != c.id || a.catalogue.version != c.version
}

/// The mappings that lead to `new`: its own (`mappings` in the catalogue file, checked against
/// it) and the `shipped` ones whose `to` is `new`. A mapping of the catalogue file that breaks a
/// rule is returned as an error, with its place, and not used.
pub fn mappings_to(new: &Catalogue, shipped: &[Mapping]) -> (Vec<Mapping>, Vec<MappingError>) {
    let to = CatalogueRef { id: new.id.clone(), version: new.version.clone() };
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for (i, v) in new.mappings.iter().enumerate() {
        let read = serde_path_to_error::deserialize::<_, Mapping>(v.clone())
            .map_err(|e| {
                let at = e.path().to_string();
                MappingError::Syntax { detail: format!("mappings[{i}].{at}: {}", e.into_inner()) }
            })
            .and_then(|m| match &m.to {
                Some(t) if *t != to => Err(MappingError::Invalid {
                    at: format!("mappings[{i}].to"),
                    problem: "expected this catalogue's own id and version, or nothing".into(),
                }),
                _ => m.check_against(None, new).map(|_| m),
            });
        match read {
            Ok(m) => ok.push(m),
            Err(e) => bad.push(e),
        }
    }
    ok.extend(shipped.iter().filter(|m| m.to.as_ref() == Some(&to)).cloned());
    (ok, bad)
}

/// The mapping from `from` among `mappings`.
pub fn find_mapping<'a>(from: &CatalogueRef, mappings: &'a [Mapping]) -> Option<&'a Mapping> {
    mappings.iter().find(|m| m.from == *from)
}

fn confirmed(c: &Catalogue, id: &str) -> bool {
    c.service(id).is_some_and(|s| s.provenance == Provenance::Confirmed)
}

/// Where the answers of `a` go when it moves to `new`. `old` is the catalogue `a` was made with,
/// when at hand; `mapping` leads from it to `new`, when there is one.
pub fn plan(a: &Assessment, old: Option<&Catalogue>, new: &Catalogue, mapping: Option<&Mapping>) -> Plan {
    let old = old.filter(|o| o.id == a.catalogue.id && o.version == a.catalogue.version);
    let mut order: Vec<&ServiceId> = Vec::new();
    if let Some(o) = old {
        order.extend(o.services.iter().map(|s| &s.id).filter(|id| a.services.contains_key(*id)));
    }
    let listed: BTreeSet<&ServiceId> = order.iter().copied().collect();
    order.extend(a.services.keys().filter(|id| !listed.contains(id)));

    let mut moves: Vec<Move> = order
        .into_iter()
        .map(|id| {
            let answer = a.services[id].clone();
            let from_title = old.and_then(|o| o.service(id)).map(|s| s.title.clone()).unwrap_or_default();
            let in_old = old.is_some_and(|o| o.service(id).is_some());
            let outcome = outcome(id, in_old, old, new, mapping);
            Move { from: id.clone(), from_title, answer, outcome }
        })
        .collect();

    // Two answers carried into one service: only the first stays carried, the others go to
    // review (a mapping that passed `check` never does this; ids matched alone can).
    let mut taken = BTreeSet::new();
    for m in &mut moves {
        if let Outcome::Carried { to, .. } = &m.outcome {
            if !taken.insert(to.clone()) {
                m.outcome = Outcome::ToReview { to: vec![to.clone()], why: ReviewReason::Merged };
            }
        }
    }

    let pending = a
        .to_review
        .iter()
        .map(|t| {
            let mut t = t.clone();
            t.service = t.service.as_deref().and_then(|s| retarget(s, new, mapping));
            t
        })
        .collect();
    Plan {
        from: a.catalogue.clone(),
        to: CatalogueRef { id: new.id.clone(), version: new.version.clone() },
        mapped: mapping.is_some(),
        old_known: old.is_some(),
        moves,
        pending,
    }
}

/// The outcome for the answer of old service `id`.
fn outcome(id: &str, in_old: bool, old: Option<&Catalogue>, new: &Catalogue, mapping: Option<&Mapping>) -> Outcome {
    let mapped = mapping.is_some();
    let entry = mapping.and_then(|m| m.entry(id));
    if let Some(e) = entry {
        let targets: Vec<ServiceId> = e.targets().into_iter().filter(|t| new.service(t).is_some()).collect();
        return match e.change {
            Change::Kept => match targets.first() {
                Some(t) => Outcome::Carried { to: t.clone(), change: Some(Change::Kept) },
                None => aside_or_removed(id, new),
            },
            Change::Renamed | Change::Moved => match targets.first() {
                Some(t) if confirmed(new, t) => Outcome::Carried { to: t.clone(), change: Some(e.change) },
                Some(t) => Outcome::ToReview {
                    to: vec![t.clone()],
                    why: if e.change == Change::Renamed { ReviewReason::Renamed } else { ReviewReason::Moved },
                },
                None => aside_or_removed(id, new),
            },
            Change::Split if !targets.is_empty() => Outcome::ToReview { to: targets, why: ReviewReason::Split },
            Change::Merged if !targets.is_empty() => Outcome::ToReview { to: targets, why: ReviewReason::Merged },
            Change::Split | Change::Merged | Change::Removed => aside_or_removed(id, new),
        };
    }
    if new.service(id).is_none() {
        return Outcome::Aside;
    }
    if mapped {
        // A mapping speaks for the whole catalogue: a service it does not list is kept.
        return Outcome::Carried { to: id.into(), change: Some(Change::Kept) };
    }
    // Matched by id alone: certain only where the id is confirmed in both catalogues.
    let old_confirmed = in_old && old.is_some_and(|o| confirmed(o, id));
    if old_confirmed && confirmed(new, id) {
        Outcome::Carried { to: id.into(), change: None }
    } else {
        Outcome::ToReview { to: vec![id.into()], why: ReviewReason::ProvisionalId }
    }
}

/// A service that is gone: aside under its id, unless that id now names another service.
fn aside_or_removed(id: &str, new: &Catalogue) -> Outcome {
    if new.service(id).is_some() {
        Outcome::ToReview { to: Vec::new(), why: ReviewReason::Removed }
    } else {
        Outcome::Aside
    }
}

/// The service now proposed for an answer already waiting for review that was proposed for `id`.
fn retarget(id: &str, new: &Catalogue, mapping: Option<&Mapping>) -> Option<ServiceId> {
    match mapping.and_then(|m| m.entry(id)) {
        Some(e) => e.targets().into_iter().find(|t| new.service(t).is_some()),
        None => new.service(id).map(|s| s.id.clone()),
    }
}

/// The assessment after the change: every answer carried, waiting for review, or kept aside, as
/// `plan` says; made with `new` from now on.
pub fn apply(a: &Assessment, plan: &Plan, now: &str) -> Assessment {
    let mut out = a.clone();
    out.services.clear();
    out.to_review = plan.pending.clone();
    let origin =
        |m: &Move| Origin { service: m.from.clone(), title: m.from_title.clone(), catalogue: plan.from.clone() };
    for m in &plan.moves {
        match &m.outcome {
            Outcome::Carried { to, .. } => {
                out.services.insert(to.clone(), m.answer.clone());
            }
            Outcome::Aside => {
                out.services.insert(m.from.clone(), m.answer.clone());
            }
            Outcome::ToReview { to, why } if to.is_empty() => {
                out.to_review.push(ToReview { service: None, from: origin(m), why: *why, answer: m.answer.clone() })
            }
            Outcome::ToReview { to, why } => out.to_review.extend(to.iter().map(|t| ToReview {
                service: Some(t.clone()),
                from: origin(m),
                why: *why,
                answer: m.answer.clone(),
            })),
        }
    }
    out.catalogue = plan.to.clone();
    out.updated = now.to_string();
    out
}

/// Why an answer waiting for review could not be confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfirmError {
    /// There is no such answer (another tab may have confirmed it).
    Gone,
    /// The service already has an answer of its own: it is never overwritten.
    Answered,
    /// Not a service of the catalogue in use.
    UnknownService,
}

impl Assessment {
    /// Confirms answer `index` of [`Assessment::to_review`] for `service` (the proposed one or any
    /// other the user chose): it becomes that service's answer and counts from now on. Refused,
    /// changing nothing, when the service already has an answer.
    pub fn confirm_review(
        &mut self,
        index: usize,
        service: &ServiceId,
        catalogue: &Catalogue,
        now: &str,
    ) -> Result<(), ConfirmError> {
        if index >= self.to_review.len() {
            return Err(ConfirmError::Gone);
        }
        if catalogue.service(service).is_none() {
            return Err(ConfirmError::UnknownService);
        }
        if !self.can_take_review(service) {
            return Err(ConfirmError::Answered);
        }
        self.take_review(index, service);
        self.updated = now.to_string();
        Ok(())
    }

    /// Whether an answer to review can be confirmed for `service`: only while it has no answer of
    /// its own (one is never overwritten).
    pub fn can_take_review(&self, service: &str) -> bool {
        self.services.get(service).is_none_or(|r| r.is_empty())
    }

    /// Moves answer `index` to review into `service` if that service has no answer. Returns
    /// whether it did.
    pub(crate) fn take_review(&mut self, index: usize, service: &ServiceId) -> bool {
        if index >= self.to_review.len() || !self.can_take_review(service) {
            return false;
        }
        let t = self.to_review.remove(index);
        self.services.insert(service.clone(), t.answer);
        true
    }

    /// The answers waiting for review proposed for `service`, with their index.
    pub fn reviews_for<'a>(&'a self, service: &'a str) -> impl Iterator<Item = (usize, &'a ToReview)> + 'a {
        self.to_review.iter().enumerate().filter(move |(_, t)| t.service.as_deref() == Some(service))
    }
}

/// The previous built-in catalogue (2026.11), reduced to what moving answers needs: ids,
/// categories, provenance and titles. Only the edition part carries it.
pub const PREVIOUS_BUILTIN_JSON: &str = include_str!("../../catalogue/builtin-2026.11.json");
/// The mapping from the previous built-in catalogue to the current one.
pub const BUILTIN_MAPPING_JSON: &str = include_str!("../../catalogue/mapping-builtin-2026.11-2026.12.json");

/// The mappings this app ships (from earlier built-in catalogues), read once. Tested, so never
/// empty.
pub fn shipped_mappings() -> &'static [Mapping] {
    static SHIPPED: OnceLock<Vec<Mapping>> = OnceLock::new();
    SHIPPED.get_or_init(|| Mapping::parse(BUILTIN_MAPPING_JSON).into_iter().collect())
}

/// The catalogue that `r` names, when this app has it: `current`, the built-in one, or an
/// earlier built-in one (the last two read once, so that the workbench can move thousands of
/// files). A catalogue file used before is not kept: answers made with it are matched without its
/// titles, so every one on a service with the same id goes to review.
pub fn catalogue_at_hand<'a>(r: &CatalogueRef, current: &'a Catalogue) -> Option<&'a Catalogue> {
    static BUILTIN: OnceLock<Catalogue> = OnceLock::new();
    static PREVIOUS: OnceLock<Option<Catalogue>> = OnceLock::new();
    let names = |c: &Catalogue| c.id == r.id && c.version == r.version;
    if names(current) {
        return Some(current);
    }
    let builtin = BUILTIN.get_or_init(Catalogue::builtin);
    if names(builtin) {
        return Some(builtin);
    }
    PREVIOUS.get_or_init(|| Catalogue::parse(PREVIOUS_BUILTIN_JSON).ok()).as_ref().filter(|c| names(c))
}

/// The whole plan for moving `a` to `new`, with what this app has at hand: the old catalogue if
/// known, and a mapping from the new catalogue's own or the shipped ones. Also returns the
/// problems of the new catalogue's own mappings (those are not used).
pub fn plan_for(a: &Assessment, new: &Catalogue) -> (Plan, Vec<MappingError>) {
    let old = catalogue_at_hand(&a.catalogue, new);
    let (mappings, bad) = mappings_to(new, shipped_mappings());
    let mapping = find_mapping(&a.catalogue, &mappings);
    (plan(a, old, new, mapping), bad)
}
