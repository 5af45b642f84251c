/** Scoring helpers the evaluation scripts share. */

/** `a` of `b` as a percentage with one decimal, or `n/a` when `b` is 0. */
export function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a';
}

/** True/false positives and false negatives of one event type. */
export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Counts one comparison of a gold type with the coded one (null when nothing was coded) into
 * per-type counts, and says whether it was right.
 *
 * @example
 * const perType = {}; tallyType(perType, 'REQUEST', first?.event ?? null);
 */
export function tallyType(perType: Record<string, TypeCounts>, gold: string, got: string | null): boolean {
  const bump = (t: string, k: keyof TypeCounts): void => {
    (perType[t] ??= { tp: 0, fp: 0, fn: 0 })[k] += 1;
  };
  if (got === gold) {
    bump(gold, 'tp');
    return true;
  }
  bump(gold, 'fn');
  if (got) bump(got, 'fp');
  return false;
}

/** Prints per-type precision and recall, one line a type. */
export function printPerType(perType: Record<string, TypeCounts>): void {
  for (const [type, c] of Object.entries(perType).sort()) {
    console.log(`  ${type.padEnd(10)} P ${pct(c.tp, c.tp + c.fp).padStart(6)}  R ${pct(c.tp, c.tp + c.fn).padStart(6)}  (gold ${c.tp + c.fn})`);
  }
}
