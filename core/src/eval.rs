//! The three evaluations of our method (method.md) — catalogue (what the centre covers), profile
//! (how well) and portfolio (who delivers) — per category and overall, and the improvement plan.
//!
//! Everything here is a pure function of the catalogue and the answers. Every figure is defined
//! once, as a set of services ([`FigureKind`] and [`explain`]); the counts, averages and ratios are
//! computed from those same sets, so "How is this calculated?" always lists exactly the services
//! a figure was made from.
//!
//! Rules that the method leaves open, decided here (and written in the formula texts):
//! - Figures that cannot be computed are never 0: they are [`Figure::NotApplicable`] (every
//!   service of the scope is marked not needed) or [`Figure::NotAnswered`] (not enough answers
//!   yet, including a category with no needed service while some of its services are unanswered).
//! - Overall figures pool every catalogue service once; they are not averages of category figures,
//!   so a category that is not applicable is simply absent from them.
//! - Only needed services count. A delivery or level recorded on a service that is not (or not
//!   yet) marked needed is kept in the data but left out of every figure.
//! - Coverage = delivered ÷ needed, as the method says: a needed service whose delivery is not
//!   answered is not delivered.
//! - Gap = average shortfall: over needed services with both levels, `max(target − current, 0)`.
//!   A service above its target does not make up for another below it.
//! - % outsourced = outsourced ÷ needed services with a delivery answer. "Shared" is not
//!   counted as outsourced (nor as half of it): its share is a figure of its own.
//! - Answers for services the catalogue lacks are kept but not evaluated.

use crate::catalogue::Catalogue;
use crate::ids::{CategoryId, ServiceId};
use crate::model::{Assessment, Delivery, Level, Need, Priority, ServiceRecord};

/// A figure that may not exist. Shown as its value, "Not answered" or "Not applicable"; never 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure<T> {
    Value(T),
    /// The services the figure is computed from have not been answered (enough) yet.
    NotAnswered,
    /// Every service of the scope is marked not needed: the figure does not apply.
    NotApplicable,
}

impl<T> Figure<T> {
    /// The value, if there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Figure::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Applies `f` to the value, keeping why there is none.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Figure<U> {
        match self {
            Figure::Value(v) => Figure::Value(f(v)),
            Figure::NotAnswered => Figure::NotAnswered,
            Figure::NotApplicable => Figure::NotApplicable,
        }
    }
}

/// `part` out of `whole`, with `whole > 0` guaranteed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    part: usize,
    whole: usize,
}

impl Ratio {
    /// `None` when `whole` is 0 (a ratio of nothing is not a number) or `part > whole`.
    pub fn new(part: usize, whole: usize) -> Option<Ratio> {
        (whole > 0 && part <= whole).then_some(Ratio { part, whole })
    }

    pub fn part(self) -> usize {
        self.part
    }

    pub fn whole(self) -> usize {
        self.whole
    }

    pub fn value(self) -> f64 {
        self.part as f64 / self.whole as f64
    }

    /// Whole percent, rounded half up, in integer arithmetic (so 1/8 → 13, 1/3 → 33).
    pub fn percent(self) -> u32 {
        ((self.part * 200 + self.whole) / (2 * self.whole)) as u32
    }
}

/// An average of whole numbers, kept exact: `sum / count`, with `count > 0` guaranteed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Average {
    sum: u32,
    count: u32,
}

impl Average {
    /// `None` when `count` is 0.
    pub fn new(sum: u32, count: u32) -> Option<Average> {
        (count > 0).then_some(Average { sum, count })
    }

    pub fn sum(self) -> u32 {
        self.sum
    }

    pub fn count(self) -> u32 {
        self.count
    }

    pub fn value(self) -> f64 {
        f64::from(self.sum) / f64::from(self.count)
    }

    /// Tenths, rounded half up, in integer arithmetic (7/3 → 23, i.e. 2.3; 5/4 → 13, i.e. 1.3).
    pub fn tenths(self) -> u32 {
        (self.sum * 20 + self.count) / (2 * self.count)
    }

    /// One decimal with the given decimal separator: "2.3", or "2,3" in French.
    pub fn text(self, decimal_separator: char) -> String {
        let t = self.tenths();
        format!("{}{}{}", t / 10, decimal_separator, t % 10)
    }
}

/// Where a figure is computed: one category, or the whole catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope<'a> {
    Overall,
    Category(&'a str),
}

/// Whether a scope's figures apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// At least one service is needed.
    Applicable,
    /// No service is needed and every one is answered (marked not needed), or there are none.
    NotApplicable,
    /// No service is needed yet, and some are not answered.
    NotAnswered,
}

/// Every figure of the evaluations. Each is defined by a set of services (see [`explain`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureKind {
    /// Services marked needed.
    Needed,
    /// Services marked not needed.
    NotNeeded,
    /// Services not answered (method.md: neither not needed, nor needed with delivery and level).
    Undecided,
    /// Needed services delivered in-house, outsourced or shared.
    Delivered,
    /// Delivered ÷ needed.
    Coverage,
    /// Average current level over needed services that have one.
    AvgCurrent,
    /// Average target level over needed services with both a current and a target level.
    AvgTarget,
    /// Average shortfall to target over needed services with both levels.
    Gap,
    InHouse,
    Outsourced,
    Shared,
    NotYet,
    /// Needed services with no delivery answer.
    DeliveryUnanswered,
    /// Outsourced ÷ needed services with a delivery answer.
    ShareOutsourced,
    /// Shared ÷ needed services with a delivery answer.
    ShareShared,
    /// Needed services whose target is above their current level.
    Plan,
}

impl FigureKind {
    pub const ALL: [FigureKind; 16] = [
        FigureKind::Needed,
        FigureKind::NotNeeded,
        FigureKind::Undecided,
        FigureKind::Delivered,
        FigureKind::Coverage,
        FigureKind::AvgCurrent,
        FigureKind::AvgTarget,
        FigureKind::Gap,
        FigureKind::InHouse,
        FigureKind::Outsourced,
        FigureKind::Shared,
        FigureKind::NotYet,
        FigureKind::DeliveryUnanswered,
        FigureKind::ShareOutsourced,
        FigureKind::ShareShared,
        FigureKind::Plan,
    ];

    /// Whether the record is in the set the figure is computed over (for a ratio, its
    /// denominator; for an average, the services averaged; for a count, the services counted).
    pub fn includes(self, r: &ServiceRecord) -> bool {
        let needed = r.need == Some(Need::Needed);
        let levels = needed && r.current.is_some() && r.target.is_some();
        match self {
            FigureKind::Needed | FigureKind::Coverage => needed,
            FigureKind::NotNeeded => r.need == Some(Need::NotNeeded),
            FigureKind::Undecided => !r.is_answered(),
            FigureKind::Delivered => {
                needed && matches!(r.delivery, Some(Delivery::InHouse | Delivery::Outsourced | Delivery::Shared))
            }
            FigureKind::AvgCurrent => needed && r.current.is_some(),
            FigureKind::AvgTarget | FigureKind::Gap => levels,
            FigureKind::InHouse => needed && r.delivery == Some(Delivery::InHouse),
            FigureKind::Outsourced => needed && r.delivery == Some(Delivery::Outsourced),
            FigureKind::Shared => needed && r.delivery == Some(Delivery::Shared),
            FigureKind::NotYet => needed && r.delivery == Some(Delivery::NotYet),
            FigureKind::DeliveryUnanswered => needed && r.delivery.is_none(),
            FigureKind::ShareOutsourced | FigureKind::ShareShared => needed && r.delivery.is_some(),
            FigureKind::Plan => levels && r.target > r.current,
        }
    }

    /// For a ratio, the figure whose services make its numerator.
    pub fn numerator(self) -> Option<FigureKind> {
        match self {
            FigureKind::Coverage => Some(FigureKind::Delivered),
            FigureKind::ShareOutsourced => Some(FigureKind::Outsourced),
            FigureKind::ShareShared => Some(FigureKind::Shared),
            _ => None,
        }
    }
}

/// Catalogue evaluation: what the centre covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatalogueEval {
    /// Services of the catalogue in the scope.
    pub total: usize,
    pub needed: usize,
    pub not_needed: usize,
    /// Services not answered.
    pub undecided: usize,
    /// Needed services delivered (in-house, outsourced or shared).
    pub delivered: usize,
    /// Delivered ÷ needed.
    pub coverage: Figure<Ratio>,
}

/// How the current levels compare with the targets, service by service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProfileCounts {
    /// Needed services with a current level.
    pub assessed: usize,
    /// Of those, services with a target level too.
    pub with_target: usize,
    /// Target above current: on the improvement plan.
    pub below_target: usize,
    pub at_target: usize,
    /// Target below current.
    pub above_target: usize,
}

/// Profile evaluation: how well.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProfileEval {
    pub avg_current: Figure<Average>,
    pub avg_target: Figure<Average>,
    /// Average of `max(target − current, 0)`.
    pub gap: Figure<Average>,
    pub counts: ProfileCounts,
}

/// Portfolio evaluation: who delivers the needed services.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PortfolioEval {
    pub in_house: usize,
    pub outsourced: usize,
    pub shared: usize,
    pub not_yet: usize,
    /// Needed services with no delivery answer.
    pub unanswered: usize,
    /// Outsourced ÷ needed services with a delivery answer (shared not included).
    pub share_outsourced: Figure<Ratio>,
    /// Shared ÷ needed services with a delivery answer.
    pub share_shared: Figure<Ratio>,
}

/// The three evaluations of one scope.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeEval {
    /// The category id; `None` for the overall figures.
    pub category: Option<String>,
    pub status: Status,
    pub catalogue: CatalogueEval,
    pub profile: ProfileEval,
    pub portfolio: PortfolioEval,
}

/// One service on the improvement plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    pub id: ServiceId,
    pub category: CategoryId,
    pub priority: Option<Priority>,
    pub current: Level,
    pub target: Level,
    /// `target − current`, at least 1.
    pub gap: u8,
    pub delivery: Option<Delivery>,
}

/// Every evaluation of an assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// One per category, in catalogue order.
    pub categories: Vec<ScopeEval>,
    pub overall: ScopeEval,
    pub plan: Vec<PlanItem>,
}

/// The services a figure was computed from, in catalogue order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation<'a> {
    pub kind: FigureKind,
    /// The set the figure is computed over: for a ratio its denominator, for an average the
    /// services averaged, for a count the services counted.
    pub over: Vec<&'a str>,
    /// For a ratio, the services of its numerator; empty otherwise.
    pub counted: Vec<&'a str>,
}

/// The catalogue's services in `scope`, with their records, in catalogue order.
fn records<'c>(c: &'c Catalogue, a: &Assessment, scope: Scope<'_>) -> Vec<(&'c str, ServiceRecord)> {
    c.services
        .iter()
        .filter(|s| match scope {
            Scope::Overall => true,
            Scope::Category(cat) => s.category == cat,
        })
        .map(|s| (s.id.as_str(), a.record(&s.id).into_owned()))
        .collect()
}

fn ids<'c>(recs: &[(&'c str, ServiceRecord)], kind: FigureKind) -> Vec<&'c str> {
    recs.iter().filter(|(_, r)| kind.includes(r)).map(|(id, _)| *id).collect()
}

fn count(recs: &[(&str, ServiceRecord)], kind: FigureKind) -> usize {
    recs.iter().filter(|(_, r)| kind.includes(r)).count()
}

/// The services behind a figure: what "How is this calculated?" lists.
pub fn explain<'c>(c: &'c Catalogue, a: &Assessment, scope: Scope<'_>, kind: FigureKind) -> Explanation<'c> {
    let recs = records(c, a, scope);
    Explanation { kind, over: ids(&recs, kind), counted: kind.numerator().map(|n| ids(&recs, n)).unwrap_or_default() }
}

fn status_of(recs: &[(&str, ServiceRecord)]) -> Status {
    if count(recs, FigureKind::Needed) > 0 {
        Status::Applicable
    } else if count(recs, FigureKind::Undecided) > 0 {
        Status::NotAnswered
    } else {
        Status::NotApplicable
    }
}

fn figure<T>(status: Status, value: Option<T>) -> Figure<T> {
    match (value, status) {
        (Some(v), _) => Figure::Value(v),
        (None, Status::NotApplicable) => Figure::NotApplicable,
        (None, _) => Figure::NotAnswered,
    }
}

fn ratio(recs: &[(&str, ServiceRecord)], kind: FigureKind) -> Option<Ratio> {
    let num = kind.numerator()?;
    Ratio::new(count(recs, num), count(recs, kind))
}

/// Whether a scope's figures apply.
pub fn status(c: &Catalogue, a: &Assessment, scope: Scope<'_>) -> Status {
    status_of(&records(c, a, scope))
}

fn catalogue_of(recs: &[(&str, ServiceRecord)]) -> CatalogueEval {
    let status = status_of(recs);
    CatalogueEval {
        total: recs.len(),
        needed: count(recs, FigureKind::Needed),
        not_needed: count(recs, FigureKind::NotNeeded),
        undecided: count(recs, FigureKind::Undecided),
        delivered: count(recs, FigureKind::Delivered),
        coverage: figure(status, ratio(recs, FigureKind::Coverage)),
    }
}

fn level(l: Option<Level>) -> u32 {
    l.map(|l| u32::from(l.value())).unwrap_or(0)
}

fn profile_of(recs: &[(&str, ServiceRecord)]) -> ProfileEval {
    let status = status_of(recs);
    let average = |kind: FigureKind, value: &dyn Fn(&ServiceRecord) -> u32| {
        let set: Vec<&ServiceRecord> = recs.iter().map(|(_, r)| r).filter(|r| kind.includes(r)).collect();
        figure(status, Average::new(set.iter().map(|r| value(r)).sum(), set.len() as u32))
    };
    let with_levels: Vec<&ServiceRecord> =
        recs.iter().map(|(_, r)| r).filter(|r| FigureKind::Gap.includes(r)).collect();
    let counts = ProfileCounts {
        assessed: count(recs, FigureKind::AvgCurrent),
        with_target: with_levels.len(),
        below_target: with_levels.iter().filter(|r| r.target > r.current).count(),
        at_target: with_levels.iter().filter(|r| r.target == r.current).count(),
        above_target: with_levels.iter().filter(|r| r.target < r.current).count(),
    };
    ProfileEval {
        avg_current: average(FigureKind::AvgCurrent, &|r| level(r.current)),
        avg_target: average(FigureKind::AvgTarget, &|r| level(r.target)),
        gap: average(FigureKind::Gap, &|r| level(r.target).saturating_sub(level(r.current))),
        counts,
    }
}

fn portfolio_of(recs: &[(&str, ServiceRecord)]) -> PortfolioEval {
    let status = status_of(recs);
    PortfolioEval {
        in_house: count(recs, FigureKind::InHouse),
        outsourced: count(recs, FigureKind::Outsourced),
        shared: count(recs, FigureKind::Shared),
        not_yet: count(recs, FigureKind::NotYet),
        unanswered: count(recs, FigureKind::DeliveryUnanswered),
        share_outsourced: figure(status, ratio(recs, FigureKind::ShareOutsourced)),
        share_shared: figure(status, ratio(recs, FigureKind::ShareShared)),
    }
}

/// The three evaluations of one scope.
pub fn scope_eval(c: &Catalogue, a: &Assessment, scope: Scope<'_>) -> ScopeEval {
    let recs = records(c, a, scope);
    ScopeEval {
        category: match scope {
            Scope::Overall => None,
            Scope::Category(id) => Some(id.to_string()),
        },
        status: status_of(&recs),
        catalogue: catalogue_of(&recs),
        profile: profile_of(&recs),
        portfolio: portfolio_of(&recs),
    }
}

fn priority_rank(p: Option<Priority>) -> u8 {
    match p {
        Some(Priority::High) => 0,
        Some(Priority::Medium) => 1,
        Some(Priority::Low) => 2,
        None => 3,
    }
}

/// The improvement plan: needed services whose target is above their current level, ordered by
/// priority (high first, no priority last), then by gap (largest first), then catalogue order.
pub fn improvement_plan(c: &Catalogue, a: &Assessment) -> Vec<PlanItem> {
    let mut items: Vec<(usize, PlanItem)> = c
        .services
        .iter()
        .enumerate()
        .filter_map(|(pos, s)| {
            let r = a.services.get(&s.id)?;
            if !FigureKind::Plan.includes(r) {
                return None;
            }
            let (current, target) = (r.current?, r.target?);
            Some((
                pos,
                PlanItem {
                    id: s.id.clone(),
                    category: s.category.clone(),
                    priority: r.priority,
                    current,
                    target,
                    gap: target.value() - current.value(),
                    delivery: r.delivery,
                },
            ))
        })
        .collect();
    items.sort_by(|(pa, a), (pb, b)| {
        priority_rank(a.priority).cmp(&priority_rank(b.priority)).then(b.gap.cmp(&a.gap)).then(pa.cmp(pb))
    });
    items.into_iter().map(|(_, i)| i).collect()
}

/// Every evaluation of the assessment.
pub fn evaluate(c: &Catalogue, a: &Assessment) -> Evaluation {
    Evaluation {
        categories: c.categories.iter().map(|cat| scope_eval(c, a, Scope::Category(&cat.id))).collect(),
        overall: scope_eval(c, a, Scope::Overall),
        plan: improvement_plan(c, a),
    }
}

// How figures read, in each language. Kept beside the figures so the web app and every report
// word them the same way.
impl crate::i18n::UiText {
    /// The formula text of a figure, for "How is this calculated?".
    pub fn formula(&self, kind: FigureKind) -> &'static str {
        match kind {
            FigureKind::Needed => self.formula_needed,
            FigureKind::NotNeeded => self.formula_not_needed,
            FigureKind::Undecided => self.formula_undecided,
            FigureKind::Delivered => self.formula_delivered,
            FigureKind::Coverage => self.formula_coverage,
            FigureKind::AvgCurrent => self.formula_avg_current,
            FigureKind::AvgTarget => self.formula_avg_target,
            FigureKind::Gap => self.formula_gap,
            FigureKind::InHouse => self.formula_in_house,
            FigureKind::Outsourced => self.formula_outsourced,
            FigureKind::Shared => self.formula_shared,
            FigureKind::NotYet => self.formula_not_yet,
            FigureKind::DeliveryUnanswered => self.formula_delivery_unanswered,
            FigureKind::ShareOutsourced => self.formula_share_outsourced,
            FigureKind::ShareShared => self.formula_share_shared,
            FigureKind::Plan => self.formula_plan,
        }
    }

    /// The label of a figure, as a table heading.
    pub fn figure_label(&self, kind: FigureKind) -> &'static str {
        match kind {
            FigureKind::Needed => self.col_needed,
            FigureKind::NotNeeded => self.col_not_needed,
            FigureKind::Undecided => self.col_undecided,
            FigureKind::Delivered => self.col_delivered,
            FigureKind::Coverage => self.col_coverage,
            FigureKind::AvgCurrent => self.col_avg_current,
            FigureKind::AvgTarget => self.col_avg_target,
            FigureKind::Gap => self.col_gap,
            FigureKind::InHouse => self.delivery_in_house,
            FigureKind::Outsourced => self.delivery_outsourced,
            FigureKind::Shared => self.delivery_shared,
            FigureKind::NotYet => self.delivery_not_yet,
            FigureKind::DeliveryUnanswered => self.col_delivery_unanswered,
            FigureKind::ShareOutsourced => self.col_share_outsourced,
            FigureKind::ShareShared => self.col_share_shared,
            FigureKind::Plan => self.col_plan_count,
        }
    }

    /// "Not answered" or "Not applicable" for a figure without a value; `None` when it has one.
    pub fn missing<T>(&self, f: &Figure<T>) -> Option<&'static str> {
        match f {
            Figure::Value(_) => None,
            Figure::NotAnswered => Some(self.unanswered),
            Figure::NotApplicable => Some(self.not_applicable),
        }
    }

    /// An average with one decimal ("2.5", "2,5"), or why there is none.
    pub fn average(&self, f: &Figure<Average>) -> String {
        match f {
            Figure::Value(a) => a.text(self.decimal_separator),
            _ => self.missing(f).unwrap_or_default().to_string(),
        }
    }

    /// A ratio as "3 of 4 (75%)", or why there is none.
    pub fn ratio_figure(&self, f: &Figure<Ratio>) -> String {
        match f {
            Figure::Value(r) => (self.ratio)(r.part(), r.whole(), r.percent()),
            _ => self.missing(f).unwrap_or_default().to_string(),
        }
    }
}
