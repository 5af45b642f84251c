import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import {
  DatelineError, directedNetwork, eventsCsvLines, eventsJsonlLines, eventsParquetChunks, iterateEvents, networkGraphml, upcomingEvents, upcomingIcs,
  worldCountryName, type EventFilter, type Store,
} from '../../index.ts';
import { checkDate, parseCount, today, withStore, type Io } from '../context.ts';
import { addFilterFlags, filterFromFlags, givenFilterFlags, minConfidenceFromFlags, withFilterFlags } from '../filter-flags.ts';
import { writeChunks } from '../write-chunks.ts';

const FORMATS = ['csv', 'jsonl', 'parquet', 'ics', 'graphml'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags {
  format: string;
  db?: string;
  out?: string;
  from?: string;
  limit?: string;
  grouped?: boolean;
  /** The event filter flags (filter-flags.ts). */
  [filter: string]: unknown;
}

/** The event filter the flags ask for: the flags and their reading are those of `events` and the API. */
function eventFilter(flags: ExportFlags): EventFilter {
  return filterFromFlags(flags);
}

/** The export's text or bytes, as chunks, computed lazily from the store. */
function exportChunks(store: Store, format: Format, flags: ExportFlags): Iterable<string | Uint8Array> {
  if (flags.grouped && format !== 'csv') throw new DatelineError('E_USAGE', { detail: `--grouped is for --format csv (${format} keeps each event's actors together anyway)` });
  if (format === 'csv') return eventsCsvLines(iterateEvents(store.db, eventFilter(flags)), { grouped: flags.grouped === true });
  if (format === 'jsonl') return eventsJsonlLines(iterateEvents(store.db, eventFilter(flags)));
  if (format === 'parquet') return eventsParquetChunks(iterateEvents(store.db, eventFilter(flags)));
  if (format === 'graphml') {
    const limit = parseCount(flags.limit ?? '200', '--limit');
    return [networkGraphml(directedNetwork(iterateEvents(store.db, eventFilter(flags)), { limit, countryName: worldCountryName }))];
  }
  // The calendar lists what `dateline upcoming` lists: the confidence threshold (and --all) hold, no other filter.
  const given = givenFilterFlags(flags).filter((flag) => flag !== '--min-confidence');
  if (given.length) throw new DatelineError('E_USAGE', { detail: `--format ics lists scheduled events from --from on; it takes no ${given[0]}` });
  const from = checkDate(flags.from, '--from') ?? today();
  const minConfidence = minConfidenceFromFlags(flags);
  return [upcomingIcs(upcomingEvents(store.db, from, parseCount(flags.limit ?? '1000', '--limit'), { minConfidence }), { now: new Date() })];
}

/** `dateline export`: events as CSV or JSON Lines, upcoming events as iCalendar, the actor network as GraphML. */
export function registerExport(program: Command, io: Io): void {
  addFilterFlags(program
    .command('export')
    .description('write stored events as CSV, JSON Lines or Parquet, upcoming events as iCalendar, or the actor network as GraphML')
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--out <file>', 'write to this file instead of standard output (parquet: required on a terminal)')
    .option('--grouped', 'csv: one row per event, its sources and targets joined by "; ", instead of one row per source-target pair'))
    .option('--from <YYYY-MM-DD>', 'ics: first day (default: today)')
    .option('--limit <n>', 'ics: most events (default 1000); graphml: most edges (default 200)')
    .addHelpText('after', `
Columns and formats: docs/exports.md. CSV starts with POLECAT's column names, one row per
source-target pair; Parquet has one row per event with typed columns and actors as lists.
The event filters are those of \`dateline events\` and of the API (docs/api.md, "Event filters").

Examples:
  $ dateline export --format csv --dyad RUS,USA --out rus-usa.csv
  $ dateline export --format parquet --since 2022-01-01 --out events.parquet
  $ dateline export --format jsonl --type ASSAULT,COERCE --since 2022-02-01
  $ dateline export --format ics --from 2022-01-01 --out upcoming.ics
  $ dateline export --format graphml --actor NATO --out nato.graphml
  $ dateline export --format jsonl --actor russia --mode visit,phone`)
    .action(async (flags: ExportFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) {
        throw new DatelineError('E_USAGE', { detail: `bad --format ${JSON.stringify(flags.format)}: expected ${FORMATS.join(', ')}` });
      }
      await withFilterFlags(() => withStore(flags.db, async (store) => {
        // Built (and so validated) before a file is created: a bad flag leaves no empty file behind.
        const all = exportChunks(store, flags.format as Format, flags);
        if (!flags.out) {
          // Binary on a terminal is garbage and can upset it; a pipe or a redirect is fine.
          if (flags.format === 'parquet' && io.out.isTTY) throw new DatelineError('E_USAGE', { detail: '--format parquet writes binary: give --out FILE, or redirect standard output' });
          return writeChunks(io.out, all);
        }
        const file = createWriteStream(flags.out);
        const closed = once(file, 'close');
        try {
          await writeChunks(file, all);
        } finally {
          file.end();
          await closed;
        }
      }));
    });
}
