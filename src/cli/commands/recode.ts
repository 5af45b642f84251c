import type { Command } from 'commander';
import { PIPELINE_VERSION, recodeStore, resolveLimits, type RecodeSummary } from '../../index.ts';
import { checkDate, parseCount, withWritableStore, type Io } from '../context.ts';
import { annotatorFor, WORKERS_HELP } from '../annotator.ts';
import { writeJsonLines } from '../output.ts';

/** The one-line summary: `12 recoded, 237 already current`. */
export function recodeSummaryLine(s: RecodeSummary): string {
  const events = s.recoded ? ` (events: ${s.eventsKept} kept, ${s.eventsAdded} new, ${s.eventsDropped} gone)` : '';
  return `${s.recoded} recoded, ${s.current} already current${events}`;
}

interface RecodeFlags {
  db?: string;
  since?: string;
  until?: string;
  all?: boolean;
  batchSize?: string;
  workers?: string;
  json?: boolean;
}

/** `dateline recode`: re-runs the current pipeline on stored articles an older one coded (DECISIONS §9). */
export function registerRecode(program: Command, io: Io): void {
  program
    .command('recode')
    .description('re-code stored articles that an older pipeline version coded, keeping the ids of events coded again')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db); it must exist')
    .option('--since <YYYY-MM-DD>', 'only articles dated on or after this day')
    .option('--until <YYYY-MM-DD>', 'only articles dated on or before this day')
    .option('--all', 'also re-code articles the current pipeline version coded')
    .option('--batch-size <n>', 'articles per transaction (default 200, or 64 with worker threads)')
    .option('--workers <n>', WORKERS_HELP)
    .option('--json', 'print the summary and each warning as JSON Lines')
    .addHelpText('after', `
Each stored article records the pipeline version that coded it (this Dateline codes with version
${PIPELINE_VERSION}; \`dateline stats\` counts articles per version). Each batch replaces its articles'
sentences, mentions, timex, events, quotes and statements in one transaction, so an interrupted run
leaves every article wholly old or wholly new, and running it again finishes the rest.

Exit status: 0 done (also when nothing needed re-coding), 2 usage error, 3 the store is missing,
cannot be opened or written, or is full, 130 interrupted.

Examples:
  $ dateline recode
  $ dateline recode --since 2022-01-01 --workers 0
  $ dateline recode --db archive.db --all`)
    .action(async (flags: RecodeFlags) => {
      const since = checkDate(flags.since, '--since');
      const until = checkDate(flags.until, '--until');
      const batchSize = flags.batchSize === undefined ? undefined : Math.max(1, parseCount(flags.batchSize, '--batch-size'));
      // Ingest's limits (DATELINE_MAX_* included), so an article is coded as ingest would code it now.
      const limits = resolveLimits(undefined, process.env);
      // A bad --workers fails here, before the store is opened.
      if (flags.workers !== undefined) parseCount(flags.workers, '--workers');
      const summary = await withWritableStore(flags.db, { create: false }, async (store) => {
        // Nothing to do: no worker threads, no knowledge base loaded.
        const counts = store.recodeCounts({ since, until });
        if (!flags.all && counts.total === counts.current) {
          return { total: 0, recoded: 0, current: counts.current, eventsKept: 0, eventsAdded: 0, eventsDropped: 0, warnings: [] } satisfies RecodeSummary;
        }
        const annotator = annotatorFor(flags.workers, limits);
        const tty = io.err.isTTY === true;
        try {
          return await recodeStore(store, annotator, {
            since, until, all: flags.all, batchSize,
            onProgress: (p) => {
              if (tty) io.err.write(`\rrecode ${p.recoded}/${p.total} articles`);
            },
          });
        } finally {
          if (tty) io.err.write('\r\x1b[K');
          await annotator.close();
        }
      });
      if (flags.json) {
        const { warnings, ...counts } = summary;
        writeJsonLines([{ summary: counts }, ...warnings.map((w) => ({ warning: w }))], io.out);
      } else {
        for (const w of summary.warnings) io.err.write(`warning: ${w.message}\n`);
        io.out.write(`${recodeSummaryLine(summary)}\n`);
      }
    });
}
