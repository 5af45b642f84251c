import type { Atoms } from '../atoms.ts';
import type { Match } from '../expr.ts';
import type { Sense, TrieNode } from '../lexicon.ts';
import { SentenceMatcher } from './timex.ts';

/**
 * The matcher: reads a sentence's atoms left to right and finds temporal expressions, as Exprs.
 * Grammar, roughly (each level may start with "the"):
 *
 *   timex    := [adv] prep core | prep core (to|and|-) core | core [(to|-) core] | duration | set
 *   core     := explicit date | relday | rel unit | N units ago | in N units | part of period
 *             | weekday | month [year] | season | quarter | decade | century | named period | year
 *
 * Words come from the lexicon (data/lexicons/time/); only the grammar is here. A cheap check runs
 * first: an atom that cannot start an expression is skipped without trying any rule.
 *
 * This file is the driver that walks the sentence. The rules live one family per file, each layer a
 * class extending the one before (cursor.ts says why classes, not free functions):
 *
 *   cursor.ts    Cursor: reading atoms (senses, lexicon phrases, counts, ordinals, days, years, months)
 *   dates.ts     DateRules: written-out and numeric dates, day and year ranges, years alone
 *   periods.ts   PeriodRules: decades, centuries, seasons, quarters, parts of a period, named periods
 *   days.ts      DayRules: today/yesterday, weekdays, weekends, dayparts
 *   relative.ts  RelativeRules: last/next/this, rolling, anchored, ago, shifts
 *   timex.ts     SentenceMatcher: the core, prepositions, ranges, open ranges, durations, sets
 */

const MAX_HEAD_DISTANCE = 6;

/** For `phrase`: a phrase that is not temporal (`the Sunday Times`). */
const IS_BLOCK = (s: Sense): boolean => s.block === true;

/** `QUARTER.test(norm)` (periods.ts) without the regex: this runs for every atom of a sentence. */
function isQuarter(norm: string): boolean {
  if (norm.length !== 2) return false;
  const c = norm.charCodeAt(0);
  const d = norm.charCodeAt(1);
  return (c === 113 || c === 104) && d >= 49 && d <= 52;
}

/** A word an expression is built around: a digit, a month, a unit, `today`, a named period's first word ... */
function isHead(norm: string, node: TrieNode | undefined): boolean {
  const c = norm.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 39) return true; // a digit, or '90s
  if (isQuarter(norm) || norm === 'half') return true;
  return node?.head === true;
}

/** Words that can start an expression: the cheap check before any rule runs. */
function canStart(norm: string, node: TrieNode | undefined): boolean {
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // a digit
  if (norm === 'the' || norm === 'that' || norm === "'" || norm.startsWith("'")) return true;
  if (norm === 'q1' || norm === 'q2' || norm === 'q3' || norm === 'q4' || norm === 'h1' || norm === 'h2') return true;
  return node !== undefined;
}

/**
 * Finds the temporal expressions of one sentence, leftmost-longest, non-overlapping, from its atoms
 * filled with the lexicon's trie.
 *
 * @example
 * matchAtoms(new Atoms().fill(doc, 0, lexicon.trie)); // [{ first: 3, end: 5, expr: { k: 'weekday', weekday: 1 }, rule: 'time:weekday' }]
 */
export function matchAtoms(atoms: Atoms): Match[] {
  const m = new SentenceMatcher(atoms);
  const out: Match[] = [];
  const n = atoms.length;
  // Every expression holds a head word (a month, a unit, a digit, a named period ...) within its first
  // few words ("immediately after the New Year holidays"): positions with none ahead are skipped unseen.
  let head = -1; // the first head at or after i, n when there is none
  let i = 0;
  while (i < n) {
    if (head < i) {
      head = i;
      while (head < n && !isHead(atoms.norm[head]!, atoms.node[head])) head++;
    }
    if (head === n) break;
    if (head - i > MAX_HEAD_DISTANCE) {
      i = head - MAX_HEAD_DISTANCE;
      continue;
    }
    if (!canStart(atoms.norm[i]!, atoms.node[i])) {
      i++;
      continue;
    }
    // Skip phrases that are not temporal at all ("the Sunday Times").
    const block = m.phrase(m.skipThe(i), IS_BLOCK);
    if (block) {
      i = block.end;
      continue;
    }
    const found = m.timex(i);
    if (found && found.end > i) {
      out.push({ first: i, end: found.end, expr: found.expr, rule: found.rule });
      i = found.end;
    } else i++;
  }
  return out;
}
