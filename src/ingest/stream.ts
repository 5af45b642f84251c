import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { problem } from '../errors.ts';
import { csvSink } from './csv.ts';
import { formatFromExtension, INPUT_FORMATS, parseFormat, sniffFormat, type InputFormat } from './formats.ts';
import { checkArticleSize, type ReadItem } from './items.ts';
import { jsonlSink } from './jsonl.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { streamLines, type LineSink } from './lines.ts';
import { describeFsError, readText, STDIN_NAME, type ReadInputOptions } from './read.ts';
import type { ReadResult } from './types.ts';

// Enough of the start of an input to guess its format and see a UTF-16 BOM.
const HEAD_BYTES = 4096;

type SinkFactory = (file: string, options: ReadInputOptions, emit: (item: ReadItem) => void) => LineSink;
const STREAMED: Partial<Record<InputFormat, SinkFactory>> = { jsonl: jsonlSink, csv: csvSink };

/**
 * Reads one input (a file, or standard input for `-`) record by record. JSON Lines and CSV are
 * streamed: a record is read, handed over and forgotten before the next, so memory stays bounded by
 * the largest record (`limits.articleBytes`), not by the file; the consumer's pace sets the reading
 * pace. Other formats (text, HTML, feeds, UTF-16 files) are read whole, up to `limits.fileBytes`.
 * Every article is also held to `limits.articleBytes`.
 *
 * @param path - A file path, or `-` for standard input.
 * @param options - Reader options, format override and limits.
 * @returns The articles and problems in input order; never throws for bad data.
 * @throws DatelineError `E_USAGE_BAD_DATE` when `options.defaultDate` is not a date.
 * @example
 * for await (const item of readRecords('big.jsonl')) if ('article' in item) console.log(item.article.date);
 */
export async function* readRecords(path: string, options: ReadInputOptions = {}): AsyncGenerator<ReadItem> {
  const name = path === '-' ? STDIN_NAME : path;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let chosen: InputFormat | null = null;
  if (options.format !== undefined) {
    chosen = parseFormat(options.format);
    if (!chosen) {
      const params = { format: JSON.stringify(options.format), expected: INPUT_FORMATS.join(', ') };
      yield { problem: problem('E_INGEST_UNKNOWN_FORMAT', params, { file: name }) };
      return;
    }
  } else if (path !== '-') chosen = formatFromExtension(path);

  let source: AsyncIterable<Uint8Array | string>;
  if (path === '-') source = process.stdin;
  else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      // A file read whole must fit the file limit; checked before a byte is read.
      const streamed = chosen !== null && STREAMED[chosen] !== undefined;
      if (!streamed && info.size > limits.fileBytes) {
        yield { problem: problem('E_INGEST_FILE_TOO_LARGE', { size: info.size, limit: limits.fileBytes }, { file: name }) };
        return;
      }
      source = createReadStream(path);
    } catch (error) {
      yield { problem: problem('E_INGEST_UNREADABLE', { detail: describeFsError(error as NodeJS.ErrnoException) }, { file: name }) };
      return;
    }
  }

  yield* readSource(source, name, { ...options, limits }, chosen);
}

/**
 * Reads records from a byte stream already open (standard input, an upload), as {@link readRecords}
 * reads a file: JSON Lines and CSV record by record, other formats whole up to `limits.fileBytes`.
 *
 * @param source - The bytes.
 * @param name - Name used in problems and origins.
 * @param options - Reader options, format override and limits.
 * @param format - The format when already known; else `options.format`, else a guess from the content.
 * @returns The articles and problems in input order.
 * @example
 * for await (const item of readSource(process.stdin, '<stdin>', { format: 'jsonl' })) console.log(item);
 */
export async function* readSource(source: AsyncIterable<Uint8Array | string>, name: string, options: ReadInputOptions = {}, format?: InputFormat | null): AsyncGenerator<ReadItem> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const chosen = format ?? (options.format !== undefined ? parseFormat(options.format) : null);
  const iterator = source[Symbol.asyncIterator]();
  try {
    yield* readFrom(iterator, name, chosen, options, limits);
  } finally {
    // Closes the file when the consumer stops early or a reader fails.
    await iterator.return?.();
  }
}

async function* readFrom(
  iterator: AsyncIterator<Uint8Array | string>, name: string, format: InputFormat | null, options: ReadInputOptions, limits: Limits,
): AsyncGenerator<ReadItem> {
  let chosen = format;
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  try {
    while (headBytes < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value);
      head.push(chunk);
      headBytes += chunk.length;
    }
  } catch (error) {
    yield { problem: problem('E_INGEST_UNREADABLE', { detail: describeFsError(error as NodeJS.ErrnoException) }, { file: name }) };
    return;
  }
  const start = Buffer.concat(head);
  const utf16 = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  chosen ??= sniffFormat(start.subarray(0, HEAD_BYTES).toString('utf8').replace(/^\uFEFF/, ''));
  const sinkOf = STREAMED[chosen];

  const rest = async function* (): AsyncGenerator<Uint8Array | string> {
    yield* head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  };

  if (!sinkOf || utf16) {
    // Read whole, within the file limit (standard input has no size to check beforehand).
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of rest()) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      size += buf.length;
      if (size > limits.fileBytes) {
        yield { problem: problem('E_INGEST_FILE_TOO_LARGE', { size: `more than ${limits.fileBytes}`, limit: limits.fileBytes }, { file: name }) };
        return;
      }
      chunks.push(buf);
    }
    const result = readText(Buffer.concat(chunks, size), name, chosen, options);
    // Problems first, then articles, as every reader of a whole file reports them.
    for (const p of result.problems) yield { problem: p };
    for (const a of result.articles) yield { article: a };
    return;
  }

  if (start.length === 0 || (done && start.toString('utf8').replace(/^\uFEFF/, '').trim() === '')) {
    yield { problem: problem('E_INGEST_EMPTY_FILE', {}, { file: name }) };
    return;
  }
  // A NUL byte in the first block: a binary file, not text with one bad line.
  if (start.includes(0)) {
    yield { problem: problem('E_INGEST_BINARY_FILE', {}, { file: name }) };
    return;
  }
  const queue: ReadItem[] = [];
  const sink = sinkOf(name, options, (item) => queue.push('article' in item ? checkArticleSize(item.article, limits.articleBytes) : item));
  try {
    for await (const line of streamLines(rest(), limits.articleBytes)) {
      sink.line(line);
      // Hand each record over before reading on: the consumer's awaits are the back-pressure.
      while (queue.length) yield queue.shift()!;
    }
  } catch (error) {
    yield { problem: problem('E_INGEST_UNREADABLE', { detail: describeFsError(error as NodeJS.ErrnoException) }, { file: name }) };
    return;
  }
  sink.end();
  while (queue.length) yield queue.shift()!;
}

/**
 * Reads one input file, or standard input for `-`, and returns all its articles and the records it
 * skipped (collected from {@link readRecords}; an ingest consumes that stream instead).
 *
 * @param path - A file path, or `-` for standard input.
 * @param options - Reader options and format override.
 * @returns The articles and problems; a file that cannot be read is a single `E_INGEST_UNREADABLE` problem.
 * @throws DatelineError `E_USAGE_BAD_DATE` when `options.defaultDate` is not a date.
 * @example
 * const { articles, problems } = await readInput('data/news.csv', { columnMap: { text: 'body' } });
 */
export async function readInput(path: string, options: ReadInputOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { articles: [], problems: [] };
  for await (const item of readRecords(path, options)) {
    if ('problem' in item) result.problems.push(item.problem);
    else result.articles.push(item.article);
  }
  return result;
}
