-- Leerateliers, themes, memberships with roles and degrees of participation, stage history (SQLite).
CREATE TABLE ateliers (
    id INTEGER PRIMARY KEY,
    werkplaats_id BIGINT NOT NULL REFERENCES werkplaatsen (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    knowledge_question TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL DEFAULT 'public',
    join_policy TEXT NOT NULL DEFAULT 'approval',
    stage TEXT NOT NULL DEFAULT 'potential',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (werkplaats_id, slug)
);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    werkplaats_id BIGINT NOT NULL REFERENCES werkplaatsen (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (werkplaats_id, slug)
);

CREATE TABLE atelier_themes (
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    theme_id BIGINT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (atelier_id, theme_id)
);
CREATE INDEX atelier_themes_theme ON atelier_themes (theme_id);

CREATE TABLE atelier_members (
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member',
    status TEXT NOT NULL,
    joins_meetings BOOLEAN NOT NULL DEFAULT TRUE,
    joins_public_events BOOLEAN NOT NULL DEFAULT TRUE,
    joins_online BOOLEAN NOT NULL DEFAULT TRUE,
    request_message TEXT NOT NULL DEFAULT '',
    decision_message TEXT NOT NULL DEFAULT '',
    requested_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (atelier_id, user_id)
);
CREATE INDEX atelier_members_user ON atelier_members (user_id);

CREATE TABLE atelier_stage_history (
    id INTEGER PRIMARY KEY,
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    changed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    changed_at BIGINT NOT NULL
);
CREATE INDEX atelier_stage_history_atelier ON atelier_stage_history (atelier_id, changed_at);
