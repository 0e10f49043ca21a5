-- Running totals for impact dashboards, kept by triggers in the same transaction as every
-- write to `measurements` (insert, delete, the baseline linked onto an end row, cascades), so
-- they are exact by construction: the value histogram per indicator, perspective and timepoint,
-- and per indicator and perspective how many end rows are lower, equal or higher than their
-- baseline. A dashboard then reads a few hundred rows instead of every measurement.

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
FROM measurements GROUP BY indicator_id, perspective, timepoint, value IS NOT NULL, COALESCE(value, 0);

INSERT INTO measurement_changes (indicator_id, perspective, lower, equal, higher)
SELECT indicator_id, perspective, SUM(value < baseline_value), SUM(value = baseline_value),
       SUM(value > baseline_value)
FROM measurements
WHERE timepoint = 'end' AND value IS NOT NULL AND baseline_value IS NOT NULL
GROUP BY indicator_id, perspective;

CREATE TRIGGER measurement_counted AFTER INSERT ON measurements BEGIN
    INSERT INTO measurement_histogram (indicator_id, perspective, timepoint, has_value, value, n)
    VALUES (NEW.indicator_id, NEW.perspective, NEW.timepoint, NEW.value IS NOT NULL,
            COALESCE(NEW.value, 0), 1)
    ON CONFLICT (indicator_id, perspective, timepoint, has_value, value) DO UPDATE SET n = n + 1;
    INSERT INTO measurement_changes (indicator_id, perspective, lower, equal, higher)
    SELECT NEW.indicator_id, NEW.perspective, NEW.value < NEW.baseline_value,
           NEW.value = NEW.baseline_value, NEW.value > NEW.baseline_value
    WHERE NEW.timepoint = 'end' AND NEW.value IS NOT NULL AND NEW.baseline_value IS NOT NULL
    ON CONFLICT (indicator_id, perspective) DO UPDATE SET lower = lower + excluded.lower,
        equal = equal + excluded.equal, higher = higher + excluded.higher;
END;

CREATE TRIGGER measurement_uncounted AFTER DELETE ON measurements BEGIN
    UPDATE measurement_histogram SET n = n - 1
    WHERE indicator_id = OLD.indicator_id AND perspective = OLD.perspective
      AND timepoint = OLD.timepoint AND has_value = (OLD.value IS NOT NULL)
      AND value = COALESCE(OLD.value, 0);
    UPDATE measurement_changes SET lower = lower - (OLD.value < OLD.baseline_value),
        equal = equal - (OLD.value = OLD.baseline_value),
        higher = higher - (OLD.value > OLD.baseline_value)
    WHERE indicator_id = OLD.indicator_id AND perspective = OLD.perspective
      AND OLD.timepoint = 'end' AND OLD.value IS NOT NULL AND OLD.baseline_value IS NOT NULL;
END;

CREATE TRIGGER measurement_recounted
AFTER UPDATE OF indicator_id, perspective, timepoint, value, baseline_value ON measurements BEGIN
    UPDATE measurement_histogram SET n = n - 1
    WHERE indicator_id = OLD.indicator_id AND perspective = OLD.perspective
      AND timepoint = OLD.timepoint AND has_value = (OLD.value IS NOT NULL)
      AND value = COALESCE(OLD.value, 0);
    INSERT INTO measurement_histogram (indicator_id, perspective, timepoint, has_value, value, n)
    VALUES (NEW.indicator_id, NEW.perspective, NEW.timepoint, NEW.value IS NOT NULL,
            COALESCE(NEW.value, 0), 1)
    ON CONFLICT (indicator_id, perspective, timepoint, has_value, value) DO UPDATE SET n = n + 1;
    UPDATE measurement_changes SET lower = lower - (OLD.value < OLD.baseline_value),
        equal = equal - (OLD.value = OLD.baseline_value),
        higher = higher - (OLD.value > OLD.baseline_value)
    WHERE indicator_id = OLD.indicator_id AND perspective = OLD.perspective
      AND OLD.timepoint = 'end' AND OLD.value IS NOT NULL AND OLD.baseline_value IS NOT NULL;
    INSERT INTO measurement_changes (indicator_id, perspective, lower, equal, higher)
    SELECT NEW.indicator_id, NEW.perspective, NEW.value < NEW.baseline_value,
           NEW.value = NEW.baseline_value, NEW.value > NEW.baseline_value
    WHERE NEW.timepoint = 'end' AND NEW.value IS NOT NULL AND NEW.baseline_value IS NOT NULL
    ON CONFLICT (indicator_id, perspective) DO UPDATE SET lower = lower + excluded.lower,
        equal = equal + excluded.equal, higher = higher + excluded.higher;
END;
