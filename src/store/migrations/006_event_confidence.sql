-- 006_event_confidence: each event's confidence as a column (issue 10, DECISIONS §3 and §7), so the
-- `min_confidence` filter, whose default hides events below the documented threshold in `events`,
-- `export`, the API and the UI, reads an index instead of every JSON payload.

-- The calibrated probability (0 to 1) that the event is right (src/events/confidence.ts), copied from
-- the payload at insert and by `recode`. NULL: stored before events were scored; such events are
-- always shown (nothing says they are doubtful).
ALTER TABLE events ADD COLUMN confidence REAL;
UPDATE events SET confidence = json_extract(payload, '$.confidence')
  WHERE payload IS NOT NULL AND json_type(payload, '$.confidence') IN ('real', 'integer');

-- The default event filter is now status and confidence: the indexes that served it (and the
-- aggregates that look an event up by id only to test the filter) cover the new column too.
DROP INDEX events_status_day;
CREATE INDEX events_status_day ON events (status, day, quad, type, confidence);
DROP INDEX events_filter;
CREATE INDEX events_filter ON events (id, status, day, quad, type, mode, article_id, confidence);
CREATE INDEX events_confidence ON events (confidence, day);

-- event_codes (migration 004) carries every events column that the filter SQL reads, under the same
-- name: add confidence, fill it, and keep it in step through the triggers, recreated with it.
ALTER TABLE event_codes ADD COLUMN confidence REAL;
UPDATE event_codes SET confidence = (SELECT e.confidence FROM events e WHERE e.id = event_codes.id);
DROP INDEX event_codes_event;
CREATE INDEX event_codes_event ON event_codes (id, code, source, target, is_country, status, day, quad, type, mode, article_id, confidence);

DROP TRIGGER event_codes_role_insert;
CREATE TRIGGER event_codes_role_insert AFTER INSERT ON event_actors WHEN NEW.code IS NOT NULL BEGIN
  INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id, confidence)
    SELECT NEW.code, e.id, NEW.role = 'source', NEW.role = 'target', NEW.country IS NEW.code,
      e.status, e.day, e.quad, e.type, e.mode, e.article_id, e.confidence
    -- Through the covering index: in the row, day and quad come after the large JSON payload.
    FROM events e INDEXED BY events_filter WHERE e.id = NEW.event_id
    ON CONFLICT (code, id) DO UPDATE SET source = max(source, excluded.source), target = max(target, excluded.target),
      is_country = max(is_country, excluded.is_country);
END;

DROP TRIGGER event_codes_role_delete;
CREATE TRIGGER event_codes_role_delete AFTER DELETE ON event_actors BEGIN
  DELETE FROM event_codes WHERE code = OLD.code AND id = OLD.event_id;
  INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id, confidence)
    SELECT x.code, e.id, max(x.role = 'source'), max(x.role = 'target'), max(x.country IS x.code),
      e.status, e.day, e.quad, e.type, e.mode, e.article_id, e.confidence
    FROM event_actors x JOIN events e ON e.id = x.event_id
    WHERE x.event_id = OLD.event_id AND x.code = OLD.code
    GROUP BY x.code, x.event_id;
END;

DROP TRIGGER event_codes_role_update;
CREATE TRIGGER event_codes_role_update AFTER UPDATE OF event_id, role, country, code ON event_actors BEGIN
  DELETE FROM event_codes WHERE code = OLD.code AND id = OLD.event_id;
  DELETE FROM event_codes WHERE code = NEW.code AND id = NEW.event_id;
  INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id, confidence)
    SELECT x.code, e.id, max(x.role = 'source'), max(x.role = 'target'), max(x.country IS x.code),
      e.status, e.day, e.quad, e.type, e.mode, e.article_id, e.confidence
    FROM event_actors x JOIN events e ON e.id = x.event_id
    WHERE x.code IS NOT NULL AND ((x.event_id = OLD.event_id AND x.code = OLD.code) OR (x.event_id = NEW.event_id AND x.code = NEW.code))
    GROUP BY x.code, x.event_id;
END;

DROP TRIGGER event_codes_event_update;
CREATE TRIGGER event_codes_event_update AFTER UPDATE OF id, status, day, quad, type, mode, article_id, confidence ON events BEGIN
  UPDATE event_codes SET id = NEW.id, status = NEW.status, day = NEW.day, quad = NEW.quad, type = NEW.type, mode = NEW.mode,
    article_id = NEW.article_id, confidence = NEW.confidence
  WHERE id = OLD.id;
END;
