-- Running a meeting: the intervision format chosen for a session, and after the meeting its
-- outcome report (anonymised session notes, key insights, decisions, follow-up actions) with the
-- knowledge items (verslag) made from it.
ALTER TABLE events ADD COLUMN intervision_format TEXT;

CREATE TABLE event_reports (
    event_id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    session_notes TEXT NOT NULL DEFAULT '',
    insights TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    -- the verslag made when the report was published
    report_item_id BIGINT REFERENCES knowledge_items (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
