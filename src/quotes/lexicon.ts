import { join } from 'node:path';
import { z } from 'zod';
import { loadTsv, type LoadDataOptions } from '../lib/data-files.ts';
import type { Problem } from '../errors.ts';
import type { StatementKind } from '../doc/index.ts';

const word = z.string().min(1).regex(/^[a-z][a-z' -]*[a-z]$/, 'expected lower-case words separated by spaces');

const ReportingSchema = z.object({
  phrase: word,
  role: z.enum(['speech', 'source', 'light']),
});

const StatementCueSchema = z.object({
  word,
  kind: z.enum(['denial', 'concern', 'warning', 'claim']),
  pos: z.enum(['verb', 'noun', 'adj']),
  complement: z.enum(['bare', 'prep']).default('prep'),
});

/** A statement cue as loaded from `statement-cues.tsv`. */
export interface StatementCue {
  /** The cue's words (norms), e.g. `['rejected', 'claims']`. */
  words: string[];
  kind: StatementKind;
  pos: 'verb' | 'noun' | 'adj';
  /** `bare`: the complement may follow the cue directly; `prep`: it must start with that/of/about/... */
  complement: 'bare' | 'prep';
  /** `lexicon:quotes/<word>`. */
  id: string;
}

/** Word lists for the quote stage, loaded from `data/lexicons/quotes/`. */
export interface QuoteLexicon {
  /** Reporting verbs (`said`, `told`): every form, lower case. */
  speech: Set<string>;
  /** Multi-word source phrases (`according to`) split into norms; the speaker follows. */
  sources: string[][];
  /** Verbs that carry a statement noun (`expressed` concern, `issued` a warning). */
  light: Set<string>;
  /** Statement cues by the norm of their first word, longest phrase first. */
  cues: Map<string, StatementCue[]>;
  /** Bad entries that were skipped, each naming file, line and field. */
  problems: Problem[];
}

/** Options for {@link loadQuoteLexicon}. */
export interface LoadQuoteLexiconOptions {
  /** Throw on the first bad entry instead of skipping it. */
  strict?: boolean;
}

/**
 * Loads `lexicons/quotes/reporting.tsv` and `lexicons/quotes/statement-cues.tsv` from `dataDir`.
 * A bad row becomes a problem (file, line, field) and is skipped; with `strict` it throws.
 *
 * @throws DatelineError `E_DATA_PARSE` when a file cannot be read, `E_DATA_ENTRY` in strict mode.
 * @example
 * const lexicon = loadQuoteLexicon(DEFAULT_DATA_DIR, { strict: true });
 */
export function loadQuoteLexicon(dataDir: string, options: LoadQuoteLexiconOptions = {}): QuoteLexicon {
  const dir = join(dataDir, 'lexicons', 'quotes');
  const opts: LoadDataOptions = { strict: options.strict ?? false };
  const lexicon: QuoteLexicon = { speech: new Set(), sources: [], light: new Set(), cues: new Map(), problems: [] };
  const reporting = loadTsv(join(dir, 'reporting.tsv'), ReportingSchema, opts);
  lexicon.problems.push(...reporting.problems);
  for (const row of reporting.entries) {
    const words = row.phrase.split(/\s+/);
    if (row.role === 'source') lexicon.sources.push(words);
    else if (row.role === 'speech') lexicon.speech.add(row.phrase);
    else lexicon.light.add(row.phrase);
  }
  const cues = loadTsv(join(dir, 'statement-cues.tsv'), StatementCueSchema, opts);
  lexicon.problems.push(...cues.problems);
  for (const row of cues.entries) {
    const words = row.word.split(/\s+/);
    const cue: StatementCue = { words, kind: row.kind, pos: row.pos, complement: row.complement, id: `lexicon:quotes/${row.word.replace(/\s+/g, '-')}` };
    const list = lexicon.cues.get(words[0]!) ?? [];
    list.push(cue);
    list.sort((a, b) => b.words.length - a.words.length);
    lexicon.cues.set(words[0]!, list);
  }
  return lexicon;
}
