-- Reports for funders (on a theory's impact model) and about an atelier itself.
--
-- A draft is composed from live data every time it is read. Publishing stores the composed
-- data as JSON in `snapshot` and never changes it again, so later measurements do not change
-- a sent report; a new version is a new draft row pointing at the one it follows.
-- A share link is a secret token (only its SHA-256 is kept) that can be revoked.

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    -- impact | atelier
    kind TEXT NOT NULL,
    -- the impact model reported on (kind impact)
    theory_id BIGINT REFERENCES theories (id) ON DELETE CASCADE,
    -- the atelier reported on (kind atelier)
    atelier_id BIGINT REFERENCES ateliers (id) ON DELETE CASCADE,
    -- the impact plan whose question and purpose open the report (optional)
    plan_id BIGINT REFERENCES impact_plans (id) ON DELETE SET NULL,
    -- municipality | fund | flemish (kind atelier: werkplaats)
    template TEXT NOT NULL,
    title TEXT NOT NULL,
    -- YYYY-MM-DD, both included
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    -- JSON array of {section, shown, text}: order, switched off sections, the team's own text
    layout TEXT NOT NULL,
    -- 1 for the first report of a line, +1 for every new version
    version BIGINT NOT NULL DEFAULT 1,
    previous_id BIGINT REFERENCES reports (id) ON DELETE SET NULL,
    -- composed data, frozen when published (NULL while a draft)
    snapshot TEXT,
    published_at BIGINT,
    published_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((kind = 'impact' AND theory_id IS NOT NULL) OR (kind = 'atelier' AND atelier_id IS NOT NULL))
);
CREATE INDEX reports_theory ON reports (theory_id);
CREATE INDEX reports_atelier ON reports (atelier_id);

CREATE TABLE report_shares (
    id INTEGER PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    -- hex SHA-256 of the secret in the link
    token_hash TEXT NOT NULL UNIQUE,
    -- who the link was made for, as the team wrote it (e.g. "gemeente, afdeling Wmo")
    label TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX report_shares_report ON report_shares (report_id);
