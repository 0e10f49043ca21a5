-- What members do in an atelier, recorded for the give/take balance and activity over time (SQLite).
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX activities_atelier_user ON activities (atelier_id, user_id);
CREATE INDEX activities_atelier_time ON activities (atelier_id, created_at);
