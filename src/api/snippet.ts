/**
 * Search snippets as segments (`[{text, hit}]`) instead of marked-up text, so a client shows them
 * with text nodes and never parses article text as HTML.
 */

/** Marks FTS5's snippet() puts around matched words: private-use characters news text never holds. */
export const HIT_OPEN = '\uE000';
/** See {@link HIT_OPEN}. */
export const HIT_CLOSE = '\uE001';

/** One stretch of a snippet, a matched word or the text between matches. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/**
 * Splits a snippet marked with {@link HIT_OPEN}/{@link HIT_CLOSE} into segments; stray marks are dropped.
 *
 * @param marked - The snippet as the store returned it.
 * @returns The segments in order, empty ones left out.
 * @example
 * snippetSegments('talks with \uE000NATO\uE001 ended'); // [{text:'talks with ',hit:false},{text:'NATO',hit:true},{text:' ended',hit:false}]
 */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let hit = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === HIT_OPEN || part === HIT_CLOSE) {
      hit = part === HIT_OPEN;
      continue;
    }
    if (part === '') continue;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += part;
    else segments.push({ text: part, hit });
  }
  return segments;
}
