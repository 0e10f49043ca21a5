-- Profiles: a bio, expertise tags, who sees which field, how contributions are attributed (PostgreSQL).
ALTER TABLE users ADD COLUMN bio TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN expertise TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN email_visibility TEXT NOT NULL DEFAULT 'private';
ALTER TABLE users ADD COLUMN organisation_visibility TEXT NOT NULL DEFAULT 'members';
ALTER TABLE users ADD COLUMN background_visibility TEXT NOT NULL DEFAULT 'members';
ALTER TABLE users ADD COLUMN expertise_visibility TEXT NOT NULL DEFAULT 'members';
ALTER TABLE users ADD COLUMN ateliers_visibility TEXT NOT NULL DEFAULT 'members';
ALTER TABLE users ADD COLUMN attribute_by_name BOOLEAN NOT NULL DEFAULT TRUE;
