//! Impact models: each atelier's team works on the housing-support theory of change of the
//! demo, with ten indicators on its boxes (four broken down by neighbourhood and age group) and
//! pseudonymous participants measured at four timepoints, the values drifting the way a
//! programme that works would. The impact dashboard benchmark uses the same theory at the size
//! of one large programme.

use crate::textgen::Rng;
use crate::{GenerateError, GenerateResult, Progress};
use domain::UserId;
use store::Db;
use store::impact::indicators::IndicatorFields;
use store::impact::measurements::NewMeasurement;
use store::theories::Arrangement;

/// The theory every generated impact model starts from.
const THEORY: &str = include_str!("../../../content/theories/ambulante-woonbegeleiding.json");

/// The indicators, on boxes of that theory: (box key, name, kind, min, max, how values add up).
pub const INDICATORS: [(i64, &str, &str, f64, f64, &str); 10] = [
    (
        15,
        "Woont nog in de eigen woning",
        "scale",
        0.0,
        1.0,
        "ratio",
    ),
    (
        9,
        "Maanden huur op tijd betaald",
        "count",
        0.0,
        12.0,
        "mean",
    ),
    (
        16,
        "Redt het met lichte begeleiding (1–5)",
        "scale",
        1.0,
        5.0,
        "mean",
    ),
    (
        12,
        "Mensen om op terug te vallen (0–10)",
        "scale",
        0.0,
        10.0,
        "mean",
    ),
    (
        6,
        "Huisbezoeken volgens eigen plan",
        "scale",
        20.0,
        80.0,
        "mean",
    ),
    (
        8,
        "Weet wat bij huren hoort (1–5)",
        "scale",
        1.0,
        5.0,
        "mean",
    ),
    (10, "Problemen op tijd gemeld", "count", 0.0, 20.0, "sum"),
    (
        11,
        "Schulden in regeling (1–5)",
        "scale",
        1.0,
        5.0,
        "latest",
    ),
    (5, "Woningen gevonden", "count", 0.0, 3.0, "cumulative"),
    (
        7,
        "Huur automatisch betaald (%)",
        "percentage",
        0.0,
        100.0,
        "mean",
    ),
];

/// The timepoints every participant is measured at, with the date of each.
const TIMEPOINTS: [(&str, &str); 4] = [
    ("baseline", "2024-01-15"),
    ("interim", "2024-07-15"),
    ("end", "2025-01-15"),
    ("follow_up", "2025-07-15"),
];

const WIJKEN: [&str; 6] = ["Noord", "Zuid", "Oost", "West", "Centrum", "Haven"];
const LEEFTIJD: [&str; 4] = ["18-26", "27-45", "46-65", "65+"];

/// Measurements each participant gets: every indicator at every timepoint.
pub const PER_PARTICIPANT: usize = INDICATORS.len() * TIMEPOINTS.len();

/// Participants written per transaction.
const PARTICIPANTS_PER_BATCH: usize = 500;

/// Where a generated impact model belongs.
#[derive(Debug, Clone, Copy)]
pub struct Owner {
    /// Who made it (and records its measurements).
    pub user: UserId,
    /// Its atelier, whose team shares it; none for a private model.
    pub atelier: Option<i64>,
}

/// Generates one impact model with `participants` participants; returns the theory's id.
/// `done` is the number of measurements written before this model, for the progress report.
pub async fn theory(
    db: &Db,
    owner: Owner,
    participants: usize,
    rng: &mut Rng,
    (done, total, progress): (usize, usize, Progress<'_>),
) -> GenerateResult<i64> {
    let theory =
        domain::toc::json::import(THEORY).map_err(|e| GenerateError::Content(format!("{e:?}")))?;
    let model =
        serde_json::to_string(&theory).map_err(|e| GenerateError::Content(e.to_string()))?;
    let arrangement = Arrangement {
        atelier: owner.atelier,
        team: owner.atelier.is_some(),
        published: owner.atelier.is_some(),
    };
    let start = crate::community::START;
    let id = store::theories::insert(
        db,
        owner.user,
        arrangement,
        (&theory.title, &model, None),
        start,
    )
    .await?;
    let mut indicators = Vec::with_capacity(INDICATORS.len());
    for (n, (node, name, kind, min, max, rule)) in INDICATORS.iter().enumerate() {
        let code = format!("W{}", n + 1);
        let fields = IndicatorFields {
            node_key: *node,
            code: &code,
            name,
            definition: "Gemeten bij elke deelnemer op de vier vaste momenten.",
            population: "Deelnemers aan de woonbegeleiding",
            unit: "",
            kind,
            scale: (Some(*min), Some(*max)),
            target: Some((min + max) / 2.0),
            higher_is_better: n != 1,
            baseline: None,
            frequency_months: 6,
            owner_id: None,
            next_due: None,
            dimensions: if n % 3 == 0 { "wijk,leeftijd" } else { "" },
            aggregation: rule,
            shared: false,
        };
        // A new model has no indicators yet, so each code is free.
        let indicator = store::impact::indicators::insert(db, id, &fields, start)
            .await?
            .ok_or_else(|| GenerateError::Content(format!("indicator {code} existed already")))?;
        indicators.push((indicator, *min, *max));
    }
    let mut written = 0;
    while written < participants {
        let end = (written + PARTICIPANTS_PER_BATCH).min(participants);
        let mut tx = db.begin().await?;
        let mut rows = Vec::with_capacity((end - written) * PER_PARTICIPANT);
        for p in written..end {
            let attributes = [
                (
                    "wijk".to_owned(),
                    WIJKEN[rng.below(WIJKEN.len())].to_owned(),
                ),
                (
                    "leeftijd".to_owned(),
                    LEEFTIJD[rng.below(LEEFTIJD.len())].to_owned(),
                ),
            ];
            let text = domain::impact::subject::attributes_text(&attributes);
            let pseudonym = format!("D-{:05}", p + 1);
            // Pseudonyms are numbered within a new model, so each is free.
            let subject = store::impact::subjects::insert(&mut tx, id, &pseudonym, &text, start)
                .await?
                .ok_or_else(|| GenerateError::Content(format!("{pseudonym} existed already")))?;
            for (indicator, min, max) in &indicators {
                for (t, (timepoint, date)) in TIMEPOINTS.iter().enumerate() {
                    // A programme that works: values climb a little at every timepoint.
                    let span = max - min;
                    let drift = span * 0.08 * t as f64;
                    let noise = span * (rng.below(1_000) as f64 / 1_000.0) * 0.6;
                    rows.push(NewMeasurement {
                        indicator: *indicator,
                        subject,
                        timepoint,
                        measured_on: (*date).to_owned(),
                        perspective: "",
                        value: Some((min + noise + drift).min(*max).round()),
                        answer: String::new(),
                        comment: String::new(),
                    });
                }
            }
        }
        // Pseudonyms are new to this model, so no measurement can exist yet.
        if !store::impact::measurements::insert_many(&mut tx, &rows, owner.user.0, start).await? {
            return Err(GenerateError::Content(format!(
                "measurements of model {id} existed already"
            )));
        }
        tx.commit().await?;
        written = end;
        progress("measurements", done + written * PER_PARTICIPANT, total);
    }
    Ok(id)
}
