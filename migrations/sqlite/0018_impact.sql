-- The impact model of a theory of change: indicators on its boxes, pseudonymous subjects with
-- consent per purpose, measurements per subject and timepoint, staged imports (kept for
-- correction), stories and Most Significant Change rounds, outcome descriptions (outcome
-- harvesting), the effect register with the De Waele facets, and a dashboard cache per
-- indicator that is valid for one data version of that indicator.

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    node_key BIGINT NOT NULL,
    -- short code used in import files, unique in the theory
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    population TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    -- count | percentage | scale | qualitative
    kind TEXT NOT NULL,
    scale_min DOUBLE PRECISION,
    scale_max DOUBLE PRECISION,
    target DOUBLE PRECISION,
    higher_is_better BOOLEAN NOT NULL DEFAULT TRUE,
    baseline DOUBLE PRECISION,
    -- months between measurements; 0: no schedule
    frequency_months BIGINT NOT NULL DEFAULT 0,
    owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- unix time the next measurement is due; the owner is mailed once when it passes
    next_due BIGINT,
    reminded BOOLEAN NOT NULL DEFAULT FALSE,
    -- subject attributes to break results down by, comma-separated
    dimensions TEXT NOT NULL DEFAULT '',
    -- sum | mean | latest | cumulative | ratio
    aggregation TEXT NOT NULL,
    -- its aggregates (never raw data) are shown to the atelier, for subjects who agreed
    shared BOOLEAN NOT NULL DEFAULT FALSE,
    -- raised by every change to what its dashboard shows; its cached figures are for one version
    data_version BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (theory_id, code)
);
CREATE INDEX indicators_due ON indicators (next_due);

CREATE TABLE impact_subjects (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    -- chosen by the team; never a name or a BSN
    pseudonym TEXT NOT NULL,
    -- what results are broken down by (age group, neighbourhood): one `name=value` per line,
    -- read for a whole theory at once and grouped in memory by the dashboard
    attributes TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (theory_id, pseudonym)
);

CREATE TABLE subject_consents (
    id INTEGER PRIMARY KEY,
    subject_id BIGINT NOT NULL REFERENCES impact_subjects (id) ON DELETE CASCADE,
    -- evaluation | report | sharing
    purpose TEXT NOT NULL,
    given_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (subject_id, purpose)
);

CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    subject_id BIGINT NOT NULL REFERENCES impact_subjects (id) ON DELETE CASCADE,
    -- baseline | interim | end | follow_up
    timepoint TEXT NOT NULL,
    -- YYYY-MM-DD
    measured_on TEXT NOT NULL,
    -- '' | client | worker
    perspective TEXT NOT NULL DEFAULT '',
    value DOUBLE PRECISION,
    -- the answer of a qualitative indicator
    answer TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    -- on an end measurement: the same subject's baseline value (kept in step by the store), so
    -- the pre-post change is one pass over end rows instead of a self-join
    baseline_value DOUBLE PRECISION,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (indicator_id, subject_id, timepoint, perspective)
);
-- the dashboard reads value histograms per (indicator, perspective, timepoint), end rows with
-- their baseline and values per subject for breakdowns, from this index alone
CREATE INDEX measurements_dashboard
    ON measurements (indicator_id, perspective, timepoint, value, baseline_value, subject_id);
CREATE INDEX measurements_subject ON measurements (subject_id);

CREATE TABLE impact_imports (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    -- JSON array of rows (arrays of cell text), the upload as read
    cells TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE msc_rounds (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    -- one domain of change per line
    domains TEXT NOT NULL,
    panel TEXT NOT NULL DEFAULT '',
    -- collecting | selecting | fed_back
    status TEXT NOT NULL DEFAULT 'collecting',
    feedback TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    fed_back_at BIGINT
);

CREATE TABLE impact_stories (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    round_id BIGINT REFERENCES msc_rounds (id) ON DELETE SET NULL,
    -- the teller's role, never their name
    teller_role TEXT NOT NULL,
    told_on TEXT NOT NULL,
    domain TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    why_significant TEXT NOT NULL DEFAULT '',
    consent BOOLEAN NOT NULL,
    -- theory boxes it is about, comma-separated keys
    node_keys TEXT NOT NULL DEFAULT '',
    unexpected BOOLEAN NOT NULL DEFAULT FALSE,
    selected BOOLEAN NOT NULL DEFAULT FALSE,
    selection_reason TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX impact_stories_theory ON impact_stories (theory_id, round_id);

CREATE TABLE outcome_descriptions (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    social_actor TEXT NOT NULL,
    change TEXT NOT NULL,
    when_where TEXT NOT NULL DEFAULT '',
    significance TEXT NOT NULL DEFAULT '',
    contribution TEXT NOT NULL DEFAULT '',
    substantiation TEXT NOT NULL DEFAULT '',
    anticipated BOOLEAN NOT NULL DEFAULT FALSE,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE impact_effects (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    -- story | indicator | observation | harvest
    source TEXT NOT NULL,
    story_id BIGINT REFERENCES impact_stories (id) ON DELETE SET NULL,
    indicator_id BIGINT REFERENCES indicators (id) ON DELETE SET NULL,
    outcome_id BIGINT REFERENCES outcome_descriptions (id) ON DELETE SET NULL,
    node_key BIGINT,
    description TEXT NOT NULL,
    positive BOOLEAN NOT NULL,
    intended BOOLEAN NOT NULL,
    direct BOOLEAN NOT NULL,
    via_whom TEXT NOT NULL DEFAULT '',
    -- during | after
    timing TEXT NOT NULL,
    -- what would have happened anyway, the contribution of others, and the basis for both
    anyway TEXT NOT NULL,
    others TEXT NOT NULL,
    basis TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX impact_effects_theory ON impact_effects (theory_id);

CREATE TABLE impact_dashboards (
    indicator_id BIGINT PRIMARY KEY REFERENCES indicators (id) ON DELETE CASCADE,
    -- the indicator's data_version these figures were computed for
    data_version BIGINT NOT NULL,
    data TEXT NOT NULL
);
