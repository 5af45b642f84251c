import type Database from 'better-sqlite3';
import type { CharRange } from '../doc/types.ts';
import { statement } from './statements.ts';
import { insertEventsQuotesStatements, upsertActors } from './annotations-insert.ts';
import type { ArticleBatchItem, ArticleToStore, InsertResult } from './types.ts';
import { PIPELINE_VERSION } from '../version.ts';

/** What `articles.pipeline_version` holds for an article coded by this build's pipeline (src/version.ts). */
export const STORED_PIPELINE_VERSION = String(PIPELINE_VERSION);

// ON CONFLICT DO NOTHING + `changes` tells new from existing in one statement, and stays
// correct when the same id appears twice in one batch.
const INSERT_ARTICLE = `
  INSERT INTO articles (id, date, published, title, text, source, url, lang, external_id,
                        origin_file, origin_line, origin_row, ingested_at, pipeline_version)
  VALUES (@id, @date, @published, @title, @text, @source, @url, @lang, @externalId,
          @originFile, @originLine, @originRow, @ingestedAt, @pipelineVersion)
  ON CONFLICT (id) DO NOTHING`;

const INSERT_SENTENCE = `
  INSERT INTO sentences (article_id, idx, "start", "end", text) VALUES (?, ?, ?, ?, ?)`;

const INSERT_MENTION = `
  INSERT INTO mentions (article_id, idx, sentence_idx, "start", "end", text, actor_id, role, rule, reason, antecedent)
  VALUES (@articleId, @idx, @sentenceIdx, @start, @end, @text, @actorId, @role, @rule, @reason, @antecedent)`;

const INSERT_TIMEX = `
  INSERT INTO timex (article_id, idx, sentence_idx, "start", "end", text, type, value, granularity, rule, reason)
  VALUES (@articleId, @idx, @sentenceIdx, @start, @end, @text, @type, @value, @granularity, @rule, @reason)`;

/**
 * Stores a batch of articles with their sentences, mentions and timex in ONE transaction: after
 * a crash either the whole batch is there or none of it. An article whose id is already stored
 * is skipped whole (its annotations too), so re-ingesting a file is a no-op. Each new article records
 * the pipeline version that coded it ({@link STORED_PIPELINE_VERSION}). Actors referenced by
 * mentions are upserted. Every value is bound, never spliced into SQL: article text is untrusted.
 *
 * @param db - The open connection.
 * @param batch - Articles with their sentence ranges and optional annotations.
 * @returns Ids stored now, and ids skipped because they were already stored.
 * @throws RangeError when a span lies outside its article's text or sentences are out of order;
 *   the whole batch is rolled back.
 * @example
 * const { inserted, existing } = insertArticles(db, [{ article, sentences: [{ start: 0, end: 24 }] }]);
 */
export function insertArticles(db: Database.Database, batch: readonly ArticleBatchItem[]): InsertResult {
  const ingestedAt = new Date().toISOString();
  // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and then
  // writes can fail with SQLITE_BUSY without waiting when another process commits in between.
  const run = db.transaction((items: readonly ArticleBatchItem[]): InsertResult => {
    const result: InsertResult = { inserted: [], existing: [] };
    for (const item of items) {
      checkSpans(item);
      const isNew = statement(db, INSERT_ARTICLE).run(articleParams(item.article, ingestedAt)).changes === 1;
      if (!isNew) {
        result.existing.push(item.article.id);
        continue;
      }
      insertAnnotations(db, item);
      result.inserted.push(item.article.id);
    }
    return result;
  });
  return run.immediate(batch);
}

function articleParams(a: ArticleToStore, ingestedAt: string): Record<string, string | number | null> {
  return {
    id: a.id,
    date: a.date,
    published: a.published ?? null,
    title: a.title ?? null,
    text: a.text,
    source: a.source ?? null,
    url: a.url ?? null,
    lang: a.lang ?? null,
    externalId: a.externalId ?? null,
    originFile: a.origin?.file ?? null,
    originLine: a.origin?.line ?? null,
    originRow: a.origin?.row ?? null,
    ingestedAt,
    pipelineVersion: STORED_PIPELINE_VERSION,
  };
}

/**
 * Stores one article's sentences, mentions, timex, events, quotes and statements, inside the caller's
 * transaction; the article row must exist and hold none yet. `eventIds` gives each event its id (by
 * position), for a re-coding that keeps the ids of events coded again; default `<article>:e<idx>`.
 */
export function insertAnnotations(db: Database.Database, item: ArticleBatchItem, eventIds?: readonly string[]): void {
  const { article, sentences, mentions = [], timex = [], events = [], quotes = [], statements = [] } = item;
  const { id, text } = article;
  const insertSentence = statement(db, INSERT_SENTENCE);
  sentences.forEach((s, idx) => insertSentence.run(id, idx, s.start, s.end, text.slice(s.start, s.end)));

  upsertActors(db, mentions.map((m) => m.actor));

  const insertMention = statement(db, INSERT_MENTION);
  mentions.forEach((m, idx) => insertMention.run({
    articleId: id, idx, sentenceIdx: sentenceIndexAt(sentences, m.start), start: m.start, end: m.end,
    text: text.slice(m.start, m.end), actorId: m.actor.id, role: m.actor.role ?? null,
    rule: m.rule, reason: m.reason, antecedent: m.antecedent ?? null,
  }));

  const insertTimex = statement(db, INSERT_TIMEX);
  timex.forEach((t, idx) => insertTimex.run({
    articleId: id, idx, sentenceIdx: sentenceIndexAt(sentences, t.start), start: t.start, end: t.end,
    text: text.slice(t.start, t.end), type: t.type, value: t.value ?? null, granularity: t.granularity ?? null,
    rule: t.rule, reason: t.reason,
  }));

  insertEventsQuotesStatements(db, id, article.date, (offset) => sentenceIndexAt(sentences, offset), { events, quotes, statements }, (r) => text.slice(r.start, r.end), eventIds);
}

/** Index of the sentence holding `offset`, or null. Binary search: sentences are checked sorted. */
function sentenceIndexAt(sentences: readonly CharRange[], offset: number): number | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return null;
}

// Offsets are trusted by every later reader (snippets, events, the API); a bad one stored now
// would surface far from its cause, so refuse it here.
/**
 * Refuses a batch item whose spans lie outside its text or whose sentences overlap.
 *
 * @throws RangeError naming the article and the span.
 */
export function checkSpans({ article, sentences, mentions = [], timex = [], events = [], quotes = [], statements = [] }: ArticleBatchItem): void {
  const length = article.text.length;
  const check = (kind: string, i: number, r: CharRange): void => {
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length)) {
      throw new RangeError(`article ${article.id}: ${kind}[${i}] [${r.start}, ${r.end}) is outside its text (length ${length})`);
    }
  };
  sentences.forEach((s, i) => {
    check('sentences', i, s);
    const previous = sentences[i - 1];
    if (previous && s.start < previous.end) {
      throw new RangeError(`article ${article.id}: sentences[${i}] starts at ${s.start}, before sentences[${i - 1}] ends at ${previous.end}`);
    }
  });
  mentions.forEach((m, i) => {
    check('mentions', i, m);
    if (m.antecedent !== undefined && !(Number.isInteger(m.antecedent) && m.antecedent >= 0 && m.antecedent < mentions.length)) {
      throw new RangeError(`article ${article.id}: mentions[${i}].antecedent ${m.antecedent} is not an index into its mentions`);
    }
  });
  timex.forEach((t, i) => check('timex', i, t));
  events.forEach((e, i) => check('events', i, e));
  quotes.forEach((q, i) => check('quotes', i, q));
  statements.forEach((st, i) => check('statements', i, st));
}
