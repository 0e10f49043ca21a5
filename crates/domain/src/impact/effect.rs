//! The effect register: every observed effect carries the facets of the definition the field
//! uses (De Waele et al., 2022): positive or negative, intended or unintended, direct or
//! indirect (and via whom), during or after the work, and a judgement of what would have
//! happened anyway and of the contribution of others, with the basis for that judgement.

use crate::validation::{FieldErrors, optional_text, required_text};

/// Longest text of an effect.
pub const MAX_TEXT: usize = 2000;

coded_enum!(
    /// Where an effect was seen.
    EffectSource {
        /// In a story.
        Story => "story",
        /// In an indicator's numbers.
        Indicator => "indicator",
        /// Observed in the work.
        Observation => "observation",
        /// In an outcome description (outcome harvesting).
        Harvest => "harvest",
    }
);

coded_enum!(
    /// When an effect shows.
    EffectTiming {
        /// While the work goes on.
        During => "during",
        /// After it ended.
        After => "after",
    }
);

/// An effect as submitted (yes/no facets as the codes of radio buttons).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EffectInput {
    /// Source code.
    pub source: String,
    /// The record it comes from (story or indicator id, as text; may be empty).
    pub source_id: String,
    /// Theory box key (may be empty: unexpected).
    pub node: String,
    /// What changed, for whom.
    pub description: String,
    /// `positive` or `negative`.
    pub valence: String,
    /// `intended` or `unintended`.
    pub intent: String,
    /// `direct` or `indirect`.
    pub reach: String,
    /// Via whom (needed when indirect).
    pub via_whom: String,
    /// Timing code.
    pub timing: String,
    /// What would have happened anyway.
    pub anyway: String,
    /// What others contributed.
    pub others: String,
    /// What the two judgements rest on.
    pub basis: String,
}

/// A checked effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectSpec {
    /// Source.
    pub source: EffectSource,
    /// Record id in that source.
    pub source_id: Option<i64>,
    /// Box key.
    pub node: Option<u32>,
    /// Description.
    pub description: String,
    /// Positive.
    pub positive: bool,
    /// Intended.
    pub intended: bool,
    /// Direct.
    pub direct: bool,
    /// Via whom.
    pub via_whom: String,
    /// Timing.
    pub timing: EffectTiming,
    /// What would have happened anyway.
    pub anyway: String,
    /// Contribution of others.
    pub others: String,
    /// Basis.
    pub basis: String,
}

fn either(e: &mut FieldErrors, field: &'static str, value: &str, yes: &str, no: &str) -> bool {
    if value != yes && value != no {
        e.add(field, "impact-error-choose");
    }
    value == yes
}

impl EffectInput {
    /// The effect, or the problems; `nodes` are the theory's box keys.
    pub fn validate(&self, nodes: &[u32]) -> Result<EffectSpec, FieldErrors> {
        let mut e = FieldErrors::new();
        let source = EffectSource::from_code(&self.source);
        if source.is_none() {
            e.add("source", "impact-error-choose");
        }
        let source_id = match self.source_id.trim() {
            "" => None,
            id => {
                let parsed = id.parse().ok();
                if parsed.is_none() {
                    e.add("source_id", "impact-error-choose");
                }
                parsed
            }
        };
        let node = match self.node.trim() {
            "" => None,
            key => {
                let parsed = key.parse().ok().filter(|k| nodes.contains(k));
                if parsed.is_none() {
                    e.add("node", "impact-indicator-node");
                }
                parsed
            }
        };
        let description = required_text(&mut e, "description", &self.description, MAX_TEXT);
        let positive = either(&mut e, "valence", &self.valence, "positive", "negative");
        let intended = either(&mut e, "intent", &self.intent, "intended", "unintended");
        let direct = either(&mut e, "reach", &self.reach, "direct", "indirect");
        let via_whom = optional_text(&mut e, "via_whom", &self.via_whom, 300);
        if self.reach == "indirect" && via_whom.is_empty() {
            e.add("via_whom", "impact-effect-via");
        }
        let timing = EffectTiming::from_code(&self.timing);
        if timing.is_none() {
            e.add("timing", "impact-error-choose");
        }
        let anyway = required_text(&mut e, "anyway", &self.anyway, MAX_TEXT);
        let others = required_text(&mut e, "others", &self.others, MAX_TEXT);
        let basis = required_text(&mut e, "basis", &self.basis, MAX_TEXT);
        let (Some(source), Some(timing)) = (source, timing) else {
            return Err(e);
        };
        e.into_result(EffectSpec {
            source,
            source_id,
            node,
            description,
            positive,
            intended,
            direct,
            via_whom,
            timing,
            anyway,
            others,
            basis,
        })
    }
}

/// How many effects are negative and how many unintended, of all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EffectShares {
    /// All effects.
    pub total: i64,
    /// Negative ones.
    pub negative: i64,
    /// Unintended ones.
    pub unintended: i64,
    /// Indirect ones.
    pub indirect: i64,
    /// Seen after the work ended.
    pub after: i64,
}

impl EffectShares {
    /// A share in whole percents (0 without effects).
    pub fn percent(&self, part: i64) -> i64 {
        if self.total == 0 {
            0
        } else {
            (100 * part + self.total / 2) / self.total
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> EffectInput {
        EffectInput {
            source: "observation".into(),
            description: "Buren helpen elkaar vaker".into(),
            valence: "positive".into(),
            intent: "unintended".into(),
            reach: "indirect".into(),
            via_whom: "de buren".into(),
            timing: "after".into(),
            anyway: "Weinig: vóór de buurtkamer gebeurde het niet".into(),
            others: "De wijkagent organiseerde ook iets".into(),
            basis: "Gesprekken met vijf buren".into(),
            ..EffectInput::default()
        }
    }

    #[test]
    fn an_effect_carries_every_facet() {
        let spec = input().validate(&[1]).unwrap();
        assert!(spec.positive && !spec.intended && !spec.direct);
        assert_eq!(spec.timing, EffectTiming::After);
    }

    #[test]
    fn indirect_needs_via_whom_and_every_judgement_its_basis() {
        let mut bad = input();
        bad.via_whom.clear();
        bad.basis.clear();
        bad.valence.clear();
        bad.node = "7".into();
        let e = bad.validate(&[1]).unwrap_err();
        for field in ["via_whom", "basis", "valence", "node"] {
            assert!(e.for_field(field).is_some(), "{field}");
        }
    }

    #[test]
    fn shares_round_to_whole_percents() {
        let s = EffectShares {
            total: 3,
            negative: 1,
            ..EffectShares::default()
        };
        assert_eq!(s.percent(s.negative), 33);
        assert_eq!(EffectShares::default().percent(0), 0);
    }
}
