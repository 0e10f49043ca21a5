-- Every digest carries its own unsubscribe token, and each stays valid for a year: a link in an
-- older mail keeps working after the next digest (0009 kept only the latest token per member;
-- notification_settings.unsubscribe_token_hash is no longer used).
CREATE TABLE digest_unsubscribe_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX digest_unsubscribe_tokens_created ON digest_unsubscribe_tokens (created_at);
CREATE INDEX digest_unsubscribe_tokens_user ON digest_unsubscribe_tokens (user_id);

INSERT INTO digest_unsubscribe_tokens (token_hash, user_id, created_at)
SELECT unsubscribe_token_hash, user_id, COALESCE(last_digest_at, 0)
FROM notification_settings WHERE unsubscribe_token_hash IS NOT NULL;
UPDATE notification_settings SET unsubscribe_token_hash = NULL;
