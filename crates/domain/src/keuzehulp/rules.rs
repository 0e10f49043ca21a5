//! The recommender's rules, each a small function: exclusions (a method is not recommended, with
//! the reason) and weights (a method fits better, with the reason shown as "waarom dit voorstel",
//! or fits with a warning, shown as "let op"). Every reason is a message key in the locales.

use super::catalogue::Method;
use super::profile::{CeilingReason, Profile};
use super::{CausalStrength, Level, Purpose, Rank, Strength, Task};

/// A reason shown to the user: a message key and, for some, a number it mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Fluent message id.
    pub key: String,
    /// A number the message mentions (`{ $limit }`).
    pub limit: Option<i64>,
}

impl Reason {
    /// A reason without a number.
    pub fn new(key: impl Into<String>) -> Reason {
        Reason {
            key: key.into(),
            limit: None,
        }
    }
}

/// What a weighing rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Points added (or taken off, when negative).
    pub points: i32,
    /// The reason, when it is worth telling.
    pub reason: Option<Reason>,
}

fn hit(points: i32, key: impl Into<String>) -> Option<Hit> {
    Some(Hit {
        points,
        reason: Some(Reason::new(key)),
    })
}

/// An exclusion rule: `Some(reason)` when the method must not be recommended.
pub type Exclusion = fn(&Method, &Profile) -> Option<Reason>;

/// A weighing rule.
pub type Weighing = fn(&Method, &Profile) -> Option<Hit>;

/// Exclusions, checked in this order; every one that applies is shown.
pub const EXCLUSIONS: &[Exclusion] = &[
    avoid_condition,
    beyond_ceiling,
    too_much_effort,
    skills_missing,
    group_too_small,
];

/// Weighing rules, summed.
pub const WEIGHINGS: &[Weighing] = &[
    fits_purpose,
    participatory_for_learning,
    counts_for_accountability,
    fits_locus,
    matches_ceiling,
    next_evidence_step,
    light_for_low_capacity,
    finds_unexpected,
    for_whom,
    money_terms,
    counterfactual,
    follow_up,
    rigour_for_knowledge,
    warnings_weigh_against,
];

/// The method's own contra-indications (`avoid_if`) that hold.
pub fn avoid_condition(m: &Method, p: &Profile) -> Option<Reason> {
    m.avoid_if
        .iter()
        .find(|c| p.holds(**c))
        .map(|c| Reason::new(format!("keuzehulp-avoid-{}", c.code())))
}

/// No causal claim stronger than the answers allow (the ceiling, with its reason).
pub fn beyond_ceiling(m: &Method, p: &Profile) -> Option<Reason> {
    (m.causal.rank() > p.ceiling.rank()).then(|| {
        Reason::new(match p.ceiling_reason {
            CeilingReason::Asked => "keuzehulp-not-beyond-asked",
            CeilingReason::EvidenceFirst => "keuzehulp-not-evidence-first",
            CeilingReason::Constraints => "keuzehulp-not-beyond-means",
        })
    })
}

/// No method that takes more work than the team's time and money allow.
pub fn too_much_effort(m: &Method, p: &Profile) -> Option<Reason> {
    (m.effort.rank() > p.max_effort.rank()).then(|| Reason::new("keuzehulp-not-effort"))
}

/// No method that needs skills the team has not got and cannot buy.
pub fn skills_missing(m: &Method, p: &Profile) -> Option<Reason> {
    (m.skill.rank() > p.max_skill.rank()).then(|| Reason::new("keuzehulp-not-skills"))
}

/// No method that needs more participants or cases than there are.
pub fn group_too_small(m: &Method, p: &Profile) -> Option<Reason> {
    (p.participants < m.min_participants).then(|| Reason {
        key: "keuzehulp-not-group".into(),
        limit: Some(i64::from(m.min_participants)),
    })
}

/// Serves the main purpose well.
pub fn fits_purpose(m: &Method, p: &Profile) -> Option<Hit> {
    m.purposes
        .contains(&p.purpose)
        .then(|| hit(3, format!("keuzehulp-why-purpose-{}", p.purpose.code())))
        .flatten()
}

/// Learning: participants take part in the evaluation itself.
pub fn participatory_for_learning(m: &Method, p: &Profile) -> Option<Hit> {
    (p.purpose == Purpose::Learning && m.participation == Level::High)
        .then(|| hit(2, "keuzehulp-why-participatory"))
        .flatten()
}

/// Accountability: a funder expects numbers (at least one counting strand).
pub fn counts_for_accountability(m: &Method, p: &Profile) -> Option<Hit> {
    (p.purpose == Purpose::Accountability && m.is_good_for(Strength::Numbers))
        .then(|| hit(2, "keuzehulp-why-numbers"))
        .flatten()
}

/// Suits where the change happens; a mismatch counts against it.
pub fn fits_locus(m: &Method, p: &Profile) -> Option<Hit> {
    if m.loci.contains(&p.locus) {
        hit(3, format!("keuzehulp-why-locus-{}", p.locus.code()))
    } else {
        Some(Hit {
            points: -3,
            reason: None,
        })
    }
}

/// For understanding causes: aims exactly as high as the answers allow.
pub fn matches_ceiling(m: &Method, p: &Profile) -> Option<Hit> {
    (m.serves(Task::Understand) && m.causal == p.ceiling)
        .then(|| hit(3, format!("keuzehulp-why-ceiling-{}", p.ceiling.code())))
        .flatten()
}

/// Helps take the next step on the evidence axis.
pub fn next_evidence_step(m: &Method, p: &Profile) -> Option<Hit> {
    let next = p.evidence + 1;
    (m.evidence.0 <= next && next <= m.evidence.1)
        .then(|| hit(2, "keuzehulp-why-next-step"))
        .flatten()
}

/// Few hours a month: light methods first.
pub fn light_for_low_capacity(m: &Method, p: &Profile) -> Option<Hit> {
    (p.capacity == Level::Low && m.effort == Level::Low)
        .then(|| hit(2, "keuzehulp-why-light"))
        .flatten()
}

/// Looking for negative and unintended effects: open methods find them.
pub fn finds_unexpected(m: &Method, p: &Profile) -> Option<Hit> {
    (p.looks_for_negative && m.is_good_for(Strength::Unexpected))
        .then(|| hit(2, "keuzehulp-why-unexpected"))
        .flatten()
}

/// "It works for some": methods that show for whom and why.
pub fn for_whom(m: &Method, p: &Profile) -> Option<Hit> {
    (p.for_whom && m.is_good_for(Strength::ForWhom))
        .then(|| hit(3, "keuzehulp-why-for-whom"))
        .flatten()
}

/// A funder asks for money terms.
pub fn money_terms(m: &Method, p: &Profile) -> Option<Hit> {
    (p.money && m.is_good_for(Strength::Money))
        .then(|| hit(4, "keuzehulp-why-money"))
        .flatten()
}

/// "Would it have happened anyway?" matters: methods that weigh it.
pub fn counterfactual(m: &Method, p: &Profile) -> Option<Hit> {
    (p.asked.rank() >= CausalStrength::Contribution.rank()
        && m.is_good_for(Strength::Counterfactual))
    .then(|| hit(2, "keuzehulp-why-counterfactual"))
    .flatten()
}

/// Effects after the end are looked for.
pub fn follow_up(m: &Method, p: &Profile) -> Option<Hit> {
    (p.after && m.is_good_for(Strength::FollowUp))
        .then(|| hit(1, "keuzehulp-why-follow-up"))
        .flatten()
}

/// Building knowledge: systematic causal methods weigh more.
pub fn rigour_for_knowledge(m: &Method, p: &Profile) -> Option<Hit> {
    (p.purpose == Purpose::Knowledge && m.causal.rank() >= CausalStrength::Contribution.rank())
        .then(|| hit(2, "keuzehulp-why-rigour"))
        .flatten()
}

/// Each warning that holds ("let op") counts against a method, so that a method without one
/// comes first when they fit equally well.
pub fn warnings_weigh_against(m: &Method, p: &Profile) -> Option<Hit> {
    let n = m.caution_if.iter().filter(|c| p.holds(**c)).count() as i32;
    (n > 0).then_some(Hit {
        points: -2 * n,
        reason: None,
    })
}

/// The reasons a method is not recommended (empty when it may be).
pub fn exclusions(m: &Method, p: &Profile) -> Vec<Reason> {
    EXCLUSIONS.iter().filter_map(|rule| rule(m, p)).collect()
}

/// The method's score and the reasons behind it, strongest first.
pub fn weigh(m: &Method, p: &Profile) -> (i32, Vec<Reason>) {
    let mut hits: Vec<Hit> = WEIGHINGS.iter().filter_map(|rule| rule(m, p)).collect();
    let score = hits.iter().map(|h| h.points).sum();
    hits.sort_by_key(|h| std::cmp::Reverse(h.points));
    (score, hits.into_iter().filter_map(|h| h.reason).collect())
}

/// The warnings ("let op") for a recommended method: its own `caution_if` that hold.
pub fn cautions(m: &Method, p: &Profile) -> Vec<Reason> {
    m.caution_if
        .iter()
        .filter(|c| p.holds(**c))
        .map(|c| Reason::new(format!("keuzehulp-caution-{}", c.code())))
        .collect()
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "rules_weigh_tests.rs"]
mod weigh_tests;
