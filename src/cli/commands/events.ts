import type { Command } from 'commander';
import { actorCode, DatelineError, type EventParticipant, type StoredEvent } from '../../index.ts';
import { checkDate, parseCount, today, withStore, type Io } from '../context.ts';
import { formatTable, writeJsonLines } from '../output.ts';

const STATUSES = ['occurred', 'scheduled', 'denied', 'hypothetical'] as const;

function actors(ps: EventParticipant[]): string {
  return ps.map(actorCode).join('+');
}

/** A stored event as a JSON Lines record: the event's fields, its sentence and its article. */
function eventRecord(e: StoredEvent): object {
  const ev = e.event;
  const who = (p: EventParticipant) => ({ id: p.actor.id, name: p.actor.name, country: p.actor.country, sector: p.actor.sector, org: p.actor.org });
  return {
    id: e.id, article_id: e.articleId, article_date: e.articleDate, event: ev.event, mode: ev.mode, context: ev.context, status: ev.status,
    date: ev.date, source: ev.source.map(who), target: ev.target.map(who), sentence: e.sentenceText, start: ev.start, end: ev.end, explain: ev.explain,
  };
}

function eventRows(events: StoredEvent[]): Record<string, unknown>[] {
  return events.map((e) => ({
    date: e.event.date ?? `(${e.articleDate})`, source: actors(e.event.source), event: e.event.event + (e.event.mode ? `/${e.event.mode}` : ''),
    target: actors(e.event.target), status: e.event.status, sentence: e.sentenceText,
  }));
}

function checkStatuses(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const list = value.split(',').map((s) => s.trim());
  for (const s of list) {
    if (!(STATUSES as readonly string[]).includes(s)) throw new DatelineError('E_USAGE', { detail: `bad status ${JSON.stringify(s)}: expected ${STATUSES.join(', ')}` });
  }
  return list;
}

interface EventsFlags {
  db?: string;
  actor?: string;
  dyad?: string;
  type?: string;
  status?: string;
  since?: string;
  until?: string;
  limit: string;
  json?: boolean;
}

/** `dateline events` and `dateline upcoming` */
export function registerEvents(program: Command, io: Io): void {
  program
    .command('events')
    .description('list stored events with their sentence (occurred and scheduled unless --status says otherwise)')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--actor <code|id>', 'source or target: a country or IGO code (RUS, NATO) or an actor id')
    .option('--dyad <A,B>', 'events between two actors, either direction')
    .option('--type <PLOVER>', 'event type, e.g. CONSULT')
    .option('--status <list>', `comma-separated: ${STATUSES.join(', ')}`)
    .option('--since <YYYY-MM-DD>', "events dated on or after this day (an event's own date)")
    .option('--until <YYYY-MM-DD>', 'events dated on or before this day')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'JSON Lines, one event per line')
    .addHelpText('after', `
Examples:
  $ dateline events --dyad RUS,USA
  $ dateline events --actor NATO --status scheduled,occurred --json`)
    .action(async (flags: EventsFlags) => {
      let dyad: [string, string] | undefined;
      if (flags.dyad) {
        const parts = flags.dyad.split(',').map((s) => s.trim()).filter(Boolean);
        if (parts.length !== 2) throw new DatelineError('E_USAGE', { detail: `--dyad needs two actors, A,B; got ${JSON.stringify(flags.dyad)}` });
        dyad = [parts[0]!, parts[1]!];
      }
      const events = await withStore(flags.db, (store) => store.listEvents({
        actor: flags.actor, dyad, type: flags.type, status: checkStatuses(flags.status),
        since: checkDate(flags.since, '--since'), until: checkDate(flags.until, '--until'), limit: parseCount(flags.limit, '--limit'),
      }));
      if (flags.json) writeJsonLines(events.map(eventRecord), io.out);
      else io.out.write(`${formatTable(eventRows(events), ['date', 'source', 'event', 'target', 'status', 'sentence'], { maxWidth: 70 })}\n${events.length} event(s)\n`);
    });

  program
    .command('upcoming')
    .description('scheduled events from today (or --from) on, soonest first, with the article that announced each')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--from <YYYY-MM-DD>', 'first day (default: today)')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'JSON Lines, one event per line')
    .action(async (flags: { db?: string; from?: string; limit: string; json?: boolean }) => {
      const from = checkDate(flags.from, '--from') ?? today();
      const events = await withStore(flags.db, (store) => store.upcoming(from, parseCount(flags.limit, '--limit')));
      if (flags.json) writeJsonLines(events.map(eventRecord), io.out);
      else {
        const rows = events.map((e) => ({ ...eventRows([e])[0], announced: `${e.articleDate} ${e.articleTitle ?? ''}`.trim() }));
        io.out.write(`${formatTable(rows, ['date', 'source', 'event', 'target', 'announced', 'sentence'], { maxWidth: 60 })}\n${events.length} upcoming event(s) from ${from}\n`);
      }
    });
}
