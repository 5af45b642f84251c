import type { Command } from 'commander';
import { actorCode, iterateEvents, type EventRow, type ParticipantJson, type SectorCode, type StoredEvent } from '../../index.ts';
import { checkDate, parseCount, today, withStore, type Io } from '../context.ts';
import { addConfidenceFlags, addFilterFlags, filterFromFlags, minConfidenceFromFlags, withFilterFlags } from '../filter-flags.ts';
import { formatTable, writeJsonLines } from '../output.ts';

type Who = Pick<ParticipantJson, 'id' | 'name' | 'country' | 'sector' | 'org'>;

/** What a listing shows of an event, from the query layer's row or the store's upcoming list. */
interface Listed {
  id: string;
  articleId: string;
  articleDate: string;
  articleTitle: string | null;
  event: EventRow['event'];
  mode: string | null;
  context: string[];
  status: EventRow['status'];
  date: string | null;
  source: Who[];
  target: Who[];
  sentence: string | null;
  start: number;
  end: number;
  explain: EventRow['explain'];
  intensity: number | null;
  confidence: number | null;
  location: EventRow['location'];
}

const who = (p: Who): Who => ({ id: p.id, name: p.name, country: p.country, sector: p.sector, org: p.org });

function fromRow(e: EventRow): Listed {
  return { ...e, source: e.source.map(who), target: e.target.map(who) };
}

function fromStored(e: StoredEvent): Listed {
  const ev = e.event;
  return {
    id: e.id, articleId: e.articleId, articleDate: e.articleDate, articleTitle: e.articleTitle, event: ev.event, mode: ev.mode, context: ev.context,
    status: ev.status, date: ev.date, source: ev.source.map((p) => who(p.actor)), target: ev.target.map((p) => who(p.actor)),
    sentence: e.sentenceText, start: ev.start, end: ev.end, explain: ev.explain,
    intensity: ev.intensity ?? null, confidence: ev.confidence ?? null, location: ev.location ?? null,
  };
}

// The table's label for a participant: the organisation of an IGO/NGO, else the country, else the name.
const label = (p: Who): string => actorCode({ actor: { ...p, sector: p.sector as SectorCode | null, role: null } });

/**
 * An event as a JSON Lines record: the event's fields, its sentence and its article.
 * `articleId`/`articleDate` are the names every other JSON uses (DECISIONS §2); `article_id` and
 * `article_date` stay beside them as deprecated aliases for scripts written before.
 */
function eventRecord(e: Listed): object {
  return {
    id: e.id, articleId: e.articleId, articleDate: e.articleDate, article_id: e.articleId, article_date: e.articleDate,
    event: e.event, mode: e.mode, context: e.context, status: e.status, date: e.date, source: e.source, target: e.target,
    sentence: e.sentence, start: e.start, end: e.end, intensity: e.intensity, confidence: e.confidence, location: e.location,
    explain: e.explain,
  };
}

function eventRows(events: Listed[]): Record<string, unknown>[] {
  return events.map((e) => ({
    date: e.date ?? `(${e.articleDate})`, source: e.source.map(label).join('+'), event: e.event + (e.mode ? `/${e.mode}` : ''),
    target: e.target.map(label).join('+'), status: e.status, sentence: e.sentence,
  }));
}

/** The first `limit` items of an iterable, without reading further. */
function take<T>(items: Iterable<T>, limit: number): T[] {
  const out: T[] = [];
  if (limit <= 0) return out;
  for (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

interface EventsFlags {
  db?: string;
  limit: string;
  json?: boolean;
  [filter: string]: unknown;
}

/** `dateline events` and `dateline upcoming` */
export function registerEvents(program: Command, io: Io): void {
  addFilterFlags(program
    .command('events')
    .description('list stored events with their sentence, by the day each is placed on (occurred and scheduled unless --status says otherwise)')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)'))
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'JSON Lines, one event per line')
    .addHelpText('after', `
The filters are those of \`dateline export\` and of the API (docs/api.md, "Event filters"). Codes,
types, modes and statuses are read in any case; actor, type, mode and status take comma lists; an
actor is a code, an actor id or a name. A value that names nothing is an error, never an empty list.

Examples:
  $ dateline events --dyad RUS,USA
  $ dateline events --actor russia --type consult,threaten
  $ dateline events --actor IGO --status scheduled,occurred --json
  $ dateline events --mode visit --q "security guarantees" --since 2022-01-01`)
    .action(async (flags: EventsFlags) => {
      const filter = filterFromFlags(flags);
      const limit = parseCount(flags.limit, '--limit');
      const events = await withFilterFlags(() => withStore(flags.db, (store) => take(iterateEvents(store.db, filter), limit).map(fromRow)));
      if (flags.json) writeJsonLines(events.map(eventRecord), io.out);
      else io.out.write(`${formatTable(eventRows(events), ['date', 'source', 'event', 'target', 'status', 'sentence'], { maxWidth: 70 })}\n${events.length} event(s)\n`);
    });

  addConfidenceFlags(program
    .command('upcoming')
    .description('scheduled events from today (or --from) on, soonest first, with the article that announced each (at or above the confidence threshold unless --all)')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--from <YYYY-MM-DD>', 'first day (default: today)')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'JSON Lines, one event per line'), 'every scheduled event, whatever its confidence (unless --min-confidence says otherwise)')
    .action(async (flags: { db?: string; from?: string; limit: string; json?: boolean; [flag: string]: unknown }) => {
      const from = checkDate(flags.from, '--from') ?? today();
      const minConfidence = minConfidenceFromFlags(flags);
      const events = await withStore(flags.db, (store) => store.upcoming(from, parseCount(flags.limit, '--limit'), minConfidence).map(fromStored));
      if (flags.json) writeJsonLines(events.map(eventRecord), io.out);
      else {
        const rows = events.map((e) => ({ ...eventRows([e])[0], announced: `${e.articleDate} ${e.articleTitle ?? ''}`.trim() }));
        io.out.write(`${formatTable(rows, ['date', 'source', 'event', 'target', 'announced', 'sentence'], { maxWidth: 60 })}\n${events.length} upcoming event(s) from ${from}\n`);
      }
    });
}
