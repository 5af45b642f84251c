-- 002_events_quotes: what the event coder and the quote tagger write. Queryable columns beside a
-- JSON payload that keeps the whole span (every participant, the explanation) exactly as coded.

ALTER TABLE events ADD COLUMN idx INTEGER;
ALTER TABLE events ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN reported_by_actor_id TEXT REFERENCES actors (id);
ALTER TABLE events ADD COLUMN payload TEXT;
-- The first and last day the event's date value covers (NULL for an open end): `2021-W51` sorts by
-- its Monday, not as text after every day of 2021.
ALTER TABLE events ADD COLUMN date_start TEXT;
ALTER TABLE events ADD COLUMN date_end TEXT;
CREATE INDEX events_status_date ON events (status, date_start);
CREATE INDEX events_type ON events (type, status);

-- Every source and target of an event ("the United States and Jordan agreed" has two sources):
-- actor and dyad filters read this table, not the first-actor columns of `events`.
CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  actor_id TEXT NOT NULL REFERENCES actors (id),
  country TEXT,
  PRIMARY KEY (event_id, role, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor_id, role);
CREATE INDEX event_actors_country ON event_actors (country, role);

ALTER TABLE quotes ADD COLUMN idx INTEGER;
ALTER TABLE quotes ADD COLUMN sentence_idx INTEGER;
ALTER TABLE quotes ADD COLUMN kind TEXT;
ALTER TABLE quotes ADD COLUMN date_value TEXT;
ALTER TABLE quotes ADD COLUMN rule TEXT;
ALTER TABLE quotes ADD COLUMN payload TEXT;

CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence_idx INTEGER,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  about TEXT NOT NULL,
  speaker_actor_id TEXT REFERENCES actors (id),
  date_value TEXT,
  rule TEXT NOT NULL,
  payload TEXT,
  UNIQUE (article_id, idx)
);
CREATE INDEX statements_speaker ON statements (speaker_actor_id);
