/**
 * A phrase gazetteer: aliases compiled into a Map keyed by the match key of their first word, each
 * bucket sorted longest first, so finding every entry that starts at a word is one Map lookup and
 * tagging stays linear in the number of words.
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

function wordOk(word: Word, policy: CasePolicy, form: string): boolean {
  if (policy === 'any') return true;
  if (policy === 'cap') return word.cap;
  const plain = word.text.replace(/\./g, '');
  if (plain === form) return true;
  // An all-capitals alias (`NATO`, `US`) also matches an all-capitals word with dots (`U.S.`).
  return word.upper && form === form.toUpperCase();
}

// Shared empty result: most words start no alias, and allocating an array for each is measurable.
const NONE: readonly GazetteerMatch<never>[] = Object.freeze([]);

/** A gazetteer of values of type `T`. Build it once at start-up; `match` is read-only. */
export class Gazetteer<T> {
  private readonly buckets = new Map<string, GazetteerEntry<T>[]>();
  private sorted = true;
  size = 0;

  /** Adds an alias. Returns false for an alias with no words. */
  add(alias: string, value: T, priority = 0): boolean {
    const forms = aliasWords(alias);
    if (!forms.length) return false;
    const entry: GazetteerEntry<T> = {
      keys: forms.map(wordKey),
      cases: forms.map(casePolicy),
      forms: forms.map((f) => f.replace(/\./g, '')),
      alias,
      value,
      priority,
    };
    const first = entry.keys[0]!;
    const bucket = this.buckets.get(first);
    if (bucket) bucket.push(entry);
    else this.buckets.set(first, [entry]);
    this.sorted = false;
    this.size++;
    return true;
  }

  /** True when some alias starts with this match key. */
  starts(key: string): boolean {
    return this.buckets.has(key);
  }

  /** Sorts every bucket once, after the last `add`; `match` then never writes. */
  freeze(): this {
    if (!this.sorted) this.sort();
    return this;
  }

  private sort(): void {
    for (const bucket of this.buckets.values()) {
      bucket.sort((a, b) => b.keys.length - a.keys.length || b.priority - a.priority);
    }
    this.sorted = true;
  }

  /**
   * Every entry that matches at word `i` (within one sentence, no punctuation inside), longest
   * first, then by priority.
   */
  matchAll(words: readonly Word[], i: number): readonly GazetteerMatch<T>[] {
    if (!this.sorted) this.sort();
    const w = words[i];
    if (!w) return NONE;
    const bucket = this.buckets.get(w.key);
    if (!bucket) return NONE;
    const out: GazetteerMatch<T>[] = [];
    for (const e of bucket) {
      const n = e.keys.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let j = 0; j < n; j++) {
        const x = words[i + j]!;
        if ((j > 0 && (x.key !== e.keys[j] || x.sentence !== w.sentence)) || !wordOk(x, e.cases[j]!, e.forms[j]!)) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ entry: e, end: i + n });
    }
    return out;
  }

  /** The longest (then highest-priority) entry that matches at word `i`, or null. */
  match(words: readonly Word[], i: number): GazetteerMatch<T> | null {
    return this.matchAll(words, i)[0] ?? null;
  }
}
