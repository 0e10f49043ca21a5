//! The forum: a werkplaats-wide category and two per atelier; threads of every kind, their
//! posts written by the atelier's members over the years, some found valuable, half the
//! practice questions with a helpful answer; every post indexed for search. The first thread
//! has exactly 50 posts and sits in the first (public) atelier: the benchmark's thread page.

use crate::community::{Community, START};
use crate::textgen::{Rng, title};
use crate::{BATCH, GenerateResult, Progress, Scale, prose};
use app::forum::{CategoryRow, PostRow, search_document, thread_path};
use domain::UserId;
use store::forum::categories::NewCategory;
use store::forum::{categories, posts, threads};
use store::{Db, Exec, Tx};

/// Seconds the generated history spans (four years).
const SPAN: i64 = 4 * 365 * 24 * 3600;

const KINDS: [&str; 10] = [
    "discussion",
    "discussion",
    "discussion",
    "discussion",
    "discussion",
    "discussion",
    "question",
    "question",
    "question",
    "slow",
];

/// What the forum step made.
#[derive(Debug, Clone)]
pub struct Forum {
    /// The address of the thread of exactly 50 posts (public).
    pub thread_of_50: String,
    /// Threads.
    pub threads: usize,
    /// Posts.
    pub posts: usize,
}

/// A category with who may write in it.
struct Place {
    row: CategoryRow,
    writers: Vec<UserId>,
}

/// Generates categories, threads and posts up to `scale.posts`.
pub async fn generate(
    db: &Db,
    scale: &Scale,
    community: &Community,
    rng: &mut Rng,
    progress: Progress<'_>,
) -> GenerateResult<Forum> {
    let places = categories(db, community).await?;
    // Thread sizes: exactly 50 for the first, then 1–40 (20 on average).
    let mut sizes = vec![50.min(scale.posts.max(1))];
    let mut planned = sizes[0];
    while planned < scale.posts {
        let size = (1 + rng.below(40)).min(scale.posts - planned);
        sizes.push(size);
        planned += size;
    }
    let step = SPAN / i64::try_from(sizes.len()).unwrap_or(1).max(1);
    let mut written = 0;
    let mut tx = db.begin().await?;
    let mut in_tx = 0;
    let mut thread_of_50 = String::new();
    for (n, &size) in sizes.iter().enumerate() {
        // The first thread goes to the first (public) atelier; others to an atelier with the
        // popular ones drawn more often, one in twenty to the werkplaats-wide category.
        let place = match n {
            0 => &places[1],
            _ if rng.below(20) == 0 => &places[0],
            _ => &places[1 + rng.skewed(places.len() - 1)],
        };
        let started = START + i64::try_from(n).unwrap_or(0) * step;
        let kind = if n == 0 {
            "discussion"
        } else {
            KINDS[rng.below(KINDS.len())]
        };
        let path = thread(&mut tx, place, kind, started, rng, written, size).await?;
        if n == 0 {
            thread_of_50 = path;
        }
        written += size;
        in_tx += size;
        if in_tx >= BATCH {
            tx.commit().await?;
            tx = db.begin().await?;
            in_tx = 0;
            progress("posts", written, scale.posts);
        }
    }
    tx.commit().await?;
    progress("posts", written, scale.posts);
    Ok(Forum {
        thread_of_50,
        threads: sizes.len(),
        posts: written,
    })
}

/// The werkplaats-wide category first, then two per atelier.
async fn categories(db: &Db, community: &Community) -> GenerateResult<Vec<Place>> {
    let mut made = vec![(None, "algemeen", "Algemeen", community.members.clone())];
    for atelier in &community.ateliers {
        made.push((
            Some(atelier.id),
            "uitwisseling",
            "Uitwisseling",
            atelier.members.clone(),
        ));
        made.push((
            Some(atelier.id),
            "vragen",
            "Vragen uit de praktijk",
            atelier.members.clone(),
        ));
    }
    let mut places = Vec::with_capacity(made.len());
    for (position, (atelier, slug, name, writers)) in made.into_iter().enumerate() {
        let new = NewCategory {
            werkplaats: community.werkplaats,
            atelier,
            slug,
            name,
            description: "",
            position: i64::try_from(position).unwrap_or(0),
        };
        let id = categories::insert(db, new, START).await?;
        if let Some(row) = categories::find(db, id).await? {
            // An atelier nobody joined is written in by the werkplaats as a whole.
            let writers = if writers.is_empty() {
                community.members.clone()
            } else {
                writers
            };
            places.push(Place { row, writers });
        }
    }
    Ok(places)
}

/// One thread with `size` posts, the first by its starter; returns its address.
async fn thread(
    tx: &mut Tx,
    place: &Place,
    kind: &str,
    started: i64,
    rng: &mut Rng,
    first_post: usize,
    size: usize,
) -> GenerateResult<String> {
    let heading = title(rng);
    let slug = domain::slug::slugify(&heading);
    let starter = place.writers[rng.skewed(place.writers.len())];
    let id = threads::insert(tx, place.row.id, (kind, &heading, &slug), starter, started).await?;
    let Some(row) = threads::find(Exec::from(&mut *tx), id).await? else {
        return Ok(thread_path(id, &slug));
    };
    let mut at = started;
    let mut first_answer = None;
    for k in 0..size {
        let author = if k == 0 {
            starter
        } else {
            place.writers[rng.below(place.writers.len())]
        };
        let body = prose::post(rng);
        let key = format!("gegenereerd-{}", first_post + k);
        let (post, _) = posts::insert(tx, id, author, &body, &key, at).await?;
        if k == 1 {
            first_answer = Some(post);
        }
        if rng.below(8) == 0 {
            let reader = place.writers[rng.below(place.writers.len())];
            if reader != author {
                posts::appreciate(Exec::from(&mut *tx), post, reader, at + 3600).await?;
            }
        }
        let written = PostRow {
            id: post,
            thread_id: id,
            author_id: Some(author.0),
            author_name: None,
            body,
            created_at: at,
            edited_at: None,
            hidden: false,
            appreciations: 0,
        };
        store::search::upsert(tx, &search_document(&written, &row, &place.row)).await?;
        // Replies follow within minutes to days; slow questions take their time.
        let pause = if kind == "slow" { 86_400 } else { 7_200 };
        at += 60 + i64::try_from(rng.below(pause)).unwrap_or(0);
    }
    if kind == "question" && rng.below(2) == 0 {
        threads::set_helpful(Exec::from(&mut *tx), id, first_answer).await?;
    }
    Ok(thread_path(id, &slug))
}
