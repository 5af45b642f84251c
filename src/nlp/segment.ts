import type { Component } from './pipeline.ts';
import type { Doc, PosTag, Sentence, Token } from '../doc/index.ts';
import { loadEnglishData, type EnglishData } from './english.ts';
import { readWithWink } from './wink.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';

/** Folds typographic quotes and dashes to ASCII and lower-cases: the `norm` of a token. */
export function normalizeToken(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[\u2013\u2014\u2212]/g, '-');
}

const NON_ASCII = /[^ -~]/;
const LETTER = /[\p{L}\p{M}]/u;
const PLAIN_WORD = /^[A-Za-z0-9][a-z0-9]*$/;
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const QUOTES = new Set(['"', "'", '\u201d', '\u2019', '\u00bb']);
const TERMINAL = /^[.!?\u2026]+$/;
const ELLIPSIS = /^(\u2026|\.{3,})$/;
const STARTS_UPPER = /^[\p{Lu}\d"'\u201c\u2018(]/u;
const STARTS_LOWER = /^\p{Ll}/u;
const NO_BREAK_BEFORE = /^[)\]},;:%]/;

interface RawToken {
  start: number;
  end: number;
  pos: PosTag;
}

/** Maps wink's tokens to character offsets over `text`, dropping whitespace tokens. */
function locateTokens(text: string, words: string[], types: string[], pos: PosTag[]): { tokens: RawToken[]; winkToOurs: number[] } {
  const tokens: RawToken[] = [];
  const winkToOurs: number[] = new Array(words.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (types[i] === 'tabCRLF' || !word.trim()) continue;
    let at = text.indexOf(word, cursor);
    // wink never rewrites text in practice; if it ever did, take the same length after the whitespace.
    if (at < 0 || text.slice(cursor, at).trim()) {
      at = cursor;
      while (at < text.length && /\s/.test(text[at]!)) at++;
    }
    winkToOurs[i] = tokens.length;
    tokens.push({ start: at, end: at + word.length, pos: pos[i] ?? 'X' });
    cursor = at + word.length;
  }
  return { tokens, winkToOurs };
}

/** `No.”` -> `No` `.` `”`: a word with a glued full stop right before a closing quote ends a sentence. */
function splitGluedStops(text: string, tokens: RawToken[], en: EnglishData): RawToken[] {
  const out: RawToken[] = [];
  tokens.forEach((t, i) => {
    const surface = text.slice(t.start, t.end);
    const next = tokens[i + 1];
    const nextText = next ? text.slice(next.start, next.end) : '';
    const glued = surface.length > 1 && surface.endsWith('.') && /^\p{L}+\.$/u.test(surface) && en.abbreviations.get(surface.toLowerCase()) !== 'title';
    if (glued && (!next || CLOSERS.has(nextText))) {
      out.push({ start: t.start, end: t.end - 1, pos: t.pos === 'PUNCT' ? 'X' : t.pos }, { start: t.end - 1, end: t.end, pos: 'PUNCT' });
    } else out.push(t);
  });
  return out;
}

/**
 * `Erdo` `ğ` `an` -> `Erdoğan`: wink's tokeniser breaks words at some non-ASCII letters; glue pieces
 * that touch where a non-ASCII letter meets a letter. Contractions (`do` `n't`) stay split.
 */
function mergeBrokenWords(text: string, tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start) {
      const before = text[last.end - 1]!;
      const after = text[t.start]!;
      const junction = LETTER.test(before) && LETTER.test(after) && (NON_ASCII.test(before) || NON_ASCII.test(after));
      if (junction) {
        last.end = t.end;
        if (t.pos === 'PROPN' || last.pos === 'X') last.pos = t.pos;
        continue;
      }
    }
    out.push({ ...t });
  }
  return out;
}

/** `see.` `..` -> `see` `...`: wink splits an ASCII ellipsis; glue runs of adjacent dots back together. */
function mergeDotRuns(text: string, tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start && /^\.+$/.test(text.slice(last.start, t.end))) last.end = t.end;
    else out.push({ ...t });
  }
  return out;
}

/** Decides, for each gap between two tokens, whether a sentence starts at the right-hand token. */
function sentenceStarts(text: string, tokens: RawToken[], winkStarts: Set<number>, en: EnglishData): boolean[] {
  const surfaces = tokens.map((t) => text.slice(t.start, t.end));
  const surface = (i: number): string => surfaces[i] ?? '';
  const starts = tokens.map((_, i) => i === 0 || winkStarts.has(i));
  // A straight `"` opens a quote when space (or nothing) precedes it and a word follows at once.
  const isOpeningStraightQuote = (i: number): boolean => {
    const t = tokens[i];
    if (!t || (surface(i) !== '"' && surface(i) !== "'")) return false;
    const before = i === 0 || tokens[i - 1]!.end < t.start;
    const after = tokens[i + 1]?.start === t.end;
    return before && after;
  };
  // Walking back over closing quotes and brackets: do they follow a sentence end (`.’”`, `U.K.’`, `Geneva.)`)?
  const endsBeforeClosers = (i: number): boolean => {
    let k = i - 1;
    if (k < 0 || !CLOSERS.has(surface(k)) || isOpeningStraightQuote(k)) return false;
    while (k >= 0 && CLOSERS.has(surface(k))) k--;
    const w = surface(k);
    return TERMINAL.test(w) || en.abbreviations.get(w.toLowerCase()) === 'final';
  };
  // A number alone at the start of a line, followed by a full stop: `1.` in a list.
  const isListMarker = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !/^\d{1,2}$/.test(surface(i))) return false;
    return i === 0 || text.slice(tokens[i - 1]!.end, t.start).includes('\n');
  };
  // A reporting verb within the next few tokens: `Lavrov asked`, `the minister said`.
  const reportingClauseAt = (i: number): boolean => {
    for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
      const w = surface(k);
      if (TERMINAL.test(w)) return false;
      if (en.speechVerbs.has(w.toLowerCase())) return true;
    }
    return false;
  };
  for (let i = 1; i < tokens.length; i++) {
    const prev = surface(i - 1);
    const cur = surface(i);
    // Fast path for the common case: one space after an ordinary word, and no split proposed.
    if (!starts[i] && tokens[i - 1]!.end + 1 === tokens[i]!.start && text.charCodeAt(tokens[i - 1]!.end) === 32 && PLAIN_WORD.test(prev)) continue;
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/\n[ \t\r]*\n/.test(gap)) {
      starts[i] = true; // a blank line always ends a paragraph, and so a sentence
      continue;
    }
    if (gap.includes('\n') && !/^[,\-(\u2013\u2014]$/.test(prev) && !STARTS_LOWER.test(cur)) {
      starts[i] = true; // a line break before a capital: a headline or a one-line paragraph
      continue;
    }
    const abbr = en.abbreviations.get(prev.toLowerCase());
    const afterQuotedEnd = endsBeforeClosers(i);
    const glued = tokens[i - 1]!.end === tokens[i]!.start;
    if (starts[i] && CLOSERS.has(cur) && glued && !isOpeningStraightQuote(i)) {
      starts[i] = false; // a closing quote or bracket stays with the sentence it closes
      continue;
    }
    if (starts[i] && isOpeningStraightQuote(i - 1) && tokens[i - 1]!.end === tokens[i]!.start) {
      starts[i] = false; // `said. "We` : the sentence starts at the quote, not after it
      starts[i - 1] = true;
      continue;
    }
    if (starts[i] && prev === '.' && isListMarker(i - 2)) {
      starts[i] = false; // `1. No further expansion.`: a list marker, not a sentence
      continue;
    }
    if (starts[i]) {
      // Undo wink's splits that a news reader would not make.
      if (STARTS_LOWER.test(cur) || NO_BREAK_BEFORE.test(cur)) starts[i] = false;
      else if (abbr === 'title' || (abbr === 'inner' && !en.sentenceOpeners.has(cur))) starts[i] = false;
      else if (abbr === 'final' && !en.sentenceOpeners.has(cur)) starts[i] = false;
      else if (afterQuotedEnd && QUOTES.has(prev) && reportingClauseAt(i)) starts[i] = false;
      continue;
    }
    if (abbr === 'final' && en.sentenceOpeners.has(cur)) {
      starts[i] = true; // "... talks with the U.S. The next round ..."
      continue;
    }
    // `"No." Next.` splits; `"Why now?" Lavrov asked.` does not.
    if (afterQuotedEnd && STARTS_UPPER.test(cur) && !(QUOTES.has(prev) && reportingClauseAt(i))) {
      starts[i] = true;
      continue;
    }
    // `He paused… Then he left.`: an ellipsis before a capitalised common word ends the sentence.
    if (ELLIPSIS.test(prev) && STARTS_UPPER.test(cur) && tokens[i]!.pos !== 'PROPN') starts[i] = true;
  }
  return starts;
}

/** Options for {@link createSegmenter}. */
export interface SegmenterOptions {
  /** Sentences kept per document (`--limit sentences`); default all. */
  maxSentences?: number;
}

/**
 * Makes a segmenter: splits `doc.text` into tokens (with universal POS tags) and sentences, right on
 * news text (abbreviations, quotes that end a sentence, decimals, datelines, headline lines).
 * wink-nlp does the tokens, POS and a first sentence split; the rules here correct its sentence
 * boundaries (see docs/nlp.md for what wink gets wrong).
 *
 * With `maxSentences`, only the first sentences (and their tokens) are kept; the rest of the text
 * gets no annotation and the Doc gets an `E_LIMIT_SENTENCES` warning.
 *
 * @example
 * const segmenter = createSegmenter(loadEnglishData(DEFAULT_DATA_DIR));
 * segmenter.run(doc); // doc.sentences, doc.tokens
 */
export function createSegmenter(en: EnglishData, options: SegmenterOptions = {}): Component {
  const maxSentences = options.maxSentences ?? Infinity;
  return {
    name: 'segmenter',
    assigns: ['sentences', 'tokens'],
    requires: [],
    run(doc: Doc): void {
      const text = doc.text;
      const wink = readWithWink(text);
      const located = locateTokens(text, wink.words, wink.types, wink.pos);
      // wink's sentence starts, as character offsets: our token list differs from wink's after the fixes.
      const winkStartOffsets = new Set<number>();
      for (const [first] of wink.sentences) {
        let w = first;
        while (w < located.winkToOurs.length && located.winkToOurs[w] === -1) w++;
        const ours = located.winkToOurs[w];
        if (ours !== undefined && ours >= 0) winkStartOffsets.add(located.tokens[ours]!.start);
      }
      const raw = mergeDotRuns(text, splitGluedStops(text, mergeBrokenWords(text, located.tokens), en));
      const winkStarts = new Set<number>();
      raw.forEach((t, i) => {
        if (winkStartOffsets.has(t.start)) winkStarts.add(i);
      });
      const starts = sentenceStarts(text, raw, winkStarts, en);
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      raw.forEach((t, i) => {
        if (starts[i]) {
          const last = sentences[sentences.length - 1];
          if (last) last.endToken = i;
          sentences.push({ start: t.start, end: t.end, firstToken: i, endToken: raw.length });
        }
        const sentence = sentences[sentences.length - 1]!;
        sentence.end = t.end;
        const surface = text.slice(t.start, t.end);
        tokens.push({ start: t.start, end: t.end, text: surface, norm: normalizeToken(surface), pos: t.pos, sentence: sentences.length - 1 });
      });
      if (sentences.length > maxSentences) {
        doc.warnings.push({ code: 'E_LIMIT_SENTENCES', params: { id: doc.id ?? '(unsaved)', count: sentences.length, limit: maxSentences } });
        sentences.length = maxSentences;
        tokens.length = sentences[maxSentences - 1]?.endToken ?? 0;
      }
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
}

let defaultSegmenter: Component | null = null;

/** The segmenter over the bundled English data, built on first use. */
export function getDefaultSegmenter(): Component {
  defaultSegmenter ??= createSegmenter(loadEnglishData(DEFAULT_DATA_DIR, { strict: true }));
  return defaultSegmenter;
}

/**
 * Segments `doc` in place with the bundled English data: fills `doc.tokens` and `doc.sentences`.
 *
 * @example
 * const doc = createDoc('Talks start on Monday. Lavrov said so.', '2021-12-28');
 * segment(doc); // doc.sentences.length === 2
 */
export function segment(doc: Doc): void {
  getDefaultSegmenter().run(doc);
}

/** The default segmenter as a pipeline component. */
export const segmenter: Component = {
  name: 'segmenter',
  assigns: ['sentences', 'tokens'],
  requires: [],
  run: segment,
};
