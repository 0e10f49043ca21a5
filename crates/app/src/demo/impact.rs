//! The demo impact model of the housing-support team (`content/impact.toml`): indicators on
//! its theory's boxes, 120 pseudonymous participants with two years of generated measurements
//! (deterministic, so every demo looks the same), one MSC round fed back, effects with their
//! facets and an outcome description.

use super::knowledge::SeedIds;
use crate::{AppError, AppResult};
use serde::Deserialize;
use store::Tx;
use store::impact::effects::{self, EffectRow, OutcomeRow};
use store::impact::indicators::{self, IndicatorFields};
use store::impact::measurements::{self, NewMeasurement};
use store::impact::stories::{self, NewStory};
use store::impact::subjects;

/// Participants in the demo.
pub const DEMO_SUBJECTS: usize = 120;

#[derive(Deserialize)]
struct DemoImpact {
    indicators: Vec<DemoIndicator>,
    round: DemoRound,
    stories: Vec<DemoStory>,
    effects: Vec<DemoEffect>,
    outcomes: Vec<OutcomeRowToml>,
}

#[derive(Deserialize)]
struct DemoIndicator {
    node: i64,
    code: String,
    name: String,
    definition: String,
    population: String,
    unit: String,
    kind: String,
    min: Option<f64>,
    max: Option<f64>,
    target: Option<f64>,
    #[serde(default)]
    lower_is_better: bool,
    aggregation: String,
    frequency: i64,
    dimensions: String,
}

#[derive(Deserialize)]
struct DemoRound {
    title: String,
    period: String,
    domains: Vec<String>,
    panel: String,
    feedback: String,
}

#[derive(Deserialize)]
struct DemoStory {
    domain: String,
    teller_role: String,
    told_on: String,
    title: String,
    body: String,
    why: String,
    nodes: Vec<u32>,
    #[serde(default)]
    unexpected: bool,
    selected: Option<String>,
}

#[derive(Deserialize)]
struct DemoEffect {
    source: String,
    story: Option<String>,
    indicator: Option<String>,
    outcome: Option<usize>,
    description: String,
    positive: bool,
    intended: bool,
    direct: bool,
    via_whom: String,
    timing: String,
    anyway: String,
    others: String,
    basis: String,
    node: Option<i64>,
}

#[derive(Deserialize)]
struct OutcomeRowToml {
    social_actor: String,
    change: String,
    when_where: String,
    significance: String,
    contribution: String,
    substantiation: String,
    anticipated: bool,
}

fn demo() -> AppResult<DemoImpact> {
    toml::from_str(include_str!("../../../../content/impact.toml"))
        .map_err(|e| AppError::Content(format!("impact: {e}")))
}

/// A small deterministic generator (64-bit LCG): the same demo every time.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        let i = (self.next() * options.len() as f64) as usize;
        options[i.min(options.len() - 1)]
    }
}

/// Timepoints with their offset in months from a participant's start.
const MOMENTS: [(&str, i64); 4] = [
    ("baseline", 0),
    ("interim", 6),
    ("end", 18),
    ("follow_up", 24),
];

fn date(start_month: i64, offset: i64) -> String {
    // Start month 0 is September 2023, so two years of follow-up end before now.
    let m = 8 + start_month + offset;
    format!("{:04}-{:02}-15", 2023 + m / 12, m % 12 + 1)
}

/// The value of one indicator for one participant at timepoint `t` (0–3), `progress` their
/// own pace of change (negative for some), `jitter` noise.
fn value(code: &str, t: usize, progress: f64, jitter: f64, worker: bool) -> f64 {
    let step = t as f64;
    match code {
        "WOON-1" => f64::from(u8::from(t == 0 || progress > -0.2 || jitter > 0.3)),
        "HUUR-1" => (3.0 - step * (1.0 + progress) + jitter * 2.0)
            .round()
            .clamp(0.0, 12.0),
        "ZRM-WO" => {
            let bias = if worker { 0.3 } else { 0.0 };
            (2.0 + step * (0.5 + progress * 0.6) + jitter - bias)
                .round()
                .clamp(1.0, 5.0)
        }
        "NET-1" => (3.0 + step * (1.0 + progress) + jitter * 2.0)
            .round()
            .clamp(0.0, 10.0),
        _ => (40.0 + step * (4.0 + progress * 5.0) + jitter * 8.0)
            .round()
            .clamp(20.0, 80.0),
    }
}

impl crate::App {
    /// Seeds the demo impact model of theory `theory` inside the demo's transaction.
    pub(crate) async fn seed_impact(
        &self,
        tx: &mut Tx,
        seed: &SeedIds<'_>,
        theory: i64,
        now: i64,
    ) -> AppResult<()> {
        let demo = demo()?;
        let owner = seed
            .users
            .iter()
            .find(|(e, _)| *e == "facilitator@demo.leeratelier.nl")
            .map(|(_, id)| id.0);
        let mut ids = Vec::new();
        for i in &demo.indicators {
            let fields = IndicatorFields {
                node_key: i.node,
                code: &i.code,
                name: &i.name,
                definition: &i.definition,
                population: &i.population,
                unit: &i.unit,
                kind: &i.kind,
                scale: (i.min, i.max),
                target: i.target,
                higher_is_better: !i.lower_is_better,
                baseline: None,
                frequency_months: i.frequency,
                owner_id: owner,
                next_due: Some(now + i.frequency * 30 * 86_400),
                dimensions: &i.dimensions,
                aggregation: &i.aggregation,
                shared: i.code == "WOON-1",
            };
            let id = indicators::insert(&mut *tx, theory, &fields, now)
                .await?
                .ok_or_else(|| AppError::Content(format!("impact: code {}", i.code)))?;
            ids.push((i.code.as_str(), id));
        }
        self.seed_measurements(tx, theory, &ids, owner.unwrap_or(0), now)
            .await?;
        self.seed_stories(tx, theory, &demo, (&ids, owner.unwrap_or(0)), now)
            .await?;
        store::impact::touch(&mut *tx, theory).await?;
        Ok(())
    }

    async fn seed_measurements(
        &self,
        tx: &mut Tx,
        theory: i64,
        indicators: &[(&str, i64)],
        by: i64,
        now: i64,
    ) -> AppResult<()> {
        let mut dice = Dice(2026);
        let mut rows = Vec::new();
        for n in 1..=DEMO_SUBJECTS {
            let attributes = [
                (
                    "leeftijdsgroep".to_owned(),
                    dice.pick(&["18-26", "27-45", "46+"]).to_owned(),
                ),
                (
                    "wijk".to_owned(),
                    dice.pick(&["Noord", "Zuid", "Centrum", "Oost"]).to_owned(),
                ),
            ];
            let pseudonym = format!("WB-{n:03}");
            let text = domain::impact::subject::attributes_text(&attributes);
            let subject = subjects::insert(&mut *tx, theory, &pseudonym, &text, now)
                .await?
                .ok_or_else(|| AppError::Content("impact: pseudonym".into()))?;
            subjects::give_consent(&mut *tx, subject, "evaluation", by, now).await?;
            if n % 6 != 0 {
                subjects::give_consent(&mut *tx, subject, "report", by, now).await?;
            }
            // Two in three also agreed that the atelier sees totals that include them.
            if n % 3 != 0 {
                subjects::give_consent(&mut *tx, subject, "sharing", by, now).await?;
            }
            // Starts spread over the first year; later starters have fewer timepoints so far.
            let start = (n as i64 * 7) % 12;
            let progress = dice.next() * 1.2 - 0.3;
            let measured = if n % 4 == 0 { 3 } else { 4 };
            for (code, indicator) in indicators {
                let views: &[&'static str] = if *code == "ZRM-WO" {
                    &["client", "worker"]
                } else {
                    &[""]
                };
                for (t, (timepoint, offset)) in MOMENTS.iter().enumerate().take(measured) {
                    for view in views {
                        let jitter = dice.next() - 0.5;
                        rows.push(NewMeasurement {
                            indicator: *indicator,
                            subject,
                            timepoint,
                            measured_on: date(start, *offset),
                            perspective: view,
                            value: Some(value(code, t, progress, jitter, *view == "worker")),
                            answer: String::new(),
                            comment: String::new(),
                        });
                    }
                }
            }
        }
        if !measurements::insert_many(tx, &rows, by, now).await? {
            return Err(AppError::Content("impact: duplicate measurement".into()));
        }
        Ok(())
    }

    async fn seed_stories(
        &self,
        tx: &mut Tx,
        theory: i64,
        demo: &DemoImpact,
        (indicators, by): (&[(&str, i64)], i64),
        now: i64,
    ) -> AppResult<()> {
        let r = &demo.round;
        let round = stories::insert_round(
            &mut *tx,
            theory,
            (&r.title, &r.period, &r.domains.join("\n"), &r.panel),
            now,
        )
        .await?;
        let mut story_ids = Vec::new();
        for s in &demo.stories {
            let keys: Vec<String> = s.nodes.iter().map(u32::to_string).collect();
            let id = stories::insert(
                &mut *tx,
                theory,
                &NewStory {
                    round: Some(round),
                    teller_role: &s.teller_role,
                    told_on: &s.told_on,
                    domain: &s.domain,
                    title: &s.title,
                    body: &s.body,
                    why_significant: &s.why,
                    node_keys: &keys.join(","),
                    unexpected: s.unexpected,
                },
                by,
                now,
            )
            .await?;
            if let Some(reason) = &s.selected {
                stories::select(tx, round, id, reason).await?;
            }
            story_ids.push((s.title.as_str(), id));
        }
        stories::set_status(
            &mut *tx,
            round,
            ("collecting", "fed_back"),
            &r.feedback,
            now,
        )
        .await?;
        let mut outcome_ids = Vec::new();
        for o in &demo.outcomes {
            let row = OutcomeRow {
                id: 0,
                social_actor: o.social_actor.clone(),
                change: o.change.clone(),
                when_where: o.when_where.clone(),
                significance: o.significance.clone(),
                contribution: o.contribution.clone(),
                substantiation: o.substantiation.clone(),
                anticipated: o.anticipated,
            };
            outcome_ids.push(effects::insert_outcome(&mut *tx, theory, &row, by, now).await?);
        }
        for e in &demo.effects {
            let find = |name: &Option<String>, list: &[(&str, i64)]| {
                name.as_ref()
                    .and_then(|n| list.iter().find(|(k, _)| k == n).map(|(_, id)| *id))
            };
            let row = EffectRow {
                id: 0,
                source: e.source.clone(),
                story_id: find(&e.story, &story_ids),
                indicator_id: find(&e.indicator, indicators),
                outcome_id: e.outcome.and_then(|i| outcome_ids.get(i - 1).copied()),
                node_key: e.node,
                description: e.description.clone(),
                positive: e.positive,
                intended: e.intended,
                direct: e.direct,
                via_whom: e.via_whom.clone(),
                timing: e.timing.clone(),
                anyway: e.anyway.clone(),
                others: e.others.clone(),
                basis: e.basis.clone(),
            };
            effects::insert(&mut *tx, theory, &row, by, now).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "impact_tests.rs"]
mod tests;
