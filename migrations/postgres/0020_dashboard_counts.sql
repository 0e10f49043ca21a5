-- Running totals for impact dashboards, kept by triggers in the same transaction as every
-- write to `measurements` (insert, delete, the baseline linked onto an end row, cascades), so
-- they are exact by construction: the value histogram per indicator, perspective and timepoint,
-- and per indicator and perspective how many end rows are lower, equal or higher than their
-- baseline. A dashboard then reads a few hundred rows instead of every measurement.
--
-- On PostgreSQL the triggers run once per statement over its transition tables, grouped: a
-- bulk import costs one upsert per group, not per row. Additions are upserted in key order;
-- subtractions are updates in the order the plan picks, so a withdrawal running beside an
-- import of the same indicator may meet a deadlock, which PostgreSQL resolves by failing one.

CREATE TABLE measurement_histogram (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    perspective TEXT NOT NULL,
    timepoint TEXT NOT NULL,
    -- false for an answer in words (its value is stored as 0)
    has_value BOOLEAN NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, perspective, timepoint, has_value, value)
);

CREATE TABLE measurement_changes (
    indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    perspective TEXT NOT NULL,
    lower BIGINT NOT NULL,
    equal BIGINT NOT NULL,
    higher BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, perspective)
);

INSERT INTO measurement_histogram (indicator_id, perspective, timepoint, has_value, value, n)
SELECT indicator_id, perspective, timepoint, value IS NOT NULL, COALESCE(value, 0), COUNT(*)
FROM measurements GROUP BY 1, 2, 3, 4, 5;

INSERT INTO measurement_changes (indicator_id, perspective, lower, equal, higher)
SELECT indicator_id, perspective,
       SUM(CASE WHEN value < baseline_value THEN 1 ELSE 0 END),
       SUM(CASE WHEN value = baseline_value THEN 1 ELSE 0 END),
       SUM(CASE WHEN value > baseline_value THEN 1 ELSE 0 END)
FROM measurements
WHERE timepoint = 'end' AND value IS NOT NULL AND baseline_value IS NOT NULL
GROUP BY indicator_id, perspective;

-- The statement's old rows are taken off the totals, its new rows added (transition tables
-- are visible only in the trigger function itself, hence the two spelled-out blocks).
CREATE FUNCTION measurements_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        -- Only existing totals go down (an update, not an upsert: when an indicator is deleted,
        -- its totals are gone before its measurements).
        UPDATE measurement_histogram h SET n = h.n - o.n
        FROM (SELECT indicator_id, perspective, timepoint, value IS NOT NULL AS has_value,
                     COALESCE(value, 0) AS value, COUNT(*) AS n
              FROM old_rows GROUP BY 1, 2, 3, 4, 5) o
        WHERE h.indicator_id = o.indicator_id AND h.perspective = o.perspective
          AND h.timepoint = o.timepoint AND h.has_value = o.has_value AND h.value = o.value;
        UPDATE measurement_changes c SET lower = c.lower - o.lower, equal = c.equal - o.equal,
            higher = c.higher - o.higher
        FROM (SELECT indicator_id, perspective,
                     SUM(CASE WHEN value < baseline_value THEN 1 ELSE 0 END) AS lower,
                     SUM(CASE WHEN value = baseline_value THEN 1 ELSE 0 END) AS equal,
                     SUM(CASE WHEN value > baseline_value THEN 1 ELSE 0 END) AS higher
              FROM old_rows
              WHERE timepoint = 'end' AND value IS NOT NULL AND baseline_value IS NOT NULL
              GROUP BY 1, 2) o
        WHERE c.indicator_id = o.indicator_id AND c.perspective = o.perspective;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO measurement_histogram AS h
            (indicator_id, perspective, timepoint, has_value, value, n)
        SELECT indicator_id, perspective, timepoint, value IS NOT NULL, COALESCE(value, 0),
               COUNT(*)
        FROM new_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (indicator_id, perspective, timepoint, has_value, value)
        DO UPDATE SET n = h.n + excluded.n;
        INSERT INTO measurement_changes AS c (indicator_id, perspective, lower, equal, higher)
        SELECT indicator_id, perspective,
               SUM(CASE WHEN value < baseline_value THEN 1 ELSE 0 END),
               SUM(CASE WHEN value = baseline_value THEN 1 ELSE 0 END),
               SUM(CASE WHEN value > baseline_value THEN 1 ELSE 0 END)
        FROM new_rows
        WHERE timepoint = 'end' AND value IS NOT NULL AND baseline_value IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (indicator_id, perspective) DO UPDATE SET lower = c.lower + excluded.lower,
            equal = c.equal + excluded.equal, higher = c.higher + excluded.higher;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER measurements_inserted AFTER INSERT ON measurements
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measurements_counted();
CREATE TRIGGER measurements_deleted AFTER DELETE ON measurements
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION measurements_counted();
CREATE TRIGGER measurements_updated AFTER UPDATE ON measurements
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION measurements_counted();
