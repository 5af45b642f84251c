import type { Command } from 'commander';
import { articleId, buildPipeline, codedJson, createDoc, DatelineError, DEFAULT_MIN_CONFIDENCE, EVENT_FILTERS, filterFlag, FilterValueError, loadKnowledge, readInput, shownEvents, type ArticleInput, type Doc, type Pipeline } from '../../index.ts';
import { checkDate, requireInputs, type Io } from '../context.ts';
import { dateField, mapJsonLines, stringField } from '../jsonl-stdin.ts';
import { eventLine, quoteLine, statementLine } from '../event-lines.ts';

interface CodeFlags {
  date?: string;
  format?: string;
  json?: boolean;
  jsonl?: boolean;
  all?: boolean;
  minConfidence?: string;
}

/**
 * The confidence threshold in force (DECISIONS §3): 0 with `--all`, `--min-confidence X`, else the
 * documented default.
 */
function threshold(flags: CodeFlags): number {
  if (flags.all) return 0;
  if (flags.minConfidence === undefined) return DEFAULT_MIN_CONFIDENCE;
  // Read as the filter of `events`, `export` and the API reads it, and refused in the same words.
  const parsed = EVENT_FILTERS.min_confidence.parse(flags.minConfidence);
  if (!parsed.ok) throw new FilterValueError(parsed.issue, filterFlag('min_confidence'));
  return parsed.value;
}

function codeOne(pipeline: Pipeline, text: string, date: string, title: string | null) {
  return pipeline.run(createDoc(text, date, { title }));
}

/**
 * `code FILE --json`: the coded article with the id `ingest` would store it under (its content
 * hash, so `dateline show ID` finds it after an ingest), the input's own id, its date and title.
 */
function articleJson(article: ArticleInput, doc: Doc, minConfidence: number): object {
  return { ...codedJson(articleId(article.title, article.text), doc, { minConfidence }), externalId: article.externalId ?? null, date: article.date, title: article.title };
}

/** `dateline code FILE|-` */
export function registerCode(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('code')
    .description('code the events, quotes and statements of an article (without storing it)')
    .argument('[file]', 'an article file in any ingest format, or - for stdin; omit with --jsonl')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that carry none')
    .option('--format <name>', 'read the input as this format (txt, jsonl, csv, html, feed)')
    .option('--json', 'one JSON object per article: {id, events, quotes, statements, externalId, date, title}; id is the one ingest stores it under')
    .option('--jsonl', 'read lines {"id","date","text","title"?} on stdin, write one coded line per input')
    .option('--min-confidence <0-1>', `list events whose confidence is at least this (default ${DEFAULT_MIN_CONFIDENCE}, see data/README.md)`)
    .option('--all', 'list every coded event, whatever its confidence')
    .addHelpText('after', `
Examples:
  $ dateline code ../shared/data/seed/000_92299265eec00e6e.txt   # needs ../shared (the shared dataset)
  $ dateline code story.txt --date 2022-01-10 --json
  $ dateline code story.txt --date 2022-01-10 --all              # every event, whatever its confidence
  $ echo '{"id":"a1","date":"2021-12-28","text":"Turkey urged Russia on Monday to drop its demands."}' | dateline code --jsonl`)
    .action(async (file: string | undefined, flags: CodeFlags) => {
      if (!flags.jsonl && file !== undefined) requireInputs([file]);
      const min = threshold(flags);
      const pipeline = buildPipeline(loadKnowledge());
      if (flags.jsonl) {
        const bad = await mapJsonLines(io.in ?? process.stdin, io, (record) => {
          const date = dateField(record, 'date', true);
          const id = record.id === undefined || record.id === null ? null : String(record.id);
          return codedJson(id, codeOne(pipeline, stringField(record, 'text', true), date, stringField(record, 'title') ?? null), { minConfidence: min });
        }, { id: null, events: [], quotes: [], statements: [] });
        setExit(bad ? 1 : 0);
        return;
      }
      if (file === undefined) throw new DatelineError('E_USAGE', { detail: 'give a file (or - for stdin), or --jsonl' });
      const { articles, problems } = await readInput(file, { defaultDate: checkDate(flags.date, '--date'), format: flags.format });
      for (const p of problems) io.err.write(`${p.message}\n`);
      for (const a of articles) {
        const doc = codeOne(pipeline, a.text, a.date, a.title);
        if (flags.json) {
          io.out.write(`${JSON.stringify(articleJson(a, doc, min))}\n`);
          continue;
        }
        // Every status at or above the threshold (DECISIONS §3); each line names its status.
        const events = shownEvents(doc.spans.events ?? [], min);
        const lines = [`== ${a.title ?? '(untitled)'} (${a.date})`, ...events.map((e) => `  ${eventLine(doc, e)}`)];
        for (const q of doc.spans.quotes ?? []) lines.push(`  quote: ${quoteLine(q)}`);
        for (const s of doc.spans.statements ?? []) lines.push(`  ${statementLine(s)}`);
        io.out.write(`${lines.join('\n')}\n`);
      }
      if (problems.length) setExit(articles.length ? 1 : 2);
    });
}
