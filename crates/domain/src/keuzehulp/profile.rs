//! The facts the rules read, derived once from complete answers: the conditions that hold, and
//! the ceilings for causal claims, effort and skills that the answers allow.

use super::answers::{Ambition, Answers, Budget};
use super::{CausalStrength, Condition, Level, Locus, Purpose, Rank, Skill};

/// Why the causal ceiling is where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeilingReason {
    /// The team asked for this much.
    Asked,
    /// The practice must first be described and underpinned (evidence step too low).
    EvidenceFirst,
    /// Time, money or skills do not allow a stronger design.
    Constraints,
}

/// The answers, digested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Main purpose.
    pub purpose: Purpose,
    /// Where the change happens.
    pub locus: Locus,
    /// The claim the team asked for.
    pub asked: CausalStrength,
    /// The strongest causal claim a recommended method may aim at.
    pub ceiling: CausalStrength,
    /// Why the ceiling is where it is.
    pub ceiling_reason: CeilingReason,
    /// Most effort a recommended method may take.
    pub max_effort: Level,
    /// Most skill a recommended method may need.
    pub max_skill: Skill,
    /// Evidence step reached (0–5).
    pub evidence: u8,
    /// Participants.
    pub participants: u32,
    /// Team capacity.
    pub capacity: Level,
    /// Money for the evaluation.
    pub budget: Budget,
    /// Looks for negative or unintended effects.
    pub looks_for_negative: bool,
    /// Wants to know for whom it works.
    pub for_whom: bool,
    /// A funder asks for money terms.
    pub money: bool,
    /// Effects after the end are looked for.
    pub after: bool,
    /// The conditions that hold (for `avoid_if` and `caution_if`).
    pub conditions: Vec<Condition>,
}

fn strength_of(ambition: Ambition) -> CausalStrength {
    match ambition {
        Ambition::Describe => CausalStrength::Descriptive,
        Ambition::Plausible => CausalStrength::Plausibility,
        Ambition::Contribution => CausalStrength::Contribution,
        Ambition::Attribution => CausalStrength::Attribution,
    }
}

/// Rule "evidence first" (Nesta: no RCT at the start): an undescribed practice gets no more
/// than plausibility, a described one no more than contribution, until change is measured.
pub fn evidence_cap(evidence: u8) -> CausalStrength {
    match evidence {
        0 | 1 => CausalStrength::Plausibility,
        2 => CausalStrength::Contribution,
        _ => CausalStrength::Attribution,
    }
}

/// Rule "claims within means": attribution needs a research partner; a contribution analysis
/// needs more than a few hours a month or some money.
pub fn constraint_cap(capacity: Level, budget: Budget) -> CausalStrength {
    match (capacity, budget) {
        (_, Budget::Research) => CausalStrength::Attribution,
        (Level::Low, Budget::None) => CausalStrength::Plausibility,
        _ => CausalStrength::Contribution,
    }
}

/// Rule "effort within means": few hours → at most medium; high effort needs a lot of time,
/// or some money with a fair amount of time, or an external evaluator.
pub fn effort_cap(capacity: Level, budget: Budget) -> Level {
    match (capacity, budget) {
        (_, Budget::Research) | (Level::High, _) | (Level::Medium, Budget::Some) => Level::High,
        _ => Level::Medium,
    }
}

/// Rule "skills within reach": money buys training, a research partner brings expertise.
pub fn skill_cap(skills: Skill, budget: Budget) -> Skill {
    let bought = match budget {
        Budget::None => Skill::Basic,
        Budget::Some => Skill::Some,
        Budget::Research => Skill::Expert,
    };
    if bought.rank() > skills.rank() {
        bought
    } else {
        skills
    }
}

impl Profile {
    /// Digests answers; `None` while a step is incomplete.
    pub fn of(answers: &Answers) -> Option<Profile> {
        if answers.first_incomplete_step().is_some() {
            return None;
        }
        let purpose = answers.purpose?;
        let locus = answers.locus?;
        let capacity = answers.capacity?;
        let budget = answers.budget?;
        let evidence = answers.evidence?;
        let asked = strength_of(answers.ambition?);
        let by_evidence = evidence_cap(evidence);
        let by_means = constraint_cap(capacity, budget);
        let (mut ceiling, mut ceiling_reason) = (asked, CeilingReason::Asked);
        if by_evidence.rank() < ceiling.rank() {
            (ceiling, ceiling_reason) = (by_evidence, CeilingReason::EvidenceFirst);
        }
        if by_means.rank() < ceiling.rank() {
            (ceiling, ceiling_reason) = (by_means, CeilingReason::Constraints);
        }
        // Even a team that only wants to describe checks other explanations briefly.
        if ceiling.rank() < CausalStrength::Plausibility.rank() {
            ceiling = CausalStrength::Plausibility;
        }
        let looks_for_negative = answers.negative || answers.unintended;
        let conditions = [
            (Condition::LocusIndividual, locus == Locus::Individual),
            (Condition::LocusCommunity, locus == Locus::Community),
            (Condition::LocusActors, locus == Locus::Actors),
            (Condition::PurposeLearning, purpose == Purpose::Learning),
            (
                Condition::PurposeAccountability,
                purpose == Purpose::Accountability,
            ),
            (Condition::PurposeKnowledge, purpose == Purpose::Knowledge),
            (Condition::LooksForNegative, looks_for_negative),
            (Condition::LowCapacity, capacity == Level::Low),
            (Condition::NoResearchPartner, budget != Budget::Research),
            (Condition::NoAdminData, !answers.admin_data),
            (Condition::SensitiveData, answers.sensitive),
            (Condition::NoMoneyQuestion, !answers.money),
            (Condition::EarlyPractice, evidence <= 1),
        ]
        .into_iter()
        .filter_map(|(c, holds)| holds.then_some(c))
        .collect();
        Some(Profile {
            purpose,
            locus,
            asked,
            ceiling,
            ceiling_reason,
            max_effort: effort_cap(capacity, budget),
            max_skill: skill_cap(answers.skills?, budget),
            evidence,
            participants: answers.participant_count()?,
            capacity,
            budget,
            looks_for_negative,
            for_whom: answers.for_whom,
            money: answers.money,
            after: !matches!(answers.timing?, super::answers::Timing::During),
            conditions,
        })
    }

    /// True when `condition` holds.
    pub fn holds(&self, condition: super::Condition) -> bool {
        self.conditions.contains(&condition)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CausalStrength::*;

    #[test]
    fn the_evidence_cap_follows_the_maturity_axis() {
        for (step, cap) in [
            (0, Plausibility),
            (1, Plausibility),
            (2, Contribution),
            (3, Attribution),
            (5, Attribution),
        ] {
            assert_eq!(evidence_cap(step), cap, "E{step}");
        }
    }

    #[test]
    fn the_means_cap_attribution_and_contribution() {
        use Budget as B;
        for (capacity, budget, cap) in [
            (Level::Low, B::None, Plausibility),
            (Level::Low, B::Some, Contribution),
            (Level::High, B::None, Contribution),
            (Level::Low, B::Research, Attribution),
        ] {
            assert_eq!(
                constraint_cap(capacity, budget),
                cap,
                "{capacity:?} {budget:?}"
            );
        }
    }

    #[test]
    fn effort_and_skill_caps() {
        use Budget as B;
        for (capacity, budget, cap) in [
            (Level::Low, B::None, Level::Medium),
            (Level::Low, B::Some, Level::Medium),
            (Level::Medium, B::None, Level::Medium),
            (Level::Medium, B::Some, Level::High),
            (Level::High, B::None, Level::High),
            (Level::Low, B::Research, Level::High),
        ] {
            assert_eq!(effort_cap(capacity, budget), cap, "{capacity:?} {budget:?}");
        }
        assert_eq!(skill_cap(Skill::Basic, B::Some), Skill::Some);
        assert_eq!(skill_cap(Skill::Expert, B::None), Skill::Expert);
        assert_eq!(skill_cap(Skill::Some, B::Research), Skill::Expert);
    }

    #[test]
    fn the_ceiling_names_its_reason() {
        let mut answers = crate::keuzehulp::answers::tests::complete();
        answers.ambition = Some(Ambition::Attribution);
        let p = Profile::of(&answers).expect("complete");
        assert_eq!(
            (p.ceiling, p.ceiling_reason),
            (Plausibility, CeilingReason::EvidenceFirst)
        );
        answers.evidence = Some(4);
        answers.capacity = Some(Level::Low);
        let p = Profile::of(&answers).expect("complete");
        assert_eq!(
            (p.ceiling, p.ceiling_reason),
            (Plausibility, CeilingReason::Constraints)
        );
        answers.budget = Some(Budget::Research);
        let p = Profile::of(&answers).expect("complete");
        assert_eq!(
            (p.ceiling, p.ceiling_reason),
            (Attribution, CeilingReason::Asked)
        );
        answers.ambition = Some(Ambition::Describe);
        assert_eq!(
            Profile::of(&answers).expect("complete").ceiling,
            Plausibility
        );
        assert!(p.holds(Condition::NoMoneyQuestion) && !p.holds(Condition::NoResearchPartner));
    }
}
