//! Rendered pages for visitors without an account, kept in memory so a popular public page is
//! served without reading the database or rendering again.
//!
//! A page is only used while nothing was written since it was rendered (the store's write
//! generation, taken before the data was read) and for at most [`MAX_AGE`], which bounds how
//! long a change made by *another* instance on the same PostgreSQL takes to show. Pages hold a
//! secret placeholder where each visitor's own CSRF token goes. Total size is bounded.

use domain::Locale;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a cached page may be served at most (changes made on another instance show within
/// this time; changes on this instance show at once).
pub const MAX_AGE: Duration = Duration::from_secs(2);

/// Bytes of pages kept at most.
const MAX_BYTES: usize = 16 * 1024 * 1024;

struct Entry {
    generation: u64,
    made: Instant,
    html: Arc<str>,
}

#[derive(Default)]
struct Pages {
    entries: HashMap<(String, Locale), Entry>,
    bytes: usize,
}

/// The cache. Cloning shares it.
#[derive(Clone)]
pub struct PageCache {
    pages: Arc<Mutex<Pages>>,
    placeholder: Arc<str>,
}

impl PageCache {
    /// An empty cache with a fresh, unguessable placeholder for the CSRF token (so no text a
    /// member writes can contain it).
    pub fn new() -> PageCache {
        let placeholder = app::security::new_token()
            .map(|t| format!("csrf{t}"))
            .unwrap_or_else(|_| format!("csrf-placeholder-{:?}", Instant::now()));
        PageCache {
            pages: Arc::new(Mutex::new(Pages::default())),
            placeholder: placeholder.into(),
        }
    }

    /// What templates render in place of the CSRF token of a page that will be cached.
    pub fn placeholder(&self) -> &str {
        &self.placeholder
    }

    /// The page at `key`, with `csrf` filled in, if it is still current.
    pub fn get(&self, key: &(String, Locale), csrf: &str) -> Option<String> {
        let html = {
            let pages = self.pages.lock().ok()?;
            let entry = pages.entries.get(key)?;
            let current =
                entry.generation == app::write_generation() && entry.made.elapsed() <= MAX_AGE;
            current.then(|| entry.html.clone())?
        };
        Some(html.replace(&*self.placeholder, csrf))
    }

    /// Keeps a page rendered from data read after `generation` was taken.
    pub fn put(&self, key: (String, Locale), generation: u64, html: &str) {
        if html.len() > MAX_BYTES / 16 {
            return;
        }
        let Ok(mut pages) = self.pages.lock() else {
            return;
        };
        if pages.bytes + html.len() > MAX_BYTES {
            // Full: drop what is stale; if that is not enough, start again.
            let now = app::write_generation();
            pages
                .entries
                .retain(|_, e| e.generation == now && e.made.elapsed() <= MAX_AGE);
            if pages.entries.values().map(|e| e.html.len()).sum::<usize>() + html.len() > MAX_BYTES
            {
                pages.entries.clear();
            }
            pages.bytes = pages.entries.values().map(|e| e.html.len()).sum();
        }
        let entry = Entry {
            generation,
            made: Instant::now(),
            html: html.into(),
        };
        pages.bytes += html.len();
        if let Some(old) = pages.entries.insert(key, entry) {
            pages.bytes -= old.html.len();
        }
    }
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(path: &str) -> (String, Locale) {
        (path.to_owned(), Locale::Nl)
    }

    #[test]
    fn a_page_is_served_with_each_visitors_token_until_something_is_written() {
        let cache = PageCache::new();
        let html = format!("<input value=\"{}\"><p>x</p>", cache.placeholder());
        cache.put(key("/a"), app::write_generation(), &html);
        // Other tests in this process may write meanwhile; retry with a fresh generation.
        let served = (0..100).find_map(|_| {
            cache.put(key("/a"), app::write_generation(), &html);
            cache.get(&key("/a"), "token-1")
        });
        assert_eq!(served.as_deref(), Some("<input value=\"token-1\"><p>x</p>"));
        assert_eq!(cache.get(&key("/b"), "t"), None);
        assert_eq!(
            cache.get(&(String::from("/a"), Locale::En), "t"),
            None,
            "another language is another page"
        );
        // A page rendered before a write is not served after it.
        cache.put(key("/a"), app::write_generation().wrapping_sub(1), &html);
        assert_eq!(cache.get(&key("/a"), "t"), None);
    }

    #[test]
    fn the_cache_stays_within_its_size() {
        let cache = PageCache::new();
        let page = "x".repeat(MAX_BYTES / 20);
        for n in 0..100 {
            cache.put(key(&format!("/{n}")), app::write_generation(), &page);
        }
        let pages = cache.pages.lock().unwrap();
        assert!(pages.bytes <= MAX_BYTES);
        assert_eq!(
            pages.bytes,
            pages.entries.values().map(|e| e.html.len()).sum::<usize>()
        );
    }
}
