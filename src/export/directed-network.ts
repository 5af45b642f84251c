import type { QuadClass } from '../events/quad-class.ts';
import type { EventRow } from '../store/query/types.ts';
import { actorNode, type ActorNode } from './actor-node.ts';

/** A node of the exported network with the number of events it takes part in. */
export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  events: number;
}

/** A directed edge: events with `source` among the sources and `target` among the targets. */
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  /** Events per PLOVER type (`CONSULT`) and per quad class, each summing to `events`. */
  types: Record<string, number>;
  quads: Partial<Record<QuadClass, number>>;
}

/** The actor network of a set of events, directed from source to target. */
export interface DirectedNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Options for {@link directedNetwork}. */
export interface DirectedNetworkOptions {
  /** Most edges, heaviest first (ties by source then target). */
  limit: number;
  /** A country code's name, for a country that only appears through its agents. */
  countryName: (code: string) => string | undefined;
}

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * The directed actor network of events, read in one pass: nodes are {@link actorNode}s, and each
 * event adds one to the edge from each of its source nodes to each of its target nodes (a node's
 * events with itself are left out), under its type and quad class. Memory grows with the number of
 * node pairs, never with the number of events.
 *
 * @param rows - Events, e.g. from `iterateEvents`.
 * @param options - `limit` (most edges) and `countryName`.
 * @returns The `limit` heaviest edges and the nodes they touch, heaviest first, each node with its
 * events under the filter.
 * @example
 * directedNetwork(iterateEvents(store.db, {}), { limit: 200, countryName: worldCountryName });
 */
export function directedNetwork(rows: Iterable<EventRow>, options: DirectedNetworkOptions): DirectedNetwork {
  const nodes = new Map<string, ActorNode & { events: number }>();
  const edges = new Map<string, NetworkEdge>();
  for (const row of rows) {
    const ends = (side: EventRow['source']): ActorNode[] => {
      const byId = new Map<string, ActorNode>();
      for (const p of side) {
        const node = actorNode(p, options.countryName);
        if (!byId.has(node.id)) byId.set(node.id, node);
      }
      return [...byId.values()];
    };
    const sources = ends(row.source);
    const targets = ends(row.target);
    const counted = new Set<string>();
    for (const node of [...sources, ...targets]) {
      const known = nodes.get(node.id);
      if (!known) nodes.set(node.id, { ...node, events: 0 });
      else if (node.labelRank < known.labelRank) Object.assign(known, { label: node.label, labelRank: node.labelRank });
      if (!counted.has(node.id)) nodes.get(node.id)!.events += 1;
      counted.add(node.id);
    }
    for (const s of sources) {
      for (const t of targets) {
        if (s.id === t.id) continue;
        // A NUL cannot occur in an actor id, so the key names one ordered pair.
        const key = `${s.id}\u0000${t.id}`;
        const edge = edges.get(key) ?? { source: s.id, target: t.id, events: 0, types: {}, quads: {} };
        edges.set(key, edge);
        edge.events += 1;
        bump(edge.types, row.event);
        bump(edge.quads, row.quad);
      }
    }
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const kept = [...edges.values()]
    .sort((x, y) => y.events - x.events || order(x.source, y.source) || order(x.target, y.target))
    .slice(0, options.limit);
  const touched = new Set(kept.flatMap((e) => [e.source, e.target]));
  const shown = [...touched]
    .map((id) => nodes.get(id)!)
    .map(({ id, label, country, events }) => ({ id, label, country, events }))
    .sort((x, y) => y.events - x.events || order(x.id, y.id));
  return { nodes: shown, edges: kept };
}
