import { parse, type CsvError } from 'csv-parse/sync';
import { problem, type Problem } from '../errors.ts';
import { buildArticle, defaultDateOf } from './article.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import type { ArticleInput, ReadOptions, ReadResult } from './types.ts';

/** An article field a CSV column can fill. */
export type CsvField = 'date' | 'text' | 'title' | 'source' | 'url' | 'id' | 'lang';

/** Header names recognised for each field, lower case, best first. */
export const CSV_COLUMN_NAMES: Readonly<Record<CsvField, readonly string[]>> = {
  date: ['date', 'published', 'pubdate', 'pub_date', 'publication_date', 'publish_date', 'published_at', 'published_date', 'webpublicationdate', 'datetime'],
  text: ['text', 'body', 'content', 'body_text', 'bodytext', 'article_text', 'full_text', 'article'],
  title: ['title', 'headline', 'webtitle', 'heading'],
  source: ['source', 'publisher', 'outlet', 'source_name'],
  url: ['url', 'link', 'weburl'],
  // `""` and `unnamed: 0` are the index column that R and pandas write first without a name.
  id: ['id', 'article_id', 'guid', '', 'unnamed: 0'],
  lang: ['lang', 'language'],
};

const FIELDS = Object.keys(CSV_COLUMN_NAMES) as CsvField[];

/** Column index per field found in the header. */
export type CsvColumns = Partial<Record<CsvField, number>>;

/** One parsed record with the physical line it starts on. */
interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Finds the column of each field in a header: `options.columnMap` first (exact name, then any
 * case), then the usual names case-insensitively. The unnamed index column counts as `id` only
 * when it is the first column.
 *
 * @param header - The header cells.
 * @param columnMap - Overrides, field -> column name.
 * @returns The columns, or the name of a mapped column the header lacks.
 * @example
 * findColumns(['', 'date', 'text', 'source']); // { columns: { id: 0, date: 1, text: 2, source: 3 } }
 */
export function findColumns(header: readonly string[], columnMap: ReadOptions['columnMap'] = {}): { columns: CsvColumns } | { missing: string } {
  const lower = header.map((name) => name.trim().toLowerCase());
  const columns: CsvColumns = {};
  for (const field of FIELDS) {
    const mapped = columnMap[field];
    if (mapped !== undefined) {
      const exact = header.indexOf(mapped);
      const index = exact >= 0 ? exact : lower.indexOf(mapped.trim().toLowerCase());
      if (index < 0) return { missing: mapped };
      columns[field] = index;
      continue;
    }
    for (const name of CSV_COLUMN_NAMES[field]) {
      const index = lower.indexOf(name);
      if (index < 0 || (name === '' && index !== 0)) continue;
      columns[field] = index;
      break;
    }
  }
  return { columns };
}

/**
 * Reads a CSV file with a header row (BOM, CRLF and quoted fields spanning lines allowed). Columns
 * are found by name (see {@link CSV_COLUMN_NAMES}) or by `options.columnMap`. Each bad row is a
 * problem located by its physical start line and its 1-based data row; good rows are kept.
 *
 * @param content - The file's text.
 * @param file - Name used in problems and origins.
 * @param options - `columnMap`, `defaultDate` (when there is no date column), `defaultSource`.
 * @returns One article per good row. A header problem (no text column, a mapped column missing,
 *   no date column and no default date) is a single problem and nothing is read.
 * @example
 * readCsv('date,text\n2021-12-28,Talks will start.\n', 'a.csv').articles[0]?.text; // "Talks will start."
 */
export function readCsv(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  const records = parseRecords(content, file, problems);
  const header = records.shift();
  if (!header) return { articles: [], problems };

  const found = findColumns(header.cells, options.columnMap);
  if ('missing' in found) {
    const columns = header.cells.map((c) => JSON.stringify(c)).join(', ');
    return { articles: [], problems: [problem('E_INGEST_MAP_COLUMN', { column: found.missing, columns }, { file })] };
  }
  const { columns } = found;
  if (columns.text === undefined) {
    const expected = CSV_COLUMN_NAMES.text.slice(0, 3).map((n) => JSON.stringify(n)).join(', ');
    return { articles: [], problems: [problem('E_INGEST_CSV_NO_TEXT_COLUMN', { expected }, { file })] };
  }
  const fallbackDate = defaultDateOf(options);
  if (columns.date === undefined && !fallbackDate) {
    return { articles: [], problems: [problem('E_INGEST_CSV_NO_DATE_COLUMN', {}, { file })] };
  }

  const articles: ArticleInput[] = [];
  records.forEach((record, index) => {
    const outcome = readRow(record, index + 1, { file, header: header.cells, columns, fallbackDate, options });
    if ('problem' in outcome) problems.push(outcome.problem);
    else articles.push(outcome.article);
  });
  problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  return { articles, problems };
}

interface RowContext {
  file: string;
  header: string[];
  columns: CsvColumns;
  fallbackDate: ParsedDate | null;
  options: ReadOptions;
}

function readRow(record: CsvRecord, row: number, ctx: RowContext): { article: ArticleInput } | { problem: Problem } {
  const origin = { file: ctx.file, line: record.line, row };
  if (record.cells.length !== ctx.header.length) {
    const detail = `row has ${record.cells.length} fields, the header has ${ctx.header.length}`;
    return { problem: problem('E_INGEST_CSV', { detail }, origin) };
  }
  const cell = (field: CsvField): string | null => {
    const index = ctx.columns[field];
    return index === undefined ? null : (record.cells[index] ?? null);
  };
  const text = cell('text') ?? '';
  if (text.trim() === '') return { problem: problem('E_INGEST_EMPTY_TEXT', {}, origin) };

  const rawDate = cell('date')?.trim() ?? '';
  let date = ctx.fallbackDate;
  if (rawDate !== '') {
    date = parseDate(rawDate);
    if (!date) return { problem: problem('E_INGEST_BAD_DATE', { value: JSON.stringify(rawDate) }, origin) };
  }
  if (!date) return { problem: problem('E_INGEST_MISSING_FIELD', { field: ctx.header[ctx.columns.date!]! }, origin) };

  const fields = { date, text, origin, title: cell('title'), source: cell('source'), url: cell('url'), lang: cell('lang'), externalId: cell('id') };
  return { article: buildArticle(fields, ctx.options) };
}

/**
 * Parses every record, header included. A record csv-parse cannot make sense of (an unclosed
 * quote) becomes a problem and parsing goes on where it can, so one bad row does not cost the file.
 */
function parseRecords(content: string, file: string, problems: Problem[]): CsvRecord[] {
  // One line-end style: csv-parse fixes the record delimiter from the first line end it meets, so
  // a file mixing CRLF and LF would otherwise fail at the first LF.
  const text = content.replace(/\r\n/g, '\n');
  const rows = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      const location = typeof error.lines === 'number' ? { file, line: error.lines } : { file };
      problems.push(problem('E_INGEST_CSV', { detail: error.message }, location));
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // csv-parse reports the line a record ends on; a quoted field spanning lines moves the start up.
  return rows.map(({ record, info }) => ({
    cells: record,
    line: info.lines - record.reduce((n, cell) => n + countNewlines(cell), 0),
  }));
}

function countNewlines(text: string): number {
  let count = 0;
  for (const ch of text) if (ch === '\n') count++;
  return count;
}
