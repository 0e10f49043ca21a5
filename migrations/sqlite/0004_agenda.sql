-- Agenda-setting together: topics members propose and support, facilitators schedule or close (SQLite).
CREATE TABLE agenda_topics (
    id INTEGER PRIMARY KEY,
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    proposed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed',
    status_note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX agenda_topics_atelier ON agenda_topics (atelier_id, status);

CREATE TABLE agenda_supports (
    topic_id BIGINT NOT NULL REFERENCES agenda_topics (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (topic_id, user_id)
);
