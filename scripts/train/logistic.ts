/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted
 * least squares) over sparse named features: a standard method small enough to test and read, so
 * no package is added (docs/quality.md, Confidence). Deterministic: no random start, no sampling.
 */
import { sigmoid, type Features } from '../../src/events/confidence.ts';

/** Options of {@link fitLogistic}. */
export interface FitOptions {
  /** L2 penalty on every weight but `bias` (default 1). */
  l2?: number;
  /** A feature seen in fewer examples gets no weight (default 1). */
  minCount?: number;
  /** Newton steps at most (default 25); stops earlier when the largest step is below 1e-7. */
  iterations?: number;
}

/**
 * Fits weights by feature name; `bias`, when present in the examples, is left unpenalised.
 *
 * @param xs - Feature values per example.
 * @param ys - 1 (right) or 0 (wrong) per example.
 * @example
 * fitLogistic([{ bias: 1, a: 1 }, { bias: 1 }], [1, 0]).a > 0; // true
 */
export function fitLogistic(xs: readonly Features[], ys: readonly number[], options: FitOptions = {}): Record<string, number> {
  const l2 = options.l2 ?? 1;
  const minCount = options.minCount ?? 1;
  const counts = new Map<string, number>();
  for (const x of xs) for (const [k, v] of Object.entries(x)) if (v !== 0) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts].filter(([k, n]) => n >= minCount || k === 'bias').map(([k]) => k).sort();
  const index = new Map(names.map((k, i) => [k, i]));
  const d = names.length;
  const rows = xs.map((x) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of Object.entries(x)) {
      const i = index.get(k);
      if (i !== undefined && v !== 0) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val };
  });
  const penalty = names.map((k) => (k === 'bias' ? 1e-8 : l2));
  const w = new Float64Array(d);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    rows.forEach(({ idx, val }, r) => {
      let z = 0;
      for (let a = 0; a < idx.length; a++) z += w[idx[a]!]! * val[a]!;
      const p = sigmoid(z);
      const g = p - ys[r]!;
      const h = Math.max(p * (1 - p), 1e-10);
      for (let a = 0; a < idx.length; a++) {
        grad[idx[a]!]! += g * val[a]!;
        for (let b = 0; b < idx.length; b++) hess[idx[a]! * d + idx[b]!]! += h * val[a]! * val[b]!;
      }
    });
    for (let i = 0; i < d; i++) {
      grad[i]! += penalty[i]! * w[i]!;
      hess[i * d + i]! += penalty[i]!;
    }
    const step = solveSpd(hess, grad, d);
    let largest = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-7) break;
  }
  const out: Record<string, number> = {};
  names.forEach((k, i) => {
    out[k] = Math.round(w[i]! * 1e6) / 1e6;
  });
  return out;
}

/** Solves `A x = b` for a symmetric positive-definite `A` (row-major, n x n) by Cholesky. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

/**
 * Platt scaling: `a` and `b` such that sigmoid(a * score + b) matches the labels, fitted on scores the
 * model gave examples it was not trained on.
 *
 * @example
 * fitPlatt([-2, 2, 1, -1], [0, 1, 1, 0]).a > 0; // true
 */
export function fitPlatt(scores: readonly number[], ys: readonly number[]): { a: number; b: number } {
  const w = fitLogistic(scores.map((s) => ({ bias: 1, score: s })), ys, { l2: 1e-3 });
  return { a: w.score ?? 1, b: w.bias ?? 0 };
}
