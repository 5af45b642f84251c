/**
 * One actor given outside the event filters (an actor page's code, a dyad's `a` and `b`, a quote's
 * `speaker`), read as the filters read theirs: a code in any case, a class code, an actor id or a
 * name, through {@link resolveActorRefs}, and refused in the filters' words (`E_USAGE_BAD_FILTER`)
 * under the option's own name.
 */
import type Database from 'better-sqlite3';
import { resolveActorRefs, type ActorMatch } from './actor-refs.ts';
import { ACTOR_REF_HELP, checkActorRefs, FilterValueError } from './filter-spec.ts';

/**
 * Resolves one actor reference given as `option`.
 *
 * @param db - The open connection.
 * @param option - The parameter it came from (`speaker`, `a`), named in the error.
 * @param ref - What the user wrote: `RUS`, `rus`, `Russia`, `IGO`, `person:sergey-lavrov`, `Sergey Lavrov`.
 * @returns Its matches, without repeats (several when stored actors share a name).
 * @throws FilterValueError (`E_USAGE_BAD_FILTER`, option `option`) for a blank, listed (`RUS,USA`) or
 *   unknown reference.
 * @example
 * resolveActorParam(db, 'speaker', 'russia'); // [{ column: 'code', value: 'RUS' }]
 */
export function resolveActorParam(db: Database.Database, option: string, ref: string): ActorMatch[] {
  try {
    const text = typeof ref === 'string' ? ref.trim() : String(ref);
    // The actor filter reads a comma as a list; here one actor is asked for.
    if (text.includes(',')) throw new FilterValueError({ filter: 'actor', value: text, reason: `expected one actor, not a list: ${ACTOR_REF_HELP}` }, option);
    const checked = checkActorRefs('actor', [text]);
    if (!checked.ok) throw new FilterValueError(checked.issue, option);
    const matches = resolveActorRefs(db, 'actor', checked.value)[0]!;
    return matches.filter((m, i) => matches.findIndex((o) => o.column === m.column && o.value === m.value) === i);
  } catch (error) {
    if (error instanceof FilterValueError && error.option !== option) throw new FilterValueError(error.issue, option, { cause: error });
    throw error;
  }
}

/**
 * A condition on an actor-id column that is true for the actors `matches` stand for: a code covers
 * every actor with it (RUS: Lavrov, Peskov, ...), a class code (IGO) every actor placed in it.
 *
 * @param column - The SQL column holding an actor id (`q.speaker_actor_id`); constant text.
 * @param prefix - Prefix of the bound parameters' names.
 * @param params - Where the values are bound.
 * @example
 * actorIdSql('q.speaker_actor_id', 'speaker', params, resolveActorParam(db, 'speaker', 'Russia'));
 */
export function actorIdSql(column: string, prefix: string, params: Record<string, string | number>, matches: readonly ActorMatch[]): string {
  const parts = matches.map((m, i) => {
    params[`${prefix}${i}`] = m.value;
    if (m.column === 'actor_id') return `${column} = @${prefix}${i}`;
    return `${column} IN (SELECT id FROM actors WHERE ${m.column === 'code' ? 'code' : 'country'} = @${prefix}${i})`;
  });
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}
