import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonl, loadTsv, type LoadDataOptions } from '../lib/data-files.ts';
import type { Problem } from '../errors.ts';

/** Calendar units an expression can count in. */
export type Unit = 'day' | 'week' | 'fortnight' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'hour' | 'minute';
/** TIMEX3 season codes. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** Parts of a period: `early 2022`, `mid-January`, `late last year`, `earlier this month`, `the end of the year`. */
export type Part = 'early' | 'mid' | 'late' | 'earlier' | 'later' | 'start' | 'end';
/** What a preposition does to the date after it (see data/lexicons/time/relative-words.tsv). */
export type PrepRole = 'at' | 'from' | 'until' | 'by' | 'after' | 'before' | 'between' | 'for' | 'within';

const MMDD = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD');

const PeriodRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), start: MMDD, end: MMDD.optional() }),
  z.object({ kind: z.literal('easter'), church: z.enum(['western', 'orthodox']), offset: z.number().int(), days: z.number().int().positive().optional() }),
  z.object({
    kind: z.literal('nth-weekday'),
    month: z.number().int().min(1).max(12),
    weekday: z.number().int().min(1).max(7),
    n: z.number().int().min(-1).max(5).refine((n) => n !== 0, 'n is 1-5, or -1 for the last'),
    offset: z.number().int().optional(),
  }),
  z.object({
    kind: z.literal('calendar'),
    calendar: z.enum(['islamic-umalqura', 'hebrew', 'persian', 'chinese']),
    month: z.string().min(1),
    day: z.number().int().min(1).max(30).optional(),
    days: z.number().int().positive().optional(),
  }),
  z.object({ kind: z.literal('linked') }),
]);

/** How the dates of a named period are computed in a given year. */
export type PeriodRule = z.infer<typeof PeriodRuleSchema>;

const NamedPeriodSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
  names: z.array(z.string().min(1)).min(1),
  head: z.string().optional(),
  rule: PeriodRuleSchema,
  countries: z.record(z.string().regex(/^[A-Z]{3}$/, 'ISO-3166 alpha-3'), PeriodRuleSchema).optional(),
});

/** A named day or period: Christmas, Ramadan, the New Year holidays. */
export type NamedPeriod = z.infer<typeof NamedPeriodSchema>;

const CalendarWordSchema = z.object({
  word: z.string().regex(/^[a-z]+$/, 'lower case, no full stop'),
  kind: z.enum(['month', 'weekday', 'season', 'daypart']),
  value: z.string().min(1),
  flag: z.literal('ambiguous').optional(),
}).superRefine((row, ctx) => {
  const n = Number(row.value);
  const ok = row.kind === 'month' ? n >= 1 && n <= 12
    : row.kind === 'weekday' ? n >= 1 && n <= 7
      : row.kind === 'season' ? ['SP', 'SU', 'FA', 'WI'].includes(row.value)
        : ['MO', 'AF', 'EV', 'NI'].includes(row.value);
  if (!ok) ctx.addIssue({ code: 'custom', path: ['value'], message: `bad value for a ${row.kind}` });
});

const NumberWordSchema = z.object({
  word: z.string().min(1),
  kind: z.enum(['cardinal', 'ordinal', 'vague']),
  value: z.coerce.number().int().optional(),
});

const UnitSchema = z.object({
  word: z.string().min(1),
  unit: z.enum(['day', 'week', 'fortnight', 'weekend', 'month', 'quarter', 'year', 'decade', 'century', 'hour', 'minute']),
});

const RelativeWordSchema = z.discriminatedUnion('kind', [
  z.object({ word: z.string().min(1), kind: z.literal('relday'), value: z.coerce.number().int() }),
  z.object({ word: z.string().min(1), kind: z.literal('rel'), value: z.enum(['-1', '0', '1']).transform(Number) }),
  z.object({ word: z.string().min(1), kind: z.literal('part'), value: z.enum(['early', 'mid', 'late', 'earlier', 'later', 'start', 'end']) }),
  z.object({ word: z.string().min(1), kind: z.literal('prep'), value: z.enum(['at', 'from', 'until', 'by', 'after', 'before', 'between', 'for', 'within']) }),
  z.object({ word: z.string().min(1), kind: z.literal('post'), value: z.enum(['-1', '1']).transform(Number) }),
  z.object({ word: z.string().min(1), kind: z.enum(['adv', 'ago', 'every']), value: z.string().optional() }),
]);

const TenseCueSchema = z.object({
  word: z.string().min(1),
  tense: z.enum(['past', 'future']),
  role: z.enum(['aux', 'intent', 'cue']),
});

const FormSchema = z.object({ form: z.string().regex(/^[a-z]+$/, 'lower-case letters') });
const CountryCueSchema = z.object({ word: z.string().min(1), country: z.string().regex(/^[A-Z]{3}$/, 'ISO-3166 alpha-3') });
const PhraseSchema = z.object({ phrase: z.string().min(1) });
const SpanCueSchema = z.object({ word: z.string().regex(/^[a-z']+$/, "lower-case letters and '"), kind: z.enum(['rank', 'negation']) });
const PeriodVerbSchema = z.object({ word: z.string().regex(/^[a-z]+$/, 'lower-case letters'), edge: z.enum(['start', 'end']) });

/** Everything one word can mean to the matcher; a word may carry several senses (`last`, `following`). */
export interface Sense {
  month?: number;
  weekday?: number;
  /** Month or weekday name that is also an ordinary word (`May`, `march`, `Sat`). */
  ambiguous?: boolean;
  season?: Season;
  daypart?: string;
  cardinal?: number;
  ordinal?: number;
  vague?: boolean;
  unit?: Unit;
  relday?: number;
  rel?: -1 | 0 | 1;
  part?: Part;
  prep?: PrepRole;
  /** Second prep sense for words that are both (`following`, `after` is also `post`). */
  post?: -1 | 1;
  adv?: boolean;
  ago?: boolean;
  every?: boolean;
  named?: NamedPeriod;
  /** A phrase that is not temporal (`Sunday Times`): the matcher skips it. */
  block?: boolean;
}

/** A trie node over word norms: multi-word entries (`as of`, `new year holidays`) walk it. */
export interface TrieNode {
  sense?: Sense;
  /** The word can be the head of an expression (a month, a unit, a digit, the first word of a named period). */
  head?: boolean;
  next?: Map<string, TrieNode>;
}

/** A tense cue word (see data/lexicons/time/tense-cues.tsv). */
export interface TenseCue {
  tense: 'past' | 'future';
  role: 'aux' | 'intent' | 'cue';
}

/** The time lexicon: loaded and validated once, then shared by every run of the tagger. */
export interface TimeLexicon {
  /** Phrase trie keyed by the first word's norm. */
  trie: Map<string, TrieNode>;
  /** Named periods by id. */
  periods: Map<string, NamedPeriod>;
  /** For a generic head word (`holidays`), the ids of the periods it can stand for. */
  heads: Map<string, string[]>;
  tenseCues: Map<string, TenseCue>;
  irregularPast: Set<string>;
  countryCues: Map<string, string>;
  /** Verbs that state a period's start or end (`last`, `ends`, `begins`), for linking. */
  periodVerbs: Map<string, 'start' | 'end'>;
  /** Words that make `in N years` a stretch up to the article date (`the first summit in 20 years`); see span-cues.tsv. */
  spanCues: Map<string, 'rank' | 'negation'>;
  /** Bad entries that were skipped (empty with `strict`, which throws instead). */
  problems: Problem[];
}

/** Options for {@link loadTimeLexicon}. */
export interface LoadTimeLexiconOptions {
  /** Throw on the first bad entry instead of skipping it. */
  strict?: boolean;
}

/**
 * Splits a lexicon phrase into the word norms the matcher sees: lower case, `'s` apart, hyphens and
 * spaces alike (`"New Year's Eve"` -> `['new', 'year', "'s", 'eve']`).
 *
 * @example
 * phraseKey('eid al-fitr'); // ['eid', 'al', 'fitr']
 */
export function phraseKey(phrase: string): string[] {
  return phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/'s\b/g, " 's").split(/[\s\-\u2013]+/).filter(Boolean);
}

function addPhrase(trie: Map<string, TrieNode>, phrase: string, sense: Sense): void {
  const key = phraseKey(phrase);
  let map = trie;
  let node: TrieNode | undefined;
  for (const word of key) {
    node = map.get(word);
    if (!node) {
      node = {};
      map.set(word, node);
    }
    map = node.next ??= new Map();
  }
  if (!node) return;
  node.sense = { ...node.sense, ...sense };
  const first = trie.get(key[0]!)!;
  if (sense.month || sense.weekday || sense.season || sense.daypart || sense.unit || sense.relday !== undefined || sense.named || sense.ago) first.head = true;
}

/**
 * Loads the time lexicon from `<dataDir>/lexicons/time/`: calendar words, number words, units, relative
 * words, tense cues, irregular past forms, named periods, period verbs, country cues, span cues and
 * non-temporal phrases. Each
 * file is validated with zod; a bad entry is reported with file, line and field and skipped, or thrown
 * with `strict`. Call once and pass the result to `createTimexTagger`.
 *
 * @example
 * const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });
 */
export function loadTimeLexicon(dataDir: string, options: LoadTimeLexiconOptions = {}): TimeLexicon {
  const dir = join(dataDir, 'lexicons', 'time');
  const opts: LoadDataOptions = { strict: options.strict ?? false };
  const problems: Problem[] = [];
  const trie = new Map<string, TrieNode>();
  const take = <T>(loaded: { entries: T[]; problems: Problem[] }): T[] => {
    problems.push(...loaded.problems);
    return loaded.entries;
  };

  for (const row of take(loadTsv(join(dir, 'calendar-words.tsv'), CalendarWordSchema, opts))) {
    const ambiguous = row.flag === 'ambiguous' ? { ambiguous: true } : {};
    if (row.kind === 'month') addPhrase(trie, row.word, { month: Number(row.value), ...ambiguous });
    else if (row.kind === 'weekday') addPhrase(trie, row.word, { weekday: Number(row.value), ...ambiguous });
    else if (row.kind === 'season') addPhrase(trie, row.word, { season: row.value as Season, ...ambiguous });
    else addPhrase(trie, row.word, { daypart: row.value });
  }
  for (const row of take(loadTsv(join(dir, 'numbers.tsv'), NumberWordSchema, opts))) {
    if (row.kind === 'vague') addPhrase(trie, row.word, { vague: true });
    else if (row.value !== undefined) addPhrase(trie, row.word, row.kind === 'cardinal' ? { cardinal: row.value } : { ordinal: row.value });
  }
  for (const row of take(loadTsv(join(dir, 'units.tsv'), UnitSchema, opts))) addPhrase(trie, row.word, { unit: row.unit });
  for (const row of take(loadTsv(join(dir, 'relative-words.tsv'), RelativeWordSchema, opts))) {
    switch (row.kind) {
      case 'relday': addPhrase(trie, row.word, { relday: row.value }); break;
      case 'rel': addPhrase(trie, row.word, { rel: row.value as -1 | 0 | 1 }); break;
      case 'part': addPhrase(trie, row.word, { part: row.value }); break;
      case 'prep': addPhrase(trie, row.word, { prep: row.value }); break;
      case 'post': addPhrase(trie, row.word, { post: row.value as -1 | 1 }); break;
      case 'adv': addPhrase(trie, row.word, { adv: true }); break;
      case 'ago': addPhrase(trie, row.word, { ago: true }); break;
      case 'every': addPhrase(trie, row.word, { every: true }); break;
    }
  }
  const periods = new Map<string, NamedPeriod>();
  const heads = new Map<string, string[]>();
  for (const period of take(loadJsonl(join(dir, 'named-periods.jsonl'), NamedPeriodSchema, { ...opts, uniqueBy: 'id' }))) {
    periods.set(period.id, period);
    for (const name of period.names) addPhrase(trie, name, { named: period });
    if (period.head) heads.set(period.head, [...(heads.get(period.head) ?? []), period.id]);
  }
  for (const row of take(loadTsv(join(dir, 'non-temporal.tsv'), PhraseSchema, opts))) addPhrase(trie, row.phrase, { block: true });

  const tenseCues = new Map<string, TenseCue>();
  for (const row of take(loadTsv(join(dir, 'tense-cues.tsv'), TenseCueSchema, opts))) tenseCues.set(row.word, { tense: row.tense, role: row.role });
  const irregularPast = new Set(take(loadTsv(join(dir, 'irregular-past.tsv'), FormSchema, opts)).map((r) => r.form));
  const countryCues = new Map<string, string>();
  for (const row of take(loadTsv(join(dir, 'country-cues.tsv'), CountryCueSchema, opts))) countryCues.set(row.word, row.country);

  const periodVerbs = new Map<string, 'start' | 'end'>();
  for (const row of take(loadTsv(join(dir, 'period-verbs.tsv'), PeriodVerbSchema, opts))) periodVerbs.set(row.word, row.edge);

  const spanCues = new Map<string, 'rank' | 'negation'>();
  for (const row of take(loadTsv(join(dir, 'span-cues.tsv'), SpanCueSchema, opts))) spanCues.set(row.word, row.kind);

  return { trie, periods, heads, tenseCues, irregularPast, countryCues, periodVerbs, spanCues, problems };
}
