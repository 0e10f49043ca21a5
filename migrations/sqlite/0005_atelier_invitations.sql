-- Invitations to an atelier by e-mail; they also let a person without an account register (SQLite).
CREATE TABLE atelier_invitations (
    id INTEGER PRIMARY KEY,
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX atelier_invitations_atelier ON atelier_invitations (atelier_id);
