/**
 * PLOVER's types and quad classes as the UI shows them: labels, order and colours.
 */
import { QUAD_CLASS, QUAD_CLASSES } from '../../src/events/quad-class.ts';
import type { Quad } from './types.ts';

/** The quad classes in PLOVER's quad_code order; charts stack them bottom to top in this order. */
export const QUADS: readonly Quad[] = QUAD_CLASSES;

/** Human labels for the quad classes. */
export const QUAD_LABEL: Readonly<Record<Quad, string>> = {
  verbal_cooperation: 'Verbal cooperation',
  material_cooperation: 'Material cooperation',
  verbal_conflict: 'Verbal conflict',
  material_conflict: 'Material conflict',
};

/**
 * Okabe-Ito colours: cooperation in blues, conflict in orange and vermillion, so the two sides stay
 * apart for the common forms of colour blindness and light/dark tells verbal from material.
 */
export const QUAD_COLOR: Readonly<Record<Quad, string>> = {
  verbal_cooperation: '#56B4E9',
  material_cooperation: '#0072B2',
  verbal_conflict: '#E69F00',
  material_conflict: '#D55E00',
};

/** The 16 PLOVER 2023 event types with their quad class, in codebook order (the server's table). */
export const PLOVER_TYPES: readonly { type: string; quad: Quad }[] = Object.entries(QUAD_CLASS).map(([type, quad]) => ({ type, quad }));

/**
 * The quad class of a PLOVER type, or null for an unknown one.
 *
 * @example
 * quadOf('THREATEN'); // 'verbal_conflict'
 */
export function quadOf(type: string): Quad | null {
  return PLOVER_TYPES.find((t) => t.type === type)?.quad ?? null;
}

/** The edge colour for a pair whose events are tied between cooperation and conflict. */
export const TIED_COLOR = '#8a8f98';

/**
 * The colour of a network edge by the majority of its events: cooperation blue, conflict
 * vermillion, grey when tied. A majority reads at a glance where a blend of the two turns muddy.
 *
 * @example
 * majorityColor(4, 1); // "#0072B2"
 * majorityColor(2, 2); // "#8a8f98"
 */
export function majorityColor(cooperation: number, conflict: number): string {
  if (cooperation > conflict) return QUAD_COLOR.material_cooperation;
  if (conflict > cooperation) return QUAD_COLOR.material_conflict;
  return TIED_COLOR;
}
