import type Database from 'better-sqlite3';
import type { Actor, CharRange, EventParticipant, EventSpan, QuoteSpan, StatementSpan } from '../doc/types.ts';
import { statement } from './statements.ts';
import { timexDays } from '../lib/timex-value.ts';
import { quadCode } from '../events/quad-class.ts';
import { queryCode } from './query/code.ts';

const UPSERT_ACTOR = `
  INSERT INTO actors (id, name, country, org, sector, role)
  VALUES (@id, @name, @country, @org, @sector, @role)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country,
    org = excluded.org, sector = excluded.sector, role = excluded.role`;

const INSERT_EVENT = `
  INSERT INTO events (id, article_id, idx, sentence_idx, type, mode, context, source_actor_id, target_actor_id,
                      date_value, date_start, date_end, status, trigger_start, trigger_end, rule, reason, negated, reported_by_actor_id, payload,
                      day, quad, confidence)
  VALUES (@id, @articleId, @idx, @sentenceIdx, @type, @mode, @context, @sourceActorId, @targetActorId,
          @dateValue, @dateStart, @dateEnd, @status, @start, @end, @rule, @reason, @negated, @reportedBy, @payload,
          coalesce(@dateStart, @dateEnd, @articleDate), @quad, @confidence)`;

const INSERT_EVENT_ACTOR = `
  INSERT OR IGNORE INTO event_actors (event_id, role, actor_id, country, code) VALUES (?, ?, ?, ?, ?)`;

const INSERT_QUOTE = `
  INSERT INTO quotes (article_id, idx, sentence_idx, "start", "end", text, speaker_actor_id, kind, date_value, rule, payload)
  VALUES (@articleId, @idx, @sentenceIdx, @start, @end, @text, @speaker, @kind, @dateValue, @rule, @payload)`;

const INSERT_STATEMENT = `
  INSERT INTO statements (article_id, idx, sentence_idx, "start", "end", kind, about, speaker_actor_id, date_value, rule, payload)
  VALUES (@articleId, @idx, @sentenceIdx, @start, @end, @kind, @about, @speaker, @dateValue, @rule, @payload)`;

/** Upserts actors: the knowledge base is the authority on names and roles, so the latest stored wins. */
export function upsertActors(db: Database.Database, actors: Iterable<Actor>): void {
  const upsert = statement(db, UPSERT_ACTOR);
  const seen = new Set<string>();
  for (const a of actors) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    upsert.run({ id: a.id, name: a.name, country: a.country ?? null, org: a.org ?? null, sector: a.sector ?? null, role: a.role ?? null });
  }
}

/** Every actor that events, quotes and statements refer to, so their foreign keys hold. */
export function annotationActors(events: readonly EventSpan[], quotes: readonly QuoteSpan[], statements: readonly StatementSpan[]): Actor[] {
  const out: Actor[] = [];
  const add = (p: EventParticipant | null): void => {
    if (p) out.push(p.actor);
  };
  for (const e of events) {
    e.source.forEach(add);
    e.target.forEach(add);
    add(e.reportedBy);
  }
  quotes.forEach((q) => add(q.speaker));
  statements.forEach((s) => add(s.speaker));
  return out;
}

/** The stable id of an article's `idx`-th event. */
export function eventId(articleId: string, idx: number): string {
  return `${articleId}:e${idx}`;
}

/**
 * Stores an article's events (with every source and target in `event_actors`), quotes and
 * statements, each with its JSON payload. Runs inside the caller's transaction. Event `idx` gets the
 * id `eventIds[idx]` when given (a re-coding keeps the id of an event coded again), else {@link eventId}.
 */
export function insertEventsQuotesStatements(
  db: Database.Database,
  articleId: string,
  articleDate: string,
  sentenceIndexAt: (offset: number) => number | null,
  spans: { events: readonly EventSpan[]; quotes: readonly QuoteSpan[]; statements: readonly StatementSpan[] },
  quotedText: (r: CharRange) => string,
  eventIds?: readonly string[],
): void {
  upsertActors(db, annotationActors(spans.events, spans.quotes, spans.statements));
  const insertEvent = statement(db, INSERT_EVENT);
  const insertEventActor = statement(db, INSERT_EVENT_ACTOR);
  spans.events.forEach((e, idx) => {
    const id = eventIds?.[idx] ?? eventId(articleId, idx);
    const typeWhy = e.explain.find((x) => x.decides === 'type') ?? e.explain[0];
    const days = timexDays(e.date);
    insertEvent.run({
      id, articleId, articleDate, idx, sentenceIdx: e.sentence, type: e.event, mode: e.mode, context: e.context.join(',') || null,
      sourceActorId: e.source[0]?.actor.id ?? null, targetActorId: e.target[0]?.actor.id ?? null,
      dateValue: e.date, dateStart: days.start, dateEnd: days.end, status: e.status, start: e.start, end: e.end,
      rule: typeWhy?.rule ?? 'unknown', reason: typeWhy?.reason ?? '', negated: e.negated ? 1 : 0,
      reportedBy: e.reportedBy?.actor.id ?? null, payload: JSON.stringify(e), quad: quadCode(e.event),
      confidence: typeof e.confidence === 'number' ? e.confidence : null,
    });
    for (const p of e.source) insertEventActor.run(id, 'source', p.actor.id, p.actor.country, queryCode(p.actor));
    for (const p of e.target) insertEventActor.run(id, 'target', p.actor.id, p.actor.country, queryCode(p.actor));
  });
  const insertQuote = statement(db, INSERT_QUOTE);
  spans.quotes.forEach((q, idx) => insertQuote.run({
    articleId, idx, sentenceIdx: sentenceIndexAt(q.start), start: q.start, end: q.end, text: q.text || quotedText(q),
    speaker: q.speaker?.actor.id ?? null, kind: q.kind, dateValue: q.date, rule: q.rule, payload: JSON.stringify(q),
  }));
  const insertStatement = statement(db, INSERT_STATEMENT);
  spans.statements.forEach((s, idx) => insertStatement.run({
    articleId, idx, sentenceIdx: sentenceIndexAt(s.start), start: s.start, end: s.end, kind: s.kind, about: s.about,
    speaker: s.speaker?.actor.id ?? null, dateValue: s.date, rule: s.rule, payload: JSON.stringify(s),
  }));
}
