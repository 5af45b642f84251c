import type Database from 'better-sqlite3';
import type { PloverType } from '../../doc/types.ts';
import { statement } from '../statements.ts';
import { actorColumn, badValue, checkLimit, eventFilterSql, periodSql } from './filter-sql.ts';
import { resolveActorParam } from './actor-param.ts';
import type { ActorMatch } from './actor-refs.ts';
import { FilterValueError } from './filter-spec.ts';
import { codeInfo } from './names.ts';
import { listQuotes } from './quotes.ts';
import type { ActorDetail, ActorSummary, EventFilter, Interval, Partner } from './types.ts';

/** Most rows an actor listing, partner list or network returns. */
export const MAX_ACTORS = 1000;
// Partners and quotes shown on an actor page.
const PARTNERS = 50;
const QUOTES = 20;
// What an actor page for a class code (ACTOR_CLASS_CODES) is called.
const CLASS_NAMES: Readonly<Record<string, string>> = {
  IGO: 'International organisations', NGO: 'Non-governmental organisations', IMG: 'Transnational armed groups',
};

/**
 * Actor codes (`RUS`, `NATO`) that take part in events matching a filter, most events first, with
 * how often each is a source and a target. An event counts once per code however many of its
 * actors share it.
 *
 * @param db - The open connection.
 * @param filter - The event filter; its `q` here searches actors (a code prefix or a name
 *   substring of any actor with the code, case-insensitive), not article text.
 * @param limit - 1 to 1000.
 * @returns The actors with their counts.
 * @throws DatelineError for a bad filter value or limit.
 * @example
 * listActors(store.db, { q: 'rus', since: '2022-01-01' }, 20); // [{ code: 'RUS', name: 'Russia', events: 120, ... }]
 */
export function listActors(db: Database.Database, filter: EventFilter & { q?: string }, limit: number): ActorSummary[] {
  checkLimit(limit, 'limit', MAX_ACTORS);
  const { q, ...eventFilter } = filter;
  const { where, params } = eventFilterSql(db, eventFilter);
  let actorWhere = '';
  const bound: Record<string, string | number> = { ...params, limit };
  if (q !== undefined) {
    if (typeof q !== 'string' || q.trim() === '') badValue('q', q, 'some letters of an actor name or code');
    // LIKE patterns escape their own wildcards: a user's `%` or `_` is a letter to match.
    const like = q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    actorWhere = `AND (e.code LIKE @a_prefix ESCAPE '\\' OR e.code IN (SELECT code FROM actors WHERE name LIKE @a_infix ESCAPE '\\'))`;
    Object.assign(bound, { a_prefix: `${like}%`, a_infix: `%${like}%` });
  }
  // event_codes (migration 004) has one row per (code, event) with the event's filter columns, so the
  // filter applies to it as `e` and a plain count per code is the distinct event count.
  const rows = statement(db, `SELECT e.code AS code, count(*) AS events, sum(e.source) AS asSource, sum(e.target) AS asTarget
    FROM event_codes e
    WHERE ${where} ${actorWhere}
    GROUP BY e.code ORDER BY events DESC, code LIMIT @limit`).all(bound) as { code: string; events: number; asSource: number; asTarget: number }[];
  const info = codeInfo(db, rows.map((r) => r.code));
  return rows.map((r) => {
    const i = info.get(r.code)!;
    return { code: r.code, name: i.name, country: i.country, sector: i.sector, events: r.events, asSource: r.asSource, asTarget: r.asTarget };
  });
}

// The actor page exists for anyone the store has seen, even with no event in the filter.
function known(db: Database.Database, column: ActorMatch['column'], code: string): boolean {
  const actorIds = column === 'actor_id' ? 'SELECT @code' : `SELECT id FROM actors WHERE ${column} = @code`;
  const row = statement(db, `SELECT EXISTS (SELECT 1 FROM event_actors WHERE ${column} = @code)
      OR EXISTS (SELECT 1 FROM mentions WHERE actor_id IN (${actorIds}))
      OR EXISTS (SELECT 1 FROM quotes WHERE speaker_actor_id IN (${actorIds})) AS found`).get({ code }) as { found: number };
  return row.found === 1;
}

// The one actor (or class) a page reference stands for; null for none. A name several stored
// actors share is a bad value naming them, not a guess.
function pageActor(db: Database.Database, ref: string): ActorMatch | null {
  let matches: ActorMatch[];
  try {
    matches = resolveActorParam(db, 'code', ref);
  } catch (error) {
    // A reference nothing matches is a page that does not exist (404), not a bad filter.
    if (error instanceof FilterValueError && /no actor has/.test(error.issue.reason)) return null;
    throw error;
  }
  if (matches.length > 1) {
    throw new FilterValueError({ filter: 'actor', value: ref, reason: `names several actors (${matches.map((m) => m.value).join(', ')}); use one of these` }, 'code');
  }
  return matches[0] ?? null;
}

/**
 * Everything the actor page shows for one actor: its event count, events per period and type, the
 * actors it deals with (on the other side of its events; itself left out) split into cooperation
 * (quad 1 and 2) and conflict (3 and 4), and its latest quotes.
 *
 * @param db - The open connection.
 * @param ref - The actor as the event filters take one: a code in any case (`RUS`, `nato`), a class
 *   code (`IGO`: every international organisation), an actor id or a name (`Russia`); `code` in the
 *   answer is what it resolved to.
 * @param filter - The event filter (its `actor` is replaced by the actor).
 * @param interval - Period of `byType`.
 * @returns The detail, or null when nothing matches the reference or the store has no event,
 *   mention or quote of the actor at all.
 * @throws DatelineError for a blank reference, a bad filter value or interval; FilterValueError
 *   (`E_USAGE_BAD_FILTER`, option `code`) for a name several stored actors share.
 * @example
 * actorDetail(store.db, 'nato', {}, 'month')?.partners[0]; // { code: 'RUS', name: 'Russia', events: 14, cooperation: 5, conflict: 9 }
 */
export function actorDetail(db: Database.Database, ref: string, filter: EventFilter, interval: Interval): ActorDetail | null {
  actorColumn(ref, 'code');
  const period = periodSql(interval);
  const actor = pageActor(db, ref);
  // Before the filter, which refuses a code no actor has: here that is a missing page, not a bad filter.
  if (!actor || !known(db, actor.column, actor.value)) return null;
  const { column, value: code } = actor;
  const mine = eventFilterSql(db, { ...filter, actor: code });
  const others = eventFilterSql(db, { ...filter, actor: undefined });
  const byType = statement(db, `SELECT ${period} AS period, e.type AS type, count(*) AS count FROM events e
    WHERE ${mine.where} GROUP BY period, e.type ORDER BY period, e.type`).all(mine.params) as { period: string; type: PloverType; count: number }[];
  const events = (statement(db, `SELECT count(*) AS n FROM events e WHERE ${mine.where}`).get(mine.params) as { n: number }).n;
  // The other side of the actor's events, itself left out (for a class such as IGO, its members).
  const partnerRows = statement(db, `SELECT o.code AS code, count(DISTINCT e.id) AS events,
      count(DISTINCT CASE WHEN e.quad IN (1, 2) THEN e.id END) AS cooperation,
      count(DISTINCT CASE WHEN e.quad IN (3, 4) THEN e.id END) AS conflict
    FROM event_actors me JOIN events e ON e.id = me.event_id
    JOIN event_actors o ON o.event_id = e.id AND o.role <> me.role AND o.code <> @p_code AND o.${column} IS NOT @p_code
    WHERE me.${column} = @p_code AND ${others.where}
    GROUP BY o.code ORDER BY events DESC, o.code LIMIT ${PARTNERS}`).all({ ...others.params, p_code: code }) as Omit<Partner, 'name'>[];
  const codes = column === 'code' ? [code, ...partnerRows.map((p) => p.code)] : partnerRows.map((p) => p.code);
  const info = codeInfo(db, codes);
  const self = column === 'code' ? info.get(code)! : column === 'country' ? { name: CLASS_NAMES[code] ?? code, country: code } : actorById(db, code);
  const quotes = listQuotes(db, { speaker: code, since: filter.since, until: filter.until }, { limit: QUOTES }).items;
  return {
    code, name: self.name, country: self.country, events, byType,
    partners: partnerRows.map((p) => ({ ...p, name: info.get(p.code)!.name })),
    quotes,
  };
}

function actorById(db: Database.Database, id: string): { name: string; country: string | null } {
  const row = statement(db, 'SELECT name, country FROM actors WHERE id = ?').get(id) as { name: string; country: string | null } | undefined;
  return row ?? { name: id, country: null };
}
