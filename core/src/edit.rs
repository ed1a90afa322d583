//! Every change a user can make to an assessment, as one typed enum, and the pure function that
//! applies it. The web app's reducer calls this and nothing else to change answers.

use crate::ids::ServiceId;
use crate::model::{Assessment, Delivery, Level, Need, Priority, ProfileField};

/// A free-text field of a service record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Reason,
    Owner,
    Evidence,
    Note,
}

impl TextField {
    pub fn key(self) -> &'static str {
        match self {
            TextField::Reason => "reason",
            TextField::Owner => "owner",
            TextField::Evidence => "evidence",
            TextField::Note => "note",
        }
    }
}

/// One change to an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetName(String),
    SetProfile {
        field: ProfileField,
        value: String,
    },
    SetNeed {
        service: ServiceId,
        need: Option<Need>,
    },
    SetDelivery {
        service: ServiceId,
        delivery: Option<Delivery>,
    },
    SetCurrent {
        service: ServiceId,
        level: Option<Level>,
    },
    SetTarget {
        service: ServiceId,
        level: Option<Level>,
    },
    SetPriority {
        service: ServiceId,
        priority: Option<Priority>,
    },
    SetText {
        service: ServiceId,
        field: TextField,
        value: String,
    },
    /// Forget every answer of one service.
    ClearService {
        service: ServiceId,
    },
    /// Make answer `index` of [`Assessment::to_review`] the answer of `service` (the user has
    /// confirmed it). Changes nothing if the service already has an answer or the index is gone
    /// (see [`Assessment::confirm_review`], which says why).
    ConfirmReview {
        index: usize,
        service: ServiceId,
    },
}

/// Longest text we keep in one field, in characters. Longer input is cut, never refused.
pub const MAX_TEXT_CHARS: usize = 10_000;

fn clip(s: String) -> String {
    if s.chars().count() > MAX_TEXT_CHARS {
        s.chars().take(MAX_TEXT_CHARS).collect()
    } else {
        s
    }
}

impl Assessment {
    /// Applies `edit`, stamping `now` as the time of change. Returns whether anything changed.
    pub fn apply(&mut self, edit: Edit, now: &str) -> bool {
        let changed = match edit {
            Edit::SetName(v) => set(&mut self.name, clip(v)),
            Edit::SetProfile { field, value } => set(self.profile.get_mut(field), clip(value)),
            Edit::ClearService { service } => self.services.remove(service.as_str()).is_some(),
            Edit::ConfirmReview { index, service } => self.take_review(index, &service),
            Edit::SetNeed { service, need } => self.with(&service, |r| set(&mut r.need, need)),
            Edit::SetDelivery { service, delivery } => self.with(&service, |r| set(&mut r.delivery, delivery)),
            Edit::SetCurrent { service, level } => self.with(&service, |r| set(&mut r.current, level)),
            Edit::SetTarget { service, level } => self.with(&service, |r| set(&mut r.target, level)),
            Edit::SetPriority { service, priority } => self.with(&service, |r| set(&mut r.priority, priority)),
            Edit::SetText { service, field, value } => self.with(&service, |r| {
                let slot = match field {
                    TextField::Reason => &mut r.reason,
                    TextField::Owner => &mut r.owner,
                    TextField::Evidence => &mut r.evidence,
                    TextField::Note => &mut r.note,
                };
                set(slot, clip(value))
            }),
        };
        if changed {
            self.updated = now.to_string();
        }
        changed
    }

    /// Runs `f` on the record of `service`, creating it if needed and dropping it if it ends empty.
    fn with(&mut self, service: &ServiceId, f: impl FnOnce(&mut crate::model::ServiceRecord) -> bool) -> bool {
        let rec = self.services.entry(service.clone()).or_default();
        let changed = f(rec);
        if rec.is_empty() {
            self.services.remove(service.as_str());
        }
        changed
    }
}

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}
