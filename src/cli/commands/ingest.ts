import type { Command } from 'commander';
import { DatelineError, ingestExitCode, ingestPaths, parseFormat, resolveLimits, INPUT_FORMATS, type IngestSummary, type ReadOptions } from '../../index.ts';
import { checkDate, parseCount, requireInputs, withWritableStore, type Io } from '../context.ts';
import { createProgress } from '../progress.ts';
import { annotatorFor, WORKERS_HELP } from '../annotator.ts';
import { writeJsonLines } from '../output.ts';

const MAP_FIELDS = ['date', 'text', 'title', 'source', 'url', 'id', 'lang'] as const;

/** Parses `--map text=body,date=published` into a column map. */
export function parseColumnMap(spec: string | undefined): ReadOptions['columnMap'] {
  if (!spec) return undefined;
  const map: NonNullable<ReadOptions['columnMap']> = {};
  for (const entry of spec.split(',').map((e) => e.trim()).filter(Boolean)) {
    const m = /^(\w+)=(.+)$/.exec(entry);
    const field = m?.[1] as (typeof MAP_FIELDS)[number] | undefined;
    if (!m || !field || !MAP_FIELDS.includes(field)) {
      throw new DatelineError('E_INGEST_BAD_MAP', { entry: JSON.stringify(entry), expected: MAP_FIELDS.join(', ') });
    }
    map[field] = m[2]!.trim();
  }
  return map;
}

/** The one-line summary: `249 read, 0 new, 249 already stored`. */
export function summaryLine(s: IngestSummary): string {
  const parts = [`${s.read} read`, `${s.inserted} new`, `${s.existing} already stored`];
  if (s.rejected) parts.push(`${s.rejected} rejected`);
  return parts.join(', ');
}

interface IngestFlags {
  db?: string;
  date?: string;
  format?: string;
  map?: string;
  source?: string;
  strict?: boolean;
  batchSize?: string;
  workers?: string;
  json?: boolean;
  limit?: string[];
}

/** `dateline ingest PATH...` */
export function registerIngest(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read articles from files, folders (recursively) or - (stdin) into the store')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that carry none (plain .txt, CSV without a date column)')
    .option('--format <name>', `read every input as this format: ${INPUT_FORMATS.join(', ')}`)
    .option('--map <field=column,...>', `CSV column names, e.g. text=body,date=published (fields: ${MAP_FIELDS.join(', ')})`)
    .option('--source <name>', 'source name for records that name none')
    .option('--strict', 'store nothing if any record is bad')
    .option('--batch-size <n>', 'articles per transaction (default 200, or 64 with worker threads)')
    .option('--workers <n>', WORKERS_HELP)
    .option('--json', 'print the summary and each problem as JSON Lines')
    .option('--limit <name=n>', 'change a limit: article-bytes, file-bytes, sentences, sentence-words, sentence-events (repeatable; docs/limits.md)', (v: string, prev: string[] = []) => [...prev, v])
    .addHelpText('after', `
Exit status: 0 all records stored or already there, 1 some records rejected, 2 nothing usable or usage
error (a missing PATH: no such file), 3 the store cannot be opened, written or is full, 130 interrupted.

Examples:
  $ dateline ingest ../shared/data/seed/000_92299265eec00e6e.txt   # needs ../shared (the shared dataset)
  $ dateline ingest news.csv --map text=body,title=headline
  $ dateline ingest page.txt --date 2022-01-10
  $ cat feed.jsonl | dateline ingest - --format jsonl`)
    .action(async (paths: string[], flags: IngestFlags) => {
      // Before anything else: a typo in PATH must not leave an empty database behind.
      requireInputs(paths);
      if (flags.format && !parseFormat(flags.format)) {
        throw new DatelineError('E_INGEST_UNKNOWN_FORMAT', { format: JSON.stringify(flags.format), expected: INPUT_FORMATS.join(', ') });
      }
      // Defaults, then DATELINE_MAX_* from the environment, then --limit: a bad one fails before any work.
      const limits = resolveLimits(flags.limit, process.env);
      const options = {
        limits,
        defaultDate: checkDate(flags.date, '--date'),
        columnMap: parseColumnMap(flags.map),
        defaultSource: flags.source,
        format: flags.format,
        strict: flags.strict,
        batchSize: flags.batchSize === undefined ? undefined : Math.max(1, parseCount(flags.batchSize, '--batch-size')),
      };
      // A bad --workers fails here, before the store is opened.
      if (flags.workers !== undefined) parseCount(flags.workers, '--workers');
      // The store is opened before worker threads start, and they are closed on every path after:
      // threads left running would keep the process alive after an error.
      const summary = await withWritableStore(flags.db, { create: true }, async (store) => {
        const annotator = annotatorFor(flags.workers, limits);
        const progress = createProgress(io.err);
        try {
          return await ingestPaths(store, annotator, paths, { ...options, onProgress: (p) => progress.update(p) });
        } finally {
          progress.stop();
          await annotator.close();
        }
      });
      if (flags.json) {
        const { problems, ...totals } = summary;
        const { warnings, ...counts } = totals;
        writeJsonLines([{ summary: counts }, ...problems.map((p) => ({ problem: p })), ...warnings.map((w) => ({ warning: w }))], io.out);
      } else {
        for (const p of summary.problems) io.err.write(`${p.message}\n`);
        for (const w of summary.warnings) io.err.write(`warning: ${w.message}\n`);
        if (summary.aborted) io.err.write(`--strict: nothing stored because ${summary.problems.length} record(s) were bad\n`);
        io.out.write(`${summaryLine(summary)}\n`);
      }
      setExit(ingestExitCode(summary));
    });
}
