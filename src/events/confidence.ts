import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Doc, EventSpan } from '../doc/index.ts';
import { DatelineError } from '../errors.ts';

/*
 * Confidence: the probability that a coded event is right, from a small logistic-regression model over
 * features of the rule decision (which trigger, how the type was chosen, status, roles, reported
 * speech, sentence length, events in the sentence). "Right" means (data/README.md, Confidence): the
 * type is one the gold accepts under our conventions; the roles are scored apart.
 *
 * The model is data: `data/models/confidence.json`, written by `npm run train` (scripts/train.ts),
 * with its provenance (inputs and hashes, hyper-parameters, cross-validated scores). It is read once
 * with the event lexicon; scoring is a dot product and a Platt sigmoid.
 */

declare module '../doc/types.ts' {
  interface EventSpan {
    /**
     * The probability, 0 to 1, that the event is right (its type, under our conventions; roles are
     * scored apart), from the calibrated model `data/models/confidence.json`. Absent or null for
     * an event coded without the model or stored before it was scored.
     */
    confidence?: number | null;
  }
}

/** The model file's path under a data directory. */
export const CONFIDENCE_MODEL_FILE = 'models/confidence.json';

/**
 * The default threshold (DECISIONS §3): `dateline code`, `events`, `export`, the API and the UI hide
 * events below it unless asked (`--all`, `--min-confidence`). Chosen by `npm run train` from the
 * cross-validated figures (the highest threshold on a 0.05 grid that keeps at least 0.90 of the right
 * events the rules code) and written to the model file as `threshold`; a test keeps the two equal.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.25;

const ModelSchema = z.object({
  format: z.literal('dateline-confidence/1'),
  provenance: z.record(z.string(), z.unknown()),
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
  platt: z.object({ a: z.number(), b: z.number() }),
});

/** A loaded confidence model: weights by feature name and the Platt calibration of their sum. */
export type ConfidenceModel = z.infer<typeof ModelSchema> & { file: string };

/** Feature values by name; absent features are 0. */
export type Features = Record<string, number>;

/**
 * Reads and checks `data/models/confidence.json`; null when the file is absent (events then carry
 * no confidence, and nothing is hidden).
 *
 * @throws DatelineError `E_DATA_PARSE` or `E_DATA_ENTRY` naming the file when it is there but malformed.
 * @example
 * loadConfidenceModel('data')?.threshold; // 0.25
 */
export function loadConfidenceModel(dataDir: string): ConfidenceModel | null {
  const file = join(dataDir, CONFIDENCE_MODEL_FILE);
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new DatelineError('E_DATA_PARSE', { detail: (cause as Error).message }, { file }, { cause });
  }
  const checked = ModelSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new DatelineError('E_DATA_ENTRY', { detail: `${issue.path.join('.') || '(top)'}: ${issue.message}` }, { file });
  }
  return { ...checked.data, file: CONFIDENCE_MODEL_FILE };
}

const ruleName = (rule: string): string => rule.replace(/^(rule|cue|lexicon):events\//, '');

/**
 * The features of one coded event, read from its decisions (`explain`), its roles and its sentence.
 * Every feature is 0/1 except the scaled counts `words` and `events`.
 *
 * @param e - The event.
 * @param doc - Its document (for the sentence's tokens).
 * @param inSentence - The events of its sentence, in order (it among them).
 * @example
 * eventFeatures(e, doc, doc.spans.events!.filter((x) => x.sentence === e.sentence));
 */
export function eventFeatures(e: EventSpan, doc: Doc, inSentence: readonly EventSpan[]): Features {
  const f: Features = { bias: 1 };
  const on = (name: string): void => {
    f[name] = 1;
  };
  on(`type=${e.event}`);
  on(`status=${e.status}`);
  if (e.mode) on('mode');
  if (e.negated) on('negated');
  if (e.reportedBy) on('reported');
  if (e.context.length) on('context');
  const typeRules = e.explain.filter((x) => x.decides === 'type').map((x) => x.rule);
  const entry = typeRules.find((r) => r.startsWith('lexicon:'));
  if (entry) {
    on(`trigger=${ruleName(entry)}`);
    // The coder writes the entry as `"<phrase>" (<pos>, triggers.tsv:<line>): ...`.
    const written = /^"([^"]*)" \((\w+),/.exec(e.explain.find((x) => x.rule === entry)?.reason ?? '');
    if (written?.[1]?.includes(' ')) on('phrase');
    if (written?.[2]) on(`entry=${written[2]}`);
  }
  for (const r of typeRules) if (!r.startsWith('lexicon:')) on(`type-rule=${ruleName(r)}`);
  const statusRule = e.explain.find((x) => x.decides === 'status')?.rule ?? '';
  on(statusRule.startsWith('cue:') ? 'status-rule=cue' : `status-rule=${ruleName(statusRule)}`);
  for (const role of ['source', 'target'] as const) {
    const ps = e[role];
    const rule = [...e.explain].reverse().find((x) => x.decides === role)?.rule ?? '';
    on(`${role}-rule=${ruleName(rule)}`);
    if (!ps.length) on(`${role}=none`);
    else if (ps.some((p) => p.actor.country || p.actor.org)) on(`${role}=coded`);
    else on(`${role}=uncoded`);
    if (ps.length > 1) on(`${role}=several`);
  }
  const sentence = doc.sentences[e.sentence];
  const head = triggerHead(doc, e.start, sentence?.firstToken ?? 0);
  if (head) on(head.pos === 'VERB' || head.pos === 'AUX' ? 'head=verb' : head.pos === 'NOUN' || head.pos === 'PROPN' ? 'head=noun' : 'head=other');
  const words = sentence ? sentence.endToken - sentence.firstToken : 0;
  f.words = Math.min(words, 80) / 40;
  f.events = Math.min(inSentence.length, 6) / 3;
  if (inSentence[0] === e) on('first-in-sentence');
  return f;
}

// The first token at or after the trigger's start, searched from its sentence's first token (a scan
// from the document's start made scoring quadratic in the article's length).
function triggerHead(doc: Doc, start: number, from: number): Doc['tokens'][number] | undefined {
  for (let i = from; i < doc.tokens.length; i++) if (doc.tokens[i]!.start >= start) return doc.tokens[i];
  return undefined;
}

/** The model's raw score (log-odds before calibration) of some features. */
export function rawScore(weights: Readonly<Record<string, number>>, f: Features): number {
  let z = 0;
  for (const [name, value] of Object.entries(f)) z += (weights[name] ?? 0) * value;
  return z;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * The calibrated probability that an event with these features is right, rounded to 3 decimals.
 *
 * @example
 * confidenceOf(model, eventFeatures(e, doc, same)); // 0.742
 */
export function confidenceOf(model: Pick<ConfidenceModel, 'weights' | 'platt'>, f: Features): number {
  const p = sigmoid(model.platt.a * rawScore(model.weights, f) + model.platt.b);
  return Math.round(p * 1000) / 1000;
}

/**
 * The features that moved the score most, for `explain`: `type=ASSAULT +0.81, source=none -0.64`.
 *
 * @example
 * topContributions(model, features, 3);
 */
export function topContributions(model: Pick<ConfidenceModel, 'weights'>, f: Features, n = 4): string {
  return Object.entries(f)
    .filter(([name]) => name !== 'bias' && model.weights[name] !== undefined)
    .map(([name, value]) => [name, (model.weights[name] ?? 0) * value] as const)
    .filter(([, c]) => Math.abs(c) >= 0.005)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([name, c]) => `${name} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`)
    .join(', ');
}

/**
 * Scores every event of `events` (all of one document) in place: `confidence` and an `explain` line
 * naming the model and the features that weighed most.
 *
 * @example
 * scoreEvents(doc, doc.spans.events!, model);
 */
export function scoreEvents(doc: Doc, events: EventSpan[], model: ConfidenceModel): void {
  const bySentence = new Map<number, EventSpan[]>();
  for (const e of events) (bySentence.get(e.sentence) ?? bySentence.set(e.sentence, []).get(e.sentence)!).push(e);
  for (const e of events) {
    const f = eventFeatures(e, doc, bySentence.get(e.sentence)!);
    e.confidence = confidenceOf(model, f);
    e.explain.push({ decides: 'confidence', rule: `model:${model.file}`, reason: `confidence ${e.confidence.toFixed(2)} from model ${model.file}: features ${topContributions(model, f)}` });
  }
}
