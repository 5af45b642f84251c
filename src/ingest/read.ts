import { DatelineError, problem, type Problem } from '../errors.ts';
import { readCsv } from './csv.ts';
import { readFeed } from './feed.ts';
import { readHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
import { readSeedText } from './seed-txt.ts';
import { formatFromExtension, INPUT_FORMATS, parseFormat, sniffFormat, type InputFormat } from './formats.ts';
import { checkArticleSize } from './items.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import type { ReadOptions, ReadResult } from './types.ts';

export { listInputFiles } from './list-files.ts';

/** Options for {@link readInput}: the reader options plus a format override. */
export interface ReadInputOptions extends ReadOptions {
  /** Format to use instead of the one the extension or content suggests: a format name or alias (`rss`, `ndjson`...). */
  format?: string;
}

/** A reader: text of one file in, articles and problems out. */
export type Reader = (content: string, file: string, options?: ReadOptions) => ReadResult;

const READERS: Record<InputFormat, Reader> = {
  txt: readSeedText,
  jsonl: readJsonl,
  csv: readCsv,
  html: readHtml,
  feed: readFeed,
};

/** Name used in messages for standard input. */
export const STDIN_NAME = '<stdin>';

/**
 * Turns a file's bytes into text: rejects empty and binary content, strips a BOM, and decodes
 * UTF-16 when a UTF-16 BOM says so (Windows tools write it).
 *
 * @param bytes - The raw content.
 * @param file - Name used in problems.
 * @returns The text, or the problem that stops the file from being read.
 * @example
 * decodeInput(Buffer.from('\uFEFFhello'), 'a.txt'); // { text: 'hello' }
 */
export function decodeInput(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  let text: string;
  try {
    text = decodeBytes(bytes);
  } catch {
    return { problem: problem('E_INGEST_BINARY_FILE', {}, { file }) };
  }
  return checkText(text, file);
}

function decodeBytes(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function checkText(raw: string, file: string): { text: string } | { problem: Problem } {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { problem: problem('E_INGEST_EMPTY_FILE', {}, { file }) };
  // Valid UTF-8 can still be binary (a NUL-padded record, a UTF-16 file without its BOM).
  if (text.includes('\u0000')) return { problem: problem('E_INGEST_BINARY_FILE', {}, { file }) };
  return { text };
}

/**
 * Reads articles from text already in memory (standard input, a test, an upload). The format is
 * `format` if given, else the name's extension, else a guess from the content.
 *
 * @param content - The input as bytes (checked for empty and binary content) or as a string.
 * @param name - Name used in problems and origins (`<stdin>` for standard input).
 * @param format - Format name or alias overriding detection.
 * @param options - Reader options.
 * @returns The articles and problems; never throws for bad data.
 * @throws DatelineError `E_USAGE_BAD_DATE` when `options.defaultDate` is not a date.
 * @example
 * readText('date 2021-12-28\n\nTalks will start.', STDIN_NAME).articles.length; // 1
 */
export function readText(content: Uint8Array | string, name: string, format?: string, options: ReadOptions = {}): ReadResult {
  const decoded = typeof content === 'string' ? checkText(content, name) : decodeInput(content, name);
  if ('problem' in decoded) return { articles: [], problems: [decoded.problem] };

  let chosen: InputFormat | null;
  if (format !== undefined) {
    chosen = parseFormat(format);
    if (!chosen) {
      const params = { format: JSON.stringify(format), expected: INPUT_FORMATS.join(', ') };
      return { articles: [], problems: [problem('E_INGEST_UNKNOWN_FORMAT', params, { file: name })] };
    }
  } else {
    chosen = formatFromExtension(name) ?? sniffFormat(decoded.text);
  }
  try {
    return withinArticleLimit(READERS[chosen](decoded.text, name, options), options.limits?.articleBytes ?? DEFAULT_LIMITS.articleBytes);
  } catch (error) {
    if (error instanceof DatelineError) throw error;
    // A library failing on odd input (a pathological page) costs that file, not the batch.
    return { articles: [], problems: [problem('E_INGEST_UNREADABLE', { detail: (error as Error).message }, { file: name })] };
  }
}

/**
 * Reads articles from a stream to its end (standard input for the `-` path).
 *
 * @param stream - Any readable byte stream.
 * @param options - Reader options and format override; without a format the content is sniffed.
 * @param name - Name used in problems.
 * @returns The articles and problems.
 * @example
 * await readStream(process.stdin, { format: 'jsonl' });
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, options: ReadInputOptions = {}, name = STDIN_NAME): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return readText(Buffer.concat(chunks), name, options.format, options);
}

/** A file system error in words for a problem: `no such file`, `permission denied`... */
export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    default: return error.message;
  }
}

/** Moves each article over the byte limit from the articles to the problems. */
function withinArticleLimit(result: ReadResult, limit: number): ReadResult {
  const out: ReadResult = { articles: [], problems: [...result.problems] };
  for (const article of result.articles) {
    const item = checkArticleSize(article, limit);
    if ('problem' in item) out.problems.push(item.problem);
    else out.articles.push(item.article);
  }
  return out;
}
