import type { Doc, Token } from '../doc/index.ts';
import type { TimeLexicon } from './lexicon.ts';

/** Which way a bare date points: `said on Monday` is past, `will meet on Monday` future. */
export type Tense = 'past' | 'future';

// Tokens that end a clause for good: a date does not take its tense across them.
// Dashes are folded to '-' in `norm`, so they are told apart by the surface text: a hyphen inside
// "Nato-Russia" is no stop, a spaced dash or an em dash is.
const HARD_STOP = new Set([';', ':', '"', '\u201c', '\u201d', '(', ')', '\u2014', '--']);
const SOFT_STOP = new Set([',', '\u2013']);
const SKIPPABLE = new Set(['not', "n't", 'also', 'already', 'still', 'now', 'reportedly', 'just', 'never', 'again', 'then', 'be', 'been', 'being', 'to', 'even', 'previously', 'later', 'soon', 'finally', 'officially', 'formally']);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);

interface VerbReading {
  tense: Tense | null;
  /** A finite present-tense verb ("which last till January 9"): the clause's own tense is now. */
  present?: boolean;
}

/** The tense of the verb group around token `k`, or null when the verb says nothing (present, -ing, modal). */
function verbTense(tokens: Token[], k: number, lo: number, lex: TimeLexicon, depth = 0): VerbReading | null {
  const t = tokens[k]!;
  const w = t.norm;
  const cue = lex.tenseCues.get(w);
  if (cue?.role === 'cue') return { tense: cue.tense };
  const next = tokens[k + 1];
  // "plans to meet", "is due to meet", "set to start": the infinitive is ahead of its governor.
  if (cue?.role === 'intent' && next?.norm === 'to' && tokens[k + 2] && (tokens[k + 2]!.pos === 'VERB' || tokens[k + 2]!.pos === 'AUX')) {
    return { tense: 'future' };
  }
  if (t.pos === 'AUX') {
    if (cue?.role === 'aux') return { tense: cue.tense };
    return null;
  }
  if (t.pos !== 'VERB') return null;
  // Walk left over the auxiliaries of this verb; the nearest one that tells a tense decides.
  let sawProgressive = false;
  let sawOtherAux = false;
  for (let j = k - 1; j >= lo && j >= k - 4; j--) {
    const u = tokens[j]!;
    const aux = lex.tenseCues.get(u.norm);
    if (u.pos === 'AUX' || aux?.role === 'aux') {
      if (aux?.role === 'aux') return { tense: aux.tense };
      if (PROGRESSIVE_AUX.has(u.norm) && w.endsWith('ing')) sawProgressive = true;
      sawOtherAux = true;
      continue;
    }
    if (u.norm === 'to' && (j === k - 1 || onlyAuxBetween(tokens, j, k))) {
      // A to-infinitive: the verb that governs it decides ("decided to convene" looks ahead).
      if (depth > 1) return null;
      // One with no governor opens its own clause after a comma ("..., to be followed by a meeting
      // on Jan. 12"): it tells what comes next, so it looks ahead.
      if (j === lo || tokens[j - 1]!.text === ',') return { tense: 'future' };
      for (let g = j - 1; g >= lo && g >= j - 3; g--) {
        const gov = tokens[g]!;
        const gcue = lex.tenseCues.get(gov.norm);
        if (gcue?.role === 'intent') return { tense: 'future' };
        if (gov.pos === 'VERB' || gov.pos === 'AUX' || gov.pos === 'ADJ') return verbTense(tokens, g, lo, lex, depth + 1);
        if (!SKIPPABLE.has(gov.norm) && gov.pos !== 'ADV' && gov.pos !== 'PRON' && gov.pos !== 'PROPN' && gov.pos !== 'NOUN') break;
      }
      return null;
    }
    if (SKIPPABLE.has(u.norm) || u.pos === 'ADV' || u.pos === 'PART') continue;
    break;
  }
  // "is meeting on Monday": the present progressive with a date is a plan.
  if (sawProgressive) return { tense: 'future' };
  // "is expected in the spring", "is planned for Monday": a plan; "is held", "be signed": a participle, no tense.
  if (sawOtherAux) return cue?.role === 'intent' ? { tense: 'future' } : null;
  if (lex.irregularPast.has(w) || (w.length > 3 && w.endsWith('ed'))) return { tense: 'past' };
  if (!w.endsWith('ing') && tokens[k - 1]?.norm !== 'to') return { tense: null, present: true };
  return null;
}

/** "to be followed": only auxiliaries between `to` at j and the verb at k. */
function onlyAuxBetween(tokens: Token[], j: number, k: number): boolean {
  for (let x = j + 1; x < k; x++) if (tokens[x]!.pos !== 'AUX') return false;
  return k - j <= 3;
}

/**
 * The tense of the clause around tokens `[first, end)`: the nearest verb group that tells a tense
 * (will/shall/'ll/would and plan words -> future; -ed forms, irregular past forms, has/had/was ->
 * past), first within the commas around the expression, then across them; never across a quote,
 * a semicolon or a colon. On a tie the verb on the left wins. A finite present verb in the
 * expression's own clause ("the talks continue on Wednesday") gives `present`. Returns null when no
 * verb tells.
 *
 * @example
 * clauseTense(doc, lexicon, 5, 7); // 'past' for "Lavrov said on Monday"
 */
export function clauseTense(doc: Pick<Doc, 'tokens' | 'sentences'>, lex: TimeLexicon, first: number, end: number): Tense | 'present' | null {
  const tokens = doc.tokens;
  const token = tokens[first];
  if (!token) return null;
  const sentence = doc.sentences[token.sentence];
  const lo = sentence ? sentence.firstToken : 0;
  const hi = sentence ? sentence.endToken : tokens.length;
  for (const crossCommas of [false, true]) {
    let left = first - 1;
    let right = end;
    let leftOpen = true;
    let rightOpen = true;
    while (leftOpen || rightOpen) {
      // Left first: on a tie the verb before the date wins ("Turkey urged Russia on Monday to drop").
      if (leftOpen) {
        if (left < lo) leftOpen = false;
        else {
          const t = tokens[left]!;
          if (HARD_STOP.has(t.text) || (!crossCommas && SOFT_STOP.has(t.text))) leftOpen = false;
          else {
            const r = verbTense(tokens, left, lo, lex);
            if (r?.tense) return r.tense;
            // A present verb in the expression's own clause outranks a past one further off.
            if (r?.present && !crossCommas) return 'present';
            left--;
          }
        }
      }
      if (rightOpen) {
        if (right >= hi) rightOpen = false;
        else {
          const t = tokens[right]!;
          // "warned Putin on Thursday that the allies would respond": a that-clause after the date
          // is subordinate; its verbs do not date the main clause.
          if (HARD_STOP.has(t.text) || (!crossCommas && SOFT_STOP.has(t.text)) || t.norm === 'that') rightOpen = false;
          else {
            const r = verbTense(tokens, right, lo, lex);
            if (r?.tense) return r.tense;
            if (r?.present && !crossCommas) return 'present';
            right++;
          }
        }
      }
    }
  }
  return null;
}
