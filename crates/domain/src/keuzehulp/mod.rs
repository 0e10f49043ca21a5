//! The keuzehulp: clarify an impact question, then choose evaluation methods with reasons.
//!
//! The method catalogue is data (`content/methods.toml`, parsed and checked in [`catalogue`]);
//! the answers of the impact-question builder live in [`answers`]; [`profile`] turns them into
//! the facts the rules read; [`rules`] holds each rule as a small function; [`package`] puts a
//! package of methods together; [`questions`] drafts the key evaluation questions.

pub mod answers;
pub mod catalogue;
pub mod package;
pub mod plan;
pub mod profile;
pub mod questions;
pub mod rules;

pub use answers::{Answers, Step};
pub use catalogue::{Catalogue, Method};
pub use package::{Package, recommend};
pub use profile::Profile;

coded_enum!(
    /// The kind of data a method produces.
    DataKind {
        /// Numbers.
        Quantitative => "quantitative",
        /// Words, images, stories.
        Qualitative => "qualitative",
        /// Both.
        Mixed => "mixed",
    }
);

coded_enum!(
    /// The strongest causal claim a method can support, weakest first.
    CausalStrength {
        /// Describes what happened.
        Descriptive => "descriptive",
        /// Shows the results are consistent with a contribution.
        Plausibility => "plausibility",
        /// A systematic contribution claim with alternative explanations checked.
        Contribution => "contribution",
        /// A counterfactual comparison.
        Attribution => "attribution",
    }
);

coded_enum!(
    /// Low, medium or high: effort, participation, a team's capacity.
    Level {
        /// Low.
        Low => "low",
        /// Medium.
        Medium => "medium",
        /// High.
        High => "high",
    }
);

coded_enum!(
    /// The skills a method needs, or a team has.
    Skill {
        /// Any social worker.
        Basic => "basic",
        /// Interviewing, questionnaires, facilitation.
        Some => "some",
        /// Evaluation or research training.
        Expert => "expert",
    }
);

coded_enum!(
    /// The evaluation task a method serves (BetterEvaluation's clusters).
    Task {
        /// Describe what happened and changed.
        Describe => "describe",
        /// Understand causes: is the change due to the work?
        Understand => "understand",
        /// Synthesise: come to a judgement.
        Synthesise => "synthesise",
        /// Report and support use.
        Report => "report",
    }
);

coded_enum!(
    /// Where the change mainly happens.
    Locus {
        /// In individual people's own trajectories.
        Individual => "individual",
        /// In a group, neighbourhood or community.
        Community => "community",
        /// In other actors: partners, organisations, policy.
        Actors => "actors",
    }
);

coded_enum!(
    /// What the evaluation is mainly for.
    Purpose {
        /// Learning and improving.
        Learning => "learning",
        /// Accounting to a funder.
        Accountability => "accountability",
        /// Building knowledge.
        Knowledge => "knowledge",
    }
);

coded_enum!(
    /// A fact about the answers that a method can be contra-indicated by (`avoid_if`) or
    /// warned about (`caution_if`).
    Condition {
        /// The change sits in individual trajectories.
        LocusIndividual => "locus_individual",
        /// The change sits in a group or community.
        LocusCommunity => "locus_community",
        /// The change sits in other actors.
        LocusActors => "locus_actors",
        /// Main purpose: learning.
        PurposeLearning => "purpose_learning",
        /// Main purpose: accountability.
        PurposeAccountability => "purpose_accountability",
        /// Main purpose: building knowledge.
        PurposeKnowledge => "purpose_knowledge",
        /// The team looks for negative and unintended effects.
        LooksForNegative => "looks_for_negative",
        /// Only a few hours a month.
        LowCapacity => "low_capacity",
        /// No external evaluator or research partner.
        NoResearchPartner => "no_research_partner",
        /// No administrative data beyond the team's own.
        NoAdminData => "no_admin_data",
        /// A vulnerable group or privacy-sensitive setting.
        SensitiveData => "sensitive_data",
        /// Nobody asks for a value in money.
        NoMoneyQuestion => "no_money_question",
        /// The practice is not yet described.
        EarlyPractice => "early_practice",
    }
);

coded_enum!(
    /// What a method is especially good for (the rules give it extra weight there).
    Strength {
        /// Finds unexpected, unintended and negative effects.
        Unexpected => "unexpected",
        /// Shows for whom and in which situations it works.
        ForWhom => "for_whom",
        /// Expresses value in money.
        Money => "money",
        /// Weighs what would have happened anyway.
        Counterfactual => "counterfactual",
        /// Telling: stories and experiences.
        Stories => "stories",
        /// Counting: numbers over time.
        Numbers => "numbers",
        /// Shows effects that last after the work ends.
        FollowUp => "follow_up",
        /// Monitors output and reach (the first steps of the staircase).
        Reach => "reach",
    }
);

/// Rank of a [`Level`], [`Skill`] or [`CausalStrength`] for comparisons.
pub trait Rank {
    /// 0 for the lowest value.
    fn rank(self) -> u8;
}

macro_rules! rank_by_position {
    ($($name:ident),+) => {$(
        impl Rank for $name {
            fn rank(self) -> u8 {
                $name::ALL.iter().position(|v| *v == self).unwrap_or(0) as u8
            }
        }
    )+};
}
rank_by_position!(Level, Skill, CausalStrength);

/// The step on the evidence-maturity axis (E0 implicit practice … E6 replicated).
pub const EVIDENCE_STEPS: u8 = 7;
