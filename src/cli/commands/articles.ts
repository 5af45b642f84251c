import type { Command } from 'commander';
import { checkDate, parseCount, withStore, type Io } from '../context.ts';
import { articleTable, writeJsonLines } from '../output.ts';

interface ArticlesFlags {
  db?: string;
  since?: string;
  until?: string;
  source?: string;
  limit: string;
  offset: string;
  json?: boolean;
}

/** `dateline articles` */
export function registerArticles(program: Command, io: Io): void {
  program
    .command('articles')
    .description('list stored articles, oldest first')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--since <YYYY-MM-DD>', 'only articles dated on or after this day')
    .option('--until <YYYY-MM-DD>', 'only articles dated on or before this day')
    .option('--source <name>', 'only articles from this source')
    .option('--limit <n>', 'at most this many', '50')
    .option('--offset <n>', 'skip this many first', '0')
    .option('--json', 'JSON Lines, one article per line')
    .addHelpText('after', `
Examples:
  $ dateline articles --since 2022-01-01 --until 2022-01-31
  $ dateline articles --json | jq .title`)
    .action(async (flags: ArticlesFlags) => {
      const rows = await withStore(flags.db, (store) => store.listArticles({
        since: checkDate(flags.since, '--since'),
        until: checkDate(flags.until, '--until'),
        source: flags.source,
        limit: parseCount(flags.limit, '--limit'),
        offset: parseCount(flags.offset, '--offset'),
      }));
      if (flags.json) writeJsonLines(rows, io.out);
      else io.out.write(`${articleTable(rows)}\n${rows.length} article(s)\n`);
    });
}
