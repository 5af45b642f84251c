import type { DayNum } from './calendar.ts';
import type { DayInterval } from './holidays.ts';
import type { Tense } from './tense.ts';

/**
 * Picks among candidate occurrences of a date by tense: the latest that has started (past), the first
 * not yet over (future), else the nearest; on a tie the earlier one, as news mostly reports.
 *
 * @example
 * pickByTense([{ start: jan10of2021, end: jan10of2021 }, { start: jan10of2022, end: jan10of2022 }], dec31of2021, null); // the 2022 one
 */
export function pickByTense<T extends DayInterval>(candidates: T[], ref: DayNum, tense: Tense | null): T | null {
  const sorted = candidates.slice().sort((a, b) => a.start - b.start);
  if (tense === 'past') {
    const past = sorted.filter((c) => c.start <= ref);
    return past[past.length - 1] ?? sorted[0] ?? null;
  }
  if (tense === 'future') return sorted.find((c) => c.end >= ref) ?? sorted[sorted.length - 1] ?? null;
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const c of sorted) {
    const d = ref < c.start ? c.start - ref : ref > c.end ? ref - c.end : 0;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
