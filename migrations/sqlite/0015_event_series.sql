-- Recurring events: the dates of one series share the id of its first event.
ALTER TABLE events ADD COLUMN series_id BIGINT;
CREATE INDEX events_series ON events (series_id);
