/**
 * The validation report of a knowledge-base build: rows read, kept and dropped by reason, per
 * source, plus notes (repairs that kept a row). Printed at the end of `npm run kb:build`.
 */

/** Counts for one source. */
export interface SourceReport {
  source: string;
  read: number;
  kept: number;
  dropped: Map<string, number>;
  /** Repairs that kept the row, by kind ("vandalised label: enwiki title used"). */
  notes: Map<string, number>;
  /** A few examples per reason, to find the rows again. */
  examples: Map<string, string[]>;
}

export function newReport(source: string): SourceReport {
  return { source, read: 0, kept: 0, dropped: new Map(), notes: new Map(), examples: new Map() };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function example(r: SourceReport, reason: string, what: string): void {
  const list = r.examples.get(reason) ?? [];
  if (list.length < 3) list.push(what);
  r.examples.set(reason, list);
}

/** Counts a dropped row under `reason`, keeping up to three examples. */
export function drop(r: SourceReport, reason: string, what: string): void {
  bump(r.dropped, reason);
  example(r, reason, what);
}

/** Counts a repair of a kept row. */
export function note(r: SourceReport, kind: string, what: string): void {
  bump(r.notes, kind);
  example(r, kind, what);
}

/** The report as text, one source after another, reasons sorted by count. */
export function formatReport(reports: readonly SourceReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const dropped = [...r.dropped.values()].reduce((a, b) => a + b, 0);
    out.push(`${r.source}: read ${r.read}, kept ${r.kept}, dropped ${dropped}`);
    const lines = (m: Map<string, number>, label: string): void => {
      for (const [k, n] of [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
        out.push(`  ${label} ${String(n).padStart(6)}  ${k}${r.examples.get(k)?.length ? `  (e.g. ${r.examples.get(k)!.join('; ')})` : ''}`);
      }
    };
    lines(r.dropped, 'dropped');
    lines(r.notes, 'note   ');
  }
  return out.join('\n');
}
