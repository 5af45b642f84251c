import type { Command } from 'commander';
import { join } from 'node:path';
import { buildPipeline, ingestPaths, loadKnowledge, PACKAGE_ROOT } from '../../index.ts';
import { withWritableStore, type Io } from '../context.ts';
import { articleTable } from '../output.ts';
import { summaryLine } from './ingest.ts';
import { serveOptions, serveStore, type ServeFlags } from './serve.ts';

/** `dateline demo`: what `npm start` runs. */
export function registerDemo(program: Command, io: Io): void {
  serveOptions(program
    .command('demo')
    .description("ingest Dateline's example articles (examples/) into the store and show what is there")
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--serve', 'then serve the store as `dateline serve` does, until interrupted'))
    .action(async (flags: ServeFlags & { db?: string; serve?: boolean }) => {
      const examples = join(PACKAGE_ROOT, 'examples');
      const pipeline = buildPipeline(loadKnowledge());
      await withWritableStore(flags.db, { create: true }, async (store) => {
        const summary = await ingestPaths(store, pipeline, [join(examples, 'articles'), join(examples, 'articles.jsonl'), join(examples, 'feed.xml')]);
        for (const p of summary.problems) io.err.write(`${p.message}\n`);
        const s = store.stats();
        const rows = store.listArticles({ limit: 100 });
        io.out.write([
          `Dateline demo: ${summaryLine(summary)} into ${s.file}`,
          '',
          articleTable(rows),
          '',
          `${s.articles} articles (${s.dateRange?.first} to ${s.dateRange?.last}), ${s.sentences} sentences, ${s.mentions} actor mentions, ${s.timex} temporal expressions, ${s.events} events, ${s.quotes} quotes, ${s.statements} statements`,
          'Next: dateline events --dyad RUS,USA, dateline upcoming --from 2022-01-01, dateline show ID, dateline --help',
          '',
        ].join('\n'));
        if (flags.serve) await serveStore(store, flags, io, pipeline);
      });
    });
}
