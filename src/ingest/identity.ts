import { createHash } from 'node:crypto';
import type { ArticleId } from './types.ts';

/** Hex characters kept from the sha256: 64 bits, ample for a news corpus and short enough to type. */
const ID_LENGTH = 16;

// Curly and low quotes, primes and guillemets all stand for the same two ASCII quotes.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g;

/**
 * Normalises text for identity: Unicode NFC, typographic quotes folded to ASCII, whitespace
 * collapsed to single spaces, trimmed and lower-cased. Two copies of an article that differ only
 * in how a tool re-encoded or re-wrapped them normalise the same.
 *
 * @param text - Any text.
 * @returns The normalised form.
 * @example
 * normaliseForIdentity('  Moscow\u2019s  Demand\n'); // "moscow's demand"
 */
export function normaliseForIdentity(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * An article's identity: the first 16 hex digits of the sha256 of its normalised title and
 * normalised text, so re-ingesting the same content gives the same id whatever file it came from.
 *
 * @param title - The title, or null (a null and an empty title are the same).
 * @param text - The body text.
 * @returns A 16-character lower-case hex id.
 * @example
 * articleId('Talks to start', 'Talks will start in January.'); // e.g. "3f1c0a9be2d47c11"
 */
export function articleId(title: string | null, text: string): ArticleId {
  // A newline cannot occur in either normalised part, so it separates them unambiguously.
  const key = `${normaliseForIdentity(title ?? '')}\n${normaliseForIdentity(text)}`;
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, ID_LENGTH);
}
