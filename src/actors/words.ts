/**
 * The actor tagger's view of a document: words, not tokens. A token such as `pro-Russian`,
 * `Afghanistan-Tajikistan` or `SPLM/A` becomes several words joined to each other, so the
 * gazetteer matches the same way whether or not the segmenter split the hyphen. Dots are dropped
 * from the match key (`U.S.` -> `us`) and a word keeps enough case information to tell `US` from
 * `us`.
 */
import type { Doc, PosTag, Token } from '../doc/index.ts';

/** One word of the tagger's view. Offsets are into `Doc.text`, end-exclusive. */
export interface Word {
  /** Surface text (`doc.text.slice(start, end)`). */
  text: string;
  /** Match key: lower case, typographic quotes folded, dots removed (`U.S.` -> `us`). */
  key: string;
  start: number;
  end: number;
  sentence: number;
  pos: PosTag;
  /** First letter is upper case. */
  cap: boolean;
  /** Has letters and all of them are upper case (`US`, `U.S.`, `NATO`). */
  upper: boolean;
  /** Attached to the previous word by a hyphen or slash, with no space. */
  joined: boolean;
  /** Punctuation or symbol only. */
  punct: boolean;
}

// Regexes live at module level: a regex literal inside a function is a new object on every call,
// and these run once or more per token.
const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;
const LETTER_END = /\p{L}$/u;
const NON_ASCII = /[\u0080-\uffff]/;
const UPPER_START = /^[^\p{L}]*\p{Lu}/u;
const DIGIT = /\d/;
const DOTS = /\./g;
const QUOTES = /[\u2018\u2019\u02bc`\u00b4]/g;
const POSSESSIVE = /^(.+?)(['\u2019]s)$/i;
const PIECE = /[^-/]+/g;

/** True when `text` starts with an ASCII digit (what `/^\d/` tests). */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True when the token may need splitting: it has a hyphen, a slash or an apostrophe. */
function hasSplitChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 47 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * `text === text.toUpperCase() && text !== text.toLowerCase()` (has letters, all upper case),
 * decided from character codes for ASCII text so that no upper- and lower-case copies are made.
 */
function allUpper(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase() && text !== text.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** The match key of a piece of text: lower case, quotes folded, dots removed. */
export function wordKey(text: string): string {
  const k = text.toLowerCase().replace(QUOTES, "'").replace(DOTS, '');
  return k === '' ? text : k;
}

// Most words are plain ASCII: decide case and kind from character codes before reaching for regexes.
function makeWord(text: string, start: number, sentence: number, pos: PosTag, joined: boolean, norm?: string): Word {
  const c = text.charCodeAt(0);
  let cap: boolean;
  let hasLetter: boolean;
  if (c >= 97 && c <= 122) {
    cap = false;
    hasLetter = true;
  } else if (c >= 65 && c <= 90) {
    cap = true;
    hasLetter = true;
  } else {
    hasLetter = LETTER.test(text);
    cap = hasLetter && UPPER_START.test(text);
  }
  return {
    text,
    key: norm === undefined ? wordKey(text) : norm.indexOf('.') < 0 ? norm : norm.replace(DOTS, '') || norm,
    start,
    end: start + text.length,
    sentence,
    pos,
    cap,
    upper: cap && allUpper(text),
    joined,
    punct: !hasLetter && !DIGIT.test(text),
  };
}

/**
 * Splits one token into words at hyphens and slashes between letters or digits, and at a
 * possessive `'s` the segmenter left attached.
 */
function pushToken(out: Word[], text: string, start: number, sentence: number, pos: PosTag, norm?: string): void {
  // Fast path: most tokens have neither a hyphen, a slash nor an apostrophe.
  if (text.length === 1 || !hasSplitChar(text)) {
    out.push(makeWord(text, start, sentence, pos, false, norm));
    return;
  }
  const poss = POSSESSIVE.exec(text);
  const body = poss ? poss[1]! : text;
  // PIECE is global and shared: it keeps its position between calls, so start from 0.
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = PIECE.exec(body)) !== null) {
    out.push(makeWord(m[0], start + m.index, sentence, pos, !first));
    first = false;
  }
  if (first) out.push(makeWord(body, start, sentence, pos, false));
  if (poss) out.push(makeWord(poss[2]!, start + body.length, sentence, 'PART', false));
}

/**
 * Builds the word view of a segmented Doc. A lone apostrophe glued to a word ending in `s`
 * (`Workers'`) is folded into that word so that it does not break a name.
 */
export function wordsOf(doc: Pick<Doc, 'tokens' | 'text'>): Word[] {
  const out: Word[] = [];
  const tokens: Token[] = doc.tokens;
  let glue = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A hyphen or slash the segmenter split off, with no space on either side, joins two words.
    if ((t.text === '-' || t.text === '/') && out.length) {
      const next = tokens[i + 1];
      if (out[out.length - 1]!.end === t.start && next && next.start === t.end && next.sentence === t.sentence) {
        glue = true;
        continue;
      }
    }
    if ((t.text === "'" || t.text === '\u2019') && out.length) {
      const prev = out[out.length - 1]!;
      const lastChar = prev.text.charCodeAt(prev.text.length - 1); // 's' or 'S'
      if (prev.end === t.start && (lastChar === 115 || lastChar === 83)) {
        prev.end = t.end;
        prev.text = doc.text.slice(prev.start, prev.end);
        continue;
      }
    }
    const at = out.length;
    // wink splits some words at letters outside its alphabet (Erdo|ğ|an, Ł|ukasz): glue letters
    // that touch back into one word, so that names with diacritics still match.
    const last = out[out.length - 1];
    if (last && last.end === t.start && last.sentence === t.sentence && !glue && LETTER_START.test(t.text) && LETTER_END.test(last.text) && (NON_ASCII.test(t.text) || NON_ASCII.test(last.text))) {
      last.end = t.end;
      last.text = doc.text.slice(last.start, last.end);
      last.key = wordKey(last.text);
      last.upper = last.cap && last.text === last.text.toUpperCase();
      continue;
    }
    // The segmenter's `norm` is already lower-cased with quotes folded: reuse it as the key.
    pushToken(out, t.text, t.start, t.sentence, t.pos, t.norm.length === t.text.length ? t.norm : undefined);
    if (glue && out[at]) out[at]!.joined = true;
    glue = false;
  }
  return out;
}

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['\u2019]\p{L}+)*|\d+(?:[.,]\d+)*|['\u2019]s\b|\S/gu;

/**
 * A small tokenizer for short actor phrases ("an American destroyer") and for tests: words,
 * abbreviations with dots (`U.S.`), numbers, possessive `'s`, single punctuation marks. Sentences
 * end at `.`, `!` or `?` followed by a space and a capital. Tokens get POS `X` (unknown), which
 * the tagger treats as "no tag".
 *
 * @example
 * const doc = createDoc('Russian troops crossed.', '2022-02-24');
 * tokenizeSimple(doc); // doc.tokens: Russian, troops, crossed, .
 */
export function tokenizeSimple(doc: Doc): void {
  const tokens: Token[] = [];
  const text = doc.text;
  let sentence = 0;
  let sentenceStart = 0;
  let firstToken = 0;
  doc.sentences = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    let start = m.index;
    // A possessive attached to a word: split it off as its own token, as wink-nlp does.
    const poss = /^(.+?)(['\u2019]s)$/.exec(t);
    if (poss && !/^(?:\p{L}\.)+$/u.test(t)) {
      const body = poss[1]!;
      tokens.push({ text: body, norm: body.toLowerCase(), start, end: start + body.length, pos: 'X', sentence });
      start += body.length;
      t = poss[2]!;
    }
    tokens.push({ text: t, norm: t.toLowerCase().replace(/\u2019/g, "'"), start, end: start + t.length, pos: /^\p{P}$/u.test(t) ? 'PUNCT' : 'X', sentence });
    if (/^[.!?]$/.test(t)) {
      const rest = text.slice(start + 1, start + 3);
      if (/^\s+\p{Lu}|^\s*$/u.test(rest) || start + 1 >= text.length) {
        doc.sentences.push({ start: sentenceStart, end: start + 1, firstToken, endToken: tokens.length });
        sentence++;
        firstToken = tokens.length;
        sentenceStart = start + 1;
      }
    }
  }
  if (firstToken < tokens.length) {
    doc.sentences.push({ start: tokens[firstToken]!.start, end: text.length, firstToken, endToken: tokens.length });
  }
  for (const s of doc.sentences) {
    if (s.firstToken < s.endToken) s.start = tokens[s.firstToken]!.start;
  }
  doc.tokens = tokens;
}
