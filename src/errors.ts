/**
 * The error catalogue: every code Dateline raises or reports, with its message template.
 * `docs/errors.md` documents each code; a test keeps the two in step.
 */
export const ERROR_MESSAGES = {
  // ingest: one record or file
  E_INGEST_EMPTY_FILE: 'file is empty',
  E_INGEST_BINARY_FILE: 'file looks binary (NUL bytes or invalid UTF-8), not text',
  E_INGEST_NO_DATE: 'no date: add a "date YYYY-MM-DD" first line or pass --date',
  E_INGEST_BAD_DATE: 'unparseable date {value}: expected YYYY-MM-DD or an ISO timestamp',
  E_INGEST_BAD_JSON: 'malformed JSON: {detail}',
  E_INGEST_MISSING_FIELD: 'missing field "{field}"',
  E_INGEST_BAD_FIELD: 'field "{field}" must be {expected}',
  E_INGEST_EMPTY_TEXT: 'no text',
  E_INGEST_CSV: 'CSV error: {detail}',
  E_INGEST_CSV_NO_TEXT_COLUMN: 'no text column: expected one of {expected}, or pass --map text=COLUMN',
  E_INGEST_CSV_NO_DATE_COLUMN: 'no date column: expected "date", or pass --map date=COLUMN or --date',
  E_INGEST_BAD_MAP: 'bad --map entry {entry}: expected FIELD=COLUMN with FIELD one of {expected}',
  E_INGEST_MAP_COLUMN: '--map names column "{column}", which the header does not have (columns: {columns})',
  E_INGEST_XML: 'malformed feed XML: {detail}',
  E_INGEST_NOT_A_FEED: 'XML is neither an RSS 2.0 nor an Atom feed',
  E_INGEST_HTML_NO_TEXT: 'no article text found in the page',
  E_INGEST_UNREADABLE: 'cannot read: {detail}',
  E_INGEST_UNKNOWN_FORMAT: 'unknown format {format}: expected one of {expected}',
  E_INGEST_NOT_TEXT: 'line is not text (invalid UTF-8 or a NUL byte)',
  E_INGEST_TOO_LARGE: 'article of {size} bytes is over the limit of {limit} bytes (--limit article-bytes=N or DATELINE_MAX_ARTICLE_BYTES)',
  E_INGEST_FILE_TOO_LARGE: 'file of {size} bytes is over the limit of {limit} bytes for a file read whole (--limit file-bytes=N or DATELINE_MAX_FILE_BYTES; JSON Lines and CSV are streamed and have no file limit)',
  // limits reached while coding an article: warnings, the article is stored
  E_LIMIT_SENTENCES: 'article {id} has {count} sentences: only the first {limit} are annotated (--limit sentences=N)',
  E_LIMIT_SENTENCE_WORDS: 'article {id} sentence {sentence} has {count} words, over the limit of {limit}: no events coded in it (--limit sentence-words=N)',
  E_LIMIT_SENTENCE_EVENTS: 'article {id} sentence {sentence} gave {count} events: only the first {limit} are kept (--limit sentence-events=N)',
  // data files
  E_DATA_PARSE: 'cannot parse: {detail}',
  E_DATA_ENTRY: '{detail}',
  E_DATA_DUPLICATE: 'duplicate id {id} (first at line {line})',
  // pipeline
  E_PIPE_UNKNOWN_COMPONENT: 'unknown component {name}: expected one of {expected}',
  E_PIPE_MISSING_LAYER: 'component {name} requires {layer}, which no earlier component assigns',
  E_PIPE_COMPONENT_FAILED: 'component {name} failed on article {id}: {detail}',
  // store
  E_STORE_OPEN: 'cannot open database {file}: {detail}',
  E_STORE_MISSING: 'no database at {file}: ingest articles into it first (dateline ingest PATH --db {file})',
  E_STORE_OLD_SCHEMA: 'database {file} has schema version {found}, older than this Dateline reads ({known}): run dateline migrate --db {file}',
  E_STORE_NEWER_SCHEMA: 'database {file} has schema version {found}, newer than this Dateline knows ({known}): it needs a Dateline that knows schema version {found}',
  E_STORE_READ_ONLY: 'database {file} is read-only: {detail}',
  E_STORE_FULL: 'the database or the disk is full: {detail}',
  E_STORE_BUSY: 'the database is locked by another process: {detail}',
  E_STORE_FAILED: 'the database failed: {detail}',
  E_STORE_NOT_FOUND: 'no article with id {id}',
  E_STORE_BAD_QUERY: 'bad search query {query}: {detail}',
  E_STORE_MIGRATION: 'cannot upgrade database {file} with migration {migration}: {detail}',
  // server
  E_SERVE_NO_TOKEN: 'refusing to serve on {host} without a token: anyone who can reach it could add articles; set DATELINE_TOKEN or pass --token, or listen on 127.0.0.1',
  E_SERVE_LISTEN: 'cannot listen on {host} port {port}: {detail}',
  // usage
  E_USAGE: '{detail}',
  E_USAGE_BAD_DATE: 'bad date {value} for {option}: expected YYYY-MM-DD',
  E_USAGE_BAD_FILTER: 'bad {option} {value}: {reason}',
  E_USAGE_NO_SUCH_FILE: 'no such file: {path}',
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Fills a template's `{name}` placeholders. */
export function formatMessage(code: ErrorCode, params: Record<string, string | number> = {}): string {
  return ERROR_MESSAGES[code].replace(/\{(\w+)\}/g, (_m, key: string) => (key in params ? String(params[key]) : `{${key}}`));
}

/** Where a problem is: a file and, when known, a line or CSV row and a field path. */
export interface Location {
  file?: string;
  line?: number;
  row?: number;
  field?: string;
}

/** Renders a location as `file:line`, `file row 12`, `file:3 date`. */
export function formatLocation(loc: Location): string {
  let out = loc.file ?? '<input>';
  if (loc.line !== undefined) out += `:${loc.line}`;
  if (loc.row !== undefined) out += ` row ${loc.row}`;
  if (loc.field !== undefined) out += ` ${loc.field}`;
  return out;
}

/** An expected failure with a code, a location and a readable message. */
export class DatelineError extends Error {
  readonly code: ErrorCode;
  readonly location: Location;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, location: Location = {}, options?: { cause?: unknown }) {
    const where = Object.keys(location).length ? `${formatLocation(location)}: ` : '';
    super(`${where}${formatMessage(code, params)}`, options);
    this.name = 'DatelineError';
    this.code = code;
    this.location = location;
  }
}

/** A problem found in input data that was skipped (csv-parse's on_skip idea): the good records go on. */
export interface Problem {
  code: ErrorCode;
  location: Location;
  message: string;
}

/** Builds a {@link Problem}; `message` is `file:line: reason`. */
export function problem(code: ErrorCode, params: Record<string, string | number>, location: Location): Problem {
  return { code, location, message: `${formatLocation(location)}: ${formatMessage(code, params)}` };
}
