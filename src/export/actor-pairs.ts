import type { ParticipantJson } from '../events/json.ts';
import type { EventRow } from '../store/query/types.ts';
import type { RowActors } from './columns.ts';

/**
 * The rows one event gives in a CSV export, as POLECAT and GDELT give them: one per source-target
 * pair, sources in order, each with every target in order. An event without sources (or targets)
 * pairs its targets (sources) with nobody, so every event gives at least one row.
 *
 * @param row - The event.
 * @returns One `{source: [s], target: [t]}` per pair (an empty side as `[]`).
 * @example
 * actorPairs(row).length; // 2 for sources [RUS, BLR] and target [UKR]
 */
export function actorPairs(row: Pick<EventRow, 'source' | 'target'>): RowActors[] {
  const sides = (ps: readonly ParticipantJson[]): ParticipantJson[][] => (ps.length ? ps.map((p) => [p]) : [[]]);
  return sides(row.source).flatMap((source) => sides(row.target).map((target) => ({ source, target })));
}
