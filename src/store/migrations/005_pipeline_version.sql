-- 005_pipeline_version: which pipeline coded each article (DECISIONS §9), so `dateline recode` can find
-- what an older pipeline coded and `dateline stats` can count it.

-- PIPELINE_VERSION of src/version.ts as text ('2'), written with the article's annotations and again
-- when `recode` replaces them. NULL: coded before versions were recorded, so older than any.
ALTER TABLE articles ADD COLUMN pipeline_version TEXT;
-- Recode selects the articles not coded by the current version, and stats counts articles per version.
CREATE INDEX articles_pipeline_version ON articles (pipeline_version, date);

-- The full-text index reads only title and text: re-indexing on every update of the row (as recode's
-- version stamp would) is wasted work, so the update trigger now fires on those two columns only.
DROP TRIGGER articles_fts_after_update;
CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
