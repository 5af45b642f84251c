import { DatelineError } from '../errors.ts';

/**
 * The limits that keep one ingest's time and memory bounded whatever the input. Every default is in
 * {@link DEFAULT_LIMITS}; `docs/limits.md` says what happens when each is reached.
 */
export interface Limits {
  /**
   * Largest article, in bytes of UTF-8: a JSON Lines line, a CSV record, a story of a text file, the
   * text of a page or feed item. A larger one is rejected (`E_INGEST_TOO_LARGE`), naming file and line.
   */
  articleBytes: number;
  /**
   * Largest file read whole (text, HTML, feeds, UTF-16 files, and standard input in a format that
   * is not streamed); JSON Lines and CSV are streamed record by record and have no file limit.
   */
  fileBytes: number;
  /** Sentences coded per article; the rest of the text is stored but not annotated (a warning). */
  sentences: number;
  /** Words (tokens) of a sentence the event coder reads; a longer sentence gets no events (a warning). */
  sentenceWords: number;
  /** Events kept per sentence, the first in the text; the rest are dropped (a warning). */
  sentenceEvents: number;
}

/** One place for the defaults. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  articleBytes: 1024 * 1024,
  fileBytes: 64 * 1024 * 1024,
  sentences: 2000,
  sentenceWords: 250,
  sentenceEvents: 12,
});

/** The name of each limit on the command line (`--limit NAME=N`) and its environment variable. */
export const LIMIT_NAMES: Readonly<Record<keyof Limits, { flag: string; env: string }>> = Object.freeze({
  articleBytes: { flag: 'article-bytes', env: 'DATELINE_MAX_ARTICLE_BYTES' },
  fileBytes: { flag: 'file-bytes', env: 'DATELINE_MAX_FILE_BYTES' },
  sentences: { flag: 'sentences', env: 'DATELINE_MAX_SENTENCES' },
  sentenceWords: { flag: 'sentence-words', env: 'DATELINE_MAX_SENTENCE_WORDS' },
  sentenceEvents: { flag: 'sentence-events', env: 'DATELINE_MAX_SENTENCE_EVENTS' },
});

const UNITS: Record<string, number> = { '': 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/**
 * Reads one limit value: a positive whole number, with an optional `k`/`KB`, `m`/`MB` or `g`/`GB`
 * suffix (powers of 1024) for the byte limits.
 *
 * @param value - The text given.
 * @param option - Where it came from, for the error (`--limit article-bytes`, `DATELINE_MAX_SENTENCES`).
 * @returns The number.
 * @throws DatelineError `E_USAGE` naming the option and what is expected.
 * @example
 * parseLimitValue('2MB', '--limit article-bytes'); // 2097152
 */
export function parseLimitValue(value: string, option: string): number {
  const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  const n = m && unit !== undefined ? Number(m[1]) * unit : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DatelineError('E_USAGE', { detail: `bad ${option} ${JSON.stringify(value)}: expected a whole number above 0 (bytes may end in KB, MB or GB)` });
  }
  return n;
}

/**
 * The limits in force: the defaults, then the environment (`DATELINE_MAX_*`), then `--limit NAME=N`
 * entries (comma-separated or repeated), each overriding the one before.
 *
 * @param specs - `--limit` values such as `article-bytes=2MB,sentences=500`.
 * @param env - The environment to read (`process.env` in the CLI).
 * @returns Every limit.
 * @throws DatelineError `E_USAGE` for an unknown name (listing the valid ones) or a bad value.
 * @example
 * resolveLimits(['sentence-words=100'], {}).sentenceWords; // 100
 */
export function resolveLimits(specs: readonly string[] = [], env: Readonly<Record<string, string | undefined>> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  const keys = Object.keys(LIMIT_NAMES) as (keyof Limits)[];
  for (const key of keys) {
    const raw = env[LIMIT_NAMES[key].env];
    if (raw !== undefined && raw !== '') limits[key] = parseLimitValue(raw, LIMIT_NAMES[key].env);
  }
  for (const entry of specs.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const [name = '', value] = entry.split('=', 2);
    const key = keys.find((k) => LIMIT_NAMES[k].flag === name.trim());
    if (!key || value === undefined) {
      const expected = keys.map((k) => LIMIT_NAMES[k].flag).join(', ');
      throw new DatelineError('E_USAGE', { detail: `bad --limit ${JSON.stringify(entry)}: expected NAME=N with NAME one of ${expected}` });
    }
    limits[key] = parseLimitValue(value, `--limit ${name.trim()}`);
  }
  return limits;
}
