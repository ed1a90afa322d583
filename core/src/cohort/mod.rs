//! The coordinator workbench: many returned assessment files become one anonymised picture.
//!
//! Three steps, each a pure function of its input, so the browser view only shows what this
//! module has computed:
//!
//! 1. [`intake::intake`] reads every file (assessment data JSON or HTML summary report, through
//!    [`crate::import`], so nothing in a file is ever run) and gives one [`intake::IntakeRow`] per
//!    file with stable reason codes ([`intake::Reason`]): refused files, duplicates, and
//!    consistency flags. The coordinator may leave any file out.
//! 2. [`picture::picture`] counts the files that are kept: per service, per category and overall,
//!    for every organisation or by one profile field at a time ([`GroupBy`]). Every figure is a
//!    [`picture::Cell`] that knows on how many organisations it rests; a cell resting on 1 to k−1
//!    organisations is suppressed ([`K`]).
//! 3. [`export`] writes the picture as CSV (per service, per category), as JSON
//!    (docs/aggregate.schema.json) and as a self-contained HTML report ([`html`]).
//!
//! Names, assessors, owners, evidence, notes and reasons are read by nothing here but the intake
//! (the organisation name and creation time to find the same assessment sent twice); they never
//! reach the picture.

pub mod boxplot;
pub mod changes_html;
pub mod charts;
pub mod export;
pub mod html;
pub mod intake;
pub mod picture;
pub mod rounds;
pub mod text;
pub mod text_more;
pub mod you_are_here;

use std::fmt;

use crate::model::{Profile, ProfileField};

/// The anonymity threshold: a figure that rests on fewer than `k` organisations (but more than
/// none) is not shown. Never below [`K::MIN`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct K(u32);

impl K {
    /// The smallest threshold accepted.
    pub const MIN: u32 = 3;
    /// The default threshold.
    pub const DEFAULT: K = K(5);
    /// The largest threshold accepted (larger would hide everything of any real campaign).
    pub const MAX: u32 = 1_000;

    /// `k`, raised to [`K::MIN`] or lowered to [`K::MAX`] when outside them.
    pub fn new(k: u32) -> K {
        K(k.clamp(Self::MIN, Self::MAX))
    }

    pub fn value(self) -> u32 {
        self.0
    }

    /// Whether a figure resting on `orgs` organisations may be shown.
    pub fn allows(self, orgs: u32) -> bool {
        orgs == 0 || orgs >= self.0
    }
}

impl Default for K {
    fn default() -> K {
        K::DEFAULT
    }
}

impl fmt::Display for K {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// How the organisations are split: all together, or by one profile field. Never two fields
/// combined: every combination makes smaller groups.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GroupBy {
    #[default]
    All,
    Sector,
    Size,
    Country,
    /// The round a file was sent in (last round, this round), when two rounds are loaded.
    Round,
}

impl GroupBy {
    pub const ALL: [GroupBy; 5] = [GroupBy::All, GroupBy::Sector, GroupBy::Size, GroupBy::Country, GroupBy::Round];

    /// Stable key, used in the exports and the view.
    pub fn key(self) -> &'static str {
        match self {
            GroupBy::All => "all",
            GroupBy::Sector => "sector",
            GroupBy::Size => "size",
            GroupBy::Country => "country",
            GroupBy::Round => "round",
        }
    }

    /// The grouping of a key, if it is one.
    pub fn from_key(key: &str) -> Option<GroupBy> {
        GroupBy::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The profile field grouped by.
    pub fn field(self) -> Option<ProfileField> {
        match self {
            GroupBy::All | GroupBy::Round => None,
            GroupBy::Sector => Some(ProfileField::Sector),
            GroupBy::Size => Some(ProfileField::Size),
            GroupBy::Country => Some(ProfileField::Country),
        }
    }

    /// The group an organisation belongs to: the field's text with spaces trimmed and runs of
    /// spaces made one, compared without case; `None` for "all" and for a field left empty.
    pub fn value(self, p: &Profile) -> Option<String> {
        let raw = p.get(self.field()?);
        let words: Vec<&str> = raw.split_whitespace().collect();
        (!words.is_empty()).then(|| words.join(" "))
    }
}

/// One of the two rounds the workbench compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Round {
    /// The earlier round (for example last year's files).
    Last,
    /// The round being counted now.
    This,
}

impl Round {
    /// Stable key, used in the exports and the view.
    pub fn key(self) -> &'static str {
        match self {
            Round::Last => "last",
            Round::This => "this",
        }
    }
}
