import type { CharRange } from '../doc/index.ts';

/** A quotation found from its marks alone, before any token is looked at. */
export interface RawQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset one past the closing mark. */
  close: number;
  /** The quoted words without the marks, one range per paragraph, trimmed of white space. */
  parts: CharRange[];
  /** Index of the paragraph that holds the opening mark. */
  paragraph: number;
  /** Index of the paragraph that holds the closing mark. */
  lastParagraph: number;
}

const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’ (also the typographic apostrophe)
const DQ = 0x22; // "
const SQ = 0x27; // '

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

/** Letter or digit (ASCII and Latin/Cyrillic/Greek ranges are enough to tell an apostrophe). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f);
}

/** Does a quotation of this kind open at `i`? */
function opensAt(text: string, i: number, double: boolean): boolean {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  if (double) return c === LDQ || (c === DQ && !isSpace(next));
  // A single mark opens only at a word start: never inside a word (Russia’s, don’t).
  if (isWordChar(prev)) return false;
  if (c === LSQ) return !isSpace(next);
  if (c === SQ) return isWordChar(next);
  return false;
}

/** Does the open quotation close at `i`? */
function closesAt(text: string, i: number, double: boolean): boolean {
  const c = text.charCodeAt(i);
  if (double) return c === RDQ || c === DQ;
  if (c !== RSQ && c !== SQ) return false;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  // An apostrophe is followed by a letter (Russia’s, don’t); a closing mark is not.
  return !isSpace(prev) && !isWordChar(next);
}

function trimmed(text: string, start: number, end: number): CharRange {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Finds quotations by their marks in one left-to-right pass: curly and straight, double and single.
 * A line break ends a paragraph; a quotation still open there goes on only when the next paragraph
 * opens with a mark of the same kind (the news convention for multi-paragraph quotes), otherwise it
 * is dropped. Marks inside a double quotation are part of its text (nested quotes). A single mark
 * preceded or followed by a letter is an apostrophe, never a quotation mark.
 */
export function findQuoteMarks(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let paragraph = 0;
  let cur: { open: number; partStart: number; parts: CharRange[]; double: boolean; paragraph: number } | null = null;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      paragraph++;
      if (cur) {
        if (j < n && opensAt(text, j, cur.double)) {
          const part = trimmed(text, cur.partStart, i);
          if (part.end > part.start) cur.parts.push(part);
          cur.partStart = j + 1;
          i = j;
          continue;
        }
        cur = null;
      }
      i = j - 1;
      continue;
    }
    if (c !== LDQ && c !== RDQ && c !== DQ && c !== LSQ && c !== RSQ && c !== SQ) continue;
    if (cur) {
      if (closesAt(text, i, cur.double)) {
        const part = trimmed(text, cur.partStart, i);
        if (part.end > part.start) cur.parts.push(part);
        if (cur.parts.length) out.push({ open: cur.open, close: i + 1, parts: cur.parts, paragraph: cur.paragraph, lastParagraph: paragraph });
        cur = null;
        continue;
      }
      // A double opening mark inside an unclosed single one: the single mark was not a quotation.
      if (!cur.double && c === LDQ) cur = null;
      else continue;
    }
    if (opensAt(text, i, true)) cur = { open: i, partStart: i + 1, parts: [], double: true, paragraph };
    else if (opensAt(text, i, false)) cur = { open: i, partStart: i + 1, parts: [], double: false, paragraph };
  }
  return out;
}
