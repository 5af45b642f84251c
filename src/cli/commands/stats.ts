import type { Command } from 'commander';
import { withStore, type Io } from '../context.ts';

/** `dateline stats` */
export function registerStats(program: Command, io: Io): void {
  program
    .command('stats')
    .description('counts of what the store holds')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--json', 'one JSON object')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const s = await withStore(flags.db, (store) => store.stats());
      if (flags.json) {
        io.out.write(`${JSON.stringify(s)}\n`);
        return;
      }
      const lines = [
        `database   ${s.file} (schema v${s.schemaVersion}, ${(s.fileBytes / 1024).toFixed(0)} KiB)`,
        `articles   ${s.articles}${s.dateRange ? ` (${s.dateRange.first} to ${s.dateRange.last})` : ''}`,
        `sentences  ${s.sentences}`,
        `mentions   ${s.mentions} of ${s.actors} actors`,
        `timex      ${s.timex}`,
        `quotes     ${s.quotes}`,
        `events     ${s.events}`,
        `coded by   pipeline v${s.currentPipelineVersion} (current): ${s.articles - s.olderPipelineArticles}, an older version: ${s.olderPipelineArticles}${s.olderPipelineArticles ? ' (dateline recode re-codes them)' : ''}`,
      ];
      const older = s.pipelineVersions.filter((v) => v.version !== s.currentPipelineVersion);
      for (const v of older) lines.push(`  ${String(v.articles).padStart(6)}  ${v.version === null ? 'before versions were recorded' : `pipeline v${v.version}`}`);
      if (s.sources.length) {
        lines.push('sources');
        for (const src of s.sources.slice(0, 10)) lines.push(`  ${String(src.articles).padStart(6)}  ${src.source ?? '(none)'}`);
      }
      io.out.write(`${lines.join('\n')}\n`);
    });
}
