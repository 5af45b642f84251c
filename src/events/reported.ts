import type { Match, SentenceView } from './sentence-view.ts';

/*
 * Only reported acts are events: a noun trigger in a temporal adjunct ("after the talks", "the attack
 * came after the talks") names the background of what is reported, not a new act; a question asks,
 * it does not report.
 */

/** Prepositions that make a following event noun a time reference: "after the talks". */
const TEMPORAL = new Set(['after', 'before', 'since', 'following', 'during', 'amid', 'until', 'till']);
/** Words that may stand between the preposition and the noun: "after the first round of talks" is not one. */
const BETWEEN_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

function nominal(view: SentenceView, m: Match): boolean {
  const pos = view.tokens[m.first]!.pos;
  return m.trigger.pos === 'noun' || (m.trigger.pos === 'phrase' && pos !== 'VERB' && pos !== 'AUX');
}

/**
 * The temporal preposition that governs a noun trigger ("after", "ahead of", "prior to"), as the
 * index of its token, or -1. Between them only determiners, adjectives, numbers, pronouns and a
 * possessive "'s" may stand.
 */
export function temporalAdjunct(view: SentenceView, m: Match): number {
  if (!nominal(view, m)) return -1;
  const { tokens, lemmas } = view;
  let j = m.first - 1;
  while (j >= 0 && (BETWEEN_POS.has(tokens[j]!.pos) || tokens[j]!.norm === "'s" || tokens[j]!.norm === '’s' || view.inMention[j])) j--;
  if (j < 0) return -1;
  if (TEMPORAL.has(lemmas[j]!) && tokens[j]!.pos !== 'VERB') return j;
  // "ahead of the summit", "prior to the vote"
  if (j >= 1 && (lemmas[j] === 'of' && lemmas[j - 1] === 'ahead')) return j - 1;
  if (j >= 1 && (lemmas[j] === 'to' && lemmas[j - 1] === 'prior')) return j - 1;
  return -1;
}

/** The matches that report an act: those in a temporal adjunct are left out. */
export function reportedMatches(view: SentenceView, matches: readonly Match[]): Match[] {
  return matches.filter((m) => temporalAdjunct(view, m) < 0);
}

/** True when the sentence is a question (it ends with "?", quotation marks aside). */
export function isQuestion(view: SentenceView): boolean {
  for (let j = view.tokens.length - 1; j >= 0; j--) {
    const t = view.tokens[j]!.norm;
    if (t === '"' || t === '”' || t === '’' || t === "'") continue;
    return t === '?';
  }
  return false;
}
