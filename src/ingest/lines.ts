/**
 * Lines of a line-based input (JSON Lines, CSV), from a string or streamed from bytes, each with
 * its 1-based number and size. A line too long to be one article, or not valid UTF-8, comes with a
 * reason instead of its text, so a reader reports it and goes on with the next line.
 */

/** One physical line, without its line end (`\n` or `\r\n`). */
export interface Line {
  /** 1-based line number. */
  line: number;
  /** The text, or null when `reason` says why it is not given. */
  text: string | null;
  /** Size in bytes of UTF-8 (for streamed input, as read). */
  bytes: number;
  reason?: 'too-long' | 'not-utf8';
}

/** Something that reads an input line by line and says when it has reached the end. */
export interface LineSink {
  line(line: Line): void;
  end(): void;
}

/**
 * Feeds every line of `content` (a whole input as text; a BOM is skipped) to `sink`.
 *
 * @param content - The text.
 * @param sink - The reader.
 * @param maxLineBytes - Longest line handed over with its text.
 * @example
 * feedText('a\nb', { line: (l) => console.log(l.text), end: () => {} }, 1 << 20);
 */
export function feedText(content: string, sink: LineSink, maxLineBytes: number): void {
  let at = content.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  while (at <= content.length) {
    let next = content.indexOf('\n', at);
    if (next < 0) next = content.length;
    const raw = content.slice(at, next);
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!(next === content.length && text === '' && line > 1)) {
      const bytes = Buffer.byteLength(text);
      sink.line(bytes > maxLineBytes ? { line, text: null, bytes, reason: 'too-long' } : { line, text, bytes });
    }
    at = next + 1;
    line++;
  }
  sink.end();
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream of UTF-8 into lines as the bytes arrive, holding at most one line (up to
 * `maxLineBytes`) and one chunk in memory. A longer line is skipped to its end and given as
 * `too-long`; a line that is not valid UTF-8 (or holds a NUL byte) as `not-utf8`. A UTF-8 BOM at the
 * start is dropped.
 *
 * @param chunks - The bytes, e.g. a file read stream.
 * @param maxLineBytes - Longest line handed over with its text.
 * @returns The lines, in order.
 * @example
 * for await (const l of streamLines(createReadStream('a.jsonl'), 1 << 20)) console.log(l.line, l.text);
 */
export async function* streamLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let line = 1;
  let first = true;

  const finish = (): Line => {
    const bytes = size;
    const n = line++;
    if (skipping) {
      skipping = false;
      parts = [];
      size = 0;
      return { line: n, text: null, bytes, reason: 'too-long' };
    }
    let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (first && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    first = false;
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 0x0d) end--;
    let text: string;
    try {
      text = decoder.decode(buf.subarray(0, end));
    } catch {
      return { line: n, text: null, bytes, reason: 'not-utf8' };
    }
    if (text.includes('\u0000')) return { line: n, text: null, bytes, reason: 'not-utf8' };
    return { line: n, text, bytes };
  };
  const add = (piece: Buffer): void => {
    size += piece.length;
    if (skipping) return;
    if (size > maxLineBytes + 1) {
      skipping = true;
      parts = [];
      return;
    }
    // Copy: a stream may reuse its chunk's memory, and a slice would keep the whole chunk alive.
    parts.push(Buffer.from(piece));
  };

  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = 0;
    for (;;) {
      const nl = buf.indexOf(NEWLINE, at);
      if (nl < 0) {
        if (at < buf.length) add(buf.subarray(at));
        break;
      }
      add(buf.subarray(at, nl));
      yield finish();
      at = nl + 1;
    }
  }
  if (size > 0 || skipping) yield finish();
}
