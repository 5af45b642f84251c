import type { Command } from 'commander';
import { withStore, type Io } from '../context.ts';
import { eventLine, quoteLine, statementLine } from '../event-lines.ts';

/** `dateline show ID` */
export function registerShow(program: Command, io: Io): void {
  program
    .command('show')
    .description('show one article with its numbered sentences and annotations')
    .argument('<id>', 'article id (from `dateline articles`)')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db)')
    .option('--json', 'the article as one JSON object')
    .addHelpText('after', `
Example:
  $ dateline show 0d6eb352fb40c1de       # an id dateline articles lists (this one: examples/, after npm start)`)
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const article = await withStore(flags.db, (store) => store.requireArticle(id));
      if (flags.json) {
        io.out.write(`${JSON.stringify(article)}\n`);
        return;
      }
      const lines = [
        `${article.title ?? '(untitled)'}`,
        `id ${article.id}  date ${article.date}${article.published ? `  published ${article.published}` : ''}${article.source ? `  source ${article.source}` : ''}`,
        ...(article.url ? [article.url] : []),
        '',
        ...article.sentences.map((s, i) => `[${i + 1}] ${s.text}`),
      ];
      if (article.mentions.length) {
        lines.push('', 'actors:');
        for (const m of article.mentions) lines.push(`  ${article.text.slice(m.start, m.end)} -> ${[m.actor.name, m.actor.country, m.actor.sector].filter(Boolean).join(' ')}  (${m.rule})`);
      }
      if (article.timex.length) {
        lines.push('', 'time:');
        for (const t of article.timex) lines.push(`  ${article.text.slice(t.start, t.end)} -> ${t.value ?? '(unresolved)'}  (${t.rule})`);
      }
      if (article.events.length) {
        lines.push('', 'events:');
        for (const e of article.events) lines.push(`  ${eventLine(article, e)}`);
      }
      if (article.quotes.length) {
        lines.push('', 'quotes:');
        for (const q of article.quotes) lines.push(`  ${quoteLine(q)}`);
      }
      if (article.statements.length) {
        lines.push('', 'statements:');
        for (const st of article.statements) lines.push(`  ${statementLine(st)}`);
      }
      io.out.write(`${lines.join('\n')}\n`);
    });
}
