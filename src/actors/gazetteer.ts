/**
 * A phrase gazetteer: aliases compiled into a Map keyed by the match key of their first word (and,
 * for longer aliases, of their second word), each bucket sorted longest first, so finding every
 * entry that starts at a word is one or two Map lookups and tagging stays linear in the number of
 * words.
 *
 * Case is part of an alias: a lower-case alias word matches any case, a capitalised one
 * (`Turkey`) needs a capitalised word, and one with capitals beyond the first letter (`US`,
 * `LeT`) needs exactly those capitals, so `us` never matches `US` and `turkey` never matches
 * `Turkey`.
 */
import { wordKey, type Word } from './words.ts';

/** How a word of an alias constrains the case of the text. */
export type CasePolicy = 'any' | 'cap' | 'exact';

/** One compiled alias. */
export interface GazetteerEntry<T> {
  keys: string[];
  cases: CasePolicy[];
  /** The alias words as written, for `exact` words. */
  forms: string[];
  /** The alias as written in the data, for provenance. */
  alias: string;
  value: T;
  /** Breaks ties between entries of the same length: higher wins. */
  priority: number;
}

/** A match: the entry and the index one past its last word. */
export interface GazetteerMatch<T> {
  entry: GazetteerEntry<T>;
  end: number;
}

function casePolicy(word: string): CasePolicy {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters || letters === letters.toLowerCase()) return 'any';
  if (letters.slice(1) === letters.slice(1).toLowerCase()) return 'cap';
  return 'exact';
}

/** Splits an alias the way {@link wordsOf} splits text: spaces, hyphens, slashes, possessive `'s`. */
export function aliasWords(alias: string): string[] {
  return alias
    .replace(/(\S)['\u2019]s\b/g, "$1 's")
    .split(/[\s\-/]+/)
    .map((w) => w.replace(/^["(]+|[")]+$/g, '').replace(/(\p{L})['\u2019]$/u, '$1'))
    .filter((w) => w !== '' && w !== "'");
}

const DOTS = /\./g;

function wordOk(word: Word, policy: CasePolicy, form: string): boolean {
  if (policy === 'any') return true;
  if (policy === 'cap') return word.cap;
  const plain = word.text.replace(DOTS, '');
  if (plain === form) return true;
  // An all-capitals alias (`NATO`, `US`) also matches an all-capitals word with dots (`U.S.`).
  return word.upper && form === form.toUpperCase();
}

// Shared empty result: most words start no alias, and allocating an array for each is measurable.
const NONE: readonly GazetteerMatch<never>[] = Object.freeze([]);

/**
 * The entries that start with one key. Some first words start dozens of aliases ("the ..." ~40),
 * so entries of two or more words are indexed again by their second word: a word then tries only
 * the aliases that can continue with the word after it. Each list keeps the bucket order (longest
 * first, then priority, then insertion), and every multi-word entry sorts before every one-word
 * entry, so `longer` then `single` lists the matches in bucket order.
 */
interface Bucket<T> {
  /** Entries of two or more words, by the key of their second word. */
  longer: Map<string, GazetteerEntry<T>[]> | null;
  /** One-word entries. */
  single: GazetteerEntry<T>[];
}

/**
 * Names looked up outside the compiled buckets (the imported people, ~100k names): asked at each
 * word for the longest entry starting there, or null. It keeps its own index, built when first
 * asked, so loading never pays for it.
 */
export interface GazetteerFallback<T> {
  at(words: readonly Word[], i: number): GazetteerEntry<T> | null;
}

/** True when `a` sorts before `b` in bucket order: longer first, then higher priority. */
function before<T>(a: GazetteerEntry<T>, b: GazetteerEntry<T>): boolean {
  return a.keys.length > b.keys.length || (a.keys.length === b.keys.length && a.priority > b.priority);
}

/** A gazetteer of values of type `T`. Build it once at start-up; `match` is read-only. */
export class Gazetteer<T> {
  private readonly entries = new Map<string, GazetteerEntry<T>[]>();
  private fallback: GazetteerFallback<T> | null = null;
  /** Built from `entries` on the first match after an `add`. */
  private buckets: Map<string, Bucket<T>> | null = new Map();
  size = 0;

  /** Adds an alias. Returns false for an alias with no words. */
  add(alias: string, value: T, priority = 0): boolean {
    const forms = aliasWords(alias);
    if (!forms.length) return false;
    const entry: GazetteerEntry<T> = {
      keys: forms.map(wordKey),
      cases: forms.map(casePolicy),
      forms: forms.map((f) => f.replace(DOTS, '')),
      alias,
      value,
      priority,
    };
    const first = entry.keys[0]!;
    const list = this.entries.get(first);
    if (list) list.push(entry);
    else this.entries.set(first, [entry]);
    this.buckets = null;
    this.size++;
    return true;
  }

  /** Sets the look-up asked after the compiled entries at each word (one at most). */
  setFallback(fallback: GazetteerFallback<T> | null): this {
    this.fallback = fallback;
    return this;
  }

  /** True when some alias starts with this match key. */
  starts(key: string): boolean {
    return this.entries.has(key);
  }

  /** Sorts and indexes every bucket once, after the last `add`; `match` then never writes. */
  freeze(): this {
    this.index();
    return this;
  }

  private index(): Map<string, Bucket<T>> {
    if (this.buckets) return this.buckets;
    const buckets = new Map<string, Bucket<T>>();
    for (const [first, list] of this.entries) {
      list.sort((a, b) => b.keys.length - a.keys.length || b.priority - a.priority);
      const bucket: Bucket<T> = { longer: null, single: [] };
      for (const e of list) {
        if (e.keys.length === 1) {
          bucket.single.push(e);
          continue;
        }
        bucket.longer ??= new Map();
        const second = e.keys[1]!;
        const sub = bucket.longer.get(second);
        if (sub) sub.push(e);
        else bucket.longer.set(second, [e]);
      }
      buckets.set(first, bucket);
    }
    this.buckets = buckets;
    return buckets;
  }

  /**
   * Every entry that matches at word `i` (within one sentence, no punctuation inside), longest
   * first, then by priority.
   */
  matchAll(words: readonly Word[], i: number): readonly GazetteerMatch<T>[] {
    const found = this.matchCompiled(words, i);
    const extra = this.fallback?.at(words, i);
    if (!extra) return found;
    const m = { entry: extra, end: i + extra.keys.length };
    const at = found.findIndex((x) => before(extra, x.entry));
    return at < 0 ? [...found, m] : [...found.slice(0, at), m, ...found.slice(at)];
  }

  private matchCompiled(words: readonly Word[], i: number): readonly GazetteerMatch<T>[] {
    const w = words[i];
    if (!w) return NONE;
    const bucket = this.index().get(w.key);
    if (!bucket) return NONE;
    let out: GazetteerMatch<T>[] | null = null;
    const longer = this.longer(bucket, words, i);
    if (longer) {
      for (const e of longer) {
        if (!entryMatches(e, words, i)) continue;
        const m = { entry: e, end: i + e.keys.length };
        if (out) out.push(m);
        else out = [m];
      }
    }
    for (const e of bucket.single) {
      if (!wordOk(w, e.cases[0]!, e.forms[0]!)) continue;
      const m = { entry: e, end: i + 1 };
      if (out) out.push(m);
      else out = [m];
    }
    return out ?? NONE;
  }

  /** The longest (then highest-priority) entry that matches at word `i`, or null. */
  match(words: readonly Word[], i: number): GazetteerMatch<T> | null {
    const found = this.matchFirst(words, i);
    if (!this.fallback) return found;
    const extra = this.fallback.at(words, i);
    if (!extra || (found && !before(extra, found.entry))) return found;
    return { entry: extra, end: i + extra.keys.length };
  }

  private matchFirst(words: readonly Word[], i: number): GazetteerMatch<T> | null {
    // The first entry of `matchAll`, without collecting the others.
    const w = words[i];
    if (!w) return null;
    const bucket = this.index().get(w.key);
    if (!bucket) return null;
    const longer = this.longer(bucket, words, i);
    if (longer) {
      for (const e of longer) if (entryMatches(e, words, i)) return { entry: e, end: i + e.keys.length };
    }
    for (const e of bucket.single) if (wordOk(w, e.cases[0]!, e.forms[0]!)) return { entry: e, end: i + 1 };
    return null;
  }

  /** The multi-word entries of `bucket` whose second word is the word after `i`, if any. */
  private longer(bucket: Bucket<T>, words: readonly Word[], i: number): GazetteerEntry<T>[] | undefined {
    const next = words[i + 1];
    if (!bucket.longer || !next || next.sentence !== words[i]!.sentence) return undefined;
    return bucket.longer.get(next.key);
  }
}

/** Whether entry `e` matches the words from `i`: same keys within one sentence, case policies met. */
function entryMatches<T>(e: GazetteerEntry<T>, words: readonly Word[], i: number): boolean {
  const n = e.keys.length;
  if (i + n > words.length) return false;
  const sentence = words[i]!.sentence;
  for (let j = 0; j < n; j++) {
    const x = words[i + j]!;
    if ((j > 0 && (x.key !== e.keys[j] || x.sentence !== sentence)) || !wordOk(x, e.cases[j]!, e.forms[j]!)) return false;
  }
  return true;
}
