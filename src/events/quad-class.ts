import type { PloverType } from '../doc/index.ts';

/** PLOVER's four quad categories (manual, "Summary of event categories"), as `quad_code` 1 to 4. */
export type QuadClass = 'verbal_cooperation' | 'material_cooperation' | 'verbal_conflict' | 'material_conflict';

/** The quad categories in `quad_code` order (index + 1 is the code). */
export const QUAD_CLASSES: readonly QuadClass[] = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];

/** Each PLOVER type's quad category, fixed by the codebook rather than a lexicon users edit. */
export const QUAD_CLASS: Readonly<Record<PloverType, QuadClass>> = {
  AGREE: 'verbal_cooperation',
  CONSULT: 'verbal_cooperation',
  SUPPORT: 'verbal_cooperation',
  CONCEDE: 'verbal_cooperation',
  COOPERATE: 'material_cooperation',
  AID: 'material_cooperation',
  RETREAT: 'material_cooperation',
  REQUEST: 'verbal_conflict',
  ACCUSE: 'verbal_conflict',
  REJECT: 'verbal_conflict',
  THREATEN: 'verbal_conflict',
  PROTEST: 'material_conflict',
  SANCTION: 'material_conflict',
  MOBILIZE: 'material_conflict',
  COERCE: 'material_conflict',
  ASSAULT: 'material_conflict',
};

/**
 * PLOVER's `quad_code` (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 * 4 material conflict), as POLECAT exports it.
 *
 * @example
 * quadCode('REQUEST'); // 3
 */
export function quadCode(type: PloverType): 1 | 2 | 3 | 4 {
  return (QUAD_CLASSES.indexOf(QUAD_CLASS[type]) + 1) as 1 | 2 | 3 | 4;
}

/**
 * A constant SQL `CASE` over a type column that yields the quad category, so aggregates group by
 * quad class inside SQLite. Built from {@link QUAD_CLASS} only; no value from a request enters it.
 *
 * @param column - The SQL expression holding the PLOVER type, e.g. `e.type`.
 * @example
 * db.prepare(`SELECT ${quadClassSql('e.type')} AS quad, count(*) FROM events e GROUP BY quad`);
 */
export function quadClassSql(column: string): string {
  const arms = Object.entries(QUAD_CLASS).map(([type, quad]) => `WHEN '${type}' THEN '${quad}'`);
  return `CASE ${column} ${arms.join(' ')} END`;
}
