import type { Doc, Token } from '../doc/index.ts';

/**
 * The unit the matcher walks: a token, or a piece of one. wink keeps `mid-January`, `Jan.` and
 * `year's` whole; the matcher wants `mid` `-` `january`, `jan` (with its full stop noted) and `year` `'s`.
 */
export interface Atom {
  /** Lower-cased, quotes and dashes folded, trailing full stop of an abbreviation dropped. */
  norm: string;
  start: number;
  end: number;
  /** Index of the token in `doc.tokens` this atom comes from. */
  tok: number;
  /** First letter is upper case in the text. */
  cap: boolean;
  /** The abbreviation had a full stop (`Jan.`). */
  dot: boolean;
}

const HYPHENATED = /^[\p{L}\d']+(?:-[\p{L}\d']+)+$/u;
const HAS_LETTER = /\p{L}/u;
const ABBREV_DOT = /^\p{L}{2,5}\.$/u;
const UPPER = /^\p{Lu}/u;

function push(out: Atom[], text: string, norm: string, start: number, tok: number, dot = false): void {
  out.push({ norm, start, end: start + text.length + (dot ? 1 : 0), tok, cap: UPPER.test(text), dot });
}

/**
 * Splits one token into atoms: hyphenated words into parts (`mid-January`, `two-day`; not `2014-2016`),
 * a glued possessive apart (`Monday's`), an abbreviation's full stop dropped from the norm (`Sept.`).
 *
 * @example
 * tokenAtoms({ text: 'mid-January', norm: 'mid-january', start: 0, end: 11, pos: 'PROPN', sentence: 0 }, 0)
 *   .map((a) => a.norm); // ['mid', '-', 'january']
 */
export function tokenAtoms(token: Token, index: number): Atom[] {
  const out: Atom[] = [];
  const { text, norm, start } = token;
  if (HYPHENATED.test(norm) && HAS_LETTER.test(norm)) {
    let offset = 0;
    const parts = norm.split('-');
    parts.forEach((part, i) => {
      if (i > 0) {
        push(out, '-', '-', start + offset, index);
        offset += 1;
      }
      push(out, text.slice(offset, offset + part.length), part, start + offset, index);
      offset += part.length;
    });
    return out;
  }
  if (norm.length > 2 && norm.endsWith("'s") && !norm.startsWith("'")) {
    const stem = text.length - 2;
    push(out, text.slice(0, stem), norm.slice(0, -2), start, index);
    push(out, text.slice(stem), "'s", start + stem, index);
    return out;
  }
  if (ABBREV_DOT.test(text)) {
    push(out, text.slice(0, -1), norm.slice(0, -1), start, index, true);
    return out;
  }
  push(out, text, norm, start, index);
  return out;
}

/**
 * The atoms of sentence `s` of a segmented doc, in text order.
 *
 * @example
 * const atoms = sentenceAtoms(doc, 0);
 */
export function sentenceAtoms(doc: Pick<Doc, 'sentences' | 'tokens'>, s: number): Atom[] {
  const sentence = doc.sentences[s];
  if (!sentence) return [];
  const out: Atom[] = [];
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = doc.tokens[t]!;
    if (token.pos === 'SPACE') continue;
    for (const a of tokenAtoms(token, t)) out.push(a);
  }
  return out;
}
