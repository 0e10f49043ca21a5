-- Events: atelier meetings, intervision sessions and public events; their organisers; the
-- registrations of members and guests with the waiting list; and each member's secret
-- calendar feed.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    werkplaats_id BIGINT NOT NULL REFERENCES werkplaatsen (id) ON DELETE CASCADE,
    atelier_id BIGINT REFERENCES ateliers (id) ON DELETE CASCADE,
    -- meeting, intervision or public
    kind TEXT NOT NULL,
    -- in_person, online or hybrid
    mode TEXT NOT NULL,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- UTC, Unix seconds (shown in Europe/Amsterdam)
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    -- shown only to people registered as going
    online_url TEXT NOT NULL DEFAULT '',
    -- NULL: unlimited
    capacity BIGINT,
    registration_deadline BIGINT NOT NULL,
    cancelled BOOLEAN NOT NULL DEFAULT FALSE,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_starts ON events (starts_at);
CREATE INDEX events_atelier ON events (atelier_id, starts_at);

CREATE TABLE event_organisers (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_organisers_user ON event_organisers (user_id);

CREATE TABLE event_registrations (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- a member, or (public events) a guest without an account: name, e-mail and the hash of
    -- the secret link in their mail
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    guest_name TEXT,
    guest_email TEXT,
    guest_token_hash TEXT UNIQUE,
    -- the guest asked to hear about later events (otherwise deleted 30 days after the event)
    keep_informed BOOLEAN NOT NULL DEFAULT FALSE,
    -- going, maybe, not_going, waiting or offered; a guest starts as pending (until the mail
    -- link is used)
    status TEXT NOT NULL,
    -- an offered place is held until then
    offered_until BIGINT,
    -- when the current status began: the waiting list is in this order
    status_since BIGINT NOT NULL,
    checked_in BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (event_id, user_id),
    UNIQUE (event_id, guest_email)
);
CREATE INDEX event_registrations_user ON event_registrations (user_id);
CREATE INDEX event_registrations_status ON event_registrations (event_id, status, status_since);

-- The personal feed's secret address. Kept readable (not hashed) so the member can copy it
-- again; it only lists the member's own registrations and can be replaced at any time.
CREATE TABLE calendar_feeds (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
