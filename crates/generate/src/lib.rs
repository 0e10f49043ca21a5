//! `leeratelier generate`: fills an empty database with realistic, deterministic (seeded) data at
//! a chosen scale — a werkplaats, ateliers, members with their memberships, forum categories,
//! threads and posts, knowledge items, events with registrations (all indexed for search as
//! written ones are) and impact models with their measurements — for benchmarks and trials.

pub mod community;
pub mod events;
pub mod forum;
pub mod impact;
pub mod knowledge;
pub mod names;
pub mod prose;
pub mod textgen;

use store::Db;

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Member accounts.
    pub members: usize,
    /// Ateliers.
    pub ateliers: usize,
    /// Forum posts (the opening posts included).
    pub posts: usize,
    /// Knowledge items (most published, some in draft or review).
    pub knowledge: usize,
    /// Events, from the werkplaats's start until the end of 2027.
    pub events: usize,
    /// Measurements in the ateliers' impact models (rounded down to whole participants, each
    /// measured on every indicator at every timepoint).
    pub measurements: usize,
    /// The seed: the same seed and scale give the same data.
    pub seed: u64,
}

impl Default for Scale {
    /// A national network's worth: 10,000 members, 50 ateliers, 100,000 posts, 10,000
    /// knowledge items, 5,000 events and 1,000,000 measurements.
    fn default() -> Self {
        Scale {
            members: 10_000,
            ateliers: 50,
            posts: 100_000,
            knowledge: 10_000,
            events: 5_000,
            measurements: 1_000_000,
            seed: 20_261_130,
        }
    }
}

/// The password of every generated account (they are test accounts; one hash serves all, so
/// generating does not spend minutes on Argon2).
pub const PASSWORD: &str = "gegenereerd-wachtwoord";

/// What was generated, with the landmarks a benchmark needs.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The werkplaats.
    pub werkplaats: i64,
    /// The ateliers, the first one public.
    pub ateliers: Vec<i64>,
    /// The members' e-mail addresses are `lid{n}@voorbeeld.test`, n from 1.
    pub members: usize,
    /// The address of a thread of exactly 50 posts in the first (public) atelier, readable
    /// anonymously.
    pub thread_of_50: String,
    /// Threads.
    pub threads: usize,
    /// Posts.
    pub posts: usize,
    /// Knowledge items published (and so searchable).
    pub published_knowledge: usize,
    /// Registrations for the events.
    pub registrations: usize,
    /// Measurements written.
    pub measurements: usize,
    /// The impact dashboard of the first atelier's model, when measurements were asked for.
    pub dashboard: Option<String>,
}

/// Reports progress: (step, done, total).
pub type Progress<'a> = &'a mut dyn FnMut(&str, usize, usize);

/// Rows per transaction: large enough to be fast, small enough to keep memory flat.
pub(crate) const BATCH: usize = 2_000;

/// Fills `db`, which must hold no accounts yet (generated data never mixes with real data).
pub async fn generate(db: &Db, scale: Scale, progress: Progress<'_>) -> GenerateResult<Generated> {
    if store::users::count(db).await? > 0 {
        return Err(GenerateError::NotEmpty);
    }
    let password_hash = app::security::hash_password(PASSWORD.to_owned())
        .await
        .map_err(|e| GenerateError::Hash(e.to_string()))?;
    let mut rng = textgen::Rng::new(scale.seed);
    let community = community::generate(db, &scale, &password_hash, &mut rng, progress).await?;
    let forum = forum::generate(db, &scale, &community, &mut rng, progress).await?;
    let published_knowledge =
        knowledge::generate(db, &scale, &community, &mut rng, progress).await?;
    let registrations = events::generate(db, &scale, &community, &mut rng, progress).await?;
    let (models, measurements) = impact_models(db, &scale, &community, &mut rng, progress).await?;
    Ok(Generated {
        werkplaats: community.werkplaats.0,
        ateliers: community.ateliers.iter().map(|a| a.id.0).collect(),
        members: scale.members,
        thread_of_50: forum.thread_of_50,
        threads: forum.threads,
        posts: forum.posts,
        published_knowledge,
        registrations,
        measurements,
        dashboard: models
            .first()
            .map(|id| format!("/veranderingstheorie/{id}/impact")),
    })
}

/// One impact model per atelier with members, made by its first facilitator, the participants
/// shared out evenly; returns the models and the measurements written.
async fn impact_models(
    db: &Db,
    scale: &Scale,
    community: &community::Community,
    rng: &mut textgen::Rng,
    progress: Progress<'_>,
) -> GenerateResult<(Vec<i64>, usize)> {
    let teams: Vec<_> = community
        .ateliers
        .iter()
        .filter(|a| !a.members.is_empty())
        .collect();
    let participants = scale.measurements / impact::PER_PARTICIPANT;
    if teams.is_empty() || participants == 0 {
        return Ok((Vec::new(), 0));
    }
    let total = participants * impact::PER_PARTICIPANT;
    let mut models = Vec::with_capacity(teams.len());
    let mut done = 0;
    for (n, team) in teams.iter().enumerate() {
        // What does not share out evenly goes to the first models, one participant each.
        let share = participants / teams.len() + usize::from(n < participants % teams.len());
        if share == 0 {
            continue;
        }
        let owner = impact::Owner {
            user: team.members[0],
            atelier: Some(team.id.0),
        };
        models.push(impact::theory(db, owner, share, rng, (done, total, &mut *progress)).await?);
        done += share * impact::PER_PARTICIPANT;
    }
    Ok((models, done))
}

/// Why generating stopped.
#[derive(Debug)]
pub enum GenerateError {
    /// The database has accounts already.
    NotEmpty,
    /// The shared password could not be hashed.
    Hash(String),
    /// The bundled content (the theory of change) could not be read.
    Content(String),
    /// The database refused.
    Store(store::StoreError),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::NotEmpty => {
                f.write_str("the database has accounts already; generate into an empty one")
            }
            GenerateError::Hash(e) => write!(f, "hashing the shared password failed: {e}"),
            GenerateError::Content(e) => write!(f, "bundled content: {e}"),
            GenerateError::Store(e) => write!(f, "database: {e}"),
        }
    }
}

impl std::error::Error for GenerateError {}

impl From<store::StoreError> for GenerateError {
    fn from(e: store::StoreError) -> Self {
        GenerateError::Store(e)
    }
}

/// Result of a generating step.
pub type GenerateResult<T> = Result<T, GenerateError>;
