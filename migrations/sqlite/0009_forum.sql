-- Forum: categories per atelier (and one werkplaats-wide), threads of three kinds, posts with
-- their edit history, read markers, appreciation, watches, notifications, digest settings,
-- flags and the moderation log.
CREATE TABLE forum_categories (
    id INTEGER PRIMARY KEY,
    werkplaats_id BIGINT NOT NULL REFERENCES werkplaatsen (id) ON DELETE CASCADE,
    -- NULL: the werkplaats-wide category, open to every member of the werkplaats.
    atelier_id BIGINT REFERENCES ateliers (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX forum_categories_atelier ON forum_categories (atelier_id);
CREATE INDEX forum_categories_werkplaats ON forum_categories (werkplaats_id);

CREATE TABLE forum_threads (
    id INTEGER PRIMARY KEY,
    category_id BIGINT NOT NULL REFERENCES forum_categories (id) ON DELETE CASCADE,
    -- discussion, question (praktijkvraag) or slow (trage vraag)
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL,
    post_count BIGINT NOT NULL DEFAULT 0,
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    helpful_post_id BIGINT,
    harvested_item_id BIGINT REFERENCES knowledge_items (id) ON DELETE SET NULL
);
CREATE INDEX forum_threads_category ON forum_threads (category_id, last_post_at);

CREATE TABLE forum_posts (
    id INTEGER PRIMARY KEY,
    thread_id BIGINT NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    -- The random key of the form that created it: a double submit finds the first post.
    submission_key TEXT,
    UNIQUE (author_id, submission_key)
);
CREATE INDEX forum_posts_thread ON forum_posts (thread_id, id);

CREATE TABLE forum_post_edits (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
    editor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    previous_body TEXT NOT NULL,
    edited_at BIGINT NOT NULL
);
CREATE INDEX forum_post_edits_post ON forum_post_edits (post_id);

CREATE TABLE forum_reads (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    thread_id BIGINT NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
    last_read_post_id BIGINT NOT NULL,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, thread_id)
);

CREATE TABLE forum_appreciations (
    post_id BIGINT NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

CREATE TABLE forum_thread_watches (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    thread_id BIGINT NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, thread_id)
);

CREATE TABLE forum_category_watches (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES forum_categories (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, category_id)
);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- mention, reply, watched_thread, watched_category
    kind TEXT NOT NULL,
    thread_id BIGINT REFERENCES forum_threads (id) ON DELETE CASCADE,
    post_id BIGINT REFERENCES forum_posts (id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    digested_at BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);

CREATE TABLE notification_settings (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- off, daily or weekly
    digest TEXT NOT NULL DEFAULT 'off',
    last_digest_at BIGINT,
    -- SHA-256 of the one-click unsubscribe token in every digest.
    unsubscribe_token_hash TEXT UNIQUE
);

CREATE TABLE forum_flags (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX forum_flags_open ON forum_flags (resolved_at, created_at);

CREATE TABLE forum_moderation_log (
    id INTEGER PRIMARY KEY,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- hide, restore, lock, unlock, move
    action TEXT NOT NULL,
    thread_id BIGINT REFERENCES forum_threads (id) ON DELETE SET NULL,
    post_id BIGINT REFERENCES forum_posts (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX forum_moderation_log_thread ON forum_moderation_log (thread_id);
