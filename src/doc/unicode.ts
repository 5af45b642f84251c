// Lone UTF-16 surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces each lone UTF-16 surrogate with U+FFFD, as `String.prototype.toWellFormed` does. The
 * length in UTF-16 code units does not change, so every offset stays valid. A lone surrogate (from a
 * JSON escape such as `"\ud800"`) cannot be written as UTF-8: SQLite stored it as three replacement
 * characters, so every offset after it pointed two characters too early.
 *
 * @param text - Any string.
 * @returns Well-formed text of the same length; `text` itself when it was already well formed.
 * @example
 * wellFormed('a\uD800b'); // "a\uFFFDb"
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
