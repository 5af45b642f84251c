import { z } from 'zod';
import { problem, type Location } from '../errors.ts';
import { buildArticle } from './article.ts';
import { parseDate } from './dates.ts';
import { feedText, type Line, type LineSink } from './lines.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { tooLarge, type ReadItem } from './items.ts';
import type { ReadOptions, ReadResult } from './types.ts';

const optionalString = z.string().nullable().optional();

/** One JSON Lines record: `date` and `text` required; other keys are ignored so richer exports load as they are. */
export const JsonlRecordSchema = z.object({
  date: z.string(),
  text: z.string(),
  id: z.union([z.string(), z.number()]).nullable().optional(),
  title: optionalString,
  source: optionalString,
  url: optionalString,
  lang: optionalString,
});

/** A record that passed {@link JsonlRecordSchema}. */
export type JsonlRecord = z.infer<typeof JsonlRecordSchema>;

type JsonlField = keyof JsonlRecord;

// What each field must be, in the words of the E_INGEST_BAD_FIELD message.
const EXPECTED: Record<JsonlField, string> = {
  date: 'a string',
  text: 'a string',
  id: 'a string or a number',
  title: 'a string or null',
  source: 'a string or null',
  url: 'a string or null',
  lang: 'a string or null',
};

const REQUIRED: readonly JsonlField[] = ['date', 'text'];

/**
 * Reads JSON Lines: one object per line with `date` and `text`, and optionally `id`, `title`,
 * `source`, `url`, `lang`. Blank lines are skipped. A malformed line or a bad field becomes one
 * problem naming the file and line; the good lines are kept.
 *
 * @param content - The file's text.
 * @param file - Name used in problems and origins.
 * @param options - `defaultSource` for records without `source`.
 * @returns The articles of the good lines and one problem per rejected line.
 * @example
 * readJsonl('{"date":"2021-12-28","text":"Talks will start."}', 'a.jsonl').articles.length; // 1
 */
export function readJsonl(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  const maxBytes = options.limits?.articleBytes ?? DEFAULT_LIMITS.articleBytes;
  feedText(content, jsonlSink(file, options, (item) => {
    if ('problem' in item) result.problems.push(item.problem);
    else result.articles.push(item.article);
  }), maxBytes);
  return result;
}

/**
 * The JSON Lines reader as a {@link LineSink}: each line in, one article or problem out through
 * `emit`. Streamed input and whole strings go through the same reader.
 *
 * @param file - Name used in problems and origins.
 * @param options - Reader options; `limits.articleBytes` bounds a line.
 * @param emit - Receives each article or problem, in line order.
 * @returns The sink.
 */
export function jsonlSink(file: string, options: ReadOptions, emit: (item: ReadItem) => void): LineSink {
  const maxBytes = options.limits?.articleBytes ?? DEFAULT_LIMITS.articleBytes;
  return {
    line({ line, text, bytes, reason }: Line): void {
      const origin = { file, line };
      if (reason === 'too-long' || bytes > maxBytes) emit({ problem: tooLarge(bytes, maxBytes, origin) });
      else if (reason === 'not-utf8' || text === null) emit({ problem: problem('E_INGEST_NOT_TEXT', {}, origin) });
      else if (text.trim() !== '') emit(readLine(text, origin, options));
    },
    end(): void {},
  };
}

function readLine(text: string, origin: Location, options: ReadOptions): ReadItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: problem('E_INGEST_BAD_JSON', { detail: describeJsonError(error as Error) }, origin) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: problem('E_INGEST_BAD_JSON', { detail: `expected an object, got ${kindOf(value)}` }, origin) };
  }
  const record = value as Record<string, unknown>;
  // Report a missing required field as missing rather than as "must be a string".
  const missing = REQUIRED.find((field) => record[field] === undefined || record[field] === null);
  if (missing) return { problem: problem('E_INGEST_MISSING_FIELD', { field: missing }, origin) };

  const parsed = JsonlRecordSchema.safeParse(record);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'date') as JsonlField;
    return { problem: problem('E_INGEST_BAD_FIELD', { field, expected: EXPECTED[field] ?? 'valid' }, origin) };
  }
  const data = parsed.data;
  if (data.text.trim() === '') return { problem: problem('E_INGEST_EMPTY_TEXT', {}, origin) };
  const date = parseDate(data.date);
  if (!date) return { problem: problem('E_INGEST_BAD_DATE', { value: JSON.stringify(data.date) }, origin) };
  const article = buildArticle(
    {
      date, text: data.text, origin, title: data.title, source: data.source, url: data.url, lang: data.lang,
      externalId: data.id === undefined || data.id === null ? null : String(data.id),
    },
    options,
  );
  return { article };
}

/**
 * V8's JSON messages change between Node versions, so the detail is reworded from the parts that
 * stay: the position, or that the line stopped early.
 */
function describeJsonError(error: Error): string {
  const position = /at position (\d+)/.exec(error.message);
  if (position) return `invalid JSON at column ${Number(position[1]) + 1}`;
  if (/end of JSON input/i.test(error.message)) return 'the line ends before the JSON value does';
  return 'not valid JSON';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
