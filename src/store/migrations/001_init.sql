-- 001_init: articles, their sentences, the full-text index, and the tables later stages fill.
-- Offsets ("start", "end") are UTF-16 code-unit indices into articles.text, end exclusive,
-- exactly as in src/doc/types.ts. "end" is an SQL keyword, hence the quotes.

CREATE TABLE articles (
  -- An INTEGER PRIMARY KEY is the only rowid VACUUM never renumbers; the external-content
  -- FTS index below is keyed by it, so `id` (the content hash) is UNIQUE instead of the PK.
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  published TEXT,
  title TEXT,
  text TEXT NOT NULL,
  source TEXT,
  url TEXT,
  lang TEXT,
  external_id TEXT,
  origin_file TEXT,
  origin_line INTEGER,
  -- CSV inputs locate a record by row, which differs from its line when fields span lines.
  origin_row INTEGER,
  ingested_at TEXT NOT NULL
);
-- Listing orders by (date, title, seq): this index serves both the date filter and the order.
CREATE INDEX articles_date ON articles (date, title);
CREATE INDEX articles_source_date ON articles (source, date);

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- External content: the index stores no second copy of the text, yet snippet() and highlight()
-- work because FTS5 reads the columns back from `articles`. Triggers keep the two in step.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title,
  text,
  content = 'articles',
  content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- A hit in the title says more about an article than one in the body.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_after_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  org TEXT,
  sector TEXT,
  -- The role last stored; the role on one article's date is mentions.role.
  role TEXT
);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- Position in the article's mention list: what `antecedent` points at.
  idx INTEGER NOT NULL,
  -- NULL when the mention lies outside every sentence.
  sentence_idx INTEGER,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  -- The actor's role on this article's date, which actors.role cannot hold for every date.
  role TEXT,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL,
  antecedent INTEGER,
  UNIQUE (article_id, idx)
);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE timex (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence_idx INTEGER,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
  value TEXT,
  granularity TEXT,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL,
  UNIQUE (article_id, idx)
);
CREATE INDEX timex_value ON timex (value);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_mention_id INTEGER REFERENCES mentions (id) ON DELETE SET NULL,
  speaker_actor_id TEXT REFERENCES actors (id)
);
-- Child-side FK indexes: without them every cascade or SET NULL scans the whole child table.
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_mention ON quotes (speaker_mention_id);
CREATE INDEX quotes_speaker_actor ON quotes (speaker_actor_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence_idx INTEGER,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT,
  source_actor_id TEXT REFERENCES actors (id),
  target_actor_id TEXT REFERENCES actors (id),
  date_value TEXT,
  status TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date_value);
CREATE INDEX events_source_actor ON events (source_actor_id);
CREATE INDEX events_target_actor ON events (target_actor_id);
