import { z } from 'zod';
import { loadTsv, type LoadDataOptions } from '../lib/data-files.ts';
import { DatelineError, problem, type Problem } from '../errors.ts';
import type { PloverType } from '../doc/index.ts';
import { PLOVER_MODES } from './modes.ts';

/*
 * PLOVER scores ("intensity"): the conflict-cooperation score of an event's type and mode, from the
 * PLOVER manual's table, kept as data in `data/lexicons/events/intensity.tsv` (its header cites the
 * table). A mode the table does not score takes its type's score.
 */

const TYPES = Object.keys(PLOVER_MODES) as [PloverType, ...PloverType[]];

/** One row of `intensity.tsv`. */
export const IntensityRowSchema = z
  .object({
    type: z.enum(TYPES),
    mode: z.string().optional(),
    score: z.coerce.number().min(-10, 'a PLOVER score is at least -10').max(10, 'a PLOVER score is at most 10'),
    note: z.string().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.mode && !PLOVER_MODES[row.type].includes(row.mode)) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `mode ${row.mode} is not a codebook mode of ${row.type} (expected ${PLOVER_MODES[row.type].join(', ') || 'none'})` });
    }
  });

/** Scores by `TYPE` (the type's own) and `TYPE/mode`. */
export type IntensityTable = ReadonlyMap<string, number>;

/**
 * Reads and checks `intensity.tsv`: every row valid, no type/mode twice, and a score for each of the
 * 16 types (so every event gets one). Problems are returned (or, with `strict`, the first is thrown).
 *
 * @example
 * const { table } = loadIntensity('data/lexicons/events/intensity.tsv', { strict: true });
 */
export function loadIntensity(file: string, options: Pick<LoadDataOptions, 'strict'> = {}): { table: IntensityTable; problems: Problem[] } {
  const rows = loadTsv(file, IntensityRowSchema, options);
  const problems = [...rows.problems];
  const report = (p: Problem): void => {
    if (options.strict) throw new DatelineError(p.code, { detail: p.message }, p.location);
    problems.push(p);
  };
  const table = new Map<string, number>();
  const lineOf = new Map<string, number>();
  rows.entries.forEach((row, i) => {
    const key = row.mode ? `${row.type}/${row.mode}` : row.type;
    const line = rows.lines[i]!;
    const first = lineOf.get(key);
    if (first !== undefined) {
      report(problem('E_DATA_DUPLICATE', { id: key, line: first }, { file, line, field: 'mode' }));
      return;
    }
    lineOf.set(key, line);
    table.set(key, row.score);
  });
  const missing = TYPES.filter((t) => !table.has(t));
  if (missing.length) report(problem('E_DATA_ENTRY', { detail: `no score for type ${missing.join(', ')} (a row with an empty mode)` }, { file, field: 'type' }));
  return { table, problems };
}

/**
 * The PLOVER score of a type and mode: the mode's row, else the type's; null only when the table
 * (loaded leniently) lacks the type.
 *
 * @example
 * intensityOf(table, 'ASSAULT', 'aerial'); // -9.5
 */
export function intensityOf(table: IntensityTable, type: PloverType, mode: string | null): number | null {
  return (mode ? table.get(`${type}/${mode}`) : undefined) ?? table.get(type) ?? null;
}
