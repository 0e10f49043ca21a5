//! The answers of the impact-question builder, step by step: what each step asks, how a step
//! is checked, and how answers travel as form fields (the builder works without JavaScript,
//! so every earlier answer rides along as a hidden field) and are stored (as the same pairs).

use super::{Level, Locus, Purpose, Skill};
use crate::validation::{FieldErrors, optional_text, required_text};
use std::collections::BTreeMap;

coded_enum!(
    /// The level of the impact staircase the question aims at.
    StaircaseLevel {
        /// The target group is reached.
        Reach => "reach",
        /// The target group accepts and uses the offer.
        Acceptance => "acceptance",
        /// Knowledge, attitude or skills change.
        Knowledge => "knowledge",
        /// Behaviour changes.
        Behaviour => "behaviour",
        /// The living situation changes.
        Living => "living",
        /// Society changes.
        Society => "society",
    }
);

coded_enum!(
    /// When effects are looked for.
    Timing {
        /// While the work goes on.
        During => "during",
        /// After it ended.
        After => "after",
        /// Both.
        Both => "both",
    }
);

coded_enum!(
    /// How strong a statement about the team's own part the question needs.
    Ambition {
        /// Describe what changes.
        Describe => "describe",
        /// Make it plausible that the work helped.
        Plausible => "plausible",
        /// A substantiated contribution next to others.
        Contribution => "contribution",
        /// Show the difference against a comparison group.
        Attribution => "attribution",
    }
);

coded_enum!(
    /// Money for the evaluation.
    Budget {
        /// None beyond the team's own time.
        None => "none",
        /// Some (training, a day of advice).
        Some => "some",
        /// An external evaluator or research partner.
        Research => "research",
    }
);

/// The builder's steps, in order; the last shows the result.
pub const STEPS: usize = 8;

/// One step of the builder (1-based, as shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step(pub usize);

impl Step {
    /// The form fields this step asks for.
    pub fn fields(self) -> &'static [&'static str] {
        match self.0 {
            1 => &["intervention", "change", "target_group", "level", "locus"],
            2 => &["negative", "unintended", "indirect", "timing", "follow_up"],
            3 => &["anyway", "contributors", "ambition", "for_whom"],
            4 => &["purpose", "users", "decision", "decision_when", "money"],
            5 => &["good_enough", "judged_by"],
            6 => &[
                "capacity",
                "budget",
                "skills",
                "admin_data",
                "sensitive",
                "participants",
            ],
            7 => &["evidence", "existing"],
            _ => &[],
        }
    }

    /// The step a valid step number names; out-of-range numbers go to the first step.
    pub fn from_number(n: usize) -> Step {
        if (1..=STEPS).contains(&n) {
            Step(n)
        } else {
            Step(1)
        }
    }
}

/// All answers, as given (text trimmed on checking). Unanswered choices are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Impact of what: the intervention or way of working.
    pub intervention: String,
    /// On what: the change looked for.
    pub change: String,
    /// For whom.
    pub target_group: String,
    /// The staircase level aimed at.
    pub level: Option<StaircaseLevel>,
    /// Where the change mainly happens.
    pub locus: Option<Locus>,
    /// Also look for negative effects.
    pub negative: bool,
    /// Also look for unintended effects.
    pub unintended: bool,
    /// Also look for indirect effects (via others).
    pub indirect: bool,
    /// During, after or both.
    pub timing: Option<Timing>,
    /// Months after the end to look again (text as typed).
    pub follow_up: String,
    /// What would have happened anyway.
    pub anyway: String,
    /// Who else contributes.
    pub contributors: String,
    /// How strong a claim about the team's part is needed.
    pub ambition: Option<Ambition>,
    /// Wants to know for whom it works and why.
    pub for_whom: bool,
    /// Learning, accountability or knowledge.
    pub purpose: Option<Purpose>,
    /// For whom the answers are.
    pub users: String,
    /// The decision the answers should inform.
    pub decision: String,
    /// When (`jjjj-mm`).
    pub decision_when: String,
    /// A funder asks for a value in money.
    pub money: bool,
    /// What counts as good enough.
    pub good_enough: String,
    /// Who judges that.
    pub judged_by: String,
    /// Time the team has.
    pub capacity: Option<Level>,
    /// Money for the evaluation.
    pub budget: Option<Budget>,
    /// Evaluation skills in the team.
    pub skills: Option<Skill>,
    /// Access to administrative data beyond the team's own.
    pub admin_data: bool,
    /// A vulnerable group or privacy-sensitive setting.
    pub sensitive: bool,
    /// Number of participants (text as typed).
    pub participants: String,
    /// Evidence step E0–E5 reached already.
    pub evidence: Option<u8>,
    /// What evidence exists already.
    pub existing: String,
}

/// Longest short answer.
pub const MAX_SHORT: usize = 300;
/// Longest long answer.
pub const MAX_LONG: usize = 1000;
/// Highest evidence step a team can say it has reached in the builder.
pub const MAX_EVIDENCE_ANSWER: u8 = 5;

fn flag(on: bool) -> Option<String> {
    on.then(|| "1".to_owned())
}

impl Answers {
    /// Reads answers from form fields (or stored pairs). Unknown codes count as unanswered.
    pub fn from_pairs(pairs: &BTreeMap<String, String>) -> Answers {
        let text = |k: &str| pairs.get(k).cloned().unwrap_or_default();
        let on = |k: &str| pairs.get(k).is_some_and(|v| !v.is_empty() && v != "0");
        let choice = |k: &str| pairs.get(k).map(String::as_str).unwrap_or("");
        Answers {
            intervention: text("intervention"),
            change: text("change"),
            target_group: text("target_group"),
            level: StaircaseLevel::from_code(choice("level")),
            locus: Locus::from_code(choice("locus")),
            negative: on("negative"),
            unintended: on("unintended"),
            indirect: on("indirect"),
            timing: Timing::from_code(choice("timing")),
            follow_up: text("follow_up"),
            anyway: text("anyway"),
            contributors: text("contributors"),
            ambition: Ambition::from_code(choice("ambition")),
            for_whom: on("for_whom"),
            purpose: Purpose::from_code(choice("purpose")),
            users: text("users"),
            decision: text("decision"),
            decision_when: text("decision_when"),
            money: on("money"),
            good_enough: text("good_enough"),
            judged_by: text("judged_by"),
            capacity: Level::from_code(choice("capacity")),
            budget: Budget::from_code(choice("budget")),
            skills: Skill::from_code(choice("skills")),
            admin_data: on("admin_data"),
            sensitive: on("sensitive"),
            participants: text("participants"),
            evidence: choice("evidence")
                .strip_prefix('E')
                .and_then(|n| n.parse().ok())
                .filter(|n| *n <= MAX_EVIDENCE_ANSWER),
            existing: text("existing"),
        }
    }

    /// The answers as field name → value, leaving out what is empty or unanswered.
    pub fn to_pairs(&self) -> BTreeMap<String, String> {
        let entries: [(&str, Option<String>); 29] = [
            ("intervention", Some(self.intervention.clone())),
            ("change", Some(self.change.clone())),
            ("target_group", Some(self.target_group.clone())),
            ("level", self.level.map(|v| v.code().to_owned())),
            ("locus", self.locus.map(|v| v.code().to_owned())),
            ("negative", flag(self.negative)),
            ("unintended", flag(self.unintended)),
            ("indirect", flag(self.indirect)),
            ("timing", self.timing.map(|v| v.code().to_owned())),
            ("follow_up", Some(self.follow_up.clone())),
            ("anyway", Some(self.anyway.clone())),
            ("contributors", Some(self.contributors.clone())),
            ("ambition", self.ambition.map(|v| v.code().to_owned())),
            ("for_whom", flag(self.for_whom)),
            ("purpose", self.purpose.map(|v| v.code().to_owned())),
            ("users", Some(self.users.clone())),
            ("decision", Some(self.decision.clone())),
            ("decision_when", Some(self.decision_when.clone())),
            ("money", flag(self.money)),
            ("good_enough", Some(self.good_enough.clone())),
            ("judged_by", Some(self.judged_by.clone())),
            ("capacity", self.capacity.map(|v| v.code().to_owned())),
            ("budget", self.budget.map(|v| v.code().to_owned())),
            ("skills", self.skills.map(|v| v.code().to_owned())),
            ("admin_data", flag(self.admin_data)),
            ("sensitive", flag(self.sensitive)),
            ("participants", Some(self.participants.clone())),
            ("evidence", self.evidence.map(|n| format!("E{n}"))),
            ("existing", Some(self.existing.clone())),
        ];
        entries
            .into_iter()
            .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k.to_owned(), v)))
            .collect()
    }

    /// The number of participants, when a valid one was given.
    pub fn participant_count(&self) -> Option<u32> {
        self.participants
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=MAX_PARTICIPANTS).contains(n))
    }

    /// Checks the answers of one step; the step's text fields come back trimmed.
    pub fn check_step(&mut self, step: Step) -> FieldErrors {
        let mut e = FieldErrors::new();
        match step.0 {
            1 => {
                self.intervention =
                    required_text(&mut e, "intervention", &self.intervention, MAX_SHORT);
                self.change = required_text(&mut e, "change", &self.change, MAX_SHORT);
                self.target_group =
                    required_text(&mut e, "target_group", &self.target_group, MAX_SHORT);
                choose(&mut e, "level", self.level.is_some());
                choose(&mut e, "locus", self.locus.is_some());
            }
            2 => {
                choose(&mut e, "timing", self.timing.is_some());
                self.follow_up = optional_text(&mut e, "follow_up", &self.follow_up, 3);
                let months = self.follow_up.parse::<u16>();
                let too_long = e.for_field("follow_up").is_some();
                if !too_long && !self.follow_up.is_empty() && !matches!(months, Ok(1..=120)) {
                    e.add("follow_up", "keuzehulp-error-follow-up");
                }
            }
            3 => {
                self.anyway = optional_text(&mut e, "anyway", &self.anyway, MAX_LONG);
                self.contributors =
                    optional_text(&mut e, "contributors", &self.contributors, MAX_SHORT);
                choose(&mut e, "ambition", self.ambition.is_some());
            }
            4 => {
                choose(&mut e, "purpose", self.purpose.is_some());
                self.users = required_text(&mut e, "users", &self.users, MAX_SHORT);
                self.decision = optional_text(&mut e, "decision", &self.decision, MAX_SHORT);
                self.decision_when = self.decision_when.trim().to_owned();
                if !self.decision_when.is_empty() && !is_month(&self.decision_when) {
                    e.add("decision_when", "keuzehulp-error-month");
                }
            }
            5 => {
                self.good_enough =
                    required_text(&mut e, "good_enough", &self.good_enough, MAX_LONG);
                self.judged_by = optional_text(&mut e, "judged_by", &self.judged_by, MAX_SHORT);
            }
            6 => {
                choose(&mut e, "capacity", self.capacity.is_some());
                choose(&mut e, "budget", self.budget.is_some());
                choose(&mut e, "skills", self.skills.is_some());
                self.participants = self.participants.trim().to_owned();
                if self.participant_count().is_none() {
                    e.add_with_limit(
                        "participants",
                        "keuzehulp-error-participants",
                        MAX_PARTICIPANTS as usize,
                    );
                }
            }
            7 => {
                choose(&mut e, "evidence", self.evidence.is_some());
                self.existing = optional_text(&mut e, "existing", &self.existing, MAX_LONG);
            }
            _ => {}
        }
        e
    }

    /// The first step that is not complete yet, or `None` when every step checks out.
    pub fn first_incomplete_step(&self) -> Option<Step> {
        (1..STEPS)
            .map(Step)
            .find(|s| !self.clone().check_step(*s).is_empty())
    }
}

/// Most participants the builder accepts.
pub const MAX_PARTICIPANTS: u32 = 1_000_000;

fn choose(errors: &mut FieldErrors, field: &'static str, chosen: bool) {
    if !chosen {
        errors.add(field, "keuzehulp-error-choose");
    }
}

/// `jjjj-mm` with a real month.
fn is_month(value: &str) -> bool {
    let mut parts = value.split('-');
    let year = parts
        .next()
        .and_then(|y| (y.len() == 4).then(|| y.parse::<u16>().ok()).flatten());
    let month = parts
        .next()
        .and_then(|m| (m.len() == 2).then(|| m.parse::<u8>().ok()).flatten());
    parts.next().is_none()
        && year.is_some_and(|y| (2000..=2100).contains(&y))
        && month.is_some_and(|m| (1..=12).contains(&m))
}

#[cfg(test)]
#[path = "answers_tests.rs"]
pub(crate) mod tests;
