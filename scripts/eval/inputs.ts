/** What the evaluation scripts read from the shared folder: the seed article with its analyst reading, and the corpus. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, type Doc } from '../../src/doc/index.ts';
import { segment } from '../../src/nlp/segment.ts';
import { readText } from '../../src/ingest/index.ts';

// The seed's header may share its line with the first sentence: `date 2021-12-28 Talks between ...`.
const HEADER = /^\s*date (\d{4}-\d{2}-\d{2})[ \t]*\r?\n?\s*/;

/** `data/seed/gold.json`, as far as the evaluations read it. */
export interface SeedGold {
  file: string;
  article_date: string;
  [key: string]: unknown;
}

/**
 * Reads the seed gold and its article (both stories as one Doc dated by the header), segmented.
 * Prints a note and returns null when the shared folder has no seed.
 */
export function loadSeed<G extends SeedGold>(sharedDir: string): { gold: G; doc: Doc } | null {
  const seedDir = join(sharedDir, 'data', 'seed');
  const goldFile = join(seedDir, 'gold.json');
  if (!existsSync(goldFile)) {
    console.log(`seed: ${goldFile} not found, skipped`);
    return null;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as G;
  const raw = readFileSync(join(seedDir, gold.file), 'utf8');
  const header = HEADER.exec(raw);
  const doc = createDoc(header ? raw.slice(header[0].length) : raw, header?.[1] ?? gold.article_date);
  segment(doc);
  return { gold, doc };
}

/**
 * The Guardian sample as Docs (unsegmented), read with Dateline's own CSV reader, for the speed
 * figures. Prints a note and returns null when the shared folder does not have it.
 */
export function loadCorpusDocs(sharedDir: string): Doc[] | null {
  const file = join(sharedDir, 'data', 'corpus', 'guardian-sample.csv');
  if (!existsSync(file)) {
    console.log(`speed: ${file} not found, skipped`);
    return null;
  }
  return readText(readFileSync(file), file).articles.map((a) => createDoc(a.text, a.date));
}

/** Legacy and alternative country codes in the gold records, mapped to ours. */
export const LEGACY_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', VTN: 'VNM', ROM: 'ROU', ZAR: 'COD', UNK: 'KOS', XKX: 'KOS' };

/** PLOVER 0.5 type names in the dev gold, mapped to the 2023 names the coder uses. */
export const OLD_TYPES: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT', YIELD: 'CONCEDE' };

/** One side's actor in a dev record. */
export interface DevActor {
  actorText?: string;
  code?: string;
}

/** A record of `data/plover-gsr/dev.jsonl`, as the evaluation and the training read it. */
export interface DevRecord {
  id: string;
  date: string;
  text: string;
  event: string;
  source?: DevActor[] | DevActor | '';
  target?: DevActor[] | DevActor | '';
}

/** Every country code a gold side gives (first three letters, legacy codes mapped). */
export function goldCodes(x: DevRecord['source']): string[] {
  const list = Array.isArray(x) ? x : x && typeof x === 'object' ? [x] : [];
  return list.filter((a) => a.code).map((a) => {
    const c = a.code!.slice(0, 3).toUpperCase();
    return LEGACY_CODES[c] ?? c;
  });
}

/**
 * The records of `data/plover-gsr/dev.jsonl`, parsed. Prints a note and returns null when the shared
 * folder does not have them.
 */
export function loadDevRecords<R>(sharedDir: string): R[] | null {
  const file = join(sharedDir, 'data', 'plover-gsr', 'dev.jsonl');
  if (!existsSync(file)) {
    console.log(`dev: ${file} not found, skipped`);
    return null;
  }
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as R);
}
