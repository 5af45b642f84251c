// Signs that the user wrote FTS5 syntax on purpose: phrases, grouping, prefix `*`, initial-token
// `^`, column filters, and the upper-case operators (lower-case `and`/`or` are plain words in FTS5).
const FTS_SYNTAX = /["()*^{}]|\b(?:AND|OR|NOT)\b|\bNEAR\s*\(|\b(?:title|text)\s*:/;

/**
 * Whether `query` already uses FTS5 operators and should be passed through untouched.
 *
 * @param query - What the user typed.
 * @returns True when it contains quotes, parentheses, `*`, `^`, `AND`/`OR`/`NOT`/`NEAR(`, or a
 *   `title:`/`text:` column filter.
 * @example
 * usesFtsSyntax('Lavrov OR Blinken'); // true
 * usesFtsSyntax('U.S. sanctions');    // false
 */
export function usesFtsSyntax(query: string): boolean {
  return FTS_SYNTAX.test(query);
}

/**
 * Turns a plain phrase into a safe FTS5 query: each whitespace-separated word becomes a quoted
 * string, and the words are ANDed. Plain news words break raw FTS5 (`U.S.`, `Kyiv's`,
 * `pro-Russian`, `Biden:` are syntax errors or column filters), but are fine quoted, and the
 * tokenizer still splits them into terms inside the quotes. A query that already uses FTS5
 * syntax is returned trimmed but otherwise as is, so experts keep full control.
 *
 * @param query - What the user typed.
 * @returns An FTS5 MATCH expression; empty when `query` is blank.
 * @example
 * toFtsQuery('U.S. sanctions');       // '"U.S." "sanctions"'
 * toFtsQuery('"Lavrov said" OR NATO'); // unchanged
 */
export function toFtsQuery(query: string): string {
  const trimmed = query.trim();
  if (usesFtsSyntax(trimmed)) return trimmed;
  return trimmed
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => `"${word.replaceAll('"', '""')}"`)
    .join(' ');
}
