/**
 * The confidence model's examples: every event the coder gives on the sentences of
 * `data/training/plv-train.tsv` and `data/plover-gsr/dev.jsonl`, with its features and a label.
 *
 * An event is right (label 1) when its type is one the sentence's gold accepts (PLOVER 0.5 names mapped
 * to 2023; PLV's YIELD accepts CONCEDE or RETREAT; and our conventions, below). Roles are not part of the
 * label (`TRAIN_PARAMS.label`, 'type'): they are scored apart (`npm run eval`: the metric's source and
 * target, and `roleRight` here), so that a right event with a debatable actor is not hidden. Any
 * other event is wrong: each sentence has one gold event, so a second act coded there counts against
 * the coder.
 *
 * Our conventions differ from the gold's in two documented places (data/README.md, "Promises and
 * schedules"), and the label follows ours, so the model does not learn to hide what is scheduled next:
 * - an announced meeting or visit that the gold codes AGREE, we code CONSULT `scheduled`: a scheduled
 *   CONSULT is right where the gold says AGREE;
 * - a promise of material cooperation ("agreed to release", "will provide aid") is two events for us,
 *   the AGREE and the promised act `scheduled`: a scheduled RETREAT, AID, COOPERATE or CONCEDE is right
 *   where the gold says AGREE and the coder also coded that AGREE in the sentence.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildPipeline, createDoc, loadKnowledge, type Actor, type EventParticipant, type EventSpan } from '../../src/index.ts';
import { DEFAULT_DATA_DIR } from '../../src/lib/paths.ts';
import { codeEvents, loadEventLexicon } from '../../src/events/index.ts';
import { eventFeatures, type Features } from '../../src/events/confidence.ts';
import { TRAIN_PARAMS } from './cv.ts';
import { goldCodes, OLD_TYPES, type DevRecord } from '../eval/inputs.ts';
import { unmark } from '../eval/plv-train.ts';
import type { MetricGold } from '../eval/metric.ts';

/** PLOVER 0.5 names in the dev gold, mapped to 2023 ones. */

/** One gold sentence, coded without the confidence model. */
export interface Sentence {
  set: 'dev' | 'plv';
  id: string;
  gold: MetricGold;
  events: EventSpan[];
}

/** One coded event as the model sees it. */
export interface Example {
  /** Index of its sentence in {@link Dataset.sentences}: folds never split a sentence. */
  group: number;
  features: Features;
  label: 0 | 1;
  /** 1 when each role the gold gives has a fitting actor (whatever the type). */
  roles: 0 | 1;
}

/** An input file and its SHA-256, for the model's provenance. */
export interface InputFile {
  path: string;
  sha256: string;
}

export interface Dataset {
  sentences: Sentence[];
  examples: Example[];
  inputs: InputFile[];
}



/** The dev gold codes organisations as IGO (CAMEO era, NGOs included). */
function devCode(actor: Actor): string | null {
  return actor.country === 'NGO' ? 'IGO' : actor.country;
}

/** Material cooperation a promise splits off as a second, scheduled event (data/README.md). */
const PROMISED = new Set(['RETREAT', 'AID', 'COOPERATE', 'CONCEDE']);

/**
 * Does the event's type count as the gold's, under the gold's names and our conventions (see the
 * file's comment)? `inSentence` is every event coded in the sentence.
 *
 * @example
 * typeRight(e, ['AGREE'], events); // true for "will meet" coded CONSULT scheduled
 */
export function typeRight(e: EventSpan, types: readonly string[], inSentence: readonly EventSpan[]): boolean {
  if (types.includes(e.event)) return true;
  if (!types.includes('AGREE') || e.status !== 'scheduled') return false;
  if (e.event === 'CONSULT') return true;
  return PROMISED.has(e.event) && inSentence.some((x) => x.event === 'AGREE' && x.status !== 'scheduled');
}

/** Is each role the gold gives filled by a fitting actor (roles the gold leaves out are not judged)? */
export function roleRight(e: EventSpan, gold: MetricGold): boolean {
  if (gold.source && !e.source.some(gold.source)) return false;
  if (gold.target && !e.target.some(gold.target)) return false;
  return true;
}

/** How an example is labelled: the type alone (the model's label), or the type and every gold role. */
export type Label = 'type' | 'type+roles';

/**
 * Is this event right against its sentence's gold (see the file's comment)?
 *
 * @example
 * isRight(e, { types: ['REQUEST'], source: (p) => p.actor.country === 'TUR', target: null }, [e], 'type+roles');
 */
export function isRight(e: EventSpan, gold: MetricGold, inSentence: readonly EventSpan[], label: Label): boolean {
  if (!typeRight(e, gold.types, inSentence)) return false;
  return label === 'type' || roleRight(e, gold);
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Codes every gold sentence of the shared folder (without the confidence model) and turns each event
 * into an example. Null when a file is missing.
 *
 * @example
 * const data = buildDataset('../shared');
 */
export function buildDataset(sharedDir: string, label: Label = TRAIN_PARAMS.label): Dataset | null {
  const plvFile = join(sharedDir, 'data', 'training', 'plv-train.tsv');
  const devFile = join(sharedDir, 'data', 'plover-gsr', 'dev.jsonl');
  if (!existsSync(plvFile) || !existsSync(devFile)) return null;
  const plvText = readFileSync(plvFile, 'utf8');
  const devText = readFileSync(devFile, 'utf8');
  const pipeline = buildPipeline(loadKnowledge(), { components: ['segmenter', 'actors', 'timex'] });
  // Coded without the model: its features must not depend on an earlier model.
  const lexicon = { ...loadEventLexicon(DEFAULT_DATA_DIR).lexicon, confidence: null };
  const sentences: Sentence[] = [];
  const examples: Example[] = [];
  const add = (set: Sentence['set'], id: string, text: string, date: string, gold: MetricGold): void => {
    const doc = pipeline.run(createDoc(text, date));
    const events = codeEvents(doc, lexicon);
    const group = sentences.length;
    sentences.push({ set, id, gold, events });
    for (const e of events) {
      examples.push({ group, features: eventFeatures(e, doc, events.filter((x) => x.sentence === e.sentence)), label: isRight(e, gold, events, label) ? 1 : 0, roles: roleRight(e, gold) ? 1 : 0 });
    }
  };
  for (const line of devText.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as DevRecord;
    const side = (codes: string[]) => (codes.length ? (p: EventParticipant) => codes.includes(devCode(p.actor) ?? '-') : null);
    add('dev', r.id, r.text, r.date, { types: [OLD_TYPES[r.event] ?? r.event], source: side(goldCodes(r.source)), target: side(goldCodes(r.target)) });
  }
  const rows = parse(plvText, { columns: true, delimiter: '\t', relax_quotes: true, quote: false }) as { sentence_id: string; marked_sentence: string; gold_root: string }[];
  for (const row of rows) {
    const { text, source, target } = unmark(row.marked_sentence);
    const side = (r: [number, number] | null) => (r ? (p: EventParticipant) => p.start < r[1] && p.end > r[0] : null);
    add('plv', `plv-${row.sentence_id}`, text, '2020-01-01', { types: row.gold_root === 'YIELD' ? ['CONCEDE', 'RETREAT'] : [row.gold_root], source: side(source), target: side(target) });
  }
  return {
    sentences,
    examples,
    inputs: [
      { path: 'data/training/plv-train.tsv', sha256: hash(plvText) },
      { path: 'data/plover-gsr/dev.jsonl', sha256: hash(devText) },
    ],
  };
}
