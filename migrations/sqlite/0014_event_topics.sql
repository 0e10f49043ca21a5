-- An atelier's agenda topic scheduled into a meeting.
ALTER TABLE agenda_topics ADD COLUMN event_id BIGINT REFERENCES events (id) ON DELETE SET NULL;
CREATE INDEX agenda_topics_event ON agenda_topics (event_id);
