import { join } from 'node:path';
import { z } from 'zod';
import { loadTsv, type LoadDataOptions } from '../lib/data-files.ts';
import { readWordList } from '../lib/word-list.ts';
import type { Problem } from '../errors.ts';

const AbbreviationSchema = z.object({
  abbr: z.string().regex(/\.$/, 'an abbreviation ends with a full stop'),
  kind: z.enum(['title', 'inner', 'final']),
});

/** How an abbreviation behaves at a possible sentence end (see data/lexicons/en/abbreviations.tsv). */
export type AbbreviationKind = z.infer<typeof AbbreviationSchema>['kind'];

/** English language data for segmentation, loaded once from `data/lexicons/en/`. */
export interface EnglishData {
  abbreviations: Map<string, AbbreviationKind>;
  sentenceOpeners: Set<string>;
  speechVerbs: Set<string>;
  problems: Problem[];
}

/**
 * Loads the English segmentation data from `<dataDir>/lexicons/en/`.
 *
 * @example
 * const en = loadEnglishData(DEFAULT_DATA_DIR);
 */
export function loadEnglishData(dataDir: string, options: LoadDataOptions = {}): EnglishData {
  const dir = join(dataDir, 'lexicons', 'en');
  const abbr = loadTsv(join(dir, 'abbreviations.tsv'), AbbreviationSchema, options);
  return {
    abbreviations: new Map(abbr.entries.map((e) => [e.abbr.toLowerCase(), e.kind])),
    sentenceOpeners: new Set(readWordList(join(dir, 'sentence-openers.txt'))),
    speechVerbs: new Set(readWordList(join(dir, 'speech-verbs.txt')).map((w) => w.toLowerCase())),
    problems: abbr.problems,
  };
}
