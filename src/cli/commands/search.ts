import type { Command } from 'commander';
import { parseCount, withStore, type Io } from '../context.ts';
import { listedTitle, writeJsonLines } from '../output.ts';

interface SearchFlags {
  db?: string;
  limit: string;
  raw?: boolean;
  json?: boolean;
}

/** `dateline search QUERY` */
export function registerSearch(program: Command, io: Io): void {
  program
    .command('search')
    .description('full-text search over titles and text, best match first')
    .argument('<query>', 'words (all must match), a "quoted phrase", or FTS5 syntax (OR, NOT, NEAR, prefix*)')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--limit <n>', 'at most this many hits', '20')
    .option('--raw', 'pass the query to FTS5 unchanged')
    .option('--json', 'JSON Lines, one hit per line')
    .addHelpText('after', `
Examples:
  $ dateline search "security guarantees"
  $ dateline search 'Lavrov NEAR(talks, 5)' --raw`)
    .action(async (query: string, flags: SearchFlags) => {
      const color = !flags.json && Boolean(io.out.isTTY);
      const hits = await withStore(flags.db, (store) => store.search(query, {
        limit: parseCount(flags.limit, '--limit'),
        raw: flags.raw,
        ...(color ? { open: '\u001b[1;33m', close: '\u001b[0m' } : {}),
      }));
      if (flags.json) {
        writeJsonLines(hits, io.out);
        return;
      }
      for (const h of hits) io.out.write(`${h.id}  ${h.date}  ${h.titleHighlight ?? listedTitle(h)}\n    ${h.snippet}\n`);
      io.out.write(`${hits.length} hit(s)\n`);
    });
}
