/**
 * The confidence model, measured where it was not trained (DECISIONS §3, issue 10): 5-fold
 * cross-validation over the gold sentences of dev and PLV (scripts/train/), so every event's
 * confidence comes from a model that did not see its sentence. Printed per set, rules alone (every
 * event) beside the default output (events at or above DEFAULT_MIN_CONFIDENCE):
 * - event precision and recall (an event is right as the training label defines it, its type under
 *   our conventions; recall over the right events the rules code), and precision when every gold role
 *   must fit too;
 * - issue 10's metric on the events each output keeps;
 * - the reliability table and expected calibration error.
 */
import type { EventSpan } from '../../src/doc/index.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/events/confidence.ts';
import { buildDataset, type Sentence } from '../train/dataset.ts';
import { atThreshold, crossValidate, formatReliability, reliability, TRAIN_PARAMS } from '../train/cv.ts';
import { addOutcome, emptyTotals, formatTotals, scoreRecord, type MetricTotals } from './metric.ts';

/** One set's figures. */
export interface ConfidenceSetReport {
  events: number;
  rules: { precision: number; recall: number; shown: number; withRoles: number; metric: MetricTotals };
  shown: { precision: number; recall: number; shown: number; withRoles: number; metric: MetricTotals };
  ece: number;
}

export interface ConfidenceReport {
  threshold: number;
  ece: number;
  sets: Record<'dev' | 'plv', ConfidenceSetReport>;
}

const f3 = (v: number) => v.toFixed(3);

function metricOf(sentences: readonly Sentence[], keep: (e: EventSpan) => boolean): MetricTotals {
  const t = emptyTotals();
  for (const s of sentences) addOutcome(t, scoreRecord(s.events.filter(keep), s.gold));
  return t;
}

/**
 * Runs the cross-validation and prints its figures; null when the shared folder lacks the gold.
 *
 * @example
 * evalConfidence('../shared');
 */
export function evalConfidence(sharedDir: string): ConfidenceReport | null {
  const data = buildDataset(sharedDir);
  if (!data) {
    console.log('confidence: dev.jsonl or plv-train.tsv not found, skipped');
    return null;
  }
  const p = crossValidate(data.examples, TRAIN_PARAMS);
  const y = data.examples.map((x) => x.label);
  // Examples follow the sentences' events in order: give each event its cross-validated confidence.
  const cv = new Map<EventSpan, number>();
  let k = 0;
  for (const s of data.sentences) for (const e of s.events) cv.set(e, p[k++]!);
  const t = DEFAULT_MIN_CONFIDENCE;
  const rel = reliability(p, y);
  console.log(`confidence (5-fold cross-validated over dev + PLV, ${data.examples.length} events, folds by sentence; default threshold ${t}):`);
  for (const line of formatReliability(rel)) console.log(line);
  const sets = {} as ConfidenceReport['sets'];
  for (const set of ['dev', 'plv'] as const) {
    const idx = data.examples.map((_, i) => i).filter((i) => data.sentences[data.examples[i]!.group]!.set === set);
    const ps = idx.map((i) => p[i]!);
    const ys = idx.map((i) => y[i]!);
    const sentences = data.sentences.filter((s) => s.set === set);
    const yr = idx.map((i) => (y[i]! && data.examples[i]!.roles ? 1 : 0));
    const all = atThreshold(ps, ys, 0);
    const at = atThreshold(ps, ys, t);
    const allRoles = atThreshold(ps, yr, 0);
    const atRoles = atThreshold(ps, yr, t);
    const report: ConfidenceSetReport = {
      events: idx.length,
      rules: { precision: all.precision, recall: all.recall, shown: all.shown, withRoles: allRoles.precision, metric: metricOf(sentences, () => true) },
      shown: { precision: at.precision, recall: at.recall, shown: at.shown, withRoles: atRoles.precision, metric: metricOf(sentences, (e) => cv.get(e)! >= t) },
      ece: reliability(ps, ys).ece,
    };
    sets[set] = report;
    console.log(`${set} (CV): rules alone   event precision ${f3(all.precision)} recall ${f3(all.recall)} (${all.right}/${all.shown} right), with every gold role ${f3(allRoles.precision)}; metric ${formatTotals(report.rules.metric)}`);
    console.log(`${set} (CV): default >= ${t} event precision ${f3(at.precision)} recall ${f3(at.recall)} (${at.right}/${at.shown} right), with every gold role ${f3(atRoles.precision)}; metric ${formatTotals(report.shown.metric)}; ECE ${f3(report.ece)}`);
  }
  return { threshold: t, ece: rel.ece, sets };
}
