-- 003_query_columns: denormalised columns and indexes for the query layer (src/store/query/), so the
-- API's filters, pages and aggregates (GROUP BY in SQLite) stay fast on 100k+ events.

-- The day an event is placed on for charts, filters and paging: its own first day, else its last day
-- ("by January 9"), else its article's date. Computed once at insert rather than per query, since
-- the article date is a join away.
ALTER TABLE events ADD COLUMN day TEXT;
-- PLOVER quad_code 1..4 (verbal cooperation, material cooperation, verbal conflict, material conflict);
-- must agree with QUAD_CLASS in src/events/quad-class.ts (a test checks it).
ALTER TABLE events ADD COLUMN quad INTEGER;

UPDATE events SET
  day = coalesce(date_start, date_end, (SELECT a.date FROM articles a WHERE a.id = events.article_id)),
  quad = CASE type
    WHEN 'AGREE' THEN 1 WHEN 'CONSULT' THEN 1 WHEN 'SUPPORT' THEN 1 WHEN 'CONCEDE' THEN 1
    WHEN 'COOPERATE' THEN 2 WHEN 'AID' THEN 2 WHEN 'RETREAT' THEN 2
    WHEN 'REQUEST' THEN 3 WHEN 'ACCUSE' THEN 3 WHEN 'REJECT' THEN 3 WHEN 'THREATEN' THEN 3
    WHEN 'PROTEST' THEN 4 WHEN 'SANCTION' THEN 4 WHEN 'MOBILIZE' THEN 4 WHEN 'COERCE' THEN 4 WHEN 'ASSAULT' THEN 4
  END;

-- Paging orders by (day, id); the status index serves the default occurred+scheduled filter, the
-- upcoming list and (covering quad and type) the histograms without reading the payload rows.
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_status_day ON events (status, day, quad, type);
CREATE INDEX events_type_day ON events (type, day);
-- Aggregates that start from event_actors look each event up by id only to check the filter: this
-- covering index answers that without touching the row (whose JSON payload makes it large).
CREATE INDEX events_filter ON events (id, status, day, quad, type, mode, article_id);

-- The code an actor is filtered and grouped by: its organisation for an IGO/NGO (NATO), else its
-- country (RUS), else its id. On `actors` it is derived, so it can never disagree with the row.
ALTER TABLE actors ADD COLUMN code TEXT GENERATED ALWAYS AS (
  CASE WHEN country IN ('IGO', 'NGO') AND org IS NOT NULL THEN org ELSE coalesce(country, id) END
) VIRTUAL;
CREATE INDEX actors_code ON actors (code);

-- The same code copied onto each event role, so actor, dyad, network and map queries read one
-- covering index instead of joining `actors` per row.
ALTER TABLE event_actors ADD COLUMN code TEXT;
-- From the role's own country (as coded in that article) and the actor's organisation, as insert does.
UPDATE event_actors SET code = (
  SELECT CASE WHEN event_actors.country IN ('IGO', 'NGO') AND a.org IS NOT NULL THEN a.org ELSE coalesce(event_actors.country, a.id) END
  FROM actors a WHERE a.id = event_actors.actor_id
);
CREATE INDEX event_actors_code ON event_actors (code, role);
CREATE INDEX event_actors_event_code ON event_actors (event_id, role, code);

-- Statements are filtered by kind (denial, concern, warning, claim).
CREATE INDEX statements_kind ON statements (kind);
