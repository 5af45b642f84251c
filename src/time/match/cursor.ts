import type { Atoms } from '../atoms.ts';
import type { Expr } from '../expr.ts';
import type { Sense, TrieNode } from '../lexicon.ts';

/**
 * The base of the matcher: one sentence's atoms (filled with the lexicon's trie, so each atom carries
 * its senses) and the readers every rule shares: a word's senses, a lexicon phrase, a count, an
 * ordinal, a day of the month, a year number, a month name that is really a month.
 *
 * The rules come in layers, one family per file, each class extending the one before: Cursor (here),
 * DateRules, PeriodRules, DayRules, RelativeRules, SentenceMatcher. A rule that needs a later layer
 * (`two days before Christmas` holds a core) calls the abstract `core`.
 *
 * Why classes, and why each file keeps its helpers and constants to itself: the matcher makes tens of
 * calls per atom. V8 compiles `this.rule(i)` to a direct call of a known function and a module's own
 * `const` to its value, but reads a function or a value imported from another module through its
 * binding on every use. Measured on the Guardian sample, against the matcher in one file: rules as
 * free functions across files, 8% slower; the digit tests and the sense predicates shared by import
 * (or the digit tests as methods), 3-4% slower. So dates.ts has its own copies of the digit tests.
 */

/** What a rule found: its end (an atom index, exclusive), its meaning, its rule id. */
export interface Found {
  end: number;
  expr: Expr;
  rule: string;
}

// Both patterns start with a digit: see execDigits.
const DIGITS = /^\d+$/;
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** Temporal words before an ambiguous month name (`in May`, `since March`). */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'early', 'mid', 'late', 'last', 'next', 'this', 'of', 'during', 'before', 'after', 'through', 'throughout', 'to', 'and', 'or', 'between', 'end', 'beginning', 'start', 'middle', 'coming', 'past']);

/** A matcher bound to one sentence: the shared readers, and `core` for the rules that hold a core. */
export abstract class Cursor {
  /** `a` was filled with the lexicon's trie: its nodes give the senses. */
  constructor(protected readonly a: Atoms) {}

  /** The core expressions at atom i, longest first (see SentenceMatcher in timex.ts). */
  abstract core(i: number): Found | null;

  /** Is there an atom i? The buffer's columns hold stale atoms past its length. */
  has(i: number): boolean {
    return i >= 0 && i < this.a.length;
  }

  /** The norm of atom i, or `''` past either end of the sentence (so rules can look ahead without checks). */
  norm(i: number): string {
    return this.has(i) ? this.a.norm[i]! : '';
  }

  /** Does atom i start with a capital letter in the text? */
  cap(i: number): boolean {
    return this.has(i) && this.a.cap[i]!;
  }

  /** The lexicon trie's node for atom i, looked up once when the atoms were filled. */
  node(i: number): TrieNode | undefined {
    return this.has(i) ? this.a.node[i] : undefined;
  }

  /** Single-word senses of atom i. */
  sense(i: number): Sense | undefined {
    return this.node(i)?.sense;
  }

  /** Longest lexicon phrase starting at atom i (hyphens between words are skipped). */
  phrase(i: number, want?: (s: Sense) => boolean): { sense: Sense; end: number } | null {
    let node = this.node(i);
    let best: { sense: Sense; end: number } | null = null;
    let j = i;
    while (node) {
      j++;
      if (node.sense && (!want || want(node.sense))) best = { sense: node.sense, end: j };
      const next = node.next;
      if (!next) break;
      if (this.norm(j) === '-' && next.has(this.norm(j + 1))) j++;
      node = next.get(this.norm(j));
    }
    return best;
  }

  /** Is atom i `the`? */
  isThe(i: number): boolean {
    return this.norm(i) === 'the';
  }

  /** The index after an optional `the` at i. */
  skipThe(i: number): number {
    return this.isThe(i) ? i + 1 : i;
  }

  /** Skips an optional comma (`January 12, 2022`). */
  skipComma(i: number): number {
    return this.norm(i) === ',' ? i + 1 : i;
  }

  /** A cardinal count: `3`, `three`, `twenty-four`, `a`, `a couple of`; `n` null for `a few`, `several`. */
  count(i: number): { n: number | null; end: number; article: boolean } | null {
    const w = this.norm(i);
    if (w.length <= 4 && isDigits(w)) return { n: Number(w), end: i + 1, article: false };
    if ((w === 'a' || w === 'an') && this.sense(i + 1)?.vague) return { n: null, end: i + 2, article: false };
    if (w === 'a' && this.norm(i + 1) === 'couple' && this.norm(i + 2) === 'of') return { n: 2, end: i + 3, article: false };
    if ((w === 'a' || w === 'an') && this.sense(i + 1)?.unit) return { n: 1, end: i + 1, article: true };
    const s = this.sense(i);
    if (s?.vague) return { n: null, end: i + 1, article: false };
    if (s?.cardinal === undefined || w === 'a' || w === 'an') return null;
    let n = s.cardinal;
    let end = i + 1;
    // twenty-four, twenty four
    if (n >= 20 && n % 10 === 0) {
      const k = this.norm(end) === '-' ? end + 1 : end;
      const unit = this.sense(k)?.cardinal;
      if (unit !== undefined && unit > 0 && unit < 10) {
        n += unit;
        end = k + 1;
      }
    }
    return { n, end, article: false };
  }

  /** An ordinal: `12th`, `twelfth`, `twenty-first`. */
  ordinal(i: number): { n: number; end: number } | null {
    const w = this.norm(i);
    const m = execDigits(ORDINAL_DIGITS, w);
    if (m) return { n: Number(m[1]), end: i + 1 };
    const s = this.sense(i);
    if (s?.ordinal !== undefined) return { n: s.ordinal, end: i + 1 };
    if (s?.cardinal !== undefined && s.cardinal >= 20 && s.cardinal % 10 === 0) {
      const k = this.norm(i + 1) === '-' ? i + 2 : i + 1;
      const unit = this.sense(k)?.ordinal;
      if (unit !== undefined && unit < 10) return { n: s.cardinal + unit, end: k + 1 };
    }
    return null;
  }

  /** A day of the month: `12`, `12th`, `twelfth` (1-31). */
  dayOfMonth(i: number): { day: number; end: number } | null {
    const w = this.norm(i);
    if (w.length <= 2 && isDigits(w)) {
      const d = Number(w);
      if (d < 1 || d > 31) return null;
      // "May 5 troops" is rare, but "5:30" and "5.5" are numbers, not days.
      if (this.norm(i + 1) === ':' || this.norm(i + 1) === '%') return null;
      return { day: d, end: i + 1 };
    }
    const o = this.ordinal(i);
    return o && o.n >= 1 && o.n <= 31 ? { day: o.n, end: o.end } : null;
  }

  /** A four-digit year number (1000-2999). */
  yearNumber(i: number): number | null {
    const w = this.norm(i);
    if (w.length !== 4 || !isDigits(w)) return null;
    const y = Number(w);
    return y >= 1000 && y <= 2999 ? y : null;
  }

  /** The month (1-12) atom i names, if it names one; whether it is a month here is {@link Cursor.monthOk}'s call. */
  monthAt(i: number): number | undefined {
    return this.sense(i)?.month;
  }

  /** Is the month name at i a month here (not the verb "may", not "a march")? */
  monthOk(i: number, nextIsDate: boolean): boolean {
    const s = this.sense(i);
    if (!s?.month) return false;
    const before = this.norm(i - 1) === '-' ? this.norm(i - 2) : this.norm(i - 1);
    // A lower-case "january" is still a month after "in"; "an august body" is not.
    if (!s.ambiguous) return this.cap(i) || this.a.dot[i]! || nextIsDate || MONTH_CONTEXT.has(before);
    if (!this.cap(i)) return false;
    if (nextIsDate) return true;
    // "Theresa May": a capitalised word before the name, not a temporal one.
    return MONTH_CONTEXT.has(before);
  }

  /** Optional `, 2022` or ` 2022` after a day or month. */
  trailingYear(i: number): { year: number; end: number } | null {
    const k = this.skipComma(i);
    const y = this.yearNumber(k);
    if (y === null) return null;
    // "on January 12, 2022" yes; "January 12, 1500 troops" no.
    if (this.has(k + 1) && !this.cap(k + 1) && /^[a-z]+s$/.test(this.norm(k + 1)) && !this.sense(k + 1)) return null;
    return { year: y, end: k + 1 };
  }
}

/** Does the word start with a digit? Most words do not: a char test spares them the digit regexes. */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Is the word all digits? */
function isDigits(w: string): boolean {
  return startsWithDigit(w) && DIGITS.test(w);
}

/** `re.exec(w)` for a pattern that starts with a digit. */
function execDigits(re: RegExp, w: string): RegExpExecArray | null {
  return startsWithDigit(w) ? re.exec(w) : null;
}
