-- Impact plans from the keuzehulp: the impact question's answers, the key evaluation questions
-- and the chosen methods, owned by a member or by an atelier team, optionally shared with the
-- atelier and discussed in a forum thread.
CREATE TABLE impact_plans (
    id INTEGER PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    atelier_id BIGINT REFERENCES ateliers (id) ON DELETE SET NULL,
    -- owned by the atelier team: every active member of the atelier may edit it
    team BOOLEAN NOT NULL DEFAULT FALSE,
    -- readable (and open for discussion) for the atelier's members
    shared BOOLEAN NOT NULL DEFAULT FALSE,
    title TEXT NOT NULL,
    -- JSON object: builder field name -> answer
    answers TEXT NOT NULL,
    -- JSON array of the key evaluation questions, as edited
    questions TEXT NOT NULL,
    -- JSON array of the chosen method codes (M01 ...)
    methods TEXT NOT NULL,
    thread_id BIGINT REFERENCES forum_threads (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX impact_plans_owner ON impact_plans (owner_id);
CREATE INDEX impact_plans_atelier ON impact_plans (atelier_id);
