/**
 * The event metric of issue 10 ("The metric"), and seed precision on what is shown by default
 * (DECISIONS §3). Pure functions over coded events, so the tests can check them on hand-made events.
 *
 * Per gold record:
 * - the primary event is the first coded event whose status is occurred or scheduled;
 * - type: the primary event's type is one the gold accepts;
 * - source (only over records with a gold source): the first coded event of the gold type, at any
 *   position and with any status, has a source that fits the gold; with no such event it is wrong;
 * - target likewise. A right actor on a wrong type scores nothing.
 */
import type { EventParticipant, EventSpan } from '../../src/doc/index.ts';

/** One gold record as the metric reads it: the types it accepts and how to judge a participant. */
export interface MetricGold {
  /** Accepted types (PLV's YIELD accepts CONCEDE or RETREAT); the first is the one counted as missed. */
  types: readonly string[];
  /** Null when the record has no gold source: the record does not count for source accuracy. */
  source: ((p: EventParticipant) => boolean) | null;
  target: ((p: EventParticipant) => boolean) | null;
}

/** The outcome for one record: null for a role the gold does not give. */
export interface MetricOutcome {
  primary: EventSpan | null;
  type: boolean;
  source: boolean | null;
  target: boolean | null;
}

const SHOWN_AS_PRIMARY = new Set(['occurred', 'scheduled']);

/** The first coded event whose status is occurred or scheduled, or null. */
export function primaryEvent(events: readonly EventSpan[]): EventSpan | null {
  return events.find((e) => SHOWN_AS_PRIMARY.has(e.status)) ?? null;
}

/**
 * Scores one record.
 *
 * @example
 * scoreRecord(codeEvents(doc, lexicon), { types: ['REQUEST'], source: (p) => p.actor.country === 'TUR', target: null });
 */
export function scoreRecord(events: readonly EventSpan[], gold: MetricGold): MetricOutcome {
  const primary = primaryEvent(events);
  const ofType = events.find((e) => gold.types.includes(e.event));
  const role = (judge: MetricGold['source'], pick: (e: EventSpan) => readonly EventParticipant[]): boolean | null => {
    if (!judge) return null;
    return !!ofType && pick(ofType).some(judge);
  };
  return {
    primary,
    type: !!primary && gold.types.includes(primary.event),
    source: role(gold.source, (e) => e.source),
    target: role(gold.target, (e) => e.target),
  };
}

/** Running totals of the metric over a set. */
export interface MetricTotals {
  items: number;
  type: number;
  source: number;
  withSource: number;
  target: number;
  withTarget: number;
}

export function emptyTotals(): MetricTotals {
  return { items: 0, type: 0, source: 0, withSource: 0, target: 0, withTarget: 0 };
}

export function addOutcome(totals: MetricTotals, o: MetricOutcome): void {
  totals.items++;
  if (o.type) totals.type++;
  if (o.source !== null) {
    totals.withSource++;
    if (o.source) totals.source++;
  }
  if (o.target !== null) {
    totals.withTarget++;
    if (o.target) totals.target++;
  }
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');

/** "type 0.811 (133/164), source 0.70 (…/…), target …" */
export function formatTotals(t: MetricTotals): string {
  return `type ${ratio(t.type, t.items)} (${t.type}/${t.items}), source ${ratio(t.source, t.withSource)} (${t.source}/${t.withSource}), target ${ratio(t.target, t.withTarget)} (${t.target}/${t.withTarget})`;
}

/** An analyst's event as seed precision reads it: type and the codes of its sides. */
export interface SeedGoldEvent {
  event: string;
  source: readonly string[];
  target: readonly string[];
}

/** Seed precision and recall: shown events judged right, gold events found. */
export interface SeedPrecision {
  shown: number;
  right: number;
  gold: number;
  found: number;
  /** Each shown event with the index of the gold event it was judged to be, or null (wrong). */
  judged: { event: EventSpan; gold: number | null; why: string }[];
}

/**
 * Judges the events shown by default against the analyst's reading. A shown event is right when a gold
 * event has its type, one of its sources' codes in the gold source and one of its targets' codes in the
 * gold target (a gold side left empty wants an empty side). A second event of the same sentence judged
 * to be the same gold event is a duplicate, so wrong: one happening in a clause is one event
 * (DECISIONS §7); the same happening reported again in another sentence is a mention of it, so right.
 * A gold event is found when some shown event is judged to be it.
 *
 * @example
 * seedPrecision(shown, gold.events, (p) => p.actor.org ?? p.actor.country);
 */
export function seedPrecision(shown: readonly EventSpan[], gold: readonly SeedGoldEvent[], code: (p: EventParticipant) => string | null): SeedPrecision {
  const side = (ps: readonly EventParticipant[], want: readonly string[]): boolean => (want.length ? ps.some((p) => want.includes(code(p) ?? '-')) : ps.length === 0);
  const usedIn = new Map<number, Set<number>>(); // gold index -> sentences already credited
  const judged: SeedPrecision['judged'] = [];
  const foundGold = new Set<number>();
  for (const e of shown) {
    const fits = gold.map((g, k) => ({ g, k })).filter(({ g }) => g.event === e.event && side(e.source, g.source) && side(e.target, g.target));
    const free = fits.find(({ k }) => !usedIn.get(k)?.has(e.sentence));
    if (!free) {
      judged.push({ event: e, gold: null, why: fits.length ? 'duplicate of an event already judged in this sentence' : 'no gold event with this type, source and target' });
      continue;
    }
    (usedIn.get(free.k) ?? usedIn.set(free.k, new Set()).get(free.k)!).add(e.sentence);
    foundGold.add(free.k);
    judged.push({ event: e, gold: free.k, why: 'right' });
  }
  return { shown: shown.length, right: judged.filter((j) => j.gold !== null).length, gold: gold.length, found: foundGold.size, judged };
}
