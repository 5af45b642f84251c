import type { Actor } from '../../doc/types.ts';

/**
 * The code an actor is filtered and grouped by in queries: its organisation for an IGO/NGO (`NATO`),
 * else its ISO alpha-3 country (`RUS`), else its actor id. Unlike `actorCode` (a display label, which
 * falls back to the name), it never collides two different unplaced actors. Migration 003 computes
 * the same value in SQL for rows stored before it.
 *
 * @param actor - The actor as coded in the event.
 * @returns The code.
 * @example
 * queryCode({ id: 'org:nato', name: 'NATO', country: 'IGO', org: 'NATO', sector: 'IGO', role: null }); // 'NATO'
 */
export function queryCode(actor: Pick<Actor, 'id' | 'country' | 'org'>): string {
  return (actor.country === 'IGO' || actor.country === 'NGO') && actor.org ? actor.org : actor.country ?? actor.id;
}
