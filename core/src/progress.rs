//! Progress: how many services are answered, per category and overall, and which is next.

use crate::catalogue::Catalogue;
use crate::ids::CategoryId;
use crate::model::Assessment;

/// Answered out of total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// Whole percent, rounded down so that 100 means truly complete; 0 when there is nothing.
    pub fn percent(self) -> u32 {
        (self.answered * 100).checked_div(self.total).map_or(0, |p| p as u32)
    }

    pub fn is_complete(self) -> bool {
        self.total > 0 && self.answered == self.total
    }
}

/// Progress of one category.
pub fn category(catalogue: &Catalogue, a: &Assessment, cat: &str) -> Progress {
    let mut p = Progress::default();
    for s in catalogue.services_in(cat) {
        p.total += 1;
        if a.services.get(&s.id).is_some_and(|r| r.is_answered()) {
            p.answered += 1;
        }
    }
    p
}

/// Progress over every service of the catalogue. Answers for services the catalogue lacks do not
/// count.
pub fn overall(catalogue: &Catalogue, a: &Assessment) -> Progress {
    let answered = catalogue.services.iter().filter(|s| a.services.get(&s.id).is_some_and(|r| r.is_answered())).count();
    Progress { answered, total: catalogue.services.len() }
}

/// Progress over the services of the `only` categories (all categories when `None`).
pub fn overall_in(catalogue: &Catalogue, a: &Assessment, only: Option<&[CategoryId]>) -> Progress {
    let mut p = Progress::default();
    for s in catalogue.services.iter().filter(|s| only.is_none_or(|o| o.contains(&s.category))) {
        p.total += 1;
        if a.services.get(&s.id).is_some_and(|r| r.is_answered()) {
            p.answered += 1;
        }
    }
    p
}

/// The first unanswered service after `after` in catalogue order, wrapping round; `None` when
/// every service is answered. Among `only` categories when given.
pub fn next_unanswered<'a>(
    catalogue: &'a Catalogue,
    a: &Assessment,
    after: Option<&str>,
    only: Option<&[CategoryId]>,
) -> Option<&'a str> {
    let list: Vec<&crate::catalogue::Service> =
        catalogue.services.iter().filter(|s| only.is_none_or(|o| o.contains(&s.category))).collect();
    let start = after.and_then(|id| list.iter().position(|s| s.id == id)).map(|i| i + 1).unwrap_or(0);
    (0..list.len())
        .map(|k| list[(start + k) % list.len()])
        .find(|s| !a.services.get(&s.id).is_some_and(|r| r.is_answered()))
        .map(|s| s.id.as_str())
}

/// Ids of answers kept for services this catalogue does not have.
pub fn orphans<'a>(catalogue: &Catalogue, a: &'a Assessment) -> Vec<&'a str> {
    a.services.keys().filter(|id| catalogue.service(id).is_none()).map(|id| id.as_str()).collect()
}
