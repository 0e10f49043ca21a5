-- Reminders a day before an event: when one was sent for a registration, and whether a member
-- wants them (on unless they turn them off).
ALTER TABLE event_registrations ADD COLUMN reminded_at BIGINT;
ALTER TABLE notification_settings ADD COLUMN event_reminders BOOLEAN NOT NULL DEFAULT TRUE;
