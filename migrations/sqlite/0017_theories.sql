-- Theories of change (veranderingstheorieën): the model (boxes and links) as JSON text, owned
-- by a member or an atelier team, published to the atelier, forked; saved versions to compare;
-- comments on a box or a link.
CREATE TABLE theories (
    id INTEGER PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    atelier_id BIGINT REFERENCES ateliers (id) ON DELETE SET NULL,
    team BOOLEAN NOT NULL DEFAULT FALSE,
    -- readable for the atelier's members (and open for comments)
    published BOOLEAN NOT NULL DEFAULT FALSE,
    title TEXT NOT NULL,
    -- JSON of domain::toc::Theory
    model TEXT NOT NULL,
    -- the team's own veranderverhaal; empty: generated from the model
    narrative TEXT NOT NULL DEFAULT '',
    forked_from BIGINT REFERENCES theories (id) ON DELETE SET NULL,
    -- raised by every change: an edit made on an older revision is refused, not lost silently
    revision BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX theories_owner ON theories (owner_id);
CREATE INDEX theories_atelier ON theories (atelier_id);

CREATE TABLE theory_versions (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    model TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (theory_id, number)
);

CREATE TABLE theory_comments (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    -- node:{key} or link:{from}-{to}
    target TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX theory_comments_theory ON theory_comments (theory_id, target);
