/**
 * Cross-validation of the confidence model: folds by sentence from a fixed seed, Platt calibration
 * fitted inside each training part (on its own inner folds), the reliability table, the expected
 * calibration error, and the threshold choice. Every probability it reports comes from a model that
 * did not see the example.
 */
import { rawScore, sigmoid, type Features } from '../../src/events/confidence.ts';
import { fitLogistic, fitPlatt, type FitOptions } from './logistic.ts';
import { seeded } from '../lib/seeded.ts';

export { seeded };

/** The hyper-parameters, written to the model's provenance. */
export interface TrainParams extends Required<Pick<FitOptions, 'l2' | 'minCount'>> {
  folds: number;
  seed: number;
  /** What makes an example right (scripts/train/dataset.ts): its type, or its type and every gold role. */
  label: 'type' | 'type+roles';
  /** The share of the right events the rules code that the default threshold must keep. */
  minRecall: number;
}

export const TRAIN_PARAMS: TrainParams = { l2: 1, minCount: 3, folds: 5, seed: 10, label: 'type', minRecall: 0.9 };

interface Labelled {
  group: number;
  features: Features;
  label: 0 | 1;
}


/**
 * The fold (0 to k-1) of each group, groups shuffled by the seed and dealt in turn.
 *
 * @example
 * foldOf([0, 0, 1, 2], 2, 10); // e.g. [1, 1, 0, 1]
 */
export function foldOf(groups: readonly number[], k: number, seed: number): number[] {
  const distinct = [...new Set(groups)].sort((a, b) => a - b);
  const random = seeded(seed);
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [distinct[i], distinct[j]] = [distinct[j]!, distinct[i]!];
  }
  const fold = new Map(distinct.map((g, i) => [g, i % k]));
  return groups.map((g) => fold.get(g)!);
}

/** A fitted, calibrated model. */
export interface Fitted {
  weights: Record<string, number>;
  platt: { a: number; b: number };
}

/**
 * Fits the weights on all of `data`, and Platt's calibration on the scores of `k`-fold models over it
 * (each example scored by a model that did not see it).
 */
export function fitCalibrated(data: readonly Labelled[], params: TrainParams, seed: number): Fitted {
  const folds = foldOf(data.map((x) => x.group), params.folds, seed);
  const scores = new Array<number>(data.length).fill(0);
  for (let f = 0; f < params.folds; f++) {
    const train = data.filter((_, i) => folds[i] !== f);
    const w = fitLogistic(train.map((x) => x.features), train.map((x) => x.label), params);
    data.forEach((x, i) => {
      if (folds[i] === f) scores[i] = rawScore(w, x.features);
    });
  }
  return { weights: fitLogistic(data.map((x) => x.features), data.map((x) => x.label), params), platt: fitPlatt(scores, data.map((x) => x.label)) };
}

/**
 * Cross-validated confidences: for each outer fold, a calibrated model fitted on the other folds
 * (calibration on their own inner folds) scores the fold. Returns one probability per example.
 *
 * @example
 * const p = crossValidate(dataset.examples, TRAIN_PARAMS);
 */
export function crossValidate(data: readonly Labelled[], params: TrainParams = TRAIN_PARAMS): number[] {
  const folds = foldOf(data.map((x) => x.group), params.folds, params.seed);
  const out = new Array<number>(data.length).fill(0);
  for (let f = 0; f < params.folds; f++) {
    const model = fitCalibrated(data.filter((_, i) => folds[i] !== f), params, params.seed + 1 + f);
    data.forEach((x, i) => {
      if (folds[i] === f) out[i] = sigmoid(model.platt.a * rawScore(model.weights, x.features) + model.platt.b);
    });
  }
  return out;
}

/** One row of the reliability table. */
export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  observed: number;
}

/**
 * Ten equal-width bins of confidence: how many events, their mean confidence, the share right; and the
 * expected calibration error, the bins' |mean confidence - share right| weighted by their size.
 */
export function reliability(p: readonly number[], y: readonly number[], bins = 10): { table: ReliabilityBin[]; ece: number } {
  const table: ReliabilityBin[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const idx = p.map((v, i) => i).filter((i) => p[i]! >= from && (p[i]! < to || (b === bins - 1 && p[i]! <= to)));
    const n = idx.length;
    const meanConfidence = n ? idx.reduce((s, i) => s + p[i]!, 0) / n : 0;
    const observed = n ? idx.reduce((s, i) => s + y[i]!, 0) / n : 0;
    if (n) ece += (n / p.length) * Math.abs(meanConfidence - observed);
    table.push({ from, to, n, meanConfidence, observed });
  }
  return { table, ece };
}

/** Precision and recall of the events at or above a threshold (recall over all right events coded). */
export function atThreshold(p: readonly number[], y: readonly number[], t: number): { shown: number; right: number; precision: number; recall: number } {
  let shown = 0;
  let right = 0;
  const total = y.reduce((s, v) => s + v, 0);
  p.forEach((v, i) => {
    if (v >= t) {
      shown++;
      right += y[i]!;
    }
  });
  return { shown, right, precision: shown ? right / shown : 0, recall: total ? right / total : 0 };
}

/**
 * The default threshold: the highest on a 0.05 grid (up to 0.95) that keeps at least `minRecall` of the
 * right events the rules code, so precision rises as far as it can without losing more than that share
 * of what the rules find; 0 when even 0.05 loses more.
 *
 * @example
 * chooseThreshold(p, y, 0.9); // 0.25
 */
export function chooseThreshold(p: readonly number[], y: readonly number[], minRecall: number): number {
  let best = 0;
  for (let k = 1; k <= 19; k++) {
    const t = Math.round(k * 5) / 100;
    if (atThreshold(p, y, t).recall >= minRecall) best = t;
  }
  return best;
}

/** The reliability table as printed lines. */
export function formatReliability(r: { table: ReliabilityBin[]; ece: number }): string[] {
  const lines = ['  confidence   events  mean conf  share right'];
  for (const b of r.table) lines.push(`  ${b.from.toFixed(1)}-${b.to.toFixed(1)}   ${String(b.n).padStart(8)}  ${b.n ? b.meanConfidence.toFixed(3) : '  -  '}      ${b.n ? b.observed.toFixed(3) : '  -'}`);
  lines.push(`  expected calibration error (10 bins): ${r.ece.toFixed(3)}`);
  return lines;
}
