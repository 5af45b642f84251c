import type { EventRow } from '../store/query/types.ts';
import { actorPairs } from './actor-pairs.ts';
import { EVENT_COLUMNS, type ColumnValue, type RowActors } from './columns.ts';

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return also start formulas in some.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

// A list in one cell (contexts, explanations, a grouped row's actors): items in order, joined by this.
const JOIN = '; ';

/** Options for {@link eventsCsvLines}. */
export interface EventsCsvOptions {
  /** One row per event with its sources and targets joined by `; ` in one cell, instead of one row per pair. */
  grouped?: boolean;
}

/**
 * One CSV cell per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled; a
 * text starting like a formula is prefixed with `'` so a spreadsheet shows it instead of running it.
 * A list is joined by `; ` (a null item as empty text), an empty list is an empty cell.
 *
 * @example
 * csvCell('say "no", then'); // '"say ""no"", then"'
 * csvCell('=HYPERLINK(...)'); // "'=HYPERLINK(...)"
 * csvCell(['RUS', null, 'BLR']); // 'RUS; ; BLR'
 */
export function csvCell(value: ColumnValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length ? csvCell(value.map((v) => v ?? '').join(JOIN)) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(row: EventRow, actors: RowActors): string {
  return `${EVENT_COLUMNS.map((c) => csvCell(c.value(row, actors))).join(',')}\r\n`;
}

/**
 * The events as CSV, one string per record (header first), each ending in CRLF as RFC 4180 asks,
 * so a caller writes them as they come: 100k rows never sit in memory at once. An event gives one
 * record per source-target pair (`Event ID` repeats), or one in all with `grouped`.
 *
 * @param rows - Events, e.g. from `iterateEvents`.
 * @param options - `grouped` to keep an event's actors in one row.
 * @returns A generator of CSV records.
 * @example
 * for (const line of eventsCsvLines(iterateEvents(store.db, {}))) out.write(line);
 */
export function* eventsCsvLines(rows: Iterable<EventRow>, options: EventsCsvOptions = {}): Generator<string> {
  yield `${EVENT_COLUMNS.map((c) => csvCell(c.header)).join(',')}\r\n`;
  for (const row of rows) {
    if (options.grouped) yield csvLine(row, row);
    else for (const pair of actorPairs(row)) yield csvLine(row, pair);
  }
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
