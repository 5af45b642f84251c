import type { Doc, Token } from '../doc/index.ts';
import type { TrieNode } from './lexicon.ts';

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

/** Is the first letter upper case? ASCII is decided without the Unicode regex: this runs for every atom. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text);
}

/**
 * The atoms of one sentence, column by column (atom i is `norm[i]`, `start[i]` ...). The tagger
 * refills one buffer sentence after sentence, so atoms cost no objects: with an object per atom,
 * atoms were most of the tagger's garbage. The columns keep stale entries past `length`.
 */
export class Atoms {
  length = 0;
  readonly norm: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly tok: number[] = [];
  readonly cap: boolean[] = [];
  readonly dot: boolean[] = [];
  /** The lexicon trie's node for the norm (set by `fill`). */
  readonly node: Array<TrieNode | undefined> = [];
  private trie: Map<string, TrieNode> | undefined;

  /**
   * Refills the buffer with the atoms of sentence `s` of a segmented doc, in text order, and looks
   * each norm up in `trie` once (the matcher asks for senses over and over).
   *
   * @example
   * const atoms = new Atoms().fill(doc, 0, lexicon.trie);
   */
  fill(doc: Pick<Doc, 'sentences' | 'tokens'>, s: number, trie: Map<string, TrieNode>): this {
    this.length = 0;
    this.trie = trie;
    const sentence = doc.sentences[s];
    if (!sentence) return this;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = doc.tokens[t]!;
      if (token.pos !== 'SPACE') this.pushToken(token, t);
    }
    return this;
  }

  /**
   * Appends the atoms of one token: hyphenated words in parts (`mid-January`, `two-day`; not
   * `2014-2016`), a glued possessive apart (`Monday's`), an abbreviation's full stop dropped from the
   * norm (`Sept.`). Most tokens are none of these: cheap character tests come before each Unicode regex.
   */
  pushToken(token: Token, index: number): void {
    const { text, norm, start } = token;
    if (norm.indexOf('-') > 0 && HYPHENATED.test(norm) && HAS_LETTER.test(norm)) {
      let offset = 0;
      let from = 0;
      for (;;) {
        const dash = norm.indexOf('-', from);
        const part = dash < 0 ? norm.slice(from) : norm.slice(from, dash);
        this.push(text.slice(offset, offset + part.length), part, start + offset, index, false);
        offset += part.length;
        if (dash < 0) return;
        this.push('-', '-', start + offset, index, false);
        offset += 1;
        from = dash + 1;
      }
    }
    if (norm.length > 2 && norm.endsWith("'s") && norm.charCodeAt(0) !== 39) {
      const stem = text.length - 2;
      this.push(text.slice(0, stem), norm.slice(0, -2), start, index, false);
      this.push(text.slice(stem), "'s", start + stem, index, false);
      return;
    }
    if (text.length >= 3 && text.charCodeAt(text.length - 1) === 46 && ABBREV_DOT.test(text)) {
      this.push(text.slice(0, -1), norm.slice(0, -1), start, index, true);
      return;
    }
    this.push(text, norm, start, index, false);
  }

  /** Atom i as an object, for tests and debugging. */
  at(i: number): Atom {
    return { norm: this.norm[i]!, start: this.start[i]!, end: this.end[i]!, tok: this.tok[i]!, cap: this.cap[i]!, dot: this.dot[i]! };
  }

  private push(text: string, norm: string, start: number, tok: number, dot: boolean): void {
    const i = this.length++;
    this.norm[i] = norm;
    this.start[i] = start;
    this.end[i] = start + text.length + (dot ? 1 : 0);
    this.tok[i] = tok;
    this.cap[i] = startsUpper(text);
    this.dot[i] = dot;
    this.node[i] = this.trie?.get(norm);
  }
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
  const atoms = new Atoms();
  atoms.pushToken(token, index);
  return Array.from({ length: atoms.length }, (_, i) => atoms.at(i));
}
