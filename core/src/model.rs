//! What a user records: the organisation profile and one record per service (method.md).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::ServiceId;

/// Whether the organisation needs a service in its cyber defence centre.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Needed,
    NotNeeded,
}

/// Who delivers a needed service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    InHouse,
    Outsourced,
    /// Partly in-house, partly outsourced.
    Shared,
    /// Needed but nobody delivers it yet.
    NotYet,
}

impl Delivery {
    pub const ALL: [Delivery; 4] = [Delivery::InHouse, Delivery::Outsourced, Delivery::Shared, Delivery::NotYet];
}

/// How important improving a service is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}

/// A capability level from 0 (not performed) to 5 (optimising). Read from a whole number, also
/// one written with a decimal point (`2.0`), which JSON Schema counts as an integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "u8")]
pub struct Level(u8);

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Level, D::Error> {
        use serde::de::{Error, Unexpected};
        let n = crate::json::deserialize_whole(d, "a whole number from 0 to 5")?;
        let small = u8::try_from(n)
            .map_err(|_| D::Error::invalid_value(Unexpected::Unsigned(n), &"a whole number from 0 to 5"))?;
        Level::try_from(small).map_err(D::Error::custom)
    }
}

impl Level {
    pub const MAX: u8 = 5;

    /// The level `n`, if it is on the scale.
    pub fn new(n: u8) -> Option<Level> {
        (n <= Self::MAX).then_some(Level(n))
    }

    /// Every level, 0 to 5.
    pub fn all() -> impl Iterator<Item = Level> {
        (0..=Self::MAX).map(Level)
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Level::new(n).ok_or_else(|| format!("level {n} is outside the scale 0 to 5"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

/// Everything recorded for one service. Empty text and `None` mean "not answered".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need: Option<Need>,
    /// Why the service is not needed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// Current level (As-Is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<Level>,
    /// Target level (To-Be).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl ServiceRecord {
    /// Whether nothing at all has been recorded.
    pub fn is_empty(&self) -> bool {
        *self == ServiceRecord::default()
    }

    /// What a needed service still lacks before it counts as answered: `None` once it is
    /// answered or while nothing is said about its need.
    pub fn missing(&self) -> Option<Missing> {
        match (self.need, self.delivery.is_some(), self.current.is_some()) {
            (Some(Need::Needed), false, false) => Some(Missing::DeliveryAndCurrent),
            (Some(Need::Needed), false, true) => Some(Missing::Delivery),
            (Some(Need::Needed), true, false) => Some(Missing::Current),
            _ => None,
        }
    }

    /// Answered: marked not needed, or needed with a delivery and a current level (method.md).
    pub fn is_answered(&self) -> bool {
        match self.need {
            Some(Need::NotNeeded) => true,
            Some(Need::Needed) => self.delivery.is_some() && self.current.is_some(),
            None => false,
        }
    }
}

/// What a needed service still lacks before it counts as answered ([`ServiceRecord::missing`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// Who delivers it.
    Delivery,
    /// Its current level.
    Current,
    /// Both.
    DeliveryAndCurrent,
}

/// The organisation being assessed. Every field is optional free text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sector: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub size: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assessor: String,
    /// Assessment date as the user wrote it (the form offers YYYY-MM-DD).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
}

/// Which field of the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProfileField {
    Organisation,
    Sector,
    Size,
    Country,
    Assessor,
    Date,
}

impl ProfileField {
    pub const ALL: [ProfileField; 6] = [
        ProfileField::Organisation,
        ProfileField::Sector,
        ProfileField::Size,
        ProfileField::Country,
        ProfileField::Assessor,
        ProfileField::Date,
    ];

    /// Stable name, used for element ids and CSV headers.
    pub fn key(self) -> &'static str {
        match self {
            ProfileField::Organisation => "organisation",
            ProfileField::Sector => "sector",
            ProfileField::Size => "size",
            ProfileField::Country => "country",
            ProfileField::Assessor => "assessor",
            ProfileField::Date => "date",
        }
    }
}

impl Profile {
    pub fn get(&self, f: ProfileField) -> &str {
        match f {
            ProfileField::Organisation => &self.organisation,
            ProfileField::Sector => &self.sector,
            ProfileField::Size => &self.size,
            ProfileField::Country => &self.country,
            ProfileField::Assessor => &self.assessor,
            ProfileField::Date => &self.date,
        }
    }

    pub fn get_mut(&mut self, f: ProfileField) -> &mut String {
        match f {
            ProfileField::Organisation => &mut self.organisation,
            ProfileField::Sector => &mut self.sector,
            ProfileField::Size => &mut self.size,
            ProfileField::Country => &mut self.country,
            ProfileField::Assessor => &mut self.assessor,
            ProfileField::Date => &mut self.date,
        }
    }
}

/// The catalogue an assessment was made with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueRef {
    pub id: String,
    pub version: String,
}

/// Why an answer carried from another catalogue waits for the user's review
/// (docs/catalogue-editions.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewReason {
    /// Matched only by an id that is provisional in one of the two catalogues.
    #[default]
    ProvisionalId,
    /// The mapping says the service was renamed, and its new identity is provisional.
    Renamed,
    /// The mapping says the service has a new id, and its new identity is provisional.
    Moved,
    /// The old service became several; the answer was copied to each.
    Split,
    /// Several old services became one.
    Merged,
    /// The old service is gone and its id now names another service: no service is proposed.
    Removed,
}

/// The service an answer was first given to: its id and title in the catalogue of that time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    pub service: ServiceId,
    /// Its title then, per language.
    #[serde(default)]
    pub title: crate::catalogue::LocalText,
    pub catalogue: CatalogueRef,
}

/// An answer carried from another catalogue into a service whose identity is not certain. It is
/// kept apart from [`Assessment::services`], so it counts in no figure, until the user confirms it
/// for a service ([`crate::edit::Edit::ConfirmReview`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToReview {
    /// The service of the catalogue in use it is proposed for; `None` when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceId>,
    pub from: Origin,
    pub why: ReviewReason,
    pub answer: ServiceRecord,
}

/// One assessment: the profile and the records, keyed by service id. Records for ids the
/// current catalogue lacks are kept as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// A stable identifier given when the assessment is created and kept through copies,
    /// downloads and imports, so that a coordinator can match one organisation's files across
    /// rounds. Empty in files written before schema 2.
    pub uid: String,
    /// A name the user gives the assessment, e.g. "2026 baseline".
    pub name: String,
    pub catalogue: CatalogueRef,
    pub profile: Profile,
    pub services: BTreeMap<ServiceId, ServiceRecord>,
    /// Answers carried from another catalogue that wait for the user's review; counted nowhere.
    pub to_review: Vec<ToReview>,
    /// When it was created and last changed, ISO 8601 UTC, set by the caller.
    pub created: String,
    pub updated: String,
}

impl Assessment {
    /// A new, empty assessment made with `catalogue`.
    pub fn new(catalogue: &crate::catalogue::Catalogue, now: &str) -> Assessment {
        Assessment {
            uid: String::new(),
            name: String::new(),
            catalogue: CatalogueRef { id: catalogue.id.clone(), version: catalogue.version.clone() },
            profile: Profile::default(),
            services: BTreeMap::new(),
            to_review: Vec::new(),
            created: now.to_string(),
            updated: now.to_string(),
        }
    }

    /// The record of service `id`, or an empty one.
    pub fn record(&self, id: &str) -> std::borrow::Cow<'_, ServiceRecord> {
        match self.services.get(id) {
            Some(r) => std::borrow::Cow::Borrowed(r),
            None => std::borrow::Cow::Owned(ServiceRecord::default()),
        }
    }
}
