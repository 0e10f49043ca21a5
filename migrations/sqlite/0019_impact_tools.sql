-- Instruments and value calculations of an impact model.
--
-- An instrument is how a team scores a scale indicator: Likert statements with shared anchors,
-- a matrix or ladder with criteria per level, a 0–10 web of dimensions, or Goal Attainment
-- Scaling with goals per person. A scoring saves one measurement of the indicator (the mean or
-- sum of the items, or the GAS T-score) and the item scores under it, so the dashboard counts
-- it like any other measurement and deleting the measurement (a withdrawal) deletes them too.
--
-- A value calculation (SROI) holds the investment, discount rate and valued outcomes of a
-- theory, with the basis of every estimate.

CREATE TABLE impact_instruments (
    id INTEGER PRIMARY KEY,
    indicator_id BIGINT NOT NULL UNIQUE REFERENCES indicators (id) ON DELETE CASCADE,
    -- likert | matrix | ladder | web | gas
    kind TEXT NOT NULL,
    -- lowest and highest level of every item (GAS: −2 and +2; web: 0 and 10)
    level_min BIGINT NOT NULL,
    level_max BIGINT NOT NULL,
    -- mean | sum (GAS: the T-score)
    scoring TEXT NOT NULL,
    -- Likert: one anchor per level, one per line
    anchors TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);

CREATE TABLE instrument_items (
    id INTEGER PRIMARY KEY,
    instrument_id BIGINT NOT NULL REFERENCES impact_instruments (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    -- matrix and ladder: the criterion of every level, lowest first, one per line
    criteria TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instrument_items_instrument ON instrument_items (instrument_id, position);

-- GAS goals are the person's own: set with them, scored −2…+2 at every timepoint
CREATE TABLE gas_goals (
    id INTEGER PRIMARY KEY,
    instrument_id BIGINT NOT NULL REFERENCES impact_instruments (id) ON DELETE CASCADE,
    subject_id BIGINT NOT NULL REFERENCES impact_subjects (id) ON DELETE CASCADE,
    goal TEXT NOT NULL,
    weight DOUBLE PRECISION NOT NULL DEFAULT 1,
    -- the expected outcome (level 0); the other levels follow from it in the conversation
    expected TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX gas_goals_subject ON gas_goals (instrument_id, subject_id);

CREATE TABLE item_scores (
    id INTEGER PRIMARY KEY,
    measurement_id BIGINT NOT NULL REFERENCES measurements (id) ON DELETE CASCADE,
    item_id BIGINT REFERENCES instrument_items (id) ON DELETE CASCADE,
    goal_id BIGINT REFERENCES gas_goals (id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL
);
CREATE INDEX item_scores_measurement ON item_scores (measurement_id);

CREATE TABLE impact_valuations (
    theory_id BIGINT PRIMARY KEY REFERENCES theories (id) ON DELETE CASCADE,
    investment DOUBLE PRECISION NOT NULL,
    -- 0.035 = 3.5% a year
    discount_rate DOUBLE PRECISION NOT NULL,
    -- what the investment consists of
    note TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);

CREATE TABLE valued_outcomes (
    id INTEGER PRIMARY KEY,
    theory_id BIGINT NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    quantity DOUBLE PRECISION NOT NULL,
    -- euros per unit per year; 0 when the team values it in words only
    proxy DOUBLE PRECISION NOT NULL,
    proxy_source TEXT NOT NULL DEFAULT '',
    deadweight DOUBLE PRECISION NOT NULL,
    displacement DOUBLE PRECISION NOT NULL,
    attribution DOUBLE PRECISION NOT NULL,
    drop_off DOUBLE PRECISION NOT NULL,
    duration BIGINT NOT NULL,
    -- how the estimates were made (a survey, a comparison group, literature)
    basis TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX valued_outcomes_theory ON valued_outcomes (theory_id);
