//! Rendered post bodies, kept in memory: turning Markdown into sanitised HTML is most of the
//! work of a thread page for a logged-in member (whose page is never cached whole, because
//! unread markers and buttons are theirs). A post is kept under its id and a hash of its body,
//! so an edit is rendered anew without any invalidation; the map is emptied when it is full.

use domain::markdown;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

/// Posts kept at most (about 2 KB of HTML each: some 40 MB in the worst case).
const MAX_POSTS: usize = 20_000;

type Rendered = HashMap<(i64, u64), Arc<str>>;

fn cache() -> &'static Mutex<Rendered> {
    static CACHE: OnceLock<Mutex<Rendered>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The HTML of post `id` with Markdown `body`, rendered once per body.
pub(crate) fn post_html(id: i64, body: &str) -> String {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    let key = (id, hasher.finish());
    if let Ok(map) = cache().lock()
        && let Some(html) = map.get(&key)
    {
        return html.to_string();
    }
    let html: Arc<str> = markdown::render(body).into();
    if let Ok(mut map) = cache().lock() {
        if map.len() >= MAX_POSTS {
            map.clear();
        }
        map.insert(key, html.clone());
    }
    html.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edited_post_is_rendered_anew() {
        assert_eq!(post_html(-7, "*een*"), markdown::render("*een*"));
        assert_eq!(post_html(-7, "*een*"), markdown::render("*een*"));
        assert_eq!(post_html(-7, "**twee**"), markdown::render("**twee**"));
    }
}
