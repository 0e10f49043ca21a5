//! `leeratelier generate`: fills an empty database with realistic, deterministic (seeded) data at
//! a chosen scale — a werkplaats, ateliers, members with their memberships, forum categories,
//! threads and posts (indexed for search as written ones are) — for benchmarks and trials.

pub mod community;
pub mod forum;
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
    /// The seed: the same seed and scale give the same data.
    pub seed: u64,
}

impl Default for Scale {
    /// A national network's worth: 10,000 members, 50 ateliers, 100,000 posts.
    fn default() -> Self {
        Scale {
            members: 10_000,
            ateliers: 50,
            posts: 100_000,
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
    Ok(Generated {
        werkplaats: community.werkplaats.0,
        ateliers: community.ateliers.iter().map(|a| a.id.0).collect(),
        members: scale.members,
        thread_of_50: forum.thread_of_50,
        threads: forum.threads,
        posts: forum.posts,
    })
}

/// Why generating stopped.
#[derive(Debug)]
pub enum GenerateError {
    /// The database has accounts already.
    NotEmpty,
    /// The shared password could not be hashed.
    Hash(String),
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
