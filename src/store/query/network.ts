import type Database from 'better-sqlite3';
import { statement } from '../statements.ts';
import { checkLimit, eventFilterSql } from './filter-sql.ts';
import { MAX_ACTORS } from './actors.ts';
import { codeInfo } from './names.ts';
import type { EventFilter, Network } from './types.ts';

type Edge = Network['edges'][number];

/**
 * The actor network of the events matching a filter: one undirected edge per pair of codes that
 * meet as source and target of an event (an actor's events with itself are left out), weighted by
 * events, cooperation (quad 1 and 2) and conflict (3 and 4); the `limit` heaviest edges and the
 * nodes they touch, each node with its event count under the filter.
 *
 * @param db - The open connection.
 * @param filter - The event filter.
 * @param limit - Most edges, 1 to 1000.
 * @returns Nodes (id = code) and edges (`source` sorts before `target`).
 * @throws DatelineError for a bad filter value or limit.
 * @example
 * actorNetwork(store.db, { since: '2022-01-01' }, 200).edges[0]; // { source: 'RUS', target: 'USA', events: 31, ... }
 */
export function actorNetwork(db: Database.Database, filter: EventFilter, limit: number): Network {
  checkLimit(limit, 'limit', MAX_ACTORS);
  const { where, params } = eventFilterSql(db, filter);
  // Each (event, pair) once, then counted per pair: starting from the event roles and checking the
  // filter by event id (a covering index) is several times faster than joining from events.
  const edges = statement(db, `SELECT source, target, count(*) AS events, sum(quad IN (1, 2)) AS cooperation, sum(quad IN (3, 4)) AS conflict
    FROM (SELECT DISTINCT s.event_id, min(s.code, t.code) AS source, max(s.code, t.code) AS target,
        (SELECT quad FROM events WHERE id = s.event_id) AS quad
      FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target' AND t.code <> s.code
      WHERE s.role = 'source' AND s.event_id IN (SELECT e.id FROM events e WHERE ${where}))
    GROUP BY source, target ORDER BY events DESC, source, target LIMIT @limit`).all({ ...params, limit }) as Edge[];
  const codes = [...new Set(edges.flatMap((x) => [x.source, x.target]))];
  if (!codes.length) return { nodes: [], edges: [] };
  const counts = statement(db, `SELECT ea.code AS code, count(DISTINCT e.id) AS events
    FROM events e JOIN event_actors ea ON ea.event_id = e.id
    WHERE ${where} AND ea.code IN (SELECT value FROM json_each(@n_codes))
    GROUP BY ea.code`).all({ ...params, n_codes: JSON.stringify(codes) }) as { code: string; events: number }[];
  const eventsOf = new Map(counts.map((c) => [c.code, c.events]));
  const info = codeInfo(db, codes);
  const nodes = codes
    .map((code) => ({ id: code, label: info.get(code)!.name, country: info.get(code)!.country, events: eventsOf.get(code) ?? 0 }))
    .sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1));
  return { nodes, edges };
}
