import type { Problem, Location } from '../errors.ts';
import type { Limits } from './limits.ts';

/** An article as read from a file, before it is stored. */
export interface ArticleInput {
  /** Publication day `YYYY-MM-DD`. */
  date: string;
  /** Full publication timestamp (ISO 8601 with zone) when the source gave one, else null. */
  published: string | null;
  title: string | null;
  /** Body text, with the title not repeated at its start. */
  text: string;
  source: string | null;
  url: string | null;
  lang: string | null;
  /** Id the source gave (JSONL `id`, CSV index column, feed guid), kept for reference. */
  externalId: string | null;
  /** Where the record came from, for messages and provenance. */
  origin: Location;
}

/** A stored article's identity: hash of its normalised title and text (see `articleId`). */
export type ArticleId = string;

/** Articles read from one input, with the records that were rejected and why. */
export interface ReadResult {
  articles: ArticleInput[];
  problems: Problem[];
}

/** Options shared by all readers. See `limits.ts` for {@link DEFAULT_LIMITS}. */
export interface ReadOptions {
  /** Date to use when the input has none (plain .txt, CSV without a date column). `YYYY-MM-DD`. */
  defaultDate?: string;
  /** CSV column overrides: field -> column name, from `--map text=body,date=published`. */
  columnMap?: Partial<Record<'date' | 'text' | 'title' | 'source' | 'url' | 'id' | 'lang', string>>;
  /** Source name to record when the input names none. */
  defaultSource?: string;
  /** Size limits (`articleBytes`, `fileBytes`); the rest of {@link DEFAULT_LIMITS} where not given. */
  limits?: Partial<Limits>;
}
