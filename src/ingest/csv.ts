import { problem, type Location, type Problem } from '../errors.ts';
import { buildArticle, defaultDateOf } from './article.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import { tooLarge, type ReadItem } from './items.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { feedText, type Line, type LineSink } from './lines.ts';
import type { ReadOptions, ReadResult } from './types.ts';

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
 * Reads a CSV file with a header row, strictly as RFC 4180 says (BOM, CRLF and quoted fields
 * spanning lines allowed). Columns are found by name (see {@link CSV_COLUMN_NAMES}) or by
 * `options.columnMap`. Each bad row is a problem located by its physical start line and its 1-based
 * data row; good rows are kept. A row whose quotes cannot be read (a closing quote followed by
 * anything but a comma or the row's end, a quote never closed) is reported by the line it starts on
 * and reading goes on at the next line: it is never merged into the rows after it.
 *
 * @param content - The file's text.
 * @param file - Name used in problems and origins.
 * @param options - `columnMap`, `defaultDate` (when there is no date column), `defaultSource`, `limits`.
 * @returns One article per good row. A header problem (no text column, a mapped column missing,
 *   no date column and no default date) is a single problem and nothing is read.
 * @example
 * readCsv('date,text\n2021-12-28,Talks will start.\n', 'a.csv').articles[0]?.text; // "Talks will start."
 */
export function readCsv(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  feedText(content, csvSink(file, options, (item) => {
    if ('problem' in item) result.problems.push(item.problem);
    else result.articles.push(item.article);
  }), options.limits?.articleBytes ?? DEFAULT_LIMITS.articleBytes);
  return result;
}

/**
 * The CSV reader as a {@link LineSink}: physical lines in, one article or problem per record out
 * through `emit`, in order. Holds one record's lines at a time (at most `limits.articleBytes`), so
 * a streamed file of any size reads in bounded memory.
 *
 * @param file - Name used in problems and origins.
 * @param options - Reader options.
 * @param emit - Receives each article or problem.
 * @returns The sink.
 */
export function csvSink(file: string, options: ReadOptions, emit: (item: ReadItem) => void): LineSink {
  const maxBytes = options.limits?.articleBytes ?? DEFAULT_LIMITS.articleBytes;
  let ctx: RowContext | null = null;
  // Header problems end the file; the lines after it are not read.
  let stopped = false;
  let row = 0;
  let pending: Line[] = [];
  let pendingBytes = 0;
  const scanner = new RecordScanner();

  const record = (cells: string[], line: number): void => {
    if (stopped) return;
    if (!ctx) {
      const header = headerContext(cells, file, options);
      if ('problem' in header) {
        emit(header);
        stopped = true;
      } else ctx = header;
      return;
    }
    row++;
    emit(readRow({ cells, line }, row, ctx));
  };
  const restartAfterFirst = (fail: Problem): void => {
    // Report the record by its first line, then read again from the line after it: the lines the
    // bad record took in get their own verdict instead of vanishing into it.
    const again = pending.slice(1);
    pending = [];
    pendingBytes = 0;
    scanner.reset();
    if (!stopped) emit({ problem: fail });
    for (const l of again) take(l);
  };
  const take = (l: Line): void => {
    if (stopped) return;
    const startLine = pending[0]?.line ?? l.line;
    pending.push(l);
    pendingBytes += l.bytes + 1;
    // A record that cannot be read has no row number: the lines after its first are read again.
    const origin: Location = { file, line: startLine };
    if (l.reason === 'too-long' || pendingBytes > maxBytes) {
      restartAfterFirst(tooLarge(pendingBytes, maxBytes, origin));
      return;
    }
    if (l.reason === 'not-utf8' || l.text === null) {
      restartAfterFirst(problem('E_INGEST_NOT_TEXT', {}, origin));
      return;
    }
    // Blank lines between records are skipped.
    if (pending.length === 1 && l.text.trim() === '') {
      pending = [];
      pendingBytes = 0;
      return;
    }
    const outcome = scanner.feed(l.text, l.line);
    if (outcome === 'more') return;
    if (outcome !== 'done') {
      restartAfterFirst(problem('E_INGEST_CSV', { detail: outcome.error }, origin));
      return;
    }
    pending = [];
    pendingBytes = 0;
    record(scanner.take(), startLine);
  };
  return {
    line: take,
    end(): void {
      while (pending.length && !stopped) {
        const first = pending[0]!;
        const origin: Location = { file, line: first.line };
        restartAfterFirst(problem('E_INGEST_CSV', { detail: `the quote opened on line ${scanner.quoteLine} is never closed` }, origin));
      }
      if (!ctx && !stopped) emit({ problem: problem('E_INGEST_EMPTY_FILE', {}, { file }) });
    },
  };
}

function headerContext(cells: string[], file: string, options: ReadOptions): RowContext | { problem: Problem } {
  const found = findColumns(cells, options.columnMap);
  if ('missing' in found) {
    const columns = cells.map((c) => JSON.stringify(c)).join(', ');
    return { problem: problem('E_INGEST_MAP_COLUMN', { column: found.missing, columns }, { file }) };
  }
  const { columns } = found;
  if (columns.text === undefined) {
    const expected = CSV_COLUMN_NAMES.text.slice(0, 3).map((n) => JSON.stringify(n)).join(', ');
    return { problem: problem('E_INGEST_CSV_NO_TEXT_COLUMN', { expected }, { file }) };
  }
  const fallbackDate = defaultDateOf(options);
  if (columns.date === undefined && !fallbackDate) return { problem: problem('E_INGEST_CSV_NO_DATE_COLUMN', {}, { file }) };
  return { file, header: cells, columns, fallbackDate, options };
}

interface RowContext {
  file: string;
  header: string[];
  columns: CsvColumns;
  fallbackDate: ParsedDate | null;
  options: ReadOptions;
}

function readRow(record: CsvRecord, row: number, ctx: RowContext): ReadItem {
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

type Mode = 'start' | 'unquoted' | 'quoted' | 'quote';

/**
 * An RFC 4180 record scanner fed one physical line at a time. A field is unquoted, or enclosed in
 * double quotes with `""` for a quote and line breaks allowed inside. Leniency that cannot merge
 * rows is kept: a quote in the middle of an unquoted field is an ordinary character. A closing
 * quote followed by anything but a comma or the end of the line is an error.
 */
class RecordScanner {
  private fields: string[] = [];
  private field = '';
  private mode: Mode = 'start';
  /** The line of the quote still open, for messages. */
  quoteLine = 0;

  reset(): void {
    this.fields = [];
    this.field = '';
    this.mode = 'start';
    this.quoteLine = 0;
  }

  /** The finished record's cells; the scanner is ready for the next record. */
  take(): string[] {
    const cells = this.fields;
    this.reset();
    return cells;
  }

  /** Reads one line: `done` when the record ends with it, `more` inside a quoted field, or an error. */
  feed(text: string, line: number): 'done' | 'more' | { error: string } {
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (this.mode) {
        case 'start':
          if (text[i] === '"') {
            this.mode = 'quoted';
            this.quoteLine = line;
            i++;
          } else this.mode = 'unquoted';
          break;
        case 'unquoted': {
          const comma = text.indexOf(',', i);
          const stop = comma < 0 ? n : comma;
          this.field += text.slice(i, stop);
          if (comma < 0) i = n;
          else {
            this.fields.push(this.field);
            this.field = '';
            this.mode = 'start';
            i = comma + 1;
            if (i === n) this.fields.push('');
          }
          break;
        }
        case 'quoted': {
          const q = text.indexOf('"', i);
          if (q < 0) {
            this.field += text.slice(i);
            i = n;
          } else {
            this.field += text.slice(i, q);
            this.mode = 'quote';
            i = q + 1;
          }
          break;
        }
        case 'quote': {
          const c = text[i];
          if (c === '"') {
            this.field += '"';
            this.mode = 'quoted';
            i++;
          } else if (c === ',') {
            this.fields.push(this.field);
            this.field = '';
            this.mode = 'start';
            i++;
            if (i === n) this.fields.push('');
          } else {
            const where = this.quoteLine === line ? `on line ${line}` : `on line ${this.quoteLine}, closed on line ${line},`;
            return { error: `the quoted field opened ${where} is followed by ${JSON.stringify(text.slice(i, i + 12))} instead of a comma or the end of the row` };
          }
          break;
        }
      }
    }
    if (this.mode === 'quoted') {
      this.field += '\n';
      return 'more';
    }
    if (this.mode !== 'start' || this.fields.length === 0) this.fields.push(this.field);
    this.field = '';
    this.mode = 'start';
    return 'done';
  }
}
