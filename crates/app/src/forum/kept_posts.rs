//! One page of a thread's posts as read from the database, kept for the members who read it
//! next: their pages differ (unread markers, buttons), the posts do not. A kept page is used
//! only while this process has written nothing since it was read (the store's write count,
//! taken before reading) and for at most 2 s, the bound for a change made by another instance
//! on the same PostgreSQL, as for the anonymous page cache in `web::page_cache`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use store::StoreResult;
use store::forum::posts::{self, PostRow};

/// How long a kept page may be used at most.
const MAX_AGE: Duration = Duration::from_secs(2);

/// Pages kept at most; the map is emptied when it is full.
const MAX_PAGES: usize = 1_000;

/// A page as read, with the write count before reading and when.
struct Kept {
    generation: u64,
    read_at: Instant,
    rows: Vec<PostRow>,
}

/// Kept pages by (thread, limit, offset).
type Pages = HashMap<(i64, i64, i64), Kept>;

/// The kept pages of one application (one database): each `App` has its own, so two
/// applications in one process (tests, a second instance) never share posts.
#[derive(Default)]
pub(crate) struct KeptPosts {
    pages: Mutex<Pages>,
}

impl KeptPosts {
    /// The posts of `thread` from `offset` (at most `limit`), from memory when nothing was
    /// written since they were read.
    pub(crate) async fn page(
        &self,
        db: &store::Db,
        thread: i64,
        limit: i64,
        offset: i64,
    ) -> StoreResult<Vec<PostRow>> {
        let key = (thread, limit, offset);
        if let Ok(kept) = self.pages.lock()
            && let Some(found) = kept.get(&key)
            && found.generation == store::write_generation()
            && found.read_at.elapsed() <= MAX_AGE
        {
            return Ok(found.rows.clone());
        }
        // Taken before reading: a write that lands meanwhile makes this page stale at once.
        let generation = store::write_generation();
        let read_at = Instant::now();
        let rows = posts::list_by_thread(db, thread, limit, offset).await?;
        if let Ok(mut kept) = self.pages.lock() {
            if kept.len() >= MAX_PAGES {
                kept.clear();
            }
            let page = Kept {
                generation,
                read_at,
                rows: rows.clone(),
            };
            kept.insert(key, page);
        }
        Ok(rows)
    }
}
