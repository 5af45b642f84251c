/**
 * Ingest: turns input files (seed text, JSON Lines, CSV, saved HTML, RSS/Atom feeds) into
 * {@link ArticleInput} records, reporting bad records as problems instead of throwing.
 */
export type { ArticleInput, ArticleId, ReadOptions, ReadResult } from './types.ts';
export { readText, readStream, decodeInput, listInputFiles, STDIN_NAME, type ReadInputOptions, type Reader } from './read.ts';
export { readInput, readRecords, readSource } from './stream.ts';
export { DEFAULT_LIMITS, LIMIT_NAMES, resolveLimits, parseLimitValue, type Limits } from './limits.ts';
export { normaliseUnicode } from './article.ts';
export type { ReadItem } from './items.ts';
export { INPUT_FORMATS, INPUT_EXTENSIONS, parseFormat, formatFromExtension, sniffFormat, type InputFormat } from './formats.ts';
export { readSeedText, isTitleLike, MAX_TITLE_LENGTH } from './seed-txt.ts';
export { readJsonl, JsonlRecordSchema, type JsonlRecord } from './jsonl.ts';
export { readCsv, findColumns, CSV_COLUMN_NAMES, type CsvField, type CsvColumns } from './csv.ts';
export { readHtml } from './html.ts';
export { readFeed, type FeedKind } from './feed.ts';
export { parseDate, isCalendarDate, type ParsedDate } from './dates.ts';
export { articleId, normaliseForIdentity } from './identity.ts';
export { htmlToText, nodeToText } from './html-text.ts';
