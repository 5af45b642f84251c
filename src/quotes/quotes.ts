import type { QuoteSpan } from '../doc/index.ts';
import { DocIndex } from './context.ts';
import { findQuoteMarks, type RawQuote } from './marks.ts';

interface Attribution {
  mention: number | null;
  verb: number | null;
  how: string;
}

/** Is the token a quotation mark? (Its norm folds curly marks to ASCII.) */
function isMark(norm: string): boolean {
  return norm === '"' || norm === "'" || norm === '``' || norm === "''";
}

/**
 * Attribution after the closing mark: `..., Lavrov said on Monday`, `..., said Lavrov`,
 * `..., he said`, `..., according to Lavrov`. Stays in the sentence, or goes on into the next one
 * only when it starts in lower case (`“Go!” he said.` split by the segmenter).
 */
function attributeAfter(ix: DocIndex, after: number): Attribution | null {
  const { tokens } = ix;
  const limit = Math.min(tokens.length, after + 14);
  for (let j = after; j < limit; j++) {
    const tok = tokens[j]!;
    if (j > after && tok.sentence !== tokens[j - 1]!.sentence && !/^[a-z]/.test(tok.text)) break;
    if (j === after && tok.sentence !== tokens[j - 1]?.sentence && !/^[a-z]/.test(tok.text)) break;
    if (isMark(tok.norm)) break;
    const source = ix.sourceAt(j);
    if (source) {
      const m = ix.mentionAt[j + source]!;
      return m >= 0 ? { mention: m, verb: null, how: 'according-to' } : null;
    }
    if (ix.isSpeech(j)) {
      const m = ix.subjectBefore(j, after) ?? ix.subjectAfter(j, ix.sentenceEnd(j));
      return { mention: m, verb: j, how: 'after' };
    }
    if (tok.norm === '.' || tok.norm === ';') break;
  }
  return null;
}

/** Attribution before the opening mark: `Lavrov said: “...”`, `Lavrov told reporters, “...”`. */
function attributeBefore(ix: DocIndex, open: number, floor: number): Attribution | null {
  for (let j = open - 1; j >= Math.max(floor, open - 15); j--) {
    const tok = ix.tokens[j]!;
    if (isMark(tok.norm)) break;
    if (ix.isSpeech(j)) {
      const m = ix.subjectBefore(j, floor) ?? ix.subjectAfter(j, open);
      return { mention: m, verb: j, how: 'before' };
    }
  }
  return null;
}

/** A quote is partial when it is a phrase inside a sentence rather than the words of a sentence. */
function isPartial(ix: DocIndex, raw: RawQuote, open: number): boolean {
  const text = ix.doc.text.slice(raw.parts[0]!.start, raw.parts[raw.parts.length - 1]!.end);
  const words = text.split(/\s+/).length;
  if (words <= 2 && !/[.,!?;:]$/.test(text)) return true;
  const prev = ix.tokens[open - 1];
  if (!prev || prev.sentence !== ix.tokens[open]?.sentence) return false;
  if (prev.norm === ':' || prev.norm === ',' || prev.norm === '-' || prev.norm === '--') return false;
  return !(ix.isSpeech(open - 1) && words >= 4);
}

/**
 * Finds the quotations of the Doc with their speakers and dates.
 *
 * Conventions: `start`/`end` cover the quoted words, without the marks; `text` is those words (for
 * a quote that runs over paragraphs, the parts joined by a line break, without the reopening marks).
 * A quote interrupted by a reporting clause (`“X,” Lavrov said, “Y.”`) gives two quotes with the
 * same speaker. A quote with no attribution of its own that follows an attributed one in the same
 * or the previous paragraph continues it (`“We are ready,” he said. “We have no plans.”`).
 * A quoted phrase with no reporting clause (scare quotes) is kept as `partial` with speaker null.
 */
export function findQuotes(ix: DocIndex): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { doc, tokens } = ix;
  let prev: { quote: QuoteSpan; paragraph: number; mention: number | null; close: number } | null = null;
  for (const raw of findQuoteMarks(doc.text)) {
    const open = ix.tokenAt(raw.open);
    const close = ix.tokenAt(raw.close - 1);
    if (open >= tokens.length) continue;
    const after = close + 1;
    const floor = ix.sentenceStart(open);
    const partial = isPartial(ix, raw, open);
    let att: Attribution | null;
    let rule: string;
    if (partial) {
      const clause = ix.clauseSubject(open - 1, floor);
      att = clause ? { mention: clause.mention, verb: clause.verb, how: 'clause' } : attributeAfter(ix, after);
    } else {
      att = attributeAfter(ix, after);
      if (!att || att.mention === null) att = attributeBefore(ix, open, Math.max(floor, prev ? prev.close + 1 : 0)) ?? att;
    }
    let mention: number | null = att?.mention ?? null;
    let date: string | null = att ? (att.verb !== null ? ix.dateOf(att.verb, mention) : null) : null;
    if (att && mention !== null) rule = `quote:${partial ? 'partial' : 'direct'}/${att.how}`;
    else if (!partial && prev && prev.mention !== null && raw.paragraph - prev.paragraph <= 1 && open === floor) {
      mention = prev.mention;
      date = prev.quote.date;
      rule = 'quote:direct/continuation';
    } else rule = `quote:${partial ? 'partial' : 'direct'}/unattributed`;
    const first = raw.parts[0]!;
    const last = raw.parts[raw.parts.length - 1]!;
    const quote: QuoteSpan = {
      label: 'QUOTE',
      start: first.start,
      end: last.end,
      text: raw.parts.map((p) => doc.text.slice(p.start, p.end)).join('\n'),
      speaker: mention !== null ? ix.participant(mention) : null,
      date,
      kind: partial ? 'partial' : 'direct',
      rule,
    };
    out.push(quote);
    prev = { quote, paragraph: raw.lastParagraph, mention, close };
  }
  return out;
}
