-- 004_event_codes: one row per event and actor code, carrying the event's filter columns, for the
-- aggregates that count events per code (src/store/query/actors.ts, network.ts, aggregates.ts).
--
-- Why a table and not an index: those aggregates count events per code under an event filter. Read
-- from event_actors, every role row needs a lookup in `events` to test the filter, and a DISTINCT
-- count because two actors of one event can share a code (Russia and Lavrov are both RUS). On 100k
-- events that took 140-440 ms, and no index or rewrite brought the actor list under about 120 ms.
-- Here each (code, event) pair is one row that holds the filter columns itself, so a count per code
-- is one scan in code order: no lookup, no DISTINCT, no sort.
--
-- The filter columns keep the names they have on `events` (id, status, day, quad, type, mode,
-- article_id), so the WHERE that eventFilterSql builds over alias `e` runs on this table unchanged.
-- A filter that comes to read another events column needs it added here (a test runs every filter
-- field against every aggregate, so a missing column fails there, not in production).
--
-- The triggers below keep this table equal to event_actors grouped by (code, event_id) and joined
-- with events, whatever writes those tables (ingest, the bench's bulk copies, a later re-coding).

CREATE TABLE event_codes (
  -- event_actors.code: the organisation for an IGO/NGO, else the ISO country, else the actor id.
  code TEXT NOT NULL,
  -- The event's id (named as on `events`, for the filter SQL).
  id TEXT NOT NULL,
  -- 1 when an actor with this code is a source (target) of the event.
  source INTEGER NOT NULL,
  target INTEGER NOT NULL,
  -- 1 when one of those actors has the code as its own country (event_actors.country = code), which
  -- is what the map counts; 0 for an organisation such as NATO or IMF, or an actor without a country.
  -- (An organisation without a name of its own has code and country IGO; the map leaves IGO out.)
  is_country INTEGER NOT NULL,
  -- Copies of the event's columns that event filters and aggregates read.
  status TEXT,
  day TEXT,
  quad INTEGER,
  type TEXT,
  mode TEXT,
  article_id TEXT,
  PRIMARY KEY (code, id)
) WITHOUT ROWID;
-- By event: the network pairs the codes of each event, an actor or dyad filter (`e.id IN ...`) finds
-- its events, and the triggers an event's rows. Covering, so none of them reads the table.
CREATE INDEX event_codes_event ON event_codes (id, code, source, target, is_country, status, day, quad, type, mode, article_id);

INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id)
  SELECT x.code, e.id, max(x.role = 'source'), max(x.role = 'target'), max(x.country IS x.code),
    e.status, e.day, e.quad, e.type, e.mode, e.article_id
  FROM event_actors x JOIN events e ON e.id = x.event_id
  WHERE x.code IS NOT NULL
  GROUP BY x.code, x.event_id;

-- A new role: add its code to the event, or mark the code's new role on a row already there. A role
-- is stored after its event (its foreign key requires it), so the event's columns are there to copy.
CREATE TRIGGER event_codes_role_insert AFTER INSERT ON event_actors WHEN NEW.code IS NOT NULL BEGIN
  INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id)
    SELECT NEW.code, e.id, NEW.role = 'source', NEW.role = 'target', NEW.country IS NEW.code,
      e.status, e.day, e.quad, e.type, e.mode, e.article_id
    -- Through the covering index: in the row, day and quad come after the large JSON payload.
    FROM events e INDEXED BY events_filter WHERE e.id = NEW.event_id
    ON CONFLICT (code, id) DO UPDATE SET source = max(source, excluded.source), target = max(target, excluded.target),
      is_country = max(is_country, excluded.is_country);
END;

-- A role removed (directly or by cascade from its event or article): recompute its (code, event)
-- from the roles that remain, which is no row at all once the last one has gone.
CREATE TRIGGER event_codes_role_delete AFTER DELETE ON event_actors BEGIN
  DELETE FROM event_codes WHERE code = OLD.code AND id = OLD.event_id;
  INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id)
    SELECT x.code, e.id, max(x.role = 'source'), max(x.role = 'target'), max(x.country IS x.code),
      e.status, e.day, e.quad, e.type, e.mode, e.article_id
    FROM event_actors x JOIN events e ON e.id = x.event_id
    WHERE x.event_id = OLD.event_id AND x.code = OLD.code
    GROUP BY x.code, x.event_id;
END;

-- A role changed: recompute both the (code, event) it left and the one it joined.
CREATE TRIGGER event_codes_role_update AFTER UPDATE OF event_id, role, country, code ON event_actors BEGIN
  DELETE FROM event_codes WHERE code = OLD.code AND id = OLD.event_id;
  DELETE FROM event_codes WHERE code = NEW.code AND id = NEW.event_id;
  INSERT INTO event_codes (code, id, source, target, is_country, status, day, quad, type, mode, article_id)
    SELECT x.code, e.id, max(x.role = 'source'), max(x.role = 'target'), max(x.country IS x.code),
      e.status, e.day, e.quad, e.type, e.mode, e.article_id
    FROM event_actors x JOIN events e ON e.id = x.event_id
    WHERE x.code IS NOT NULL AND ((x.event_id = OLD.event_id AND x.code = OLD.code) OR (x.event_id = NEW.event_id AND x.code = NEW.code))
    GROUP BY x.code, x.event_id;
END;

-- The event's own columns changed (a re-coded status or date): follow them.
CREATE TRIGGER event_codes_event_update AFTER UPDATE OF id, status, day, quad, type, mode, article_id ON events BEGIN
  UPDATE event_codes SET id = NEW.id, status = NEW.status, day = NEW.day, quad = NEW.quad, type = NEW.type, mode = NEW.mode,
    article_id = NEW.article_id
  WHERE id = OLD.id;
END;

-- An event deleted: its rows go at once (with foreign keys on, the cascade to its roles would also
-- remove them one by one through the trigger above).
CREATE TRIGGER event_codes_event_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_codes WHERE id = OLD.id;
END;
