import type { EventRow } from '../store/query/types.ts';
import { EVENT_COLUMNS } from './columns.ts';

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return also start formulas in some.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled; a
 * text starting like a formula is prefixed with `'` so a spreadsheet shows it instead of running it.
 *
 * @example
 * csvCell('say "no", then'); // '"say ""no"", then"'
 * csvCell('=HYPERLINK(...)'); // "'=HYPERLINK(...)"
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The events as CSV, one string per record (header first), each ending in CRLF as RFC 4180 asks,
 * so a caller writes them as they come: 100k rows never sit in memory at once.
 *
 * @param rows - Events, e.g. from `iterateEvents`.
 * @returns A generator of CSV records.
 * @example
 * for (const line of eventsCsvLines(iterateEvents(store.db, {}))) out.write(line);
 */
export function* eventsCsvLines(rows: Iterable<EventRow>): Generator<string> {
  yield `${EVENT_COLUMNS.map((c) => csvCell(c.header)).join(',')}\r\n`;
  for (const row of rows) yield `${EVENT_COLUMNS.map((c) => csvCell(c.cell(row))).join(',')}\r\n`;
}

/**
 * The events as JSON Lines: each one exactly as the API serves it, one object per line, each line
 * ending in `\n`. JSON escapes any line break inside a value, so a line is always one event.
 *
 * @example
 * for (const line of eventsJsonlLines(rows)) out.write(line);
 */
export function* eventsJsonlLines(rows: Iterable<EventRow>): Generator<string> {
  for (const row of rows) yield `${JSON.stringify(row)}\n`;
}
