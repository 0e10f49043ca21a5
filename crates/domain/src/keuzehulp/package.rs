//! Putting a package together: the recommender. A pure function from the answers to methods
//! that together describe (counting and telling), understand causes, synthesise and report,
//! each with its reasons, a close alternative, and the methods not recommended with why.

use super::catalogue::{Catalogue, Method};
use super::profile::Profile;
use super::rules::{self, Reason};
use super::{Answers, Purpose, Rank, Strength, Task};

coded_enum!(
    /// The place a method takes in the package.
    Slot {
        /// Output and reach monitoring: always, a prerequisite for everything.
        Monitoring => "monitoring",
        /// Counting change (for accountability and individual trajectories).
        Counting => "counting",
        /// Telling: stories and experiences (tellen én vertellen).
        Telling => "telling",
        /// Understanding causes, as far as the answers allow.
        Understanding => "understanding",
        /// Coming to a judgement.
        Judging => "judging",
        /// A value in money, when a funder asks for it.
        Value => "value",
        /// Sharing and using the findings.
        Reporting => "reporting",
    }
);

impl Slot {
    /// The task a method must serve to fill the slot.
    pub fn task(self) -> Task {
        match self {
            Slot::Monitoring | Slot::Counting | Slot::Telling => Task::Describe,
            Slot::Understanding => Task::Understand,
            Slot::Judging | Slot::Value => Task::Synthesise,
            Slot::Reporting => Task::Report,
        }
    }

    /// The strength a method must have to fill the slot, if any.
    fn strength(self) -> Option<Strength> {
        match self {
            Slot::Monitoring => Some(Strength::Reach),
            Slot::Counting => Some(Strength::Numbers),
            Slot::Telling => Some(Strength::Stories),
            Slot::Value => Some(Strength::Money),
            _ => None,
        }
    }
}

/// A method that came close for a slot.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative<'c> {
    /// The method.
    pub method: &'c Method,
    /// Why it fits too.
    pub why: Vec<Reason>,
    /// "Let op", should the team choose it.
    pub caution: Vec<Reason>,
}

/// A recommended method.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick<'c> {
    /// The method.
    pub method: &'c Method,
    /// Its place in the package.
    pub slot: Slot,
    /// "Waarom dit voorstel".
    pub why: Vec<Reason>,
    /// "Let op".
    pub caution: Vec<Reason>,
    /// A close alternative for the same place.
    pub alternative: Option<Alternative<'c>>,
}

/// A method that is explicitly not recommended.
#[derive(Debug, Clone, PartialEq)]
pub struct NotRecommended<'c> {
    /// The method.
    pub method: &'c Method,
    /// Why not.
    pub reasons: Vec<Reason>,
}

/// The recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Package<'c> {
    /// The methods, in slot order.
    pub picks: Vec<Pick<'c>>,
    /// Methods ruled out, with the reasons, in catalogue order.
    pub not_recommended: Vec<NotRecommended<'c>>,
    /// Notes on the whole package.
    pub notes: Vec<Reason>,
    /// The digested answers.
    pub profile: Profile,
}

impl Package<'_> {
    /// The reasons ("waarom", "let op") the package gives for the method with code `id`, as a
    /// pick or as an alternative; `None` when it offered the method neither way.
    pub fn reasons_for(&self, id: &str) -> Option<(&[Reason], &[Reason])> {
        self.picks.iter().find_map(|p| {
            if p.method.id == id {
                Some((p.why.as_slice(), p.caution.as_slice()))
            } else {
                p.alternative
                    .as_ref()
                    .filter(|a| a.method.id == id)
                    .map(|a| (a.why.as_slice(), a.caution.as_slice()))
            }
        })
    }

    /// True when some method in the package serves `task`.
    pub fn covers(&self, task: Task) -> bool {
        self.picks.iter().any(|p| p.method.serves(task))
    }
}

/// How many points a runner-up may trail and still be shown as a close alternative.
const CLOSE: i32 = 3;

struct Candidate<'c> {
    method: &'c Method,
    score: i32,
    why: Vec<Reason>,
}

fn slots(profile: &Profile) -> Vec<Slot> {
    let mut slots = vec![Slot::Monitoring];
    let counting =
        profile.purpose == Purpose::Accountability || profile.locus == super::Locus::Individual;
    if counting {
        slots.push(Slot::Counting);
    }
    slots.extend([Slot::Telling, Slot::Understanding, Slot::Judging]);
    if profile.money {
        slots.push(Slot::Value);
    }
    slots.push(Slot::Reporting);
    slots
}

/// The recommended package for complete answers; `None` while a step is incomplete.
pub fn recommend<'c>(catalogue: &'c Catalogue, answers: &Answers) -> Option<Package<'c>> {
    let profile = Profile::of(answers)?;
    let mut allowed = Vec::new();
    let mut not_recommended = Vec::new();
    for method in &catalogue.methods {
        let reasons = rules::exclusions(method, &profile);
        if reasons.is_empty() {
            let (score, why) = rules::weigh(method, &profile);
            allowed.push(Candidate { method, score, why });
        } else {
            not_recommended.push(NotRecommended { method, reasons });
        }
    }
    // Best first; ties go to the lighter method, then to catalogue code, so the same answers
    // always give the same package.
    allowed.sort_by(|a, b| {
        (b.score, a.method.effort.rank(), &a.method.id).cmp(&(
            a.score,
            b.method.effort.rank(),
            &b.method.id,
        ))
    });
    let mut picks: Vec<Pick<'c>> = Vec::new();
    // Each slot's runners-up, kept until every slot is filled: an alternative must not be a
    // method the package already holds, nor one offered for another slot.
    let mut runners_up: Vec<Vec<&Candidate<'c>>> = Vec::new();
    for slot in slots(&profile) {
        if slot == Slot::Reporting && picks.iter().any(|p| p.method.serves(Task::Report)) {
            continue;
        }
        let fitting: Vec<&Candidate<'c>> = allowed
            .iter()
            .filter(|c| c.method.serves(slot.task()))
            .filter(|c| slot.strength().is_none_or(|s| c.method.is_good_for(s)))
            .filter(|c| !picks.iter().any(|p| p.method.id == c.method.id))
            .collect();
        let Some(best) = fitting.first() else {
            continue;
        };
        let mut why = vec![Reason::new(format!("keuzehulp-slot-{}", slot.code()))];
        why.extend(best.why.iter().cloned());
        picks.push(Pick {
            method: best.method,
            slot,
            why,
            caution: rules::cautions(best.method, &profile),
            alternative: None,
        });
        let floor = best.score - CLOSE;
        runners_up.push(
            fitting[1..]
                .iter()
                .copied()
                .filter(|c| c.score >= floor)
                .collect(),
        );
    }
    let mut offered: Vec<&str> = picks.iter().map(|p| p.method.id.as_str()).collect();
    for (pick, candidates) in picks.iter_mut().zip(runners_up) {
        if let Some(c) = candidates
            .into_iter()
            .find(|c| !offered.contains(&c.method.id.as_str()))
        {
            offered.push(&c.method.id);
            pick.alternative = Some(Alternative {
                method: c.method,
                why: c.why.clone(),
                caution: rules::cautions(c.method, &profile),
            });
        }
    }
    let notes = notes(&profile);
    Some(Package {
        picks,
        not_recommended,
        notes,
        profile,
    })
}

/// Notes on the whole package: first steps for an undescribed practice, why the causal
/// ambition was lowered, negative effects, money, and the next step on the evidence axis.
pub fn notes(profile: &Profile) -> Vec<Reason> {
    let mut notes = Vec::new();
    if profile.evidence <= 1 {
        notes.push(Reason::new("keuzehulp-note-describe-first"));
    }
    if profile.ceiling.rank() < profile.asked.rank() {
        notes.push(Reason::new(match profile.ceiling_reason {
            super::profile::CeilingReason::Constraints => "keuzehulp-note-lowered-means",
            _ => "keuzehulp-note-lowered-evidence",
        }));
    }
    if !profile.looks_for_negative {
        notes.push(Reason::new("keuzehulp-note-negative"));
    }
    if profile.money {
        notes.push(Reason::new("keuzehulp-note-money"));
    }
    notes.push(Reason::new(format!(
        "keuzehulp-note-next-e{}",
        (profile.evidence + 1).min(6)
    )));
    notes
}

#[cfg(test)]
#[path = "package_tests.rs"]
mod tests;
