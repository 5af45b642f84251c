import { join } from 'node:path';
import { z } from 'zod';
import { loadTsv, type LoadDataOptions } from '../lib/data-files.ts';
import { DatelineError, problem, type Problem } from '../errors.ts';
import type { PloverType } from '../doc/index.ts';
import { createLemmatizer, type Lemmatizer } from './lemma.ts';
import { PLOVER_MODES } from './modes.ts';
import { loadIntensity, type IntensityTable } from './intensity.ts';
import { loadConfidenceModel, type ConfidenceModel } from './confidence.ts';

export { PLOVER_MODES } from './modes.ts';

const TYPES = Object.keys(PLOVER_MODES) as [PloverType, ...PloverType[]];
const PHRASE = z.string().regex(/^[a-z0-9'*-]+( [a-z0-9'*-]+)*$/, 'expected lower-case words separated by single spaces');
const CONTEXT = z.string().regex(/^[a-z_]+(,[a-z_]+)*$/, 'expected comma-separated lower-case contexts');

/** One row of `triggers.tsv`. */
export const TriggerRowSchema = z
  .object({
    phrase: PHRASE,
    type: z.enum(TYPES),
    mode: z.string().optional(),
    context: CONTEXT.optional(),
    pos: z.enum(['verb', 'noun', 'phrase', 'modal']),
    note: z.string().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.mode && !PLOVER_MODES[row.type].includes(row.mode)) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `mode ${row.mode} is not a codebook mode of ${row.type} (expected ${PLOVER_MODES[row.type].join(', ') || 'none'})` });
    }
  });

const CueRowSchema = z.object({
  phrase: PHRASE,
  cue: z.enum(['hypothetical', 'scheduled', 'negation', 'denial', 'speech']),
  where: z.enum(['before', 'after', 'any']),
  note: z.string().optional(),
});
const NonTriggerRowSchema = z.object({ phrase: PHRASE, note: z.string().optional() });
const LemmaRowSchema = z.object({ form: z.string().min(1), lemma: z.string().min(1) });
const ContextRowSchema = z.object({ word: z.string().min(1), context: z.string().regex(/^[a-z_]+$/, 'expected a lower-case context') });

/** A trigger: a lemma sequence (`*` = a gap of up to 3 words) that codes one type and mode. */
export interface Trigger {
  /** Rule id for explanations: `lexicon:events/<phrase>`. */
  id: string;
  phrase: string;
  words: string[];
  type: PloverType;
  mode: string | null;
  context: string[];
  pos: 'verb' | 'noun' | 'phrase' | 'modal';
  note: string;
  line: number;
}

/** A status or role cue. */
export interface Cue {
  phrase: string;
  words: string[];
  cue: 'hypothetical' | 'scheduled' | 'negation' | 'denial' | 'speech';
  where: 'before' | 'after' | 'any';
}

/** Everything the event coder reads from `data/lexicons/events/`. */
export interface EventLexicon {
  /** Triggers by their first lemma. */
  triggers: Map<string, Trigger[]>;
  /** Cues by their first lemma. */
  cues: Map<string, Cue[]>;
  /** Compounds that contain a trigger word but report no event, as lemma sequences by their first lemma. */
  nonTriggers: Map<string, string[][]>;
  /** Context cue words: lemma -> context. */
  contexts: Map<string, string>;
  /** PLOVER scores by `TYPE` and `TYPE/mode` (`intensity.tsv`). */
  intensity: IntensityTable;
  /** The confidence model (`data/models/confidence.json`), or null when the data has none. */
  confidence?: ConfidenceModel | null;
  lemma: Lemmatizer;
  size: number;
}

/** Options for {@link loadEventLexicon}. */
export type LoadEventLexiconOptions = Pick<LoadDataOptions, 'strict'>;

/** The data files the event lexicon is read from, relative to the data dir. */
export const EVENT_DATA_FILES = ['lexicons/events/triggers.tsv', 'lexicons/events/non-triggers.tsv', 'lexicons/events/cues.tsv', 'lexicons/events/lemmas.tsv', 'lexicons/events/contexts.tsv', 'lexicons/events/intensity.tsv'] as const;

function pushInto<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Loads and validates the event lexicon from `dataDir`. A bad row is a problem naming file, line and
 * field (`triggers.tsv:12 mode: mode x is not a codebook mode of ASSAULT`) and is skipped; with
 * `strict` the first one throws a DatelineError. A phrase listed twice for the same pos is a problem.
 *
 * @example
 * const { lexicon, problems } = loadEventLexicon('data');
 */
export function loadEventLexicon(dataDir: string, options: LoadEventLexiconOptions = {}): { lexicon: EventLexicon; problems: Problem[] } {
  const dir = join(dataDir, 'lexicons', 'events');
  const file = (name: string) => join(dir, name);
  const triggerRows = loadTsv(file('triggers.tsv'), TriggerRowSchema, options);
  const cueRows = loadTsv(file('cues.tsv'), CueRowSchema, options);
  const lemmaRows = loadTsv(file('lemmas.tsv'), LemmaRowSchema, options);
  const contextRows = loadTsv(file('contexts.tsv'), ContextRowSchema, options);
  const nonTriggerRows = loadTsv(file('non-triggers.tsv'), NonTriggerRowSchema, options);
  const intensity = loadIntensity(file('intensity.tsv'), options);
  const problems = [...triggerRows.problems, ...cueRows.problems, ...lemmaRows.problems, ...contextRows.problems, ...nonTriggerRows.problems, ...intensity.problems];

  const triggers = new Map<string, Trigger[]>();
  const seen = new Map<string, number>();
  const known = new Set<string>();
  triggerRows.entries.forEach((row, i) => {
    const line = triggerRows.lines[i]!;
    const key = `${row.phrase}\t${row.pos}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const location = { file: file('triggers.tsv'), line, field: 'phrase' };
      if (options.strict) throw new DatelineError('E_DATA_DUPLICATE', { id: row.phrase, line: first }, location);
      problems.push(problem('E_DATA_DUPLICATE', { id: row.phrase, line: first }, location));
      return;
    }
    seen.set(key, line);
    const words = row.phrase.split(' ');
    for (const w of words) known.add(w);
    pushInto(triggers, words[0]!, {
      id: `lexicon:events/${row.phrase.replace(/ /g, '-')}`,
      phrase: row.phrase,
      words,
      type: row.type,
      mode: row.mode ?? null,
      context: row.context ? row.context.split(',') : [],
      pos: row.pos,
      note: row.note ?? '',
      line,
    });
  });
  const cues = new Map<string, Cue[]>();
  for (const row of cueRows.entries) {
    const words = row.phrase.split(' ');
    for (const w of words) known.add(w);
    pushInto(cues, words[0]!, { phrase: row.phrase, words, cue: row.cue, where: row.where });
  }
  const nonTriggers = new Map<string, string[][]>();
  for (const row of nonTriggerRows.entries) {
    const words = row.phrase.split(' ');
    for (const w of words) known.add(w);
    pushInto(nonTriggers, words[0]!, words);
  }
  const contexts = new Map<string, string>();
  for (const row of contextRows.entries) {
    contexts.set(row.word, row.context);
    known.add(row.word);
  }
  const irregular = new Map<string, string>();
  for (const row of lemmaRows.entries) irregular.set(row.form, row.lemma);
  // Longest phrases first, so the first match at a position is the longest.
  for (const list of triggers.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { lexicon: { triggers, cues, nonTriggers, contexts, intensity: intensity.table, confidence: loadConfidenceModel(dataDir), lemma: createLemmatizer(irregular, known), size: triggerRows.entries.length }, problems };
}
