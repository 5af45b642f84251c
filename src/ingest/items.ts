import { problem, type Location, type Problem } from '../errors.ts';
import type { ArticleInput } from './types.ts';

/** One record of an input as a reader gives it: an article, or the problem that stopped it. */
export type ReadItem = { article: ArticleInput } | { problem: Problem };

/**
 * The problem for a record over the article size limit.
 *
 * @param bytes - Its size in bytes.
 * @param limit - The limit in force.
 * @param origin - Where the record is.
 * @returns An `E_INGEST_TOO_LARGE` problem.
 */
export function tooLarge(bytes: number, limit: number, origin: Location): Problem {
  return problem('E_INGEST_TOO_LARGE', { size: bytes, limit }, origin);
}

/**
 * Passes an article on unless its text is over `limit` bytes of UTF-8 (then the problem instead).
 * Applied to every reader's output, so a story of a text file or a page is bounded as a JSON Lines
 * line or a CSV record is.
 *
 * @param article - A read article.
 * @param limit - Bytes allowed.
 * @returns The item to emit.
 */
export function checkArticleSize(article: ArticleInput, limit: number): ReadItem {
  // Cheap test first: a string of n UTF-16 units has at most 3n bytes of UTF-8.
  if (article.text.length * 3 <= limit) return { article };
  const bytes = Buffer.byteLength(article.text);
  return bytes > limit ? { problem: tooLarge(bytes, limit, article.origin) } : { article };
}
