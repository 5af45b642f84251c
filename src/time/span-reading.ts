import type { Doc, Token } from '../doc/index.ts';
import type { TimeLexicon } from './lexicon.ts';
import type { Tense } from './tense.ts';

/**
 * "in 20 years" is two different things: a date ahead in "will be completed in 20 years", a stretch
 * that ends now in "the first summit in Baghdad in 20 years" and "hasn't happened in ten years".
 * Reading the second as a date put a summit of 2017 in 2037. This module decides which reading
 * holds; the tagger then keeps the expression as a duration (`P20Y`), which no event takes as its date.
 */

/** How far left the noun phrase before the expression is searched for a ranking word. */
const RANK_WINDOW = 10;
/** How far left the clause is searched for a negation. */
const NEGATION_WINDOW = 8;

/** -est adjectives that do not rank anything. */
const NOT_SUPERLATIVE = new Set(['honest', 'modest', 'earnest', 'interest', 'manifest', 'protest', 'arrest', 'request', 'unrest', 'west', 'harvest', 'contest']);

function isStop(t: Token): boolean {
  return t.pos === 'PUNCT' || t.text === ';' || t.text === ':';
}

function ranks(t: Token, lex: TimeLexicon): boolean {
  if (lex.spanCues.get(t.norm) === 'rank') return true;
  return t.pos === 'ADJ' && t.norm.length > 4 && t.norm.endsWith('est') && !NOT_SUPERLATIVE.has(t.norm);
}

/**
 * The ranking word of the noun phrase that an expression starting at token `first` follows ("first",
 * "worst", "biggest"), or null. The search stops at a verb: in "the first phase will be completed in
 * two years" the phrase is the verb's, not the noun's.
 *
 * @example
 * rankingCue(doc, lexicon, 7); // 'first' for "the first summit in Baghdad in 20 years"
 */
export function rankingCue(doc: Pick<Doc, 'tokens' | 'sentences'>, lex: TimeLexicon, first: number): string | null {
  const lo = doc.sentences[doc.tokens[first]?.sentence ?? -1]?.firstToken ?? 0;
  for (let k = first - 1; k >= lo && k >= first - RANK_WINDOW; k--) {
    const t = doc.tokens[k]!;
    if (ranks(t, lex)) return t.norm;
    // A "verb" right after a determiner or a ranking word is a noun the tagger misread ("the only visit").
    const prev = doc.tokens[k - 1];
    const noun = t.pos === 'VERB' && prev !== undefined && (prev.pos === 'DET' || ranks(prev, lex));
    if (isStop(t) || (t.pos === 'VERB' && !noun) || t.pos === 'AUX') return null;
  }
  return null;
}

/** A negation in the clause before token `first` ("no", "not", "n't", "never"), or null. */
function negationCue(doc: Pick<Doc, 'tokens' | 'sentences'>, lex: TimeLexicon, first: number): string | null {
  const lo = doc.sentences[doc.tokens[first]?.sentence ?? -1]?.firstToken ?? 0;
  for (let k = first - 1; k >= lo && k >= first - NEGATION_WINDOW; k--) {
    const t = doc.tokens[k]!;
    if (isStop(t)) return null;
    if (lex.spanCues.get(t.norm) === 'negation') return t.norm;
  }
  return null;
}

/**
 * Why `in N units` at tokens starting at `first` is a stretch ending at the article date rather than
 * a date N units ahead, or null when it is a date ahead. In order: a ranking word in the noun phrase it
 * follows (any tense: "will hold its first summit in 20 years"); a past or perfect clause; a negation
 * in a clause that is not future. A future, present or untensed clause without a cue looks ahead
 * ("the bridge will be completed in 20 years", "elections in two years").
 *
 * @example
 * inUnitsSpanReason(doc, lexicon, 7, 'past'); // 'after "first": ...'
 */
export function inUnitsSpanReason(doc: Pick<Doc, 'tokens' | 'sentences'>, lex: TimeLexicon, first: number, clause: Tense | 'present' | null): string | null {
  const rank = rankingCue(doc, lex, first);
  if (rank) return `after "${rank}": a stretch of time up to the article date, not a date ahead`;
  if (clause === 'past') return 'in a past or perfect clause: a stretch of time up to the article date, not a date ahead';
  if (clause === 'future') return null;
  const negation = negationCue(doc, lex, first);
  if (negation) return `after "${negation}": a stretch of time up to the article date, not a date ahead`;
  return null;
}
