/**
 * A bound on how deeply a JSON request body may nest, checked on the text before `JSON.parse`, so a
 * body such as 5,000 nested arrays is a 400 and never reaches code that recurses over the value.
 */

/** Deepest nesting of arrays and objects a JSON body may have. An upload needs 3. */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply `text` nests arrays and objects, counting only brackets outside strings, stopping as
 * soon as it passes `limit`. Works on any text; for malformed JSON it is an upper bound that the
 * parser's own error then refines.
 *
 * @param text - The body.
 * @param limit - Stop counting past this depth.
 * @returns The deepest nesting seen, at most `limit + 1`.
 * @example
 * jsonDepth('{"articles":[{"date":"2022-01-10"}]}', 64); // 3
 * jsonDepth('"[[["', 64);                                // 0
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}
